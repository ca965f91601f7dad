"""Extractor: faults found by the sixty-second and later held-out probes and by the failures
left in the fifty-seventh (several sources at once), each fixed as a general rule and tested
with sentences of our own."""

from __future__ import annotations

from extract_helpers import Cases, check_cases, date_of, sources

from extract import extract
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


def test_calling_a_person_with_nothing_said_is_a_phone_call(reg: Registry) -> None:
    """"Sybiha called his South Korean counterpart on Tuesday": a person rung, with no
    second object ("a liar") to say what he was called, is a call, not a statement."""
    cases: Cases = {
        "Rutte called his Turkish counterpart on Thursday.": [],
        "The minister called her lawyer on Monday.": [],
        "Rutte called his Turkish counterpart a reliable ally on Thursday.":
            [("Rutte", "called")],
    }
    check_cases(reg, cases)


def test_plain_figures_and_norms_are_no_statements(reg: Registry) -> None:
    """Counts admitted, figures that move and norms followed say nothing: "admitted more
    than 300 patients", "Jobless claims fell", "paid according to each unit's
    performance", "according to Orthodox tradition", "treated according to the Geneva
    Conventions" (a speaker of the sentence still speaks)."""
    cases: Cases = {
        "The clinic admitted more than 120 patients overnight.": [],
        "Initial claims rose to 230,000 in the week to Saturday.": [],
        "Staff are promoted according to each officer's performance in the field.": [],
        "According to Catholic tradition, the bells were rung at noon.": [],
        "Peskov said the prisoners would be handled according to the Geneva Conventions.":
            [("Peskov", "said")],
    }
    check_cases(reg, cases)


def test_a_gerund_after_the_main_clause_takes_its_subject_alone(reg: Registry) -> None:
    """"Zelenskyy said the soldiers would be treated …, adding that …": the gerund's speaker
    is the subject, not the subject with its verb and the words after it."""
    cases: Cases = {
        "Sybiha said the soldiers were in good health, adding that Kyiv would share video.":
            [("Sybiha", "said")],
    }
    check_cases(reg, cases)


def test_a_photo_note_is_no_part_of_the_name(reg: Registry) -> None:
    """"Budanov (pictured) said": the caption's note in brackets is cut from the source; a
    party and state ("(I-Vt.)") or an acronym ("(ISW)") stays."""
    assert sources("Budanov (pictured) said the drones were new.", reg) == [
        ("Budanov", "GUR", "said")]
    assert sources("Kim Yo Jong (left) said the drills were a provocation.", reg)[0][0] == \
        "Kim Yo Jong"
    assert sources("Sen. Bernie Sanders (I-Vt.) said it was wrong.", reg)[0][0] == \
        "Sen. Bernie Sanders (I-Vt.)"


def test_pronouns_for_bodies_named_with_of_and_people_at_a_place(reg: Registry) -> None:
    """"The Bureau of Meteorology said … . It said …": a capitalised name built with "of"
    or "for" is a body, so an "it", with the entity its own sentence gave; "Astronomers at
    the European Southern Observatory said … . They said …": people at a place are a
    "they", not a person named by the place's capitals."""
    doc = ["The Office of Budget Responsibility said on Monday that growth would slow.",
           "It said the deficit would widen next year."]
    found = extract(doc[1], reg, context=doc[:1])
    assert [(a.source, a.entity) for a in found] == [("It", "The Office of Budget Responsibility")]
    doc = ["Engineers at the Zaporizhzhia plant said on Monday that the cooling pond was low.",
           "They said the reactors were in cold shutdown."]
    found = extract(doc[1], reg, context=doc[:1])
    assert [(a.source, a.entity) for a in found] == [
        ("They", "Engineers at the Zaporizhzhia plant")]
    # a person whose appositive names a body "of" somewhere stays a "he"
    doc = ["Race To The Top was flawed, said Mark Ellis, a professor at the University of "
           "Toronto.",
           "He said the law had expired."]
    found = extract(doc[1], reg, context=doc[:1])
    assert [(a.source, a.entity) for a in found] == [("He", "Mark Ellis")]


def test_the_date_of_a_trailing_speaker_or_passive_agent(reg: Registry) -> None:
    """"“…,” said Zelenskyy, speaking in Kyiv on Friday.": the participle of speaking
    gives the occasion of the words just quoted; "The figure reported by Yonhap on Monday
    was the highest yet": after a passive's agent the next verb is the clause's own, so the
    date is the report's."""
    assert date_of("\u201cWe will not give up,\u201d said Sybiha, speaking in Brussels on "
                   "Thursday.", "Sybiha") == "2025-01-16"
    assert date_of("The toll reported by Suspilne on Tuesday was the highest this month.",
                   "Suspilne") == "2025-01-14"
