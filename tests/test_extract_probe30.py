"""Extractor: estimates, tallies and figures that bodies disagree on, from a thirtieth
held-out probe; each fixed as a general rule and tested with sentences of our own."""

from __future__ import annotations

from extract_helpers import check_cases

from extract.registry import Registry


def test_who_puts_a_figure_at_a_number(reg: Registry) -> None:
    """"put X at N" is an estimate however long X is ("Russia's losses over the previous 24
    hours", "the toll from the overnight strike on Zaporizhzhia"), and so is "puts the
    figure closer to 3,000", "has put the number as high as 15,000" and the passive "was
    put at about 300 by the NIS"; a thing put somewhere at a time, or put at risk, is no
    figure."""
    check_cases(reg, {
        "Ukraine's General Staff put Russia's losses over the previous 24 hours at 1,630 "
        "troops.": [("Ukraine's General Staff", "put")],
        "Officials put the toll from the overnight strike on Zaporizhzhia at 13 dead.":
            [("Officials", "put the toll")],
        "The NIS puts the number at about 300, while Kyiv puts the figure closer to 3,000.":
            [("The NIS", "puts the number"), ("Kyiv", "puts")],
        "Budanov has put the number as high as 15,000.": [("Budanov", "put")],
        "The number of dead was put at about 300 by the NIS, which briefed lawmakers.":
            [("the NIS", "put at")],
        "He put the papers on the desk at 9 a.m.": [],
        "The meeting was put at risk by the storm.": [],
    })


def test_who_read_a_document_and_who_cited_a_figure(reg: Registry) -> None:
    """"A South Korean military report seen by Yonhap estimated": Yonhap read the report,
    whose author estimates; "the 3,800 cited by Ukraine's president": the president cited
    the figure; "confirmed dead by name" names no one who confirmed."""
    check_cases(reg, {
        "A South Korean military report seen by Yonhap estimated that 200 launchers were "
        "sent.": [("A South Korean military report", "estimated")],
        "The estimate is far lower than the 3,800 cited by Ukraine's president.":
            [("Ukraine's president", "cited")],
        "At least 88,000 soldiers have been confirmed dead by name.": [],
    })
