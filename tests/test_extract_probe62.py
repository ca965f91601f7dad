"""Extractor: faults found by the sixty-second and later held-out probes and by the failures
left in the fifty-seventh (several sources at once), each fixed as a general rule and tested
with sentences of our own."""

from __future__ import annotations

from extract_helpers import Cases, check_cases

from extract.registry import Registry


def test_a_list_of_names_before_a_titled_last_speaker(reg: Registry) -> None:
    """"Zelenskyy, Sybiha and presidential chief of staff Andriy Yermak all wrote": the list
    begins at its first name, also when the last part opens with a lowercase title; a part
    that is a title before a full name is a part of its own."""
    cases: Cases = {
        "Rutte, Blinken and former defense secretary Lloyd Austin all warned that the war "
        "would spread.": [("Rutte", "warned"), ("Blinken", "warned"),
                          ("former defense secretary Lloyd Austin", "warned")],
        "Peskov, Lavrov and deputy foreign minister Sergei Ryabkov said the talks were over.":
            [("Peskov", "said"), ("Lavrov", "said"),
             ("deputy foreign minister Sergei Ryabkov", "said")],
        # a possessive pronoun opens no part of its own: one source
        "Clinton and her husband Bill Clinton said they would attend.":
            [("Clinton and her husband Bill Clinton", "said")],
    }
    check_cases(reg, cases)


def test_a_named_speaker_after_comma_and_is_not_reported_content(reg: Registry) -> None:
    """"Lavrov claimed …, and Zakharova called the concerns “hysteria”": a name after ", and"
    with a verb of its own is a second speaker beside the first, not part of what the first
    said; so is ", and X agrees," set off before the shared "that" clause."""
    cases: Cases = {
        "Peskov said the strikes were justified, and Zakharova called the criticism "
        "\u201cpathetic.\u201d": [("Peskov", "said"), ("Zakharova", "called")],
        "The NIS said the soldiers had been moved, and Kyiv agreed.":
            [("The NIS", "said"), ("Kyiv", "agreed")],
        "Western officials say, and Ukraine's military agrees, that the losses are heavy.":
            [("Western officials", "say"), ("Ukraine's military", "agrees")],
        # a lowercase subject after ", and" stays inside what was said
        "Peskov said the strikes were justified, and the army called it a victory.":
            [("Peskov", "said")],
    }
    check_cases(reg, cases)


def test_a_request_to_joined_recipients_claims_nothing(reg: Registry) -> None:
    """"Ukraine asked Seoul and Tokyo for more ammunition": a request to two named
    recipients is a request as much as to one."""
    cases: Cases = {
        "Kyiv asked Berlin and Paris for more air defense systems.": [],
        "Poland asked Washington or London for help with the inquiry.": [],
        "Kyiv asked Berlin for more air defense systems.": [],
    }
    check_cases(reg, cases)


def test_citing_a_named_source_and_a_counted_one(reg: Registry) -> None:
    """"citing the NIS and two lawmakers": the phrase after "citing" runs on over "and"
    before a number, and the known part and the other each get a proposal."""
    cases: Cases = {
        "Yonhap reported, citing the NIS and three officials, that the unit had been "
        "disbanded.": [("Yonhap", "reported"), ("the NIS", "citing"),
                       ("three officials", "citing")],
    }
    check_cases(reg, cases)


def test_a_floating_quantifier_after_an_aside_keeps_the_subject(reg: Registry) -> None:
    """"Two soldiers, interviewed separately by the AP, both said": the quantifier floats
    after the subject and its aside; only an opening adverbial leaves it the subject itself
    ("In the end, all said")."""
    cases: Cases = {
        "Three officers, speaking separately to reporters, all said the attack had failed.":
            [("Three officers", "said")],
        "The two lawmakers, in separate interviews, both said the NIS had briefed them.":
            [("The two lawmakers", "said")],
        "In the end, all agreed that the plan had failed.": [("all", "agreed")],
    }
    check_cases(reg, cases)


def test_joined_speakers_with_prepositions_and_name_particles(reg: Registry) -> None:
    """"A spokesperson for the European Commission and a German government spokesman said",
    "Ursula von der Leyen and Antonio Costa said": the first part's "for" after a speaker
    noun and a name's lowercase particles do not cut the joined subject in half."""
    cases: Cases = {
        "A spokesman for the Polish army and a Latvian officer said the border was calm.":
            [("A spokesman for the Polish army and a Latvian officer", "said")],
        "Dutch Defense Minister Ruben van der Berg and Danish Defense Minister Troels Lund "
        "Poulsen said the jets would arrive in spring.":
            [("Dutch Defense Minister Ruben van der Berg and Danish Defense Minister Troels "
              "Lund Poulsen", "said")],
    }
    check_cases(reg, cases)
