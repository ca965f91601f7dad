"""Extractor: courts, filings and official records, from a thirty-third held-out probe; each
fixed as a general rule and tested with sentences of our own."""

from __future__ import annotations

from extract_helpers import check_cases

from extract.registry import Registry


def test_documents_with_a_participle_or_an_adjective_cue(reg: Registry) -> None:
    """"A sanctions notice published by the EU says": "notice" is the document, not the
    verb of perceiving; "The court's written ruling states": "written" describes the
    ruling, so the phrase runs on to its owner."""
    check_cases(reg, {
        "A sanctions notice published by the Treasury says the bank moved the payments.":
            [("the Treasury", "says")],
        "The court\u2019s written ruling states that the captain acted on orders.":
            [("The court", "states")],
        "A leaked memo shows that the plan was dropped in March.": [("A leaked memo", "shows")],
        # the verb of perceiving still opens no subject
        "Residents were glad to notice the mayor had reopened the park.": [],
    })


def test_rulings_and_bills_are_not_statements(reg: Registry) -> None:
    """A court that dismisses a lawsuit or rejects an appeal rules; one who bills "charged
    the campaign $3.7 million", and "a racially charged remark" is an adjective. What is
    dismissed as something, and an indictment ("charged him with fraud", the prosecutors'
    accusation, which PolNeAR marks), are said."""
    check_cases(reg, {
        "A federal judge in Kyiv dismissed the lawsuit on procedural grounds.": [],
        "The appeals court rejected the defendant\u2019s appeal against his detention.": [],
        "The Constitutional Court dismissed the impeachment of the interior minister.": [],
        "A firm he owns has charged the campaign $3.7 million for flights.": [],
        "The mayor apologized for a racially charged remark.": [("The mayor", "apologized")],
        "The governor dismissed the lawsuit as a stunt.": [("The governor", "dismissed")],
        "Prosecutors charged the captain with smuggling.": [("Prosecutors", "charged")],
        "\u201cIt is a cover-up,\u201d the senator charged.": [("the senator", "charged")],
    })


def test_ones_own_document_and_a_request_of_it(reg: Registry) -> None:
    """"The ISW said in its latest assessment that …": the assessment is the speaker's own,
    so one attribution; "had asked it to wait" is a request, with "it" its object."""
    check_cases(reg, {
        "The ISW said in its latest assessment that the courts had begun hearing the cases.":
            [("The ISW", "said")],
        "Two officials said the White House had asked it to wait.": [("Two officials", "said")],
    })
