"""Documents, polls and texts as sources, and the people behind them.

A report, a poll, a video or a sign says things too ("the cable indicated", "a new poll
showing Trump ahead", "“…,” the statement read"), and when its author is named the author is
the source ("X's report concluded", "a new assessment by X warns"). This module owns those
readings: where a long description of a document ends and its verb begins, which phrases a
document heads (and which are events, whose "showing" is only an inference), who wrote a
document as opposed to who obtained or received it, and possessive views ("Trump's claim
that …").
"""

from __future__ import annotations

from extract.cues import (
    AUX,
    BOUNDARY,
    CUES,
    DATE_WORDS,
    DETERMINERS,
    DOC_NOUNS,
    MODAL_SKIP,
    MONTH_ABBREVIATIONS,
    PASSIVE_ONLY,
    PICTURES,
    POSS_NOUNS,
    PREPOSITIONS,
    PRONOUNS,
    ROLE_NOUNS,
    SPEAKER_HEADS,
    TITLES,
)
from extract.model import Hit
from extract.phrases import (
    ARTICLES,
    NAME_PARTICLES,
    PAPERS_OWN,
    QUANTIFIERS,
    RECEIVED,
    RELATIVES,
    RELEASED,
    SUBORDINATORS,
    adverb_opener,
    client_cut,
    date_end,
    is_dash,
    is_name_word,
    left_np,
    plausible_np,
    right_np,
    singular,
)
from extract.places import DEMONYMS
from extract.subjects import POSSESSIVE_PRONOUNS, people
from extract.tokens import CLOSE_QUOTES, OPEN_QUOTES, Sentence, is_word

DATA_NOUNS = frozenset(
    "data figures estimates numbers statistics tally count findings assessment report".split()
)
_AUTHORED = frozenset({"analyzed", "analysed", "collected", "gathered", "prepared", "produced",
                       "commissioned", "conducted", "carried", "posted", "unsealed",
                       "declassified", "distributed", "taken", "recorded", "filmed"})
_SEEN = frozenset({"seen", "obtained", "reviewed", "dated", "released", "published",
                   "issued"})
_DOC_TAIL = frozenset({"of", "on", "to", "about", "in", "at"})
MEDIA_BEFORE = frozenset(
    "video videos footage photo photos image images picture pictures clip clips map maps "
    "chart graphic screenshot".split()
)
POLL_NOUNS = frozenset({"poll", "polls", "survey", "surveys"})
DOCUMENT_PARTICIPLES = _SEEN | _AUTHORED | RELEASED | frozenset(
    {"updated", "revised", "compiled", "leaked", "circulated", "shared"})


def past_document_piece(sent: Sentence, j: int) -> int:
    """Before a verb, a piece between commas that says how a document came out (", seen by
    Reuters,", ", released on Friday,", ", obtained by the AP,") interrupts its subject: the
    token before the piece, else ``j`` unchanged."""
    for k in range(j - 1, max(0, j - 9), -1):
        if sent.words[k] == "," and sent.words[k - 1][:1].isdigit() and k + 1 < j \
                and sent.words[k + 1][:1].isdigit():
            continue  # ", dated November 5, 2024,": a date's own comma
        if sent.words[k] == ",":
            if k + 1 < j and sent.lows[k + 1] in DOCUMENT_PARTICIPLES \
                    and sent.words[k + 1][:1].islower() and k >= 1 and is_word(sent.words[k - 1]):
                return k - 1
            return j
        if not is_word(sent.words[k]):
            return j
    return j


# How a claim is put about by whoever holds it: "A rumour spread by bloggers that …", "the
# charge, leveled by …,".
_PUT_ABOUT = frozenset("leveled levelled voiced raised floated lodged spread laid".split())
# How a piece set off by commas came from its maker: "The letter, signed by 40 senators,",
# "The protest, delivered by the ambassador,", "The report, written by two analysts,".
_ASIDE_MAKING = PASSIVE_ONLY | _AUTHORED | _PUT_ABOUT | frozenset(
    "written signed delivered drafted authored sent co-authored kept".split())
# How a claim was made by whoever holds it (not "a statement carried by KCNA", which relays
# it): "the version laid out by the ministry", "the allegation made by Kyiv that …".
_CLAIM_MAKING = _PUT_ABOUT | frozenset(
    "made put issued written delivered offered advanced repeated".split())


def _aside_by(sent: Sentence, comma: int) -> int:
    """The "by" of a maker in the aside that opens at ``comma``, after its participle and
    the phrases of when and to whom ("The video, released by the SBU, shows", "The figures,
    shared with reporters in Kyiv on Friday by the General Staff, put"), else the token
    after the comma (a "from" there names the author too)."""
    lows = sent.lows
    at = comma + 1
    if at + 2 < len(lows) and lows[at] in _ASIDE_MAKING and lows[at] not in RECEIVED:
        for t in range(at + 1, min(len(lows) - 1, at + 9)):
            if lows[t] == "by":
                return t
            if not is_word(sent.words[t]):
                break
    return at


