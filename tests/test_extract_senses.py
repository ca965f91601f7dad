"""Extractor: senses of a cue word in which nobody states anything (a display, showing up
for duty, a gesture toward an audience, writing works, an event that requires something, a
noun after a quantifier), each next to a look-alike whose statement must still be found.

Sentences of our own, several phrasings per sense, so a rule aimed at one sentence fails.
"""

from __future__ import annotations

from extract_helpers import check_cases

from extract.registry import Registry


def test_show_off_is_a_display(reg: Registry) -> None:
    check_cases(reg, {
        # "show off" puts something on display; no claim is made.
        "The coast guard showed off two captured speedboats at a ceremony in Odesa.": [],
        "The Air Force shows off its newest bomber.": [],
        "Ms. Alvarez showed off the trophy to reporters on Tuesday.": [],
        # What a showing makes plain is a finding, and a display may come with words.
        "The audit showed that the agency had overspent.": [("The audit", "showed")],
        "The general showed off the new drones and said they would change the war.":
            [("The general", "said")],
    })
