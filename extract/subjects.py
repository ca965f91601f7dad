"""Who is doing the verb when the subject is not simply the phrase before it.

A cue's source is usually ``left_np`` of the verb; this module reads the subjects that need
more: one shared by two verbs ("Graham called both men crazy and said …"), the subject of
the clause before a trailing gerund ("A group of doctors sent a letter, calling for …"),
conjoined subjects ("Seoul and Washington said"), a subject separated from its verb by a
time phrase, a parenthesis or a floating quantifier ("The ministry on Friday said", "the
generals all said"), and whether a phrase names people or bodies that can speak at all.
It also holds the word tests every cue rule shares: an adverb to step over and where a
verb's particle is ("spoke emotionally of", "spoke to CNN about").
"""

from __future__ import annotations

import re

from extract.cues import (
    AUX,
    BOUNDARY,
    CUES,
    DATE_WORDS,
    DETERMINERS,
    DOC_NOUNS,
    GERUNDS,
    MODAL_SKIP,
    NEGATION,
    PARTICLES,
    PREPOSITIONS,
    PRONOUNS,
    ROLE_NOUNS,
    SPEAKER_HEADS,
)
from extract.phrases import (
    ADVERBIAL_OPENERS,
    AFFILIATED,
    ARTICLES,
    BARE_PLURAL_SOURCES,
    DASHES,
    IRREGULAR_PAST,
    NAME_PARTICLES,
    NUMBER_WORDS,
    OBJECT_PRONOUNS,
    OCCASIONS,
    PREDICATE_AUX,
    QUANTIFIERS,
    RELATIVES,
    SUBORDINATORS,
    TIME_UNITS,
    TITLES_LOWER,
    adverb_opener,
    clause_opener,
    date_end,
    is_dash,
    left_np,
    ly_adverb,
    parenthetical_subject,
    past_form,
    piece_end,
    plausible_np,
    right_np,
    segment_kind,
    singular,
    title_case,
)
from extract.tokens import CLOSE_QUOTES, OPEN_QUOTES, Sentence, is_word, quote_spans

CLAUSE_PUNCT = frozenset(",;:()[]{}\"\u201c\u201d\u2018\u2019'\u00ab\u00bb.!?|/") | DASHES | {"''"}
FIRST_PERSON = frozenset({"i", "we", "you", "i'm", "we're"})
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its"})
_CONJUNCT_OPENERS = ARTICLES | POSSESSIVE_PRONOUNS
BE = frozenset({"is", "was", "were", "are", "been", "be", "being", "am"})
POSSESSIVE_END = re.compile(r"['\u2019]s?$")
YEAR = re.compile(r"(?:19|20)\d\d")
# Auxiliaries that open a direct question before its subject ("Did the Kremlin say …",
# "Has Seoul confirmed …"), and the words that open a question ("What did the NIS tell …").
QUESTION_AUX = frozenset(
    "do does did can could will would should may might must has have had".split())
WH_WORDS = frozenset("what who whom whose why how when where which".split())


def noun_like(sent: Sentence, k: int) -> bool:
    """A lowercase word at ``k`` that a relative clause can follow: no auxiliary, question
    word, preposition, determiner, negation or adverb."""
    word, low = sent.words[k], sent.lows[k]
    return word.isalpha() and word.islower() and low not in BOUNDARY and low not in AUX \
        and low not in QUESTION_AUX and low not in WH_WORDS and low not in PREPOSITIONS \
        and low not in DETERMINERS and low not in NEGATION and not adverb(sent, k)


# Adverbs without "-ly" that stand between a subject and its verb ("has twice complained",
# "may well endorse", "has nevertheless called"), and two-word ones ("in fact", "so far").
PLAIN_ADVERBS = frozenset("""twice thrice sometimes nevertheless nonetheless outright quite
    well even almost live however therefore meanwhile instead indeed overall here there
    thus together much""".split())
# People besides the speaker, role and bare-plural source nouns ``people`` reads, in the
# singular (a plural in -s is read through its singular): those who speak in general news.
_PEOPLE = frozenset("""doctor democrat republican family general lobbyist parent soldier
    teacher troops worker officer nurse student citizen farmer detective investigator
    executive ceo legislator engineer operator pilot firefighter paramedic medic coach player fan
    neighbor neighbour survivor victim relative staffer volunteer organizer protester
    demonstrator opponent agent defector refugee editor broadcaster regulator trader investor
    banker shareholder consumer customer patient sheriff deputy trooper coroner inspector
    auditor employee operative ally consultant congressman congresswoman ambassador
    correspondent commentator colonel insider veteran physician surgeon psychologist
    epidemiologist biologist chemist physicist astronomer partner entrepreneur developer
    landlord tenant priest pastor rabbi imam bishop cardinal pope monk nun brother sister
    colleague delegate rival challenger incumbent donor fundraiser campaigner advocate
    proponent filmmaker actor singer musician artist comedian host anchor producer
    administrator superintendent principal graduate trustee regent commissioner marshal
    ranger warden guard mediator arbiter referee umpire captain counterpart lawyer
    attorney widow widower pensioner retiree blogger""".split())


def people(sent: Sentence, k: int) -> bool:
    """Token ``k`` heads a phrase naming people or bodies that can speak: a name, a
    pronoun, or a speaker noun ("officials", "his aides", "doctors")."""
    low, word = sent.lows[k], sent.words[k]
    if word[:1].isupper() and is_word(word) and low not in DATE_WORDS:
        return True
    base = singular(low)
    return low in ("he", "she", "they", "we") or low in _PEOPLE or base in _PEOPLE \
        or low in SPEAKER_HEADS \
        or low in ROLE_NOUNS or low in BARE_PLURAL_SOURCES or low in AFFILIATED \
        or base in SPEAKER_HEADS or base in ROLE_NOUNS


