"""Extractor: look-alikes an eighteenth held-out probe caught being proposed, each refused by
a general rule and tested with sentences of our own beside attributions that must stay.
"""

from __future__ import annotations

from extract_helpers import check_cases

from extract.registry import Registry


def test_told_off_and_game_calls(reg: Registry) -> None:
    """"was told off by the referee" (scolded), "called time on his career" (ended it),
    "called an audible" (a play): nothing said; "called the ruling a disgrace" and "told
    reporters" still report."""
    check_cases(reg, {
        "The striker was told off by the referee for wasting time.": [],
        "The veteran keeper has called time on his international career.": [],
        "The quarterback called an audible at the line.": [],
        "The coach called the ruling a disgrace.": [("The coach", "called")],
        "The minister called the strike “a grave error.”": [("The minister", "called")],
        "The referee told reporters the goal was offside.": [("The referee", "told")],
    })


def test_an_event_reported_by_nobody_named(reg: Registry) -> None:
    """"Explosion reported near the central station": a headline's passive with no agent
    names no source; an agent after "by" still does."""
    check_cases(reg, {
        "BREAKING: Explosion reported near the central station": [],
        "Casualties reported in the capital after overnight strikes.": [],
        "The explosion was reported by residents.": [("residents", "reported")],
    })


def test_a_noun_cue_closing_an_occasion_phrase(reg: Registry) -> None:
    """"said in its monthly supply and demand report that …": the noun ends the phrase of
    the occasion, so "demand" reports nothing; a subject's own "of the incident" is no such
    phrase ("Video of the incident shows")."""
    check_cases(reg, {
        "The department said in its monthly supply and demand report that stocks fell.":
            [("The department", "said")],
        "Video of the incident shows him raising his hands.":
            [("Video of the incident", "shows")],
    })
