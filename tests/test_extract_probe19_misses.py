"""Extractor: constructions a nineteenth held-out probe found missing or wrong, each fixed as
a general rule and tested with sentences of our own beside look-alikes that must not change.
"""

from __future__ import annotations

from extract_helpers import check_cases, sources

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


def test_names_with_particles_and_nicknames(reg: Registry) -> None:
    """"Prince Faisal bin Farhan, Saudi Arabia's foreign minister, told", "Cristina Fernández
    de Kirchner's view:", 'said Earl “Buddy” Thibodeaux': a particle or a nickname stays
    inside the name."""
    check_cases(reg, {
        "Prince Faisal bin Farhan, the kingdom's foreign minister, told reporters that talks "
        "could start.": [("Prince Faisal bin Farhan, the kingdom's foreign minister", "told")],
        "Cristina Fernández de Kirchner’s view: the deal is “a noose.”":
            [("Cristina Fernández de Kirchner", "view")],
        "“The river moved in,” said Earl “Buddy” Thibodeaux, 66.":
            [("Earl “Buddy” Thibodeaux, 66", "said")],
    })


def test_who_after_an_appositive_names_the_person(reg: Registry) -> None:
    """"Oleksandr Kovalenko, a military analyst in Kyiv, who said …": "who" is the person,
    not the place inside the appositive; "Sen. Ana Ruiz of Ohio, the ranking member, who
    said" is Sen. Ana Ruiz, not Ohio; "which" after an appositive keeps its own reading."""
    cases = {
        "Reporters reached Oleksandr Kovalenko, a military analyst in Kyiv, who said the line "
        "held.": [("who", "Oleksandr Kovalenko", "said")],
        "The plan was backed by Sen. Ana Ruiz of Ohio, the ranking member on the panel, who "
        "said it was overdue.": [("who", "Sen. Ana Ruiz", "said")],
    }
    assert {text: sources(text, reg) for text in cases} == cases


def test_a_noun_like_cue_with_its_occasion_before_that(reg: Registry) -> None:
    """"Researchers at the university report in Science Advances that …", "The company
    states in its filing that …": a verb with its occasion before "that"; "the F.B.I. report
    on her email practices that suggested …" is a noun after its name."""
    check_cases(reg, {
        "Researchers at the university report in Science Advances that the frogs adapt.":
            [("Researchers at the university", "report")],
        "The company states in its filing that the plant is safe.":
            [("The company", "states")],
        "The poll came after the release of the F.B.I. report on her email practices that "
        "suggested they were imprudent.": [],
    })


def test_while_after_a_closed_quotation_and_what_is_found(reg: Registry) -> None:
    """'… as “nonsense,” while Zelenskyy, speaking in Davos, said …' (the subject after
    "while", not a piece reaching back over the quotation); "found 14 percent of voters
    said" gives the voters, not "Researchers found 14 percent of voters" (a stance such as
    "backed" there is what was found); a diary "found on the body" stays in its phrase."""
    check_cases(reg, {
        "Peskov dismissed the report as “nonsense,” while Ruiz, speaking in Davos, said the "
        "evidence was clear.": [("Peskov", "dismissed"), ("Ruiz", "said")],
        "Researchers found 14 percent of voters said the plan had failed.":
            [("Researchers", "found"), ("14 percent of voters", "said")],
        "A diary found on the body said the soldier was hungry.":
            [("A diary found on the body", "said")],
    })


def test_a_gerund_after_an_inverted_speaker_set_off_by_dashes(reg: Registry) -> None:
    """'“O Brasil não vai aceitar” — Brazil will not accept it — said Foreign Minister Mauro
    Vieira, referring to …': the gerund goes on with the inverted speaker, not with the
    quoted words."""
    check_cases(reg, {
        "“Não vamos aceitar” — we will not accept it — said Minister Ana Ruiz, referring to "
        "the tariffs.": [("Minister Ana Ruiz", "said")],
    })
