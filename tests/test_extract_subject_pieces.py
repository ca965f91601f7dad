"""Extractor: subjects the verb reader lost or misread, among them bodies that no word list
names, trailing speakers and sentences whose opening piece is a clause of its own. Sentences
of our own, each beside a look-alike that must not change.
"""

from __future__ import annotations

from extract_helpers import Cases, check_cases, date_of

from extract.registry import Registry


def test_a_day_or_a_statement_after_an_evidence_verb_makes_its_subject_a_speaker(
        reg: Registry) -> None:
    """"The water board confirmed Monday that …": "confirmed" is also what an event does ("the
    deployment confirmed Russia's plans"), but an event confirms nothing on a day or in a
    statement; a body the head-noun lists lack speaks."""
    cases: Cases = {
        "The water board confirmed Monday that the reservoir had been closed.":
            [("The water board", "confirmed")],
        "The county confirmed on Friday that two roads would stay shut through the winter.":
            [("The county", "confirmed")],
        "The parish revealed in a statement that the bell tower needed repairs.":
            [("The parish", "revealed in a statement")],
        # look-alikes: an event, or a count after the verb, is still no speaker
        "The flooding confirmed how fragile the levees had become.": [],
        "The test confirmed 14 new cases in the region.": [],
    }
    check_cases(reg, cases)


def test_the_day_after_the_verb_is_the_statements_date() -> None:
    """The day that marks the statement is its date (the Tuesday before a Saturday)."""
    text = "The school district confirmed Tuesday that a pupil had fallen ill at recess."
    assert date_of(text, "The school district") == "2025-01-14"


def test_a_body_that_trails_the_clause_it_confirms_speaks(reg: Registry) -> None:
    """"The keeper was ruled fit, the club confirmed.": a subject and "confirmed" or
    "revealed" after the comma that closes the reported clause, with nothing of their own
    after them but where or when: the body announced it. "…, the primary showed." stays the
    writer's inference from an event, as does an event with a clause of its own."""
    cases: Cases = {
        "The keeper was ruled fit for Saturday, the club confirmed.":
            [("the club", "confirmed")],
        "The keeper was ruled fit for Saturday, the federation confirmed on its website.":
            [("the federation", "confirmed")],
        "Two wards will close next month, the hospital revealed late Monday.":
            [("the hospital", "revealed")],
        '"The keeper is fit," the club confirmed.': [("the club", "confirmed")],
        # look-alikes: an event's showing, trailing or not, is no statement
        "Support for the mayor was soft, the primary showed.": [],
        "After the storm, the flooding confirmed how fragile the levees were.": [],
    }
    check_cases(reg, cases)
