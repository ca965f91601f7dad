"""Extractor: constructions with a cue word in which nobody is reported as saying anything,
found by a fourteenth held-out probe, each fixed by a general rule. Sentences of our own,
several phrasings per pattern, each beside look-alikes that must keep their attribution.
"""

from __future__ import annotations

from extract_helpers import Cases, check_cases

from extract.registry import Registry


def test_an_abstract_head_before_a_preposition_shows_nothing(reg: Registry) -> None:
    """A subject headed by an event, a circumstance or an abstract state ("decision",
    "failure", "insistence", "collapse") shows what it shows as an inference, whatever the
    prepositional phrase after its head ends with (a name, a plural). Documents, pictures,
    polls, counts of people and speakers before the same kind of phrase keep their verb."""
    cases: Cases = {
        "Moscow's decision on grain exports indicates a hardening line.": [],
        "The failure of the ceasefire talks suggests neither side is ready.": [],
        "The collapse of the coalition talks in Rome revealed deep rifts.": [],
        "The deployment of troops showed Russia's desperation.": [],
        "The general said Minsk's insistence on new elections showed how isolated it had "
        "become.": [("The general", "said")],
        # a document, a picture, a poll, a count of people or a speaker before a phrase
        "A study of the strikes showed most hit civilian sites.":
            [("A study of the strikes", "showed")],
        "Video of the attacks shows missiles hitting apartment blocks.":
            [("Video of the attacks", "shows")],
        "A survey of Ukrainians indicates support for talks has grown.":
            [("A survey of Ukrainians", "indicates")],
        "The minister said a report on the losses showed morale was falling.":
            [("The minister", "said"), ("a report on the losses", "showed")],
        "A number of generals suggested the offensive had stalled.":
            [("A number of generals", "suggested")],
        "A spokesman for the ministry confirmed the strike.":
            [("A spokesman for the ministry", "confirmed")],
    }
    check_cases(reg, cases)


def test_agreed_to_at_the_clause_end_is_a_decision(reg: Registry) -> None:
    """"agreed to" (or "on") with nothing after the particle before the clause ends, and no
    agent before the verb, is an elliptical passive, a parliamentary record's formula: the
    motion was agreed to. Nobody states anything. An object or a clause after the verb, or
    an agent before it (a person, a perfect), keeps the agreement."""
    cases: Cases = {
        "Resolution moved and agreed to.": [],
        "Amendment 4 agreed to; amendment 5 withdrawn.": [],
        "The bill was read a third time and agreed to.": [],
        "Clause 12 agreed to.": [],
        # an object, a clause or an agent keeps the agreement
        "Hungary agreed to the new sanctions package.": [("Hungary", "agreed")],
        "The two delegations agreed on a ceasefire.": [("The two delegations", "agreed")],
        "She agreed that the vote was flawed.": [("She", "agreed")],
        "They met the deadline they had agreed on.": [("they", "agreed")],
        "Asked to step aside, he agreed to.": [("he", "agreed")],
    }
    check_cases(reg, cases)