def possessive_cue(sent: Sentence, i: int) -> Hit | None:
    """"his view", "Trump's claim that …", "Mr. Comey's calls for": the possessor holds
    the view. The noun and the possessive are learned (``POSS_NOUNS``); the possessor is a
    pronoun or a short capitalised name ending in "'s"."""
    if i == 0:
        return None
    lows, words = sent.lows, sent.words
    end = i
    by = end + 1
    if by + 3 < len(lows) and lows[by] in _CLAIM_MAKING:
        by += 1 + (lows[by + 1] in ("out", "forward"))  # "The version laid out by X is that"
    if by + 1 < len(lows) and lows[by] in ("by", "from"):
        # "A claim by North Korean state media that …", "a warning from Rutte that …", "A
        # rumour spread by bloggers that …": the agent holds the claim, as a possessor does
        span = right_np(sent, by + 1)
        if span is None or lows[span[1] - 1] in CUES or not _claim_follows(sent, span[1]) \
                or any(lows[t][:1].isdigit() or lows[t] in DATE_WORDS for t in range(*span)):
            # ("a false report from the 2008 campaign that …": when, not who; "a report by
            # the Society estimates that …": the document's verb says it)
            return None
        return Hit(span[0], span[1], end, end + 1, 0.8, "according")
    if end + 4 < len(lows) and lows[i - 1] in ARTICLES and words[end + 1] == "," \
            and lows[end + 2] != "shared" and lows[by := _aside_by(sent, end + 1)] == "by" \
            and (span := right_np(sent, by + 1)) is not None \
            and any(words[t][:1].isupper() for t in range(*span)) and _claim_follows(sent, end + 1):
        # "The allegation, made by Kyiv in a court filing, is that …": the maker of the claim
        # set off by commas holds it
        return Hit(span[0], span[1], end, end + 1, 0.8, "according")
    if i >= 2 and words[i - 1].isalpha() and words[i - 1].islower() \
            and lows[i - 1] in _POSSESSIVE_ADJECTIVES:
        i -= 1  # "his recent claim that …", "Trump's infamous comment about …"
    prev = lows[i - 1]
    if prev in POSSESSIVE_PRONOUNS:
        s = i - 1
    elif (prev.endswith("'s") or prev.endswith("s'")) and (
            words[i - 1][:1].isupper()
            or i >= 2 and words[i - 2][:1].isupper() and is_word(words[i - 2])
            and lows[i - 2] not in DETERMINERS):
        s = i - 1  # (and "British intelligence's view": a name, then its lowercase head)
        while s > 0 and i - s < 5 and (words[s - 1][:1].isupper() and is_word(words[s - 1])
                                       or lows[s - 1] in NAME_PARTICLES and s >= 2
                                       and words[s - 2][:1].isupper()) \
                and lows[s - 1] not in DATE_WORDS and (s - 1 > 0 or lows[0] not in DETERMINERS):
            s -= 1  # ("Cristina Fernández de Kirchner's view")
        if s >= 2 and (lows[s - 1] in TITLES or lows[s - 1] in ROLE_NOUNS) \
                and words[s - 1].islower() and words[s - 2][:1].isupper():
            # "Russian Foreign Ministry spokeswoman Maria Zakharova's comment": the title and
            # the body it names come with the name
            s -= 1
            while s > 0 and i - s < 9 and words[s - 1][:1].isupper() and is_word(words[s - 1]) \
                    and not lows[s - 1].endswith(("'s", "s'")):
                s -= 1
        if s > 1 and lows[s - 2] in ARTICLES and words[s - 1].isalpha() \
                and words[s - 1].islower() and lows[s - 1] not in BOUNDARY:
            s -= 1  # "A senior South Korean official's remark": its adjective, then article
        if s > 0 and lows[s - 1] in ARTICLES:
            s -= 1  # "The Kremlin's denial that …", "a Seoul official's": with its article
    elif (prev.endswith("'s") or prev.endswith("s'")) and i >= 2 \
            and lows[i - 2] in ("the", "this", "that"):
        s = i - 2  # "the governor's denial that …"
    else:
        return None
    if lows[end] in ("claim", "claims") and lows[end + 1:end + 2] == ("to",) \
            and end + 2 < len(lows) \
            and (lows[end + 2] in DETERMINERS or words[end + 2][:1].isupper()):
        return None  # "its claim to the occupied territories": a title to land, nothing said
    weight = POSS_NOUNS[lows[end]]
    if weight == 0.0:
        # "Zelenskyy's claim that …", "Seoul's assessment is that …", "The Pentagon's
        # assessment, shared by Seoul, is that …"
        if not _claim_follows(sent, end + 1) and not _figure_of(sent, end):
            return None
        weight = 0.8
    return Hit(s, i, end, end + 1, weight, "possessive")


# Nouns of a reckoning: "ISW's estimate of 11,000 troops", "Mediazona's count of the dead".
_FIGURE_NOUNS = frozenset({"estimate", "estimates", "count", "tally"})


def _figure_of(sent: Sentence, k: int) -> bool:
    """Whether the noun at ``k`` is a reckoning of something counted, with a number later in
    the sentence ("Mediazona's count of confirmed deaths passed 90,000"): the owner says the
    figure."""
    lows = sent.lows
    return lows[k] in _FIGURE_NOUNS and lows[k + 1:k + 2] == ("of",) and any(
        w[:1].isdigit() for w in lows[k + 2:])


def _claim_follows(sent: Sentence, k: int) -> bool:
    """Whether the claim a speech noun names opens at ``k``: its "that" clause, right after
    the noun or after when and to whom ("Yoon's remark in November that …", "Washington's
    warning to Pyongyang that …"), or after "is" ("Seoul's assessment is that …", also past
    an aside: "The Pentagon's assessment, shared by Seoul, is that …")."""
    lows = sent.lows
    after = _after_aside(sent, k)
    if after == k:
        start = k + 1 if lows[k:k + 1] == ("in",) else k  # ("in November")
        dated = date_end(sent, start)
        after = dated if dated > start else k
        if after + 2 < len(lows) and lows[after] == "to" and (
                recipient := right_np(sent, after + 1)) is not None and recipient[1] - after <= 5:
            after = recipient[1]
    nxt = lows[after:after + 2]
    return nxt[:1] == ("that",) and (after == k or lows[after - 1] != ",") \
        or nxt == ("is", "that") or nxt == ("was", "that")


