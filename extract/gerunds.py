"""Gerund and participle cues: "saying", "adding", "telling", "claiming".

A gerund has no subject of its own, so its speaker is whoever the sentence makes do the
saying: the subject of a progressive ("X is telling supporters …"), of the main clause a
trailing gerund hangs on ("X attacked Y, saying …"), of the clause after an opening phrase
("After saying …, she …"), the speaker of the reporting clause just before it ("…, said
Peskov, noting …"), the sender of a message ("issued a statement saying …"), the one seen
or heard ("the video shows one prisoner saying …"), a polled share ("62 percent of voters
saying …") or the one quoted ("was quoted as saying …"). A gerund under a modal ("will
travel to Kyiv before announcing") is not said yet.
"""

from __future__ import annotations

from extract.cues import (
    AUX,
    BOUNDARY,
    CUES,
    DATE_WORDS,
    DETERMINERS,
    MODAL_SKIP,
    NEGATION,
    PARTICLES,
    PREPOSITIONS,
    Cue,
)
from extract.documents import MESSAGE_NOUNS
from extract.model import Hit
from extract.not_statements import adds_to, armed_attack, no_statement
from extract.phrases import (
    ADVERBIAL_OPENERS,
    IRREGULAR_PAST,
    OBJECT_PRONOUNS,
    SHARES,
    SKIPPABLE_OPENERS,
    SUBORDINATORS,
    adverb_opener,
    appositive_subject,
    cue_in_name,
    is_dash,
    left_np,
    negated_subject,
    piece_end,
    plausible_np,
)
from extract.subjects import (
    BE,
    POSSESSIVE_PRONOUNS,
    THEN,
    adverb,
    coordinated_subject,
    finite_verb,
    new_clause_before,
    own_subject,
    particle_at,
    piece_start,
    piece_subject,
    speaking_phrase,
)
from extract.tokens import CLOSE_QUOTES, OPEN_QUOTES, Sentence, is_word, quote_spans

# Contracted auxiliaries split off a pronoun by the tokenizer ("he's said", "who'd endorsed").
CONTRACTED = frozenset({"'s", "'ve", "'re", "'m", "'d"})
ONGOING = frozenset({"continued", "continues", "continue", "began", "begins", "begun",
                     "started", "starts", "proceeded", "kept", "keeps", "keep"})
NO_CUE = Cue("", 0.0, False, False)
# "She remembers telling him that …": the one remembering told it.
_REMEMBERING = frozenset({"remember", "remembers", "remembered"})


# Gerunds that are adjectives after "is" when nothing follows them ("the job is demanding",
# "the town was welcoming and warm"); the others after "is" are progressives.
_ADJECTIVE_TOO = frozenset({"demand", "welcome", "promise"})  # "the results were promising"
_AFTER_ADJECTIVE = frozenset({"and", "or", "but", ",", ".", ";", "to", "for"})


# Participles of perceiving in a passive before a gerund: "can be heard saying".
_PERCEIVED = frozenset({"heard", "seen", "filmed", "recorded", "caught"})


