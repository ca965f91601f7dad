"""Extractor: constructions a sixteenth held-out probe found missing or wrong, each fixed as a
general rule and tested with sentences of our own beside look-alikes that must not change.
"""

from __future__ import annotations

from extract_helpers import check_cases

from extract.registry import Registry


def test_quoted_as_saying_after_an_appositive(reg: Registry) -> None:
    """"The chief executive of the utility, Ana Ruiz, was quoted as saying …": the subject
    with its appositive is who was quoted, as without the appositive."""
    check_cases(reg, {
        "The chief executive of the utility, Ana Ruiz, was quoted as saying the rates "
        "would rise.": [("The chief executive of the utility, Ana Ruiz", "was quoted as saying")],
        "Ana Ruiz was quoted as saying the rates would rise.":
            [("Ana Ruiz", "was quoted as saying")],
    })


def test_passive_agent_after_an_as_complement(reg: Registry) -> None:
    """"was described as “a turning point” by Dr Khan": the "as" complement comes before
    the agent, who speaks; without an agent nobody does."""
    check_cases(reg, {
        "The results were described as “a turning point” by Dr Ana Ruiz, a cardiologist.":
            [("Dr Ana Ruiz", "described")],
        "The deal was dismissed as toothless by European diplomats.":
            [("European diplomats", "dismissed")],
        "The results were described as a turning point.": [],
    })
