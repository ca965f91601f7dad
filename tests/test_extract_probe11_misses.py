"""Extractor: failures an eleventh held-out probe found on its first run, each fixed by a
general rule. Sentences of our own, several phrasings per pattern, each beside a look-alike
that must not change.
"""

from __future__ import annotations

from extract_helpers import Cases, check_cases

from extract.registry import Registry


def test_countered_and_hailed_are_cues(reg: Registry) -> None:
    """"countered that" answers a claim with another; "hailed X as" praises it, as
    "praised" does, in the active and the passive."""
    cases: Cases = {
        "The defense attorney, Mark Geragos, countered that his client was innocent.":
            [("The defense attorney, Mark Geragos", "countered")],
        '"That is false," the spokesman countered.': [("the spokesman", "countered")],
        "The ruling was hailed by environmental groups as a historic victory.":
            [("environmental groups", "hailed")],
        "Environmental groups hailed the ruling as a historic victory.":
            [("Environmental groups", "hailed")],
        # the weather and where one comes from say nothing
        "She hails from Ohio.": [],
        "The counter-offensive began in June.": [],
    }
    check_cases(reg, cases)
