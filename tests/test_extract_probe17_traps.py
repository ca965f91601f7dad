"""Extractor: look-alikes a seventeenth held-out probe caught being proposed, each refused by
a general rule and tested with sentences of our own beside attributions that must stay.
"""

from __future__ import annotations

from extract_helpers import check_cases

from extract.registry import Registry


def test_a_verb_and_its_object_are_no_subject(reg: Registry) -> None:
    """"scheduled to release its next assessment report": a lowercase word before "its",
    "his" or "their" is a verb with its object, so the phrase is no source of the noun cue
    after it; a relative clause on a subject may hold one ("Republicans who have praised his
    candidacy warned")."""
    check_cases(reg, {
        "The panel is scheduled to release its next assessment report in 2029.": [],
        "Officials from his campaign said the rally was canceled.":
            [("Officials from his campaign", "said")],
        "Republicans who have praised his candidacy warned on Tuesday that the party "
        "may split.": [("Republicans who have praised his candidacy", "warned"),
                       ("who", "praised")],
    })


def test_writing_an_artwork_states_nothing(reg: Registry) -> None:
    """"The singer wrote the song in a single night": an artwork written, no claim; a memoir
    or a letter may carry one and stays."""
    check_cases(reg, {
        "The singer wrote the song in a single night.": [],
        "The poet wrote her poem on a train.": [],
        "She wrote a memoir of her years in the cabinet.": [("She", "wrote")],
        "He wrote a letter saying the plan was illegal.": [("He", "wrote")],
    })


def test_recalls_and_publishers(reg: Registry) -> None:
    """"Ford recalled 240,000 Explorers" calls products back; a periodical's publisher ("is
    published monthly by") and a story's own boilerplate ("This article was originally
    published … by") state nothing; "recalled that …" and a report's publisher still do."""
    check_cases(reg, {
        "The carmaker recalled 240,000 vans on Wednesday.": [],
        "The minister recalled that the dam had failed before.":
            [("The minister", "recalled")],
        "The Journal of Rivers is published monthly by the Hydrology Society.": [],
        "This article was originally published in French by Le Matin.": [],
        "The report was published by the Harbor Institute on Friday.":
            [("the Harbor Institute", "published")],
    })


def test_a_quoted_slogan_is_a_title(reg: Registry) -> None:
    """"The campaign slogan “Say It Loud, Vote Proud”": a slogan, a banner or a sign names
    its words; nobody says them here."""
    check_cases(reg, {
        "The campaign slogan “Say It Loud, Vote Proud” appeared on every lamp post.": [],
        "Marchers carried a banner “Tell Them Now” past the hall.": [],
    })