def gerund_cue(sent: Sentence, i: int, cue: Cue) -> Hit | None:
    """"X is telling supporters …" (progressive: subject on the left) and "X attacked Y,
    saying …" (the subject of the main clause speaks)."""
    lows = sent.lows
    if i == 0:
        return None
    if cue.lemma in PARTICLES and particle_at(sent, i, cue.lemma) is None:
        return None  # "speaking at a rally"; but "speaking movingly of", as the verb reads
    if adds_to(sent, i, cue) or lows[i - 1] == "precincts" or no_statement(sent, i, cue) \
            or cue.lemma == "attack" and armed_attack(sent, i):
        # "adding to her lead", "with 95 percent of precincts reporting", "units were
        # attacking in dense columns": no claim
        return None
    if lows[i - 1] in ("each", "every", "this", "that", "the") and (
            i + 1 >= len(lows) or not is_word(sent.words[i + 1])):
        return None  # "it grows with each telling": a noun, the telling itself
    if cue.lemma == "repeat" and (i + 1 >= len(lows) or lows[i + 1] not in ("that", ":")
                                  and sent.words[i + 1] not in OPEN_QUOTES):
        return None  # "keep repeating that …", not "repeating the same mistakes"
    if lows[i - 1] == "as":
        return _quoted_as(sent, i, cue)
    seen = seen_saying(sent, i)
    if seen is not None:
        return Hit(seen, i, i, i + 1, cue.weight * 0.85, "subject")
    heard = next((t for t in range(i - 1, max(0, i - 6), -1) if lows[t] in _PERCEIVED
                  and (t == i - 1 or lows[t + 1] in PREPOSITIONS)), None)
    if heard is not None and heard >= 2 and lows[heard - 1] in BE and cue.lemma != "call" \
            and all(is_word(sent.words[u]) for u in range(heard, i)):
        # "a reporter can be heard asking …", "he was seen telling …", "Trump was heard on a
        # microphone telling …": the one heard speaks (not "could be heard calling friends":
        # a phone call)
        j = heard - 2
        while j >= 0 and (lows[j] in AUX or lows[j] in MODAL_SKIP or adverb(sent, j)):
            if lows[j] in NEGATION:
                return None
            j -= 1
        s = left_np(sent, j)
        if s is not None and not negated_subject(sent, s):
            cs = heard if heard == i - 1 else i  # "heard asking"; "telling" after a place
            return Hit(s, j + 1, cs, i + 1, cue.weight * 0.85, "subject")
        return None
    habit = _habit_before(sent, i)
    if habit is not None:
        # "Lavrov is fond of saying", "has made a habit of telling", "has taken to saying":
        # the subject's habit of speech
        s = left_np(sent, habit)
        if s is None or negated_subject(sent, s):
            return None
        return Hit(s, habit + 1, i, i + 1, cue.weight * 0.85, "subject")
    j = i - 1
    be = False
    while j >= 0 and (lows[j] in AUX or lows[j] in BE or lows[j] in CONTRACTED
                      or adverb(sent, j) or lows[j] in ONGOING and not be
                      or lows[j] in _REMEMBERING and j == i - 1):
        if lows[j] in NEGATION or lows[j].endswith("n't"):
            return None
        # "he began dismissing the notion", "Trump kept saying": the subject of the verb
        # that the gerund goes on from speaks, as after "is"
        be = be or lows[j] in BE or lows[j] in ("'s", "'re", "'m") or lows[j] in ONGOING \
            or lows[j] in _REMEMBERING
        j -= 1
    if be:
        if cue.lemma in _ADJECTIVE_TOO and (i + 1 >= len(lows) or lows[i + 1] in _AFTER_ADJECTIVE
                                            and not (cue.lemma == "promise"
                                                     and lows[i + 1] == "to")):
            # "because it is demanding and time-consuming", "the results were promising": an
            # adjective (but "is promising to cut taxes")
            return None
        s = left_np(sent, j)
        if s is not None and not negated_subject(sent, s):
            return Hit(s, j + 1, i, i + 1, cue.weight, "subject")
        return None
    p = _gerund_preposition(sent, i)
    if p is not None and p > 0 and sent.words[p - 1] == ",":
        # "Trump, after railing against …, produced …": the name before the phrase
        span = _subject_around(sent, p, i)
        if span is not None:
            return Hit(span[0], span[1], i, i + 1, cue.weight * 0.9, "gerund")
    if p is None and lows[i - 1] == "in" and _opens_sentence(sent, i - 1):
        p = i - 1  # "In defending himself, Trump offered …"
    if p is not None and _opens_sentence(sent, p):
        # "After saying her foot was swollen, she was …": the subject after the phrase
        span = _subject_after(sent, i)
        return None if span is None else Hit(span[0], span[1], i, i + 1, cue.weight * 0.9,
                                             "gerund")
    at = i - 1
    if i > 2 and sent.words[i - 1] in CLOSE_QUOTES and sent.words[i - 2] == ",":
        # "a defense of “New York values,” saying": the comma sits inside the quotation.
        at = next((a for a, b in quote_spans(sent) if b == i - 1), -1)
        if at < 1:
            return None
    elif i > 2 and (adverb(sent, i - 1) or lows[i - 1] in THEN) and sent.words[i - 2] == ",":
        at = i - 2  # "…, eventually saying", "…, later saying"
    elif (m := _message_before(sent, i)) is not None:
        at = m  # "X issued a statement saying …", "she sent an email saying …"
        if (sender := _embedded_sender(sent, m)) is not None:
            return Hit(sender[0], sender[1], i, i + 1, cue.weight * 0.9, "gerund")
    elif p is not None and p > 1 and sent.words[p - 1] == ",":
        at = p - 1  # "…, but he refuses to discuss it, aside from saying …": as ", saying"
    elif lows[i - 1] in ("and", "or") and (t := _first_conjunct(sent, i)) is not None:
        # "…, calling him a “stiff” and accusing him of …": whoever the first gerund's
        # subject is says the second too
        first = gerund_cue(sent, t, NO_CUE)
        if first is None:
            return None
        return Hit(first.s, first.e, i, i + 1, cue.weight * 0.75, first.kind)
    elif sent.words[i - 1] != "," and not (p is not None and i > 1):
        # "…, with 50 percent saying she is ready": the phrase after "with" speaks.
        w = next((t for t in range(i - 2, max(-1, i - 9), -1) if lows[t] == "with"), None)
        if w is not None and not negated_subject(sent, w + 1) and all(
                is_word(sent.words[t]) or sent.words[t] in ("%", "(", ")")
                for t in range(w + 1, i)) and plausible_np(sent, w + 1, i):
            # (also "with Rep. Jamie Raskin (D-Md.) calling it …")
            return Hit(w + 1, i, i, i + 1, cue.weight * 0.85, "subject")
        share = _share_saying(sent, i) if lows[i] == "saying" else None
        if share is not None:
            return Hit(share, i, i, i + 1, cue.weight * 0.85, "subject")
        return None  # "X landed in trouble by saying …" shares the subject too
    if p is not None and lows[p] != "by" and _not_yet(sent, p):
        # "X will travel to Kyiv before announcing …": nothing said yet. (A manner, "he
        # could do this by telling Grassley …", PolNeAR marks as the speaker's.)
        return None
    span = _speaker_before(sent, at)
    if span is None and sent.words[at] == "," and new_clause_before(sent, at):
        span = piece_subject(sent, at)
        if span is None and own_subject(sent, at):
            return None  # "…, but the mayor refuses …, saying": not the first clause's subject
    span = span or _plural_subject_before(sent, at) or coordinated_subject(sent, at) \
        or piece_subject(sent, at)
    if span is None or span[1] - span[0] == 1 and lows[span[0]] in PREPOSITIONS:
        return None  # ("Among them were … soldiers captured while defending …": no subject)
    return Hit(span[0], span[1], i, i + 1, cue.weight * 0.9, "gerund")


