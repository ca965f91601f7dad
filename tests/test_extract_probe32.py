"""Extractor: the occasion and setting that open a sentence, from a thirty-second held-out
probe; each fixed as a general rule and tested with sentences of our own (the frames
themselves are tested in test_extract.test_an_opening_occasion_frames_its_clause)."""

from __future__ import annotations

from extract_helpers import check_cases, sources

from extract.registry import Registry


def test_a_statement_from_ones_own_office(reg: Registry) -> None:
    """"In a statement from his office, Yoon said": the office is the speaker's own, so
    one attribution; a statement from a named body still names it."""
    check_cases(reg, {
        "In a statement from his office, Yoon said the talks had failed.": [("Yoon", "said")],
        "In a statement from the ministry, officials said the talks had failed.":
            [("the ministry", "statement"), ("officials", "said")],
    })


def test_a_list_of_owners_after_of(reg: Registry) -> None:
    """"the foreign ministers of South Korea, Japan and the United States said": the list is
    the object of "of", however its last member opens, so the subject is the whole phrase;
    "Current and former officials" still pairs two adjectives."""
    check_cases(reg, {
        "The foreign ministers of France, Germany and the United States said the talks had "
        "failed.":
            [("The foreign ministers of France, Germany and the United States", "said")],
        "Current and former officials said the talks had failed.":
            [("Current and former officials", "said")],
    })


def test_an_ambassador_speaks_for_the_country_that_sends_them(reg: Registry) -> None:
    """"the North Korean ambassador to Moscow" does not speak for Moscow."""
    assert sources("The North Korean ambassador to Moscow said the two were allies.", reg) \
        == [("The North Korean ambassador to Moscow", "The North Korean ambassador to Moscow",
             "said")]
    assert sources("Russia's ambassador to Washington said the talks had failed.", reg) \
        == [("Russia's ambassador to Washington", "Russian government", "said")]
