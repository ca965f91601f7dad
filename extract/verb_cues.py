"""Finite verb cues: "X said", "…, said X", "X has long argued", "was reported by X".

The common case and the longest rule. A cue word is a verb here only when the sentence
reads it as one: not a noun ("the final say", "terror attacks", "40 reported incidents"),
not an adjective ("the agency ignored repeated warnings"), not a headline's title case.
Its source is then the subject before it, past auxiliaries, adverbs, negations and modals
(which may rule the statement out), time phrases and the pieces a document's description
runs on with; or the speaker after it when the verb follows a quote or a comma; or the
agent of a passive ("was reported by X", not "sent by email"). The subject readings
themselves are ``extract.subjects``, the traps ``extract.not_statements``.
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
    MONTH_ABBREVIATIONS,
    NEGATION,
    PARTICLES,
    PASSIVE_ONLY,
    PAST_CUES,
    PHRASES,
    PICTURES,
    POSSESSIVE_DETERMINERS,
    PREPOSITIONS,
    PRONOUNS,
    REPORTING_NOUN,
    ROLE_NOUNS,
    SPEAKER_HEADS,
    THEN_THAT,
    TITLES,
    Cue,
)
from extract.documents import (
    DOCUMENT_PARTICIPLES,
    MEDIA_BEFORE,
    MESSAGE_NOUNS,
    SITUATIONS,
    TEXTS,
    event_subject,
    evidence_head,
    evidence_subject,
    maker_owned,
    past_document_piece,
    situation_subject,
)
from extract.gerunds import CONTRACTED, ONGOING, PERCEPTION, QUOTED, gerund_cue, seen_saying
from extract.model import Hit
from extract.not_statements import (
    FRONTED,
    GUESTS,
    SUPPORT,
    TALLY,
    adds_to,
    armed_attack,
    called_a,
    confirmed_in_office,
    material_support,
    names_thing,
    no_statement,
    opens_quotation,
    phone_call,
    question_or_request,
    quoted_title,
)
from extract.phrases import (
    ARTICLES,
    BARE_PLURAL_SOURCES,
    CLOSE_TO,
    HANDED,
    IRREGULAR_PAST,
    MAIN_VERBS,
    NUMBER_WORDS,
    OBJECT_PRONOUNS,
    OCCASIONS,
    QUANTIFIERS,
    RECEIVED,
    REDUCED_PASSIVES,
    REFLEXIVES,
    RELAYED,
    RELEASED,
    appositive_subject,
    comma_piece_start,
    dash_subject,
    date_end,
    is_dash,
    is_name_word,
    left_np,
    left_piece_kind,
    ly_adverb,
    name_after_role,
    named_at,
    negated_subject,
    past_form,
    piece_past_verbs,
    plausible_np,
    possessive_name,
    relative_subject,
    right_np,
    singular,
    think_tank,
    title_case,
)
from extract.places import DEMONYMS
from extract.pronouns import ORG_HEADS
from extract.subjects import (
    BE,
    CLAUSE_PUNCT,
    COUNTED,
    PLAIN_ADVERBS,
    YEAR,
    adverb,
    before_time_phrase,
    conjoined,
    coordinated_subject,
    finite_verb,
    floating_quantifier,
    paren_subject,
    particle_at,
    people,
    piece_subject,
    quantifier_subject,
    relative_conjunct,
)
from extract.tokens import CLOSE_QUOTES, OPEN_QUOTES, Sentence, is_word

# "The assessment, first reported by Reuters, …": an adverb before the reduced relative.
_FIRST_TIME = frozenset({"first", "initially", "previously", "originally", "later"})
NO_SOURCE_NOUNS = frozenset("""plan plans schedule script tradition custom protocol design
    expectations form type""".split())
# What a deed is done in line with ("deployed according to a rotation schedule", "held
# according to the rules of the Senate"): a norm, not someone who said something.
NORM_NOUNS = NO_SOURCE_NOUNS | frozenset("""ranking rankings seniority merit size weight age
    schedules rule rules law laws agreement agreements
    deal treaty timetable timeline procedure procedures regulation regulations guideline
    guidelines terms principle principles formula pattern patterns order orders instructions
    doctrine standard standards criteria norm norms routine rotation program programme quota
    quotas blueprint precedent practice scenario share shares proportion population strength
    needs ability performance productivity output income severity urgency priority""".split())
_FOR_COMMENT = re.compile(
    r"\bfor\s+(?:a\s+|an\s+|further\s+|immediate\s+)?(?:comment|response|reaction)"
    r"|\brequests?\s+for\b|\breached\s+out\b|\bcontacted\b",
    re.IGNORECASE,
)
# "told the troops to hold", "asked him to leave": an order or a request. A subject pronoun
# or "that" before the "to" opens a reported clause instead ("told CNN he planned to stay").
_ORDER = re.compile(
    r"\s+(?:(?!(?:he|she|they|we|i|it|you|that)\b)\w+\s+){0,3}to\s+\w", re.IGNORECASE
)
# Where what was told begins: "that" or a colon or quotation mark.
_TOLD_CONTENT = re.compile(r"\bthat\b|[:\"\u201c\u2018]")
# The "to" of "in response to" answers, orders nothing: "told Yahoo in response to a
# question about the searches" (but "told the troops in response to the attack to hold").
_IN_ANSWER_TO = re.compile(r"\s+in\s+(?:response|reply|answer)\s+to"
                          r"(?:\s+(?:the|a|an|his|her|their|its|this|that))?\s+\w+", re.IGNORECASE)
# Participles whose "to" names who a document went to ("a report shown to …" too).
_HANDED = HANDED - {"passed"} | {"shown", "leaked", "addressed", "circulated"}
# "said to be", "reported to have": a reduced passive that reports hearsay ("claimed to
# have" keeps its subject: the claimant speaks).
_HEARSAY = frozenset({"say", "report", "believe", "think", "rumor", "rumour", "understand",
                      "know", "estimate", "expect", "allege"})
_SHOW_NOUN_BEFORE = frozenset("tv radio talk game quiz cooking reality hit late morning news "
                              "cable variety comedy road".split())
INNER_PRONOUNS = frozenset({"he", "she", "it", "they"})
# Verbs a title-case headline capitalises: "Clinton Says No To Fox News".
_HEADLINE_VERBS = frozenset({"says", "said", "tells", "told", "warns", "warned", "claims",
                             "urges", "calls", "denies", "admits", "vows", "insists",
                             # "Experts Say …", "Rick Perry Just Announced …"
                             "say", "warn", "urge", "deny", "admit", "insist",
                             "announced", "claimed", "denied", "admitted", "revealed",
                             "confirmed", "urged", "vowed", "insisted"})


# Adverbs a writer sets between commas, between a subject and its verb.
_INTERJECTED = frozenset("""however meanwhile too also though instead moreover nonetheless
    nevertheless likewise similarly separately""".split())


# Counts that make a subject plural ("many say", "more believe"), so never the subject of
# a cue's "-s" form; not "one", "each", "another" or "much", which take it ("each says").
_PLURAL_COUNTS = frozenset("""enough more fewer many several few both most two three four
    five six seven eight nine ten dozens hundreds thousands""".split())


def _shouted(sent: Sentence, i: int) -> bool:
    """"THE KREMLIN SAID the issue …": a verb in an all-capitals run that opens the
    sentence, where capitals say nothing about names."""
    return len(sent.words[i]) > 2 and all(w.isupper() or not w[:1].isalpha()
                                          for w in sent.words[:i + 1])


# After "would", these make a later past of the narrative, not a condition ("would later
# say", "would go on to say").
_LATER = frozenset({"later", "eventually", "subsequently", "afterward", "afterwards", "go"})
_GO = frozenset({"go", "goes", "went", "gone", "going"})
# After "would", these make a habit of the past: "would often tell visitors that …".
_HABITUAL = frozenset({"often", "frequently", "routinely", "regularly", "sometimes", "always",
                       "usually", "repeatedly"})
# Readiness before "to" and the verb that says it ("was quick to point out").
_EAGER = frozenset({"quick", "keen", "eager", "careful", "anxious", "swift", "fast", "first"})


# What a text does that "as … in X" reports ("as stated in the report", "as noted in its
# assessment"); not "as shown in the photo", "as seen in the video" (what they depict).
_IN_A_TEXT = frozenset({"state", "report", "note", "write", "say", "describe", "outline",
                        "detail", "argue", "claim", "mention", "explain", "conclude", "estimate",
                        "document", "suggest", "indicate"})


def _reporting_aside(sent: Sentence, j: int) -> int:
    """A reporting clause set off by commas between a subject and its verb ("The North
    Korean leader, KCNA reported, told a party meeting …"): the token before it, where the
    subject ends, else ``j`` (the comma) unchanged. The clause's own speaker is proposed
    on its own."""
    words, lows = sent.words, sent.lows
    v = j - 1
    cue = CUES.get(lows[v])
    if cue is None or cue.lemma not in _ASIDE_REPORTING or lows[v] == cue.lemma:
        return j
    for k in range(v - 1, max(0, v - 7), -1):
        if words[k] == ",":
            head = lows[k - 1]
            # the subject ends in a name or a speaker's noun ("Bringing the show back three
            # years later, he said, feels …" has no speaker before the comma)
            speaker = words[k - 1][:1].isupper() or head in ROLE_NOUNS \
                or singular(head) in SPEAKER_HEADS or head in DOC_NOUNS
            return k - 1 if k < v - 1 and speaker else j
        if not is_word(words[k]):
            return j
    return j


_ASIDE_REPORTING = frozenset({"say", "report", "add", "write", "tell", "claim", "note",
                              "state", "confirm", "announce"})
# What a figure does, never what a speaker's verb is followed by: "claims fell", "estimates
# rose".
_FIGURE_MOVES = frozenset("""fell rose jumped dropped climbed surged declined increased
    decreased slipped edged soared plunged slumped tumbled totaled totalled""".split())


_INDEFINITE = frozenset("""somebody someone anybody anyone everybody everyone nobody
    people""".split())
# Words whose "to" is a preposition, never an infinitive's: "according to", "close to".
_TO_PHRASES = CLOSE_TO | {"according", "due", "thanks", "next"}


def _infinitive_verb(sent: Sentence, s: int, j: int) -> int | None:
    """The bare verb after "to" that the subject ``[s, j]`` read by ``left_np`` opens
    ("… to fight in Europe") or whose object it is ("… to boycott the speech"), or None.
    A plural noun after "to" is no verb ("an appeal to voters inclined to …")."""
    lows, words = sent.lows, sent.words
    if 2 <= s < j and lows[s - 1] == "to" and words[s].isalpha() and words[s].islower() \
            and lows[s] not in DETERMINERS and lows[s] not in PRONOUNS \
            and lows[s] not in _INDEFINITE \
            and not (lows[s].endswith("s") and not lows[s].endswith(("ss", "us"))):
        return s
    if s >= 3 and lows[s] in ARTICLES and lows[s - 2] == "to" and words[s - 1].isalpha() \
            and words[s - 1].islower() and lows[s - 1] not in BOUNDARY \
            and lows[s - 1] not in PREPOSITIONS and not lows[s - 1].endswith(("s", "ed", "ing")):
        return s - 1
    return None


def _titled_document(sent: Sentence, close: int) -> int | None:
    """The document noun right before the quoted title that ``close`` ends ("Putin's 2021
    essay “On the Historical Unity of Russians and Ukrainians” claimed"), or None: the title
    opens with a capital and ends without the comma or stop that closes quoted speech."""
    words = sent.words
    if not is_word(words[close - 1]):
        return None
    for o in range(close - 1, max(0, close - 16), -1):
        if words[o] in OPEN_QUOTES:
            if o >= 1 and o + 1 < close and words[o + 1][:1].isupper() \
                    and sent.lows[o - 1] in DOC_NOUNS and words[o - 1].islower():
                return o - 1
            return None
    return None


# Words between a determiner and a noun that also read as adverbs before a verb ("first
# reported"): after a determiner or a possessor, the cue is the noun ("its first report",
# "The IMF's latest forecast").
_NOUN_ORDINALS = frozenset({"first", "last", "latest", "final", "second", "own", "initial"})


def _forecast_past(sent: Sentence, i: int) -> bool:
    """"…, the Ukrainian Grain Association forecast on Wednesday", "as most analysts
    forecast": "forecast" is its own past, a verb after a name, a pronoun or a plural
    (adverbs between), where after a singular noun it is the noun ("its economic forecast",
    "the ministry's spring sowing forecast")."""
    k = i - 1
    while k > 0 and sent.lows[k].endswith("ly"):
        k -= 1
    w = sent.words[k] if k >= 0 else ""
    return is_word(w) and (w[:1].isupper() or sent.lows[k] in PRONOUNS
                           or sent.lows[k] in ("had", "has", "have")  # "analysts had forecast"
                           or w.islower() and _plural(sent.lows[k]))


def _opening_quote(sent: Sentence, j: int) -> bool:
    """Whether the mark at ``j`` opens a quotation ("had “once again confirmed his support”",
    "had 'confirmed …'"): the words after it are quoted, its verb no inverted cue, which
    follows a closing mark ('“…,” said X')."""
    return sent.words[j] in ("\u201c", "\u00ab", "'", '"', "\u2018") \
        and j + 1 < len(sent.words) and sent.starts[j + 1] == sent.ends[j] \
        and (j == 0 or sent.starts[j] > sent.ends[j - 1])  # (spaced as it opens: "“" too)


# Cues that put a figure "at" a number: "was put at", "has been estimated at".
_PUT_AT = frozenset({"put", "estimate", "assess"})


def verb_cue(sent: Sentence, i: int, cue: Cue) -> Hit | None:
    lows = sent.lows
    n = len(lows)
    low = lows[i]
    if low.endswith("ing"):
        return None
    past = low.endswith("ed") or low in PAST_CUES or low == "forecast" and _forecast_past(sent, i)
    prev = lows[i - 1] if i > 0 else ""
    if i > 0 and sent.words[i][:1].isupper() and sent.words[i - 1] not in OPEN_QUOTES \
            and not ((low in _HEADLINE_VERBS or low.endswith("s") and not past)
                     and prev not in ("united", "the") and title_case(sent)) \
            and not _shouted(sent, i):
        return None  # "the United States", "Found Objects": a name, not a verb
    if quoted_title(sent, i):
        return None  # "the 1989 film “Say Anything”", "her book, “Said the Spy: …”": a title
    if cue.lemma in PARTICLES and not particle_at(sent, i, cue.lemma):
        return None
    if low in ("shown", "written") and not _after_have(sent, i):
        # "was shown on TV", "the biases shown in the report", "a letter written to Kim":
        # no perfect
        return None
    phrase_end = i + 1
    if cue.lemma in PHRASES:
        m = PHRASES[cue.lemma].match(sent.text, sent.ends[i])
        if m is None and cue.lemma == "put" and _as_put_it(sent, i):
            phrase_end = i + 2  # "As the mayor put it at Tuesday's meeting, '…'"
        elif m is None and cue.lemma in ("post", "testify") and _after_quotation(sent, i - 1):
            pass  # "“This is not the end,” the rapper posted on Instagram", "…,” she testified."
        elif m is None and cue.lemma == "go" and i + 1 < n and lows[i + 1] == "on" \
                and (i + 2 == n or sent.words[i + 2] in (",", ".", ":", ";")) \
                and _after_quotation(sent, i - 1):
            phrase_end = i + 2  # "“But they die in numbers,” he went on, “because …”"
        elif m is None:
            return None
        while m is not None and phrase_end < n and sent.ends[phrase_end - 1] < m.end():
            phrase_end += 1
    if (prev == "as" or i >= 2 and lows[i - 2] == "as"
            and (prev == "first" or adverb(sent, i - 1))) \
            and i + 2 < n and lows[i + 1] == "by" and past:
        span = right_np(sent, i + 2)  # "As (first) reported by Yonhap, …"
        return Hit(span[0], span[1], i, i + 1, cue.weight, "passive") if span else None
    if prev == "as" and past and i + 2 < n and lows[i + 1] == "in" and cue.lemma in _IN_A_TEXT \
            and (i < 2 or not is_word(sent.words[i - 2])):
        # "As stated in the NIS report, …", "as reported in The New York Times": the text, and
        # so whoever wrote it, as after "according to"
        span = right_np(sent, i + 2)
        if span is None or not (named_at(sent, span[0])
                                or not DOC_NOUNS.isdisjoint(lows[span[0]:span[1]])):
            return None
        return Hit(span[0], span[1], i, i + 1, cue.weight * 0.9, "according")
    if low in ("found", "shown", "seen") and i + 1 < n \
            and lows[i + 1] in ("on", "in", "at", "near", "inside") \
            and lows[i + 1:i + 3] not in (("at", "least"), ("at", "most")) \
            and prev[:1].isalpha() and prev not in BE and prev not in AUX \
            and prev not in PRONOUNS and not sent.words[i - 1][:1].isupper() \
            and i >= 2 and (lows[i - 2] in DETERMINERS
                            or sent.words[i - 2].isalpha() and sent.words[i - 2].islower()
                            and lows[i - 2] not in PRONOUNS and prev not in ROLE_NOUNS
                            and singular(prev) not in SPEAKER_HEADS
                            and prev not in BARE_PLURAL_SOURCES):
        # "a diary found on the body", "an identity card found on one of the soldiers": a
        # participle describing a thing
        return None
    if cue.lemma in _PUT_AT and prev in BE and i + 3 < n and lows[i + 1] == "at":
        # "The number of dead was put at about 300 by the NIS", "The damage has been
        # estimated at more than 2 trillion hryvnias by the inspectorate": the agent after
        # the figure
        by_at = next((t for t in range(i + 3, min(n - 1, i + 9)) if lows[t] == "by"), None)
        span = right_np(sent, by_at + 1) if by_at is not None else None
        if span is not None and named_at(sent, span[0]):
            return Hit(span[0], span[1], i, i + 2, cue.weight, "passive")
    by = past and low.endswith("ed") and i + 2 < n and lows[i + 1] == "by"
    how = by and _by_gerund(sent, i + 2)  # "responded by using …": the manner, no agent
    if how and lows[i + 2] not in GERUNDS and not any(
            lows[t] == "that" or sent.words[t] in OPEN_QUOTES or sent.words[t] == ":"
            for t in range(i + 3, n)):
        return None  # "Beijing responded by sidestepping Moscow": a deed, nothing said
    if by and not how and prev not in BE and (
                prev[:1].isdigit() and i >= 2 and lows[i - 2] in ARTICLES
                or prev[:1].isalpha() and (prev not in AUX or prev in _FIRST_TIME and i >= 2
                                        and (sent.words[i - 2] == ","
                                             or lows[i - 2] == "and"
                                             and "by" in lows[max(0, i - 9):i - 2]
                                             or _common_noun(sent, i - 2)))
                or (prev == "," or is_dash(sent, i - 1)) and (sent.words[i + 2][:1].isupper()
                                                             or lows[i + 2] in DETERMINERS)):
        # "losses confirmed by photographs", "figures confirmed by the Pentagon", "a claim
        # later confirmed by …", "reported by Axios and later confirmed by the White
        # House": a participle after its noun is passive; only a named or
        # speaking by-phrase is a source.
        # So after a comma: "The bill, opposed by House Republicans, …" (the bill opposes
        # nothing); but "X, …, responded by saying" is active.
        span = right_np(sent, i + 2)
        if span is None or not (named_at(sent, span[0])
                                or lows[span[1] - 1] in SPEAKER_HEADS
                                or lows[span[1] - 1] in ROLE_NOUNS
                                or sent.words[span[1] - 1][:1].isupper()
                                and lows[span[1] - 2] in SPEAKER_HEADS):
            # "(described by) the Washington Post" is named too, as is "(quoted by) the
            # student newspaper Varsity"
            return None
        end = _before_main_verb(sent, span[0], span[1])
        if cue.lemma in SUPPORT and material_support(sent, i, end):
            return None  # "forces backed by North Korean troops": arms, not a stance
        if _voted(sent, span):
            return None  # "a bill rejected by the Senate 52-48": a vote, nothing said
        return Hit(span[0], end, i, i + 1, cue.weight * 0.8, "passive")
    if past and cue.lemma in _HEARSAY and i + 2 < n and lows[i + 1] == "to" \
            and lows[i + 2] in ("be", "have", "been"):
        return None  # "forces said to be advancing", "a man reported to have fled": hearsay
    if low == "reported" and i >= 1 and singular(prev) in _REPORTED_EVENTS \
            and (i + 1 >= n or lows[i + 1] in PREPOSITIONS or lows[i + 1] in _PLACE_WORDS):
        return None  # "Explosion reported near Kyiv's central station": an event, reported
    if i + 1 < n and lows[i + 1] in REFLEXIVES and not (
            cue.lemma in ("call", "describe") and i + 2 < n
            and not sent.words[i + 2][:1].isupper()):
        # "found itself at the center", "showed himself willing", "called itself Students
        # Say No": no claim (but "calls himself a socialist", "described herself as a
        # moderate" claim what one is)
        return None
    if past and prev in _GET:
        return None  # "which questions get answered", "got called out": a passive, no agent
    if past and low.endswith("ed") and i + 1 < n and lows[i + 1] in MAIN_VERBS \
            and sent.words[i - 1].isalpha() and sent.words[i - 1].islower() and _plural(prev) \
            and prev not in AUX and _FRONTING.isdisjoint(lows[max(0, i - 6):i]):
        # "the refugees admitted are women": a participle before the main verb (but "what
        # advocates estimated were", "whom progressives believed was": the object went first)
        return None
    if cue.lemma == "attack" and armed_attack(sent, i):
        return None
    if low == "think" and think_tank(lows, i):
        return None  # "a Washington think tank estimates": a noun, the source itself
    if cue.lemma == "continue":
        # "X continued: …" or "…,” X continued.": speaking on; "the talks continue." is no
        # statement.
        nxt = sent.words[i + 1] if i + 1 < n else ""
        if nxt != ":" and nxt not in OPEN_QUOTES and not (
                nxt in (",", ".", "") and any(w in CLOSE_QUOTES for w in sent.words[:i])
                or nxt == "," and i + 2 < n and sent.words[i + 2] in OPEN_QUOTES):
            return None
    if cue.lemma == "learn" and i + 1 < n and (
            lows[i + 1] in ("to", "how", "of", "about", "from", "lessons")
            or lows[i + 1].endswith("ly") and i + 2 < n and lows[i + 2] == "from"
            or lows[i + 1] in ("fast", "quickly")
            and (i + 2 >= n or not is_word(sent.words[i + 2]))):
        # "learned to fly", "learned quickly from their losses", "had learned fast": no news
        return None
    if cue.lemma == "back" and (
            i + 1 < n and lows[i + 1] == "out"
            or low == "back" and (i + 1 >= n or not is_word(sent.words[i + 1])
                                  or lows[i + 1] in PREPOSITIONS or lows[i + 1] == "to")
            or low == "back" and sent.words[i - 1][:1].islower()
            and (prev in IRREGULAR_PAST or prev in _PAST_AS_BASE or len(prev) > 4
                 and prev.endswith("ed"))):
        # "the union backed out of the talks": an act, no stance (but "backed off its plan"
        # takes one back); "Clinton fired back that …": an adverb after another verb, whose
        # subject is no "Clinton fired"; "would bring jobs back," "came back to the race":
        # nothing backed
        return None
    if adds_to(sent, i, cue) or no_statement(sent, i, cue):
        return None  # "the win added to her lead": an increase, not a statement
    if low == "call" and prev in _CALL_COMPOUNDS:
        return None  # "Tesla's fourth-quarter earnings call, during which …": a meeting
    if _noun_after_modifier(sent, i, cue):
        return None  # "the final say", "a larger say": a noun
    if _counted_participle(sent, i):
        return None  # "at least 88,000 confirmed Russian military deaths": an adjective
    if low == "expected" and sent.words[i - 1].isalpha() and sent.words[i - 1].islower() \
            and prev not in BE and prev not in AUX and prev not in PRONOUNS \
            and i + 1 < n and (lows[i + 1] in PREPOSITIONS or lows[i + 1] in DATE_WORDS):
        return None  # "a ruling expected in coming weeks", "immigrants expected this year"
    if past and i + 1 < n and REDUCED_PASSIVES.get(cue.lemma) == lows[i + 1] and prev not in BE \
            and "by" not in lows[i + 2:i + 8] and "whom" not in lows[max(0, i - 4):i] \
            and not (i >= 2 and lows[i - 2] in ("who", "that") and lows[i - 1] in PRONOUNS):
        # "defended people accused of rape", "a man charged with fraud": an active verb has
        # its object before "of"/"with", so this is a participle, and nobody here accuses
        # (but "whom she has accused of …" has its object first)
        return None
    if low == "accused" and (prev[:1].isdigit() or prev in NUMBER_WORDS) \
            and not (i + 1 < n and (lows[i + 1] in DETERMINERS or lows[i + 1] in PRONOUNS
                                    or lows[i + 1] in OBJECT_PRONOUNS
                                    or sent.words[i + 1][:1].isupper())):
        return None  # "the chargesheet named 11 accused", "the two accused were held": a noun
    if cue.lemma == "attribute" and past and i + 1 < n and lows[i + 1] == "to" \
            and sent.words[i - 1].isalpha() and sent.words[i - 1].islower() \
            and prev not in BE and prev not in AUX and prev not in PRONOUNS and not adverb(sent, i - 1):
        return None  # "the quote attributed to its director-general": the words, not a source
    if i + 1 < n and (cue.lemma == "show" and lows[i + 1] in ("up", "off")
                      or cue.lemma == "conclude" and lows[i + 1] == "with"):
        # "Trump showed up at the debate" (arriving), "the Navy showed off its destroyer"
        # (a display), "the ad concludes with footage": nothing is claimed
        return None
    if cue.lemma == "conclude" and (i + 1 == n or lows[i + 1] in _CONCLUDED_EVENT) \
            and "that" not in lows[i + 1:i + 9] and ":" not in sent.words[i + 1:i + 9] \
            and not any(w in CLOSE_QUOTES or w == "," for w in sent.words[:i]):
        # "after closing arguments conclude.", "the talks concluded on Friday"; but "…, the
        # study concluded.", "concluded in that case that …" and "concluded in its
        # assessment: “…”" report a finding
        return None
    if cue.lemma == "show" and (prev in MEDIA_BEFORE and not (i + 1 < n and lows[i + 1] == "that")
                                and not maker_owned(sent, i - 1)
                                or prev in _SHOW_NOUN_BEFORE
                                and not (low != "show" and sent.words[i - 1][:1].isupper())):
        # "a video showing", "the TV show"; but "the video shows that …", "a poll by ABC News
        # shows", "ISW's maps show"
        return None
    if cue.lemma == "call" and i + 2 < n and sent.words[i + 1] in OPEN_QUOTES \
            and sent.words[i + 2][:1].isupper() and prev not in PRONOUNS \
            and not sent.words[i - 1][:1].isupper():
        return None  # "a hotline called 'I Want to Live'": naming
    if cue.lemma == "call" and i + 1 < n and sent.words[i + 1][:1].isupper() and (
        prev[:1].isalpha() and not sent.words[i - 1][:1].isupper() and prev not in PRONOUNS
    ) and not called_a(sent, i):
        return None  # "a group called Hope": naming, not speaking
    if cue.lemma == "call" and names_thing(sent, i):
        return None  # "joined a movement called the Free Russia Legion": naming
    if cue.lemma == "call" and phone_call(sent, i):
        return None  # "A parent called the school twice.": a call, nothing said
    if low == cue.lemma and not cue.noun_too and i >= 2 \
            and not PERCEPTION.isdisjoint(lows[max(0, i - 6):i - 1]):
        seen = seen_saying(sent, i)
        if seen is not None and PREPOSITIONS.isdisjoint(lows[seen:i]):
            # "I heard Bob say", "hearing him say it": the one heard speaks
            return Hit(seen, i, i, phrase_end, cue.weight * 0.85, "subject")
    if prev in _PLURAL_COUNTS and low != cue.lemma and low.endswith("s") and not past \
            and not floating_quantifier(sent, i - 1):
        # "make enough plays down the stretch", "Many claims about the vote were false": a
        # plural count takes "play", "claim"; before the "-s" form it counts the noun. (Not
        # "both" after its subject: "DuVernay both documents the boom and …".)
        return None
    if cue.noun_too and low != cue.lemma and low.endswith("s") and not past and i + 1 < n \
            and lows[i + 1] in _FIGURE_MOVES:
        return None  # "Jobless claims fell to 201,000", "Forecasts rose": a noun, whose count moved
    # Noun uses: "the report", "his claims", "a new estimate"; but a quantifier that opens
    # the clause is the subject itself: "Most believe", "One in five say", "But many said".
    if cue.noun_too and prev in QUANTIFIERS and i + 1 < n and sent.words[i + 1] == ":":
        return None  # "Another challenge: most states …": a noun heading what follows
    if prev in DETERMINERS and not quantifier_subject(sent, i - 1) \
            and not floating_quantifier(sent, i - 1) \
            and not (i >= 3 and lows[i - 2] == "to" and lows[i - 3] in CLOSE_TO) \
            and not (sent.words[i - 1] == "One" and i >= 2 and sent.words[i - 2][:1].isupper()
                     and is_word(sent.words[i - 2])) \
            and not (prev == "other" and i >= 2 and lows[i - 2] == "the"
                     and (i == 2 or not is_word(sent.words[i - 3]))) \
            or prev.endswith(("'s", "'")) and prev[:1].isalnum() \
            and not possessive_name(sent, i):
        return None  # but "Moody's said": a name ending in "'s" before a verb
    if cue.noun_too and prev in _NOUN_ORDINALS and i >= 2 and (
            lows[i - 2] in DETERMINERS and lows[i - 2] not in QUANTIFIERS
            or lows[i - 2].endswith(("'s", "\u2019s"))):
        # "found in its first report that …", "The IMF's latest forecast shows": a noun
        return None
    # Walk left over auxiliaries and adverbs to the subject.
    j = i - 1
    passive = False
    while j >= 0 and (lows[j] in AUX and not (lows[j] in DATE_WORDS and is_name_word(sent, j))
                      or lows[j] == "being" and j > 0 and lows[j - 1] in BE  # "is being told"
                      or lows[j] == "only" and j > 0 and lows[j - 1] == "would"
                      or lows[j] in MODAL_SKIP
                      or lows[j].endswith("n't")
                      or lows[j] in CONTRACTED or adverb(sent, j)
                      or lows[j] in PLAIN_ADVERBS and not sent.words[j][:1].isupper()
                      or _adverb_pair(sent, j)
                      or lows[j] in _EMPHATIC_DO and low == cue.lemma  # "Allen did suggest"
                      # "bloggers had themselves acknowledged": the reflexive stresses the
                      # subject before the auxiliary
                      or lows[j] in REFLEXIVES and j > 0 and lows[j - 1] in AUX):
        w = lows[j]
        if w in NEGATION or w.endswith("n't"):
            return None
        if _adverb_pair(sent, j):
            j -= 2  # "has in fact reported", "so far assure": never the subject
            continue
        if w == "only":
            j -= 1  # "would only say"
            continue
        if w in PLAIN_ADVERBS:
            j -= 1  # "has twice complained", "may well endorse"
            continue
        if w in ("recently", "often") or adverb(sent, j):
            if j >= 1 and lows[j - 1] in ("most", "more"):
                j -= 2  # "most recently defended", "more accurately predicted"
                continue
        if w == "to" and j > 0 and (lows[j - 1] in ONGOING or lows[j - 1] in _SEEMING and (
                cue.lemma not in EVIDENCE_LEMMAS or cue.lemma in ("suggest", "confirm"))):
            # "continued to say", "began to argue": said, and saying still; "appeared to
            # suggest", "seemed to concede": said, as it came across (but "a video appears
            # to show" is what one sees in it)
            j -= 2
            continue
        if w == "to" and j > 1 and lows[j - 1] in _ONGOING_PROGRESSIVE \
                and lows[j - 2] in BE and lows[j - 2] != "being":
            j -= 3  # "is continuing to insist": the "is" is no passive
            continue
        if w == "would" and (lows[j + 1] in _LATER or lows[j + 1] in _HABITUAL
                             or not past and low == cue.lemma and (
                                 lows[j + 1] == "only" or j == i - 1 and i + 1 < n
                                 and lows[i + 1] == "only")):
            # "The mayor would later say": the past seen from before it, said; "would only
            # say that …", "would say only that …" is what was said, and only that; "would
            # often tell visitors that …": said again and again
            j -= 1
            continue
        if w == "to" and j > 0 and lows[j - 1] == "used" and low == cue.lemma \
                and (j < 2 or lows[j - 2] not in BE and lows[j - 2] not in AUX):
            # "Peskov used to say that …": said, often (not "was used to tell", nor "a term
            # Rubio has used to describe Trump")
            j -= 2
            continue
        if w == "to" and j > 1 and lows[j - 1] == "on" and lows[j - 2] in _GO:
            j -= 3  # "would go on to acknowledge": said later
            continue
        if w == "to" and j > 1 and lows[j - 1] in _EAGER and lows[j - 2] in BE:
            # "was quick to point out", "has been keen to stress": said, and readily
            j -= 3
            while j >= 0 and lows[j] in BE:
                j -= 1
            continue
        if w == "to" and low == cue.lemma and (
                purpose := _stage_speaker(sent, j) or _first_to(sent, j)
                or _caused_to(sent, j)) is not None:
            s, e = purpose  # "Trump took to Twitter overnight to accuse …": Trump accused
            return Hit(s, e, i, phrase_end, cue.weight * 0.8, "subject")
        if w in ("may", "will") and past and j == i - 1 and sent.words[j][:1].isupper():
            break  # "May said", "Will wrote": a modal takes no past tense, so a name
        if w in MODAL_SKIP or w == "'d" and not past:
            return None  # "will say", "he'd say": not said yet
        if w in BE or w in ("'re", "'m") or w == "'s" and j > 0 and lows[j - 1] == "it":
            passive = True  # "it's reported", "we're told": "'s" after he/she is "has"
        j -= 1
    if j >= 3 and sent.words[j] == "," and lows[j - 1] in _INTERJECTED \
            and sent.words[j - 2] == ",":
        j -= 3  # "Some lawmakers, however, question …": the adverb interrupts
        while j >= 1 and lows[j] in ("has", "have", "had"):
            j -= 1  # "A poll of voters has, however, revealed"
    elif j >= 3 and sent.words[j] == ",":
        j = past_document_piece(sent, j)  # "An assessment by X, seen by Reuters, estimates"
        if sent.words[j] == ",":
            j = _reporting_aside(sent, j)  # "The North Korean leader, KCNA reported, told"
    if j >= 0 and lows[j] == "having":
        return _perfect_participle(sent, j, i, phrase_end, cue)
    if passive:
        if cue.lemma in ("say", "tell", "report", "estimate", "expect", "believe", "suspect",
                         "think", "find", "show", "confirm", "announce", "claim", "reveal",
                         "disclose", "describe", "attribute", "learn", "ask", "quote",
                         "predict", "assess", "blame", "accuse", "criticize", "urge",
                         "forecast", "warn", "brief", "inform", "state", "note", "add", "write",
                         "reject", "deny", "dismiss", "debunk", "rate", "condemn", "denounce",
                         "dispute", "echo", "challenge", "cite", "hail", "praise", "welcome",
                         "applaud", "endorse", "oppose", "repeat", "reiterate"):
            if cue.lemma == "confirm" and confirmed_in_office(sent, j):
                return None  # "Blinken was confirmed by the Senate": an appointment
            if cue.lemma == "welcome" and (people(sent, j) or lows[j] in GUESTS):
                return None  # "The guests were welcomed by the mayor": a greeting
            return passive_agent(sent, i, j, 0.85)
        return None
    if j == i - 1 and lows[j] in ("he", "she", "it") and low == cue.lemma \
            and not low.endswith(("ed", "s")) and low not in _PAST_AS_BASE:
        return None  # "to bring it back": a bare verb never agrees with "he", "she", "it"
    # A document heading a long subject ("A slide from a presentation that … shows", "the
    # average of polls taken over the past two weeks shows"): the whole phrase is the subject.
    evidence = evidence_subject(sent, j) if cue.lemma in _FINDINGS and lows[i - 1] not in BE \
        else None  # ("Reports that … could not be confirmed": a passive, no finding)
    before_time = j if j >= 0 and lows[j] in DATE_WORDS and is_name_word(sent, j) \
        else before_time_phrase(sent, j)  # but "FE Week reported": a name
    if before_time != j:
        # "who has in the past described", "X had on Friday said": the auxiliary before the
        # time phrase, walked over as above
        while before_time >= 0 and (lows[before_time] in AUX
                                    or lows[before_time] in MODAL_SKIP
                                    or lows[before_time].endswith("n't")):
            w = lows[before_time]
            if w in NEGATION or w.endswith("n't") or w in MODAL_SKIP or w in BE:
                return None
            before_time -= 1
    j = before_time
    # "A report released last week said": the date is the report's, and in its phrase.
    dated = 0 < j < i - 1 and lows[j] in RELEASED and sent.words[j][:1].islower() \
        and date_end(sent, j + 1) == i
    if cue.lemma == "ask" and question_or_request(sent, i):
        return None  # "asked Peskov whether …", "asked Kyiv for …": nothing is claimed
    if low == "told" or cue.lemma == "ask":
        # "asked the Kremlin for comment", "told to leave": a request or an order.
        tail = sent.text[sent.ends[i]:sent.ends[i] + 80]
        # (what was told starts at "that" or a quotation: "told reporters that Moscow had
        # received no request for an exchange" asks nothing)
        tail = _IN_ANSWER_TO.sub("", _TOLD_CONTENT.split(tail, 1)[0])
        if _FOR_COMMENT.search(tail) or _ORDER.match(tail):
            if not re.match(r"\s+(?:\w+\s+){0,3}to\s+(?:reporters|journalists|the\b)", tail):
                return None
    if cue.noun_too and not past and evidence is None and not _verb_context(sent, i, j):
        return None
    if cue.noun_too and not past and not low.endswith("s") and low != "shown" and i + 1 < n \
            and sent.words[i + 1] in (",", ".", ";", ")") and prev not in PRONOUNS \
            and not ((prev.endswith("s") or prev in _PLURALS_WITHOUT_S)
                     and sent.words[i - 1][:1].islower()):
        return None  # "the intelligence report, seen by …": a noun before the comma
    weight = cue.weight
    # "A source speaking to Fox News said", "officials who spoke with ABC News said": the
    # outlet is the recipient; the speaker is the noun phrase before it. (Most sentences have
    # no such verb at all, which the sentence's set of words tells before any slice is cut;
    # most others have none where the walk would find one, and skip it.)
    if not _CONTACT.isdisjoint(sent.vocab) and not _CONTACT.isdisjoint(lows[max(1, j - 6):j - 1]):
        for t in range(j - 1, max(1, j - 6), -1):
            if not is_word(sent.words[t]):
                break
            if lows[t] in ("to", "with") and lows[t - 1] in _CONTACT:
                head = t - 3 if t >= 3 and lows[t - 2] in ("who", "that") else t - 2
                speaker = left_np(sent, head) if head >= 0 else None
                if speaker is not None and not negated_subject(sent, speaker):
                    return Hit(speaker, head + 1, i, phrase_end, weight, "subject")
                break
    # Subject on the left.
    if lows[j] == "that" and (focus := _cleft_focus(sent, j)) is not None:
        return Hit(focus, j, i, phrase_end, weight * 0.9, "subject")
    anonymous = _anonymous_speaker(sent, j)
    if anonymous is not None:
        return Hit(anonymous[0], anonymous[1], i, phrase_end, weight, "subject")
    if j == i - 1 and lows[j] == "that" and (past or low.endswith("s")) \
            and (maker := _released_that(sent, j)) is not None:
        return Hit(maker[0], maker[1], i, phrase_end, weight * 0.8, "subject")
    if j >= 3 and sent.words[j] in CLOSE_QUOTES and (title := _titled_document(sent, j)):
        j = title  # "The ISW report “Russia's Winter Offensive” said": the report speaks
    s = left_np(sent, j)
    if cue.lemma == "post" and past and lows[j] in DOC_NOUNS and sent.words[j].islower():
        return None  # "acknowledged in a video posted on Telegram": the video was posted
    if low.endswith("ed") and j >= 1 and lows[j] in ("back", "off", "up", "down", "out") \
            and lows[j - 1].endswith("ing") and i + 1 < n and sent.words[i + 1][:1].isalpha():
        return None  # "while pushing back repeated Ukrainian counterattacks": an adjective
    if s == j >= 1 and lows[j].endswith("ing") and sent.words[j].islower() \
            and (lows[j - 1] in BE or lows[j - 1] in AUX):
        return None  # "has been investigating alleged crimes": a participle's adjective
    while s is not None and (verb := _infinitive_verb(sent, s, j)) is not None:
        # A verb after "to" opens no subject, nor does its object: "Democrats trying to
        # regain control of the Senate say", "Organizers of the push to boycott the speech
        # said" are the phrase before "to" with its infinitive; "the decision to send troops
        # to fight in Europe showed" an event
        if lows[verb - 2] in _TO_PHRASES:
            return None
        s = left_np(sent, verb - 2)
        if s is None or lows[s] in ("to", "and", "or"):
            return None
    if s is not None and s >= 3 and (lows[s - 1] == "by" and (lows[s - 2] in RECEIVED
                                                              or lows[s - 2] in RELAYED)
                                     or lows[s - 1] == "to" and lows[s - 2] in _HANDED):
        # "A letter from the Legion obtained by the AP warns", "An NIS report submitted to
        # the National Assembly estimated": the AP got the letter, which speaks; "A commander
        # quoted by the Kyiv Independent said": the outlet relays, the commander speaks
        inner = left_np(sent, s - 3)
        if inner is not None:
            s, j = inner, s - 3
    elif s is not None and s >= 4 and lows[s - 1] == "to" \
            and (inner := left_np(sent, s - 2)) is not None \
            and any(lows[t] in DOC_NOUNS and lows[t + 1] in ("from", "by")
                    for t in range(inner, s - 3)):
        # "A letter from Guterres to the Security Council warned", "Comments by Lavrov to
        # reporters made clear": who it went to is no source; the writer is (its author)
        s, j = inner, s - 2
    if s is None and j + 1 < i and lows[j + 1] in ("all", "both", "each") \
            and not (low == "told" and i + 1 < n and sent.words[i + 1] == ",") and (
                j < 0 or sent.words[j] in (";", ":") or sent.words[j] in OPEN_QUOTES
                or sent.words[j] == "," and left_piece_kind(sent, j) == "adv"
                and ((p := comma_piece_start(sent, j)) == 0 or sent.words[p - 1] != ",")):
        # "To varying degrees, all agreed": the walk stepped over the quantifier as if it
        # floated after a subject ("the generals all said"), but it opens the clause: it is
        # the subject. Not after an appositive ("X, a Y, both said") or an aside ("Two
        # soldiers, interviewed separately, both said"), nor "All told, …".
        j += 1
        s = j
    if s is None and j >= 1 and lows[j] in COUNTED and lows[j - 1] in ("the", "all"):
        # "The two admit", "majorities in all five say": the number stands for the people
        # counted; a phrase that "in all five" ends opens the subject when there is one
        s = j - 1
        if s >= 2 and (lows[s] == "all" and lows[s - 1] == "in"
                       or lows[s] == "the" and lows[s - 1] == "of"):
            whole = left_np(sent, s - 2)  # "None of the three laid out": negated below
            s = s if whole is None else whole
    if evidence is not None:
        s = evidence
        if lows[j] in RELEASED and i - j > 2:
            j = max(j, date_end(sent, j + 1) - 1)  # "a poll released last week actually showed"
    if s is not None:
        if negated_subject(sent, s):
            return None
        if s >= 1 and past_form(lows[s - 1]) and sent.words[s - 1].isalpha() \
                and sent.words[s - 1].islower() and lows[s - 1] not in CUES and lows[s - 1] not in AUX \
                and lows[s - 1] not in GERUNDS and lows[s] in DETERMINERS:
            # "Men left the country within weeks of the mobilisation announced on …": the
            # phrase is the object of the verb before it, and the cue its participle
            return None
        if cue.noun_too and low.endswith("s") and i + 1 < n \
                and sent.words[i + 1] in (",", ".", ";") and any(
                    0 <= t < j and sent.words[t].islower() and lows[t].endswith(("ed", "en", "wn"))
                    and lows[t] not in AUX for t in (s - 1, s)):
            # "had been given Russian military documents, a claim …", "had been shown military
            # documents,": the participle's object
            return None
        if cue.noun_too and s >= 1 and (
                lows[s - 1] in POSSESSIVE_DETERMINERS or s >= 2 and lows[s - 2]
                in POSSESSIVE_DETERMINERS and sent.words[s - 1].isalpha()
                and sent.words[s - 1].islower()):
            # "said in its annual Military Balance report that": the noun of its own phrase,
            # whose possessive the subject left behind
            return None
        if s == j and sent.words[s].isalpha() and sent.words[s].islower() and s >= 1 and (
                lows[s - 1] == "to" or s >= 2 and lows[s - 2] in _SUBJECT_ONLY
                and (lows[s - 1] in AUX or adverb(sent, s - 1))):
            # "calls for a prosecutor to investigate alleged …", "they now pay estimated
            # taxes": a verb of its own before the cue, which is an adjective
            return None
        if s == j and s >= 1 and lows[s - 1] in ("which", "that") and lows[s].endswith("s") \
                and sent.words[s].isalpha() and sent.words[s].islower() \
                and not people(sent, s) and (lows[s] not in DOC_NOUNS
                                             and singular(lows[s]) not in TEXTS
                                             or s + 1 < i and ly_adverb(lows[s + 1])):
            # "Oryx, which tracks visually confirmed losses", "the site that counts visually
            # confirmed losses": the relative clause's own verb, no speaker (but "the losses,
            # which analysts said", "which reports said")
            return None
        if cue.lemma == "threaten" and situation_subject(sent, s, j):
            return None  # "the deployment threatened security": it endangers; nobody speaks
        if s != evidence and (cue.lemma in EVIDENCE_LEMMAS or cue.lemma == "continue"
                              and lows[j] not in TEXTS) \
                and event_subject(sent, s, j) and not (cue.lemma in EVIDENCE_LEMMAS
                                                 and evidence_head(sent, s, j)) \
                and not _speaker_of(sent, s, j) \
                and not (cue.lemma in EVIDENCE_LEMMAS and (_statement_marked(sent, phrase_end)
                                                     or cue.lemma in _ANNOUNCED
                                                     and _trailing_report(sent, s, phrase_end))):
            # "the deployment showed Russia's desperation", "the shelling continued": an
            # event, no source
            return None
        if low.endswith("ed") and lows[j].endswith("ed") \
                and (j > s or j >= 1 and lows[j - 1] in AUX) \
                and _participle_as_adjective(sent, j, i):
            # "why the agency ignored repeated warnings", "the landlord had ignored repeated
            # complaints": "repeated" describes
            return None
        if cue.lemma == "show" and _shown_to(sent, i) and people(sent, j) \
                and DOC_NOUNS.isdisjoint(lows[s:j + 1]):
            return None  # "The referee showed Mvala a yellow card": a display, no claim
        if cue.lemma == "call" and lows[j] in NORM_NOUNS and i + 1 < n \
                and lows[i + 1] == "for":
            return None  # "The plan called for deep cuts", "protocol called for …": a rule
        if (cue.lemma == "demand" or cue.lemma == "call" and i + 1 < n
                and lows[i + 1] == "for") and situation_subject(sent, s, j):
            return None  # "the deployment demanded a response": it requires; nobody speaks
        if cue.lemma == "feel" and i + 2 < n and (
                lows[j] == "it" and not lows[i + 1].endswith("ed") or lows[i + 2] == "need"):
            # "it felt so unreal" (seeming), "felt the need to act" (a motive): nobody's view
            # is reported; "Kyiv said it felt betrayed", "the town felt like it was forgotten"
            # still are views
            return None
        if cue.lemma == "feel" and lows[s] in POSSESSIVE_DETERMINERS \
                and sent.words[j].islower() and not people(sent, j):
            return None  # "his ankle felt fine": a body part or a thing, no one's view
        if s >= 1 and lows[s - 1] == "what" and not (s >= 2 and lows[s - 2] in _POINTING) and (
                cue.lemma == "say" and s == j and lows[j] in PRONOUNS
                and (phrase_end >= n or sent.words[phrase_end] in _CONTENT_ENDS)
                or cue.lemma in _TOPIC_CUES and _nothing_said(sent, phrase_end)):
            # "I disagree with what he said.", "Bernie did what he said.", "I do take what
            # Alan Krueger said seriously": no claim of theirs in the sentence; but "…, which
            # is (exactly) what he said." points back to one
            return None
        start = conjoined(sent, s, j)
        if lows[start] == "both" and start < j and "and" in lows[start + 1:j]:
            start += 1  # "Both Mr. King and Mr. Schultz say": the two named, without "both"
        if start == s and s >= 3 and (lows[s - 1] in ("and", "or") or sent.words[s - 1] == ","):
            # "Leaders who backed Cruz or Rubio said": the names are the relative clause's
            # object; the subject is the phrase the clause hangs on.
            rel = _relative_object_list(sent, s)
            start = s if rel is None else rel
        return Hit(start, i if dated else j + 1, i, phrase_end, weight, "subject")
    # "Craig Minassian, a spokesman for the foundation, said the decision …": a subject
    # interrupted by an appositive comes before the inverted reading, which would take the
    # object ("the decision") for the speaker.
    if j >= 1 and (sent.words[j] in (",", "\u2014", "\u2013", ")") or is_dash(sent, j)):
        span = relative_subject(sent, j) if sent.words[j] == "," else \
            paren_subject(sent, j) if sent.words[j] == ")" else dash_subject(sent, j)
        if span is None:
            span = appositive_subject(sent, j)
            if span is not None and cue.invertible and _speaker_after_clause(sent, span[0], i):
                span = None  # the inverted reading below takes the speaker after the verb
        if span is not None:
            return Hit(span[0], span[1], i, phrase_end, weight * 0.9, "subject")
    if j >= 2 and sent.words[j] in CLOSE_QUOTES and sent.words[j - 1] == ",":
        # 'Mr. Kuleba, citing "the army's strength," said': the comma before the verb sits
        # inside the quotation that ends the piece.
        span = appositive_subject(sent, j + 1)
        if span is not None:
            return Hit(span[0], span[1], i, phrase_end, weight * 0.9, "subject")
    # Inverted: "…,” said X" / "…, says the report".
    at_clause_start = j < 0 or sent.words[j] in CLAUSE_PUNCT and not _opening_quote(sent, j) \
        or lows[j] in ("as",) \
        or lows[j] == "so" and (j == 0 or sent.words[j - 1] in CLAUSE_PUNCT)  # "— so says X"
    # "Zelenskyy met Biden and said the talks went well": after "and" the verb shares the
    # clause's subject; reading it as inverted would take the reported words for a speaker.
    if j >= 1 and lows[j] in ("and", "but") and past and (low.endswith("ed") or low == "found") \
            and (i + 1 >= n or lows[i + 1] in ("for", "by", "as")
                 or not is_word(sent.words[i + 1])
                 or low == "found" and lows[i + 1] in ("in", "on", "near", "at", "inside")
                 and "that" not in lows[i + 2:i + 9]) \
            and (be := next((t for t in range(j - 1, max(-1, j - 9), -1) if lows[t] in BE),
                            None)) is not None \
            and all(is_word(sent.words[t]) for t in range(be, j)):
        # "Perez is experienced and lauded for his work", "tankers are more than 20 years old
        # and poorly maintained.", "was abducted … and later found in a mass grave": a
        # passive participle
        return None
    if j >= 1 and lows[j] in ("and", "but"):
        rel = relative_conjunct(sent, j)
        if rel is not None:
            return Hit(rel, rel + 1, i, phrase_end, weight * 0.8, "subject")
        span = coordinated_subject(sent, j) or (
            piece_subject(sent, j, coordinated=True) if past or low.endswith("s") else None)
        if span is not None and low == cue.lemma and not past and not low.endswith("s") \
                and any(lows[t] in MODAL_SKIP and lows[t] != "to"
                        or lows[t] == "to" and lows[t - 1] in _BEFORE_INFINITIVE
                        for t in range(span[1], j)):
            return None  # "Clinton needs to sell herself and tell more jokes": not told yet
        if span is not None:
            return Hit(span[0], span[1], i, phrase_end, weight * 0.8, "subject")
    if cue.invertible and at_clause_start:
        span = right_np(sent, i + 1, inverted=True)
        if span is not None and j < 0 and sent.words[i + 1][:1].isupper() \
                and not opens_quotation(sent, span[1]):
            return None  # "Said Ahmed, a volunteer, was wounded": a first name, no verb
        if span is not None:
            return Hit(span[0], span[1], i, phrase_end, weight * 0.95, "inverted")
    return None


def _shown_to(sent: Sentence, i: int) -> bool:
    """"showed Mvala a second yellow card", "showed them the letter", "showed the crowd a
    clip": a thing shown to someone named after the verb, then its article."""
    lows, words = sent.lows, sent.words
    t = i + 1
    if t < len(lows) and lows[t] in OBJECT_PRONOUNS | {"us", "me"}:
        t += 1
    elif t + 1 < len(lows) and (lows[t] in _VIEWERS or lows[t] in ("the", "his", "her", "its")
                                and lows[t + 1] in _VIEWERS):
        t += 1 if lows[t] in _VIEWERS else 2
    else:
        while t < len(words) and words[t][:1].isupper() and is_word(words[t]) and t - i <= 4:
            t += 1
    return i + 1 < t < len(lows) and lows[t] in ("a", "an", "the", "his", "her", "their")


# Those one shows a thing to: "showed reporters a map", "showed the crowd a clip".
_VIEWERS = frozenset("""crowd crowds audience audiences reporters journalists viewers supporters
    voters lawmakers visitors guests delegates students fans players squad""".split())
# Pronouns that are only ever subjects: a word after one (and an adverb) is its verb.
_SUBJECT_ONLY = frozenset({"he", "she", "they", "we", "i"})
# Events a headline says were reported, by nobody named: "Explosion reported near …",
# "Casualties reported in Kharkiv".
_REPORTED_EVENTS = SITUATIONS | frozenset("""explosion blast fire shooting casualty death
    injury clash outage strike flood""".split())
_PLACE_WORDS = frozenset({"near", "outside", "inside", "across", "around", "overnight"})
# "Clinton is continuing to insist", "officials are beginning to warn".
_ONGOING_PROGRESSIVE = frozenset({"continuing", "beginning", "starting"})
_SEEMING = frozenset({"appeared", "appears", "appear", "seemed", "seems", "seem"})
# "Allen did suggest that …", "they do say": the emphatic auxiliary before a bare verb.
_EMPHATIC_DO = frozenset({"do", "does", "did"})


# Words before an infinitive that is not done yet: "needs to", "has to", "plans to",
# "is going to" ("hostile to government regulation" is no infinitive).
_BEFORE_INFINITIVE = frozenset("""need needs needed has have had want wants wanted plan plans
    planned planning going able unable expected likely set try tries tried trying ought
    hope hopes hoped intend intends intended seek seeks sought decided decide decides
    refuse refuses refused vowed promised""".split())


def _speaker_after_clause(sent: Sentence, s: int, i: int) -> bool:
    """"The firm lobbied on behalf of …, at both levels, said lobbyist Charlie Black, his
    former partner.": the comma pieces before the verb open with a piece that holds a past
    verb, and a speaker after the verb closes the sentence, leaving "said" nothing to report
    if the pieces were its subject. The pieces are what was said; the speaker follows. "A
    report released Friday, seen by Reuters, said the plan …" keeps its subject: a clause
    follows the verb, and no speaker."""
    words = sent.words
    first_comma = next((t for t in range(s, i) if words[t] == ","), i)
    if not piece_past_verbs(sent, s, first_comma) and not (
            s >= 2 and words[s - 1] == "," and any(finite_verb(sent, 0, t) for t in range(s - 1))):
        # (nor "Shipowners are willing to send vessels to Odesa, Pivdennyi and Chornomorsk,
        # said Oleksiy Kuleba, …": the pieces end a clause that opens the sentence)
        return False
    after = right_np(sent, i + 1, inverted=True)
    if after is None:
        return False
    end = len(words) - (words[-1] in (".", "!", "?"))
    e = after[1]
    if e < end and words[e] == ",":
        # "…, said Charlie Black, Manafort's former partner.": one appositive to the end, no
        # clause ("said Smith, the mayor, had lied" reports Smith's lie)
        rest = range(e + 1, end)
        if not rest or any(words[t] == "," or sent.lows[t] in BOUNDARY for t in rest) \
                or piece_past_verbs(sent, e + 1, end):
            return False
        e = end
    return e >= end


# After "conclude" these end an event ("the talks concluded on Friday"), where a finding
# goes on with its clause or object.
_CONCLUDED_EVENT = frozenset({".", ";", "!", "on", "in", "at", "after", "before", "when",
                              "without", "late", "early", "abruptly"})


# What a discourse marker's "having said" (or "that said") refers back to: the writer's
# own previous sentence ("Having said that, …", "having said all this, …").
_ANAPHORS = frozenset({"that", "this", "so", "all", "as", "much"})


_HAVE = frozenset({"have", "has", "had", "having", "'ve", "'s", "'d"})


def _after_have(sent: Sentence, i: int) -> bool:
    """A perfect ("polls have similarly shown", "she's already shown"): a participle with no
    "have" before it is passive or describes a noun, which reports nobody's finding."""
    lows = sent.lows
    t = i - 1
    while t >= 0 and lows[t] not in _HAVE and (
            adverb(sent, t) or lows[t] in PLAIN_ADVERBS
            or lows[t] in AUX and lows[t] not in BE and lows[t] not in NEGATION):
        t -= 1
    return t >= 0 and lows[t] in _HAVE


# Verbs of taking the stage, whose purpose infinitive is what the subject went on to say:
# "took to Twitter to accuse", "went on television to deny", "appeared on Fox to defend",
# "seized on the report to argue", "used his address to warn", "held a news conference to
# announce". With the particle or kind of object each needs.
_STAGE_PARTICLES = {"took": ("to",), "takes": ("to",), "went": ("on", "before"),
                    "goes": ("on", "before"), "appeared": ("on", "before", "at"),
                    "appears": ("on", "before", "at"), "seized": ("on", "upon"),
                    "seizes": ("on", "upon"), "turned": ("to",), "turns": ("to",)}
_STAGE_OBJECTS = frozenset({"used", "uses", "held", "holds", "called", "took", "takes",
                            "convened", "issued", "released", "posted", "sent", "published"})
# What one uses, holds or takes to speak: an occasion or a platform.
_STAGES = OCCASIONS | MESSAGE_NOUNS | frozenset("""opportunity occasion moment platform stage
    podium floor microphone airwaves pulpit rally debate visit testimony op-ed column
    news""".split())
# Words a stage phrase never crosses: a new clause or a quotation starts there.
_STAGE_STOPS = frozenset({",", ";", ":", "that", "who", "which", "and", "but", "or", "to",
                          "(", ")"})


def _stage_speaker(sent: Sentence, t: int) -> tuple[int, int] | None:
    """The subject of a stage verb before the "to" at ``t`` whose infinitive is a cue: the
    infinitive is what the subject did there, so said ("Zelenskyy took to Telegram to
    denounce the strike", "Kim used a speech on Friday to warn Seoul", "Peskov took the
    opportunity to deny the claims"). The stage phrase is short and one clause; a modal,
    an infinitive or a negation before the stage verb means nothing was said yet or at
    all ("will take to Twitter to respond", "plans to hold a news conference to announce",
    "did not go on television to deny")."""
    words, lows = sent.words, sent.lows
    for v in range(t - 1, max(-1, t - 10), -1):
        low = lows[v]
        if low == "to" and v > 0 and _STAGE_PARTICLES.get(lows[v - 1]) == ("to",):
            continue  # "took to Twitter", "turned to Telegram"
        if low in _STAGE_STOPS or words[v] in OPEN_QUOTES or words[v] in CLOSE_QUOTES \
                or is_dash(sent, v):
            return None
        if not words[v].islower() or v + 1 >= t:
            continue
        if low in _STAGE_PARTICLES and lows[v + 1] in _STAGE_PARTICLES[low]:
            break
        if low in _STAGE_OBJECTS and not _STAGES.isdisjoint(lows[v + 1:t]):
            break
    else:
        return None
    j = v - 1
    while j >= 0 and (lows[j] in AUX or adverb(sent, j) or lows[j] in PLAIN_ADVERBS):
        if lows[j] in MODAL_SKIP or lows[j] in NEGATION or lows[j].endswith("n't"):
            return None
        j -= 1
    if j < 0 or lows[j] in MODAL_SKIP:
        return None
    j = before_time_phrase(sent, j)  # "Obama on Friday held an impromptu briefing to brag"
    if j > 0 and lows[j] in ("all", "both") and is_word(words[j - 1]):
        j -= 1  # "Bush, Christie, Kasich and Paul all appeared on Sunday shows to tout"
    return _subject_ending(sent, j)


def _subject_ending(sent: Sentence, j: int) -> tuple[int, int] | None:
    """The subject noun phrase ending at token ``j``, unless it names nobody ("No official
    …"): the speaker of a stage verb or of "was the first to"."""
    s = left_np(sent, j) if j >= 0 else None
    if s is None or negated_subject(sent, s):
        return None
    return s, j + 1


# Verbs that made someone say something, in the past: "prompted NATO to order", "led
# Priebus to declare", "forced him to admit". ("urged", "asked" and "invited" only request.)
_CAUSED = frozenset("""prompted prompts led leads forced forces drove drives spurred spurs
    compelled compels pushed pushes moved""".split())


def _caused_to(sent: Sentence, t: int) -> tuple[int, int] | None:
    """The one made to speak by a cause before the "to" at ``t``: "The leak prompted NATO to
    order …", "The decisive victory led Priebus to declare …", "forced Schultz to resign
    from …". The noun phrase between the causing verb and "to" said it; not a passive's
    agent ("were spurred by Trump's failure to denounce") nor a way ("drove from Chicago
    to ask"). A modal, an infinitive or a negation before the causing verb means it has not
    happened ("could prompt Seoul to protest", "did not force him to admit"). A verb after
    it makes it a noun ("nuclear forces were ready to respond")."""
    words, lows = sent.words, sent.lows
    v = next((v for v in range(t - 1, max(0, t - 9), -1)
              if not is_word(words[v]) or lows[v] in _STAGE_STOPS or lows[v] in _CAUSED), 0)
    s = v + 1
    if lows[v] not in _CAUSED or not words[v].islower() or s == t or lows[v - 1] in BE \
            or lows[s] in OBJECT_PRONOUNS or lows[s] in PREPOSITIONS \
            or lows[s] in BE or lows[s] in AUX \
            or not plausible_np(sent, s, t) \
            or negated_subject(sent, s):
        return None
    k = v - 1
    while k >= 0 and (adverb(sent, k) or lows[k] in PLAIN_ADVERBS):
        k -= 1
    if k >= 0 and (lows[k] in MODAL_SKIP or lows[k] in NEGATION or lows[k].endswith("n't")
                   or lows[k] in ("do", "does", "did")):
        return None
    return s, t


# What ranks a speaker among those who said it: "the first to confirm", "the only senator to".
_RANKS = frozenset({"first", "only", "last", "earliest", "latest", "second", "third"})


def _first_to(sent: Sentence, t: int) -> tuple[int, int] | None:
    """The subject of "was the first (Democrat in Congress) to endorse …", "is the only
    senator to vote against …", before the "to" at ``t``: who ranks first to say it said it.
    The rank word follows "the" and a form of "be"; the words between it and "to" are one
    short noun phrase, without a clause ("the first to arrive, and Kim said …")."""
    words, lows = sent.words, sent.lows
    for r in range(t - 1, max(1, t - 8), -1):
        if not is_word(words[r]) or lows[r] in _STAGE_STOPS:
            return None
        if lows[r] in _RANKS and lows[r - 1] == "the":
            break
    else:
        return None
    j = r - 2
    if j > 0 and lows[j] == "of" and lows[j - 1] == "one":
        j -= 2  # "was one of the earliest House members to endorse"
    if j < 1 or lows[j] not in BE or lows[j] in ("be", "been", "being"):
        return None
    j -= 1
    while j >= 0 and (adverb(sent, j) or lows[j] in PLAIN_ADVERBS):
        j -= 1
    return _subject_ending(sent, j)


# Nouns that make "call" a kind of meeting: "an earnings call", "a conference call".
_CALL_COMPOUNDS = frozenset({"earnings", "conference", "phone", "video", "roll", "investor"})


def _by_gerund(sent: Sentence, k: int) -> bool:
    """Token ``k``, after "by", is a gerund that says how ("responded by using the example",
    "concluded by making it clear"), not an adjective of the agent's noun ("criticized by
    left-leaning economists", "by leading Democrats"): an -ing word followed by its object's
    determiner, a pronoun, "to" or a particle, or by nothing."""
    words, lows = sent.words, sent.lows
    low = lows[k]
    if not (low.endswith("ing") and words[k].isalpha() and words[k].islower()):
        return False
    if k + 1 >= len(lows):
        return True
    nxt = lows[k + 1]
    return nxt in DETERMINERS or nxt in POSSESSIVE_DETERMINERS or nxt in OBJECT_PRONOUNS \
        or nxt in ("it", "that", "to", "out", "up", "off", "back", "down")


def _common_noun(sent: Sentence, k: int) -> bool:
    """Token ``k`` is a lowercase word that no auxiliary, pronoun or boundary word is: the
    noun a participle after "later" or "first" describes ("a claim later confirmed by"),
    where a name might be the subject of an active verb ("Kim later confirmed by phone")."""
    low = sent.lows[k]
    return sent.words[k].isalpha() and sent.words[k].islower() and low not in AUX \
        and low not in BE and low not in PRONOUNS and low not in BOUNDARY


def _perfect_participle(sent: Sentence, h: int, i: int, phrase_end: int,
                        cue: Cue) -> Hit | None:
    """The cue at ``i`` after "having" (at ``h``): "having" is never its subject. "Having
    said that, …" is a discourse marker (the writer concedes; nobody is reported), and
    "…, Judge Berman said, having announced …" goes on with the speaker before the comma,
    as a trailing gerund does ("…, saying …"); a participle that opens the sentence
    ("Having announced …, the judge proceeded") is left to the main clause's own cue."""
    lows, words = sent.lows, sent.words
    k = i + 1
    while k < len(lows) and k - i <= 3 and lows[k] in _ANAPHORS:
        k += 1
    if k > i + 1 and (k == len(lows) or not is_word(words[k])):
        return None  # "Having said that, …", "having said as much."
    if h < 2 or words[h - 1] != ",":
        return None
    hit = gerund_cue(sent, h, cue)
    if hit is None:
        return None
    hit.cs, hit.ce = i, phrase_end
    return hit


def _before_main_verb(sent: Sentence, s: int, e: int) -> int:
    """Where the by-phrase of a participle inside a subject ends: before the main clause's
    verb, which the phrase reader runs into ("the bill backed by Senate Republicans passed",
    "forces backed by Moscow seized the airport"): a lowercase "-ed" word after the first
    word, followed by an article, a preposition, punctuation or nothing ("armed forces" is
    no verb: a noun follows). A name after "the" ends with its last capitalised word or
    speaker noun ("Losses confirmed by the Pentagon rose again")."""
    lows, words = sent.lows, sent.words
    n = len(lows)
    end = next((t for t in range(s + 1, e) if lows[t].endswith("ed") and words[t][:1].islower()
                and (t + 1 >= n or not is_word(words[t + 1]) or lows[t + 1] in ARTICLES
                     or lows[t + 1] in PREPOSITIONS or lows[t + 1] in DETERMINERS)), e)
    while lows[s] == "the" and end - 1 > s and words[end - 1][:1].islower() \
            and lows[end - 1] not in SPEAKER_HEADS and lows[end - 1] not in ROLE_NOUNS:
        end -= 1
    return end


_ADVERB_PAIRS = frozenset({("in", "fact"), ("in", "particular"), ("so", "far"),
                           ("in", "turn"), ("at", "first"), ("of", "course"),
                           ("not", "only")})  # "not only documented …, but also": no denial


def _adverb_pair(sent: Sentence, j: int) -> bool:
    """"in fact", "so far", "in particular" ending at token ``j``."""
    return j >= 1 and (sent.lows[j - 1], sent.lows[j]) in _ADVERB_PAIRS


# Verbs whose past form is their base form: "it forecast" may be finite.
_PAST_AS_BASE = frozenset({"read", "put", "forecast", "broadcast", "cast", "hit", "set",
                           "quit", "bet", "let", "spread"})


def _after_quotation(sent: Sentence, j: int) -> bool:
    """The subject ending at token ``j`` follows a quotation closed with a comma: '“…,” the
    rapper posted', '“…?” she wrote', '…,” the memo claims.'"""
    s = left_np(sent, j) if j >= 0 else None
    return s is not None and s >= 2 and sent.words[s - 1] in CLOSE_QUOTES \
        and sent.words[s - 2] in (",", "?", "!")


def _as_put_it(sent: Sentence, i: int) -> bool:
    """"As the mayor put it …": "put it" after "as" and a short subject that open their
    clause quotes its words, whatever follows ("at Tuesday's meeting", "in a speech"), where
    "put it at risk" alone says nothing."""
    lows, words = sent.lows, sent.words
    if i + 1 >= len(lows) or lows[i + 1] != "it":
        return False
    for t in range(i - 2, max(-1, i - 12), -1):
        if not is_word(words[t]) and not (words[t] == "," and i - t > 2):
            return False  # (a comma only around an appositive: "as the lawyer, Dana Ruiz, put it")
        if lows[t] == "as":
            # (commas only in a pair: "As expected, the firm put it up for sale" says nothing)
            return (t == 0 or not is_word(words[t - 1]) or words[t - 1] in OPEN_QUOTES) \
                and words[t:i].count(",") in (0, 2)
    return False


_FRONTING = FRONTED | {"who"}  # ("whom progressives believed was", "who they said was")
_GET = frozenset({"get", "gets", "got", "getting", "gotten"})


def _relative_object_list(sent: Sentence, s: int) -> int | None:
    """The start of the subject when the names that end at the verb, from ``s`` back over
    "or", "and" and commas, are the object of a relative clause on it: "Many of the GOP
    leaders who backed Cruz or Rubio or Ben Carson said" (not "Ben Carson"), "The donors who
    had funded Smith, Jones and Brown said". left_np reads such a clause when one name ends
    it ("Voters who backed Cruz said") but stops at the conjunction. The list's names are
    capitalised words; before the first come the clause's own lowercase words, after "who"
    or "that". None when the words do not read so ("The mayor met Cruz and Rubio said": no
    relative pronoun)."""
    lows, words = sent.lows, sent.words
    if not words[s][:1].isupper() or lows[s] in PRONOUNS:
        return None  # "Contrast that with Trump, who has called": "who" is its own subject
    t = s
    for _ in range(6):
        if t < 2 or not (lows[t - 1] in ("and", "or") or words[t - 1] == ","):
            break
        p = t - 2
        if words[p] == "," and lows[t - 1] in ("and", "or"):
            p -= 1  # "Smith, Jones, and Brown"
        q = p
        while q >= 0 and p - q < 4 and is_word(words[q]) and words[q][:1].isupper():
            q -= 1
        if q == p:
            return None  # the conjunct before is no name: "rose and Rubio said"
        t = q + 1
    if t == s or t < 3 or not words[t - 1][:1].islower() \
            or "and" not in lows[t:s] and "or" not in lows[t:s]:
        return None
    # Back over the clause's own words to its "who" or "that": "who backed", "who'd rather be
    # working on a campaign for".
    who = next((u for u in range(t - 1, max(-1, t - 15), -1)
                if lows[u] in ("who", "that") or words[u][:1].isupper()
                or not is_word(words[u]) and lows[u] not in CONTRACTED), None)
    if who is None or who < 1 or lows[who] not in ("who", "that") \
            or not is_word(words[who - 1]) or lows[who + 1] in DETERMINERS:
        # ("wrote on Telegram that the men were held in Kyiv, and the SBU said": "that" and
        # a subject of its own open reported words, no relative clause)
        return None
    return left_np(sent, who - 1)


def _plural(low: str) -> bool:
    """A plural-looking noun: "-s", but not "cautious", "press", "analysis", "status"."""
    return low.endswith("s") and not low.endswith(("ss", "ous", "is", "us"))


def _counted_participle(sent: Sentence, i: int) -> bool:
    """A past participle between a count and its noun is an adjective: "at least 88,000
    confirmed Russian military deaths", "40 reported incidents", "the three disputed wards". The
    count is no speaker; what follows is its noun, not a reported clause (so not "that",
    a determiner, a pronoun, a preposition or a gerund: "1,000 confirmed that they voted")."""
    lows, words = sent.lows, sent.words
    if i < 1 or i + 1 >= len(lows) or not lows[i].endswith("ed") \
            or not (words[i - 1][:1].isdigit() or lows[i - 1] in NUMBER_WORDS and i >= 2
                    and lows[i - 2] in ("the", "these", "those", "all")) \
            or words[i - 1].endswith("%") \
            or YEAR.fullmatch(words[i - 1]) \
            or i >= 2 and (lows[i - 2] in DATE_WORDS or lows[i - 2] in MONTH_ABBREVIATIONS):
        return False  # "The ministry in 2023 confirmed reports", "on Oct. 7 confirmed reports"
    nxt = lows[i + 1]
    return is_word(words[i + 1]) and not nxt[:1].isdigit() and nxt not in BOUNDARY \
        and nxt not in DETERMINERS and nxt not in PRONOUNS and nxt not in OBJECT_PRONOUNS \
        and nxt not in PREPOSITIONS and not nxt.endswith("ing")


def _participle_as_adjective(sent: Sentence, j: int, i: int) -> bool:
    """Whether the "-ed" cue at ``i`` describes the noun after it because the "-ed" word at
    ``j`` before it is the clause's verb: "the agency ignored repeated warnings", "the mayor
    dismissed reported sightings". A participle that tells how a document came out is part of
    its subject ("the data collected showed losses"); a clause after the cue ("those
    interviewed said they", "the people affected said the water") is what was said."""
    lows, words = sent.lows, sent.words
    if i + 1 >= len(lows) or not words[j].islower() or lows[j] in DOCUMENT_PARTICIPLES \
            or lows[j] in PASSIVE_ONLY:
        return False
    nxt = words[i + 1]
    low = lows[i + 1]
    return is_word(nxt) and nxt.islower() and low not in BOUNDARY and low not in DETERMINERS \
        and low not in PRONOUNS and low not in OBJECT_PRONOUNS and low not in PREPOSITIONS \
        and low != "that" and not low.endswith("ing")


# Words after "a"/"an" that are the subject of a base-form verb: "a third say", "a few argue".
_ARTICLE_SUBJECTS = frozenset("""few third quarter half majority minority plurality number lot
    dozen handful""".split())
_ADJECTIVE_ENDS = ("al", "er", "est", "ous", "ive", "ful", "ic", "ble")


def _noun_after_modifier(sent: Sentence, i: int, cue: Cue) -> bool:
    """A base-form cue after an article and a modifier is a noun: "has a larger say", "the
    final say", "their ultimate say". A singular noun there would need "says"; only a
    quantifier ("a third say") or a plural ("the experts say") is a subject. After "the" or
    a possessive only an adjective-like word counts, and after "the" not after a preposition
    or an auxiliary ("officials on the island believe", "did the inquiry find"; but "changes
    in its economic forecast": a noun)."""
    lows, words = sent.lows, sent.words
    low = lows[i]
    if i >= 2 and low == cue.lemma and lows[i - 2] in ("a", "an") and "-" in words[i - 1] \
            and words[i - 1].replace("-", "").isalpha():
        return True  # "offered a Trump-style retort", "a tit-for-tat claim": a noun
    if i < 2 or low != cue.lemma or low.endswith("s") or not words[i - 1].isalpha() \
            or not words[i - 1].islower() or _plural(lows[i - 1]):
        return False
    if i + 1 < len(lows) and (words[i + 1] == ":" or words[i + 1] in OPEN_QUOTES):
        return False  # "delivered a sharp retort: '…'": the noun still opens a quotation
    prev, det = lows[i - 1], lows[i - 2]
    if det in ("a", "an"):
        return prev not in _ARTICLE_SUBJECTS
    if det != "the" and det not in POSSESSIVE_DETERMINERS:
        return False
    before = lows[i - 3] if i >= 3 else ""
    return prev.endswith(_ADJECTIVE_ENDS) and prev not in SPEAKER_HEADS \
        and prev not in ROLE_NOUNS and before not in _ASKING \
        and (before not in PREPOSITIONS or det in POSSESSIVE_DETERMINERS) \
        and before not in ("to", "off", "about", "let", "make", "help")


_ASKING = frozenset("do does did can could will would should may might must".split())


# What a document shows can be a clause: "the poll shows that …", "shows how hard it is".
_EVIDENCE_CLAUSES = frozenset({"that", "how", "why", "what", "whether", "where", "when"})


# Cues that are also nouns but rarely a name's compound noun ("Trump demands", unlike
# "Paris attacks", "FEC reports", "Initial estimates"): after a name they are its verb.
_NAMED_STANCES = frozenset({"demand", "support", "blame", "see", "call", "claim", "quote",
                            "advocate"})


def _calls_something(sent: Sentence, i: int) -> bool:
    """"calls it her ''responsibility gene''", "calls himself a socialist", "calls Horgos
    “a mistake”": an object, or a quoted name for it, after "calls" makes it the verb;
    the noun is followed by "for", "from" or a verb ("calls for restraint", "calls came")."""
    words, lows = sent.words, sent.lows
    n = len(words)
    if i + 2 < n and (lows[i + 1] in OBJECT_PRONOUNS or lows[i + 1] in REFLEXIVES
                      or lows[i + 1] == "it") and is_word(words[i + 2]) \
            and not past_form(lows[i + 2]) and lows[i + 2] not in AUX:
        return True  # (but "the calls it received": a noun and its relative clause)
    if i + 1 >= n or not (words[i + 1][:1].isupper() or lows[i + 1] in DETERMINERS):
        return False
    k = i + 2
    while k < n and k - i <= 7 and is_word(words[k]):
        k += 1
    return k < n and words[k] in OPEN_QUOTES


def _released_that(sent: Sentence, that: int) -> tuple[int, int] | None:
    """"Sen. Rand Paul has released a Web video that accuses Cruz of …", "He released a letter
    from his doctor Friday afternoon that says …": the document speaks for whoever made it
    public, as "a video released by X accuses" does. The maker's span, or None. A document
    that only stands in the sentence ("a new poll that shows …") is left alone, as PolNeAR
    leaves it."""
    lows = sent.lows
    d = next((t for t in range(that - 1, max(0, that - 7), -1) if lows[t] in DOC_NOUNS), None)
    if d is None or d < that - 1 and not (lows[d + 1] in ("from", "on") or lows[d + 1]
                                          in DATE_WORDS) \
            or not all(is_word(sent.words[t]) for t in range(d, that)):
        return None  # (between the document and "that": its author or its day, nothing else)
    s = left_np(sent, d)
    if s is None or s < 2 or lows[s - 1] not in RELEASED:
        return None
    k = s - 2
    while k >= 0 and lows[k] in AUX:
        if lows[k] in NEGATION or lows[k].endswith("n't"):
            return None  # "has not released a report that …"
        k -= 1
    maker = left_np(sent, k) if k >= 0 else None
    return (maker, k + 1) if maker is not None and plausible_np(sent, maker, k + 1) else None


def _cleft_focus(sent: Sentence, that: int) -> int | None:
    """"It was the NIS that first reported …": the phrase the cleft puts in focus, between
    "it was" and "that", speaks. Its start, or None."""
    s = left_np(sent, that - 1)
    if s is None or s < 2 or sent.lows[s - 1] not in ("was", "is", "'s") \
            or sent.lows[s - 2] != "it":
        return None
    head = that - 1  # (a speaker or a document: not "it's the process that explains")
    return s if s < that and plausible_np(sent, s, that) and (
        people(sent, head) or sent.lows[head] in DOC_NOUNS) else None


def _citing_aside(sent: Sentence, comma: int) -> bool:
    """"Yonhap, citing the NIS, reports that …": the aside closing at ``comma`` cites a
    source for a name before it, so the word after the comma is the name's verb."""
    lows, words = sent.lows, sent.words
    opening = next((t for t in range(comma - 1, max(0, comma - 10), -1) if words[t] == ","),
                   None)
    return opening is not None and opening >= 1 and lows[opening + 1] in ("citing", "quoting") \
        and words[opening - 1][:1].isupper()


def _verb_context(sent: Sentence, i: int, j: int) -> bool:
    """For a cue that is also a noun ("report", "states", "attacks"): read it as a verb only
    when a subject-like word stands right before it (token ``j``: a name, a pronoun, a
    document or role noun; a plural noun only before a base form, since "different states"
    and "terror attacks" are plural nouns themselves) and a clause or object follows."""
    n = len(sent.lows)
    if j < 0:
        return False
    low = sent.lows[i]
    nxt = sent.lows[i + 1] if i + 1 < n else ""
    nxt_word = sent.words[i + 1] if i + 1 < n else ""
    prev_word = sent.words[j]
    plow = sent.lows[j]
    if prev_word == ")" and j >= 2 and sent.words[j - 2] == "(" \
            and sent.words[j - 1][:1].isupper():
        # "The Centers for Disease Control and Prevention (CDC) estimates that …": a name
        # with its acronym before the verb
        return is_word(nxt_word)
    if nxt in _FINITE_AFTER_NOUN:
        return False  # "entrance poll estimates show …": the noun before its own verb
    if nxt == "that" and _in_prepositional_phrase(sent, j):
        return False  # "said in its monthly supply and demand report that …": a noun
    if low == "calls" and _calls_something(sent, i):
        return True
    if prev_word == "," and nxt != "that" and (nxt in DETERMINERS or nxt_word[:1].isupper()) \
            and (span := appositive_subject(sent, j)) is not None \
            and sent.lows[span[1] - 1] in DOC_NOUNS:
        return True  # "The lawsuit, filed Tuesday in …, claims the landlord ignored …"
    if prev_word in CLAUSE_PUNCT:
        # "Oryx, which tracks losses, estimates that …": a relative clause closes before it,
        # or an appositive ("Gerry O'Brien, a GOP consultant, notes that …")
        # (and after a relative clause on a name, a verb before other than a preposition: "Ha-eun
        # Lim, who spent six years at the ministry, cautions against …")
        return prev_word == "," and (nxt == "that" and (
            relative_subject(sent, j) is not None
            or _described_appositive(sent, j) and appositive_subject(sent, j) is not None
            or _citing_aside(sent, j))
            or low.endswith("s") and is_word(nxt_word) and nxt not in PREPOSITIONS - {"against"}
            and (rel := relative_subject(sent, j)) is not None
            and all(sent.words[t][:1].isupper() for t in range(rel[0], rel[1])))
    third = low.endswith("s") and not low.endswith("ss")
    if third and (prev_word[:1].isupper() or plow in PRONOUNS) \
            and CUES[low].lemma not in ("attack", "state") \
            and (start := left_np(sent, j)) is not None and start >= 1 \
            and (sent.lows[start - 1] == "as" or sent.lows[start - 1] == "so" and start >= 2
                 and (sent.lows[start - 2] == "or" or sent.words[start - 2] == ",")) \
            and not is_word(nxt_word or ".") \
            and (start < 2 or sent.lows[start - 2] not in ("such", "same", "level", "well")):
        # "…, as Ames notes.", "as he recalls,", "…, or so the Kremlin claims.": a speaker
        # set off by "as" (not "such as the Paris attacks")
        return True
    if not third and j >= 1 and (sent.lows[j - 1] in ("a", "an", "the", "this")
                                 or sent.lows[j - 1] in POSSESSIVE_DETERMINERS) \
            and prev_word[:1].islower() and plow not in DOC_NOUNS and plow not in ROLE_NOUNS \
            and plow not in SPEAKER_HEADS and plow not in BARE_PLURAL_SOURCES \
            and not _plural(plow):
        return False  # "on a conference call that …", "a cautious note": a noun
    if third and plow in ("they", "we", "i", "you"):
        return False
    lemma = CUES[low].lemma if low in CUES else ""
    if lemma == "state" and third and nxt == "that" and sent.words[i].islower() and any(
            sent.lows[t] in DOC_NOUNS and sent.words[t].islower()
            and not {"to", "in", "at", "of"}.intersection(sent.lows[max(0, t - 2):t])
            for t in range(max(0, i - 8), i)):
        return True  # "A police report obtained by the Chicago Tribune states that …"
    if prev_word[:1].isupper() and plow not in PRONOUNS and (
            lemma == "state" or lemma == "attack" and (
                j >= 1 and sent.lows[j - 1] in DETERMINERS or not is_word(nxt_word))):
        # "New York state Rep.", "Western states", "the Paris attacks": a name before these
        # nouns is their modifier; a state speaks through "it", "the document".
        return False
    if nxt != "that" and _object_phrase(sent, j):
        return False  # "Citing intelligence reports, Zelenskyy said": a noun in an object
    if prev_word[:1].isupper() and plow in DEMONYMS \
            and not (j >= 1 and sent.lows[j - 1] in ("a", "an")):
        return False  # "Western reports about …", "Russian claims": an adjective, no subject
    subject = (prev_word[:1].isupper() or plow in PRONOUNS or plow in DOC_NOUNS
               or plow in ROLE_NOUNS or plow in BARE_PLURAL_SOURCES or plow in SPEAKER_HEADS
               or plow == "media" and nxt == "that" and sent.lows[j - 1] != "social")
    # ("Russian state media claims that …"; not "social media reports that …")
    if not third and not subject:
        # "Researchers at the institute estimate that": a base form before "that" is a verb.
        subject = plow.endswith("s") and not plow.endswith("'s") and not plow.endswith("ss") \
            or nxt == "that"
    if not subject and third and nxt == "that" and prev_word.islower() \
            and (plow.endswith(_AGENT_ENDINGS) or plow in ORG_HEADS) and i + 2 < n \
            and sent.lows[i + 2] not in AUX and not sent.lows[i + 2].endswith("ed") \
            and sent.lows[i + 2] not in CUES:
        # "Ukraine's national energy regulator estimates that rebuilding will cost …", "The
        # air force estimates that …": a noun of one who does something or of a body, then
        # its verb and a clause (not "the border reports that were filed", "news reports
        # that question …": a relative clause on a plural noun)
        subject = True
    if not subject and lemma in EVIDENCE_LEMMAS and is_word(nxt_word) and (
            nxt not in BOUNDARY or nxt in OBJECT_PRONOUNS or nxt in _EVIDENCE_CLAUSES):
        # "Video of the … shows him", "Polling of union voters shows that …"
        start = left_np(sent, j)
        return start is not None and evidence_head(sent, start, j)
    if not subject:
        return False
    if (plow in DOC_NOUNS or plow in PICTURES and maker_owned(sent, j)) \
            and is_word(nxt_word) and (
            nxt not in BOUNDARY or nxt in ("only", "just", "even")
            or lemma in EVIDENCE_LEMMAS and nxt in _EVIDENCE_CLAUSES):
        # "the poll shows support falling", "the survey shows only a small gap", "a new poll
        # shows how hard it will be"
        return True
    if is_word(nxt_word) and prev_word[:1].isupper() and (
            nxt not in BOUNDARY or lemma in EVIDENCE_LEMMAS and nxt in _EVIDENCE_CLAUSES):
        start = left_np(sent, j)
        if start is not None and any((sent.lows[t] in DOC_NOUNS or sent.lows[t] in PICTURES)
                                     and sent.words[t][:1].islower() for t in range(start, j)):
            return True  # "an analysis by the ISW shows losses doubled", "photos by X show"
        b = j
        while b > 0 and sent.words[b][:1].isupper():
            b -= 1
        if b >= 2 and sent.lows[b] == "by" and (sent.lows[b - 2] in PICTURES
                                                or sent.lows[b - 2] in DOC_NOUNS):
            return True  # "Satellite images released by Maxar Technologies show dozens …"
    if nxt_word in (".", "!", "?", "") and "," in sent.words[:j] and plow in DOC_NOUNS:
        return True  # "…, campaign finance records show."
    if nxt_word in (".", "!", "?", "") and prev_word[:1].isupper() and j >= 2 \
            and sent.words[j - 1] in CLOSE_QUOTES and sent.words[j - 2] in (",", "?", "!"):
        return True  # "…,” Viguerie notes.": a quotation, then its speaker and verb
    if nxt_word in (".", "!", "?", "") and (plow in INNER_PRONOUNS and third
                                            or not prev_word[:1].isupper()):
        if _after_quotation(sent, j):
            return True  # "…,” he notes.", "…,” the memo claims.": a quotation, its speaker
    if nxt_word in (".", "!", "?", "") and _trailing_speaker(sent, j):
        return True  # "…, The Wall Street Journal reports.": a trailing speaker and verb
    if low in ("calls", "call") and nxt in ("for", "on"):
        return True  # "Trump calls for a ban", "Clinton calls on U.S. to lead"
    if third and nxt == "to" and i + 2 < n and sent.lows[i + 2] in ("have", "be", "know") \
            and (prev_word[:1].isupper() or plow in PRONOUNS or plow in ROLE_NOUNS
                 or plow in SPEAKER_HEADS or plow in DOC_NOUNS):
        return True  # "Russia claims to have retaken …" (not "claims to the throne")
    if low == "talks" and nxt == "to" and "about" in sent.lows[i + 2:i + 7] \
            and (prev_word[:1].isupper() or plow in PRONOUNS or plow in ROLE_NOUNS
                 or plow in SPEAKER_HEADS):
        return True  # "Angela Davis talks to DuVernay about the issue" ("talks with" are held)
    if lemma == "point" and particle_at(sent, i, lemma) is not None:
        # "Critics point to the bill", "they point out that"; not "advocates for": that noun
        # is a person
        return True
    if lemma == "state" and (plow in _STATE_KINDS or nxt == "," and prev_word[:1].islower()
                             and plow not in PRONOUNS and plow not in DOC_NOUNS):
        # "a report circulated to member states, …", "told member states that …": a
        # compound noun
        return False
    titled = nxt_word[:1].isupper() or nxt_word in OPEN_QUOTES and i + 2 < n \
        and sent.words[i + 2][:1].isupper()
    if not third and titled and prev_word[:1].isupper() \
            and not _plural(plow) and _named_by_determiner(sent, j):
        return False  # "On the Fox show Hannity, …": a name's show, then its title
    if nxt in ("that", ":", ",") or nxt_word in OPEN_QUOTES:
        return True
    if nxt in PREPOSITIONS and THEN_THAT.match(sent.text, sent.ends[i]) \
            and not (third is False and prev_word[:1].isupper() and j >= 1
                     and sent.lows[j - 1] in DETERMINERS):
        # "report in Science Advances that …", "states in its filing that …"; but "the
        # F.B.I. report on her email practices that …" is a noun after its name
        return True
    if nxt in ("approximately", "some", "more", "at", "nearly", "around", "up") \
            or nxt == "about" and (lemma not in ("report", "claim") or _count_at(sent, i + 2)):
        # "ISW estimates about 1,000 …", "he boasts about …", "Boeing reports about 900 …"
        # (not "Conflicting reports about the strike emerged")
        return True
    if third and j == i - 1 and lemma in _NAMED_STANCES and prev_word[:1].isupper() \
            and plow not in PRONOUNS \
            and plow not in QUANTIFIERS and nxt_word.isalpha() and nxt_word.islower() \
            and nxt not in BOUNDARY and nxt not in PREPOSITIONS and not nxt.endswith(("ed", "s")):
        # "Trump demands accountability", "Sanders supports raising …": a name that opens its
        # clause, then its object; not "Trump demands were …"
        start = left_np(sent, j)
        if start is not None and (start == 0 or sent.words[start - 1] in CLAUSE_PUNCT
                                  or sent.lows[start - 1] in ("that", "and", "but")):
            return True
    return nxt in PRONOUNS or nxt in DETERMINERS or nxt_word[:1].isupper() \
        or nxt_word[:1].isdigit()


# What kinds of countries "states" names after a noun: "member states", "frontline states".
_STATE_KINDS = frozenset("member frontline client rogue".split())


def _count_at(sent: Sentence, t: int) -> bool:
    """A number or an amount opens at token ``t``: "1,000", "three", "a third", "a dozen"."""
    if t >= len(sent.lows):
        return False
    low = sent.lows[t]
    if low in ("a", "an"):
        return t + 1 < len(sent.lows) and sent.lows[t + 1] in _ARTICLE_SUBJECTS
    return low[:1].isdigit() or low in NUMBER_WORDS


def _named_by_determiner(sent: Sentence, j: int) -> bool:
    """The capitalised words ending at token ``j`` follow a possessive ("Blige's upcoming
    Apple Music", an adjective or two between) or a determiner that opens the sentence or its
    opening phrase ("On the Fox"), or follows "on" ("said on the MSNBC show"). Such a
    singular name takes "shows", "reports"; before a base form it modifies the noun. After
    "by the Pentagon" or "from the ONS" the name closes a longer subject ("Data released by
    the Pentagon show"), which may be plural."""
    words, lows = sent.words, sent.lows
    t = j
    while t >= 0 and words[t][:1].isupper() and lows[t] not in DETERMINERS:
        t -= 1
    if t == j:
        return False
    if t >= 0 and lows[t] in DETERMINERS:
        return t == 0 or lows[t - 1] == "on" \
            or t == 1 and lows[0] in PREPOSITIONS | {"during", "at"}
    for k in range(t, max(-1, t - 3), -1):
        if lows[k].endswith(("'s", "’s")):
            return True
        if not words[k].isalpha() or not words[k].islower() or lows[k] in PREPOSITIONS \
                or lows[k] in BOUNDARY or lows[k] in AUX or lows[k] in DETERMINERS:
            return False
    return False


# Finite verbs that follow a noun-like cue as its own verb: "poll estimates show",
# "campaign reports suggest".
_FINITE_AFTER_NOUN = frozenset("""show shows showed suggest suggests suggested indicate
    indicates indicated say says said""".split())


def _in_prepositional_phrase(sent: Sentence, j: int) -> bool:
    """The lowercase words ending at ``j`` follow a cue verb's "in", "on" or "during" and a
    determiner ("said in its monthly supply and demand"): the noun-like cue after them ends
    that phrase, where a subject's own "of the incident" does not."""
    words, lows = sent.words, sent.lows
    t = j
    while t >= 0 and j - t < 6 and (words[t].isalpha() and words[t].islower()
                                    or lows[t] in DATE_WORDS or words[t].isdigit()) \
            and lows[t] not in DETERMINERS and lows[t] not in POSSESSIVE_DETERMINERS:
        t -= 1  # (also a day: "cautioned in their Wednesday report that …")
    return t >= 2 and t < j and (lows[t] in DETERMINERS or lows[t] in POSSESSIVE_DETERMINERS) \
        and lows[t - 1] in ("in", "on", "during") \
        and lows[t - 2] in CUES  # ("said in its …")


def _described_appositive(sent: Sentence, comma: int) -> bool:
    """The comma piece before ``comma`` describes who comes before it ("a GOP consultant",
    "the county clerk"), not an aside ("according to the minister", "citing data")."""
    s = comma_piece_start(sent, comma)
    return s < comma and (sent.lows[s] in DETERMINERS or sent.lows[s] in TITLES) \
        and left_piece_kind(sent, comma) == "app"


def _object_phrase(sent: Sentence, j: int) -> bool:
    """The short phrase ending at ``j`` follows "citing" or "quoting": it is their object,
    so a noun-or-verb word after it is the phrase's head noun. (Not after a preposition:
    "members of Congress echo" is a subject.)"""
    words, lows = sent.words, sent.lows
    t = j
    while t > 0 and j - t < 3 and is_word(words[t - 1]) and lows[t - 1] not in BOUNDARY \
            and lows[t - 1] not in PREPOSITIONS and lows[t - 1] not in QUOTED:
        t -= 1
    return t > 0 and lows[t - 1] in QUOTED


def _trailing_speaker(sent: Sentence, j: int) -> bool:
    """Token ``j`` ends a short name or pronoun that a comma opens: the ", X reports." that
    closes a sentence, where a noun reading ("…, terror attacks.") would need a lowercase
    head."""
    words, lows = sent.words, sent.lows
    if lows[j] in INNER_PRONOUNS:
        return j > 0 and words[j - 1] == ","
    if not words[j][:1].isupper():
        return _trailing_role(sent, j)
    k = j
    while k > 0 and j - k < 6 and (words[k][:1].isupper() or lows[k] in ("the", "of")):
        k -= 1
    return words[k] == "," and k < j and lows[k + 1] not in DATE_WORDS


def _trailing_role(sent: Sentence, j: int) -> bool:
    """", South Korean intelligence officials estimate.", ", the ministry estimates.": a
    lowercase speaker noun heads the short phrase a comma opens. Plural, it takes the base
    form; singular, it needs its determiner or a capitalised modifier (", official
    estimates." is a noun phrase)."""
    words, lows = sent.words, sent.lows
    head = lows[j]
    plural = head.endswith("s") and not head.endswith("ss")
    third = lows[j + 1].endswith("s")
    if plural == third or not (head in ROLE_NOUNS or head in BARE_PLURAL_SOURCES
                               or singular(head) in SPEAKER_HEADS):
        return False  # "officials estimate", "the ministry estimates", not "officials estimates"
    k = j - 1
    while k > 0 and j - k < 6 and is_word(words[k]) and lows[k] not in PREPOSITIONS \
            and lows[k] not in BOUNDARY and not lows[k].endswith(("ed", "ing", "ly")):
        k -= 1
    if words[k] != "," or k == j - 1 and not plural:
        return False
    # (", British intelligence estimates.": a body named by its country needs none)
    return plural or lows[k + 1] in DETERMINERS or words[k + 1][:1].isupper() and k + 1 < j


def _speaker_of(sent: Sentence, s: int, j: int) -> bool:
    """"A spokesperson for the airline confirmed", "Health officials in Gyeonggi province
    confirmed": a person heads the subject, the noun after "for"/"of"/"at"/"in" is whom she
    speaks for or where, so the phrase is no event however it ends."""
    lows = sent.lows
    p = next((t for t in range(s + 1, j) if lows[t] in ("for", "of", "at", "in")), None)
    return p is not None and (lows[p - 1] in SPEAKER_HEADS or lows[p - 1] in ROLE_NOUNS)


def _statement_marked(sent: Sentence, k: int) -> bool:
    """Whether the words at ``k``, right after an evidence verb, tell when or how a statement
    was made: a day ("confirmed Tuesday that", "revealed on Friday") or a reporting occasion
    ("confirmed in a statement"). An event or a finding shows what it shows at no hour and
    in no statement, so its subject spoke, whatever its head noun ("the school district",
    "the club": bodies that no word list holds all of)."""
    lows = sent.lows
    end = date_end(sent, k + (k < len(lows) and lows[k] in ("late", "early")))
    if any(lows[t] in DATE_WORDS and lows[t] not in PREPOSITIONS for t in range(k, end)):
        return True  # a day or a week, not a count ("confirmed 12 cases")
    return k < len(lows) and REPORTING_NOUN.match(sent.text, sent.ends[k - 1]) is not None


def _trailing_report(sent: Sentence, s: int, k: int) -> bool:
    """Whether the subject from ``s`` and its verb, ending at ``k``, trail the words they
    report: "The striker was cleared to play, the club confirmed (on its website).", '"He is
    fit," the club confirmed.' The verb takes no object of its own there, only where or when
    it was said; what it confirms is the clause before the comma, which an event's showing
    never points back to, so the subject is a speaker."""
    words, lows = sent.words, sent.lows
    if s < 2 or not (words[s - 1] == "," or words[s - 1] in CLOSE_QUOTES
                     and words[s - 2] in (",", "?", "!")):
        return False
    if k >= len(lows) or words[k] in (".", "!", ",", ";"):
        return True
    return lows[k] in PREPOSITIONS or lows[k] in DATE_WORDS or lows[k] in ("late", "early")


EVIDENCE_LEMMAS = frozenset({"show", "indicate", "suggest", "demonstrate", "prove", "reveal",
                       "confirm"})
# Evidence verbs that are as often announcements: "…, the club confirmed." reports the clause
# before it, where "…, the primary showed." is the writer's inference from an event.
_ANNOUNCED = frozenset({"confirm", "reveal"})
# What a document's subject finds: a long description before these verbs is its subject's.
_FINDINGS = EVIDENCE_LEMMAS | frozenset({"find", "conclude"})


_CONTENT_ENDS = frozenset({".", "!", "?", ",", ";", ")"})
_POINTING = BE | frozenset({"'s", "exactly", "precisely", "just", "also"})
_TOPIC_CUES = frozenset({"say", "tell", "report"})


def _nothing_said(sent: Sentence, k: int) -> bool:
    """After "what X said" (from token ``k``) the sentence ends within a word or two, with no
    clause of what was said: not "what the senators said was economic gerrymandering", "what
    Bradley said she expected", nor "what he said about the budget" (its topic, which
    PolNeAR marks about as often as not)."""
    lows, words = sent.lows, sent.words
    rest = lows[k:]
    return bool(rest) and k >= len(lows) - 3 and words[-1] in (".", "!", "?") \
        and rest[0] not in AUX and rest[0] not in BE and PRONOUNS.isdisjoint(rest) \
        and all(is_word(w) or w in (".", "!", "?") for w in words[k:])


_CONTACT = frozenset({"speaking", "spoke", "spoken", "talking", "talked"})


# How something was done, after "by": no author.
_MEANS = frozenset("""phone telephone cellphone email e-mail mail post fax text hand courier
    videolink videoconference teleconference name radio truck rail road air sea ship boat
    plane train""".split())


# Points in time that "by the …" gives as a deadline.
_TIME_POINTS = frozenset("end start beginning middle close time deadline turn".split())


# The words of news's formulas for a source kept unnamed: "who spoke on condition of
# anonymity", "who asked not to be named", "who declined to be identified", "who asked that
# his name not be used", "who was not authorized to speak publicly".
_UNNAMED = frozenset({"anonymity", "named", "identified", "name", "surname", "authorized",
                      "authorised"})
_WITHHELD = frozenset({"not", "n't", "declined", "refused", "asked", "without"})


def _anonymous_speaker(sent: Sentence, j: int) -> tuple[int, int] | None:
    """"Two diplomats who spoke on condition of anonymity because they were not authorized
    to discuss the talks said", "A soldier who asked not to be named said": news's formula
    for an unnamed source runs on long enough to hide its speaker; the people before "who"
    are the subject, whatever the reason given."""
    lows = sent.lows
    if _UNNAMED.isdisjoint(sent.vocab):
        return None
    # the formula's first word within reach ("… anonymity because they were not authorized
    # … said"), but not a "named" with nothing withheld ("A president who authorized the
    # raid … and who hoped")
    at = None
    for t in range(j, max(-1, j - 25), -1):
        if not is_word(sent.words[t]):
            break
        if lows[t] == "anonymity" or lows[t] in _UNNAMED \
                and not _WITHHELD.isdisjoint(lows[max(0, t - 4):t]):
            at = t
    if at is None:
        return None
    who = next((t for t in range(at - 1, max(0, at - 7), -1) if lows[t] == "who"), None)
    if who is None or not is_word(sent.words[who - 1]):
        return None
    s = left_np(sent, who - 1)
    return (s, who) if s is not None else None


def _voted(sent: Sentence, span: tuple[int, int]) -> bool:
    """A tally in or right after a passive's agent ("by the Senate 52-48"): the agent voted."""
    end = min(len(sent.lows), span[1] + 1)
    return any(TALLY.fullmatch(sent.lows[t]) for t in range(span[0], end))


# Endings of nouns for those who do something: "regulator", "operator", "economist".
_AGENT_ENDINGS = ("or", "er", "ist", "ian", "ant", "ent")
# Plural nouns without a final "s", which take a plural verb: "…, Oryx's data show."
_PLURALS_WITHOUT_S = frozenset({"data", "media", "people", "police", "personnel", "staff"})


# Modals and the infinitive's "to" before "be": "will be published by", "is to be released by".
_NOT_YET = frozenset({"will", "'ll", "shall", "to", "would", "could", "might", "may", "must"})


def passive_agent(sent: Sentence, i: int, j: int, weight: float) -> Hit | None:
    """"was reported by X", "figures shared with reporters by X", "data released by X"."""
    lows = sent.lows
    n = len(lows)
    prev = lows[i - 1] if i > 0 else ""
    if prev in DETERMINERS:
        return None
    if prev == "be" and i >= 2 and lows[i - 2] in _NOT_YET:
        return None  # "The full interview will be published by Yonhap on Monday": not yet
    first = i + 1
    if first < n and lows[first] in ("a", "an") and lows[i] in PASSIVE_ONLY:
        return None  # "he was given a boost by his father": the subject got it, nobody spoke
    if first + 2 < n and lows[first] == "to" and lows[first + 2] == "by":
        first += 2  # "given to lawmakers by X"
    elif first + 1 < n and lows[first] == "to" and sent.words[first + 1][:1].isupper() or \
            first + 2 < n and lows[first] == "to" and lows[first + 1] == "the":
        # "provided to The Associated Press by …": skip the recipient
        first += 2
        while first < n and first - i < 8 and sent.words[first][:1].isupper():
            first += 1
    if first < n and lows[first] == "as":
        # "was described as “a turning point” by Dr Khan", "dismissed as toothless by X":
        # the complement comes before the agent
        first = next((t for t in range(first + 1, min(n, first + 10)) if lows[t] == "by"
                      and all(is_word(sent.words[u]) or sent.words[u] in OPEN_QUOTES
                              or sent.words[u] in CLOSE_QUOTES for u in range(first, t))),
                     first)
    for k in range(first, min(n, first + 5)):
        if lows[k] == "by":
            span = right_np(sent, k + 1)
            if span is None or lows[span[0]] in MONTH_ABBREVIATIONS or lows[span[0]] in (
                    "today", "tomorrow", "tonight") or lows[span[0]] in DATE_WORDS \
                    and sent.words[span[0]][:1].isupper():
                return None  # "to be published by Jan. 29", "by Friday": a deadline
            if lows[span[0]] == "the" and span[0] + 1 < n and lows[span[0] + 1] in _TIME_POINTS \
                    and (span[0] + 2 >= n or lows[span[0] + 2] == "of"
                         or not is_word(sent.words[span[0] + 2])):
                return None  # "expected to rule by the end of June": a deadline too
            if lows[span[0]] in _MEANS and sent.words[span[0]].islower():
                return None  # "conducted by telephone", "sent by email": how, not who
            cut = next((t for t in range(span[0] + 1, span[1]) if lows[t] == "from"
                        and sent.words[t - 1][:1].isupper()), None)
            if cut is not None:
                span = (span[0], cut)  # "by Gallup from Jan. 5 to 9", "by Yonhap from Seoul"
            # "X was quoted by TASS as saying": X speaks (the "as saying" rule gives X); TASS
            # reported it, a second attribution as in the active "TASS quoted X as saying".
            if span[1] + 1 < n and lows[span[1]] == "and" and sent.words[span[0]][:1].isupper() \
                    or span[1] + 1 < n and lows[span[1]] == "and" and lows[span[0]] == "the":
                other = right_np(sent, span[1] + 1)
                if other is not None and (sent.words[other[0]][:1].isupper()
                                          or lows[other[0]] == "the"):
                    span = (span[0], other[1])  # "condemned by NATO and the European Union"
            if _voted(sent, span):
                return None  # "was rejected by the Senate 52-48": a vote, nothing said
            span = (span[0], name_after_role(sent, span[1]) or span[1])
            return Hit(span[0], span[1], i, i + 1, weight, "passive")
        if not is_word(sent.words[k]) or lows[k] in BOUNDARY:
            return None
    return None
