"""Extractor: documents and evidence as subjects. Sentences of our own, several phrasings per
pattern, with near misses that must stay as they were.

- "Several surveys have shown …", "…, other studies have shown.": "shown" after "have" is a
  form of "show"; a passive "was shown on television" or a participle describing a noun
  ("the footage shown at the hearing") reports nobody's finding.
- A document heading a long subject is the subject whole: over an "of" phrase and a
  participle ("the average of surveys taken over the past three months"), a relative clause
  ("A slide from a briefing that officials gave … as they weighed …"), a date with its commas
  ("since Jan. 5, 2025,"), a name with "of" before the noun ("A Kyiv Institute of Sociology
  poll"), a count of documents ("a new batch of intercepted messages"), and an adverb between
  commas ("has, however, revealed"). A document after "that" or a cue verb opens its own
  clause ("found that polls in the region show"); a relative pronoun stays the subject
  ("polls that showed").
- A named author after "by" or "from" ends with its name: "an analysis by the ISW | of Russian
  losses", "a poll from the Razumkov Centre | released Tuesday".
"""

from __future__ import annotations

from extract_helpers import Cases, check_cases

from extract.registry import Registry
from extract.tokens import tokenize


def test_shown_after_have_is_a_finding(reg: Registry) -> None:
    check_cases(reg, {
        "Several surveys have shown support for the ceasefire rising.": [
            ("Several surveys", "shown")],
        "Prices have risen sharply this year, other studies have shown.": [
            ("other studies", "shown")],
        "Independent audits have repeatedly shown that the grid is fragile.": [
            ("Independent audits", "shown")],
        # near misses: a passive, and a participle describing a noun
        "The video was shown on state television.": [],
        "The footage shown at the hearing was grainy.": [],
        "Photographs of the damage were shown to reporters on Monday.": [],
    })


def test_a_document_heads_a_long_subject(reg: Registry) -> None:
    check_cases(reg, {
        "The Kyiv International Institute of Sociology average of surveys taken over the past "
        "three months shows support holding at 60 percent.": [
            ("The Kyiv International Institute of Sociology average of surveys taken over the "
             "past three months", "shows")],
        "A slide from a briefing that Pentagon officials gave to lawmakers as they weighed new "
        "aid shows losses mounting.": [
            ("A slide from a briefing that Pentagon officials gave to lawmakers as they weighed "
             "new aid", "shows")],
        "A new batch of intercepted messages released this week showed the units running "
        "short of fuel.": [
            ("A new batch of intercepted messages released this week", "showed")],
        "A Feb. 3, 2025 memo shows the embassy was short of guards.": [
            ("A Feb. 3, 2025 memo", "shows")],
        "The Razumkov Centre's monthly average shows trust in the army steady.": [
            ("The Razumkov Centre's monthly average", "shows")],
        "Donations doubled in a year, disclosures filed on Friday night revealed.": [
            ("disclosures filed on Friday night", "revealed")],
        # "early" describes the document; it is no adverb opening the clause
        "Early results from the eastern districts showed the mayor ahead.": [
            ("Early results from the eastern districts", "showed")],
        "Early returns are in, and early polls of the region show the mayor ahead.": [
            ("early polls of the region", "show")],
        # near misses: a document after "found that" opens the reported clause; a relative
        # pronoun stays the subject; an event is no document
        "The report found that polls in the region show Kyiv ahead.": [
            ("The report", "found"), ("polls in the region", "show")],
        "The footage came as officials said the talks had stalled.": [("officials", "said")],
        "The deployment showed the army's weakness.": [],
        "North Korea's latest missile test showed its growing reach.": [],
    })


def test_a_long_subject_over_commas_and_a_relative_clause(reg: Registry) -> None:
    check_cases(reg, {
        "An NIS analysis of satellite images that analysts in Seoul have studied since "
        "Jan. 5, 2025, shows the troops moving north.": [
            ("An NIS analysis of satellite images that analysts in Seoul have studied since "
             "Jan. 5, 2025", "shows")],
        "A Gallup survey, carried out jointly with two Kyiv firms (KIIS and Rating), shows "
        "the approval rating at 52 percent.": [
            ("A Gallup survey, carried out jointly with two Kyiv firms (KIIS and Rating)",
             "shows")],
        "The Pentagon assessment has, however, revealed that the strikes missed.": [
            ("Pentagon", "revealed")],
        # near miss: the comma before the verb closes a clause opened before the document, so
        # "polls closed at 8 p.m." is no subject
        "The vote, which the ministry delayed until polls closed at 8 p.m., confirmed the "
        "result.": [("The vote", "confirmed")],
    })


