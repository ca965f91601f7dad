"""Extractor: look-alikes a sixteenth held-out probe caught being proposed, each refused by a
general rule and tested with sentences of our own beside attributions that must stay.
"""

from __future__ import annotations

from extract_helpers import check_cases

from extract.registry import Registry


def test_picture_credits_are_no_speakers(reg: Registry) -> None:
    """"Photograph: Ana Ruiz/Getty Images" credits a picture; a speaker label still speaks."""
    check_cases(reg, {
        "Photograph: Ana Ruiz/Getty Images": [],
        "Illustration: Tom Hale": [],
        "Ruiz: The mill will reopen in May.": [("Ruiz", ":")],
    })