_PAIR_WORDS = DETERMINERS | POSSESSIVE_PRONOUNS | QUANTIFIERS | frozenset(
    "other former current top senior many some local foreign military close longtime "
    "longstanding trusted".split())


def _people_pair(sent: Sentence, k: int) -> int | None:
    """The start of a short phrase ending at ``k`` (before "and") that opens the clause and
    names people too ("Doctors and aid workers say", "Zelensky and his aides said"): no verb
    can hide in it, since every lowercase word is a determiner, a quantifier or a known
    modifier, and its head names people."""
    lows, words = sent.lows, sent.words
    if not people(sent, k):
        return None
    t = k
    while t > 0 and k - t < 4 and is_word(words[t - 1]) and lows[t - 1] not in BOUNDARY and (
            words[t - 1][:1].isupper() and lows[t - 1] not in DATE_WORDS
            or lows[t - 1] in _PAIR_WORDS or lows[t - 1][:1].isdigit()
            or POSSESSIVE_END.search(lows[t - 1])):
        t -= 1  # ("the senator's aides": the owner is no verb)
    if any(words[u][:1].islower() and lows[u] not in _PAIR_WORDS and not people(sent, u)
           and not POSSESSIVE_END.search(lows[u]) for u in range(t, k + 1)):
        return None
    # After a capitalised word and a comma the phrase may end a list ("Kyiv, Lviv and Odesa")
    # or describe the name before it ("X, president and CEO of …"): other rules read those.
    # A time preposition ("after Nevada and everybody in Washington said") is no clause
    # opener here.
    if t == 0 or words[t - 1] in CLAUSE_PUNCT and words[t - 1] not in CLOSE_QUOTES \
            and not (words[t - 1] == "," and t >= 2 and words[t - 2][:1].isupper()) \
            or lows[t - 1] in ("but", "that") \
            or clause_opener(sent, t - 1) and lows[t - 1] not in _TIME_SUBORDINATORS:
        return t
    return None


_TIME_SUBORDINATORS = frozenset({"after", "before", "since", "until", "once"})


def conjoined(sent: Sentence, s: int, j: int | None = None) -> int:
    """"Seoul and Washington said", "The NIS and the Pentagon said": both conjuncts are the
    subject when the first opens the clause (so "Russia attacked Kyiv and Warsaw said" keeps
    only "Warsaw") and both are names or determined noun phrases."""
    lows, words = sent.lows, sent.words
    if s >= 2 and lows[s - 1] in ("and", "or") and is_word(words[s - 2]) \
            and words[s][:1].islower() and lows[s] not in ARTICLES \
            and (s == 2 or words[s - 3] in CLAUSE_PUNCT) and lows[s - 2] not in BOUNDARY \
            and lows[s - 2] not in DATE_WORDS:
        # "Current and former officials said", "Reporters and editors say"; and a list of
        # names before them: "Zelenskyy, Sybiha and presidential chief of staff Andriy Yermak"
        return _list_start(sent, s - 2)
    if s >= 3 and lows[s - 1] in ("and", "or") and words[s][:1].islower():
        group = _group_with_phrase(sent, s - 2)
        if group is not None:
            return group  # "Experts on North Korea and nuclear proliferation said"
    if s >= 2 and j is not None and lows[s - 1] in ("and", "or") and people(sent, j):
        pair = _people_pair(sent, s - 2)
        if pair is not None:
            # "Doctors and aid workers say", "Zelensky and his aides said"; and a list before
            # them: "Ukraine's military, South Korea's NIS and the Pentagon have all said"
            return _list_start(sent, pair)
    if 2 <= s <= 4 and words[s - 1] == "," and words[s][:1].isupper() and title_case(sent) \
            and (j is None or j - s <= 2) and left_np(sent, s - 2) == 0 \
            and all(_name_word(sent, t) for t in range(0, s - 1)):
        return 0  # "Zelenskyy, Rutte Say …": a headline's comma joins its two speakers
    if s < 2 or lows[s - 1] not in ("and", "or") or not (
            words[s][:1].isupper() or lows[s] in _CONJUNCT_OPENERS):
        return s
    other = left_np(sent, s - 2)
    of = next((t for t in range(s - 2, other, -1) if lows[t] in ("of", "from")), None) \
        if other is not None else None
    if of is not None and of - 1 > other and words[of - 1].islower() and people(sent, of - 1) \
            and all(_name_word(sent, t) for t in range(of + 1, s - 1)) \
            and _opens_clause(sent, other):
        # "the defense ministers of South Korea and the United States said": the two names
        # are the object of "of", so the whole phrase is the subject
        return other
    if other is None or s - 1 - other > 8 or not (words[other][:1].isupper()
                                                   or lows[other] in _CONJUNCT_OPENERS):
        return s
    if other > 0 and words[other - 1] not in CLAUSE_PUNCT and lows[other - 1] not in (
            "but", "and", "that") and not clause_opener(sent, other - 1):
        return s
    if any(not _name_word(sent, t) and not (t == other and lows[t] in _CONJUNCT_OPENERS)
           for t in range(other, s - 1)):
        return s  # "Russia shelled Kharkiv and …": a lowercase verb, so not one name
    return _list_start(sent, other)