def _after_aside(sent: Sentence, k: int) -> int:
    """Token ``k``, or the token after a short aside set off by commas that opens there
    (", shared by most analysts,")."""
    words = sent.words
    if k >= len(words) or words[k] != ",":
        return k
    close = next((t for t in range(k + 1, min(len(words), k + 12)) if words[t] == ","), None)
    return close + 1 if close is not None else k


_PERIODICAL = frozenset({"daily", "weekly", "monthly", "quarterly", "annual", "yearly"})
# Adjectives between a possessor and its view that keep the view the possessor's.
_POSSESSIVE_ADJECTIVES = frozenset("""recent latest infamous famous earlier previous initial
    repeated frequent false controversial public private new first last original
    unfounded baseless own""".split())


def document_participle(sent: Sentence, i: int) -> Hit | None:
    """"a new poll showing Trump ahead", "records suggesting …": the document is the source.
    Not after a picture ("a video showing tanks" describes the footage)."""
    if i == 0:
        return None
    prev = sent.lows[i - 1]
    if prev not in DOC_NOUNS or prev in MEDIA_BEFORE or prev in ("video", "footage", "post"):
        return None
    s = left_np(sent, i - 1)
    if s is None:
        return None
    return Hit(s, i, i, i + 1, 0.6, "document")


def poll_showing(sent: Sentence, i: int) -> Hit | None:
    """"with recent polls showing Cruz ahead", "in the wake of a new poll showing …": the poll
    (token ``i - 1``) with its own modifiers and determiner, up to four words; not the words
    of the clause before it, as ``left_np`` would read them for a subject."""
    words, lows = sent.words, sent.lows
    s = i - 1
    while s > 0 and i - s < 5 and is_word(words[s - 1]) and lows[s - 1] not in PREPOSITIONS \
            and (lows[s - 1] in DETERMINERS or lows[s - 1] not in BOUNDARY) \
            and not lows[s - 1].endswith("ed") and lows[s - 1] not in CUES:
        s -= 1
        if lows[s] in DETERMINERS:
            break
    return Hit(s, i, i, i + 1, 0.6, "document")


# Texts that go on speaking: "…, the message continues", "the passage continued".
TEXTS = frozenset("""message passage excerpt text story article letter statement memo post
    email release note""".split())
MESSAGE_NOUNS = frozenset("""statement email e-mail letter message tweet post note release
    memo video sign signs banner statements letters""".split())
# "“…,” the statement read", "One sign read “…”": what "read" quotes, a text (or "it", "one"
# standing for one). People read books and verdicts aloud; that reports no words of theirs.
READ = frozenset({"read", "reads"})
_READ_TEXTS = TEXTS | MESSAGE_NOUNS | DOC_NOUNS | frozenset("""headline headlines caption
    inscription placard placards card cards shirt t-shirt shirts ad ads editorial suit lawsuit
    complaint website page notice plaque flyer flier leaflet invitation sticker stickers
    emails messages tweets posts notes""".split())
_READ_STANDINS = frozenset({"it", "one", "another", "which"})


def _after_quote(sent: Sentence, k: int) -> bool:
    """Token ``k`` follows a closing quotation mark (or one and a comma): "…,” it read"."""
    words = sent.words
    return k >= 1 and (words[k - 1] in CLOSE_QUOTES
                       or words[k - 1] == "," and k >= 2 and words[k - 2] in CLOSE_QUOTES)


def _reads_text(sent: Sentence, s: int, e: int) -> bool:
    """``[s, e)`` is a text or a stand-in for one: its head, the word before the first
    preposition ("a welcome message on the website"), is a text noun, or it is "it"/"one"."""
    lows = sent.lows
    if e - s == 1 and lows[s] in _READ_STANDINS:
        return True
    cut = next((k for k in range(s + 1, e) if lows[k] in PREPOSITIONS), e)
    return lows[cut - 1] in _READ_TEXTS and all(is_word(sent.words[k]) for k in range(s, cut))


def text_reads(sent: Sentence, i: int) -> Hit | None:
    """"read"/"reads" (token ``i``) quoting a text: "“…,” the statement read", "“…,” reads a new
    editorial", "One message read “…”", "the sign — which read “…”". Only beside a quotation
    and only of a text, so "he read a book" and "the judge read his decision" stay no claim."""
    words, lows = sent.words, sent.lows
    n = len(words)
    if _after_quote(sent, i):
        span = right_np(sent, i + 1, inverted=True)
        if span is None and i + 1 < n and lows[i + 1] in ("one", "another"):
            span = (i + 1, i + 2)  # '“…,” read one.'
        if span is not None and _reads_text(sent, span[0], span[1]):
            return Hit(span[0], span[1], i, i + 1, 0.8, "inverted")
        return None
    if i == 0 or lows[i - 1] in AUX or lows[i - 1] in MODAL_SKIP:
        return None  # "will read", "was read aloud"
    quoted = i + 1 < n and (words[i + 1] in OPEN_QUOTES or words[i + 1] in (",", ":")
                            and i + 2 < n and words[i + 2] in OPEN_QUOTES)
    s = left_np(sent, i - 1)
    if s is None or not (quoted or _after_quote(sent, s)) or not _reads_text(sent, s, i):
        return None
    if lows[s] == "which" and not quoted:
        return None
    return Hit(s, i, i, i + 1, 0.8, "subject")


