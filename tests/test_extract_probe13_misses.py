"""Extractor: failures a thirteenth held-out probe found on its first run, each fixed by a
general rule. Sentences of our own, several phrasings per pattern, each beside a look-alike
that must not change.
"""

from __future__ import annotations

from extract_helpers import Cases, check_cases, sources

from extract.registry import Registry


def test_a_described_speaker_before_when_he_spoke(reg: Registry) -> None:
    """'…," said coach Dawn Staley after the game': the description and name end the speaker
    as they do before a full stop; "after the game" is when, not who."""
    cases: Cases = {
        '"We ran out of time," said coach Ann Reyes after the game.':
            [("coach Ann Reyes", "said")],
        '"We ran out of time," said head coach Ann Reyes on Sunday.':
            [("head coach Ann Reyes", "said")],
        "The deal is off, said company spokesman Tom Lee at a briefing.":
            [("company spokesman Tom Lee", "said")],
        # a verb among the lowercase words is still no description
        '"We ran out of time," said goodbye to Ann Reyes after the game.': [],
    }
    check_cases(reg, cases)


def test_would_later_say_is_said(reg: Registry) -> None:
    """"The mayor would later say": "would" with "later" looks back on the past, so the
    mayor said it; "would say" alone is still a condition, nothing said yet."""
    cases: Cases = {
        "The mayor would later say that she had no regrets.": [("The mayor", "say")],
        "The senator would eventually admit that the plan had failed.":
            [("The senator", "admit")],
        "The mayor would say that she had no regrets.": [],
    }
    check_cases(reg, cases)


def test_so_says_an_inverted_speaker(reg: Registry) -> None:
    """"The vote was a mistake — so says Councilwoman Rita Moreno": "so" opens the inverted
    reporting clause after a dash or a comma, as at the start of a sentence."""
    cases: Cases = {
        "The budget is a mess \u2014 so says Councilman Joe Park.":
            [("Councilman Joe Park", "says")],
        "The budget is a mess, so says the mayor.": [("the mayor", "says")],
        "So says the mayor.": [("the mayor", "says")],
        # "so" before a verb with no speaker after it says nothing
        "It rained all week, so says nothing.": [],
    }
    check_cases(reg, cases)


def test_it_resolves_to_a_named_body(reg: Registry) -> None:
    """"The Federal Reserve … It said": a name ending in a body's word (Reserve, Hospital,
    Authority) is an "it", not a person, so the pronoun names it."""
    for context, entity in (
        ("The Federal Reserve left interest rates unchanged on Wednesday.", "Federal Reserve"),
        ("Mercy Hospital reopened its emergency room on Monday.", "Mercy Hospital"),
        ("The Port Authority closed two terminals overnight.", "Port Authority"),
    ):
        assert sources("It said the decision was unanimous.", reg, context=[context]) == [
            ("It", entity, "said")], context
    # a person's name is still a "she", not an "it"
    assert sources("She said the decision was unanimous.", reg,
                   context=["Judge Ann Marsh closed the hearing on Monday."]) == [
        ("She", "Judge Ann Marsh", "said")]


def test_a_web_address_is_one_name(reg: Registry) -> None:
    """"according to PowerOutage.us": a web address is one name whose dots end no word, so
    the source is the whole address, never "com"; a full stop after it still ends the
    sentence."""
    cases: Cases = {
        "Power is out for 20,000 homes, according to PowerOutage.us.":
            [("PowerOutage.us", "according to")],
        "A statement posted on the website ShopRight.com said listings were removed.":
            [("A statement posted on the website ShopRight.com", "said")],
        "Sales rose, said Jo Kim, editor of Mic.com.": [("Jo Kim, editor of Mic.com", "said")],
        # a decimal is no address
        "Inflation was 3.5 percent, the bureau said.": [("the bureau", "said")],
    }
    check_cases(reg, cases)
