"""Extractor entities: failures a tenth held-out probe found, each fixed by a general rule.
Sentences of our own, several phrasings per pattern.

- "The Times of India said …": a registered alias ("the Times") followed by "of <Name>" is the
  start of another, longer name; it is not the New York Times, nor is "the newspaper" after it.
"""

from __future__ import annotations

import pytest
from extract_helpers import sources

from extract.registry import Registry


def _first(text: str, context: list[str], reg: Registry) -> tuple[str, str, str]:
    return sources(text, reg, context=context)[0]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The Times of India, citing police officers, reported that the suspect had fled.",
         "The Times of India"),
        ("The Times of Malta said the minister had resigned.", "The Times of Malta"),
        ("A report by the Times of London said the talks had stalled.", "the Times of London"),
    ],
)
def test_an_alias_running_on_through_of_is_another_name(reg: Registry, text: str,
                                                        source: str) -> None:
    got = [(s, e) for s, e, _cue in sources(text, reg) if s == source]
    assert got == [(source, source)]


def test_the_same_body_named_with_of_keeps_its_entity(reg: Registry) -> None:
    assert reg.resolve("the National Intelligence Service of South Korea") == "NIS"
    assert reg.resolve("The New York Times of Sunday") == "New York Times"
    assert reg.resolve("the Kremlin of Vladimir Putin") == "Kremlin"
    assert reg.resolve("the Times") == "New York Times"


@pytest.mark.parametrize(
    "follow",
    ["The newspaper said the deal would be signed this week.",
     "It said the deal would be signed this week."],
)
def test_a_longer_name_in_context_is_not_the_alias_inside_it(reg: Registry, follow: str) -> None:
    context = ["The Times of India published the draft agreement on Monday."]
    _source, entity, _cue = _first(follow, context, reg)
    assert entity != "New York Times"