# Shares of a polled group: "the share of Republicans saying", "62 percent of voters saying".
_SHARE_NOUNS = SHARES | frozenset({"%", "share", "proportion", "percentage"})


def _share_saying(sent: Sentence, i: int) -> int | None:
    """"the share of Republicans saying …", "left 62 percent of voters saying …": the polled
    share before "saying" (token ``i``) says it, as after "with" ("with 30 percent saying").
    The start of the share's phrase: a share noun, then "of" and a few words (no comma,
    verb or clause) up to the gerund; else None."""
    words, lows = sent.words, sent.lows
    for t in range(i - 2, max(0, i - 8), -1):
        if not is_word(words[t]) and words[t] != "%" or lows[t] in BOUNDARY:
            return None
        if lows[t] in _SHARE_NOUNS and lows[t + 1] == "of":
            s = left_np(sent, t)
            if s is None:
                return t
            verb = next((u for u in range(t - 1, s - 1, -1)
                         if lows[u] in IRREGULAR_PAST or lows[u].endswith("ed")), None)
            return s if verb is None else verb + 1  # "have left 62 percent of voters saying"
    return None


# Prepositions whose gerund shares the subject of the clause it hangs on: "X began by saying",
# "X was booed after telling", "before asking", "upon saying", "despite admitting", "aside
# from saying". Not "for" ("criticized Y for saying": Y speaks), "from" ("kept Y from
# writing"), "without" (nothing said), "of" or "in" (mostly a noun's or adjective's; "in"
# only when its phrase opens the sentence: "In defending himself, Trump …").
_GERUND_PREPOSITIONS = frozenset({"by", "while", "after", "before", "upon", "despite"})


