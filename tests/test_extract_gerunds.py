"""Speech gerunds ("saying", "adding", "asking" …) whose speaker is the subject of another
clause: after a preposition ("began by saying", "before asking"), in a clause that opens the
sentence ("After saying …, she …"), and after a quotation that opens the sentence. Sentences
of our own, one per construction, with their look-alikes."""

from __future__ import annotations

from extract_helpers import check_cases

from extract.registry import Registry


def test_opening_quotation_is_no_subject_of_a_later_gerund(reg: Registry) -> None:
    # A quotation that opens the sentence and ends with its comma is a clause of its own: its
    # first words are nobody's name, so the gerund goes with the speaker after it (or with
    # nobody), never with "The grid" or "It".
    check_cases(reg, {
        "“The grid will hold through the winter,” said Olena Kovalenko, a spokeswoman for "
        "the operator, noting that repairs were under way.": [
            ("Olena Kovalenko, a spokeswoman for the operator", "said")],
        "“It is a good plan for the region,” said Pavel Orlov, a former governor, referring "
        "to the new rail line.": [("Pavel Orlov, a former governor", "said")],
    })


def test_contracted_pronoun_opening_is_no_subject(reg: Registry) -> None:
    # "That's why …", "What's more, …": a pronoun and "is", not a speaker of the gerund.
    check_cases(reg, {
        "That's why the minister resigned on Monday, complaining about the budget.": [],
        "What's more, the governor's decision to skip the briefing, complaining about the "
        "press, angered reporters.": [],
    })
