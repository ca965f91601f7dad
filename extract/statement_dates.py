"""Which date phrase dates a statement, among those a sentence holds."""

from __future__ import annotations

import re

from extract.cues import (
    BOUNDARY,
    CUES,
    DETERMINERS,
    MODAL_SKIP,
    MONTH_ABBREVIATIONS,
    POSSESSIVE_DETERMINERS,
    PREPOSITIONS,
    PRONOUNS,
    SPEAKER_HEADS,
    TITLES,
)
from extract.dates import DATE_PHRASE
from extract.phrases import (
    ADVERBIAL_OPENERS,
    OBJECT_PRONOUNS,
    OCCASIONS,
    RELEASED,
    SKIPPABLE_OPENERS,
    SUBORDINATORS,
    ly_adverb,
    past_form,
)
from extract.tokens import Sentence

# A date phrase needs one of these words: without them the date regexes are not run at all.
DATE_TRIGGERS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday week weekend month yesterday
    today tonight overnight morning afternoon evening january february march april may june
    july august september october november december jan feb mar apr jun jul aug sep sept oct
    nov dec ago""".split()
) | MONTH_ABBREVIATIONS | frozenset(f"{day}'s" for day in
              "monday tuesday wednesday thursday friday saturday sunday yesterday".split())


def statement_date(text: str, spans: tuple[tuple[int, int], ...], start: int, end: int,
                    cue_start: int, cue_end: int, lemma: str) -> str | None:
    """A date phrase that dates this statement: after the cue, past the cue's own phrases
    ("said on Friday", "told reporters in Kyiv on Jan. 14", "said in a televised address on
    Thursday", "confirmed a second case on Friday"), after a speaker named after the cue
    ("said X on Friday", "was confirmed by X in an interview on Thursday"), between source and
    cue ("X on Friday said"), or opening the clause before the source ("On Monday, X said").
    A date inside the reported words is the event's, not the statement's: "said the attack
    on Friday killed five", "said it would hold talks on Monday", and so is one that ends the
    clause before a trailing speaker ("The drone hit a depot on Jan. 6, the governor said")."""
    if not spans:
        return None
    if start < cue_end:
        for s, e in spans:
            if text[s - 1:s] in ('"', "\u201c") and text[e:e + 1] in ('"', "\u201d"):
                continue  # 'on ABC\'s "This Week" on Sunday': a programme's title
            # Right before the cue's "that", a date may follow a long occasion phrase: "said at
            # a meeting of the contact group at Ramstein Air Base on Jan. 9 that …"
            before_that = _THAT_NEXT.match(text, e) is not None
            if cue_end <= s and e <= cue_end + (_LONG_GAP if before_that else 80):
                if _owns_news(text, s, e) and lemma != "tell":
                    break  # "said Monday's briefing was classified": the briefing is the news
                if _cue_phrases(text[cue_end:s], lemma, _last_word(text, cue_end),
                                before_that) and not (
                        text[cue_end:s].strip() and _verb_follows(text, e)
                        and _WHAT_BEFORE.search(text, 0, start) is None):
                    # ("What Peskov told reporters on Friday was that …": the verb after
                    # the date is the clause's that "what" opens)
                    return text[s:e]
                break
    else:  # inverted or passive: "said X on Friday", "was reported by X late on Monday"
        for s, e in spans:
            if s >= end:
                # "was reported by Suspilne, Ukraine's public broadcaster, on Friday": the
                # speaker's appositive stands between
                aside = _APPOSITIVE.match(text, end, s)
                after = aside.end() if aside is not None else end - 1
                gap = text[after + 1:s]  # the appositive's closing comma is no clause's
                if gap.startswith(",") and not text[e:].strip(_SENTENCE_END):
                    gap = gap[1:]  # "… by the governor, Vyacheslav Gladkov, early on Sunday."
                    # '“…,” said Zelenskyy, speaking in Kyiv on Friday.': the words' occasion
                    gap = _SPEAKING.sub("", gap)
                # (after a passive's agent the verb that follows is the clause's own: "The
                # figure reported by Yonhap on Monday was the highest yet")
                if s - end <= 80 and not _owns_news(text, s, e) \
                        and _cue_phrases(gap, "", _last_word(text, end)) \
                        and (not _verb_follows(text, e)
                             or text[cue_end:start].split()[-1:] == ["by"]):
                    # ("An assessment shared with reporters by the Pentagon on Tuesday put
                    # …": after a passive's agent the verb is the clause's)
                    return text[s:e]
                break
    lo, hi = (end, cue_start) if end <= cue_start else (cue_end, start)
    for s, e in spans:
        if lo <= s and e <= hi:
            # "The NIS, in a closed-door briefing on Thursday, told"; not "The men, who
            # were captured on Jan. 9, told": that date is the capture's. But a date set off
            # after the clause, right before the cue, is the statement's: "Trump, who has
            # been feuding with leaders this week, on Friday described". A clause after the
            # date's phrase is that phrase's ("The NIS's briefing on Monday, which lasted
            # three hours, concluded"); an aside of where it was said may stand far from a
            # second cue ("The ministry, in a post on X on Friday, called … and said").
            rel = _RELATIVE_WORD.search(text, lo, hi)
            if rel is None or rel.start() > e and text[e:rel.start()].strip() == ",":
                if (rel.start() if rel else hi) - lo <= 70 \
                        or text[e:e + 1] == "," and _OCCASION_ASIDE.match(text, lo, s):
                    return text[s:e]
                break
            if text[lo:s].rstrip().endswith(",") and not text[e:hi].strip() and start < cue_end:
                return text[s:e]
    trailing = _CUE_CLOSES.match(text, cue_end) is not None and start < cue_start
    for s, e in spans:
        if e <= start and s >= start - 40 and not text[e:start].strip(" ,"):
            if trailing and _closes_a_clause(text, s):
                break  # "The North fired a missile on Jan. 6, Yonhap reported": the firing's
            return text[s:e]  # "On Monday, X said"
        if start < s and e == end and _RELEASED.search(text, start, s):
            return text[s:e]  # "In a Gallup poll released Friday, …": the poll speaks then
    last_s, last_e = spans[-1]
    if start < cue_end <= last_s and not text[last_e:].strip(_SENTENCE_END) \
            and _TRAILING_OCCASION.search(text, cue_end, last_s) is not None \
            and not _NOT_YET.search(text, cue_end, last_s):
        # "Lavrov accused the West of … during a news conference on Tuesday.": the occasion
        # that ends the sentence is where the words were said, and its date theirs
        return text[last_s:last_e]
    if start <= 160 and start < cue_start and text[start - 2:start].strip() == ",":
        # "On Tuesday, as Americans voted, Kirby told", "In a Jan. 11 statement, NATO said":
        # a date in the clause's opening phrase, before a source that opens the clause; or
        # further into an opening occasion, after the phrases of its audience: "In a speech
        # to the General Assembly on Wednesday setting out his priorities, Guterres said".
        s, e = spans[0]
        occasion = _OPENING_OCCASION.match(text) if s > 12 else None
        if (s <= 12 and start <= 80 or occasion is not None and occasion.end() <= s
                and _cue_phrases(text[occasion.end():s], "", occasion.group(1))
                and not _EVENT_BOUND.search(text, occasion.end(), s)) \
                and e <= start and not _RELATIVE_WORD.search(text, 0, start) \
                and not (trailing and _closes_a_clause(text, s)):
            return text[s:e]
    return None


# ", in a post on X on Friday,": an aside after the source of where the words were said.
_OCCASION_ASIDE = re.compile(r"['\u2019]?s?\s*,\s*(?:in|at|during)\s[^,;:()]*$", re.IGNORECASE)
# "In an interview after the strike on Friday": the date is the strike's.
_EVENT_BOUND = re.compile(r"\b(?:after|before|since|following|until)\b", re.IGNORECASE)
# A phrase of where the words were said: "in a speech", "at a news conference" (group 1:
# the occasion's noun).
_OCCASION_PHRASE = (r"(?:in|at|during)\s+(?:an?|the|his|her|its|their)\s+(?:[\w-]+\s+){0,3}?("
                    + "|".join(sorted(OCCASIONS)) + r")s?")
# The same phrase ending the sentence, right before its date: "… at a news conference in
# Moscow on Tuesday."
_TRAILING_OCCASION = re.compile(
    r"\s" + _OCCASION_PHRASE + r"(?:\s+(?:in|with|at|to|for)\s+[^,;:()]{1,40}?)?\s*$",
    re.IGNORECASE)
# Words that put what follows them in the future, where a date is the event's ("said talks
# would be held at a conference on Friday").
_NOT_YET = re.compile(r"\b(?:will|would|plans?|planned|to|shall|expects?|expected)\b",
                      re.IGNORECASE)
# The phrase opening the sentence: "In a speech to …", "At a news conference".
_OPENING_OCCASION = re.compile(r"\s*" + _OCCASION_PHRASE + r"\b", re.IGNORECASE)


# A participle of speaking after a trailing speaker: the occasion of the words just quoted.
_SPEAKING = re.compile(r"^\s*(?:speaking|talking|writing|addressing\s+[^,;:]*?|appearing)(?=\s)")
# What may follow a date that ends its sentence.
_SENTENCE_END = " .!\"'\u201d"
# An appositive after a speaker, a noun phrase by its first word: ", Ukraine's public
# broadcaster,", ", a former aide," (the gap after it must still be the cue's own phrases).
_APPOSITIVE = re.compile(r",\s+(?:(?:a|an|the)\s|[A-Z])[^,;:()\u201c\u201d\"]{0,60}(?=,)")


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
                                     or not _OCCASIONS.isdisjoint(lows[t + 1:t + 3])):
            # "At Monday's briefing": a day that owns an occasion dates what was said there
            a, b = sent.starts[t], sent.ends[t]
            for m in DATE_PHRASE.finditer(text, max(0, a - 16), min(len(text), b + 24)):
                if m.start() < b and a < m.end():
                    spans.add(m.span())
    found = _DATE_SPANS[text] = tuple(sorted(spans))
    return found


_DATE_SPANS: dict[str, tuple[tuple[int, int], ...]] = {}


def _cue_phrases(gap: str, lemma: str, before: str, before_that: bool = False) -> bool:
    """``gap``, the words between a cue (or a speaker named after it) and a date, are the
    cue's own phrases, so the date is the statement's: adverbs ("again", "late", "publicly"),
    then an object or recipient ("a second case", "a gathering of CIA employees"), then
    phrases each opened by a preposition ("in a televised address", "at Langley"). No verb
    may stand among them ("said they met on Monday", "said talks would resume on Monday",
    "said the army took the town on Friday"): a second noun phrase with no preposition before
    it means one. "say" and its like take no object, so a noun phrase after them is the
    subject of the reported words ("said the attack on Friday killed five"). After what was
    said (an object that is no recipient, "hoped for a win"), a place may be the object's own
    ("confirmed the deaths in an attack on Friday", "a win in the primary on Tuesday"): only
    an occasion ("in a statement") lets such a date through. Right before the cue's "that"
    (``before_that``) the phrases may run longer when they name an occasion or an audience
    ("said at a meeting of the Ukraine Defense Contact Group at Ramstein Air Base on Jan. 9
    that"): what was said only begins after "that"."""
    if not gap.strip(" ,"):
        return True  # "said on Friday", "said, on Friday,", "said X on Friday"
    m = _OCCASION_GERUND.match(gap)
    if m:
        gap = m.group(1)  # "said, speaking to Fox News on Sunday, that": where it was said
    gap = _QUOTED_TITLE.sub(" Show ", gap)  # 'said on CNN\'s "State of the Union" on Sunday'
    if _GAP_STOP.search(gap) or any(
            w.endswith(".") and w[:-1].lower() not in TITLES and w.lower() not in
            MONTH_ABBREVIATIONS and not _INITIALS.fullmatch(w) for w in gap.split()):
        return False  # "told Lt. Gen. X", "told U.S. lawmakers"; not a sentence's end
    words = [before, *_PRO_FORM.sub(" ", gap).split()]  # "said in a video | posted on …"
    lows = [w.lower() for w in words]
    if len(words) > 11 and not (before_that and len(words) <= _LONG_GAP_WORDS
                                and not _OCCASIONS.isdisjoint(lows)):
        return False
    if lows[-1] in _SPAN_WORDS:
        return False  # "tallied through Wednesday", "since Jan. 22": no day of a statement
    i = 1
    while i < len(lows) and (ly_adverb(lows[i]) or lows[i] in _GAP_ADVERBS or lows[i - 1]
                             in _OCCASIONS and (_past_form(words[i]) or lows[i] in RELEASED
                                                or lows[i][-3:] == "ing")):
        # "said again", "said in a video | posted on Telegram", "an interview airing", "in a
        # report | released Tuesday"
        i += 1
    said = i < len(lows) and (not _place_word(lows, i) or lows[i] in _TOPICS)
    if said and not _place_word(lows, i) and lemma in _NO_OBJECT:
        return False
    np_open = True  # a determiner may stand here: a noun phrase starts
    places = False
    for k in range(i, len(lows)):
        w, low = words[k], lows[k]
        prev = lows[k - 1]
        if low in _GAP_CLAUSE and not _place_word(lows, k):
            return False
        cue = CUES.get(low)
        if cue is not None and not cue.noun_too and w.islower() and low[-1] != "s":
            return False  # "accused Clinton of rape said Sunday": another verb's date
        if _place_word(lows, k):
            if low == "to" and prev not in _OCCASIONS and k + 1 < len(words) \
                    and not _noun_phrase_start(words[k + 1]):
                return False  # "urged Iran to hold talks", "vowed to fight": an infinitive
            places |= said and k > i and low != "of"
            np_open = True
            continue
        if low in _DETERMINED:
            if not np_open and not (_capitalized(words[k - 1]) and (
                    k + 1 < len(words) and _capitalized(words[k + 1]) or w[:1].isupper())):
                return False  # "said the army took the town"; not "Meet the Press", "Air
                # Force One"
            continue
        if _past_form(w):
            # "in a televised address", "a letter dated Tuesday", "in a brief recorded
            # message", "told allied defense chiefs"; not "the soldiers captured", "the army
            # hit": a past form after a plain noun is a predicate.
            if not (prev in _DETERMINED or prev.endswith(_GENITIVE) or prev in _OCCASIONS
                    or k == 1 and lemma in _RECIPIENT_CUES
                    or prev in _GAP_PREPOSITIONS and k + 1 < len(lows)
                    and lows[k + 1] in _OCCASIONS  # "in televised remarks", "in prepared remarks"
                    or k >= 2 and lows[k - 2] in _DETERMINED and (
                        ly_adverb(prev) or not _OCCASIONS.isdisjoint(lows[k + 1:k + 3]))):
                return False
        np_open = low in _CONJUNCTIONS
    if places and lemma not in _RECIPIENT_CUES and _OCCASIONS.isdisjoint(lows):
        return False
    return True


def _place_word(lows: list[str], k: int) -> bool:
    """``lows[k]`` opens a phrase of where or to whom the words were said: a preposition, or
    "before" with an audience or a body after it ("testified before the Senate Armed Services
    Committee", "appeared before reporters"); "before the vote" is a bound, and "before he
    left" a clause."""
    if lows[k] in _GAP_PREPOSITIONS:
        return True
    if lows[k] != "before":
        return False
    head = ""
    for low in lows[k + 1:]:
        if low in _GAP_PREPOSITIONS:
            break
        head = low
    return head in _AUDIENCE_HEADS


def _closes_a_clause(text: str, s: int) -> bool:
    """The date at ``s`` ends a clause of its own, the reported words before a trailing
    speaker ("The North fired a missile into the sea on Jan. 6, Yonhap reported"): its comma
    piece opens with a subject, not with a phrase that sets the scene ("On Monday,", "In an
    interview on Monday,", "Speaking to reporters on Monday,", "When he left on Monday,")."""
    piece = _PIECE_START.split(text[:s])[-1].split()
    while piece and piece[0].lower() in SKIPPABLE_OPENERS:
        piece = piece[1:]  # "and donations rose last week, X said"
    if not piece:
        return False
    first = piece[0].lower().strip("'\"\u2018\u201c")
    return not (first in ADVERBIAL_OPENERS or first in SUBORDINATORS or first in
                _GAP_PREPOSITIONS or first.endswith("ing") or ly_adverb(first))


_WHAT_BEFORE = re.compile(r"(?:^|[,;:\u2014]\s*)[Ww]hat\s+$")


def _verb_follows(text: str, e: int) -> bool:
    """The date is followed by a verb, so it sits inside the subject of the reported words:
    "said the attack on Friday killed five", "the suspect on Monday had fled"."""
    m = _NEXT_WORD.match(text, e)
    if m is None:
        return False
    return m.group(1) in _AUXILIARIES or _past_form(m.group(1))


def _past_form(word: str) -> bool:
    """A lowercase past form, as a predicate or a participle has it ("took", "captured");
    a document's "released" or "published" only dates it."""
    low = word.lower()
    return word.islower() and past_form(low) and low not in RELEASED


def _owns_news(text: str, s: int, e: int) -> bool:
    """"Monday's briefing" names what was said, unless it is where it was said: "said at
    Monday's briefing"."""
    return text[e:e + 2] in ("'s", "\u2019s") \
        and _last_word(text, s).lower() not in ("at", "in", "during")


def _last_word(text: str, end: int) -> str:
    return text[max(0, end - 40):end].rsplit(None, 1)[-1] if text[:end].strip() else ""


def _capitalized(word: str) -> bool:
    return word.lstrip("'\"\u2018\u201c")[:1].isupper()


def _noun_phrase_start(word: str) -> bool:
    """The word after "to" opens a noun phrase ("to the BBC", "to Kyiv", "to supporters"),
    not a verb ("to hold", "to discuss")."""
    low = word.lower()
    return not word[:1].islower() or low in _DETERMINED or low in _OCCASIONS \
        or low in OBJECT_PRONOUNS or low.endswith("s") and not low.endswith(("ss", "us", "is"))


# "say" and the verbs like it take no object: what follows them is the reported clause.
_NO_OBJECT = frozenset({"say", "add", "insist", "argue", "contend", "think", "believe"})
# Verbs whose object is the audience: places after it are where the statement was made.
_RECIPIENT_CUES = frozenset({"tell", "brief", "assure"})
_GAP_ADVERBS = frozenset("""again also late early earlier later first once then separately
    publicly privately repeatedly just here there onstage online afterward afterwards""".split())
_GAP_PREPOSITIONS = PREPOSITIONS | frozenset({"to", "via", "through", "during", "about",
                                              "aboard", "outside"})
# Prepositions that open what was said, not where: "warned of", "hoped for", "spoke about".
_TOPICS = frozenset({"of", "for", "about"})
# Right before a date, these make it a bound or a period, not the day something was said.
_SPAN_WORDS = frozenset("""through until till since by before after from to between of for
    within""".split())
# What "say" takes for its object when it only points at the words: "said so", "said as
# much", "said the same".
_PRO_FORM = re.compile(r"^\s*(?:(?:me|us|him|her|them|reporters|journalists)\s+)?"
                       r"(?:so|as much|(?:much\s+)?the same(?:\s+thing)?|nothing|little)\b",
                       re.IGNORECASE)
_DETERMINED = DETERMINERS | POSSESSIVE_DETERMINERS
_CONJUNCTIONS = frozenset({"and", "or"})
_GENITIVE = ("'s", "\u2019s", "s'")
# The audience or occasion a verb's object names ("told a news conference", "told a briefing
# in Seoul"): a date after it still dates the statement.
_OCCASIONS = OCCASIONS | frozenset({"meeting", "rally", "session", "reporters", "journalists",
                                    "lawmakers", "report", "assessment", "release", "column",
                                    "editorial", "filing", "op-ed", "gathering", "summit",
                                    "forum", "ceremony", "motion", "note", "notice",
                                    "update", "bulletin"})
# Whom "before" names when it is where the words were said: a body or an audience. Not an
# occasion: "told NBC before her appearance Monday night" was said before that day.
_AUDIENCE_HEADS = SPEAKER_HEADS | frozenset(
    """panel subcommittee jury tribunal assembly crowd crowds audience audiences supporters
    students delegates members voters reporters journalists""".split())
# Words of a clause (auxiliaries, modals, subordinators, subject pronouns, negation): the
# words no subject phrase holds, less those a cue's own phrases use.
_GAP_CLAUSE = (BOUNDARY | PRONOUNS) - _GAP_PREPOSITIONS - _GAP_ADVERBS - _CONJUNCTIONS \
    - OBJECT_PRONOUNS - frozenset({"us", "me"})
_AUXILIARIES = MODAL_SKIP - {"to"} | frozenset(
    "is are was were be been being has have had do does did".split())
# ", speaking to Fox News on Sunday,": a piece between the cue and its clause that says
# where the words were said, read as the gap after it.
_OCCASION_GERUND = re.compile(
    r"\s*,\s*(?:speaking|writing|testifying(?: before)?|appearing(?: before)?|talking)\b"
    r"(?!\s+(?:of|about)\b)([^,;]*)$")  # ("testifying before the committee": a place)
# A programme's or a paper's title in quotation marks, capitalised: "State of the Union".
_QUOTED_TITLE = re.compile(r"[\"\u201c][A-Z][\w'\u2019-]*(?:\s+(?:[A-Z][\w'\u2019-]*|of|the|and|"
                           r"in|on|for|a|to))*[\"\u201d]")
_GAP_STOP = re.compile(r"\bthat\b|[\"\u201c\u201d;:(]|,(?!\d)")
# Before the cue's "that" a gap may hold this many characters (and words, the cue's included)
# when it names an occasion: beyond it a date is too far to be read as the statement's.
_LONG_GAP = 160
_LONG_GAP_WORDS = 20
_THAT_NEXT = re.compile(r",?\s*that\b")
# A cue that ends its clause, so its speaker trails the reported words: "…, Yonhap
# reported.", "…, X said, citing …"; not "X said, \"…\"" nor "X said that".
_CUE_CLOSES = re.compile(r"\s*(?:$|[.;!?)\u201d\"]|,(?!\s*[\"\u201c']))")
# Where a comma piece starts: the text after the last of these is the piece a date is in.
_PIECE_START = re.compile(r"[,;:(\u2014\u2013\"\u201c]|--")
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
_NEXT_WORD = re.compile(r"\s*([\w'\u2019-]+)")


_RELEASED = re.compile(r"\b(?:" + "|".join(sorted(RELEASED)) + r")\s*$")
_RELATIVE_WORD = re.compile(r"\b(?:who|which|whose|that)\b", re.IGNORECASE)
