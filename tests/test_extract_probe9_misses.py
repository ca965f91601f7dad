"""Extractor: failures a ninth held-out probe found, each fixed by a general rule. Sentences of
our own, several phrasings per pattern, so a fix aimed at one sentence fails.

- "Former House Speaker Nancy Pelosi spoke …. She said …": a title of several words before a
  full name made the name run longer than four words, and "she" lost the surname ("Former
  House Speaker Nancy"); the run now holds six.
- "Two officials spoke to Reuters …. They said …": a registered body ending in "s" after
  "spoke to" was read as the people spoken to; "they" are the plural people opening the
  sentence.
"""

from __future__ import annotations

from extract_helpers import sources

from extract.registry import Registry


def _entity(text: str, context: list[str], reg: Registry) -> list[tuple[str, str, str]]:
    return sources(text, reg, context=context)


def test_pronoun_after_long_title_keeps_the_surname(reg: Registry) -> None:
    cases = {
        "Former House Speaker Nancy Pelosi visited a school in Oakland on Friday.":
            ("She told parents that funding would rise.", "She", "told"),
        "European Central Bank President Christine Lagarde spoke in Frankfurt on Monday.":
            ("She said inflation was easing.", "She", "said"),
        "Senate Minority Leader Charles Schumer arrived late to the briefing.":
            ("He said the bill would pass.", "He", "said"),
    }
    for context, (text, source, cue) in cases.items():
        name = context.split(" visited")[0].split(" spoke")[0].split(" arrived")[0]
        assert _entity(text, [context], reg) == [(source, name, cue)]


def test_they_after_plural_people_who_spoke_to_an_outlet(reg: Registry) -> None:
    """"spoke to Reuters": the outlet, a registered body whose name ends in "s", is no group
    interviewed; "they" are the plural people opening that sentence."""
    cases = {
        "Two Israeli officials spoke to Reuters on condition of anonymity.":
            "Two Israeli officials",
        "Several European diplomats talked to CNN after the vote.": "Several European diplomats",
        "Three senior officials spoke to Reuters late on Monday.": "Three senior officials",
    }
    for context, people in cases.items():
        assert _entity("They said the ceasefire was holding.", [context], reg) == [
            ("They", people, "said")]
    # Plural people interviewed are still "they".
    assert _entity("They said the shelling had resumed.",
                   ["Reuters interviewed Ukrainians in Kharkiv."], reg) == [
        ("They", "Ukrainians", "said")]


def test_phone_call_is_no_statement(reg: Registry) -> None:
    """"called X on Friday / to discuss / ." is a phone call; a verdict on X still speaks."""
    cases: dict[str, list[tuple[str, str]]] = {
        "Macron called Scholz on Friday to talk about the budget.": [],
        "The chancellor called Erdogan to congratulate him on the vote.": [],
        "The minister called her late on Sunday.": [],
        "A week later, Netanyahu called Blinken.": [],
        # Verdicts, demands and headlines keep their cue.
        "Macron called Scholz a coward.": [("Macron", "called")],
        "Macron called Scholz reckless on Monday.": [("Macron", "called")],
        "Sanders Calls On Clinton To Release Transcripts.": [("Sanders", "Calls")],
        "She called on Scholz to step down.": [("She", "called")],
    }
    assert {text: [(s, c) for s, _e, c in sources(text, reg)] for text in cases} == cases


def test_person_confirmed_by_a_body_is_an_appointment(reg: Registry) -> None:
    """A person confirmed by a vote is appointed, nobody's claim; a fact confirmed is one."""
    cases: dict[str, list[tuple[str, str]]] = {
        "Hegseth was confirmed by the Senate after a tie-breaking vote.": [],
        "She was confirmed by parliament as finance minister on Friday.": [],
        "Judge Amy Coney Barrett was confirmed by the Senate in October.": [],
        # Facts confirmed keep their source.
        "The figures were confirmed by the Pentagon.": [("the Pentagon", "confirmed")],
        "His arrest was confirmed by the Interior Ministry.": [
            ("the Interior Ministry", "confirmed")],
    }
    assert {text: [(s, c) for s, _e, c in sources(text, reg)] for text in cases} == cases
