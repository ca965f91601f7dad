"""Constructions the extractor used to miss, found in PolNeAR train misses and checked on dev:
each test holds sentences of our own, one per form, beside the look-alikes the rule must
leave alone."""

from __future__ import annotations

from extract_helpers import check_cases

from extract.registry import Registry


def test_read_quotes_a_text(reg: Registry) -> None:
    # "read" beside a quotation, of a text or "it"/"one": the text speaks. A person reading
    # (a book, a verdict, a card) reports no words of theirs, nor does "read" far from quotes.
    check_cases(reg, {
        "“The bridge will reopen in May,” the notice read.": [("the notice", "read")],
        "“We stand with the miners,” read one.": [("one", "read")],
        "One placard read “Hands off our pensions” in red paint.": [("One placard", "read")],
        "“Closed until further notice,” it reads.": [("it", "reads")],
        "She read the novel twice before the exam.": [],
        "As the judge read the verdict, the defendant wept.": [],
        "“We will win,” the mayor read from a card.": [],
        "The memo, which few people read, was shredded.": [],
    })


def test_poll_showing_is_the_polls_finding(reg: Registry) -> None:
    # "polls showing X ahead": the poll reports it, with its own modifiers only (not the
    # clause before it). Pictures "showing" something describe it; a poll after it is no
    # source.
    check_cases(reg, {
        "The governor kept campaigning, with recent polls showing him ten points behind.": [
            ("recent polls", "showing")],
        "Despite a new survey showing broad support for the tax, the council voted it down.": [
            ("a new survey", "showing")],
        "The station aired footage showing long lines at the polls.": [],
        "A chart showing poll numbers hung on the wall.": [],
    })


def test_pronoun_or_noun_after_a_quotation_with_a_noun_like_verb(reg: Registry) -> None:
    # "…,” she notes.": a cue that is also a noun ("notes", "claims") closing the sentence
    # after a quotation is the quotation's verb, whoever its subject; a plural noun that only
    # ends a phrase ("the campaign's notes.") stays a noun.
    check_cases(reg, {
        "“The budget is a fantasy,” she notes.": [("she", "notes")],
        "“Our members stand ready,” the memo claims.": [("the memo", "claims")],
        "He left behind a box of “private” notes.": [],
        "The reporter lost the “Cabinet” notes.": [],
    })


def test_speak_about_after_a_short_gap(reg: Registry) -> None:
    # "spoke to reporters on Friday about …", "talked at length about …": whom to, where,
    # when or how may stand between "speak"/"talk" and "about". "of" after a gap is a noun's
    # ("on the condition of anonymity"), and with no "about" there is no topic at all.
    check_cases(reg, {
        "The governor spoke to reporters on Friday about the flood.": [
            ("The governor", "spoke to reporters on Friday about")],
        "She talked at length about her years in the navy.": [
            ("She", "talked at length about")],
        "The official spoke on the condition of anonymity.": [],
        "The mayor spoke at a rally in Toledo.": [],
    })


def test_counted_people_as_the_subject(reg: Registry) -> None:
    # "The two admit", "majorities in all five say", "Yet another said", "laws that some say
    # …": a number or quantifier standing for the people counted is the subject, not a
    # determiner of a noun. "None of the three said" is no statement.
    check_cases(reg, {
        "The two wrote that the deal was dead.": [("The two", "wrote")],
        "Yet another said the bridge would not hold.": [("another", "said")],
        "The tax is unpopular, but majorities in all four say the roads need work.": [
            ("majorities in all four", "say")],
        "The council passed rules that some say target renters.": [("some", "say")],
        "None of the three said the vote was rigged.": [],
        "The two met in Geneva on Friday.": [],
    })


def test_polled_share_before_saying(reg: Registry) -> None:
    # "the share of X saying", "left 40 percent of X saying": the polled share speaks, as
    # after "with" ("with 30 percent saying"); a verb before the share is no part of it, and
    # people who are no share ("tired of politicians saying") say nothing here.
    check_cases(reg, {
        "The storm left 40 percent of residents saying they felt abandoned.": [
            ("40 percent of residents", "saying")],
        "The share of teachers saying they will quit has doubled since 2019.": [
            ("The share of teachers", "saying")],
        "Voters are tired of politicians saying one thing and doing another.": [],
    })


def test_noun_like_verb_after_an_appositive(reg: Registry) -> None:
    """"Gerry Hale, a GOP consultant, notes that …": a verb that is also a noun ("notes",
    "states", "reports") reads as the verb after an appositive and before "that", as it does
    after a relative clause."""
    check_cases(reg, {
        "Gerry Hale, a GOP consultant, notes that turnout in the district fell.":
            [("Gerry Hale, a GOP consultant", "notes")],
        "Ana Ruiz, the county clerk, states that the rolls are complete.":
            [("Ana Ruiz, the county clerk", "states")],
        # Without "that" the noun reading is kept: "his notes, the drafts, notes …" is rare,
        # and a list of nouns is common.
        "The clerk kept the minutes, the drafts, notes and receipts.": [],
    })


def test_emphatic_do_before_the_verb(reg: Registry) -> None:
    """"Allen did suggest that …", "the officials do say …": the emphatic auxiliary stands
    between the subject and its verb; negated, it still says nothing."""
    check_cases(reg, {
        "Allen did suggest that the levy would pass.": [("Allen", "suggest")],
        "The inspectors do say the dam is safe.": [("The inspectors", "say")],
        "The clerk did not say when the rolls would close.": [],
        "Did the clerk say that?": [],
    })


def test_progressive_continuing_to(reg: Registry) -> None:
    """"is continuing to insist", "are beginning to warn": the "is" makes a progressive, not
    a passive; the subject before it speaks."""
    check_cases(reg, {
        "The mayor is continuing to insist the bridge is safe.":
            [("The mayor", "insist")],
        "Engineers are beginning to warn that the dam may fail.":
            [("Engineers", "warn")],
        "The river is continuing to rise.": [],
    })


def test_calls_on_and_an_opening_adverb(reg: Registry) -> None:
    """"Ruiz calls on the council to act" demands as "calls for" does; "First his wife, …
    aide Ana Ruiz, announced" opens with an adverb that is no part of the subject."""
    check_cases(reg, {
        "Ruiz calls on the council to act.": [("Ruiz", "calls")],
        "First his wife, longtime council aide Ana Ruiz, announced they had separated.":
            [("his wife, longtime council aide Ana Ruiz", "announced")],
        "The call on Friday lasted an hour.": [],
    })