def test_a_named_author_ends_with_its_name(reg: Registry) -> None:
    check_cases(reg, {
        "An analysis by the ISW of Russian losses going back to 2022 showed the pace "
        "slowing.": [("the ISW", "showed")],
        "A poll from the Razumkov Centre released Tuesday found most voters undecided.": [
            ("the Razumkov Centre", "found")],
        # near misses: names with "of" and "for" stay whole
        "A study by the Council of the Baltic Sea States found trade falling.": [
            ("the Council of the Baltic Sea States", "found")],
        "A survey by the Center for Eastern Studies showed support rising.": [
            ("the Center for Eastern Studies", "showed")],
    })


def test_an_unspaced_en_dash_between_words_is_a_dash(reg: Registry) -> None:
    check_cases(reg, {
        "The memo\u2013drafted by aides to the minister\u2013shows that the plan changed.": [
            ("The memo\u2013drafted by aides to the minister", "shows")],
        "The ministry\u2013which rarely comments\u2013said the convoy was hit.": [
            ("The ministry", "said")],
    })
    # near misses: a range and a pair of names stay one token
    assert tokenize("the Russia\u2013Ukraine talks of 2014\u201315").words == (
        "the", "Russia\u2013Ukraine", "talks", "of", "2014\u201315")


def test_trackers_and_named_documents(reg: Registry) -> None:
    """A tracker is a document: its owner speaks, as for "X's report", also when its title is
    capitalised."""
    check_cases(reg, {
        "The Kiel Institute's tracker shows that pledged aid fell.": [
            ("The Kiel Institute", "shows")],
        "The Kiel Institute's Ukraine Support Tracker shows aid falling.": [
            ("The Kiel Institute", "shows")],
        # "other trackers" is inside the by-phrase, not a document of its own; the tallies'
        # authors speak, as for "estimates by"
        "Spending doubled, tallies by the Oryx group and other trackers show.": [
            ("the Oryx group and other trackers", "show")],
    })


def test_a_clause_without_that_describes_a_document(reg: Registry) -> None:
    check_cases(reg, {
        "The data the ministry released on Friday shows a sharp rise.": [
            ("The data the ministry released on Friday", "shows")],
        "The figures his office published last week suggest the toll is higher.": [
            ("The figures his office published last week", "suggest")],
    })


def test_what_a_long_document_subject_leaves_to_other_readings(reg: Registry) -> None:
    """The long-subject reading stops where another one knows better: a possessive author
    ("X's assessment, presented …, found" is X's), an "according to" piece (X's own), a
    picture (what it shows is no claim of its own), people of a named body after "from",
    and a second name after "and" (each compiler a source of its own)."""
    cases: Cases = {
        "The agency's review, shared with lawmakers on Tuesday, found that the files were lost.":
            [("The agency", "found")],
        "The numbers, according to the health minister, show that cases are falling.":
            [("the health minister", "according to")],
        "Video of the meeting, which was released by the mayor's office on Friday, shows one "
        "councillor shouting at the chair.":
            [("the mayor's office", "released")],
        "Prices rose again, according to estimates from economists at the Bundesbank.":
            [("economists at the Bundesbank", "according to")],
        "According to data compiled by Oryx and the BBC's Ukrainian service, losses doubled.":
            [("Oryx", "According to"), ("the BBC's Ukrainian service", "According to")],
    }
    check_cases(reg, cases)


def test_legal_filings_and_emails_are_documents(reg: Registry) -> None:
    """"the suit claims that …", "Hale's lawsuit demands …", "an email from Ana Ruiz reveals
    …": a filing or an email speaks for whoever filed or wrote it, as a report does."""
    check_cases(reg, {
        "The suit claims that the landlord ignored repeated complaints.":
            [("The suit", "claims")],
        "The indictment alleges that the clerk took bribes.": [("The indictment", "alleges")],
        "Hale's lawsuit demands back pay and damages.": [("Hale", "demands")],
        "An email from Ana Ruiz reveals that the vote was moved.": [("Ana Ruiz", "reveals")],
    })
