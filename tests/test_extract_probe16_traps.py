"""Extractor: look-alikes a sixteenth held-out probe caught being proposed, each refused by a
general rule and tested with sentences of our own beside attributions that must stay.
"""

from __future__ import annotations

from extract_helpers import check_cases

from extract.registry import Registry


def test_picture_credits_are_no_speakers(reg: Registry) -> None:
    """"Photograph: Ana Ruiz/Getty Images" credits a picture; a speaker label still speaks."""
    check_cases(reg, {
        "Photograph: Ana Ruiz/Getty Images": [],
        "Illustration: Tom Hale": [],
        "Ruiz: The mill will reopen in May.": [("Ruiz", ":")],
    })


def test_the_gospel_according_to(reg: Registry) -> None:
    """"the Gospel according to Luke" is a title, not Luke's account of the news."""
    check_cases(reg, {
        "The reading was taken from the Gospel according to Luke.": [],
        "The mill will close, according to Luke Ortiz, the union's steward.":
            [("Luke Ortiz", "according to")],
    })


def test_observing_and_storytelling_say_nothing(reg: Registry) -> None:
    """"the camera observes light" is seeing, "the documentary tells the story of …" is a
    narrative; "observed that …", an inverted "observed X" and a set-off "he observed this
    week," still report, as does a person telling a story."""
    check_cases(reg, {
        "The telescope observes light just beyond the visible spectrum.": [],
        "The documentary tells the story of a fishing family.": [],
        "Analysts observed that the yield curve had inverted.": [("Analysts", "observed")],
        "“Prices will fall,” observed Ana Ruiz, an economist.":
            [("Ana Ruiz, an economist", "observed")],
        "If the town can build a dam, he observed this week, it can build a school.":
            [("he", "observed")],
        "The mayor told the story of a family that lost its home.": [("The mayor", "told")],
    })


def test_what_turns_up_or_gets_published(reg: Registry) -> None:
    """"Renovations revealed a wall painting": works and events reveal what they turn up
    and state nothing; a book's publisher is no source, a report's is its author."""
    check_cases(reg, {
        "Renovations revealed a medieval wall painting beneath the plaster.": [],
        "Her memoir, “Never Again”, was published by Penguin in 2019.": [],
        "The report was published by the Harbor Institute.":
            [("the Harbor Institute", "published")],
        "Inspections revealed that the beams were rotten.":
            [("Inspections", "revealed")],
    })


def test_accused_as_a_noun_and_words_attributed_to(reg: Registry) -> None:
    """"the chargesheet named 11 accused", "the two accused were held": a counted "accused"
    is a noun; "the quote attributed to its director" names words, not who spoke. With an
    object the verbs still report: "Eleven accused the mayor", "Officials attributed the
    fire to wiring"."""
    check_cases(reg, {
        "The chargesheet named 11 accused.": [],
        "The police said the two accused were in custody.": [("The police", "said")],
        "The quote attributed to its director was fabricated.": [],
        "Eleven accused the mayor of lying.": [("Eleven", "accused")],
        "Officials attributed the fire to faulty wiring.": [("Officials", "attributed")],
    })


def test_title_case_phrase_before_a_colon(reg: Registry) -> None:
    """"Stealth Over Health: …" heads a story with a phrase; a name before a colon has no
    capitalised preposition in it."""
    check_cases(reg, {
        "Stealth Over Health: Mayor Was Rushed to Hospital": [],
        "Trouble With Tolls: Bridge Fees Double": [],
        "Ruiz: The mill will reopen in May.": [("Ruiz", ":")],
    })
