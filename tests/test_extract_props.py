"""Property tests: for any text the extractor does not crash and its offsets are honest."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from extract import bundled_registry, extract
from extract.cues import (
    _AFTER_A_QUOTATION,
    _PHRASE_ANY,
    _PHRASE_FORMS,
    _QUOTE_MARK,
    _QUOTED_ONLY,
    _WEAK,
    _WEAK_AS_CUE,
    CUE_WORDS,
    has_cue_word,
)
from extract.tokens import _PLAIN_TOKENS, _SPECIAL_TOKENS, tokenize

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


# The characters that decide where the tokenizer's special cases ("U.S.", "Sen.", "R-Ky.",
# "don't", "10,000", "''") begin and end, so random strings over them reach every branch.
TOKEN_CHARS = st.text(alphabet="aZRDISenUS.'\u2019-\u2013 ,1\"x\u201c\u201d\u00e9_", max_size=40)


@settings(max_examples=2000)
@given(TOKEN_CHARS)
def test_plain_token_shortcut_never_changes_a_token(text):
    """The tokenizer tries a cheap branch for plain words and punctuation first; it must cut
    every text exactly as the special cases alone would, or rules see different words."""
    both = re.compile(f"{_PLAIN_TOKENS}|{_SPECIAL_TOKENS}")
    assert both.findall(text) == re.compile(_SPECIAL_TOKENS).findall(text)


def _has_cue_word_by_words(text: str) -> bool:
    """The pre-filter's meaning, spelled out slowly: some word of letters is a cue word (a
    weak one only where it may be a cue), or a phrase cue is there, or a word that speaks
    only beside a quotation ("read", '“…,” the rapper posted') stands in a text with a
    quotation mark."""
    low = text.lower()
    words = set(re.findall("[a-z]+", low))
    strong = words & (CUE_WORDS - _WEAK)
    if strong or words & _WEAK and _WEAK_AS_CUE.search(low):
        return True
    if words & (_QUOTED_ONLY | _AFTER_A_QUOTATION) and _QUOTE_MARK.search(text) is not None:
        return True
    return bool(words & _PHRASE_FORMS) and _PHRASE_ANY.search(text) is not None


FILTER_WORDS = st.sampled_from(sorted(CUE_WORDS)[::7] + sorted(_PHRASE_FORMS) + [
    "the", "United", "states", "I", "think", "clear", "made", "put", "toll", "at", "x", "5",
    "_", "é", "-", "'", ",", ".", "\u2019s", "\u201c", "read", "went",
])


@settings(max_examples=1000)
@given(st.lists(FILTER_WORDS, max_size=12), st.sampled_from(["", " ", "-", "_", "1", "a"]))
@example(["posted", "'", "'"], "")  # two apostrophes are a quotation mark
def test_cue_word_filter_lets_every_cue_sentence_in(words, glue):
    """Sentences the filter turns away are never extracted: it must pass exactly the texts
    that hold a cue word, however the words are cased and joined."""
    for text in (glue.join(words), " ".join(words).upper(), " ".join(words).title()):
        assert has_cue_word(text) == _has_cue_word_by_words(text), text


@settings(max_examples=1000)
@given(st.one_of(TOKEN_CHARS, st.text(max_size=60),
                 st.lists(WORDS, max_size=20).map(" ".join)))
def test_token_offsets_slice_out_their_words(text):
    """Every source and cue offset is a token offset: each must slice out its token, also
    where contractions are split ("he's") and around tabs, newlines and odd spaces."""
    sent = tokenize(text)
    assert [text[a:b] for a, b in zip(sent.starts, sent.ends, strict=True)] == list(sent.words)
    assert list(sent.starts) == sorted(sent.starts)
