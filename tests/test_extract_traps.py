"""Extractor: constructions with a cue word in which nobody is reported as saying anything,
next to look-alikes that must keep their attribution. Direct questions, "if"/"whether"
clauses, "claimed the lives of", newsroom rubrics ("EXPLAINER:"), "according to a
schedule" in the sense of "in line with", and a participle used as an adjective ("88,000
confirmed deaths").

Sentences of our own, several phrasings per pattern, so a fix aimed at one sentence fails.
"""

from __future__ import annotations

from extract_helpers import source_cues

from extract.registry import Registry

Cases = dict[str, list[tuple[str, str]]]


def _check(reg: Registry, cases: Cases) -> None:
    assert {text: source_cues(text, reg) for text in cases} == cases


def test_newsroom_rubrics_are_no_speakers(reg: Registry) -> None:
    _check(reg, {
        # The desk's label over a headline names the kind of piece, not a speaker.
        "EXPLAINER: What we know about the North Korean soldiers captured in Ukraine": [],
        "Explainer: Why Kyiv wants long-range missiles": [],
        "Fact Check: The figures on drone production in Kharkiv": [],
        "Q&A: What the ceasefire means for Kharkiv": [],
        "RECAP: The week in Zaporizhzhia": [],
        # The headline after it keeps its own speaker.
        "Fact Check: Budanov said the offensive had stalled.": [("Budanov", "said")],
        # Transcript speakers and headline labels of a name still speak.
        "SHMYHAL: We will rebuild every school.": [("SHMYHAL", ":")],
        "Budanov: the offensive has stalled.": [("Budanov", ":")],
    })


def test_according_to_a_norm_is_no_source(reg: Registry) -> None:
    _check(reg, {
        # Right after a verb, "according to" a plan, schedule, rule or agreement means "in
        # line with": the norm says nothing, whatever modifies it.
        "The units were deployed according to a rotation schedule drawn up in Pyongyang.": [],
        "Troops rotate according to a strict rotation plan set by the General Staff.": [],
        "The ballots were counted according to procedures that the commission approved.": [],
        "Aid is distributed according to UN guidelines.": [],
        # A source after the same verb, and the norm set off as the one that states it.
        "The brigade was deployed according to South Korean officials.":
            [("South Korean officials", "according to")],
        "Kyiv leads the count according to a new poll by Rating.":
            [("Rating", "according to")],
        "According to the schedule published Thursday, Umerov speaks at noon.":
            [("the schedule published Thursday", "According to")],
    })