def _list_start(sent: Sentence, other: int) -> int:
    """Where a list of subjects whose last two are joined at ``other`` begins."""
    lows, words = sent.lows, sent.words
    while other >= 2 and words[other - 1] == ",":
        # "Ben Carson, Ted Cruz and Rand Paul said", "Ukraine's military, South Korea's NIS
        # and the Pentagon have all said": a list of names and named bodies
        prev = left_np(sent, other - 2)
        if prev is not None and _opens_clause(sent, prev):
            p = next((t for t in range(other - 3, prev, -1) if lows[t] in ("of", "from")), None)
            if p is not None and words[p + 1 + (lows[p + 1] == "the")][:1].isupper() \
                    and all(_name_word(sent, t) for t in range(p + 1, other - 1)):
                # "The leaders of France, Germany and Italy said": the names are the object
                # of the head's preposition, so the list belongs to one subject
                return prev
        if prev is None or not words[prev + (lows[prev] == "the")][:1].isupper() \
                or not all(_name_word(sent, t) and (lows[t] != "of" or t > prev)
                           for t in range(prev, other - 1)) or not _opens_clause(sent, prev):
            break
        other = prev
    return other


def _opens_clause(sent: Sentence, k: int) -> bool:
    """Token ``k`` starts a clause, so a subject may begin there."""
    return k == 0 or sent.words[k - 1] in CLAUSE_PUNCT \
        or sent.lows[k - 1] in ("but", "and") or clause_opener(sent, k - 1)


def _name_word(sent: Sentence, t: int) -> bool:
    """A word a named subject may hold: capitalised, an article or "of", or a title, role or
    body noun ("Ukraine's military", "the Kremlin spokesman", "Seoul's spy agency")."""
    low = sent.lows[t]
    return sent.words[t][:1].isupper() or low in ("the", "a", "an", "of") \
        or low in TITLES_LOWER or low in ROLE_NOUNS or low in SPEAKER_HEADS \
        or low in ("spy", "intelligence", "state") \
        or low in NAME_PARTICLES and (sent.words[t - 1][:1].isupper()  # "von der Leyen"
                                      or sent.lows[t - 1] in NAME_PARTICLES) \
        or low == "for" and sent.lows[t - 1] in SPEAKER_HEADS  # "a spokesperson for the EU"


_GROUP_PREPOSITIONS = frozenset({"on", "in", "of", "at", "from", "across", "around"})


def _group_with_phrase(sent: Sentence, k: int) -> int | None:
    """Where the words before an "and" (ending at ``k``) sit inside a prepositional phrase
    on a plural of people that opens the clause ("Experts on North Korea and …", "Observers
    in Virginia and around the country …"), the start of that plural's phrase: what follows
    "and" is more of the phrase, not a second subject."""
    lows, words = sent.lows, sent.words
    for t in range(k - 1, max(0, k - 5), -1):
        if not is_word(words[t]) or lows[t] in BOUNDARY and lows[t] not in _GROUP_PREPOSITIONS:
            return None
        if lows[t] in _GROUP_PREPOSITIONS and t >= 1 and (
                lows[t - 1] in BARE_PLURAL_SOURCES or lows[t - 1] in AFFILIATED
                and lows[t - 1].endswith("s")):
            start = left_np(sent, t - 1)
            if start is not None and (start == 0 or words[start - 1] in CLAUSE_PUNCT
                                      or lows[start - 1] in ("but", "and", "that")
                                      or clause_opener(sent, start - 1)):
                return start
            return None
    return None


def floating_quantifier(sent: Sentence, k: int) -> bool:
    """"Kyiv and Warsaw have both urged", "the generals all said": a quantifier after the
    subject (or its auxiliary), not a determiner of the verb read as a noun."""
    if sent.lows[k] not in ("both", "all", "each") or k < 1:
        return False
    before, bw = sent.lows[k - 1], sent.words[k - 1]
    return before in AUX or before in PRONOUNS or bw[:1].isupper() \
        or before.endswith("s") and not before.endswith("'s") and before.isalpha() \
        or before.isalpha() and "and" in sent.lows[max(0, k - 5):k - 1]  # "the army both"


def quantifier_subject(sent: Sentence, k: int) -> bool:
    """"Most", "many", "one in five", "two-thirds" standing alone as the subject: at the start
    of a clause, or after "in" ("one in five")."""
    low = sent.lows[k]
    if low not in QUANTIFIERS:
        return False
    if k == 0:
        return True
    before, bw = sent.lows[k - 1], sent.words[k - 1]
    if low in COUNTED and before in ("the", "all"):
        return True  # "The two admit", "majorities in all five say": the counted ones
    return before in ("in", "and", "but", "of", "while", "whereas", "yet", "that") \
        or bw in CLAUSE_PUNCT and bw not in ("-",)


COUNTED = frozenset("two three four five six seven eight nine ten".split())


def particle_at(sent: Sentence, i: int, lemma: str) -> int | None:
    """Where the particle of verb ``i`` is: right after it, or after one "-ly" adverb ("spoke
    emotionally of", "pointed out"); for "speak"/"talk", "about" after a short gap too ("spoke
    to CNN about")."""
    lows = sent.lows
    for k in (i + 1, i + 2):
        if k < len(lows) and lows[k] in PARTICLES[lemma]:
            return k
        if k < len(lows) and not adverb(sent, k):
            break
    if lemma in _TOPIC_VERBS and i + 2 < len(lows) and (lows[i + 1] in _TOPIC_GAP_OPENERS
                                                        or adverb(sent, i + 1)):
        return _particle_after_gap(sent, i)
    return None


# "spoke to CNN about", "talked with reporters on Tuesday about", "spoke instead about": a
# short phrase (whom to, where, when, how) between "speak"/"talk" and the topic's particle.
_TOPIC_VERBS = frozenset({"speak", "talk"})
_TOPIC_GAP_OPENERS = frozenset("to with at on in during before instead again also".split())
_TOPIC_GAP_WORDS = DETERMINERS | PREPOSITIONS | DATE_WORDS | frozenset(
    "to length instead again also".split())


