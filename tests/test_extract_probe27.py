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