# What a finding can be read from: documents, pictures, figures ("the cable indicated", "the
# average of polls shows", "a preliminary field test indicated", "disclosures … revealed").
_EVIDENCE_NOUNS = DOC_NOUNS | DATA_NOUNS | MEDIA_BEFORE | frozenset(
    """footage evidence research imagery intelligence slide transcript record average
    averages results email emails e-mail e-mails message messages cable cables disclosures
    filings movie documentary statistics projections forecasts tallies intercepts tracker
    trackers database""".split())
# Heads that count what follows their "of": "a new batch of State Department emails", "the
# next series of emails"; the document is the noun after "of".
_PARTITIVES = frozenset("batch batches series set sets trove cache collection".split())
# Where a document's description goes on after its head noun: "the average of polls", "a
# slide from a presentation", "records compiled by …", "a poll out this week", "a survey
# that …", "the transcript – published by … –".
_MODIFIER_OPENERS = PREPOSITIONS | RELATIVES | frozenset(
    "about over during since into through between under out taken done where whose".split())
_BEFORE_DOCUMENT = frozenset({"first", "only", "earlier", "later"})  # "an earlier study"
# What a subject can follow at its clause's start, besides a clause's punctuation.
_SUBJECT_AFTER = SUBORDINATORS | frozenset("and but that if so yet whether".split())


def evidence_subject(sent: Sentence, j: int) -> int | None:
    """The start of a subject ending at ``j`` that a document heads and that a long
    description follows: "A USA TODAY analysis of super PACs that have raised $1 million since
    Jan. 1, 2015, shows", "A slide from a presentation that X and his aides carry … shows",
    "The transcript of the debate – published by The Washington Post – shows". Word-by-word
    readings stop in such a phrase (at a name, a comma, a dash, a relative clause) and take
    its last words, or nothing; a document noun right at the clause's start, with nothing but
    its description up to the verb, is the subject whole. The farthest such start wins
    ("tallies by Kantar Media and other trackers show")."""
    words, lows = sent.words, sent.lows
    if j < 0 or lows[j] in ("and", "but", "or") or lows[j] in RELATIVES:
        return None  # "polls that showed": the relative pronoun is the subject
    found = None
    for c in range(j, max(-1, j - 36), -1):
        w = words[c]
        if w in (";", ":", "?", "!") or w in OPEN_QUOTES or w in CLOSE_QUOTES:
            return found
        before = words[c - 1] if c > 0 else ""
        if before == "," and words[c][:1].isdigit() and words[c - 2][:1].isdigit():
            continue  # "Sept. 15, 2011": a date's comma
        if c > 0 and not (before in (",", "(") or is_dash(sent, c - 1)
                          or lows[c - 1] in _SUBJECT_AFTER or _verb_before(sent, c - 1)):
            continue
        if lows[c] in ("and", "but", "so", "yet", "still", "now") \
                or adverb_opener(sent, c) and lows[c] not in DATE_WORDS:
            continue  # "And a large body …": the clause starts after the opener ("Early
            # results of exit polls" has no opener)
        h = _evidence_noun_head(sent, c, j)
        if h is None or lows[h] in MEDIA_BEFORE:
            continue  # (a picture shows what it shows: "Footage of …, released by X, shows")
        if h < j and any(lows[t].endswith(("'s", "'")) for t in range(c, h)):
            continue  # "The NIS's assessment, presented on Wednesday, found": its author
        if h + 2 <= j and lows[h + 2] == "by" and lows[h + 1] in PASSIVE_ONLY:
            # "Figures released by the league show …": the participle reports its author
            return None
        that = next((t for t in range(h + 1, j) if lows[t] == "that"), None)
        if that is not None and left_np(sent, j) == that + 1:
            # "(said after) a briefing on Monday that Seoul's spy agency had concluded": the
            # clause after "that" has its own subject, which speaks
            continue
        if _describes(sent, h, j):
            found = c
    return found


def _verb_before(sent: Sentence, k: int) -> bool:
    """Token ``k`` is a cue verb whose clause a subject may open ("said the poll shows"); not
    a cue form that is mostly a noun ("every recent state poll")."""
    low = sent.lows[k]
    cue = CUES.get(low)
    return cue is not None and sent.words[k][:1].islower() and (
        not cue.noun_too or low.endswith("ed") or low in ("found", "thought"))


def _evidence_noun_head(sent: Sentence, c: int, j: int) -> int | None:
    """The head of the phrase opening at ``c``, if a document: the last word before its
    description ("A Sept. 15, 2011 email", "POLITICO's Battleground States average")."""
    words, lows = sent.words, sent.lows
    t = c
    while t <= j and t - c < 10:
        w, low = words[t], lows[t]
        if low == "of" and t > c and (lows[t - 1] in _PARTITIVES or words[t - 1][:1].isupper()
                                      and t < j and words[t + 1][:1].isupper()):
            t += 1  # "a batch of emails", "A University of New Hampshire poll"
            continue
        if w == "," and t > c and words[t - 1][:1].isdigit() and t < j \
                and words[t + 1][:1].isdigit():
            t += 1  # "Sept. 15, 2011"
            continue
        if t > c and (low in _MODIFIER_OPENERS or w in (",", "(") or is_dash(sent, t)
                      or (w[:1].islower() and low.endswith("ed") or low in RELEASED
                          or low in ARTICLES or low in POSSESSIVE_PRONOUNS)
                      and lows[t - 1] in _EVIDENCE_NOUNS):
            # "the data | the ministry released on Friday": a clause without "that"
            break
        if not (is_word(w) or w in ("/", "&", "%")) \
                or low in BOUNDARY and low not in _BEFORE_DOCUMENT or low in PRONOUNS \
                or low in PREPOSITIONS or low in CUES and not CUES[low].noun_too:
            return None
        t += 1
    h = t - 1
    if h < c or t - c >= 10 and t <= j or lows[h] not in _EVIDENCE_NOUNS:
        return None
    if words[h][:1].isupper() and h > c and not (
            lows[c] in DETERMINERS or lows[c].endswith(("'s", "'"))):
        return None  # "Pew Research": a body; but "the Kiel Institute's Support Tracker"
    return h