def _particle_after_gap(sent: Sentence, i: int) -> int | None:
    """The "about" after a gap of up to seven words opened by a preposition or an adverb:
    words of a name, determiners, prepositions, dates and adverbs only, no comma, verb or
    clause ("spoke at a rally where he talked about" has its own verb)."""
    words, lows = sent.words, sent.lows
    for k in range(i + 1, min(len(lows), i + 9)):
        if lows[k] == "about" and k > i + 1:
            if k + 1 < len(lows) and (words[k + 1][:1].isdigit() or lows[k + 1] in NUMBER_WORDS
                                      or lows[k + 1] in ("a", "an")):
                return None  # "spoke to reporters for about 10 minutes": a duration
            return k  # not "of": "spoke on the condition of anonymity", "the lobby of"
        if not is_word(words[k]) or not (
                lows[k] in _TOPIC_GAP_WORDS or adverb(sent, k)
                or lows[k] not in BOUNDARY and lows[k] not in CUES
                and lows[k] not in GERUNDS and not lows[k].endswith("ed")):
            return None
    return None


def adverb(sent: Sentence, k: int) -> bool:
    """A lowercase "-ly" word between subject and verb ("he basically said", "was widely
    reported"): an adverb to step over, never the subject."""
    return ly_adverb(sent.lows[k]) and sent.words[k][:1].islower()


THEN = frozenset({"later", "then", "also", "again", "before", "after"})


def before_time_phrase(sent: Sentence, j: int) -> int:
    """"The ministry on Friday said", "The State Department less than two weeks ago said",
    "The NIS in a closed-door briefing said": the token before a time phrase or a reporting
    occasion that sits between subject and verb (else ``j`` itself). Neither is the subject,
    and the subject ends before them."""
    lows, words = sent.lows, sent.words
    for _ in range(2):
        k = j
        if j >= 1 and (lows[j] in _TIME_PHRASE_HEADS or lows[j - 1] in ("in", "since")
                       and YEAR.fullmatch(lows[j])) and not (
                lows[j] in ("may", "march") and words[j][:1].isupper()):
            while k >= 0 and j - k < 7 and (lows[k] in _TIME_PHRASE_WORDS
                                            or words[k][:1].isdigit()):
                k -= 1
        elif j >= 2 and (o := j if lows[j] in OCCASIONS
                         else _occasion_before(sent, j)) is not None:
            k = next((t - 1 for t in range(o - 1, max(0, o - 5), -1)
                      if lows[t] in ("in", "during", "at") and lows[t + 1] in _OCCASION_OPENERS), j)
            if o != j and k >= 0 and (not is_word(words[k]) or adverb(sent, k)):
                k = j  # "…, in an interview with RT he said": the subject follows it
        if k == j or k < 0 or words[k] != ")" and not (words[k] == "," and k >= 3) and (
                not is_word(words[k])
                or lows[k] in BOUNDARY and lows[k] not in _PERFECT and lows[k] not in MODAL_SKIP
                and lows[k] not in ("and", "but")  # ("… but on Tuesday wrote": a conjunct)
                or lows[k] in PREPOSITIONS
                or lows[k] in DETERMINERS
                or lows[k].endswith("ed") and not words[k][:1].isupper()):
            return j  # "The report released on Friday said": the phrase belongs to the subject
        j = k
    return j


def _occasion_before(sent: Sentence, j: int) -> int | None:
    """The occasion noun of "in an interview with the BBC", "in a video address on
    Telegram", "in a statement to Yonhap" that ends at ``j``: the noun, followed by a
    preposition and a few words with no comma, or None."""
    lows, words = sent.lows, sent.words
    if lows[j] in PRONOUNS or not is_word(words[j]):
        return None  # "in an interview with RT he blasted": "he" is the subject
    if OCCASIONS.isdisjoint(lows[max(2, j - 6):j - 1]):
        return None  # no occasion noun where the walk below looks (most subjects)
    for t in range(j - 2, max(1, j - 7), -1):
        if not is_word(words[t + 1]):
            return None
        if lows[t] in OCCASIONS:
            return t if lows[t + 1] in _OCCASION_TAIL else None
    return None


_OCCASION_TAIL = frozenset({"with", "to", "on", "for", "from", "in", "at"})


_TIME_PHRASE_WORDS = DATE_WORDS | TIME_UNITS | frozenset(
    """ago later earlier past coming recent the a an that than less more about nearly almost
    some few several two three four five six seven eight nine ten""".split()
)
# "in a statement", "in his nightly address"; not "the": "the man in the video" is one phrase.
_OCCASION_OPENERS = frozenset({"a", "an"}) | POSSESSIVE_PRONOUNS
_PERFECT = frozenset({"has", "have", "had"})  # "who has in the past described"
_TIME_PHRASE_HEADS = (DATE_WORDS - PREPOSITIONS - frozenset({"this", "last", "next"})) \
    | TIME_UNITS | frozenset({"ago", "later", "earlier", "past"})


def paren_subject(sent: Sentence, close: int) -> tuple[int, int] | None:
    """"Shmyhal (who has led the government since 2020) said": a parenthesis too long for
    ``left_np`` sits between the subject and the verb; read as a pair of dashes is, with
    the closing bracket kept when the parenthesis describes the subject."""
    words = sent.words
    for t in range(close - 1, max(-1, close - 40), -1):
        w = words[t]
        if w == "(":
            return parenthetical_subject(sent, t, t + 1, close, close + 1)
        if w in (")", ";", ":") or w in OPEN_QUOTES or w in CLOSE_QUOTES:
            return None
    return None


