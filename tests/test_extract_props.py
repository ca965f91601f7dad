"""Property tests: for any text the extractor does not crash and its offsets are honest."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract import bundled_registry, extract

REG = bundled_registry()
WORDS = st.sampled_from([
    "said", "says", "told", "according to", "the", "Kremlin", "he", "she", "it", "they",
    "who", ",", ".", "“", "”", '"', "'s", "’s", "by", "was", "reported", "on Friday",
    "Zelenskyy", "NIS", "[bold]", "[/]", "\x1b[31m", "\x00", "\u202e", "שלום", "😀", "(ISW)",
    "Mr.", "U.S.", "citing", "not", "will", "estimates", "report", "learned", "last week",
    "\n", "\t", "officials", "a", "an", "of", "at", "\u2019", "-", "—",
])


def check(text: str, **kw) -> None:
    for a in extract(text, REG, **kw):
        assert text[a.start:a.end] == a.source
        assert text[a.cue_start:a.cue_end] == a.cue
        assert a.source and a.cue
        assert 0.0 <= a.confidence <= 1.0


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_any_text(text):
    check(text)


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(WORDS, max_size=40), st.lists(st.lists(WORDS, max_size=20), max_size=3))
def test_cue_rich_text(words, ctx):
    check(" ".join(words), context=[" ".join(c) for c in ctx],
          published=dt.date(2025, 1, 1))
    check("".join(words))


def test_long_line_and_hostile_characters():
    text = ("[red]x[/red] \x1b[2J \u202eRTL\u202c 😀 The ministry said " + "a" * 100_000
            + " officials said.")
    check(text)