def _describes(sent: Sentence, h: int, j: int) -> bool:
    """Tokens after the head ``h`` up to ``j`` only describe it: no second clause (", and"),
    no reported speech ("found that", "said"), and a comma-opened piece closed before the
    verb."""
    words, lows = sent.words, sent.lows
    relative = False
    comma = False
    dash = False
    for t in range(h + 1, j + 1):
        w, low = words[t], lows[t]
        if low in RELATIVES or low in ("where", "whose"):
            relative = True
        elif not relative and low in SUBORDINATORS:
            return False  # "The footage … came as officials praised": a second clause
        if w == ",":
            if t + 1 <= j and lows[t + 1] in ("and", "but", "or"):
                return False
            if not (words[t - 1][:1].isdigit() and t < j and words[t + 1][:1].isdigit()) \
                    and t < j:
                comma = True
        if t < j and (is_dash(sent, t) or w == "("):
            dash = True
        if low == "that" and lows[t - 1] in CUES:
            return False  # "The report found that the polls …": the polls start a clause
        if low == "according":
            return False  # "The figures, according to X, show": X's piece, not a description
        if low in CUES and not CUES[low].noun_too and not relative and w[:1].islower():
            return False
    if words[j] == ",":
        # the comma before the verb closes a piece of the phrase ("A poll, conducted by X,
        # shows", "since Jan. 1, 2015, shows"), not one opened before it
        return comma or relative or words[j - 1][:1].isdigit()
    if is_dash(sent, j) or words[j] == ")":
        return dash
    return not comma


def evidence_head(sent: Sentence, s: int, j: int) -> bool:
    """The phrase from ``s`` to ``j`` is headed, before its first preposition, by a document
    or a picture: "Video of the incident", "The average of polls taken …" shows what it
    records, whatever its last word."""
    lows = sent.lows
    for t in range(s, j + 1):
        if lows[t] in PREPOSITIONS:
            return False
        if lows[t] in _EVIDENCE_NOUNS:
            return True
    return False


def event_head(sent: Sentence, j: int) -> bool:
    """A lowercase singular head that is no document, body or person ("the deployment",
    "the attack"): what it shows is an inference, not anybody's statement."""
    low, word = sent.lows[j], sent.words[j]
    if low.endswith("s") and singular(low) in _EVENTS_PLURAL:
        return True  # "Renovations revealed a wall painting", "the airstrikes showed …"
    return word[:1].islower() and low.isalpha() and not low.endswith("s") \
        and low not in _EVIDENCE_NOUNS and low not in PRONOUNS and low != "percent" \
        and low not in QUANTIFIERS and not people(sent, j)  # "several threatened": people


# Plural events and works that reveal or show what they turn up, stating nothing:
# "Renovations revealed a medieval painting", "Excavations showed …".
_EVENTS_PLURAL = frozenset("""renovation excavation repair restoration attack strike airstrike
    protest clash event deployment dig drill exercise tie relation transfer shipment
    delivery""".split())


def phrase_head(sent: Sentence, s: int, j: int) -> int:
    """The head of the noun phrase from ``s`` to ``j``: its last word before the first
    preposition or infinitive ("the families | of the victims", "Russia's reliance | on
    North Korea", "the decision | to send troops", "the treaty | between …"), or ``j`` when
    none comes inside it."""
    return next((t - 1 for t in range(s + 1, j + 1)
                 if sent.lows[t] in PREPOSITIONS or sent.lows[t] in _HEAD_ENDS), j)


_HEAD_ENDS = frozenset({"to", "between"})


# What requires or shows something without saying it: an event, a circumstance or its
# measure ("the deployment demanded a forceful response", "the situation calls for calm",
# "the scale of the attack demands …"). People, bodies and documents speak or write.
SITUATIONS = frozenset("""deployment escalation invasion incursion attack attacks war
    conflict fighting offensive crisis crises situation situations moment moments occasion
    circumstance circumstances condition conditions emergency threat threats danger dangers
    challenge challenges problem problems task job mission case scale gravity severity
    seriousness urgency magnitude nature size scope complexity pandemic outbreak disaster
    tragedy incident violence times era stakes launch launches explosion explosions blast
    blasts buildup build-up provocation provocations""".split())
# Abstract nouns of a course of action or a state, which a situation's own list lacks:
# "Russia's decision to …", "the refusal of the talks' hosts", "the collapse of the deal";
# and the pacts one comes to ("the treaty between Moscow and Tehran showed …").
_STATES_OF_AFFAIRS = frozenset("""decision choice refusal denial withdrawal collapse move
    rise fall decline surge growth loss spread treaty pact deal accord role involvement
    participation""".split())
# Endings of abstract nouns: "reliance", "dependence", "failure", "weakness".
_ABSTRACT_ENDINGS = ("ance", "ence", "ure", "ness")
# Nouns with those endings that name a body, a gathering or a body of findings, which speak.
_NOT_ABSTRACT = frozenset("""conference audience alliance residence legislature literature
    science insurance""".split())