_COORD_QUANTIFIERS = frozenset({"several", "many", "some", "most", "both"})


# Conjunctions after a comma that open a clause with a subject of its own.
_CONTRAST = frozenset({"while", "whereas", "although"})


_GENITIVE_END = ("'s", "\u2019s")


def coordinated_subject(sent: Sentence, and_at: int) -> tuple[int, int] | None:
    """"Graham called both men crazy and said …": the subject of the first verb, taken as the
    name or pronoun that opens the sentence (or the clause after a quote)."""
    words, lows = sent.words, sent.lows
    k = and_at - 1
    # A quotation inside the clause ("a defense of “New York values,” saying") is stepped
    # over; an open one (we are inside it) or ";"/":" ends the clause.
    closed = {b: a for a, b in quote_spans(sent) if b < len(words) and b < and_at}
    while k >= 0 and words[k] not in (";", ":"):
        if k in closed and not (closed[k] == 0 and words[k - 1] == ","):
            k = closed[k] - 1
            continue
        if words[k] in OPEN_QUOTES or words[k] in CLOSE_QUOTES:
            break  # also a quoted opening sentence ("“…,” Blige sings before asking"): it ends
        if lows[k] in _CONTRAST and k > 0 and words[k - 1] == ",":
            break  # "X signed an order, while Huckabee proposed … and said": his own clause
        if lows[k] in SUBORDINATORS and lows[and_at] in ("and", "but", "or") \
                and k + 1 < and_at and "," not in words[k + 1:and_at] \
                and (words[k + 1][:1].isupper() and is_word(words[k + 1])
                     or lows[k + 1] in PRONOUNS
                     or lows[k + 1] in ARTICLES and lows[k] != "as"):
            # "Donors were upset after Obama called bankers fat cats and proposed …": the
            # verbs share the subordinate clause's subject ("as a candidate" is no clause)
            break
        k -= 1
    begin = k + 1
    for _ in range(3):
        # "In an interview with CNN, Trump continued …, saying": skip an opening adverbial;
        # also a participle ("Continuing to explain, Kim …") and a time phrase ("The day
        # before, …").
        if begin < and_at and (lows[begin] in ADVERBIAL_OPENERS or lows[begin] in DATE_WORDS
                               or adverb_opener(sent, begin)
                               or len(lows[begin]) > 5 and lows[begin].endswith("ing")
                               and words[begin][:1].isupper() and lows[begin] not in CUES
                               or lows[begin] == "the" and begin + 2 < and_at
                               and lows[begin + 1] in TIME_UNITS
                               | {"next", "following", "previous"}
                               or any(lows[t] in TIME_UNITS and lows[t + 1] in _TIME_SUBORDINATORS
                                      for t in range(begin, min(begin + 3, and_at - 1)))):
            # ("Two weeks after Scalia died, Thomas …", "Years after …, Obama …")
            comma = begin + 1
            while comma < and_at and words[comma] != ",":
                comma += 1
            if comma >= and_at or comma - begin > 12:
                d = date_end(sent, begin)
                if begin < d < and_at and (words[d][:1].isupper() or lows[d] in DETERMINERS):
                    begin = d  # "On Sunday morning Mr. Trump made …": a date, no comma
                    break
                return None
            begin = comma + 1
    for t in range(begin + 1, min(and_at, begin + 6)):
        # "A few minutes later they reversed themselves and said": skip the time phrase.
        if lows[t] in ("later", "ago", "earlier") and lows[t - 1] in TIME_UNITS:
            begin = t + 1
            break
    while begin < and_at and (lows[begin] in ("but", "and", "so", "yet", "then")
                              or not is_word(words[begin])):
        begin += 1
    if begin >= and_at or lows[begin] in BOUNDARY or lows[begin].endswith("'s") and (
            lows[begin][:-2] in BOUNDARY or lows[begin][:-2] == "it"):
        # "Perhaps go a step further, and ask …": an adverb, no subject; "That's why X quit
        # before announcing …": the subject is inside the clause
        return None
    if lows[begin] in PRONOUNS and lows[begin] not in ("who", "which", "it"):
        return begin, begin + 1
    if lows[begin] in _COORD_QUANTIFIERS:
        # "Several environmental groups granted …, saying": the quantifier and the words up
        # to the first plural (the head), within four; else the quantifier may be the whole
        # subject and the next word its verb ("Some seek …"), so no subject.
        e = next((t + 1 for t in range(begin + 1, min(and_at, begin + 5))
                  if lows[t].endswith("s") and not lows[t].endswith(("ss", "'s"))
                  and lows[t] not in TIME_UNITS and lows[t] not in BOUNDARY), begin)
        if e == begin or not all(is_word(words[t]) and lows[t] not in BOUNDARY
                                 and lows[t] not in PREPOSITIONS for t in range(begin, e)):
            return None
        return _coordinated_end(sent, begin, e, and_at)
    e = begin
    while e < and_at and (words[e][:1].isupper() or words[e] in ("(", ")")
                          or lows[e] in ("the", "a", "an") or words[e] == "-"
                          or e == begin and lows[e] in _COUNT_OPENERS
                          or e > begin and words[e - 1] == "("):
        if lows[e] in ADVERBIAL_OPENERS or lows[e] in DATE_WORDS and e == begin:
            return None
        e += 1
    owner = e > begin and lows[e - 1].endswith(_GENITIVE_END) and e < and_at \
        and words[e][:1].islower()
    if e > begin and (lows[e - 1] in ("the", "a", "an") or e - 1 == begin
                      and lows[begin] in _COUNT_OPENERS or owner):
        # "The regional governor toured the dam": lowercase words after the article up to
        # the one followed by an article or preposition (the verb); so after a possessive
        # ("Seoul's spy agency released a statement saying").
        while e < and_at and is_word(words[e]) and lows[e] not in BOUNDARY \
                and not (owner and (words[e][:1].isupper() or lows[e] in AUX)) \
                and lows[e] not in PREPOSITIONS and e + 1 < and_at \
                and lows[e] not in ("said", "says") and lows[e] not in PRONOUNS \
                and lows[e + 1] not in DETERMINERS and lows[e + 1] not in PREPOSITIONS \
                and not (e > begin + 1 and (lows[e].endswith("ed")  # "… reversed itself"
                                            or lows[e] in IRREGULAR_PAST)):  # "The envoy drew"
            e += 1
            if e - begin > 5:
                return None
        if e + 2 < and_at and lows[e] in DOC_NOUNS and lows[e + 1] in ("by", "from"):
            # "A joint statement by the foreign ministers of the G7 condemned … and said":
            # the document with its author, who is the source
            author = right_np(sent, e + 2)
            if author is not None and author[1] < and_at:
                e = author[1]
        e = _head_of_phrase(sent, e, and_at)
        if owner and words[e][:1].isupper() and (lows[e - 1] in SPEAKER_HEADS
                                                 or lows[e - 1] in ROLE_NOUNS):
            e = _name_run_end(sent, e, and_at)  # "Ukraine's intelligence chief Kyrylo Budanov"
    elif (lows[begin] in ARTICLES or lows[begin] in _COUNT_OPENERS) and e - begin >= 2 \
            and e + 1 < and_at \
            and words[e][:1].islower() and words[e].isalpha() and lows[e] not in BOUNDARY \
            and lows[e] not in PREPOSITIONS and not lows[e].endswith(("ed", "ly")) \
            and lows[e + 1].endswith("ed") and words[e + 1][:1].islower():
        e += 1  # "A Yonhap correspondent spotted …": the name modifies the head noun
    if begin < e < and_at and words[e - 1][:1].isupper() and (
            lows[e] in SPEAKER_HEADS or lows[e] in ROLE_NOUNS):
        e += 1
        if e < and_at and words[e].isalpha() and words[e].islower() \
                and (people(sent, e) or lows[e] in TITLES_LOWER) \
                and lows[e] not in PRONOUNS and lows[e] not in BOUNDARY:
            e += 1  # "A Harris campaign spokesperson", "Harris campaign chair Jen …"
        e = _name_run_end(sent, e, and_at)  # "Kremlin spokesman Dmitry Peskov"
    elif begin < e < and_at and words[e - 1][:1].isupper() \
            and not lows[begin].endswith("ing") and not lows[e - 1].endswith(_GENITIVE_END):
        # "Foreign policy analysts said …, citing", "Democratic presidential nominee Hillary
        # Clinton chimed in …, saying": up to three lowercase modifiers, no verb or adverb
        # among them, then a people or role noun, then any name after it
        t = e
        while t < min(e + 3, and_at) and words[t].isalpha() and words[t].islower() \
                and not people(sent, t) and lows[t] not in BOUNDARY \
                and lows[t] not in ARTICLES and lows[t] not in IRREGULAR_PAST \
                and lows[t] not in ("said", "says", "told", "tells") \
                and not lows[t].endswith(("ly", "ed", "ing")) \
                and not (lows[t].endswith("s") and not (
                    t > e and t + 1 < and_at and words[t + 1].isalpha() and words[t + 1].islower()
                    and people(sent, t + 1))):  # ("a Ukrainian special forces officer")
            t += 1
        if t < and_at and words[t].isalpha() and words[t].islower() and people(sent, t) \
                and lows[t] not in PRONOUNS and lows[t] not in BOUNDARY:
            e = _name_run_end(sent, t + 1, and_at)
    return _coordinated_end(sent, begin, e, and_at)


