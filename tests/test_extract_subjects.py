"""The subject of a reporting verb when something long sits between it and the verb (an
appositive, a relative clause, a parenthetical in dashes), or when the subject carries a
relative clause of its own. Sentences of our own, one per construction."""

from __future__ import annotations

import pytest

from extract import Attribution, bundled_registry, extract
from extract.registry import Registry


@pytest.fixture(scope="module")
def reg() -> Registry:
    return bundled_registry()


def pairs(text: str, registry: Registry | None = None) -> list[tuple[str, str]]:
    """(source, cue) of every attribution, offsets checked against the text."""
    atts: list[Attribution] = extract(text, registry)
    for a in atts:
        assert text[a.start:a.end] == a.source
        assert text[a.cue_start:a.cue_end] == a.cue
    return [(a.source, a.cue) for a in atts]


def test_straight_quote_after_comma_opens_a_quotation(reg: Registry) -> None:
    # A straight quote with a space before it and none after opens the quotation; the verb
    # before it is outside, and the cue inside the quotation is the speaker's words.
    text = ('Oleksiy Honcharenko, a lawmaker who sat on the committee, recalled, "Then he '
            'said we had a week."')
    assert pairs(text, reg) == [
        ("Oleksiy Honcharenko, a lawmaker who sat on the committee", "recalled")]


def test_nyt_double_apostrophe_quote_after_comma(reg: Registry) -> None:
    text = "The governor added, ''I think the convoy will reach Kherson by Friday.''"
    assert pairs(text, reg) == [("The governor", "added")]
