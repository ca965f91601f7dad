"""Tokens of one sentence, with their character offsets: what every rule walks over.

News text is tokenized once per sentence; the rules read lower-cased tokens and map token
ranges back to exact character offsets, so a proposal's source and cue always slice out of
the sentence as they stand in it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import accumulate
from operator import methodcaller, sub

_SPECIAL_TOKENS = (
    r"(?:[A-Za-z]\.){2,}(?:-[A-Za-z]+)*(?:['\u2019]s\b)?"  # U.S., a.m., U.S.-based, D.C.'s
    # The lookahead fails at once on almost every token, so the list of titles is tried only
    # before "Xx." (without it, every token tried every title: 40% of the tokenizer's time).
    r"|(?=[JS]r\.,)[JS]r\."  # "James B. Comey Jr., the director": the suffix keeps its dot
    # "Cotton Inc., the industry's group, said", "Acme Corp. said": a company's suffix keeps
    # its dot inside the sentence (at its end the dot is the sentence's full stop)
    r"|(?=(?:Inc|Corp|Co|Cos|Ltd|Bros|Plc)\.(?:[,;:)]|\s+\S))(?:Inc|Corp|Co|Cos|Ltd|Bros|Plc)\."
    r"|(?=[A-Z][a-z]{0,5}\.\s)(?:Mr|Mrs|Ms|Dr|Sen|Sens|Gen|Rep|Reps|Gov|Lt|Col|Sgt|Capt|Prof|Jr|Sr|St|"
    r"Adm|Maj|Fr|Rev|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec|"
    r"Gens|Brig|Cmdr|Atty|Supt|Messrs|Del|Cpl|Pvt|Hon|Det|Insp|Amb)\.(?=\s)"
    # "R-Ky.", "D-N.Y.": a party and state; the lookahead fails at once on other tokens.
    r"|(?=[RDI]-[A-Z])(?<![\w-])[RDI]-(?:(?:[A-Z]\.){2}|[A-Z][a-z]{1,4}\.)"
    r"|[A-Z]\.(?=\s+[A-Z])"  # an initial: "Edward G. Rendell"
    r"|\d{1,3}(?:,\d{3})+(?![\d,]\d)"  # "10,000": one number, not a clause break
    r"|(?=[A-Z]{1,3}&[A-Z])[A-Z]{1,3}&[A-Z]\w*"  # "S&P Global", "AT&T": an ampersand name
    # A wire slug glued to a headline ("EXCLUSIVE-Ukraine says …", "UPDATE 2-Kremlin says
    # …") is a word of its own, not part of the first name: the hyphen stands alone.
    r"|(?=[A-Z]{3,}-[A-Z])(?:UPDATE|REFILE|EXCLUSIVE|CORRECTED|RPT|WRAPUP|ANALYSIS|FACTBOX"
    r"|INSIGHT|FOCUS|EXPLAINER|BREAKINGVIEWS|URGENT|CORRECTION)(?=-[A-Z])"
    r"|(?:(?<=UPDATE )|(?<=WRAPUP ))\d{1,2}(?=-[A-Z])"
    # A web address is one name: "according to PowerOutage.us", "said Amazon.com". The
    # lookahead (a dot between letters) fails at once on every other token.
    r"|(?=[\w-]++\.[A-Za-z])[\w-]++(?:\.[\w-]++)*?\.(?:com|org|net|gov|edu|mil|info|news|io|"
    r"us|uk|fr|de|ca|au|ru|ua|kr|jp|ie|in|nz|za|eu|tv|ai)(?![\w-]|\.\w)"
    # A hyphen joins words; an en dash only a range or a pair of names ("2015\u201316",
    # "Russia\u2013Ukraine"): before a lowercase word it is a dash ("the debate\u2013published by
    # The Washington Post\u2013shows")
    r"|\w+(?:['\u2019]\w+)*(?:(?:-|\u2013(?=[A-Z\d]))\w+(?:['\u2019]\w+)*)*(?:['\u2019](?=\s))?"
    r"|''"  # the New York Times' quotation mark: two apostrophes
    r"|\S"
)
# Most tokens are a plain run of letters or one punctuation mark, and for those every special
# alternative gives the same token as this does (tests check it): trying this first spares
# them the rest: a quarter of the time the regex takes. The run is possessive (++): when the
# lookahead fails ("don't", "U.S."), a shorter run would stand before a letter and fail too,
# so the regex need not try each one.
_PLAIN_TOKENS = r"[A-Za-z]++(?![.\w'\u2019\-\u2013&])|[^\w\s']"
# Each token with the whitespace before it, as one string: the tokenizer adds up their
# lengths for the offsets and strips the whitespace for the words. One string per token, not
# a (space, token) pair, spares findall a tuple per token and the tokenizer a pass to unpack.
_SPACED_TOKEN = re.compile(rf"\s*(?:{_PLAIN_TOKENS}|{_SPECIAL_TOKENS})")

# What scraped text puts between words besides whitespace: zero-width characters, the HTML
# entity for a non-breaking space, and markup tags left in ("<i>The Wall Street Journal</i>
# reported", "[b]Zelenskyy[/b] said"); the tokenizer looks for the commonest first.
_MARKUP = (r"[\u200b\u200c\u200d\u2060\ufeff]"
           r"|</?[A-Za-z][A-Za-z0-9]{0,9}(?:\s[^<>]{0,200})?/?>"
           r"|\[/?(?:b|i|u|s|em|strong|url|quote|img|size|color|p|h[1-6])(?:=[^\]]{0,200})?\]")
_INVISIBLE_SPACE = rf"(?:\s|&nbsp;|{_MARKUP})"
_INVISIBLE_LEAD = re.compile(rf"^{_INVISIBLE_SPACE}+")
_MARKUP_OR_NBSP = re.compile(rf"{_MARKUP}|(&nbsp;)")
_NOISY_SPACED_TOKEN = re.compile(rf"{_INVISIBLE_SPACE}*(?:{_PLAIN_TOKENS}|{_SPECIAL_TOKENS})")

OPEN_QUOTES = frozenset("\"\u201c\u2018'\u00ab") | {"''"}
CLOSE_QUOTES = frozenset("\"\u201d\u2019'\u00bb") | {"''"}
STRAIGHT_QUOTES = frozenset({'"', "''"})
_QUOTE_MARKS = OPEN_QUOTES | CLOSE_QUOTES


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    words: tuple[str, ...]
    lows: tuple[str, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    vocab: frozenset[str]  # the lows as a set: "is any of these words here" is one set test


# "he's", "who'd", "they're": split so the pronoun is the subject and the contraction an
# auxiliary. Done after findall, and only when the text has an apostrophe: cheaper than more
# alternatives in the token regex, which every token would try.
_CONTRACTION = re.compile(r"(he|she|it|who|they|we|you|i)(['\u2019](?:s|re|ve|d|ll|m))",
                          re.IGNORECASE)


# Every token _split_contractions would split, in the cases news writes them: one set test
# per sentence decides whether to look at all.
_CONTRACTED_WORDS = frozenset(
    form
    for pronoun in ("he", "she", "it", "who", "they", "we", "you", "i")
    for case in {pronoun, pronoun.capitalize(), pronoun.upper()}
    for mark in ("'", "\u2019")
    for suffix in ("s", "re", "ve", "d", "ll", "m")
    for form in (case + mark + suffix,)
)


def _split_contractions(words: list[str], starts: list[int], ends: list[int]) -> None:
    """Split "he's" into "he" + "'s" in place, with their offsets: the pronoun starts where the
    token did, the contraction ends where it did. Only tokens with an apostrophe can match,
    so only those are tried (from the last, so that splitting keeps the earlier indices)."""
    for k in reversed([k for k, w in enumerate(words) if "'" in w or "\u2019" in w]):
        w = words[k]
        m = _CONTRACTION.fullmatch(w) if len(w) <= 7 else None
        if m is not None and not (len(m.group(1)) > 1 and m.group(1).isupper()
                                  and m.group(2)[1:].islower()):
            # (but "The WHO's latest report": an acronym's possessive, as "NIS's" is)
            pronoun, contraction = m.groups()
            start, end = starts[k], ends[k]
            cut = start + len(pronoun)
            words[k:k + 1] = pronoun, contraction
            starts[k:k + 1] = start, cut
            ends[k:k + 1] = cut, end


# The lower-cased token with a curly apostrophe made straight ("don’t" -> "don't"), mapped in C.
_STRAIGHTEN = methodcaller("replace", "\u2019", "'")


# Acronyms spelt like function words, and what the rules read for them.
_ACRONYMS = {"US": "u.s.", "WHO": "w.h.o.", "IS": "i.s."}


def tokenize(text: str) -> Sentence:
    if "&nbsp;" in text or "\u200b" in text or "\ufeff" in text or "</" in text \
            or "[/" in text:
        # Scraped text: a zero-width space, an "&nbsp;" entity or a closing markup tag stands
        # between words ("Zelenskyy&nbsp;said"). It is space to the rules; offsets keep
        # counting it.
        pieces = _NOISY_SPACED_TOKEN.findall(text)
        words = [_INVISIBLE_LEAD.sub("", piece) for piece in pieces]
    else:
        pieces = _SPACED_TOKEN.findall(text)
        # Only whitespace lies before each token, so stripping it gives the word, the running
        # sum of the pieces' lengths each token's end, and the end less the word's length its
        # start: every offset without a Python loop.
        words = list(map(str.lstrip, pieces))
    ends = list(accumulate(map(len, pieces)))
    starts = list(map(sub, ends, map(len, words)))
    if ("'" in text or "\u2019" in text) and not _CONTRACTED_WORDS.isdisjoint(words):
        _split_contractions(words, starts, ends)
    if "\u2019" in text:
        lows = tuple(map(_STRAIGHTEN, map(str.lower, words)))
    else:
        lows = tuple(map(str.lower, words))
    vocab = frozenset(lows)
    if ("us" in vocab and "US" in text or "who" in vocab and "WHO" in text
            or "is" in vocab and "IS" in text) and not text.isupper():
        # "US officials", "The WHO said", "IS fighters": a country or a body, never the
        # function word (only an all-capitals headline writes "us", "who", "is" so)
        lows = tuple(_ACRONYMS.get(w, low) for w, low in zip(words, lows, strict=True))
        vocab = frozenset(lows)
    return Sentence(text, tuple(words), lows, tuple(starts), tuple(ends), vocab)


def visible(text: str) -> str:
    """``text`` as a reader sees it: without the markup tags and zero-width characters the
    tokenizer reads as space, an "&nbsp;" a space. An entity named by source words that
    span a tag ("[b]Put Domoi[/b], a movement of …") is the words alone; the source itself
    keeps every character, so its offsets still slice it out."""
    if "<" not in text and "[" not in text and "&nbsp;" not in text \
            and not any(c in text for c in "\u200b\u200c\u200d\u2060\ufeff"):
        return text
    return _MARKUP_OR_NBSP.sub(lambda m: " " if m.group(1) else "", text)


def is_word(w: str) -> bool:
    return w[:1].isalnum()


def quote_spans(sent: Sentence) -> tuple[tuple[int, int], ...]:
    """Token ranges inside quotation marks (curly pairs, or straight quotes paired in order).
    Found once per sentence: the rules ask for them again (a sentence that has quotation
    marks more than twice on average), so they are kept by the sentence's text, which a str
    hashes once; as a tuple, which no caller can change."""
    if _QUOTE_MARKS.isdisjoint(sent.vocab):
        return ()  # most sentences: no token to walk
    cached = _QUOTE_SPANS.get(sent.text)
    if cached is not None:
        return cached
    if len(_QUOTE_SPANS) > 256:
        _QUOTE_SPANS.clear()
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    words, starts, ends = sent.words, sent.starts, sent.ends
    for k, w in enumerate(words):
        if open_at is None and not spans and k > 0 and (
            w in ("\u201d", "\u00bb") or w in STRAIGHT_QUOTES and words[k - 1] in (",", ".", "?", "!")
            and not (starts[k] > ends[k - 1] and k + 1 < len(words) and starts[k + 1] == ends[k])
        ):
            # The sentence opens inside a quotation begun in an earlier sentence: "… polls,"
            # Cruz said.' Everything before this closing mark is quoted. But a straight quote
            # with a space before it and none after opens one: 'X recalled, "Out of …'.
            spans.append((-1, k))
            continue
        if w in ("\u201c", "\u00ab") or (w in STRAIGHT_QUOTES and open_at is None):
            open_at = k
        elif (w in ("\u201d", "\u00bb") or w in STRAIGHT_QUOTES) and open_at is not None:
            spans.append((open_at, k))
            open_at = None
    if open_at is not None:
        spans.append((open_at, len(sent.words)))
    found = _QUOTE_SPANS[sent.text] = tuple(spans)
    return found


_QUOTE_SPANS: dict[str, tuple[tuple[int, int], ...]] = {}