def _situation_noun(low: str) -> bool:
    """An event, a circumstance or an abstract state: "deployment", "decision", "reliance",
    "failure"."""
    return low in SITUATIONS or low in _STATES_OF_AFFAIRS \
        or low.endswith(_ABSTRACT_ENDINGS) and low not in _NOT_ABSTRACT


def situation_subject(sent: Sentence, s: int, j: int) -> bool:
    """The subject from ``s`` to ``j`` is, by its head, an event, a circumstance or an
    abstract state ("the deployment", "the drills", "the rise of terrorism"), not any
    lowercase noun: "the gunman threatened" is a person whom no word list names."""
    h = phrase_head(sent, s, j)
    low = sent.lows[h]
    return sent.words[h][:1].islower() and not people(sent, h) and (
        _situation_noun(low) or low.endswith("s") and singular(low) in _EVENTS_PLURAL)


def event_subject(sent: Sentence, s: int, j: int) -> bool:
    """The subject from ``s`` to ``j`` names an event or a situation: by its last word
    (``event_head``: "the deployment showed"), or by its head before a preposition when
    that is an event, a circumstance or an abstract state, whatever the phrase after it
    ends with: "Russia's reliance on North Korea showed how weak it was", "the deployment
    of troops shows …", "the failure of the talks suggests …". What it shows is an
    inference (the writer's, or that of the speaker whose clause it sits in); nobody states
    it. Other heads before a preposition may speak ("a number of writers suggested", "a
    gaffe by the leader suggested", "the dynamic on health care suggests", which PolNeAR
    marks), as documents and bodies do ("a report on the war showed")."""
    if event_head(sent, j):
        return True
    h = phrase_head(sent, s, j)
    return h != j and _situation_noun(sent.lows[h]) and event_head(sent, h)


# Documents whose "of" phrase is what they examine ("a poll of South Carolina", "an analysis
# of campaign filings"), never who wrote them.
_TOPIC_OF = frozenset("""poll polls survey surveys analysis analyses study studies review
    audit count tally census investigation readout readouts transcript transcripts summary
    recording""".split())


_BY_AMOUNT = frozenset("nearly almost about over more less roughly some up around".split())


def _by_author(sent: Sentence, s: int, k: int, a: int, e: int) -> bool:
    """Whether the unnamed phrase [a, e) after the "by" of the document at ``k`` is its
    author: "figures released by the league", "a report by the league" (the league speaks, as
    "by Rosstat" would). Not when a name before the noun holds it already ("a New Jersey
    Watchdog report released by the governor's office"), nor an amount ("trails in the
    average of polls by nearly 9 points")."""
    words = sent.words
    return sent.lows[a] not in _BY_AMOUNT \
        and not any(words[t][:1].isupper() and sent.lows[t] not in DETERMINERS
                    for t in range(s, k)) \
        and all(is_word(words[t]) and not words[t][:1].isdigit() for t in range(a, e)) \
        and plausible_np(sent, a, e)


def _name_end_in(sent: Sentence, a: int, z: int) -> int:
    """A named author ends with its name when the document's description goes on after it:
    "An analysis by Politifact | of elections going back to 1972", "a poll from Marquette Law
    School | released Wednesday", "exit polls from the New Hampshire primary|, which …"."""
    words, lows = sent.words, sent.lows
    t = a + (lows[a] == "the")
    if t >= z or not words[t][:1].isupper():
        return z
    joint = None
    while t < z and (words[t][:1].isupper() and is_word(words[t]) or t + 1 < z and (
            lows[t] in ("of", "for", "and", "&", "at", "on") or words[t] == "/") and (
                words[t + 1][:1].isupper() or lows[t + 1] == "the" and t + 2 < z
                and words[t + 2][:1].isupper())):
        if not words[t][:1].isupper() and lows[t] not in ("and", "&") and words[t] != "/":
            joint = t  # (after "and" a lowercase word heads the second name: "Mediazona
            # and the BBC's Russian service")
        t += 1 + (t + 1 < z and lows[t + 1] == "the" and lows[t] != "the")
    if joint is not None and t < z and words[t][:1].islower() and is_word(words[t]) \
            and lows[t] not in PREPOSITIONS and lows[t] not in RELATIVES \
            and not lows[t].endswith("ed") and lows[t] not in RELEASED:
        # "the ISW | of Russian losses": the name ended before "of" (but "the Institute for
        # the Study of War | published Tuesday" ends at the participle)
        return joint
    if t < z and (lows[t] in PREPOSITIONS and t + 1 < z and words[t + 1][:1].islower()
                  and lows[t + 1] not in DETERMINERS
                  or words[t][:1].islower() and lows[t].endswith("ed") or lows[t] in RELEASED):
        return t  # "Politifact | of presidential elections", "Marquette | released Wednesday"
    while t < z and words[t][:1].islower() and is_word(words[t]) \
            and lows[t] not in PREPOSITIONS and lows[t] not in RELATIVES:
        t += 1  # "the New Hampshire primary": a name that modifies a noun
    return t if t < z and (not is_word(words[t]) or lows[t] in RELATIVES) else z


# Where a piece by someone appears: "a post by Zelenskyy on X", "an op-ed by Sybiha in Foreign
# Affairs", "comments by a blogger on Telegram".
PLATFORMS = frozenset("""x twitter telegram facebook instagram youtube tiktok weibo vk truth
    bluesky threads substack""".split())
_PUBLISHED_PIECES = frozenset("""op-ed oped article essay column commentary editorial letter
    piece""".split())


