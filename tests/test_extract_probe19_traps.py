"""Extractor: look-alikes a nineteenth held-out probe caught being proposed, each refused by
a general rule and tested with sentences of our own beside attributions that must stay.
"""

from __future__ import annotations

from extract_helpers import check_cases

from extract.registry import Registry


def test_sayings_rites_and_what_things_say(reg: Registry) -> None:
    """"As they say in Lagos, …" (a saying), "said their vows" (a rite), "told the time"
    (a clock), "the win says more about their defence" (what a thing shows): nobody states
    anything; "As the mayor said, …" and "said more about the plan" still report."""
    check_cases(reg, {
        "As they say in Lagos, “No condition is permanent.”": [],
        "The couple said their vows at a small church in 1974.": [],
        "He told the time by the shadows on the wall.": [],
        "The 2-0 win says more about their defence than about our attack.": [],
        "As the mayor said, the bridge is closed.": [("the mayor", "said")],
        "The mayor said more about the plan on Friday.": [("The mayor", "said")],
    })


def test_shown_things_titles_and_explainers(reg: Registry) -> None:
    """"The referee showed Mvala a yellow card" (a display), the exhibition “According to
    Kim” (a title), "Eskom tariffs explained" (an explainer's heading); "The doctor showed
    that the drug worked" and "“Prices rose,” the mayor explained." still report."""
    check_cases(reg, {
        "The referee showed Mothobi Mvala a second yellow card.": [],
        "The nurse showed him the scan.": [],
        "The exhibition “According to Kim” opens in March.": [],
        "<b>READ MORE:</b> Eskom tariffs explained": [],
        "The doctor showed that the drug worked.": [("The doctor", "showed")],
        "“Prices rose,” the mayor explained.": [("the mayor", "explained")],
    })


def test_people_found_somewhere(reg: Registry) -> None:
    """"Troopers had found 14 migrants inside the trailer": people found in a place, no
    finding; "Inspectors found three faults that could cause a fire" reports one."""
    check_cases(reg, {
        "Troopers had found 14 migrants inside the trailer.": [],
        "Police found two bodies in a field.": [],
        "Inspectors found three faults that could cause a fire.": [("Inspectors", "found")],
    })
