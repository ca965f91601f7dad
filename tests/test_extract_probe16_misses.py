"""Extractor: constructions a sixteenth held-out probe found missing or wrong, each fixed as a
general rule and tested with sentences of our own beside look-alikes that must not change.
"""

from __future__ import annotations

from extract_helpers import check_cases

from extract.registry import Registry


def test_quoted_as_saying_after_an_appositive(reg: Registry) -> None:
    """"The chief executive of the utility, Ana Ruiz, was quoted as saying …": the subject
    with its appositive is who was quoted, as without the appositive."""
    check_cases(reg, {
        "The chief executive of the utility, Ana Ruiz, was quoted as saying the rates "
        "would rise.": [("The chief executive of the utility, Ana Ruiz", "was quoted as saying")],
        "Ana Ruiz was quoted as saying the rates would rise.":
            [("Ana Ruiz", "was quoted as saying")],
    })