def _published_where(sent: Sentence, k: int, t: int) -> bool:
    """Whether the author of the piece at ``k`` ends before ``t``, where the platform or the
    publication it appeared on or in is named: it is where, not who."""
    lows, words = sent.lows, sent.words
    return lows[t] == "on" and lows[t + 1] in PLATFORMS \
        or lows[t] == "in" and lows[k] in _PUBLISHED_PIECES and words[t + 1][:1].isupper()


# Words that link a person to what they know of: "a person familiar with the assessment",
# "an official briefed on the report"; the document after them is no source's head.
_COMPLEMENT_LINKS = frozenset({"familiar", "briefed", "close", "involved"})


def maker_owned(sent: Sentence, k: int) -> bool:
    """The picture or map at ``k`` belongs to a named maker ("ISW's maps", "Maxar's satellite
    images"), who shows with it what they found."""
    return _name_possesses(sent, max(0, k - 2), k)


def _owner_opens(sent: Sentence, s: int, k: int) -> bool:
    """The phrase from ``s`` opens with its capitalised possessor, nothing before it but its
    own name ("The Bank of England's latest report", not "Researchers at Tel Aviv's …")."""
    p = next(t for t in range(s, k) if sent.lows[t].endswith(("'s", "s'")))
    return all(sent.words[t][:1].isupper() or sent.lows[t] in ("the", "of", "for", "and")
               for t in range(s, p))


def _body_named(sent: Sentence, s: int, k: int) -> bool:
    """The capitalised words after the possessor up to the document noun at ``k`` name a
    body through "for" or "of": "Warsaw's Centre for Eastern Studies" is a centre, not
    studies by Warsaw (where "The Bank of England's Monetary Policy Report" is a report)."""
    p = next(t for t in range(s, k) if sent.lows[t].endswith(("'s", "s'")))
    return any(sent.lows[t] in ("for", "of") for t in range(p + 1, k))


def _name_possesses(sent: Sentence, a: int, b: int) -> bool:
    """A capitalised possessive ("ISW's", "The Kiel Institute's") stands in ``[a, b)``."""
    return any(sent.lows[t].endswith(("'s", "s'")) and sent.words[t][:1].isupper()
               for t in range(a, b))


# The only words document_author reads an author around: sources without one skip it.
_AUTHORED_HEADS = DOC_NOUNS | PICTURES


