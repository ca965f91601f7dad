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
