"""Statement dates in a long gap between the cue and its "that", after the phrases that say
where, before whom or aboard what the words were said.

"said at a gathering of … at … in … on Feb. 3 that …": what was said only begins after
"that", so a date right before it dates the statement, however long the occasion phrase
before it. "before" names a place when a body or an audience follows it ("testified before
the House Financial Services Committee"), a bound when an event does ("said before the vote
on Tuesday": the vote's day). A date inside a relative clause of the gap, or inside the
reported words, stays the event's. Sentences of our own, several phrasings per pattern.
"""

from __future__ import annotations

import pytest
from extract_helpers import date_of, source_cues


@pytest.mark.parametrize(
    ("text", "source", "date"),
    [
        # a long occasion phrase, then the date, then "that"
        ("The foreign minister said at a gathering of the Weimar Triangle group of nations at "
         "the chateau in Weimar on Jan. 3 that Europe needed its own defense.",
         "The foreign minister", "2025-01-03"),
        ("The prime minister told a session of the Council of the Baltic Sea States in the "
         "Latvian capital of Riga on Jan. 7 that shipping had to be protected.",
         "The prime minister", "2025-01-07"),
        ("The chancellor said at a summit of European Union leaders in the Belgian capital "
         "on Thursday, that the tariffs would hurt both sides.", "The chancellor",
         "2025-01-16"),
        # "before" a body or an audience is where the words were said
        ("The central bank governor testified before the House Financial Services Committee "
         "on Wednesday that inflation was easing.", "The central bank governor", "2025-01-15"),
        ("The general testified before a Senate panel on Tuesday that the drones were "
         "outdated.", "The general", "2025-01-14"),
        # "aboard" and "outside" are places too, and a name may hold "One"
        ("The senator told reporters aboard the campaign bus on Friday that the race was "
         "close.", "The senator", "2025-01-17"),
        ("The president told journalists aboard Air Force One on Monday that the deal was "
         "near.", "The president", "2025-01-13"),
        ("The coach told reporters outside the stadium on Sunday that the team would "
         "rebound.", "The coach", "2025-01-12"),
    ],
)
def test_a_date_after_a_long_occasion_phrase_dates_the_statement(text: str, source: str,
                                                                 date: str) -> None:
    assert date_of(text, source) == date


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # "before" an event is a bound, not a place
        ("The minister said before the vote on Tuesday that the bill was flawed.",
         "The minister"),
        ("The minister said before the election on Jan. 7 that the bill was flawed.",
         "The minister"),
        ("The actress told the magazine before her appearance on Monday that she was "
         "nervous.", "The actress"),
        ("The minister said before he left on Friday that he would return.", "The minister"),
        # a relative clause in the gap, or the reported words, own their date
        ("The general told a meeting of officers who had arrived at the base on Jan. 9 that "
         "morale was high.", "The general"),
        ("The spokesman said the shelling of the villages along the border near the town of "
         "Kupiansk on Monday that killed two was deliberate.", "The spokesman"),
        ("The minister testified before the committee that the attack on Jan. 9 was "
         "planned.", "The minister"),
        ("The president said at a news conference that troops had arrived in the region on "
         "Jan. 9.", "The president"),
        # a long gap that names no occasion is not trusted
        ("The mayor said in the city of Kharkiv near the border with Russia in the east of "
         "the country on Friday that the shelling had stopped.", "The mayor"),
    ],
)
def test_a_date_of_a_bound_a_clause_or_the_reported_words_is_not_the_statements(
        text: str, source: str) -> None:
    assert date_of(text, source) is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a trailing speaker: the date ends the reported clause before its comma
        ("The drone struck a fuel depot near Tula on Jan. 6, the regional governor said.",
         "the regional governor"),
        ("Two soldiers were wounded in the shelling on Tuesday, the army said in a statement.",
         "the army"),
        ("Ukraine received its first F-16 jets last week, Reuters reported, citing two "
         "officials.", "Reuters"),
        ("The talks stalled, and the envoys flew home on Friday, a diplomat said.",
         "a diplomat"),
        ("Troops left on Monday, officials said.", "officials"),
    ],
)
def test_a_date_before_a_trailing_speaker_is_the_reported_events(text: str,
                                                                 source: str) -> None:
    assert date_of(text, source) is None


@pytest.mark.parametrize(
    ("text", "source", "date"),
    [
        # a date after the trailing cue is the statement's
        ("The drone struck a fuel depot, the regional governor said on Tuesday.",
         "the regional governor", "2025-01-14"),
        # a date in a phrase that sets the scene before the speaker
        ("In an interview on Monday, the governor said, \"We will rebuild.\"", "the governor",
         "2025-01-13"),
        ("When the talks collapsed on Friday, the envoy complained.", "the envoy",
         "2025-01-17"),
        ("Then, last week, the ministry confirmed.", "the ministry", "2025-01-06"),
        ("On Monday, officials said.", "officials", "2025-01-13"),
        # the speaker's words follow the cue: not a trailing speaker
        ("Speaking on Monday, the minister said the dam held.", "the minister", "2025-01-13"),
    ],
)
def test_a_date_that_sets_the_scene_or_follows_the_trailing_cue_dates_the_statement(
        text: str, source: str, date: str) -> None:
    assert date_of(text, source) == date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "that" after a phrase that says where or in what the words were given
        ("The spokeswoman maintained at a briefing on Thursday that no talks were planned.",
         [("The spokeswoman", "maintained")]),
        ("The company maintained in a court filing that the contract was void.",
         [("The company", "maintained")]),
        ("Investigators determined in their final report that the pilot had erred.",
         [("Investigators", "determined")]),
        ("The budget office projected in its annual outlook that the deficit would grow.",
         [("The budget office", "projected")]),
        ("The central bank projected at its December meeting that it would cut rates twice.",
         [("The central bank", "projected")]),
        ("Analysts projected that prices would fall.", [("Analysts", "projected")]),
        # an object, a place before an object, a passive or a noun: no statement
        ("The army maintained a base near the border.", []),
        ("The government has maintained in place a ban that critics call unfair.", []),
        ("The rebels maintained in the city a garrison that held out for weeks.", []),
        ("The company projected strong growth for next year.", []),
        ("The deficit is projected to reach $2 trillion.", []),
        ("She oversaw several projects that were cancelled.", []),
        ("The image was projected on a screen that covered the wall.", []),
    ],
)
def test_a_that_verb_after_an_occasion_phrase(text: str, expected: list[tuple[str, str]]) -> None:
    assert source_cues(text) == expected


def test_a_maintained_statement_is_dated_by_its_briefing() -> None:
    assert date_of("The spokeswoman maintained at a briefing on Thursday that no talks were "
                    "planned.", "The spokeswoman") == "2025-01-16"