def document_author(sent: Sentence, s: int, e: int) -> tuple[int, int] | None:
    """"X's report concluded", "a new assessment by X warns": the author is the source.
    Only for a named author, so "the latest poll" stays as it is."""
    lows, words = sent.lows, sent.words
    if _AUTHORED_HEADS.isdisjoint(lows[s:e]):
        return None  # most sources ("Trump", "officials"): no word below would be read
    for k in range(s, e):
        if lows[k] in PICTURES and k + 3 < e and (lows[k + 1] in PASSIVE_ONLY
                                                  or lows[k + 1] in _AUTHORED) \
                and (lows[k + 2] == "by" or lows[k + 2] in ("with", "to")
                     and "by" in lows[k + 3:k + 6]) \
                and any(words[t][:1].isupper() for t in range(k + 3, e)) \
                and not (words[k][:1].isupper() and k > 0):
            # "satellite images released by Maxar show …", "Images shared with reporters by
            # the border guard showed": pictures with their maker
            pass
        elif lows[k] in PICTURES and k == e - 1 and words[k][:1].islower() \
                and maker_owned(sent, k):
            pass  # "Maxar's satellite images show …": the maker's own
        elif lows[k] in DOC_NOUNS and k == e - 1 and _name_possesses(sent, s, k - 1) \
                and _owner_opens(sent, s, k) and not _body_named(sent, s, k):
            # "The Kiel Institute's Ukraine Support Tracker shows": a titled document (not
            # "Researchers at Tel Aviv's Institute for National Security Studies")
            pass
        elif lows[k] not in DOC_NOUNS or words[k][:1].isupper() and k > 0:
            # "the Institute for the Study of War": a name, not a document; but the first word
            # has its capital from the sentence: "Data compiled by the ministry show …"
            continue
        if k > s + 1 and lows[k - 1] not in ("of", "from", "by") and any(
                lows[t] in _COMPLEMENT_LINKS for t in range(s + 1, k)):
            break  # "a person familiar with the U.S. intelligence assessment": not its author
        b = k + 1
        if b + 2 < e and words[b] == "," and lows[b + 1] in _ASIDE_MAKING:
            b += 1  # "The figures, shared with reporters by the mayor's office, show"
        if b + 1 < e and lows[b] in _ASIDE_MAKING and lows[b] not in RECEIVED:
            # (not "a report obtained by the Times": who got it)
            b += 1  # "data compiled by X", "a statement issued (on) Friday by X"
            if b + 1 < e:
                b = date_end(sent, b)
            if lows[b] in ("with", "to"):
                # "an assessment shared with allies by X", "The letter, sent to Seoul by the
                # ministry,": those it went to come first
                b = next((t for t in range(b + 2, min(e - 1, b + 5)) if lows[t] == "by"), b)
            if lows[b] != "by":
                b = k + 1
        if b + 1 < e and lows[b] == "of" and lows[k] in _TOPIC_OF:
            # "an analysis of satellite images by the ISW": the author follows "by"
            b = next((t for t in range(b + 2, min(e - 1, b + 8)) if lows[t] == "by"), e)
        # "a video from the Ukrainian military" made it; "footage from the scene" shows it
        # (only "by" after a capitalised first word: "Data from the 2014 American Community
        # Survey show" is the data, which a reader names with its survey)
        from_author = b == k + 1 < e - 1 and (k > 0 or lows[b] == "from") and (
            lows[b] == "of" or lows[b] == "from" and (
            lows[k] not in MEDIA_BEFORE or not SPEAKER_HEADS.isdisjoint(lows[b:e]))
            or lows[b] == "in" and lows[k] in PAPERS_OWN and lows[b + 1] not in DATE_WORDS
            and not lows[b + 1][:1].isdigit())
        # ("An editorial in Rodong Sinmun said", "a report in the Korea Herald": the paper's
        # own voice; not "a report in March")
        if b + 1 < e and (lows[b] == "by" or from_author):
            a = b + 1
            # The author ends where a phrase after "by" ends, before the subject's trailing
            # date: "A survey by the organization in March found …" -> the organization
            dated = lows[e - 1] in DATE_WORDS or any(
                lows[t] in MONTH_ABBREVIATIONS or lows[t] in DATE_WORDS
                and lows[t] not in ("on", "in") and not is_name_word(sent, t)
                for t in range(a + 1, e))  # ("by the BLS on Jan. 10"; not "USA TODAY")
            z = min(e, (right_np(sent, a) or (a, e))[1]) if dated else e
            z = _name_end_in(sent, a, z)
            if lows[b] == "by" and singular(lows[k]) in ("poll", "survey"):
                z = client_cut(sent, a, z)
            z = next((t for t in range(a + 1, z - 1) if _published_where(sent, k, t)), z)
            named = words[a + (lows[a] == "the")][:1].isupper() or people(sent, a) and any(
                words[t][:1].isupper() for t in range(a, z)) if lows[b] != "by" \
                else any(words[t][:1].isupper() for t in range(a, z))
            # ("estimates from researchers at ISW": people of a named body)
            if named or lows[b] == "by" and (
                    _by_author(sent, s, k, a, z)):
                return sent.starts[a], sent.ends[z - 1]
        n = len(lows)
        by = _aside_by(sent, e)
        if k == e - 1 and by + 1 < n and words[e] == "," and lows[by] in ("from", "by") \
                and k > s and lows[k - 1] not in POSSESSIVE_PRONOUNS:
            # "A second report, from the Washington Post, said": its author set off by commas
            span = right_np(sent, by + 1)
            if span is not None and span[1] < n \
                    and words[date_end(sent, span[1])] == "," \
                    and (any(words[t][:1].isupper() for t in range(span[0], span[1]))
                         or lows[by] == "by" and by > e + 1 and _by_author(sent, s, k, *span)):
                # ("The statement, issued by the ministry, said"; not "…, from the past
                # week, said", "…, by contrast, said")
                return sent.starts[span[0]], sent.ends[span[1] - 1]
        tail = k + 2 if k + 2 < e and words[k + 1] == "," else k + 1
        if "," in words[s:k]:
            continue  # "X, who was asked about Trump's remarks": an aside ends in the document
        if k == e - 1 or (lows[tail] in _DOC_TAIL or lows[tail] in _SEEN) and e - k <= 8 \
                and all(is_word(words[t]) for t in range(tail, e) if words[t] != ","):
            # "X's report", "the Kremlin's readout of the call", "Zelenskyy's post on X"
            a = s + 1
            while a < k and not words[a][:1].isupper():
                a += 1
            z = k  # "A State Department fact sheet", "a Pentagon intelligence assessment"
            while z - 1 > a and z > k - 2 and words[z - 1][:1].islower() \
                    and lows[z - 1].isalpha() and lows[z - 1] not in DOC_NOUNS:
                z -= 1
            if s < a < z and all(words[t][:1].isupper() and not lows[t].endswith(("'s", "s'"))
                                 for t in range(a, z)) and lows[s] in DETERMINERS \
                    and lows[k] not in POLL_NOUNS and (z == k or lows[z - 1] not in DEMONYMS
                                                        and lows[z - 1] not in ("u.s.", "u.k.")):
                # ("a South Korean intelligence assessment", "a U.S. intelligence assessment":
                # an adjective, not its author)
                return sent.starts[a], sent.ends[z - 1]  # "A Pentagon assessment seen by …"
            for p in range(k - 1, s - 1, -1):
                if lows[p].endswith("'s") or lows[p].endswith("'"):
                    if not any(words[t][:1].isupper() for t in range(s, p + 1)) \
                            or lows[p][:-2] in DATE_WORDS:
                        return None  # "July's Washington Post/ABC News polling": a date
                    start = sent.starts[s]
                    # "The Ministry of Defence's intelligence update": the owner is a body
                    # already, so "intelligence" is the kind of update, not its author.
                    owner_body = any(lows[t].rstrip("s").rstrip("'\u2019") in SPEAKER_HEADS
                                     for t in range(s, p + 1))
                    body = None if owner_body else next(
                        (t for t in range(k - 1, p, -1) if lows[t] in SPEAKER_HEADS
                         and words[t][:1].islower()), None)  # (not "ISW's Campaign Assessment")
                    if body is not None and (lows[body - 1] in _POSSESSIVE_ADJECTIVES
                                             or lows[body - 1] in _PERIODICAL):
                        # "ISW's latest campaign assessment": right after a describing
                        # adjective the body word is the document's kind, the owner its author
                        body = None
                    if body is not None:
                        return start, sent.ends[body]  # "Ukraine's military intelligence report"
                    cut = sent.ends[p] - (2 if lows[p].endswith("'s") else 1)
                    return (start, cut) if cut > start else None
    return None