def _name_run_end(sent: Sentence, e: int, stop: int) -> int:
    """The end of the capitalised words from ``e`` (before ``stop``): the name a role noun
    puts before it ("spokesman Dmitry Peskov")."""
    words = sent.words
    while e < stop and words[e][:1].isupper() and is_word(words[e]):
        e += 1
    return e


def relative_conjunct(sent: Sentence, and_at: int) -> int | None:
    """The relative pronoun whose clause runs on to the "and" at ``and_at``: "demonstrators,
    who have taken to the streets and called for …", "senators who met the president and
    said …". The second verb shares the relative clause's subject, the nearest one, not the
    subject opening the sentence; a comma would have closed the clause ("X, who met Y, and
    Z said")."""
    words, lows = sent.words, sent.lows
    c = piece_start(sent, and_at, 20)
    for r in range(and_at - 2, max(c, 0), -1):
        if lows[r] in ("who", "which"):
            return r if words[r - 1] == "," or noun_like(sent, r - 1) else None
    return None


def _coordinated_end(sent: Sentence, begin: int, e: int, and_at: int) -> tuple[int, int] | None:
    """The subject ``[begin, e)`` read by ``coordinated_subject`` when a verb follows it (not a
    preposition or another conjunct), else None."""
    words, lows = sent.words, sent.lows
    if e == begin or e - begin > 8 or e >= and_at:
        return None
    if lows[e - 1] in DETERMINERS or not is_word(words[e - 1]) and words[e - 1] != ")":
        return None
    nxt = lows[e]
    if words[e] == "," and e > begin and (words[e - 1][:1].isupper()
                                          or lows[begin].endswith(_GENITIVE_END)
                                          or lows[begin] in ARTICLES):
        # "Donald Trump, her Republican opponent, toured … and said": a name, then its
        # appositive, then the first verb; so "Scott's relatives, including his wife, …".
        c = piece_end(words, e + 1)
        kind = segment_kind(sent, e + 1, c) if c < and_at - 1 and words[c] == "," else ""
        if (c - e <= 12 and kind in ("app", "adv") or c - e <= 16 and kind == "rel"
                and lows[and_at] in ("and", "but") and RELATIVES.isdisjoint(lows[c:and_at])) \
                and words[c + 1][:1].islower() \
                and (lows[c + 1] not in BOUNDARY or lows[c + 1] in THEN or adverb(sent, c + 1)
                     or lows[c + 1] in _FINITE_AUX and lows[and_at] in ("and", "but", "or")) \
                and is_word(words[c + 1]):
            # also "Dean, a medical doctor, then appeared …", "Clinton, like Obama, has
            # encouraged … but has said"; an adverbial in between is no
            # part of the subject ("Mr. Trump, in an interview on Friday, barely dwelled …")
            return (begin, c) if kind == "app" else (begin, e)  # ("Priebus, who …,")
        return None
    if not is_word(words[e]) or nxt in PREPOSITIONS and nxt != "on" or nxt in ("and", "or"):
        return None
    return begin, e


