"""Sentence splitting for prose: the unit of review is a sentence, so `import --split
sentences` cuts articles here.

Rules, not a model: a period ends a sentence unless the word before it is an abbreviation that
news writing keeps mid-sentence (titles, months before a day, initials); dotted abbreviations
that can also end a sentence (U.S., Inc., a.m.) end one only when a typical sentence opener
follows. A blank line always ends a sentence (headlines carry no period). A period glued to a
capitalised word after a lowercase word or number ("in 2025.Over 12,000") is a typing slip,
not an abbreviation, and ends the sentence too.
"""

from __future__ import annotations

import re

# Never end a sentence: a name or number always follows.
_TITLES = frozenset(
    "mr mrs ms dr sen sens gen rep reps gov lt col sgt capt prof adm maj cpl pvt fr rev hon "
    "st gens messrs mt ft brig cmdr supt det insp amb vs v approx dept est".split()
)
_MONTHS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec no nos fig".split())
# May end a sentence, but usually do not.
_SOMETIMES = frozenset("inc corp co ltd jr sr bros llc plc etc al del".split())
_OPENERS = frozenset(
    "the a an he she it they we i you his her its their this that these those there but and "
    "yet so in on at for after before when while if as however meanwhile still now then "
    "also officials according some many most one two".split()
)

_CANDIDATE = re.compile(
    r"[.!?\u2026]+[\"'\u201d\u2019)\]]*(?=\s|$)"  # terminal punctuation, closing quotes
    r"|(?<=[a-z0-9][a-z0-9])\.(?=[A-Z][a-z])"  # "in 2025.Over": missing space
    r"|\n[ \t]*\n"  # paragraph break
)
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
_NEXT_WORD = re.compile(r"\s*[\"'\u201c\u2018(\[]*([A-Za-z]+|\d)?")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of each sentence, whitespace trimmed, so callers can map
    per-sentence offsets back into the document."""
    spans: list[tuple[int, int]] = []
    begin = 0
    for m in _CANDIDATE.finditer(text):
        end = m.end()
        if m.group().strip() and not _ends_here(text, m.start(), end):
            continue
        _append(text, begin, end, spans)
        begin = end
    _append(text, begin, len(text), spans)
    return spans


def split_sentences(text: str) -> list[str]:
    """The sentences of ``text`` in order, each stripped of surrounding whitespace."""
    return [text[s:e] for s, e in sentence_spans(text)]


def _append(text: str, begin: int, end: int, spans: list[tuple[int, int]]) -> None:
    while begin < end and text[begin].isspace():
        begin += 1
    while end > begin and text[end - 1].isspace():
        end -= 1
    if begin < end:
        spans.append((begin, end))


def _ends_here(text: str, punct_start: int, end: int) -> bool:
    nxt = _NEXT_WORD.match(text, end)
    next_word = nxt.group(1) if nxt else None
    if next_word is None:
        # End of text, or followed by something that is not a word (a dash, a quote alone).
        return True
    if text[punct_start] != ".":
        return not next_word[0].islower()
    before = _WORD_BEFORE.search(text, max(0, punct_start - 20), punct_start + 1)
    if before is None:
        return not next_word[0].islower()
    word = before.group(1)
    low = word.lower().rstrip(".")
    opener = next_word.lower() in _OPENERS
    if next_word[0].islower():
        return False
    if "." in word:  # U.S. / a.m. / U.N.
        return opener
    if low in _TITLES:
        return False
    if low in _MONTHS:
        return not next_word[0].isdigit()
    if low in _SOMETIMES:
        return opener
    if len(word) == 1 and word.isupper():  # an initial: "John F. Kennedy"
        return False
    return True
