"""Noun phrases: where a source's words begin and end.

The cue rules (``extract.rules`` and the modules it calls) find a cue; these functions find the
phrase the construction puts its source in: the subject left of a verb (``left_np``), the name
after "according to" or an inverted verb (``right_np``), and the subjects that commas, dashes
or a parenthesis cut off from their verb ("X, a former aide, said"; "X -- who … -- told"). They
read tokens only, never the registry, so spans are the same whatever entities a user has added.
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
    LEARNED_HEADS,
    MODAL_SKIP,
    MONTH_ABBREVIATIONS,
    PASSIVE_ONLY,
    PICTURES,
    POSS_NOUNS,
    POSSESSIVE_DETERMINERS,
    PREPOSITIONS,
    PRONOUNS,
    ROLE_NOUNS,
    SPEAKER_HEADS,
    TITLES,
)
from extract.dates import DAY_AND_MONTH_NAMES
from extract.tokens import (
    CLOSE_QUOTES,
    OPEN_QUOTES,
    Sentence,
    is_word,
    quote_spans,
)

TITLES_LOWER = TITLES


_SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you"})


OBJECT_PRONOUNS = frozenset({"him", "her", "them"})


ARTICLES = frozenset({"the", "a", "an"})


REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves"})


NUMBER_WORDS = frozenset("""half two three four five six seven eight nine ten dozen dozens
    hundreds thousands a""".split())


_RIGHT_ENDERS = frozenset(
    """who in on at during after before when according adding referring as last yesterday
    today monday tuesday wednesday thursday friday saturday sunday this earlier told while
    that and but""".split()
)


_TO_ROLES = frozenset("""ambassador ambassadors envoy envoys adviser advisers advisor advisors
    aide aides representative representatives delegate delegates delegation delegations
    mission missions emissary successor""".split())


# Dispositions that take "to" in a people phrase: "those willing to compromise".
_WILLING = frozenset({"willing", "unwilling", "ready", "able", "unable", "eager", "prepared"})

CLOSE_TO = frozenset({"close", "closer", "closest", "loyal", "near", "linked", "tied", "privy",
                      "ties", "links", "connections"})  # ("a blogger with ties to the army")


_INTERJECTED_PAIRS = frozenset({("for", "example"), ("for", "instance"), ("in", "fact"),
                                ("of", "course"), ("in", "turn"), ("at", "least"),
                                ("in", "particular"), ("in", "contrast"), ("by", "contrast"),
                                ("after", "all"), ("above", "all"), ("in", "addition")})


def think_tank(lows: tuple[str, ...], k: int) -> bool:
    """"think tank", "think tanks", "think tank's": the noun, not the verb."""
    return k + 1 < len(lows) and lows[k + 1].startswith("tank") and lows[k + 1] in (
        "tank", "tanks", "tank's", "tanks'")


QUANTIFIERS = frozenset(
    "most many some few several both all others two three four five six seven eight nine "
    "ten half another one each".split()
)


def clause_opener(sent: Sentence, k: int) -> bool:
    """A subordinating conjunction at ``k`` opens a clause whose subject follows it ("… as
    China and Russia support the government"); not "such as", a list of examples."""
    return sent.lows[k] in SUBORDINATORS and not (k > 0 and sent.lows[k - 1] == "such")


def _after_subordinator(sent: Sentence, s: int) -> bool:
    """The phrase at ``s`` opens a clause of its own after "that" or a subordinating
    conjunction ("It was weeks ago that Peskov, who …, said"), as it would the sentence."""
    if s < 1 or not (sent.words[s][:1].isupper() or sent.lows[s] in DETERMINERS
                     and s + 1 < len(sent.words) and is_word(sent.words[s + 1])):
        return False  # a name or a determined phrase; not "he cleared …", "one after another,"
    if sent.lows[s - 1] == "that":
        return s > 1 and is_word(sent.words[s - 2])  # not "…, that": a relative pronoun
    return clause_opener(sent, s - 1)


LY_NOT_ADVERBS = frozenset(
    """family ally rally assembly supply daily weekly monthly yearly reply fly bully belly
    jelly lily holly italy july anomaly monopoly homily folly tally sally kelly emily molly
    billy willy polly reilly o'reilly bradley beverly shelly kimberly stanley""".split()
)


SUBORDINATORS = frozenset("""after when whenever as while before because if since until once
    though although""".split())


def ly_adverb(low: str) -> bool:
    """An "-ly" word that is an adverb ("widely", "later"), not "family" or "Italy"."""
    return len(low) > 4 and low.endswith("ly") and low not in LY_NOT_ADVERBS


def adverb_opener(sent: Sentence, k: int) -> bool:
    """"Shortly after the vote, X …", "Hastily politicizing it, X …": an -ly word opening the
    clause starts an adverbial, not the subject."""
    return ly_adverb(sent.lows[k]) and k + 1 < len(sent.words) \
        and not sent.words[k + 1][:1].isupper()


def negated_subject(sent: Sentence, s: int) -> bool:
    lows = sent.lows
    if lows[s] in ("neither", "no", "nobody", "none"):
        return True
    return s > 0 and lows[s - 1] == "nor" and "neither" in lows[max(0, s - 8):s]


# Words that may stand before a share inside its phrase: "a 54% majority", "nearly 60% of".
_BEFORE_SHARE = DETERMINERS | QUANTIFIERS | frozenset(
    """about nearly almost only just over under than least roughly around fully barely
    some""".split())


# Prepositions of a way that BOUNDARY stops at, though after an -ing participle they belong
# to the noun phrase ("Protesters marching through the streets said").
_PATH_PREPOSITIONS = frozenset({"through", "into", "toward", "towards", "under", "over"})


def left_np(sent: Sentence, j: int) -> int | None:
    """Start token of the subject noun phrase ending at token ``j``, or None."""
    if j < 0:
        return None
    words, lows = sent.words, sent.lows
    k = j
    relative = False
    lines = "\n" in sent.text  # a line break (a headline over its story) ends a phrase
    while k >= 0:
        w = words[k]
        low = lows[k]
        if lines and k < j and "\n" in sent.text[sent.ends[k]:sent.starts[k + 1]]:
            break
        if k == j and low in ("who", "which"):
            return j  # "…, who has said": the relative pronoun; the resolver names it
        if k == j and low in _SUBJECT_PRONOUNS \
                and not (low == "it" and k > 1 and lows[k - 1] == "by"
                         and lows[k - 2].endswith("ed")):
            # "adding that it threatened": nothing left of a pronoun is its phrase (but "a
            # lawmaker briefed by it said": the object of a participle's "by")
            return j
        if k == j - 1 and low in _SUBJECT_PRONOUNS and lows[j] in REFLEXIVES:
            return k  # "he himself said"
        if k == j and low in ("them", "him", "her", "us", "me") and k >= 2 \
                and ("who" in lows[max(0, k - 5):k] or "that" in lows[max(0, k - 5):k]):
            k -= 1  # "a doctor who treated them told": the object ends the relative clause
            continue
        if k == j and low in ("him", "her", "them", "it") and k >= 2 and lows[k - 1] == "to" \
                and lows[k - 2] in CLOSE_TO:
            k -= 3  # "Those close to him say": one phrase
            continue
        if k == j and low in ("them", "us", "those", "these", "whom") and k >= 2 \
                and lows[k - 1] == "of":
            if low == "whom":
                # "…, many of whom say": the quantifier is the subject
                return k - 2 if lows[k - 2] in QUANTIFIERS or lows[k - 2] == "none" else None
            k -= 2  # "most of them said"
            continue
        if low == "to" and 2 <= k < j and lows[k - 1] in _WILLING and words[k + 1].islower() \
                and lows[k - 2] in ("those", "people", "many", "most", "some", "all", "few"):
            k -= 2  # "Most of those willing to compromise said": a disposition, not a purpose
            continue
        if k == j and low[:1].isdigit() and k >= 2 and lows[k - 1] in ("under", "over", "aged") \
                and words[k - 2].isalpha() and lows[k - 2] not in BOUNDARY:
            k -= 2  # "Russians under 25 said", "voters over 65": an age band on the people
            continue
        if w == "%" and (k == j or k > 0 and words[k - 1][:1].isdigit()):
            if k < j and k >= 2 and words[k - 2][:1].islower() and is_word(words[k - 2]) \
                    and lows[k - 2] not in _BEFORE_SHARE:
                return k - 1  # "a poll shows 68% of voters say": the share opens the phrase
            k -= 1  # "42% say", "85% of Democrats said", "A 54% majority of independents"
            continue
        if w == "&" and 0 < k < j and words[k - 1][:1].isupper() and words[k + 1][:1].isupper():
            k -= 1  # "Trump Media & Technology Group said"
            continue
        if w == "/" and 0 < k < j and (words[k - 1][:1].isupper() and words[k + 1][:1].isupper()
                                       or _number_slash(sent, k)):
            k -= 1  # "an NBC/Wall Street Journal poll", "9/11 widow Terry Strada"
            continue
        if low == "and" and 0 < k < j and _inside_name(sent, k):
            k -= 1  # "the Center for Economic and Policy Research"
            continue
        if low == "and" and 1 < k < j and "between" in lows[max(0, k - 4):k] \
                or low == "between" and 0 < k < j and "and" in lows[k + 1:j]:
            k -= 1  # "the treaty between Russia and Iran showed": one phrase
            continue
        if not is_word(w):
            if w == "(" or w == ")":
                # "the Institute for the Study of War (ISW)": keep a short parenthesis.
                if w == ")":
                    o = k - 1
                    while o >= 0 and words[o] != "(" and k - o < 6:
                        o -= 1
                    if o >= 0 and words[o] == "(" and o < k - 1:
                        k = o - 1
                        continue
            break
        if low in _NAME_MODALS and k < j and w[:1].isupper() and words[k + 1][:1].isupper() \
                and (k == 0 or words[k - 1][:1].isupper()):
            k -= 1  # "GOP Chairman Will Rogers", "Will Estrada said": a first name, no modal
            continue
        if low in _NAME_MODALS and k == j and w[:1].isupper() and j + 1 < len(words) \
                and (past_form(lows[j + 1])
                     or lows[j + 1] in CUES and lows[j + 1] != CUES[lows[j + 1]].lemma):
            k -= 1  # "Will wrote", "May says": a modal takes no inflected verb, so a name
            continue
        if k == j > 0 and w[:1].isupper() and low in PREPOSITIONS \
                and (words[k - 1] in CLOSE_QUOTES or words[k - 1] == ","):
            return k  # '"…," From said.': a capitalised surname after the quotation
        if k == 0 and w == "Said" and k < j and words[1][:1].isupper():
            k -= 1  # "Said Ahmed said …": the Arabic first name that opens the sentence
            continue
        if low in ("who", "that") and k < j and not relative:
            # "Voters who attended the rally said": the relative clause belongs to the subject.
            first = lows[k + 1]
            if first in BOUNDARY and not (first in _RELATIVE_AUX and k + 2 < j) \
                    or first in DETERMINERS or words[k + 1][:1].isupper() \
                    or first[:1].isdigit() or first in QUANTIFIERS \
                    or first in _SUBJECT_PRONOUNS \
                    or j - k == 1 and not lows[j].endswith(("ed", "ing", "ly")) \
                    and (low == "that" or not words[j].islower()) \
                    or (j - k <= 2 or j - k <= 4 and low == "that"
                        and any(lows[t] in CUES for t in range(max(0, k - 4), k))
                        and not any(lows[t].endswith(("ed", "ing")) or lows[t] in IRREGULAR_PAST
                                    or lows[t] in MAIN_VERBS for t in range(k + 1, j))) and (
                        lows[j] in BARE_PLURAL_SOURCES or lows[j] in ROLE_NOUNS
                        or lows[j] in SPEAKER_HEADS or singular(lows[j]) in SPEAKER_HEADS):
                # "a charity that prosecutors said was a front", "laws that appeals courts
                # said discriminated", and after a cue "told reporters that local security
                # officials warned": the clause's own subject (but "Those who remain said":
                # after "who" a lone lowercase word is the relative clause's verb)
                break
            relative = True
            k -= 1
            continue
        if low == "to" and k < j and not relative:
            # "others who want to join NATO said": an infinitive inside a relative clause on
            # the subject; step back to its "who" (the relative branch reads it).
            who = next((t for t in range(k - 1, max(0, k - 6), -1)
                        if lows[t] == "who" or not is_word(words[t]) or lows[t] in BOUNDARY),
                       None)
            if who is not None and lows[who] == "who" and who + 1 < k \
                    and is_word(words[who - 1]):
                k = who
                continue
        if low == "to" and 0 < k < j and words[k - 1][:1].isupper() and is_word(words[k - 1]) \
                and words[k + 1][:1].isupper() and lows[k - 1] in _TO_NAME_HEADS:
            k -= 1  # "the Committee to Protect Journalists said": one name
            continue
        if low == "to" and k > 0 and k < j and (
                lows[k - 1] in CLOSE_TO or lows[k - 1] in DOC_NOUNS or lows[k - 1] in _TO_ROLES):
            k -= 2  # "Sources close to the Kremlin said": one phrase, not "the Kremlin"
            continue
        if low in _PATH_PREPOSITIONS and 1 < k < j and not relative \
                and lows[k - 1].endswith("ing") and words[k - 1].islower() \
                and words[k - 2].isalpha() and lows[k - 2] not in BOUNDARY \
                and lows[k - 2] not in PREPOSITIONS:
            k -= 1  # "Protesters marching through the streets said": the participle's phrase
            continue
        if low == "than" and 1 < k < j and lows[k - 1] in ("more", "fewer") \
                and lows[k - 2].endswith("ed") and words[k + 1][:1].isdigit():
            k -= 2  # "A post shared more than 10,000 times claimed": the count is the post's
            continue
        if (low in BOUNDARY or low in CUES) and cue_in_name(sent, k):
            k -= 1  # "Network Rail said", "union INTO said": a word of the name
            continue
        if 0 < k < j and w.islower() and (
                low in CUES and lows[k + 1] in DOC_NOUNS and (
                    lows[k - 1] in DETERMINERS or lows[k - 1] in POSSESSIVE_DETERMINERS
                    or lows[k - 1].endswith(("'s", "\u2019s")))
                or (lows[k - 1] in ARTICLES or lows[k - 1] in NUMBER_WORDS or lows[k - 1] == "one"
                    or words[k - 1][:1].isdigit()) and past_form(low) and words[k + 1].isalpha()
                and words[k + 1].islower()):
            # "The court's written ruling states", "a leaked memo shows", "the released
            # prisoners said", "one released soldier told": an adjective
            k -= 1
            continue
        if 0 < k < j and low in _WHILE_PREPOSITIONS \
                and any(lows[t] in ("who", "that") for t in range(max(0, k - 4), k)):
            k -= 1  # "The senators who spoke during the hearing argued": inside the relative
            continue
        if low == "further" and 0 < k < j and words[k + 1].isalpha() \
                and (lows[k - 1] in PREPOSITIONS or lows[k - 1] in DETERMINERS):
            k -= 1  # "Opponents of further aid contend": an adjective, no adverb
            continue
        if low in ("first", "only") and 0 < k < j and (
                lows[k - 1] in DETERMINERS or lows[k - 1].endswith(("'s", "\u2019s"))
                or k >= 2 and lows[k - 1] in _BEFORE_NAMES and lows[k - 2] in DETERMINERS):
            # "the first lady referred to", "the only candidate said", "The former first lady
            # of Ohio said", "The ministry's first report said": an adjective
            k -= 1
            continue
        if k < j and lows[k + 1] in ARTICLES and is_word(w) and low not in PREPOSITIONS \
                and low not in QUANTIFIERS and low not in ("and", "or", "half", "nor") \
                and not low.endswith(("'s", "\u2019s")) and w[:1].isupper() \
                and not (low in NAME_IMPERATIVES and words[k + 2][:1].isupper()):
            # "told the BBC the North Koreans showed": a name, then a new phrase (but "Save
            # the Children said": a charity named by what it asks)
            break
        if low == "by" and 0 < k < j and (lows[k - 1] in RELAYED or lows[k - 1] in RECEIVED):
            # "A commander quoted by the Kyiv Independent said": the outlet relays; "A
            # military report seen by Yonhap estimated": the outlet read it
            break
        if low in _PERCEIVING and k < j and w.islower() \
                and not (low in DOC_NOUNS and k > 0 and lows[k - 1] != "to"):
            # "happy to hear Clinton pledged": the one heard is the subject (but "a sanctions
            # notice published by the EU says": the document)
            break
        if low in BOUNDARY and low not in _RELATIVE_AUX \
                or (low in CUES and (not CUES[low].noun_too
                                     or low in ("found", "showed")
                                     and lows[k + 1] not in PREPOSITIONS)
                    and not (low == "think" and think_tank(lows, k)) and not _modifier_cue(sent, k)
                    and not (k < j and reduced_passive(sent, k))
                    and not (k < j and (low.endswith("ed") and low != "showed"
                                        or low == "written") and _document_before(sent, k))
                    or low in PASSIVE_ONLY and not _document_before(sent, k)
                    and not (low == "released" and 0 < k < j and lows[k + 1] in _RELEASED_FROM)
                    and not _participle_opens(sent, k, j)
                    or low in GERUNDS and not (0 < k < j and lows[k + 1] in DOC_NOUNS
                                               and lows[k - 1].endswith(("'s", "\u2019s")))) \
                and not (k < j and not relative and _relative_verb(sent, k)) \
                or low in _RELATIVE_AUX and not (k + 1 < j and not relative
                                                 and _relative_verb(sent, k)):
            # but "the think tank said", "a report released Friday said": one phrase; and
            # "Officials who had briefed the envoy said": the verb of a relative clause on
            # the subject, read on to the head noun.
            break
        if low.endswith("n't") or low in ("'s", "i'm", "it's", "he's", "she's") \
                or low in ("let", "lets") and k < j:
            break  # "may not let editorials tell them": who is let speaks, not "let"
        if k < j and k > 0 and w[0].islower() and (
                lows[k + 1] in ARTICLES or lows[k - 1] in ("of", "a", "an", "the")
                or low in _GENERIC_NOUNS) \
                and _clause_noun(sent, k) and not (not relative and _relative_verb(sent, k)):
            break  # "the kind of campaign Ayotte wants", "things the candidate said"
        if k < j and low in _GENERIC_NOUNS and low.endswith("thing") \
                and words[k + 1][:1].isupper():
            break  # "Everything Trump says", "something Sanders aides argue"
        k -= 1
        if j - k > 14 and not (j - k <= 24 and "who" in lows[max(0, j - 24):j]):
            return None  # a relative clause on the subject ("who …") may make it longer
    s = k + 1
    if s > j:
        return None
    s = _trim_leading(sent, s, j)
    if s is None:
        return None
    if relative and sent.lows[s] in ("who", "that"):
        return None
    if not plausible_np(sent, s, j + 1):
        return None
    return _approximator(sent, s) if s > 0 else s


# Who relays or questions a speaker, as a reduced passive after the speaker: the phrase
# before the verb ends at "by" ("A commander cited by Reuters said"), and the verb's own
# subject is the phrase before the participle.
RELAYED = frozenset({"quoted", "cited", "interviewed", "reached", "contacted", "polled",
                     "surveyed", "questioned", "interrogated"})
# Participles whose "by" names who got or read a document, not who wrote it.
RECEIVED = frozenset({"obtained", "seen", "reviewed", "viewed", "received", "acquired"})
# Heads of bodies whose names run on through "to": "Committee to Protect Journalists",
# "Campaign to Stop Killer Robots".
_TO_NAME_HEADS = frozenset({"committee", "campaign", "coalition", "alliance", "movement",
                            "fund", "foundation", "council", "center", "centre", "project"})
def client_cut(sent: Sentence, a: int, z: int) -> int:
    """The end of a pollster's name read from token ``a`` up to ``z``, before the client it
    polled for: "by Edison Research | for Formula TV", "by Gallup | for CNN" (but "by the
    Institute for Economics": a name runs on through "for")."""
    words, lows = sent.words, sent.lows
    return next((t for t in range(a + 1, z) if lows[t] == "for" and not (
        words[t - 1][:1].isupper() and singular(lows[t - 1]) in _FOR_NAME_HEADS)), z)


# Heads of names that run on through "for": "the Institute for the Study of War".
_FOR_NAME_HEADS = _TO_NAME_HEADS | frozenset({
    "institute", "office", "agency", "commission", "society", "association", "organization",
    "organisation", "network", "party", "union", "league", "bureau", "school", "university",
    "college", "group", "initiative", "partnership", "forum", "board", "service"})
# Verbs of perceiving, never inside a noun phrase: what follows them is heard or seen.
_PERCEIVING = frozenset({"hear", "hears", "see", "sees", "saw", "notice", "noticed", "watch"})


def title_case(sent: Sentence) -> bool:
    """A headline in title case: nearly every word of four letters or more is capitalised."""
    capitals = [w[0].isupper() for w in sent.words if len(w) > 3 and w[0].isalpha()]
    return len(capitals) >= 3 and sum(capitals) >= 0.85 * len(capitals)


def cue_in_name(sent: Sentence, k: int) -> bool:
    """Token ``k`` is part of a name although it is also a cue or a function word: "Network
    Rail said", "the Rail Accident Investigation Branch", "Teachers' union INTO said", "Shot,
    another Telegram channel, said". Not in a headline, where capitals say nothing."""
    words = sent.words
    w = words[k]
    if not w[:1].isupper() or title_case(sent):
        return False
    if k == 0:
        # "Shot, another Telegram channel, said": described as something, so a name; so is a
        # cue word with a capitalised one after it ("Put Domoi, a movement of …, said")
        described = ("a", "an", "another")
        return len(words) > 2 and words[1] == "," and sent.lows[2] in described \
            or len(words) > 3 and sent.lows[0] in CUES and words[1][:1].isupper() \
            and is_word(words[1]) and words[2] == "," and sent.lows[3] in described
    if w.isupper() and len(w) > 1 and w.isalpha():
        return not all(x.isupper() or not x[:1].isalpha() for x in words[:k])  # "INTO"
    before = words[k - 1]
    return before[:1].isupper() and is_word(before) or sent.lows[k - 1] in ARTICLES \
        and k + 1 < len(words) and words[k + 1][:1].isupper()


def singular(low: str) -> str:
    """The singular of a plural noun in -s or -ies ("courts", "agencies"), else the word, so
    one list of heads serves both numbers."""
    if low.endswith("ies") and len(low) > 4:
        return low[:-3] + "y"
    return low[:-1] if low.endswith("s") and not low.endswith("ss") else low


# Verbs that open the names of campaigns and charities: "Save the Children", "Stop the War
# Coalition", "Feed the Children".
NAME_IMPERATIVES = frozenset({"save", "stop", "feed", "free", "end"})
# Modals that are also first names: capitalised between two capitalised words they are names.
_NAME_MODALS = frozenset({"will", "may"})


# "Prisoners of war released in the latest exchange told": people set free, not a document
# made public, so the participle is part of their phrase.
_RELEASED_FROM = frozenset({"in", "from", "during", "after", "under"})


# "Supporters who have heard from the campaign say": an auxiliary opening a relative clause.
_RELATIVE_AUX = frozenset({"have", "has", "had", "is", "was", "are", "were"})


def _relative_verb(sent: Sentence, k: int) -> bool:
    """Token ``k`` is the verb of a relative clause: "who" or "that" right before it, or
    before its auxiliary ("who signed the letter", "that had insured"), after a word."""
    lows = sent.lows
    b = k - 1
    if b > 1 and lows[b] in _RELATIVE_AUX and lows[k] not in _RELATIVE_AUX:
        b -= 1
    return b > 0 and lows[b] in ("who", "that") and is_word(sent.words[b - 1])


def _participle_opens(sent: Sentence, k: int, j: int) -> bool:
    """The participle at ``k`` opens the phrase as its adjective: "According to the
    commission, released prisoners said …" (not "…, released by the ministry, said")."""
    nxt = sent.words[k + 1] if k < j else ""
    return (k == 0 or sent.words[k - 1] == ",") and nxt.isalpha() and nxt.islower() \
        and sent.lows[k + 1] not in PREPOSITIONS and sent.lows[k + 1] not in DATE_WORDS \
        and sent.lows[k + 1] not in BOUNDARY


def _document_before(sent: Sentence, k: int) -> bool:
    """A document noun ends the phrase before the participle at ``k``: "a report released
    Friday", "a poll of Kharkiv residents released Tuesday" (a short "of" phrase between)."""
    lows, words = sent.lows, sent.words
    if k > 0 and (lows[k - 1] in DOC_NOUNS or lows[k - 1] in PICTURES):
        return True  # ("satellite images released by Maxar")
    t = k - 1
    while t >= 2 and k - t <= 4 and is_word(words[t]) and lows[t] not in BOUNDARY \
            and lows[t] != "of":
        t -= 1
    return t >= 1 and t < k - 1 and lows[t] == "of" and lows[t - 1] in DOC_NOUNS


def _approximator(sent: Sentence, s: int) -> int:
    """"about half of voters", "more than 60 percent", "at least two officials": the hedge
    before a number belongs to the subject."""
    lows = sent.lows
    if s < 1 or not (lows[s][:1].isdigit() or lows[s] in NUMBER_WORDS
                     or lows[s].split("-", 1)[0] in NUMBER_WORDS  # "two-thirds"
                     or lows[s] == "one" and lows[s + 1:s + 2] == ("in",)):  # "one in ten"
        return s
    if lows[s - 1] in ("about", "nearly", "almost", "roughly", "around", "over", "some",
                       "only", "just", "approximately", "fully", "perhaps"):
        return s - 2 if s >= 2 and lows[s - 2] in ("just", "well") \
            and lows[s - 1] in ("over", "under") else s - 1  # "just over half"
    if s >= 2 and (lows[s - 1] == "than" and lows[s - 2] in ("more", "fewer", "less")
                   or lows[s - 1] == "least" and lows[s - 2] == "at"):
        return s - 2
    return s


def _clause_noun(sent: Sentence, k: int) -> bool:
    """A plain lowercase noun right before the subject of a clause without "that": "the kind
    of campaign | Ayotte ran", "nine things | the candidate said". Not a title or role before
    a name ("former governor Martin O'Malley"), nor a noun after its own determiner."""
    words, lows = sent.words, sent.lows
    w, low = words[k], lows[k]
    if not w[:1].islower() or not w.isalpha() or low in TITLES_LOWER or low in ROLE_NOUNS \
            or low in SPEAKER_HEADS or low in DETERMINERS or low in PREPOSITIONS \
            or low in AUX or low in DATE_WORDS or k == 0 \
            or low.endswith(("ly", "ing", "ed")) and low not in _GENERIC_NOUNS:
        return False
    if lows[k + 1] in ("the", "a", "an"):
        return lows[k - 1] != "of"
    if not words[k + 1][:1].isupper():
        return False
    # "the kind of campaign Ayotte ran", "a claim Ukraine's General Staff rejected", "the
    # moment Zelensky announced"
    return lows[k - 1] == "of" or low in POSS_NOUNS or low in DOC_NOUNS or low in _GENERIC_NOUNS


# Nouns that name no speaker but open a clause without "that" ("the moment X said", "a word
# X repeated", "everything X says"): the name after them starts the subject.
_GENERIC_NOUNS = frozenset("""moment time times day days way kind sort type thing things
    question questions word words place point reason fact one ones something everything
    nothing anything phrase phrases line lines figure figures number numbers charge charges
    version""".split())


def _inside_name(sent: Sentence, k: int) -> bool:
    """"and" at ``k`` joins two capitalised words of one name that has "of"/"for" before
    it: "Organization for Economic Cooperation and Development", "the Centre for Research
    on Energy and Clean Air"."""
    words, lows = sent.words, sent.lows
    if not (words[k - 1][:1].isupper() and k + 1 < len(words) and words[k + 1][:1].isupper()):
        return False
    t = k - 1
    while t > 0 and k - t < 6 and (words[t][:1].isupper() or lows[t] in ("of", "for", "on")):
        if lows[t] in ("of", "for") and words[t - 1][:1].isupper():
            return True
        t -= 1
    # "the Food and Agriculture Organization", "the Trade and Industry Ministry", "the EU's
    # Intelligence and Situation Centre": "the" or a named owner, one or two capitalised
    # words, "and", then a body's capitalised head within three
    head = next((u for u in range(k + 1, min(len(words), k + 4))
                 if not words[u][:1].isupper() or lows[u] in SPEAKER_HEADS), None)
    return head is not None and words[head][:1].isupper() and lows[head] in SPEAKER_HEADS \
        and any((lows[u] == "the" or words[u][:1].isupper()
                 and lows[u].endswith(("'s", "\u2019s")))
                and all(words[v][:1].isupper() for v in range(u + 1, k))
                for u in (k - 2, k - 3) if u >= 0)


def _trim_leading(sent: Sentence, s: int, j: int) -> int | None:
    """Drop an opening prepositional or date phrase: "In 2015 the agency", "Last week X"."""
    lows, words = sent.lows, sent.words
    if lows[s] in PREPOSITIONS and (start := _after_fronted_object(sent, s, j)) is not None:
        return start
    while s <= j and (lows[s] in DATE_WORDS and not is_name_word(sent, s)
                      or words[s] in OPEN_QUOTES):
        s += 1
    if s + 1 <= j and lows[s] == "at" and lows[s + 1] == "least":
        return s  # "At least two officials said": a hedge, not a place
    if s <= j and lows[s] in PREPOSITIONS:
        for t in range(s + 1, j + 1):
            if lows[t] in DETERMINERS and lows[t] not in ("one", "two", "no"):
                return t
        # "In Washington officials said": keep the last word run after the object.
        return None
    while s <= j and (lows[s] in DATE_WORDS and not is_name_word(sent, s)
                      or words[s] in OPEN_QUOTES):
        s += 1
    return s if s <= j else None


# Prepositions of time that may end a relative clause on the subject.
_WHILE_PREPOSITIONS = frozenset({"during", "after", "before", "since", "until", "throughout"})


# Adjectives that stand before a name inside one phrase: "the new Register poll", "the late
# John McCain", "rival Donald Trump".
_BEFORE_NAMES = frozenset("""new latest recent former late then current fellow rival young
    veteran longtime top senior junior incoming outgoing""".split())


def _after_fronted_object(sent: Sentence, p: int, j: int) -> int | None:
    """Where the subject starts after an opening phrase with no comma: "In a Bloomberg
    interview Trump declared", "In an interview with the BBC the minister said". The
    preposition's object runs on through "of", "with" and the like; the subject is the last
    phrase that opens right after a noun, with a determiner ("BBC | the minister") or a name
    ("interview | Trump"); a title before a name is the name's ("president | Macron")."""
    words, lows = sent.words, sent.lows
    start = None
    for t in range(p + 2, j + 1):
        prev, before = lows[t - 1], words[t - 1]
        if prev in PREPOSITIONS or prev in DETERMINERS or prev in QUANTIFIERS \
                or prev in POSSESSIVE_DETERMINERS or not before[:1].isalnum():
            continue
        if lows[t] in ARTICLES or lows[t] in POSSESSIVE_DETERMINERS:
            start = t  # "In a statement | the ministry", "In 2015 | its staff"
        elif words[t][:1].isupper() and before[:1].islower() and before.isalpha() \
                and prev not in TITLES_LOWER and prev not in ROLE_NOUNS \
                and prev not in SPEAKER_HEADS and prev not in _BEFORE_NAMES \
                and not prev.endswith("ing"):
            start = t  # "In a Bloomberg interview | Trump"
    return start


# The ways a statement is made ("in a statement", "in his nightly address", "told a
# hearing"): a date or a place after one belongs to the statement.
OCCASIONS = frozenset("""statement interview post tweet conference briefing letter speech
    email video message podcast memo call appearance hearing address remarks""".split())


# Participles that date a document: "a poll released Sunday", "a report issued on Friday".
RELEASED = frozenset({"released", "published", "conducted", "issued", "out", "taken",
                      "posted", "filed"})


def date_end(sent: Sentence, k: int) -> int:
    """The end of the date phrase at token ``k`` ("on Thursday", "last week", "Feb. 11")."""
    words, lows = sent.words, sent.lows
    t = k
    while t < len(words) and t - k < 4 and (
            lows[t] in DATE_WORDS and lows[t] not in ("in", "early", "late")
            or words[t][:1].isdigit() or lows[t] in MONTH_ABBREVIATIONS):
        t += 1
    return t if t > k and lows[t - 1] not in ("on", "last", "this", "next") else k


def _name_end(sent: Sentence, k: int) -> int:
    """The end of a name at ``k``: "the" and up to four capitalised words (else ``k``)."""
    words = sent.words
    t = k + (sent.lows[k] == "the" if k < len(words) else 0)
    e = t
    while e < len(words) and e - t < 4 and words[e][:1].isupper() and is_word(words[e]):
        e += 1
    return e if e > t else k


def _name_list_end(sent: Sentence, start: int, comma: int) -> int | None:
    """The end of a list of names that the name from ``start`` opens at ``comma``:
    "South Korea, Ukraine and the United States", closed by the clause's end. Each listed
    body is a source of its own (see rules._split_joint)."""
    words, lows = sent.words, sent.lows
    n = len(words)
    if _name_end(sent, start) != comma:
        return None
    k = comma
    for _ in range(4):
        if k + 1 < n and words[k] == "," and lows[k + 1] == "and":
            k += 1
        if k < n and lows[k] == "and":
            e = _name_end(sent, k + 1)
            if e > k + 1 and (e == n or words[e] in (".", ",", ";")):
                return e
            return None
        if k >= n or words[k] != ",":
            return None
        e = _name_end(sent, k + 1)
        if e == k + 1:
            return None
        k = e
    return None


# Words that open when or where the speaker spoke, after the name that ends the speaker:
# "said coach Dawn Staley after the game", "said head coach Ann Lee on Sunday".
_WHEN_AFTER_SPEAKER = frozenset({"after", "before", "during", "on", "at", "late", "early"})


def _described_name(sent: Sentence, k: int) -> bool:
    """Lowercase words that describe a name which closes the clause (or ends before when
    or where it was said): '…," said election lawyer Joe Birkenstock.', "said senior NIS
    official Kim Byung-kee", "said coach Dawn Staley after the game". A verb or a
    preposition among them ("said goodbye to Biden") is no description."""
    words, lows = sent.words, sent.lows
    n = len(words)
    if not (words[k][:1].islower() or words[k][:1].isdigit()):
        return False
    t = k
    while t < n and t - k < 8:
        w, low = words[t], lows[t]
        if w[:1].isupper() or w[:1].isdigit() or _number_slash(sent, t):
            t += 1  # "said 9/11 widow Terry Strada", "said 24-year-old student Ann Lee"
        elif low.replace("-", "").isalpha() and (low not in BOUNDARY or low == "and" and t > k)\
                and low not in PRONOUNS and (low not in PREPOSITIONS or low == "of") \
                and not low.endswith("ly"):
            t += 1  # "said lobbyist and GOP strategist Charlie Black"
        else:
            break
    if t == k or not words[t - 1][:1].isupper():
        return False
    if words[k][:1].isdigit() and not any(words[u][:1].islower() or "-" in words[u]
                                           for u in range(k, t)):
        return False  # "Declared 2016 Presidential Candidates.": a year and a title, no one
    return t == n or words[t] in (",", ".", "(", "!", "?") or lows[t] == "who" or (
        lows[t] == "in" and t + 1 < n and words[t + 1][:1].isupper()) \
        or lows[t] in _WHEN_AFTER_SPEAKER


def _number_slash(sent: Sentence, k: int) -> bool:
    """Token ``k`` is the slash inside a number such as "9/11" or "24/7", which one
    descriptor holds whole."""
    words = sent.words
    return words[k] == "/" and 0 < k < len(words) - 1 and words[k - 1][:1].isdigit() \
        and words[k + 1][:1].isdigit()


# Lowercase particles inside a personal name: "Faisal bin Farhan", "Fernández de Kirchner".
NAME_PARTICLES = frozenset({"bin", "ibn", "al", "de", "da", "di", "del", "della", "van", "von",
                             "der", "den", "du", "la", "le", "dos", "das"})
_MONTHS = frozenset("""january february march april may june july august september october
    november december""".split())


def named_at(sent: Sentence, s: int) -> bool:
    """A name opens the phrase at token ``s``, after an optional "the": "by the NIS", "by
    Reuters", as an agent must be to speak (not "by the storm")."""
    return sent.words[s + (sent.lows[s] == "the")][:1].isupper()


def is_name_word(sent: Sentence, k: int) -> bool:
    """A capitalised word of a name; a date word only inside one: "FE Week", "the Evening
    Standard", "The Sunday Times" (not "On Friday Trump said", "Tonight Trump said")."""
    w = sent.words[k]
    if not w[:1].isupper():
        return False
    low = sent.lows[k]
    if low not in DATE_WORDS:
        return True
    if k == 0 or low in ("on", "in", "last", "this", "next", "early", "late", "earlier"):
        return False
    words = sent.words
    before = words[k - 1]
    after = words[k + 1] if k + 1 < len(words) else ""
    capital_after = after[:1].isupper() and is_word(after) \
        and sent.lows[k + 1] not in DATE_WORDS
    if low in _MONTHS or low.endswith("day") and low not in ("today", "yesterday"):
        # a weekday or a month names a paper only after an article: "The Sunday Times"
        return sent.lows[k - 1] in ARTICLES and capital_after
    return (before[:1].isupper() and is_word(before) and sent.lows[k - 1] not in DATE_WORDS
            and sent.lows[k - 1] not in ARTICLES) or capital_after


# Verbs that a name ending in "'s" may open a clause with, where no noun it possesses could
# stand ("Moody's said", "Moody's has cut"); a participle after it ("Trump's proposed ban")
# modifies a noun.
_AFTER_NAME = frozenset({"said", "says", "has", "had", "is", "was", "will", "would"})


def possessive_name(sent: Sentence, e: int) -> bool:
    """The capitalised word ending in "'s" before token ``e`` is a whole name, not a
    possessor, since no noun follows it: "Moody's said", "Moody's, the ratings agency,
    warned", "McDonald's has cut". The plain subject reader and the verb reader ask it
    both, so a name ending in "'s" is one in both."""
    return sent.words[e - 1][:1].isupper() and e < len(sent.words) \
        and (sent.words[e] == "," or sent.lows[e] in _AFTER_NAME)


def plausible_np(sent: Sentence, s: int, e: int) -> bool:
    """A source needs a head: a name, a pronoun, or a noun-like word (not only dates,
    numbers or determiners)."""
    lows = sent.lows
    words = sent.words
    if e - s == 1:
        low = lows[s]
        if low in PRONOUNS or low in ("i", "we", "many", "some", "others", "both", "most",
                                      "several", "another", "one", "each", "few", "half"):
            return True  # "Several said", "another says": the quantifier is the subject
        if low in NUMBER_WORDS and (s == 0 or words[s - 1] in (",", ";", ":")
                                    or lows[s - 1] in ("and", "but", "while")):
            return True  # "…, and two said they had been turned away": those counted
        if low in DETERMINERS or low in DATE_WORDS or low in PREPOSITIONS:
            return False
        if low in ("him", "her", "them", "me", "us", "this", "what", "it's"):
            return False
    last = lows[e - 1]
    if last in DETERMINERS and not (e - s >= 3 and (lows[e - 2] in ("in", "to") or lows[
            e - 2] == "of" and last in NUMBER_WORDS)) \
            and not (e - s == 2 and lows[s] == "the" and last == "other") \
            and not (words[e - 1] == "One" and e - s >= 2 and words[e - 2][:1].isupper()) \
            or last in PREPOSITIONS or last.endswith("'s") and not possessive_name(sent, e):
        return False  # but "one in five", "the mother of three", "the other" is a subject
    if words[e - 1][:1].isdigit() and e - s == 1:
        return False
    if e - s > 2 and lows[s].endswith("ed") and words[s].islower() \
            and lows[s + 1] in _PARTICIPLE_OBJECT_LINKS:
        return False  # "(being) placed on motivating voters shows": a participle, no head
    if e - s > 2 and past_form(lows[s]) and words[s].islower() \
            and (lows[s + 1] == "that" or lows[s + 1] in ARTICLES):
        return False  # "(a survey) found that 449 of the insiders back": a verb, no head
    if not _OBJECT_DETERMINERS.isdisjoint(lows[s + 1:e]) and any(
           lows[t] in _OBJECT_DETERMINERS and words[t].islower() and words[t - 1].isalpha()
           and words[t - 1].islower() and lows[t - 1] not in PREPOSITIONS
           and lows[t - 1] not in BOUNDARY and lows[t - 1] not in ("and", "or")
           and lows[t - 1] not in DOC_NOUNS and lows[t - 1] not in _GENERIC_NOUNS
           and lows[t - 1] not in OCCASIONS
           and RELATIVES.isdisjoint(lows[s:t])
           for t in range(s + 1, e)):
        # "release its next assessment (report)": a verb and its object (but "Republicans
        # who have praised his candidacy", "an interview his brother gave")
        return False
    for k in range(s, e):  # (a loop: most phrases answer at their first word)
        if is_word(words[k]) and lows[k] not in DATE_WORDS:
            return True
    return False


# Possessive determiners that never follow a noun inside one phrase ("her" may be the object
# of a verb: "told her"): a lowercase word right before one is a verb.
_OBJECT_DETERMINERS = frozenset({"its", "his", "their", "our", "my", "your"})
# Prepositions after a participle that opens a phrase: "placed on", "financed with".
_PARTICIPLE_OBJECT_LINKS = frozenset({"on", "with", "by", "in", "to", "for", "at", "from"})


# What may follow a speaker after an inverted cue: the end of its clause.
_INVERTED_ENDS = frozenset({",", ".", "!", "?", ";", ")"}) | CLOSE_QUOTES


# What opens a figure after "at": "at around 3,000", "at least 300", "at $2 billion".
_AT_FIGURE = frozenset("around about nearly roughly some least more over between up".split())


def _quoted_modifier_end(sent: Sentence, k: int) -> int | None:
    """The closing mark of a short quotation opened at ``k`` that modifies the noun after it
    ('the "Medicare for all" document', 'a “peace formula” paper'): the phrase goes on."""
    words = sent.words
    for c in range(k + 1, min(len(words) - 1, k + 8)):
        if words[c] in CLOSE_QUOTES:
            after = words[c + 1]
            return c if c > k + 1 and is_word(after) and after[:1].islower() \
                and sent.lows[c + 1] not in BOUNDARY else None
        if not is_word(words[c]):
            return None
    return None


# What a paper says in its own voice, named by where it ran: "a report in the Korea Herald"
# (not "an article in …", which a contributor may have written).
PAPERS_OWN = frozenset({"editorial", "editorials", "report", "reports", "story"})
# Participles of handing a text over, whose "to" names whom it went to ("an estimate by the
# NIS presented to lawmakers"): the source's phrase ends before them.
HANDED = frozenset({"presented", "submitted", "delivered", "sent", "handed", "given",
                    "provided", "passed"})


def right_np(sent: Sentence, i: int, *, inverted: bool = False) -> tuple[int, int] | None:
    """The noun phrase starting at token ``i`` (after "according to", "by", or an inverted
    verb), with an appositive for inverted verbs: "said Doug Schoen, a former adviser"."""
    words, lows = sent.words, sent.lows
    n = len(words)
    k = i
    while k < n and words[k] in OPEN_QUOTES:
        k += 1
    start = origin = k
    if k >= n or not is_word(words[k]):
        return None
    first = lows[k]
    first_name = first in _NAME_MODALS and words[k][:1].isupper() and k + 1 < n \
        and words[k + 1][:1].isupper() and is_word(words[k + 1]) \
        and lows[k + 1] not in DATE_WORDS
    if first in BOUNDARY and first not in ("him",) and not first_name \
            and not (ly_adverb(first) and k + 1 < n and lows[k + 1].endswith("ed")):
        # but '…," said Will Doyle', 'says May Chen': a first name, not the modal; and
        # "according to recently released documents": an adverb on the phrase's participle
        return None
    if inverted and not (words[k][:1].isupper() or first in DETERMINERS
                         or first in ("he", "she", "they", "we", "i")
                         or first in BARE_PLURAL_SOURCES or first in TITLES_LOWER
                         or _described_name(sent, k)):
        return None
    if inverted and lows[k] in DATE_WORDS and not is_name_word(sent, k) and not first_name:
        return None
    while k < n:
        w = words[k]
        low = lows[k]
        if not is_word(w):
            if w in ("/", "&") and k > start and k + 1 < n and words[k - 1][:1].isupper() \
                    and words[k + 1][:1].isupper() and is_word(words[k + 1]) \
                    or _number_slash(sent, k):
                # "a Washington Post/ABC News poll": one name of two outlets; "the Armed
                # Conflict Location & Event Data Project": one name
                k += 1
                continue
            if w in OPEN_QUOTES and k > start and k + 3 < n and words[k - 1][:1].isupper() \
                    and words[k + 1][:1].isupper() and words[k + 2] in CLOSE_QUOTES \
                    and words[k + 3][:1].isupper() and is_word(words[k + 3]):
                k += 3  # 'said Earl “Buddy” Thibodeaux': a nickname inside the name
                continue
            if w in OPEN_QUOTES and k > start and lows[k - 1] in DETERMINERS \
                    and (c := _quoted_modifier_end(sent, k)) is not None:
                k = c + 1  # 'according to the "Medicare for all" document': a named kind
                continue
            if w == "," and k > start:
                listed = _name_list_end(sent, start, k)
                if listed is not None:
                    k = listed  # "according to South Korea, Ukraine and the United States"
                    break
            if w == "(" and k + 1 < n and not words[k + 1][:1].islower():
                # "Sen. Bernie Sanders (Vt.)", "(ISW)"; not an aside "(a view echoed by …)"
                c = k + 1
                while c < n and words[c] != ")" and c - k < 8:
                    c += 1
                if c < n and words[c] == ")":
                    k = c + 1
                    continue
            break
        if k > start and low in _RELAYING:
            break  # "a report by the Financial Times citing Western officials"
        if k > start and low == "to" and lows[k - 1] in CLOSE_TO and k + 1 < n \
                and is_word(words[k + 1]):
            k += 1  # "according to a source close to the campaign"
            continue
        if k > start and low in ("in", "on") and k + 2 < n and lows[k + 1] == "the" \
                and lows[k - 1] in _PLACED_SPEAKERS and not any(
                    lows[t] in OCCASIONS or lows[t] in DOC_NOUNS
                    for t in range(k + 2, min(n, k + 6))):
            k += 2  # "citing a source in the border city of Sinuiju", "a lawmaker on the
            continue  # intelligence committee" (but "said a source in the statement")
        if k > start and low == "in" and lows[k - 1] in _PLACED_SPEAKERS and k + 2 < n \
                and words[k + 1].isalpha() and words[k + 1].islower() \
                and lows[k + 1] not in DETERMINERS and lows[k + 1] not in POSSESSIVE_DETERMINERS \
                and (not is_word(words[k + 2]) or k + 3 < n and words[k + 2].isalpha()
                     and words[k + 2].islower() and not is_word(words[k + 3])):
            k += 1  # "citing sources in law enforcement,": a field, without its article
            continue
        if k > start and low == "briefed" and k + 1 < n and lows[k + 1] in ("on", "about") \
                and (lows[k - 1] in BARE_PLURAL_SOURCES or lows[k - 1] in SPEAKER_HEADS
                     or lows[k - 1] in ("person", "people")):
            k += 2  # "said three people briefed on the discussions": who they are
            continue
        if inverted and low == "at" and k > start and lows[k - 1] in AFFILIATED \
                and k + 1 < n and (words[k + 1][:1].isupper() or lows[k + 1] in ARTICLES
                                   or words[k + 1][:1].isdigit() and k + 2 < n
                                   and words[k + 2][:1].isupper()):
            k += 1  # "…, wrote analysts at the Institute for the Study of War"
            continue
        if k > start and low in ("at", "during") and k + 1 < n and lows[k + 1] in ("a", "an") \
                or k > start and low == "ahead" and k + 1 < n and lows[k + 1] == "of" \
                or k > start and ly_adverb(low) and k + 1 < n and lows[k + 1] in ("after",
                                                                                 "before"):
            # "echoed by Blinken at a NATO meeting", "shared by the lab ahead of publication",
            # "reported by the navy shortly after midnight": the occasion, not the source
            break
        if k > start and low == "at" and k + 1 < n and (
                words[k + 1][:1].isdigit() or words[k + 1] == "$" or lows[k + 1] in _AT_FIGURE):
            break  # "estimated by the NIS at around 3,000": the figure, not the source
        if k > start and (_time_ago(lows, k) or low == "within" and k + 1 < n and (
                lows[k + 1] in TIME_UNITS or k + 2 < n and lows[k + 2] in TIME_UNITS)):
            break  # "confirmed by the Pentagon two days ago", "rejected … within hours": when
        if low == "and" and k > start and k + 1 < n and (
                _inside_name(sent, k) or not inverted and (
                    words[k + 1][:1].isupper() or lows[k + 1] in ARTICLES
                    or lows[k + 1] in NUMBER_WORDS and k + 2 < n and words[k + 2].isalpha())):
            # "citing U.S. and Ukrainian officials", "the Center for Strategic and …",
            # "citing the NIS and two lawmakers"
            k += 1
            continue
        if low in ("and", "or") and k > start and k + 1 < n and lows[k - 1] in _PAIRED_MODIFIERS \
                and lows[k + 1] in _PAIRED_MODIFIERS:
            k += 1  # "five current and former European officials": one phrase
            continue
        if low == "and" and inverted and k > start and k + 1 < n:
            # "said lobbyist and strategist Charlie Black", "said Jane Doe and John Roe": a
            # second speaker or description that ends the clause as the first would
            rest = right_np(sent, k + 1, inverted=True)
            if rest is not None and (rest[1] == n or words[rest[1]] in _INVERTED_ENDS):
                k = rest[1]
                break
        if k > start and low in ("earlier", "later") and lows[k - 1] in ARTICLES \
                and k + 1 < n and words[k + 1].isalpha() and words[k + 1].islower():
            k += 1  # "citing an earlier report by Izvestia": an adjective, no adverb
            continue
        if k > start and (low in BOUNDARY or low in ("who", "whose")
                          or inverted and low in _RIGHT_ENDERS
                          and not (low in DATE_WORDS and is_name_word(sent, k))) and low not in (
            "in",
        ):
            break
        if k > start and low == "in" and lows[k - 1] in _PLACED_IN and k + 1 < n \
                and is_word(words[k + 1]):
            k += 1  # "said a paratrooper involved in the capture": who they are
            continue
        if k > start and low == "in":
            nxt = words[k + 1] if k + 1 < n else ""
            if (lows[k - 1] in BARE_PLURAL_SOURCES or lows[k - 1] + "s" in BARE_PLURAL_SOURCES) \
                    and nxt == "the" and k + 2 < n \
                    and words[k + 2][:1].isupper() and lows[k + 2] not in DATE_WORDS:
                k += 2  # "citing two sources in the General Staff": where they sit
                continue
            if nxt == "the" and lows[k - 1] in PAPERS_OWN and k + 2 < n \
                    and words[k + 2][:1].isupper() and lows[k + 2] not in DATE_WORDS:
                k += 2  # "according to a report in the Korea Herald": where it ran
                continue
            if not nxt[:1].isupper() or lows[k + 1] in DATE_WORDS:
                break
            if inverted and k - start >= 2 and all(is_name_word(sent, t) for t in range(start, k)):
                break  # "…, writes Ivan Orlov in Novaya Gazeta": a person's name ends there
        if k > start and low == "on" and k + 1 < n and words[k - 1][:1].isupper() \
                and (lows[k - 1] in SPEAKER_HEADS or lows[k - 1] in ("initiative", "panel")) \
                and words[k + 1][:1].isupper() and lows[k + 1] not in DATE_WORDS:
            k += 1  # "the Council on Foreign Relations", "the Initiative on GHG Accounting"
            continue
        if k > start and low in DAY_AND_MONTH_NAMES and lows[k - 1] in ARTICLES and k + 1 < n \
                and words[k + 1].isalpha() and words[k + 1].islower() \
                and lows[k + 1] not in BOUNDARY and lows[k + 1] not in PREPOSITIONS:
            k += 1  # "according to a December survey by …": the month names the survey
            continue
        if k > start and low in DATE_WORDS and not is_name_word(sent, k) and not (
                lows[k - 1] in PASSIVE_ONLY and k + 1 < n and lows[k + 1] == "by") and not (
                low == "in" and k + 1 < n and is_name_word(sent, k + 1)):
            # but "a statement issued Friday by X" goes on to its author, and "a CNN poll
            # released Sunday" keeps the date its participle needs
            if lows[k - 1] in RELEASED and k - 1 > start:
                k = date_end(sent, k)
                if k < n and lows[k] == "by":
                    origin = k  # the author's phrase has its own length
                    continue  # "a report released on Friday by the ISW"
            break
        if k > start and low in CUES and not (
                (low in RELEASED or low in PASSIVE_ONLY and lows[k - 1] in DOC_NOUNS)
                and k + 1 < n and lows[k + 1] == "by") \
                and (not CUES[low].noun_too and not _modifier_cue(sent, k)
                                          or low.endswith("ed")
                                          and lows[k - 1] not in DETERMINERS
                                          or low == "found" and k + 1 < n
                                          and lows[k + 1] in ("on", "in", "at", "near")
                                          or _finite_noun_cue(sent, k)):
            break  # "by the U.S.-based CSIS estimated that …", "a diary found on the body"
        if low in _ON_FOR_OF and k > start and (
                low == "on" or k + 1 < n and lows[k + 1].endswith("ing")
                and words[k + 1][:1].islower()):
            # "criticized by some of his rivals for failing to …", "accused by the
            # government of attempting a coup": the charge belongs to the verb, not to who
            # made it
            break
        if k - origin > 12:
            return None
        if not inverted and k > start and low in ARTICLES and w.islower() \
                and words[k - 1].isalpha() \
                and words[k - 1].islower() and lows[k - 1] not in PREPOSITIONS \
                and lows[k - 1] not in DETERMINERS and lows[k - 1] not in QUANTIFIERS \
                and lows[k - 1] not in BOUNDARY and lows[k - 1] not in ("or", "given"):
            break  # "released by the Trump campaign | the AP report merits": a new clause
        if k > start and low in PRONOUNS and (inverted or low in _SUBJECT_PRONOUNS):
            break  # "citing a document it had reviewed": the pronoun opens a relative clause
        k += 1
    end = k
    while end > start and lows[end - 1] in PREPOSITIONS | {"the", "a", "an"}:
        end -= 1
    if end - start > 1 and lows[end - 1].endswith("ed") and not inverted and (
            lows[end - 1] in RELEASED
            or end < n and lows[end] == "to" and lows[end - 1] in HANDED
            and any(words[t][:1].isupper() for t in range(start, end - 1))):
        # "according to review files published | alongside the article", "an estimate by
        # South Korea's spy agency presented | to lawmakers" (not "audio provided to …")
        end -= 1
    if end <= start:
        return None
    if inverted:
        if lows[start] in PRONOUNS and (end < n and sent.words[end] not in (",", ".")):
            return None  # "…, said he would …": "he" opens the reported clause
        if _clause_after_cue(sent, start, end):
            return None  # "Nearly half, 48%, say the economy improved.": the content
        nxt = words[end] if end < n else ""
        if nxt and is_word(nxt) and lows[end] not in _RIGHT_ENDERS and lows[end] not in (
            "in", "on", "of", "for", "at", "with", "from", "to"
        ) and not _time_ago(lows, end):  # ("said Kim two days ago")
            return None  # "…, said Clinton lied": not an inverted speaker
        end = _extend_appositive(sent, end)
    elif not plausible_np(sent, start, end) and not (
            end - start == 1 and lows[start] in OBJECT_PRONOUNS):  # "according to him"
        return None
    return start, end


def _time_ago(lows: tuple[str, ...], k: int) -> bool:
    """Token ``k`` opens "two days ago", "30 years ago", "a week ago": a time, never a name."""
    low = lows[k]
    return (low[:1].isdigit() or low in NUMBER_WORDS or low in ("a", "an", "several", "few")) \
        and k + 2 < len(lows) and lows[k + 1] in TIME_UNITS and lows[k + 2] == "ago"


# Common irregular pasts, which open a predicate as a lowercase -ed word does ("sent a
# letter", "took the floor", "the economy grew").
IRREGULAR_PAST = frozenset("""sent took made gave held went came put met left won lost ran
    brought kept began spoke stood sought fought drew led threw struck paid bought sold built
    heard saw got became broke chose wore rose fled hid fell flew grew drove rode ate sank
    swam sang rang shook forgot caught taught stole froze woke tore swore hung dug stuck fed
    slept swept wept spent lent meant dealt withdrew undertook overtook arose knelt slid spun
    swung underwent upheld withheld oversaw overcame quit""".split())


def past_form(low: str) -> bool:
    """A past tense or participle by its form: a common irregular past or a -ed word of five
    letters or more (shorter ones are mostly nouns: "bed", "seed")."""
    return low in IRREGULAR_PAST or len(low) > 4 and low.endswith("ed")


def _clause_after_cue(sent: Sentence, start: int, end: int) -> bool:
    """The phrase ``[start, end)`` read after an inverted cue is a clause, the cue's content,
    not its speaker: "Just over half, 51 percent, say the economy improved." A lowercase word
    after a lowercase noun (not after a determiner, a preposition or a possessive) that is a
    past form ("improved", "left") is its verb when nothing but punctuation follows it or a
    word that is no preposition does ("the deal collapsed last week"). A participle with its
    complement describes a speaker and stays: "said a source involved in the talks",
    "say those surveyed", "said the officials briefed on the plan". Only the inverted reading
    calls it, on the phrase it found, so no sentence pays for it otherwise."""
    words, lows = sent.words, sent.lows
    n = len(words)
    for t in range(start + 1, end):
        low = lows[t]
        if not past_form(low) \
                or not words[t][:1].islower() or not words[t - 1][:1].islower():
            continue
        prev = lows[t - 1]
        if prev in DETERMINERS or prev in PREPOSITIONS or prev.endswith("'s") \
                or not is_word(words[t - 1]):
            continue
        if t + 1 >= n or not is_word(words[t + 1]) or lows[t + 1] not in PREPOSITIONS:
            return True
    return False


def _finite_noun_cue(sent: Sentence, k: int) -> bool:
    """Whether the cue at ``k`` that is also a noun ("show", "shows", "finds") is the finite
    verb of the main clause, where a phrase read rightwards from "by" or "according to" must
    end: "Figures released by the league show attendance rose", "a study released by a group
    of researchers shows in detail how …". It is one after a complete noun phrase (not a
    determiner, possessive, preposition or conjunction) when its "-s" form follows a plural
    noun (no compound puts a plural before its head: "researchers shows"), or when it is
    "show" or "find", whose nouns hardly premodify, before a word ("… show attendance
    rose", "… shows that", "… shows Clinton leads"; "a talk show host" stays). Other cues
    stay nouns: "the state party chairwoman", "documents he submitted", "news reports that"."""
    words, lows = sent.words, sent.lows
    n = len(lows)
    low, prev = lows[k], lows[k - 1]
    if k + 1 >= n or not words[k][:1].islower() or low.endswith("ing") \
            or not is_word(words[k - 1]) or not is_word(words[k + 1]) \
            or prev in DETERMINERS or prev in PREPOSITIONS or prev in ("and", "or") \
            or prev.endswith(("'s", "'", "\u2019s", "\u2019")):
        return False
    if low.endswith("s") and prev.endswith("s") and not prev.endswith("ss") \
            and words[k - 1][:1].islower() and prev != "news":
        return True  # "by a group of researchers shows in detail how …"
    nxt = lows[k + 1]
    return CUES[low].lemma in ("show", "find") and nxt not in PREPOSITIONS \
        and (nxt not in BOUNDARY or nxt in _CLAUSE_OPENERS) and nxt not in ("host", "hosts")


RELATIVES = frozenset({"who", "which", "that", "whom"})
# A cue verb's participle that describes the noun before it, with the charge after it: "a
# man accused of murder", "a driver suspected of smuggling", "the man charged with the
# killing". The active verbs take their object first ("accused him of lying").
REDUCED_PASSIVES = {"accuse": "of", "suspect": "of", "charge": "with"}


def reduced_passive(sent: Sentence, k: int) -> bool:
    """Whether the cue at ``k`` is such a participle: its accuser is nobody in the sentence,
    and a subject phrase reads on over it ("A teacher accused of cheating said …"); not after
    an auxiliary or pronoun ("was accused of", "he charged with"), nor in a relative clause
    whose subject comes first ("the cleric whom Erdogan accused of plotting")."""
    lows = sent.lows
    cue = CUES.get(lows[k])
    return cue is not None and lows[k].endswith("ed") and k + 1 < len(lows) \
        and REDUCED_PASSIVES.get(cue.lemma) == lows[k + 1] and k > 0 \
        and lows[k - 1] not in AUX and lows[k - 1] not in PRONOUNS \
        and RELATIVES.isdisjoint(lows[max(0, k - 4):k - 1])  # not "whom Erdogan accused of"


# A finite verb that, after a participle and its date, is the main clause's verb: "The plan
# announced on Friday was rejected", "A merger announced Monday would create …".
MAIN_VERBS = frozenset("""is are was were has have had will would could can may might must
    should""".split())


def dated_participle(sent: Sentence, k: int) -> bool:
    """Whether the cue at ``k`` is a participle describing the noun before it, dated and then
    followed by the main clause's verb: "The sanctions announced on Friday were the
    toughest yet", "A $160 billion merger announced Monday would create …". Nobody in the
    sentence announces anything. The noun before it is a lowercase one that names no
    speaker: after a name or a speaker the verb may be a relative clause's ("the phrase
    Grassley cited on Wednesday has appeared", "the figures the ministry cited on Friday
    were lower"), or reported words may open with a day ("officials said Friday would be
    calm")."""
    words, lows = sent.words, sent.lows
    n = len(lows)
    if k == 0 or k + 2 >= n or lows[k + 1] not in DATE_WORDS \
            and not words[k + 1][:1].isdigit() and lows[k + 1] not in MONTH_ABBREVIATIONS:
        return False  # no date after the verb (nearly every cue): the cheap test first
    prev = lows[k - 1]
    if not past_form(lows[k]) or not words[k - 1].isalpha() \
            or not words[k - 1].islower() or prev in AUX or prev in PRONOUNS:
        return False
    end = date_end(sent, k + 1)
    if end == k + 1 or end >= n or lows[end] not in MAIN_VERBS:
        return False
    return prev not in SPEAKER_HEADS and prev not in ROLE_NOUNS \
        and prev not in BARE_PLURAL_SOURCES and singular(prev) not in SPEAKER_HEADS


def _modifier_cue(sent: Sentence, k: int) -> bool:
    """Whether the verb cue at ``k`` is a noun that modifies the head after it, so a phrase
    read either way goes on over it: "a senior rail union official", "a Washington think
    tank", "a rail industry spokesman". The cue is lowercase in its bare form, not after a
    head, a plural, a pronoun or an auxiliary that could be its subject ("the ministry warn
    officials", "will make people think"), and one or two lowercase words after it reach a
    speaker or role noun."""
    words, lows = sent.words, sent.lows
    if think_tank(lows, k):
        return True
    low, prev = lows[k], lows[k - 1] if k > 0 else ""
    if not words[k][:1].islower() or CUES[low].lemma != low or low.endswith("s") \
            or prev.endswith("s") or prev in SPEAKER_HEADS or prev in ROLE_NOUNS \
            or prev in BOUNDARY or prev in PRONOUNS or prev in MODAL_SKIP:
        return False  # "will make people think", "said leaders agreed": verbs
    for t in range(k + 1, min(k + 3, len(lows))):
        nxt = lows[t]
        if not words[t][:1].islower() or not is_word(words[t]) or nxt in BOUNDARY \
                or nxt in PREPOSITIONS or nxt in DETERMINERS:
            return False
        if nxt in SPEAKER_HEADS or nxt in ROLE_NOUNS or nxt in AFFILIATED \
                or nxt in BARE_PLURAL_SOURCES:
            return True
    return False


# What opens the clause of a verb that BOUNDARY would otherwise stop at: "shows that …".
_CLAUSE_OPENERS = frozenset({"that", "how", "what", "why", "whether"})


_ON_FOR_OF = frozenset({"on", "for", "of"})


# Gerunds that hand a claim on inside a noun phrase: the phrase ends before them.
_RELAYING = frozenset({"citing", "quoting", "saying", "adding", "noting", "showing",
                       "suggesting", "indicating"})

AFFILIATED = frozenset("""analysts analyst researchers researcher experts expert scholars
    scholar fellow fellows economists economist scientists scientist officials official
    professor professors director executive executives engineers engineer employees
    employee surgeon surgeons doctor doctors nurse nurses""".split())


BARE_PLURAL_SOURCES = frozenset(
    """officials sources analysts experts researchers critics observers witnesses residents
    diplomats lawmakers investigators prosecutors police authorities scientists economists
    people supporters aides advisers""".split()
) | frozenset(w for w in LEARNED_HEADS if w.endswith("s") and w not in DOC_NOUNS)


def _extend_appositive(sent: Sentence, end: int) -> int:
    """", a former adviser to Mr. Clinton" and ", who …" after a name belong to the source."""
    words, lows = sent.words, sent.lows
    n = len(words)
    for _ in range(3):
        if end + 1 >= n or words[end] != ",":
            return end
        nxt = lows[end + 1]
        if nxt.isdigit() and len(nxt) <= 3 or nxt == "of" and words[end - 1].isdigit():
            # "…, said Carla Cruz, 24, of Tujunga, Calif.": her age and home town
            k = piece_end(words, end + 2)
            if k - end <= 6:
                end = k
                continue
            return end
        named = name_after_role(sent, end)
        if named is not None:
            end = named
            continue
        owner = nxt.endswith(("'s", "s'")) and end + 2 < n and words[end + 2][:1].islower()
        if (words[end + 1][:1].islower() or owner) and nxt not in BOUNDARY \
                and nxt not in _RIGHT_ENDERS and not nxt.endswith(("ing", "ed", "ly")):
            # "…, said Mitchell Moss, urban policy professor at NYU.", "…, said Ann Roe,
            # Facebook's director of policy.": a bare role, maybe with whose it is, that runs
            # to the end of the sentence describes the speaker (not "…, Acme's sales fell.").
            k = piece_end(words, end + 1, _PIECE_ENDS | {"("})
            if (k == n or words[k] in (".", "(") and all(
                    not is_word(w) or w.isdigit() for w in words[k:])) and k - end <= 20 \
                    and not (owner and piece_past_verbs(sent, end + 1, k)) \
                    and (owner or nxt in DETERMINERS or _names_role(lows, end + 1, k)
                         or nxt == "of" and words[end + 2][:1].isupper()):  # "…, of Mayfield"
                return k
        if not (nxt in DETERMINERS or nxt in ("who", "former", "senior", "chief", "deputy",
                                              "president", "director", "head", "spokesman",
                                              "spokeswoman", "chairman", "chair", "author",
                                              "professor", "leader", "executive")):
            return end
        k = piece_end(words, end + 1)
        if k - end > 30 or k < n and (words[k] in OPEN_QUOTES or words[k] in CLOSE_QUOTES):
            return end  # "…, who goes by the call sign 'Khorvat'": do not cut a quotation
        end = k
    return end


_PIECE_ENDS = frozenset({",", ".", ";", ":", "?", "!"}) | OPEN_QUOTES | CLOSE_QUOTES

# Unnamed speakers whom "in the …" or "on the …" places: "a source in the security services".
_PLACED_SPEAKERS = frozenset("""source sources official officials lawmaker lawmakers member
    members person people officer officers""".split())
# Participles that place a speaker in something: "officers involved in the operation".
_PLACED_IN = frozenset({"involved", "engaged", "stationed", "serving", "fighting", "deployed",
                        "based", "participating", "taking"})


# Modifiers that come in pairs before a speaker noun: "current and former officials",
# "U.S. and allied diplomats" is a name's own "and".
_PAIRED_MODIFIERS = frozenset("""current former past present serving retired active senior
    junior military civilian western local foreign federal state american european""".split())


# Role words beyond the speaker heads that a bare description of a person is built on
# ("publisher of SCOTUSblog", "senior counsel in the Brennan Center's Democracy Program").
_ROLE_WORDS = TITLES | SPEAKER_HEADS | ROLE_NOUNS | frozenset(
    """editor publisher counsel pastor co-director partner fellow member consultant
    operative organizer organiser coordinator officer veteran supporter backer""".split())


def _names_role(lows: tuple[str, ...], s: int, e: int) -> bool:
    """A bare piece ``[s, e)`` after an inverted speaker describes them only when it names a
    role ("urban policy professor at NYU", "president of the NAACP"); else it is the rest of
    the sentence the reporting clause interrupted ("The strike, said an official, cut power
    to 20,000 homes") or a manner ("…, said simply").  Only words before its first
    preposition count: "power to the people" names no one."""
    for t in range(s, e):
        if lows[t] in PREPOSITIONS:
            break
        if lows[t] in _ROLE_WORDS or singular(lows[t]) in _ROLE_WORDS:
            return True
    return False


def piece_end(words: tuple[str, ...], k: int, stops: frozenset[str] = _PIECE_ENDS) -> int:
    """The first token from ``k`` on that ends a comma piece (punctuation or a quotation
    mark), or the sentence's length."""
    n = len(words)
    while k < n and words[k] not in stops:
        k += 1
    return k


def name_after_role(sent: Sentence, end: int) -> int | None:
    """"…, wrote Ukraine's top commander, Oleksandr Syrskyi, on Telegram", "condemned by
    Kyiv's mayor, Vitali Klitschko, who …": the name in commas after a role is the same
    person; the end of that name, or None."""
    words, lows = sent.words, sent.lows
    n = len(words)
    head = lows[end - 1]
    if end + 1 >= n or words[end] != "," or not (
            head in TITLES_LOWER or head in ROLE_NOUNS or head in SPEAKER_HEADS):
        return None
    k = end + 1
    while k < n and k - end <= 4 and words[k][:1].isupper() and is_word(words[k]):
        k += 1
    if k > end + 1 and (k == n or words[k] in (",", ".")) and lows[end + 1] not in DATE_WORDS:
        return k
    return None


# Em and en dash, the horizontal bar some outlets set as a dash, and "-". A "-" token is a
# dash only as half of "--" or with spaces around it (``is_dash``): the tokenizer keeps a
# hyphen inside its word, but "R -S.C." leaves one on its own.
DASHES = frozenset({"\u2014", "\u2013", "\u2015", "-"})
_SEGMENT_DELIMS = frozenset({",", ";", ":", "(", ")"}) | DASHES | OPEN_QUOTES | CLOSE_QUOTES


def _segment_delim(sent: Sentence, k: int) -> bool:
    """Token ``k`` ends a comma piece (a "-" only when it is a dash)."""
    w = sent.words[k]
    return w in _SEGMENT_DELIMS and (w != "-" or is_dash(sent, k))


ADVERBIAL_OPENERS = frozenset(
    """in on at after before during while when as though although if because since meanwhile
    however though too also however, moreover in for with without despite amid from by
    speaking reached asked writing according still now then though""".split()
)


# "about half", "just over a third", "nearly two-thirds": a share of those polled.
_SHARE_HEDGES = frozenset("""about nearly almost roughly around over under just only some
    more fewer less barely""".split())


SHARES = frozenset("""half third thirds quarter quarters fifth fifths majority minority
    percent""".split())


def _share(sent: Sentence, s: int, e: int) -> bool:
    """The piece from ``s`` to ``e`` is a hedged share ("about half", "just over a third",
    "more than 60 percent"), which is a subject, not an adverbial, though it opens with
    "about" or "just"."""
    lows = sent.lows
    last = lows[e - 1]
    return e - s <= 5 and lows[s] in _SHARE_HEDGES and (
        last in SHARES or last.rsplit("-", 1)[-1] in SHARES) \
        and all(is_word(sent.words[t]) or sent.words[t] == "%" for t in range(s, e))


_PARTY_STATE = re.compile(r"[RDI]-[A-Z][\w.]*\.")  # "R-Ky.", "D-N.Y.": one token each


# What opens a clause after a comma, so the noun phrase after it is that clause's subject.
_CLAUSE_CONJUNCTIONS = frozenset({"but", "yet", "while", "whereas", "although"})
# Words after an opening participle that show it is one ("Testifying before the committee,",
# "Asked about the report,", "Speaking to reporters,"), not a name ending in -ing or -ed.
_PARTICIPLE_LINKS = frozenset({"to", "before", "about", "after", "during", "outside",
                               "alongside", "under", "over", "into"})


def segment_kind(sent: Sentence, s: int, e: int) -> str:
    """How a comma-delimited piece before a verb reads: a name (the subject), an appositive
    that describes it ("35", "a junior from Las Vegas"), a relative clause ("which …"), or an
    adverbial that interrupts ("in a statement released Thursday", "meanwhile")."""
    if (sent.lows[s] in _CLAUSE_CONJUNCTIONS
            or sent.lows[s] == "and" and s > 1 and predicate_piece(sent, s - 1)) \
            and s > 0 and sent.words[s - 1] == "," \
            and e - s > 1 and (sent.lows[s + 1] in DETERMINERS or sent.words[s + 1][:1].isupper()):
        # "…, but the ISW, citing milbloggers, reported", "X, the spokesman, said …, and
        # John Kirby, his counterpart, said": a new clause's subject (an "and" after a
        # predicate; after a name it joins two subjects)
        return "name"
    if sent.lows[s] in SKIPPABLE_OPENERS and e - s > 1:
        s += 1  # "But Matt Morrison, the group's director, said"
    elif sent.lows[s] == "as" and e - s > 1 \
            and (s == 0 or sent.words[s - 1] in OPEN_QUOTES
                 or sent.words[s - 1] == "," and any(
                     sent.lows[t] in PREDICATE_AUX or _past_verb(sent, t)
                     for t in range(comma_piece_start(sent, s - 1), s - 1))) \
            and (sent.words[s + 1][:1].isupper() or sent.lows[s + 1] in QUANTIFIERS
                 or sent.lows[s + 1] == "the" and e - s > 2 and sent.words[s + 2][:1].isupper()):
        # "As Rosenthal, a tax lawyer, put it, …", "…, as Garner, gasping on the sidewalk,
        # said": "as" opens the clause, not the name (but "Trump, as president, said")
        s += 1
    first = sent.lows[s]
    word = sent.words[s]
    if first in ("who", "which", "whose", "whom", "that"):
        return "rel"
    if first == "of" and (s == 0 or s == 1 and sent.words[0] in OPEN_QUOTES):
        return "adv"  # "Of Carson, Levine said": the topic, set before the clause
    if e - s == 2 and (first, sent.lows[s + 1]) in _INTERJECTED_PAIRS:
        return "adv"  # "The Kremlin, of course, denied": it interrupts, as "however" does
    if first in ("including", "especially", "particularly"):
        return "app"  # "numerous veterans, including Mr. Jebens, said"
    if _share(sent, s, e):
        return "name"  # "Among Kyiv residents, about half, 51 percent, say": the subject
    if first in _NAME_MODALS and word[:1].isupper() and e - s > 1 \
            and sent.words[s + 1][:1].isupper():
        return "name"  # "Will Estrada, the chairman, said": a first name
    if first in ADVERBIAL_OPENERS or first in AUX or first in BOUNDARY:
        return "adv"
    if first in DETERMINERS or word[:1].isdigit() or first in TITLES_LOWER \
            or _PARTY_STATE.fullmatch(word):
        return "app"  # "35", "a junior", "R-Ky."
    if word[:1].isupper() and len(first) > 5 and first.endswith(("ing", "ed")) \
            and e - s > 1 and (sent.lows[s + 1] in PREPOSITIONS
                               or sent.lows[s + 1] in _PARTICIPLE_LINKS):
        return "adv"  # "Testifying before the committee, Gen. Cavoli said": no name
    if word[:1].isupper():
        return "name"
    if first.endswith("ing") or first.endswith("ed"):
        return "adv"
    return "app"


# Words that may open a subject's comma piece without being part of it ("But numerous
# veterans, including Mr. Jebens, said").
TIME_UNITS = frozenset("seconds minutes minute hours hour days day weeks week months month "
                        "years year moments moment decades decade".split())


SKIPPABLE_OPENERS = frozenset(
    "but and so yet then now also still even indeed while whereas although first finally"
    .split())


def _after_place_preposition(sent: Sentence, comma: int) -> bool:
    """"… in Columbus, Ohio": the piece before ``comma`` ends with a place after in/at/from."""
    lows = sent.lows
    return comma > 0 and sent.words[comma - 1][:1].isupper() \
        and sent.lows[comma - 1] not in DATE_WORDS and any(
        lows[t] in ("in", "at", "from", "near", "of") for t in range(max(0, comma - 4), comma))


def comma_piece_start(sent: Sentence, comma: int) -> int:
    """The first token of the comma piece that ends just before ``comma``."""
    p = comma - 1
    while p >= 0 and not _segment_delim(sent, p):
        p -= 1
    return p + 1


def predicate_piece(sent: Sentence, comma: int) -> bool:
    """The comma piece before ``comma`` opens with a finite verb, so it is the predicate of
    the name and appositives before it ("Peskov, the Kremlin's spokesman, told reporters
    …,"), not one more appositive."""
    s = comma_piece_start(sent, comma)
    if s >= comma or s == 0:
        return False
    low = sent.lows[s]
    return sent.words[s][:1].islower() and (past_form(low) or low in PREDICATE_AUX
                                            or low in CUES and low != CUES[low].lemma
                                            and not CUES[low].noun_too)


# Auxiliaries that open a predicate after its subject's comma piece ("…, has said").
PREDICATE_AUX = frozenset("has have had is was were are did does".split())


def left_piece_kind(sent: Sentence, comma: int) -> str:
    """The kind of the comma piece that ends just before ``comma``."""
    s = comma_piece_start(sent, comma)
    return segment_kind(sent, s, comma) if s < comma else ""


_TITLE_SMALL = frozenset("of the a an and in on for to at".split())


def _title_run(sent: Sentence, a: int, b: int) -> bool:
    """The quotation from mark ``a`` to mark ``b`` is a short title: a few capitalised
    words (with "of", "the" …), perhaps with the comma that American style keeps inside."""
    words = sent.words
    end = b - 1 if words[b - 1] == "," else b
    inner = range(a + 1, end)
    return 0 < len(inner) <= 6 and words[a + 1][:1].isupper() and all(
        is_word(words[t]) and (words[t][:1].isupper() or sent.lows[t] in _TITLE_SMALL)
        for t in inner)


def appositive_subject(sent: Sentence, comma: int) -> tuple[int, int] | None:
    """"Marley Anderson, 21, a junior from Las Vegas, said", "Priebus, in the wake of …,
    told": walk back over comma pieces to the name; keep the appositives that describe it,
    leave out adverbials and relative clauses that merely interrupt."""
    words = sent.words
    k = comma
    pieces: list[tuple[int, int, str]] = []  # right to left
    # Quotations that close before the verb, by their closing mark: stepped over when a word
    # comes before them ('the co-author of "Going Viral," about …', 'citing "…,"'); not
    # when a name follows one, which then speaks it ('The plans "will …," Anne Richards, …').
    closed = {b: a for a, b in quote_spans(sent)
              if 0 < a and b < comma and not sent.words[b + 1][:1].isupper()}
    for _ in range(5):
        p = k - 1
        while p >= 0:
            w = words[p]
            if w == ")" and p > 0 and "(" in words[max(0, p - 6):p]:
                while words[p] != "(":  # "Rep. Sander M. Levin (Mich.), a superdelegate"
                    p -= 1
            elif p in closed and p - closed[p] <= 25 \
                    and sent.lows[p + 1] not in SKIPPABLE_OPENERS \
                    and sent.lows[p + 1] not in SUBORDINATORS and (
                    is_word(words[closed[p] - 1])
                    or words[closed[p] - 1] == "," and _title_run(sent, closed[p], p)):
                # ('a contestant on the show, "The Apprentice," said'; but 'the words "I
                # can't breathe," as Garner said': a clause opens after it)
                p = closed[p]
            elif w in DASHES and is_dash(sent, p):
                # "Trump, later alleging - again falsely - that …, said": a pair of dashes
                # inside one comma piece; a lone dash ends the piece ("WASHINGTON -- X, …").
                opening = _opening_dash(sent, p, _PIECE_STOPS)
                if opening is None:
                    break
                p = opening
            elif w in _SEGMENT_DELIMS and w != "-":
                break
            p -= 1
            if k - p > 30:
                return None
        seg_s = p + 1
        if seg_s >= k:
            return None
        at_start = p < 0 or words[p] != ","
        kind = segment_kind(sent, seg_s, k)
        if kind == "name" and not at_start and k - seg_s <= 2 \
                and sent.lows[seg_s] not in TITLES_LOWER and _after_place_preposition(sent, p) \
                and not (pieces and pieces[-1][2] == "app"
                         and sent.lows[pieces[-1][0]] in ARTICLES):
            # "during a meeting in Columbus, Ohio,": a place, not the subject; "Cory James,
            # 22, of Flint, Mich.,": the state ends the appositive that describes him. But a
            # name that "the head of …" describes is a person: "captured near Kursk, Andriy
            # Yermak, the head of Zelensky's office, said".
            kind = "adv" if left_piece_kind(sent, p) == "adv" else "app"
        if kind == "name" and not at_start and p >= 1 and left_piece_kind(sent, p) == "app" \
                and sent.lows[comma_piece_start(sent, p)] not in SKIPPABLE_OPENERS \
                and not predicate_piece(sent, p):
            # "Andrii Yermak, the head of the presidential office, Ukraine's most powerful
            # bureau, said": a name after an appositive that itself follows a name names the
            # thing in that appositive; the subject is the first name.
            first = appositive_subject(sent, p)
            if first is not None and first[1] == p and not sent.words[first[0]][:1].islower():
                kind = "app"
        if kind == "name" or at_start:
            if at_start and kind == "adv" and pieces and pieces[-1][0] == k + 1 \
                    and (words[k + 1][:1].isupper() or sent.lows[k + 1] in ("former", "acting")) \
                    and sent.lows[k + 1] in TITLES_LOWER:
                # "Alarmed by the unrest, Senator Harry Reid, the minority leader, said": the
                # titled name after an opening participle, with its appositives
                start, end = pieces[-1][0], pieces[-1][1]
                for ps, pe, pk in reversed(pieces[:-1]):
                    if pk != "app" or ps != end + 1 or sent.lows[ps] in _SUBJECT_PRONOUNS:
                        break  # (not "…, she wrote,": a reporting clause of its own)
                    end = pe
                return start, end
            if kind == "adv" or kind == "rel" or at_start and not pieces:
                # "Clevelanders get nervous, said X": one piece before the verb is the
                # content of an inverted attribution, not a subject with an appositive.
                return None
            # "Tina Tchen, Mrs. Obama's chief of staff, said": a capitalised appositive after
            # a short all-capitalised name.
            if kind == "name" and not at_start and p >= 1:
                q = p - 1
                while q >= 0 and not _segment_delim(sent, q):
                    q -= 1
                prior = range(q + 1, p)
                if 0 < len(prior) <= 5 and (q < 0 or words[q] != ",") and all(
                    words[t][:1].isupper() or sent.lows[t] in NAME_PARTICLES for t in prior
                ) and sent.lows[q + 1] not in ADVERBIAL_OPENERS \
                        and not adverb_opener(sent, q + 1):
                    pieces.append((seg_s, k, "app"))
                    seg_s, k, kind = q + 1, p, "name"
            start = left_np(sent, k - 1)
            if start is None or start < seg_s or at_start and clause_piece(sent, seg_s, k):
                return None
            if kind == "name" and not at_start and start == seg_s:
                role = _role_before_name(sent, p, seg_s, k)
                if role is None:
                    return None
                start = role
            if start > seg_s and kind == "name" and _share(sent, seg_s, k):
                start = seg_s  # "Just shy of half, 49%, say": "just" opens the share
            if start > seg_s + 1 and sent.lows[start - 1] in ("and", "or"):
                # "Cyber security experts and U.S. officials, however, said"
                other = left_np(sent, start - 2)
                if other is not None and other >= seg_s:
                    start = other
            if not _after_subordinator(sent, start) and any(
                    sent.lows[t] not in SKIPPABLE_OPENERS and sent.words[t] not in OPEN_QUOTES
                    for t in range(seg_s, start)):
                # "The ceasefire is holding, said …": the piece is a clause, not a name.
                return None
            end = k
            for ps, pe, pk in reversed(pieces):
                if pk != "app" or ps != end + 1:
                    break
                end = pe
            return start, end
        pieces.append((seg_s, k, kind))
        k = p
        if k < 1:
            return None
    return None


def _past_verb(sent: Sentence, t: int) -> bool:
    """Token ``t`` is a verb in the past, so the phrase holding it is a clause: a lowercase
    -ed word (four letters do when they end in "-ied": "died", "lied") or irregular past that
    no determiner, preposition, possessive or adverb makes an adjective ("Obama warned the
    leader", not "the newly elected mayor")."""
    low, prev = sent.lows[t], sent.lows[t - 1]
    return sent.words[t][:1].islower() and (past_form(low) or low.endswith("ied")) \
        and prev not in DETERMINERS and prev not in PREPOSITIONS and prev not in AUX \
        and not prev.endswith(("'s", "\u2019s", "ly")) and is_word(sent.words[t - 1])


def clause_piece(sent: Sentence, s: int, e: int) -> bool:
    """Whether the comma piece ``[s, e)`` is a clause of its own, so no subject of the verb
    after the pieces that follow it: a past verb after a name ("Ms. Alvarez died on Sunday",
    "But Mr. Sanders showed no sign of …") or before its object ("The firm hired a
    lobbyist"). A name takes no participle without a comma, and a participle that describes
    a noun takes no object, so both are finite verbs. Reduced relatives stay subjects: "A
    report released Friday, seen by Reuters, said", "veterans interviewed at rallies", "the
    lawsuit filed by a former staffer", as does a relative clause ("an officer who
    considered the matter")."""
    words, lows = sent.words, sent.lows
    first = _piece_opening(sent, s, e)
    for t in piece_past_verbs(sent, s, e):
        if all(words[u][:1].isupper() for u in range(first, t)) and (
                t - first > 1 or first > 0 and (is_word(words[first - 1])
                                                 or words[first - 1] in (":", ";"))):
            # "Ms. Alvarez died", "The DNC hired", "But Obama died", "…: Sanders crushed";
            # one capitalised word that opens the sentence may be any noun ("Veterans
            # interviewed at the rally")
            return True
        if t + 1 < e and (lows[t + 1] in ARTICLES or lows[t + 1] in POSSESSIVE_DETERMINERS):
            return True  # "The firm hired a lobbyist", "the council passed its budget"
    return False


def _piece_opening(sent: Sentence, s: int, e: int) -> int:
    """The first token of the piece ``[s, e)`` past an opening conjunction or quote mark."""
    while s < e and (sent.lows[s] in SKIPPABLE_OPENERS or sent.words[s] in OPEN_QUOTES):
        s += 1
    return s


def piece_past_verbs(sent: Sentence, s: int, e: int) -> list[int]:
    """The past forms in the piece ``[s, e)`` that may be its finite verb (see _past_verb):
    not one that opens a relative clause's predicate ("who considered") nor a passive
    participle before its agent ("filed by"), both inside a subject."""
    lows = sent.lows
    return [t for t in range(_piece_opening(sent, s, e) + 1, e)
            if _past_verb(sent, t) and lows[t - 1] not in RELATIVES
            and not (t + 1 < e and lows[t + 1] == "by")]


def _role_before_name(sent: Sentence, comma: int, name_s: int, name_e: int) -> int | None:
    """"Russia's foreign minister, Sergei Lavrov, said": a role that opens the clause, then
    the name in commas, is one subject; the start of the role, else the name's start. None
    when the piece before is a clause, whose object the name describes."""
    words, lows = sent.words, sent.lows
    if name_e - name_s > 4 or not all(words[t][:1].isupper() for t in range(name_s, name_e)):
        return name_s
    q = comma - 1
    while q >= 0 and not _segment_delim(sent, q):
        q -= 1
    head = lows[comma - 1]
    if head in TITLES_LOWER or head in SPEAKER_HEADS or head in ROLE_NOUNS:
        # "Obama warned the Chinese leader, Xi Jinping, …": the role is a verb's object,
        # and the name in commas describes it; neither speaks.
        t = comma - 2
        while t > max(q + 1, comma - 6) and is_word(words[t]) and not _past_verb(sent, t):
            t -= 1
        if t > q + 1 and _past_verb(sent, t) and (lows[t + 1] in DETERMINERS
                                                  or lows[t + 1].endswith(("'s", "\u2019s"))):
            return None
    if q >= 0 and words[q] == "," and left_piece_kind(sent, q) != "adv" \
            and not clause_piece(sent, comma_piece_start(sent, q), q) \
            or comma - q - 1 > 8 or comma - q - 1 < 2:
        # but "In a letter, the inspector general, Steve Linick, said", and "X died on
        # Sunday, her daughter, Rosa Alvarez, said": after an adverbial or a whole clause
        # the role opens the subject
        return name_s
    start = q + 1
    while start < comma and lows[start] in SKIPPABLE_OPENERS:
        start += 1
    owner = start
    while owner < comma - 1 and words[owner][:1].isupper() and not lows[owner].endswith("'s"):
        owner += 1  # "North Korea's ambassador", "Novaya Gazeta's editor": a named possessor
    determined = lows[start] in DETERMINERS or lows[owner].endswith(("'s", "s'"))
    of = next((t for t in range(start + 1, comma) if lows[t] in PREPOSITIONS or lows[t] == "to"),
              comma)
    if of < comma and determined and words[of - 1].islower():
        # "A resident of the building, Maksym,", "Pyongyang's envoy to the United Nations,
        # Kim Song,": the role's head stands before its preposition
        head = lows[of - 1]
    if head not in TITLES_LOWER and head not in SPEAKER_HEADS and head not in ROLE_NOUNS and not (
            determined and words[comma - 1][:1].islower() and head not in BOUNDARY
            and not head.endswith(("ly", "ing", "ed")) and not any(
                lows[t] in DATE_WORDS or lows[t] in TIME_UNITS for t in range(start, comma))):
        return name_s  # "his top aide, Tad Devine": a determined role; not "Last week, X"
    if lows[start] in ADVERBIAL_OPENERS or not all(is_word(words[t]) or words[t] == "."
                                                    for t in range(start, comma)) \
            or segment_kind(sent, start, comma) == "adv":
        return name_s  # "Testifying before the committee, Gen. Cavoli, …": no role
    return start


def is_dash(sent: Sentence, k: int) -> bool:
    """Token ``k`` is a dash between phrases: an em or en dash, a horizontal bar (some
    outlets' dash: "The film ― which … ― explains"), one half of "--", or a "-" with spaces
    around it (a hyphen inside a word is never a token of its own)."""
    words = sent.words
    w = words[k]
    if w != "-":
        return w in DASHES
    if k > 0 and words[k - 1] == "-" or k + 1 < len(words) and words[k + 1] == "-":
        return True
    return k > 0 and k + 1 < len(words) and sent.starts[k] > sent.ends[k - 1] \
        and sent.starts[k + 1] > sent.ends[k]


_CLAUSE_STOPS = frozenset({";", ":"}) | OPEN_QUOTES | CLOSE_QUOTES


_PIECE_STOPS = _CLAUSE_STOPS | {",", "(", ")"}


def _opening_dash(sent: Sentence, dash: int, stops: frozenset[str]) -> int | None:
    """The first token of the dash that pairs with the closing dash ending at token ``dash``
    ("X — a, b — said"), looking left no further than 40 tokens nor past a token in
    ``stops``; None when there is none. A whole quotation inside the dashes is stepped over
    ("Trump — who said he would “bomb” them — said"): only a lone quote mark stops."""
    words = sent.words
    close = dash - 1 if words[dash] == "-" and words[dash - 1] == "-" else dash
    t = close - 1
    while t > close - 40 and t >= 0:
        w = words[t]
        if w in CLOSE_QUOTES:
            o = next((u for u in range(t - 1, max(-1, close - 40), -1)
                      if words[u] in OPEN_QUOTES or words[u] in CLOSE_QUOTES
                      or words[u] in stops), None)
            if o is not None and words[o] in OPEN_QUOTES and o < t - 1:
                t = o - 1
                continue
        if w in stops:
            return None
        if w in DASHES and is_dash(sent, t):
            return t - 1 if w == "-" and t > 0 and words[t - 1] == "-" else t
        t -= 1
    return None


def dash_subject(sent: Sentence, dash: int) -> tuple[int, int] | None:
    """"Oleh Kyper — the regional governor, who … — said", "Kagan -- who was … -- told": a
    parenthetical in a pair of dashes sits between the subject and the verb. The subject is
    the phrase before the opening dash (a name with its appositives, as
    ``appositive_subject`` reads it); a descriptive parenthetical (a role, a name,
    "including …") stays in the span as an appositive does, while a relative clause or an
    adverbial ("— after a pause —") is left out. None when the dashes do not pair up."""
    words = sent.words
    close = dash - 1 if words[dash] == "-" and words[dash - 1] == "-" else dash
    opening = _opening_dash(sent, dash, _CLAUSE_STOPS)
    if opening is None:
        return None
    inside = opening + 2 if words[opening] == "-" and words[opening + 1] == "-" else opening + 1
    return parenthetical_subject(sent, opening, inside, close, close)


def parenthetical_subject(sent: Sentence, opening: int, inside: int, close: int,
                           end: int) -> tuple[int, int] | None:
    """The subject before a parenthetical that runs from ``inside`` to ``close`` (its
    opening mark at ``opening``); the span runs to ``end`` when the parenthetical describes
    the subject, else stops before ``opening``."""
    words, lows = sent.words, sent.lows
    if inside >= close:
        return None
    b = opening - 1
    if b < 0 or not is_word(words[b]):
        return None
    start = left_np(sent, b)
    if start is None or negated_subject(sent, start):
        return None
    before = start - 1
    while before >= 0 and lows[before] in SKIPPABLE_OPENERS:
        before -= 1
    if before < 0 or words[before] in OPEN_QUOTES or words[before] in CLOSE_QUOTES \
            or words[before] in (":", "\u2014", "\u2013") or _after_subordinator(sent, before + 1) \
            or words[before] == "," and left_piece_kind(sent, before) == "adv":
        span: tuple[int, int] | None = (start, opening)
    elif words[before] == ",":
        span = appositive_subject(sent, opening)  # "X, a former aide, — … — said"
    else:
        return None
    if span is None:
        return None
    kind = segment_kind(sent, inside, close)
    return (span[0], end) if kind in ("app", "name") else span


def relative_subject(sent: Sentence, comma: int) -> tuple[int, int] | None:
    """"Sandy Phillips, who lost her daughter in Aurora, Colorado, in 2012, said": a name
    that opens the clause, then a relative clause with commas of its own, then the verb.
    The subject is the name before ", who"; the clause describes it and is left out. But a
    relative pronoun set off by a comma of its own opens the clause that holds the verb: in
    "Bret Stephens, who, after trading insults with Hannity, said …" it is "who" that said."""
    words, lows = sent.words, sent.lows
    for t in range(comma - 1, max(1, comma - 40), -1):
        w = words[t]
        if w in (";", ":") or w in OPEN_QUOTES or w in CLOSE_QUOTES:
            return None
        if lows[t] in ("who", "which") and words[t + 1] == "," and t < comma - 1 \
                and is_word(words[t - 1]):
            return t, t + 1  # "a former CIA analyst who, in a 2023 essay, warned …"
        if lows[t] not in ("who", "whose", "which") or words[t - 1] != ",":
            continue
        if t == comma - 1:
            return None
        if words[t + 1] == "," and lows[t] != "whose":
            return t, t + 1
        start = left_np(sent, t - 2)
        if start is None:
            return None
        before = start - 1
        while before >= 0 and lows[before] in SKIPPABLE_OPENERS:
            before -= 1
        opens = before < 0 or words[before] in OPEN_QUOTES or words[before] in CLOSE_QUOTES \
            or words[before] in (":", "\u2014") or _after_subordinator(sent, before + 1) \
            or words[before] == "," and left_piece_kind(sent, before) == "adv"
        return (start, t - 1) if opens else None
    return None
