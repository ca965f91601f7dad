"""Extractor: wire copy as it arrives (headlines, slugs, credits), from a thirty-eighth
held-out probe; each fixed as a general rule and tested with sentences of our own (the
headline's closing-colon source is tested with the other labels in test_extract)."""

from __future__ import annotations

from extract_helpers import check_cases

from extract.registry import Registry


def test_a_headline_comma_joins_two_speakers(reg: Registry) -> None:
    """"Kyiv, Seoul Say …": in a title-case headline a comma joins two short names, each a
    speaker; a long headline clause before a trailing speaker is no such name."""
    check_cases(reg, {
        "Kyiv, Seoul Say Troops Are Dying in Kursk": [("Kyiv", "Say"), ("Seoul", "Say")],
        "Troops Are Dying Faster Than Ever in Kursk, Former Pentagon Official Says":
            [("Former Pentagon Official", "Says")],
        "In Kyiv, Zelenskyy said the war was far from over.": [("Zelenskyy", "said")],
    })
