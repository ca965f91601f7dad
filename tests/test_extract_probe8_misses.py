"""Extractor: failures a held-out probe found, each fixed by a general rule. Sentences of our
own, several phrasings per pattern, so a fix aimed at one sentence fails.

- "X was quoted by Y as saying …": X speaks; Y, who reported it, is a second attribution, as in
  the active "Y quoted X as saying …".
"""

from __future__ import annotations

from extract_helpers import source_cues

from extract.registry import Registry

Cases = dict[str, list[tuple[str, str]]]


def _check(reg: Registry, cases: Cases) -> None:
    assert {text: source_cues(text, reg) for text in cases} == cases


def test_quoted_by_outlet_as_saying_gives_speaker_and_outlet(reg: Registry) -> None:
    _check(reg, {
        "The admiral was quoted by the Kyiv Independent as saying the fleet had withdrawn.": [
            ("The admiral", "was quoted by the Kyiv Independent as saying"),
            ("the Kyiv Independent", "quoted"),
        ],
        "Shoigu was quoted by RIA Novosti as saying that the offensive was on schedule.": [
            ("Shoigu", "was quoted by RIA Novosti as saying"),
            ("RIA Novosti", "quoted"),
        ],
        # Without a by-phrase there is one speaker, as before.
        "The admiral was quoted as saying the fleet had withdrawn.": [
            ("The admiral", "was quoted as saying"),
        ],
    })
