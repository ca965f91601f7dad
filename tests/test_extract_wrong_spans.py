"""Extractor: source spans that were wrong, each next to look-alikes that must keep their
attribution. A wrong span is worse than none: a reviewer has to notice it and retype it.

- the reported clause read as the speaker of an inverted cue ("…, say the economy improved");
- a capitalised word that opens a sentence ("Just", "Only", "Even") taken for a name by the
  pronoun resolver;
- a name inside a relative clause on the subject ("leaders who backed X or Y said") taken for
  the subject;
- a first name that is also a modal ("said Will Doyle") read as the modal.

Sentences of our own, several phrasings per pattern, so a fix aimed at one sentence fails.
"""

from __future__ import annotations

from extract_helpers import source_cues

from extract.registry import Registry

Cases = dict[str, list[tuple[str, str]]]


def _check(reg: Registry, cases: Cases) -> None:
    assert {text: source_cues(text, reg) for text in cases} == cases


def test_reported_clause_is_no_inverted_speaker(reg: Registry) -> None:
    _check(reg, {
        # A share set off by commas is the subject; what follows the verb is its content.
        "Just shy of half, 49%, say the economy improved.": [("Just shy of half, 49%", "say")],
        "Just shy of a third, 31 percent, say the harvest failed.":
            [("Just shy of a third, 31 percent", "say")],
        "Well short of half, 41%, say the schools improved.":
            [("Well short of half, 41%", "say")],
        # Nothing before the verb can speak: better no proposal than the clause.
        "On the bridge, say the river flooded.": [],
        "Back then, says the price soared.": [],
        # A participle or a phrase after the noun still describes an inverted speaker.
        '"Prices will fall," say those surveyed.': [("those surveyed", "say")],
        '"Prices will fall," said the analysts at the bank.':
            [("the analysts at the bank", "said")],
    })
