"""The learned cue lexicon (extract/learned_cues.tsv, from bench/learn_cues.py): its words
extend the hand verb list, its precision sets confidence, and the traps stay traps."""

from __future__ import annotations

import pytest

from extract import extract
from extract.cues import CUES, LEARNED, LEARNED_EXCLUDED


def pairs(text: str) -> list[tuple[str, str]]:
    atts = extract(text)
    for a in atts:
        assert text[a.start:a.end] == a.source
        assert text[a.cue_start:a.cue_end] == a.cue
    return [(a.source, a.cue) for a in atts]


def test_the_learned_file_is_small_and_loaded():
    assert 100 < len(LEARNED) < 5000
    assert LEARNED["said"].precision > 0.8
    assert all(0.0 <= row.precision <= 1.0 for row in LEARNED.values())


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("The NIS expressed concern that Pyongyang could send more troops.", "The NIS",
         "expressed"),
        ("Seoul's spy agency voiced doubts about the casualty figures.", "Seoul's spy agency",
         "voiced"),
        ("Analysts at the Institute for the Study of War likened the offensive to a meat "
         "grinder.", "Analysts at the Institute for the Study of War", "likened"),
        ("Ukraine's defence intelligence agency admitted that the figures were uncertain.",
         "Ukraine's defence intelligence agency", "admitted"),
        ("The think tank's director reminded reporters that the ceasefire was fragile.",
         "The think tank's director", "reminded"),
    ],
)
def test_learned_verbs_take_the_subject_before_them(text, source, cue):
    assert pairs(text) == [(source, cue)]


def test_a_learned_cue_is_as_sure_as_its_precision():
    att = extract("Ukraine's defence intelligence agency implied that the figures were "
                  "uncertain.")[0]
    assert abs(att.confidence - LEARNED["implied"].precision) < 0.1
    assert CUES["said"].weight > CUES["believes"].weight


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv's mayor declined to comment on the strike.",  # a refusal, not a claim
        "The president ordered a review of the air defences.",  # an order, an event
        "Zelenskyy thanked the UN Security Council for its support.",
        "The Security Council will meet on Friday.",
        "Moscow has not expressed any interest in talks.",  # negated
    ],
)
def test_learned_traps_stay_traps(text):
    assert pairs(text) == []
    assert "declined" in LEARNED_EXCLUDED


def test_think_tank_is_a_noun():
    assert pairs("The think tank said the offensive had stalled.") == [("The think tank", "said")]
    assert all(cue != "think" for _, cue in
               pairs("A Washington think tank estimates that 300 soldiers died."))


def test_learned_source_heads_can_be_inverted_speakers():
    # "organizers" is a learned source head (extract/learned_sources.tsv).
    assert pairs("The march drew 8,000 people, said organizers.") == [("organizers", "said")]
    assert pairs("The camp claims the vote was rigged.") == [("The camp", "claims")]


def test_a_number_with_thousands_commas_is_one_token():
    assert pairs("The strike left 1,200 homes without power, said Ukrainian officials.") == [
        ("Ukrainian officials", "said")]


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("Seoul and Washington said the troops were in Kursk.", "Seoul and Washington",
         "said"),
        ("The NIS and the Pentagon said the troops were in Kursk.",
         "The NIS and the Pentagon", "said"),
        ("Ukraine and Poland have both urged allies to send more shells.",
         "Ukraine and Poland", "urged"),
        ("The generals all said the line would hold.", "The generals", "said"),
        ("\u201cThe front is holding,\u201d Budanov notes.", "Budanov", "notes"),
    ],
)
def test_subjects_conjoined_quantified_and_after_a_quote(text, source, cue):
    assert pairs(text) == [(source, cue)]


def test_a_conjunct_that_is_an_object_stays_out():
    found = pairs("Russia shelled Kharkiv and Warsaw said it was alarmed.")
    assert ("Warsaw", "said") in found
    assert all(src != "Kharkiv and Warsaw" for src, _ in found)


def test_possessive_noun_cues():
    # "view" and "claim" are learned possessive nouns: their possessor is the source.
    assert pairs("In his view, the war will end soon.") == [("his", "view")]
    assert pairs("Zelenskyy's claim that the soldiers were captured alive was confirmed.") == [
        ("Zelenskyy", "claim")]
    assert pairs("The view from the ridge was clear.") == []


def test_a_military_attack_is_an_event_not_a_stance():
    assert pairs("Russia attacked Kharkiv overnight with 30 drones.") == []
    assert pairs("The senator attacked the treaty as a betrayal.") == [("The senator", "attacked")]
    # A ship for its target, or the dead after a comma, make it a strike too.
    assert pairs("Houthi rebels attacked a cargo ship in the Red Sea.") == []
    assert pairs("In 2000, they attacked the USS Cole, killing 17 American sailors.") == []
    assert pairs("Trump attacked the killing of the envoy.") == [("Trump", "attacked")]
