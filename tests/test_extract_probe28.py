"""Extractor: every attribution pattern in fresh phrasings and layouts, from a twenty-eighth
held-out probe; each fixed as a general rule and tested with sentences of our own."""

from __future__ import annotations

from extract_helpers import check_cases, sources

from extract.registry import Registry


def test_a_map_speaks_for_whoever_published_it(reg: Registry) -> None:
    """A map is a document: "citing a map published by ISW" cites ISW, and "A map published
    by ISW shows" is ISW's finding, as a report's would be; a map drawn by nobody named says
    nothing."""
    check_cases(reg, {
        "Newsweek, citing a map published by ISW, said Russian forces had advanced.":
            [("Newsweek", "said"), ("ISW", "citing")],
        "A map published by the Institute for the Study of War shows gains near Pokrovsk.":
            [("the Institute for the Study of War", "shows")],
        "The map shows the front line.": [],
    })


def test_its_says_a_name_is_a_body(reg: Registry) -> None:
    """"Boeing released its quarterly results. It said …": a one-word name the registry does
    not know reads as a person's, but the "its" right after it says it is a body, so "it"
    is Boeing and "he" is not; a participle opening a sentence ("Releasing its results, the
    company …") is still no name."""
    context = ["Boeing released its quarterly results on Tuesday."]
    assert sources("It said deliveries had fallen.", reg, context=context) == [
        ("It", "Boeing", "said")]
    assert sources("He said deliveries had fallen.", reg, context=context) == [
        ("He", "He", "said")]
    context = ["Releasing its results, the firm cut jobs."]
    assert sources("It said deliveries had fallen.", reg, context=context) == [
        ("It", "It", "said")]


def test_a_place_after_a_preposition_is_no_he(reg: Registry) -> None:
    """"The visit was his first to Asia": a one-word name after "to" or "in" is a place, so
    "He" reaches back to the minister named before it."""
    context = ["Ukrainian Foreign Minister Andrii Sybiha arrived in Seoul on Tuesday.",
               "The visit was his first to Asia since taking office."]
    assert sources("He told Yonhap that Ukraine would welcome air defence systems.", reg,
                   context=context) == [("He", "Andrii Sybiha", "told")]


def test_a_described_name_after_a_place_phrase_speaks(reg: Registry) -> None:
    """"captured near Kursk, Andriy Yermak, the head of Zelensky's office, said": a two-word
    name after a place phrase may be the place's state ("in Columbus, Ohio,"), but one that
    "the head of …" describes is a person, the speaker."""
    check_cases(reg, {
        "Two soldiers were captured near Kursk, Andriy Yermak, the head of Zelensky's office, "
        "said.": [("Andriy Yermak, the head of Zelensky's office", "said")],
        "Talks were held in Columbus, Ohio, officials said.": [("officials", "said")],
    })
