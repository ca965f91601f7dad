"""Extractor: columnists, op-eds and analysts, from a thirty-fifth held-out probe; each fixed
as a general rule and tested with sentences of our own."""

from __future__ import annotations

from extract_helpers import check_cases, sources

from extract.registry import Registry


def test_how_a_writer_is_set_off(reg: Registry) -> None:
    """"…, writes Ivan Orlov in Novaya Gazeta": the person's name ends before the outlet;
    "…, as Ames notes.": a speaker set off by "as" takes the present as well as the past
    (not "such as the Paris attacks"); "made the case that" puts an argument."""
    check_cases(reg, {
        "The front is quiet, writes Olena Kravets in the Kyiv Independent.":
            [("Olena Kravets", "writes")],
        "The front is quiet, said Oleh Marchenko in Kharkiv.": [("Oleh Marchenko", "said")],
        "The front is quiet, as Kravets notes.": [("Kravets", "notes")],
        "Cities such as Kharkiv report shortages.": [],
        "In her column, Kravets made the case that Kyiv should ration power.":
            [("Kravets", "made the case that")],
    })


def test_a_writers_career_and_what_backs_an_army(reg: Registry) -> None:
    """"has written for Foreign Affairs and the Times" is a career, and "a Russia backed by
    North Korean manpower" is arms, not a stance; what one writes for an outlet "that …"
    is still said."""
    check_cases(reg, {
        "Kravets has written for Foreign Affairs, The Atlantic and the Times.": [],
        "Kravets wrote for the Times that the front was quiet.": [("Kravets", "wrote")],
        "An analyst argued that a Russia backed by North Korean manpower could hold out.":
            [("An analyst", "argued")],
    })


def test_a_relative_after_an_opening_preposition(reg: Registry) -> None:
    """"Unlike Peskov, who has called the reports fakes, …": "who" is Peskov, not
    "Unlike Peskov"."""
    found = sources("Unlike Peskov, who has called the reports fakes, Lavrov has conceded "
                    "the point.", reg)
    assert ("who", "Kremlin", "called") in found


def test_a_verb_after_a_relative_clause_on_a_name(reg: Registry) -> None:
    """"Ha-eun Lim, who spent six years at the ministry, cautions against …": after a
    relative clause set off by commas, a name's "-s" cue is its verb when a word other than
    a preposition follows (not only "that"): "reports from the front" stays a noun."""
    check_cases(reg, {
        "Olena Kravets, who spent six years at the ministry, cautions against reading too "
        "much into the videos.": [("Olena Kravets", "cautions")],
        "Kyiv, which has seen months of attacks, reports from the front are grim.": [],
    })
