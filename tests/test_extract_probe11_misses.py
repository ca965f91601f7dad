"""Extractor: failures an eleventh held-out probe found on its first run, each fixed by a
general rule. Sentences of our own, several phrasings per pattern, each beside a look-alike
that must not change.
"""

from __future__ import annotations

from extract_helpers import Cases, check_cases

from extract.registry import Registry


def test_countered_and_hailed_are_cues(reg: Registry) -> None:
    """"countered that" answers a claim with another; "hailed X as" praises it, as
    "praised" does, in the active and the passive."""
    cases: Cases = {
        "The defense attorney, Mark Geragos, countered that his client was innocent.":
            [("The defense attorney, Mark Geragos", "countered")],
        '"That is false," the spokesman countered.': [("the spokesman", "countered")],
        "The ruling was hailed by environmental groups as a historic victory.":
            [("environmental groups", "hailed")],
        "Environmental groups hailed the ruling as a historic victory.":
            [("Environmental groups", "hailed")],
        # the weather and where one comes from say nothing
        "She hails from Ohio.": [],
        "The counter-offensive began in June.": [],
    }
    check_cases(reg, cases)


def test_a_document_handed_to_or_obtained_by_someone_speaks_itself(reg: Registry) -> None:
    """Who a document went to or who got it is no author: "An NIS report submitted to the
    National Assembly estimated" (gave the Assembly), "a police report obtained by the Times"
    (gave the Times)."""
    cases: Cases = {
        "An NIS report submitted to the National Assembly estimated that the North earns $20 "
        "million a month.": [("NIS", "estimated")],
        "A memo addressed to the president says troops will leave.": [("A memo", "says")],
        "According to a police report obtained by the Tampa Bay Times, the officer fired "
        "four shots.": [("a police report obtained by the Tampa Bay Times", "According to")],
        # who released it wrote it
        "According to a report released by the ministry, troops will leave.":
            [("the ministry", "According to")],
    }
    check_cases(reg, cases)


def test_a_passive_agent_after_a_recipient_or_a_dated_release(reg: Registry) -> None:
    cases: Cases = {
        "A similar estimate was given to lawmakers by Cho Tae-yong, the spy chief, during a "
        "closed-door session.": [("Cho Tae-yong", "given")],
        "Losses could climb, according to an analysis published on Wednesday by researchers "
        "at the Washington-based Institute for the Study of War.":
            [("researchers at the Washington-based Institute for the Study of War",
              "according to")],
    }
    check_cases(reg, cases)


def test_as_someone_put_it_quotes_them(reg: Registry) -> None:
    cases: Cases = {
        "As the mayor put it at Tuesday's council meeting, 'We can't pave our way out of "
        "traffic.'": [("the mayor", "put it")],
        # "put it" alone is no quotation
        "As a result, the storm put it at risk.": [],
    }
    check_cases(reg, cases)


def test_a_prize_claimed_or_a_rite_observed_is_no_claim(reg: Registry) -> None:
    """"claimed its third straight division title" is a win; "observed a minute of
    silence" keeps a rite. Neither asserts anything."""
    cases: Cases = {
        "The team claimed its third straight division title with a 27-10 win.": [],
        "She claimed the gold medal in the 200 meters.": [],
        "The Security Council observed a minute of silence before the session began.": [],
        "Both sides observed the ceasefire overnight.": [],
        # what is claimed or observed about something is said
        "The team claimed that the title had been stolen.": [("The team", "claimed")],
        "The envoy observed that the ceasefire was holding.": [("The envoy", "observed")],
    }
    check_cases(reg, cases)
