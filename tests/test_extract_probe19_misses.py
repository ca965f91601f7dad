"""Extractor: constructions a nineteenth held-out probe found missing or wrong, each fixed as
a general rule and tested with sentences of our own beside look-alikes that must not change.
"""

from __future__ import annotations

from extract_helpers import check_cases

from extract.registry import Registry


def test_posted_on_a_platform_with_a_colon_and_in_someones_words(reg: Registry) -> None:
    """"Bukele posted on X: “…”" (no space before the colon) and "In Peskov's words, …"
    name who said it; "posted a photo" and "His words were ignored" do not."""
    check_cases(reg, {
        "President Ana Ruiz posted on X: “Welcome home, brothers.”":
            [("President Ana Ruiz", "posted")],
        "In the minister's words, the plan is dead.": [("the minister", "words")],
        "The rapper posted a photo on Instagram.": [],
        "His words, however, were ignored.": [],
    })
