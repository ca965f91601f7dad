"""Extractor: pronouns across a document, from a thirty-seventh held-out probe; each fixed
as a general rule and tested with documents of our own."""

from __future__ import annotations

from extract import extract
from extract.registry import Registry


def entities(text: str, context: list[str], reg: Registry) -> list[tuple[str, str, str]]:
    return [(a.source, a.entity, a.cue) for a in extract(text, reg, context=context)]


def test_what_an_earlier_sentence_names(reg: Registry) -> None:
    """A demonym before a lowercase noun is an adjective ("Russian state television
    interviewed Maria Zakharova"); a city after "in" is where, not who ("are being held in
    Kyiv"); a word the document writes in lowercase too is a common noun ("Power was
    restored … the power plant"); a title before a three-part name keeps it whole."""
    assert entities("She said the Kremlin had no interest in talks.",
                    ["State media was silent on Saturday.",
                     "Russian state television interviewed Maria Zakharova on Sunday."],
                    reg) == [("She", "Maria Zakharova", "said")]
    assert entities("It said the men had been trained for a few weeks.",
                    ["The SBU said on Monday that it had identified their unit.",
                     "Both prisoners are being held in Kyiv."],
                    reg) == [("It", "SBU", "said")]
    assert entities("He said the power plant had been hit twice in a week.",
                    ["The region was shelled overnight.",
                     "Power was restored to most homes by the afternoon."],
                    reg) == [("He", "He", "said")]
    assert entities("She told reporters the talks had gone well.",
                    ["North Korean Foreign Minister Choe Son Hui arrived in Moscow on Friday."],
                    reg) == [("She", "North Korean Foreign Minister Choe Son Hui", "told")]


def test_concluding_a_pact_is_no_finding(reg: Registry) -> None:
    assert extract("Russia concluded a comparable defence pact with Pyongyang last summer.",
                   reg) == []
    assert [a.cue for a in extract("The panel concluded the talks were a failure.", reg)] \
        == ["concluded"]


def test_a_first_name_says_he_or_she(reg: Registry) -> None:
    """"Maria Zakharova … and Dmitry Peskov … . He said": the first names tell them apart,
    as "Mrs." or a following "her" would; a name not listed says nothing."""
    context = ["Maria Zakharova and Dmitry Peskov both addressed the reports on Wednesday."]
    assert entities("He said the questions should go to the Defense Ministry.", context,
                    reg) == [("He", "Kremlin", "said")]
    assert entities("She said the reports were fabricated.", context, reg) \
        == [("She", "Maria Zakharova", "said")]
    assert entities("She said the reports were fabricated.",
                    ["Sergei Lavrov spoke to reporters in Moscow on Friday."], reg) \
        == [("She", "She", "said")]


def test_both_after_two_named_bodies(reg: Registry) -> None:
    """"The ministry and the army both said": "both" floats after the joined subject."""
    assert [(a.source, a.cue) for a in extract(
        "The ministry and the army both said the units were withdrawn.", reg)] \
        == [("The ministry and the army", "said")]
