"""Statement dates: which date phrase after a cue dates the statement.

A date may follow the cue's own phrases and still be the day the words were said: an
object ("confirmed a new case on Friday"), a recipient with a place ("told a crowd of
students at the university on Sept. 7"), a reporting noun ("said in a farewell address on
Thursday"), or a speaker named after the cue with its occasion ("was disclosed by X in an
interview on Sunday", "was denied by X early on Tuesday"). A date inside the reported words
is the event's: after the subject of a clause ("said the blast on Friday shattered windows")
or after a verb ("said the negotiators met in Geneva on Monday"). Sentences of our own, several
phrasings per position.
"""

from __future__ import annotations

import pytest
from extract_helpers import date_of


@pytest.mark.parametrize(
    ("text", "source", "date"),
    [
        # after the cue's object
        ("The health department reported three new flu deaths on Tuesday, all of them in "
         "elderly patients.", "The health department", "2025-01-14"),
        ("The ministry announced a new aid package on Wednesday.", "The ministry",
         "2025-01-15"),
        # after a recipient and a place
        ("The general told troops at a base near Kharkiv on Monday that help was coming.",
         "The general", "2025-01-13"),
        ("Putin told a meeting of his security council on Friday that Russia would respond.",
         "Putin", "2025-01-17"),
        # inside or after a reporting noun, between the cue and "that"
        ("The chancellor said in a speech to parliament on Wednesday that Germany would not "
         "send the missiles.", "The chancellor", "2025-01-15"),
        ("Biden said in a farewell address on Jan. 15 that an oligarchy was taking shape.",
         "Biden", "2025-01-15"),
        ("The pope said in his Christmas message on Dec. 25 that the war must end.",
         "The pope", "2024-12-25"),
        ("The governor said in a video posted on Telegram on Sunday that the dam held.",
         "The governor", "2025-01-12"),
        ("The coach said in a brief televised statement on Sunday that he would resign.",
         "The coach", "2025-01-12"),
        ("The spokesman said at Monday's briefing that the talks were over.", "The spokesman",
         "2025-01-13"),
        # a report or statement released, issued or published then
        ("The agency said in a report released Tuesday that losses had doubled.", "The agency",
         "2025-01-14"),
        ("The ministry said in a statement issued on Thursday that the talks had failed.",
         "The ministry", "2025-01-16"),
        ("The envoy told U.S. lawmakers on Friday that the talks were over.", "The envoy",
         "2025-01-17"),
        # after a passive's agent, with its occasion or "late", "early on"
        ("The figure was disclosed by Defense Secretary Lloyd Austin in an interview with CBS "
         "on Sunday.", "Defense Secretary Lloyd Austin", "2025-01-12"),
        ("The ceasefire was announced by the Qatari prime minister at a news conference in "
         "Doha on Wednesday.", "the Qatari prime minister", "2025-01-15"),
        ("The claim was denied by the Kremlin early on Tuesday.", "the Kremlin", "2025-01-14"),
        ("Five deaths were confirmed by the regional governor earlier on Friday.",
         "the regional governor", "2025-01-17"),
        # what "say" takes when it only points at the words
        ("The senator said as much in an interview on Thursday.", "The senator",
         "2025-01-16"),
        # a piece set off by commas that says where the words were said
        ("The senator said, speaking to Fox News on Sunday, that the bill would pass.",
         "The senator", "2025-01-12"),
        ("The general wrote, testifying before the committee on Tuesday, that the war was "
         "lost.", "The general", "2025-01-14"),
        # set off after a relative clause, right before the cue
        ("The minister, who is 64, on Friday said he would resign.", "The minister",
         "2025-01-17"),
        ("The men, who were captured on Jan. 9, on Monday told reporters they were tricked.",
         "The men", "2025-01-13"),
    ],
)
def test_a_date_after_the_cues_own_phrases_dates_the_statement(text: str, source: str,
                                                               date: str) -> None:
    assert date_of(text, source) == date


@pytest.mark.parametrize(
    ("text", "source", "date"),
    [
        ("Macron told a meeting of French ambassadors in Paris on Jan. 6, 2025, that Europe "
         "must arm itself.", "Macron", "2025-01-06"),
        ("Obama told a crowd of students at the University of Illinois on Sept. 7, 2018, that "
         "democracy was at stake.", "Obama", "2018-09-07"),
    ],
)
def test_an_absolute_date_after_a_recipient_needs_no_published_date(text: str, source: str,
                                                                   date: str) -> None:
    assert date_of(text, source, published=None) == date


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the subject of the reported words, then its verb
        ("Witnesses said the blast on Friday shattered windows.", "Witnesses"),
        ("The ministry said the talks on Monday had failed.", "The ministry"),
        ("The minister said talks with Iran on Monday were productive.", "The minister"),
        # a verb between the cue and the date
        ("The envoy said the negotiators met in Geneva on Monday.", "The envoy"),
        ("The ministry said the army took the town on Friday.", "The ministry"),
        ("The ministry said the army hit a school on Friday.", "The ministry"),
        ("The governor said the evacuation would begin on Monday.", "The governor"),
        ("The council urged residents to stay home on Monday.", "The council"),
        ("The rebels vowed to retake the city on Sunday.", "The rebels"),
        # a day that owns what is talked about ("Monday's speech") is the news
        ("According to the mayor, Monday's speech was a turning point.", "the mayor"),
        ("Officials said the storm that hit the coast on Sunday killed two.", "Officials"),
        # a place after what was said, or a bound rather than a day
        ("The ministry confirmed the deaths of five soldiers in an attack on Friday.",
         "The ministry"),
        ("The aides hoped for a strong finish in the primary on Tuesday.", "The aides"),
        ("The union has complained to the company since Jan. 2 about the cuts.",
         "The union"),
        # a piece on what the words were about
        ("The mayor said, speaking of the attack on Friday, that the city would recover.",
         "The mayor"),
    ],
)
def test_a_date_inside_the_reported_words_is_the_events(text: str, source: str) -> None:
    assert date_of(text, source) is None