# Phrases of a habit before a gerund, and the words that may lead up to them.
_HABITS = (("fond", "of"), ("habit", "of"), ("taken", "to"), ("took", "to"), ("takes", "to"))
_HABIT_LEADS = frozenset({"a", "the", "in", "made", "makes", "make", "very", "so", "long"})


def _habit_before(sent: Sentence, i: int) -> int | None:
    """The last token of the subject before a habit phrase ending at the gerund ``i``, or
    None. A negation on the way says there is no such habit."""
    lows = sent.lows
    phrase = next((h for h in _HABITS if i >= 3 and tuple(lows[i - 2:i]) == h), None)
    if phrase is None:
        return None
    j = i - 3
    while j >= 0 and (lows[j] in _HABIT_LEADS or lows[j] in AUX or lows[j] in BE
                      or lows[j] in CONTRACTED or adverb(sent, j)):
        if lows[j] in NEGATION or lows[j].endswith("n't"):
            return None
        j -= 1
    return j if j >= 0 and is_word(sent.words[j]) else None


def _gerund_preposition(sent: Sentence, i: int) -> int | None:
    """Where the preposition before the gerund at ``i`` starts, when it is one of
    ``_GERUND_PREPOSITIONS`` or "aside/apart from" (so the subject of the clause the phrase
    hangs on says it), an adverb allowed between ("after initially saying"); else None."""
    lows = sent.lows
    p = i - 1
    if p > 0 and lows[p] not in _GERUND_PREPOSITIONS and adverb(sent, p):
        p -= 1
    if lows[p] in _GERUND_PREPOSITIONS:
        return p
    if lows[p] == "from" and p > 0 and lows[p - 1] in ("aside", "apart"):
        return p - 1
    return None


def _not_yet(sent: Sentence, at: int) -> bool:
    """The clause that ends at ``at`` (before a gerund's preposition) has a
    modal ("will travel to Kyiv before announcing", "could win by saying"): the gerund is
    not said yet, as "will say" is not."""
    lows = sent.lows
    c = piece_start(sent, at, 15)
    return any(lows[t] in MODAL_SKIP and lows[t] != "to" for t in range(max(c + 1, at - 15), at))


def _first_conjunct(sent: Sentence, i: int) -> int | None:
    """The gerund that the one at ``i`` (after "and"/"or") is coordinated with: the nearest
    lowercase -ing word before it in the clause, not a noun after a determiner ("the
    breaking news"); None at a semicolon or colon, or past 25 tokens."""
    words, lows = sent.words, sent.lows
    for t in range(i - 2, max(0, i - 26), -1):
        if words[t] in (";", ":"):
            return None
        low = lows[t]
        if len(low) > 4 and low.endswith("ing") and low.isalpha() and words[t][:1].islower():
            prev = lows[t - 1]
            if prev in DETERMINERS or prev in POSSESSIVE_PRONOUNS or prev.endswith("'s"):
                return None
            return t
    return None


def _opens_sentence(sent: Sentence, p: int) -> bool:
    """The phrase at ``p`` opens the sentence, after "But", "Yet", "Now," or a short
    adverbial ("On Monday, after saying …") at most: then the subject after it says the
    gerund, not anything before it."""
    lows = sent.lows
    q = p
    while q > 0 and (lows[q - 1] in SKIPPABLE_OPENERS or sent.words[q - 1] == ","):
        q -= 1
    if 0 < q < p and sent.words[q] == "," and q <= 6 and piece_start(sent, q, 8) < 0 \
            and (lows[0] in ADVERBIAL_OPENERS or lows[0] in DATE_WORDS or adverb_opener(sent, 0)):
        return True
    return q == 0


