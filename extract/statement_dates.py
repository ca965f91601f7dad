"""Which date phrase dates a statement, among those a sentence holds."""

from __future__ import annotations

import re

from extract.cues import MONTH_ABBREVIATIONS
from extract.dates import DATE_PHRASE
from extract.phrases import RELEASED
from extract.tokens import Sentence

# A date phrase needs one of these words: without them the date regexes are not run at all.
DATE_TRIGGERS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday week weekend month yesterday
    today tonight morning afternoon evening january february march april may june july august
    september october november december jan feb mar apr jun jul aug sep sept oct nov dec
    ago""".split()
) | MONTH_ABBREVIATIONS | frozenset(f"{day}'s" for day in
              "monday tuesday wednesday thursday friday saturday sunday yesterday".split())


def statement_date(text: str, spans: tuple[tuple[int, int], ...], start: int, end: int,
                    cue_start: int, cue_end: int) -> str | None:
    """A date phrase that dates this statement: right after the cue ("said on Friday",
    "learned last week", "told reporters Monday"), between source and cue ("X on Friday
    said"), or opening the clause before the source ("On Monday, X said")."""
    if not spans:
        return None
    for s, e in spans:
        if cue_end <= s and e <= cue_end + 60:
            if text[e:e + 2] in ("'s", "\u2019s") and text[cue_start:cue_end] != "told":
                break  # "said Monday's briefing was classified": the briefing is the news
            gap = text[cue_end:s]
            words = gap.split()
            # "told a news conference", "told the BBC in an interview": the occasion, and no
            # verb of another clause ("told CNN the interview would air on Friday")
            lows = {w.lower() for w in words}
            audience = _GAP_OCCASIONS.intersection(lows) and _GAP_VERBS.isdisjoint(lows)
            if (len(words) <= 5 and (len(words) <= 3 or words[0].lower() in _GAP_OPENERS)
                    or len(words) <= 7 and audience) \
                    and not any(w.endswith("ed") and w.lower() not in RELEASED for w in words) \
                    and not _GAP_STOP.search(gap):
                # "said on Friday", "wrote on his Telegram channel on Saturday", "told a news
                # conference in Moscow on Jan. 14"
                return text[s:e]
            break
    if start >= cue_end:  # inverted: "said X on Friday"
        for s, e in spans:
            if s >= end:
                if s - end <= 3 and not text[end:s].strip(" ,"):
                    return text[s:e]
                break
    lo, hi = (end, cue_start) if end <= cue_start else (cue_end, start)
    if hi - lo <= 70:
        for s, e in spans:
            if lo <= s and e <= hi:
                # "The NIS, in a closed-door briefing on Thursday, told"; not "The men, who
                # were captured on Jan. 9, told": that date is the capture's.
                if not _RELATIVE_WORD.search(text, lo, hi):
                    return text[s:e]
                break
    for s, e in spans:
        if e <= start and s >= start - 40 and not text[e:start].strip(" ,"):
            return text[s:e]  # "On Monday, X said"
        if start < s and e == end and _RELEASED.search(text, start, s):
            return text[s:e]  # "In a Gallup poll released Friday, …": the poll speaks then
    if start <= 80 and start < cue_start and text[start - 2:start].strip() == ",":
        # "On Tuesday, as Americans voted, Kirby told", "In a Jan. 11 statement, NATO said":
        # a date in the clause's opening phrase, before a source that opens the clause.
        s, e = spans[0]
        if s <= 12 and e <= start and not _RELATIVE_WORD.search(text, 0, start):
            return text[s:e]
    return None


def date_spans(sent: Sentence) -> tuple[tuple[int, int], ...]:
    """Every date phrase of a sentence, found once for all its attributions. Each contains
    a date word, so the (costly) date pattern only runs in a short window around those."""
    text, lows = sent.text, sent.lows
    cached = _DATE_SPANS.get(text)  # keyed by the text: a str caches its own hash
    if cached is not None:
        return cached
    if len(_DATE_SPANS) > 256:
        _DATE_SPANS.clear()
    spans: set[tuple[int, int]] = set()
    for t, low in enumerate(lows):
        if low in DATE_TRIGGERS and (low[-2:] != "'s"
                                     or not _GAP_OCCASIONS.isdisjoint(lows[t + 1:t + 3])):
            # "At Monday's briefing": a day that owns an occasion dates what was said there
            a, b = sent.starts[t], sent.ends[t]
            for m in DATE_PHRASE.finditer(text, max(0, a - 16), min(len(text), b + 24)):
                if m.start() < b and a < m.end():
                    spans.add(m.span())
    found = _DATE_SPANS[text] = tuple(sorted(spans))
    return found


_DATE_SPANS: dict[str, tuple[tuple[int, int], ...]] = {}


_GAP_OPENERS = frozenset({"on", "in", "to", "via", "at"})
# The audience or occasion a verb's object names ("told a news conference", "told a briefing
# in Seoul"): a date after it still dates the statement.
_GAP_OCCASIONS = frozenset({"conference", "briefing", "interview", "meeting", "rally",
                            "hearing", "session", "reporters", "journalists", "lawmakers"})
_GAP_VERBS = frozenset("would will was were is are had has have could should may might can did "
                       "does do".split())
_GAP_STOP = re.compile(r"\bthat\b|[\"\u201c\u201d.;:(,]")


_RELEASED = re.compile(r"\b(?:" + "|".join(sorted(RELEASED)) + r")\s*$")
_RELATIVE_WORD = re.compile(r"\b(?:who|which|whose|that)\b", re.IGNORECASE)
