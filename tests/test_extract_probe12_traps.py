"""Extractor: constructions with a cue word in which nobody is reported as saying anything,
found by a twelfth held-out probe, each fixed by a general rule. Sentences of our own,
several phrasings per pattern, each beside look-alikes that must keep their attribution.
"""

from __future__ import annotations

from extract_helpers import Cases, check_cases

from extract.registry import Registry


def test_according_to_a_criterion_is_no_source(reg: Registry) -> None:
    """Right after a verb, "according to" a criterion or a pattern, or to a trait that a
    possessive hangs on someone ("paid according to their skills"), means "in line with":
    nothing is said. A person, a document or data after the same words, or the phrase set
    off by a comma or opening the sentence, still states the claim."""
    cases: Cases = {
        "The militia struck according to a pattern seen in earlier raids.": [],
        "Bonuses are awarded according to their rank and tenure.": [],
        "The nurses were assigned according to their skills.": [],
        "The villages were rebuilt according to its own priorities.": [],
        "Officers were promoted according to seniority and merit.": [],
        # who or what could have said it keeps "according to"
        "The unit was disbanded according to his lawyer.": [("his lawyer", "according to")],
        "Prices rose according to their own count.": [("their own count", "according to")],
        "The vote was delayed according to its website.": [("its website", "according to")],
        "The town fell, according to its mayor.": [("its mayor", "according to")],
        "The brigade withdrew according to Ukrainian officials.":
            [("Ukrainian officials", "according to")],
    }
    check_cases(reg, cases)