def _phrase_close(sent: Sentence, i: int) -> int | None:
    """The first token after the comma that closes the gerund phrase at ``i`` ("After saying
    her foot was “so swollen,” she …": the comma may sit inside a closing quotation), or
    None when the sentence or clause ends first."""
    words = sent.words
    spans = {a: b for a, b in quote_spans(sent) if a > i}
    k = i + 1
    while k < len(words) and k - i <= 40:
        if k in spans:
            b = spans[k]
            if words[b - 1] == "," and b + 1 < len(words):
                return b + 1
            k = b + 1
            continue
        if words[k] == ",":
            return k + 1 if k + 1 < len(words) else None
        if words[k] in (";", ":", ".", "?", "!") or is_dash(sent, k):
            return None
        k += 1
    return None


def _subject_after(sent: Sentence, i: int) -> tuple[int, int] | None:
    """The subject of the clause after the gerund phrase at ``i`` that opens the sentence."""
    k = _phrase_close(sent, i)
    if k is None:
        return None
    return piece_subject(sent, piece_end(sent.words, k))


def _subject_around(sent: Sentence, p: int, i: int) -> tuple[int, int] | None:
    """"Trump, after railing against …, produced …": the noun phrase before the comma at
    ``p - 1``, when a finite verb follows the comma that closes the phrase."""
    k = _phrase_close(sent, i)
    if k is None or not finite_verb(sent, k - 1, k) or p < 2:
        return None
    if sent.lows[k] in MODAL_SKIP:
        return None  # "The president, before announcing …, will travel": not said yet
    s = left_np(sent, p - 2)
    if s is None or not speaking_phrase(sent, s, p - 1):
        return None
    return s, p - 1


QUOTED = frozenset({"quoted", "cited", "quoting", "citing", "quotes", "cites"})


def _message_before(sent: Sentence, i: int) -> int | None:
    """"X issued a statement (on Friday) saying …", "published an open letter calling …",
    "posted a statement on Telegram saying …": the sender speaks. The determiner of the
    message, where the clause before it ends, or None."""
    words, lows = sent.words, sent.lows
    m = i - 1
    while m > 2 and i - m <= 3 and lows[m] in DATE_WORDS:
        m -= 1
    if lows[m] not in _SENT_THINGS:
        # where the message went up: "on Telegram", "on its website", "to social media"
        on = next((t for t in range(m, max(2, m - 3), -1) if lows[t] in ("on", "to")), None)
        if on is None or on == m or lows[on - 1] not in _SENT_THINGS \
                or not all(is_word(words[u]) for u in range(on + 1, m + 1)):
            return None
        m = on - 1
    d = m - 1
    while d > 1 and m - d <= 2 and words[d].isalpha() and words[d].islower() \
            and lows[d] not in DETERMINERS and lows[d] not in _SEND_VERBS:
        d -= 1  # "an open letter", "a lengthy joint statement"
    if d < 1 or lows[d] not in DETERMINERS:
        return None
    if lows[d - 1] in _SEND_VERBS or d >= 2 and lows[d - 1] == "off" and lows[d - 2] in _FIRED:
        return d  # (also "fired off a tweet saying")
    if d >= 3 and lows[d - 1] == "with" and lows[d - 2 - (lows[d - 2] == "up")] in _ANSWERED:
        # "The campaign responded with a statement calling …", "hit back with a post",
        # "followed up with a tweet"
        return d
    return None


def _embedded_sender(sent: Sentence, d: int) -> tuple[int, int] | None:
    """The sender of the message whose determiner is at ``d`` when the sending is a clause
    inside another ("She spoke to reporters after Trump posted a tweet saying …"): the noun
    phrase right before the verb, not the subject of the sentence. None when the sending
    clause is the sentence's own; its subject is read as any gerund's."""
    lows = sent.lows
    j = d - 3 if lows[d - 1] == "off" else d - 2
    while j >= 0 and (lows[j] in AUX or adverb(sent, j)):
        if lows[j] in NEGATION or lows[j].endswith("n't"):
            return None
        j -= 1
    if j < 1 or not is_word(sent.words[j]):
        return None
    s = left_np(sent, j)
    if s is None or s == 0 or lows[s - 1] not in SUBORDINATORS or negated_subject(sent, s) \
            or not speaking_phrase(sent, s, j + 1):
        return None
    return s, j + 1


