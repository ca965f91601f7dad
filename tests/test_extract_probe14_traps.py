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


def test_conceding_a_score_is_no_admission(reg: Registry) -> None:
    """A side that concedes goals, runs, tries or a penalty (a count or an article, then a
    score's noun) has a score counted against it: nothing is admitted. "points" is a score
    only after a figure. Defeat, a race, an argument's point and a clause after "conceded"
    stay admissions."""
    cases: Cases = {
        "The hosts conceded a late penalty and lost 2-1.": [],
        "England have conceded only 112 runs in the innings.": [],
        "The Bears conceded 31 points in the first half.": [],
        "The All Blacks conceded three tries for the first time since 2019.": [],
        "Celtic conceded the opening goal after six minutes.": [],
        # an admission keeps its speaker
        "The challenger conceded defeat on Tuesday night.":
            [("The challenger", "conceded")],
        "She conceded that the plan had failed.": [("She", "conceded")],
        "The senator conceded the point.": [("The senator", "conceded")],
        "The minister conceded two points to his critics.": [("The minister", "conceded")],
        "The coach conceded two goals were offside.": [("The coach", "conceded")],
    }
    check_cases(reg, cases)


def test_a_counted_win_is_a_prize(reg: Registry) -> None:
    """A win or a victory counted by a rank or a figure ("their third straight win", "a
    24-10 win", "his 14th victory", "two wins") is a result won, like a title: nothing is
    claimed. "claimed victory", "a moral victory", "a win in the debate" declare one, and a
    clause after the noun makes it a claim."""
    cases: Cases = {
        "The Rams claimed a 24-10 win over Seattle.": [],
        "Nadal claimed his 14th victory at Roland Garros.": [],
        "The Celtics have claimed two wins in a row.": [],
        "Swiatek won in Rome, claiming her second victory of the spring.": [],
        # a declared victory keeps its claimant
        "The governor claimed victory shortly after midnight.":
            [("The governor", "claimed")],
        "Both campaigns claimed a win in the debate.": [("Both campaigns", "claimed")],
        "The challenger claimed a moral victory.": [("The challenger", "claimed")],
        "The president claimed his second victory was stolen.":
            [("The president", "claimed")],
    }
    check_cases(reg, cases)


def test_an_appeal_to_the_public_is_no_statement(reg: Registry) -> None:
    """"asking anyone (with information) to …", "asking the public to …": an appeal put to
    nobody in particular, by the progressive or the gerund, claims nothing, like the
    finite "asked anyone to …". A request of a named party (which PolNeAR marks as the
    asker's), a question and a request for comment read as before."""
    cases: Cases = {
        "The sheriff's office is asking anyone who saw the crash to come forward.": [],
        "Detectives released a photo of the man, asking members of the public to contact "
        "them.": [],
        "The FBI is asking everyone in the area to stay indoors.": [],
        "The water board is asking the public to cut usage by a fifth.": [],
        "Officers asked anyone with dashcam footage to send it in.": [],
        # a named party, a question, a request for comment
        "Eleven unions are asking the senator to repudiate the endorsement.":
            [("Eleven unions", "asking")],
        "Police are asking whether the two robberies are linked.": [("Police", "asking")],
        "The council is asking the public whether it wants a new park.":
            [("The council", "asking")],
        "The newspaper is asking for comment from the ministry.": [],
    }
    check_cases(reg, cases)