# Finite verbs that open a clause's predicate: a form of "be", "have" or "do" ("has sued",
# "is filing"); a common irregular past ("sent a letter", "took the floor") is IRREGULAR_PAST.
_FINITE_AUX = PREDICATE_AUX | {"do"}
# Words that open a clause in the middle of a sentence and come before its subject.
_CLAUSE_OPENERS = frozenset({"and", "but", "then", "so", "yet"}) | SUBORDINATORS


def piece_subject(sent: Sentence, at: int, coordinated: bool = False
                  ) -> tuple[int, int] | None:
    """The subject of the clause that ends at token ``at`` (the comma, dash or "and" before a
    trailing cue), read when ``coordinated_subject`` finds none because the clause does not
    open the sentence or its subject is more than a name: "Here in Columbia, Sanders stepped
    up his emphasis, saying …" -> Sanders; "A group of doctors in 2015 sent a letter, calling
    for …" -> A group of doctors; "…, and the ACLU of Ohio has sued the city, saying …";
    "Republicans, who hold a majority, have blocked the bills, saying …" (subject, relative
    clause and all). The clause is the comma piece before ``at``; its predicate starts at the
    first finite verb (an auxiliary, a lowercase -ed word or a common irregular past), and
    the words before it must be a noun phrase naming people or bodies. A modal ("will
    travel …, saying") is no statement made yet, so it gives None; nor does a clause with a
    cue verb of its own ("X said developers had … by adding": the gerund is inside X's
    words). ``coordinated`` (the cue follows "and"/"but"): a copula is no act that a second
    verb shares ("His obsession with China is genuine and deeply felt")."""
    words, lows = sent.words, sent.lows
    end = at - 1 if 0 < at < len(lows) and lows[at] in ("and", "but") and words[at - 1] == "," \
        else at
    c = piece_start(sent, end, 30)
    if end - c > 30:
        return None
    s = c + 1
    while s < end and lows[s] in _CLAUSE_OPENERS:
        s += 1
    if s < end and lows[s] in ("on", "last") and s < (d := date_end(sent, s)) < end:
        s = d  # "On December 29 she left the palace, saying …": a date, no comma, then her
    v = next((t for t in range(s, end) if finite_verb(sent, s, t)), None)
    if v is None or v - s > 12:
        return None
    if lows[v] in MODAL_SKIP or coordinated and lows[v] in BE:
        return None  # "X will visit Y, saying": not said yet
    if any(lows[t] in ("said", "says", "told") or lows[t] in CUES and lows[t].endswith("ed")
           and not CUES[lows[t]].noun_too and sent.words[t][:1].islower()
           for t in range(s, end)):
        return None  # "X said developers had broadly defined these areas by adding …"
    if v == s:
        # "Republicans, who hold a majority, have blocked …": the verb opens the piece, so
        # the subject is the piece before the relative clause or appositive in between.
        if c < 2 or words[c] != ",":
            return None
        c1 = piece_start(sent, c, 20)
        if c1 < 1 or words[c1] != "," or not (lows[c1 + 1] in ("who", "which")
                                             or segment_kind(sent, c1 + 1, c) == "app"):
            return None
        s0 = piece_start(sent, c1, 12) + 1
        while s0 < c1 and lows[s0] in _CLAUSE_OPENERS:
            s0 += 1
        if c1 - s0 > 10 or not speaking_phrase(sent, s0, c1):
            return None
        if lows[c1 + 1] in PREPOSITIONS or adverb(sent, c1 + 1):
            return s0, c1  # "Rubio, particularly in the closing days, has preached …": Rubio
        return s0, c
    e = v
    while e > s and (lows[e - 1] in AUX or adverb(sent, e - 1) or lows[e - 1] in PLAIN_ADVERBS):
        e -= 1  # "A spokeswoman for Janney also declined": "also" is no part of her
    e = before_time_phrase(sent, e - 1) + 1  # "A group of doctors in 2015 sent"
    if e <= s or not speaking_phrase(sent, s, e):
        return None
    return s, e


def piece_start(sent: Sentence, end: int, limit: int) -> int:
    """The comma, semicolon, colon, quote or dash before token ``end`` that opens its piece
    (-1 at the sentence start), looking back ``limit`` tokens at most (past that, a token
    more than ``limit`` back: the caller gives up)."""
    words = sent.words
    c = end - 1
    while c >= 0 and end - c <= limit and words[c] not in (",", ";", ":") \
            and words[c] not in OPEN_QUOTES and words[c] not in CLOSE_QUOTES \
            and not is_dash(sent, c):
        c -= 1
    return c


