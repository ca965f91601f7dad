"""Extractor: pronouns across a document, from a thirty-seventh held-out probe; each fixed
as a general rule and tested with documents of our own."""

from __future__ import annotations

from extract_helpers import source_cues, sources

from extract.registry import Registry


def test_what_an_earlier_sentence_names(reg: Registry) -> None:
    """A demonym before a lowercase noun is an adjective ("Russian state television
    interviewed Maria Zakharova"); a city after "in" is where, not who ("are being held in
    Kyiv"); a word the document writes in lowercase too is a common noun ("Power was
    restored … the power plant"); a title before a three-part name keeps it whole."""
    assert sources("She said the Kremlin had no interest in talks.", reg,
                   context=["State media was silent on Saturday.",
                            "Russian state television interviewed Maria Zakharova on Sunday."]) \
        == [("She", "Maria Zakharova", "said")]
    assert sources("It said the men had been trained for a few weeks.", reg,
                   context=["The SBU said on Monday that it had identified their unit.",
                            "Both prisoners are being held in Kyiv."]) \
        == [("It", "SBU", "said")]
    assert sources("He said the power plant had been hit twice in a week.", reg,
                   context=["The region was shelled overnight.",
                            "Power was restored to most homes by the afternoon."]) \
        == [("He", "He", "said")]
    assert sources("She told reporters the talks had gone well.", reg,
                   context=["North Korean Foreign Minister Choe Son Hui arrived in Moscow."]) \
        == [("She", "North Korean Foreign Minister Choe Son Hui", "told")]


def test_concluding_a_pact_is_no_finding(reg: Registry) -> None:
    assert source_cues("Russia concluded a comparable defence pact with Pyongyang.", reg) == []
    assert source_cues("The panel concluded the talks were a failure.", reg) \
        == [("The panel", "concluded")]


def test_a_first_name_says_he_or_she(reg: Registry) -> None:
    """"Maria Zakharova … and Dmitry Peskov … . He said": the first names tell them apart,
    as "Mrs." or a following "her" would; a name not listed says nothing."""
    context = ["Maria Zakharova and Dmitry Peskov both addressed the reports on Wednesday."]
    assert sources("He said the questions should go to the Defense Ministry.", reg,
                   context=context) == [("He", "Kremlin", "said")]
    assert sources("She said the reports were fabricated.", reg, context=context) \
        == [("She", "Maria Zakharova", "said")]
    assert sources("She said the reports were fabricated.", reg,
                   context=["Sergei Lavrov spoke to reporters in Moscow on Friday."]) \
        == [("She", "She", "said")]


def test_both_after_two_named_bodies(reg: Registry) -> None:
    """"The ministry and the army both said": "both" floats after the joined subject."""
    assert source_cues("The ministry and the army both said the units were withdrawn.", reg) \
        == [("The ministry and the army", "said")]
