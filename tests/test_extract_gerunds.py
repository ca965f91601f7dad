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


def test_gerund_after_a_preposition_shares_the_clause_subject(reg: Registry) -> None:
    # "before asking", "after telling", "upon saying", "aside from saying": the subject of the
    # clause the phrase hangs on says it, as with "by saying". "without saying" says nothing.
    check_cases(reg, {
        "The singer whispered to the crowd before asking them, “Are you ready?”": [
            ("The singer", "asking")],
        "He left the stage after telling the crowd that the fight was not over.": [
            ("He", "telling")],
        "The envoy drew boos upon saying that the talks had failed.": [("The envoy", "saying")],
        "The ministry has released few details aside from saying that the plant is safe.": [
            ("The ministry", "saying")],
        "The spokesman was fired after claiming that the dam had been mined.": [
            ("The spokesman", "claiming")],
        "The minister left the room without saying a word.": [],
    })


def test_gerund_after_a_preposition_is_no_phrase_after_with(reg: Registry) -> None:
    # "with farmers after questioning": "farmers" is no speaker ("…, with 50 percent saying"
    # is); the subject stops before its irregular past verb ("lost"), not after it.
    check_cases(reg, {
        "The governor lost ground with farmers after questioning the subsidy.": [
            ("The governor", "questioning")],
    })
