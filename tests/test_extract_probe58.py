"""Extractor: faults found by the fifty-eighth and later held-out probes and by the PolNeAR
misses left after the fiftieth to fifty-seventh, each fixed as a general rule and tested with
sentences of our own."""

from __future__ import annotations

from extract_helpers import Cases, check_cases

from extract.registry import Registry


def test_messages_sent_saying_give_their_sender(reg: Registry) -> None:
    """"X posted a series of messages on Telegram saying …": whoever sends the messages,
    tweets or speech says what the gerund reports, whatever verb sends them ("shared",
    "delivered", "fired off"). Inside a clause of time the sender is that clause's subject,
    not the sentence's."""
    cases: Cases = {
        "Zelenskyy posted a series of messages on Telegram saying the attack had been "
        "repelled.": [("Zelenskyy", "saying")],
        "Trump fired off a tweet saying Clinton had lied.": [("Trump", "saying")],
        "The general shared a video on Telegram saying the troops held the line.":
            [("The general", "saying")],
        "Kim delivered a speech on Friday saying the army must be ready.": [("Kim", "saying")],
        "The aide spoke to reporters after Trump posted a tweet saying Machado had lied.":
            [("Trump", "saying")],
        "Reporters gathered outside when the ministry issued a statement saying the talks had "
        "failed.": [("the ministry", "saying")],
    }
    check_cases(reg, cases)


def test_an_as_clause_with_an_aside_after_a_clause(reg: Registry) -> None:
    """"…, as Eric Garner, gasping on a sidewalk, said before he died": "as" opens a clause
    of its own after the main one, also after a closing quotation, and its subject speaks.
    "Trump, as president, said" is one speaker, whose role the aside names."""
    cases: Cases = {
        "The war is far from over, as Zelenskyy, speaking in Kyiv, said before leaving for "
        "Davos.": [("Zelenskyy", "said")],
        'He wore a shirt with the words "I can\'t breathe," as Eric Garner, gasping on a '
        "sidewalk, said before he died.": [("Eric Garner", "said")],
        "Trump, as President, said the wall would be built.": [("Trump", "said")],
    }
    check_cases(reg, cases)