_SEND_VERBS = frozenset("""issued issues issue sent sends send released releases release posted
    posts post wrote writes write published publishes held holds put puts tweeted tweets
    circulated circulates shared shares share delivered delivers deliver unleashed unleashes
    gave gives give ran runs aired airs""".split())
_FIRED = frozenset({"fired", "fires", "fire", "shot", "dashed", "sent"})
_ANSWERED = frozenset("""responded responds respond replied replies reacted reacts countered
    counters followed follows back""".split())
# What a sender sends: the messages ("a series of tweets", "posts") and a speech given.
_SENT_THINGS = MESSAGE_NOUNS | frozenset("""messages tweets posts emails e-mails notes memos
    releases videos speech speeches address remarks commentary commentaries editorial
    editorials article articles op-ed column""".split())


PERCEPTION = frozenset("""show shows showed shown showing hear hears heard hearing see sees
    saw seen depict depicts depicted watch watches watched watching""".split())


def seen_saying(sent: Sentence, i: int) -> int | None:
    """"The video shows one prisoner saying …", "reporters heard him saying …": the one
    shown or heard speaks. The start of that phrase, or None."""
    lows, words = sent.lows, sent.words
    for t in range(i - 1, max(-1, i - 6), -1):
        if lows[t] in PERCEPTION:
            if t + 1 < i and lows[t + 1] in PREPOSITIONS:
                return None  # "was heard on a microphone telling": a place, not who is heard
            if t + 1 < i and all(is_word(words[u]) for u in range(t + 1, i)) and (
                    plausible_np(sent, t + 1, i)
                    or t + 2 == i and lows[t + 1] in OBJECT_PRONOUNS):
                return t + 1
            return None
        if not is_word(words[t]) or lows[t] in BOUNDARY and lows[t] not in OBJECT_PRONOUNS:
            return None
    return None


def _quoted_as(sent: Sentence, i: int, cue: Cue) -> Hit | None:
    """"Lavrov was quoted (by TASS) as saying …": the subject of "was quoted" speaks; the
    cue runs from the auxiliary to the gerund."""
    lows = sent.lows
    for q in range(i - 2, max(0, i - 14), -1):
        if lows[q] in QUOTED:
            b = q - 1
            if b > 0 and adverb(sent, b):
                b -= 1  # "was widely quoted"
            if lows[b] not in BE:
                # "Yonhap quoted an NIS official as saying …": the one quoted speaks.
                if q + 1 < i - 1 and (plausible_np(sent, q + 1, i - 1)
                                      or q + 2 == i - 1 and lows[q + 1] in ("him", "her", "them")) \
                        and all(is_word(sent.words[t]) for t in range(q + 1, i - 1)):
                    # (also "TASS quoted him as saying": the pronoun is resolved like "he")
                    return Hit(q + 1, i - 1, i, i + 1, cue.weight, "subject")
                words = sent.words
                comma = next((t for t in range(q + 2, i - 2) if words[t] == ","), None)
                if comma is not None and words[i - 2] == "," \
                        and (words[q + 1][:1].isupper() or lows[q + 1] in ("the", "a", "an")) \
                        and plausible_np(sent, q + 1, comma) \
                        and all(is_word(words[t]) for t in range(comma + 1, i - 2)):
                    # "RIA Novosti quoted Apti Alaudinov, commander of …, as saying", "TASS
                    # quoted the plant's director, Yuri Chernichuk, as saying": with the
                    # appositive
                    return Hit(q + 1, i - 2, i, i + 1, cue.weight, "subject")
                return None
            if b >= 2 and sent.words[b - 1] == ",":
                # "The chief executive, Chris Weston, was quoted as saying"
                span = appositive_subject(sent, b - 1)
                if span is None:
                    return None
                return Hit(span[0], span[1], b, i + 1, cue.weight * 0.9, "subject")
            s = left_np(sent, b - 1)
            if s is None or negated_subject(sent, s):
                return None
            return Hit(s, b, b, i + 1, cue.weight, "subject")
        if not is_word(sent.words[q]) and sent.words[q] not in (".", ","):
            return None
    return None


