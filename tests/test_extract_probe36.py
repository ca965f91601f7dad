"""Extractor: counted people and groups as sources, from a thirty-sixth held-out probe; each
fixed as a general rule and tested with sentences of our own."""

from __future__ import annotations

from extract_helpers import check_cases

from extract import extract
from extract.registry import Registry


def test_counted_groups_keep_their_whole_phrase(reg: Registry) -> None:
    """"Several of the released prisoners said": a participle after an article describes the
    noun; "The senators who spoke during the hearing argued": a time preposition inside the
    relative clause does not end the subject; "said in a written opinion that" is said, the
    adjective no verb of its own."""
    check_cases(reg, {
        "Several of the released prisoners said they had been held in a basement.":
            [("Several of the released prisoners", "said")],
        "The senators who spoke during the hearing argued that the aid should continue.":
            [("The senators who spoke during the hearing", "argued")],
        "Six of the nine judges said in a written opinion that the decree was void.":
            [("Six of the nine judges", "said")],
        "The ministry reported casualties on Friday.": [("The ministry", "reported")],
    })


def test_recalling_envoys_is_no_memory(reg: Registry) -> None:
    check_cases(reg, {
        "Both governments recalled their ambassadors for consultations.": [],
        "The envoy recalled that the talks had failed.": [("The envoy", "recalled")],
    })


def test_a_bare_number_opening_its_clause(reg: Registry) -> None:
    """"…, and two said they had been turned away": a number word that opens its clause is
    those counted; "questioned by investigators" relays, so the subject ends before it."""
    check_cases(reg, {
        "Most residents said the shelter was full, and two said they had been turned away.":
            [("Most residents", "said"), ("two", "said")],
        "Two said they had been turned away.": [("Two", "said")],
        "The two men were questioned by police on Friday.": [],
    })
    said = [a.source for a in extract("A third of the soldiers questioned by investigators "
                                      "said they had been promised money.", reg)
            if a.cue == "said"]
    assert said == ["A third of the soldiers"]
