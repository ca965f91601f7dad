"""Extractor: the registry's entities named every way news names them, and their
near-misses, from a twenty-seventh held-out probe; each fixed as a general rule and tested
with sentences of our own."""

from __future__ import annotations

from extract_helpers import check_cases

from extract.registry import Registry


def test_reported_words_then_and_a_second_speaker(reg: Registry) -> None:
    """"wrote on Telegram that the men were held in Kyiv, and the SBU said": "that" with a
    subject of its own opens reported words, so the names before ", and" are no object list
    of a relative clause, and the second speaker is the SBU alone."""
    check_cases(reg, {
        "Zelensky wrote on Telegram that the captured men were being held in Kyiv, and "
        "Ukraine's security service said it was questioning them.":
            [("Zelensky", "wrote"), ("Ukraine's security service", "said")],
        "Leaders who met Cruz or Rubio said they would vote.":
            [("Leaders who met Cruz or Rubio", "said")],
    })


def test_a_noun_after_a_participle_is_its_object(reg: Registry) -> None:
    """"had been given Russian military documents, a claim the Kremlin denied": a word that
    is a cue and a noun, after a participle that takes it as object and before a comma, is
    the noun; "The ministry claims, without evidence, that …" is still the verb."""
    check_cases(reg, {
        "Ukraine's president said the soldiers had been given Russian military documents, a "
        "claim the Kremlin denied.":
            [("Ukraine's president", "said"), ("the Kremlin", "denied")],
        "The men had been shown military documents, a claim Moscow denied.":
            [("Moscow", "denied")],
        "The ministry claims, without evidence, that the town fell.":
            [("The ministry", "claims")],
        # … and "according to" reads the whole phrase, its adverb too.
        "According to recently leaked Defense Ministry documents, the unit was disbanded.":
            [("recently leaked Defense Ministry documents", "According to")],
    })