def _plural_subject_before(sent: Sentence, comma: int) -> tuple[int, int] | None:
    """"Russian military bloggers, writing on Telegram, claimed …": a plural noun phrase with
    no verb in it opens the clause and ends at the comma, so the whole of it is the gerund's
    subject (the name-led reading took "Russian military" alone)."""
    if comma < 2 or sent.words[comma] != ",":
        return None
    lows, words = sent.lows, sent.words
    s = left_np(sent, comma - 1)
    head = lows[comma - 1]
    if s is None or s >= comma - 1 or s > 0 and words[s - 1] not in (",", ";", ":") \
            or not words[comma - 1].islower() or not head.endswith("s") \
            or head.endswith(("ss", "us", "'s")) or head in CUES:
        return None
    if not all(is_word(words[t]) and not lows[t].endswith("ed") and lows[t] not in IRREGULAR_PAST
               and lows[t] not in BE and lows[t] not in CUES for t in range(s, comma)):
        return None
    return (s, comma) if plausible_np(sent, s, comma) else None


def _said_clause(sent: Sentence, s: int, e: int) -> bool:
    """The words after a cue, up to a comma, are what was said, not a speaker after an
    inverted cue: "A teacher, Anna Kim, says the school was hit, noting …", "… says the
    school flooded, adding …" (a verb of their own, where "…, said the teacher, adding"
    has a noun)."""
    lows = sent.lows
    return not BE.isdisjoint(lows[s:e]) or lows[e - 1].endswith("ed") \
        and sent.words[e - 1].islower()


def _speaker_before(sent: Sentence, comma: int) -> tuple[int, int] | None:
    """"…, Ukraine's air force said, adding …" and "…, said Peskov, noting …": the gerund
    goes on with the speaker of the clause just before it, not with the sentence's subject."""
    words, lows = sent.words, sent.lows
    c = comma - 1
    while c >= 0 and comma - c <= 12 and words[c] not in (",", ";", ":") \
            and words[c] not in CLOSE_QUOTES and not is_dash(sent, c):
        c -= 1  # (a dash too: "“…” — Brazil will not accept it — said Mauro Vieira, referring")
    if c < 0 or comma - c > 12:
        return None
    s = c + 1
    if s + 1 < comma and (lows[s] in SUBORDINATORS or lows[s] in ("and", "but")):
        s += 1  # "…, as Mrs. Kim echoed the criticism, saying": the clause's subject follows
    if s < comma and lows[s] in CUES and CUES[lows[s]].lemma in _OBJECT_FIRST:
        return None  # "…, denied the report, saying": an object, not an inverted speaker
    if s < comma and lows[s] in CUES and CUES[lows[s]].invertible:
        e = comma
        if 1 < e - s <= 7 and all(is_word(words[t]) for t in range(s + 1, e)) \
                and lows[s + 1] not in BOUNDARY \
                and (words[s + 1][:1].isupper() or lows[s + 1] in DETERMINERS) \
                and plausible_np(sent, s + 1, e) and not _said_clause(sent, s + 1, e):
            return s + 1, e
        return None
    for v in range(s + 1, comma):
        if (lows[v] in CUES and (not CUES[lows[v]].noun_too or lows[v].endswith("ed"))
                or lows[v] in ("said", "says")) and not cue_in_name(sent, v):
            e = v
            while e > s and (lows[e - 1] in AUX or lows[e - 1] in MODAL_SKIP
                             or lows[e - 1].endswith("n't") or adverb(sent, e - 1)):
                if lows[e - 1] == "to":
                    return None  # "Mr. Harlow tried to explain his vote, saying": an infinitive
                e -= 1  # "…, has rejected the label, noting": "has" is no speaker
            if e > s and (lows[e - 1] in ("and", "but", "or")
                          or e - s == 1 and lows[s] in ("that", "which")):
                return None  # "X appeared on TV and endorsed Y, saying": a coordination
            if e > s and plausible_np(sent, s, e) and all(
                    is_word(words[t]) or words[t] in ("(", ")") for t in range(s, e)):
                return s, e
            return None
    return None


# Cue verbs whose noun phrase after them is their object, never an inverted speaker.
_OBJECT_FIRST = frozenset("""deny reject dismiss echo confirm cite criticize condemn
    denounce dispute challenge praise defend blame accuse call back endorse support
    welcome""".split())