def new_clause_before(sent: Sentence, at: int) -> bool:
    """The piece before the comma at ``at`` opens with ", and" or ", but", so it has a subject
    of its own: "Protesters say the rules are unfair, and the ACLU has sued the city,
    saying …" (the ACLU says it, not the protesters)."""
    c = piece_start(sent, at, 30)
    return 0 < c < at - 2 and sent.words[c] == "," and sent.lows[c + 1] in ("and", "but")


def own_subject(sent: Sentence, at: int) -> bool:
    """The ", and"/", but" piece before the comma at ``at`` opens with a subject of its own
    (a determiner, a pronoun or a name: "…, but the mayor refuses"), not with a verb that
    shares the first clause's ("…, and took a heckler in stride")."""
    c = piece_start(sent, at, 30)
    k = c + 2
    if k >= at:
        return False
    low = sent.lows[k]
    return low in DETERMINERS or low in PRONOUNS or sent.words[k][:1].isupper()


def finite_verb(sent: Sentence, s: int, t: int) -> bool:
    """Token ``t`` of a clause opening at ``s`` starts its predicate: "has", "is", a modal,
    "sent", or a lowercase -ed word that no determiner makes an adjective ("the affected
    residents")."""
    low = sent.lows[t]
    if low in _FINITE_AUX or low in MODAL_SKIP and low != "to" \
            or low.endswith("n't") and low[:-3] in _FINITE_AUX:
        return True
    if t == s or not sent.words[t][:1].islower():
        return False
    prev = sent.lows[t - 1]
    if prev in DETERMINERS or prev in PREPOSITIONS or prev.endswith("'s"):
        return False
    if prev in ("he", "she", "it") and t - 1 == s and low.endswith("s") \
            and not low.endswith("ss") and low.isalpha():
        return True  # "he refuses to discuss …": after a pronoun subject, a present verb
    return past_form(low)


def speaking_phrase(sent: Sentence, s: int, e: int) -> bool:
    """``[s, e)`` is a noun phrase that can speak: words only (an inner "and", "of" or a
    parenthesis allowed), opening with a name, a determiner or "he"/"she"/"they"/"it", not with a
    preposition, and holding a name or a speaker noun ("One employee at a software firm")."""
    words, lows = sent.words, sent.lows
    if e - s == 1 and lows[s] in ("he", "she", "they", "it"):
        return True
    first = lows[s]
    if not (words[s][:1].isupper() or first in DETERMINERS) or first in PREPOSITIONS \
            or first in _CLAUSE_OPENERS or first in FIRST_PERSON:
        return False
    for k in range(s, e):
        if not (is_word(words[k]) or words[k] in ("(", ")", "-")) \
                or lows[k] in BOUNDARY and lows[k] not in ("and", "but") \
                or lows[k] in PRONOUNS:
            return False
    if lows[e - 1] in ("and", "but", "or") or not plausible_np(sent, s, e):
        return False
    # The head (the word before the first preposition) or a conjunct before "and" names
    # people: "A group of doctors", "The New York Times and the Gannett chain"; not "the
    # Orlando attack".
    cut = next((k for k in range(s + 1, e) if lows[k] in PREPOSITIONS), e)
    return _person_head(sent, cut - 1) or any(_person_head(sent, k - 1)
                                              for k in range(s + 1, cut)
                                              if lows[k] in ("and", "or"))


# People who work somewhere, beside the speaker nouns: "One employee at a software firm".
_STAFF = frozenset("""employee employees operative operatives worker staffer staffers
    volunteer volunteers organizer organizers""".split())


def _person_head(sent: Sentence, k: int) -> bool:
    """Token ``k`` heads a phrase naming people: ``people``, or a staff noun."""
    return people(sent, k) or sent.lows[k] in _STAFF


# A number or quantifier opening a subject like an article: "two Ukrainian speechwriters".
_COUNT_OPENERS = frozenset("two three four five six seven eight nine ten several".split())
_OF_PHRASE = frozenset({"of", "for", "at", "from", "with"})


def _head_of_phrase(sent: Sentence, e: int, stop: int) -> int:
    """"A correspondent for Yonhap spotted …", "The mayor of Kharkiv visited …": the noun
    at ``e`` before a preposition is the subject's head when a name (or "the" and one noun)
    follows and then a verb; the end of that subject, else ``e`` unchanged (the word at
    ``e`` was the verb: "The army hit at Kherson and …")."""
    words, lows = sent.words, sent.lows
    if not (e + 2 < stop and lows[e + 1] in _OF_PHRASE and is_word(words[e])
            and words[e][:1].islower() and not lows[e].endswith("ed")):
        return e
    q = e + 2
    if lows[q] == "the" and q + 1 < stop and words[q + 1][:1].islower():
        q += 2  # "The spokesman for the ministry met …"
    else:
        if lows[q] == "the":
            q += 1
        r = q
        while q < stop and words[q][:1].isupper() and is_word(words[q]) and q - r < 5:
            q += 1
        if q == r:
            return e
    if q + 1 >= stop or not is_word(words[q]) or not words[q][:1].islower() \
            or lows[q] in BOUNDARY or lows[q] in PREPOSITIONS:
        return e
    nxt = words[q + 1]
    if lows[q].endswith("ed") or nxt[:1].isupper() or lows[q + 1] in DETERMINERS \
            or lows[q + 1] in OBJECT_PRONOUNS:
        return q
    return e
