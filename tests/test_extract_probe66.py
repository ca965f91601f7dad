"""Extractor: faults found by the sixty-sixth and later held-out probes, and left over from
earlier ones, each fixed as a general rule and tested with sentences of our own."""

from __future__ import annotations

from extract_helpers import Cases, check_cases

from extract.registry import Registry


def test_a_documents_maker_set_off_by_commas(reg: Registry) -> None:
    """"The statement, issued by the ministry, said": the maker named in the aside is the
    source, however it made the piece (issued, written, signed, sent) and whether or not it
    has a capital, also past whom the piece went to. Without a maker, the piece speaks."""
    cases: Cases = {
        "The statement, issued by the harbour authority, said the pier was unsafe.":
            [("the harbour authority", "said")],
        "The report, written by two economists, said rents had doubled.":
            [("two economists", "said")],
        "The study, written by researchers at Uppsala University, found that rents doubled.":
            [("researchers at Uppsala University", "found")],
        "The letter, sent to the council by the harbour authority, said the pier was unsafe.":
            [("the harbour authority", "said")],
        "A report written by two economists said rents had doubled.":
            [("two economists", "said")],
        "A transcript of the hearing released by the harbour authority showed that the pier "
        "was unsafe.": [("the harbour authority", "showed")],
        "The transcript of the hearing\u2013published by the Gazette\u2013shows that the "
        "pier was unsafe.": [("the Gazette", "shows")],
        # no maker in the aside: the piece is the source
        "The letter, dated March 3, said the pier was unsafe.":
            [("The letter", "said")],
    }
    check_cases(reg, cases)


def test_speaking_as_a_progressive_or_a_habit(reg: Registry) -> None:
    """"The ministry was cautioning that …", "Lindqvist keeps saying that …": the -ing form
    of a speech verb after "be" or after a verb of going on is the subject's own speech. Not
    the senses that are no speech: "conceding the race", "repeating the same mistakes"."""
    cases: Cases = {
        "The ministry was cautioning that the figures could rise.":
            [("The ministry", "cautioning")],
        "Lindqvist keeps saying that the fund is empty.": [("Lindqvist", "saying")],
        "The mayor was boasting that crime had halved.": [("The mayor", "boasting")],
        "The senator is conceding the race to her rival.": [],
        "The club keeps repeating the same mistakes.": [],
    }
    check_cases(reg, cases)


def test_a_claims_maker_set_off_by_commas(reg: Registry) -> None:
    """"The allegation, made by Kyiv in a court filing, is that …": who made the claim holds
    it, as "Kyiv's allegation is that …" does. Not when the claim is only talked about."""
    cases: Cases = {
        "The allegation, made by Unison in a court filing, is that the board broke the law.":
            [("Unison", "allegation")],
        "The claim, made by the Gazette on Friday, was that the pier was unsafe.":
            [("the Gazette", "claim")],
        "The claim, made by Unison, was printed on the front page.": [],
    }
    check_cases(reg, cases)
