"""Helpers the extractor tests share: every attribution's offsets are checked against the
text, so each test also proves that ``source`` and ``cue`` slice out of the sentence."""

from __future__ import annotations

import datetime as dt

from extract import Attribution, extract
from extract.registry import Registry


def check_offsets(text: str, atts: list[Attribution]) -> None:
    for a in atts:
        assert text[a.start:a.end] == a.source
        assert text[a.cue_start:a.cue_end] == a.cue
        assert 0.0 <= a.confidence <= 1.0


def one(text: str, registry: Registry | None = None, **kw) -> Attribution:
    atts = extract(text, registry, **kw)
    check_offsets(text, atts)
    assert len(atts) == 1, atts
    return atts[0]


def sources(text: str, registry: Registry | None = None, **kw) -> list[tuple[str, str, str]]:
    atts = extract(text, registry, **kw)
    check_offsets(text, atts)
    return [(a.source, a.entity, a.cue) for a in atts]


def source_cues(text: str, registry: Registry | None = None, **kw) -> list[tuple[str, str]]:
    """(source, cue) of every attribution, offsets checked."""
    return [(source, cue) for source, _entity, cue in sources(text, registry, **kw)]


Cases = dict[str, list[tuple[str, str]]]


def check_cases(registry: Registry, cases: Cases) -> None:
    """Each sentence gives exactly its (source, cue) pairs: one assertion shows every case
    that differs, so a rule's look-alikes are read side by side."""
    assert {text: source_cues(text, registry) for text in cases} == cases


SATURDAY = dt.date(2025, 1, 18)


def date_of(text: str, source: str, published: dt.date | None = SATURDAY) -> str | None:
    """The date of the one attribution whose source is ``source`` (offsets checked)."""
    atts = extract(text, published=published)
    check_offsets(text, atts)
    found = [a for a in atts if a.source == source]
    assert len(found) == 1, atts
    return found[0].date
