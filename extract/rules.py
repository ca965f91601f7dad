"""The extraction pass: find each cue, then the noun phrase that is its source.

No parser and no model: a sentence is cut into tokens, each cue word from ``extract.cues`` is
found, and its source is the noun phrase in the position the construction puts it (the
phrase boundaries themselves are ``extract.phrases``):

- before the verb ("X said", "X has long argued", "…, X said."), skipping auxiliaries;
- after it when the verb follows a quote or comma ("…,” said X, a former aide");
- after "according to", "citing" and the "by" of a passive ("was reported by X");
- for documents, their author ("X's report concluded", "a new assessment by X warns");
- a speaker label or signature: "Sanders: Clinton needs …", "WALLACE: …", "― Ana Ruiz.";
- a named poll: "In a Kyiv International Institute of Sociology poll, …".

Stance verbs count as cues too ("endorsed", "opposes", "pointed out", "spoke about"): the
position is the speaker's, and PolNeAR, the corpus we measure against, marks them. First-person
sources ("I think", "we believe") stay dropped: proposing them outside quotations lowered F1 on
PolNeAR train and dev (measured), since most sit in multi-sentence quotations whose speaker is
named elsewhere.

This module runs the pass over a sentence and reads the short constructions itself
("according to", "citing", "per", "in a statement from", labels, named polls), then drops
hits in a question or a condition, inside an attributed quotation or a reported clause, and
maps the rest to character offsets and entities. The longer readings have modules of their
own: finite verbs ``extract.verb_cues``, gerunds ``extract.gerunds``, subjects that are more
than the phrase before the verb ``extract.subjects``, documents and their authors
``extract.documents``, and what is deliberately NOT an attribution, and why,
``extract.not_statements``.

A cue inside a quotation is dropped when the quotation's speaker is attributed outside it, and
"X said he believes …" gives one attribution, not two: the inner one repeats the outer source.
Different sources nest and are all returned ("a lawmaker said Seoul's intelligence showed").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from functools import lru_cache

from extract.aliases import document_alias as _document_alias
from extract.aliases import title_description
from extract.cues import (
    AUX,
    CUES,
    DATE_WORDS,
    DETERMINERS,
    DOC_NOUNS,
    GERUNDS,
    HAND_LEMMAS,
    MODAL_SKIP,
    PARTICLES,
    PASSIVE_ONLY,
    PICTURES,
    POSS_NOUNS,
    POSSESSIVE_DETERMINERS,
    PREPOSITIONS,
    PRONOUNS,
    REPORTING_NOUN,
    ROLE_NOUNS,
    SPEAKER_HEADS,
    TRIGGERS,
    Cue,
    has_cue_word,
)
from extract.dates import resolve_date
from extract.documents import (
    DATA_NOUNS,
    MESSAGE_NOUNS,
    POLL_NOUNS,
    READ,
    document_author,
    document_participle,
    poll_showing,
    possessive_cue,
    text_reads,
)
from extract.gerunds import NO_CUE, gerund_cue
from extract.labels import has_label, label_spans, may_have_label
from extract.model import Attribution, Hit
from extract.not_statements import (
    OPEN_CLAUSE,
    WONDER,
    WORKS,
    clause_break,
    hypothetical,
    in_question,
    quoted_mention,
    quoted_title,
)
from extract.phrases import (
    AFFILIATED,
    ARTICLES,
    BARE_PLURAL_SOURCES,
    NUMBER_WORDS,
    OBJECT_PRONOUNS,
    OCCASIONS,
    RECEIVED,
    REFLEXIVES,
    RELATIVES,
    RELEASED,
    named_at,
    past_form,
    plausible_np,
    right_np,
    title_case,
)
from extract.places import DEMONYMS
from extract.pronouns import resolve_pronoun
from extract.registry import Registry
from extract.statement_dates import DATE_TRIGGERS, date_spans, statement_date
from extract.subjects import (
    BE,
    FIRST_PERSON,
    POSSESSIVE_END,
    POSSESSIVE_PRONOUNS,
    QUESTION_AUX,
    WH_WORDS,
    adverb,
    finite_verb,
    particle_at,
    people,
    speaking_phrase,
)
from extract.tokens import (
    CLOSE_QUOTES,
    OPEN_QUOTES,
    Sentence,
    is_word,
    quote_spans,
    tokenize,
    visible,
)
from extract.verb_cues import (
    EVIDENCE_LEMMAS,
    INNER_PRONOUNS,
    NO_SOURCE_NOUNS,
    NORM_NOUNS,
    passive_agent,
    verb_cue,
)

# Irregular participles that end a norm's phrase: "a schedule drawn up in Pyongyang".
_NORM_PARTICIPLES = frozenset("drawn set laid written agreed given made seen shown known taken"
                              .split())
_REFLEXIVE_END = re.compile(r"\s+(?:" + "|".join(REFLEXIVES) + ")$", re.IGNORECASE)
_ANY_PRONOUNS = PRONOUNS | OBJECT_PRONOUNS | {"i", "we", "his", "its", "their"}


def extract(
    text: str,
    registry: Registry | None = None,
    *,
    published: date | None = None,
    context: Sequence[str] = (),
) -> list[Attribution]:
    """Every attribution in ``text``. ``context`` holds the earlier sentences of the same
    document (nearest last) so a pronoun source can resolve to the entity named before it;
    ``published`` anchors relative dates ("on Friday")."""
    if not text or not _may_attribute(text):
        return []
    found = _attributions(text, registry)
    if not found:
        return []
    out: list[Attribution] = []
    for att in found:
        entity = att.entity
        if att.source.lower() in _ANY_PRONOUNS:
            entity = resolve_pronoun(att, text, out, context, registry) or entity
        elif (context or att.start > 0) and (entity == att.source or " " not in att.source):
            # what the document named before, this sentence's own words before the source too
            # ("The NIS figure (the agency told lawmakers …)")
            alias = _document_alias(att.source, [*context, text[:att.start]], registry)
            if alias is not None and title_description(att.source) \
                    and _other_person_nearer(att, alias, text, out, context, registry):
                alias = None
            entity = alias or entity
        date_text = resolve_date(att.date, published) if att.date is not None else None
        if entity != att.entity or date_text != att.date:
            att = replace(att, entity=entity, date=date_text)  # (one copy for both)
        out.append(att)
    return _drop_repeats(out, text)


# Promises kept or broken: what is done with a promise, not the promise being made.
_PROMISES = frozenset({"promise", "promises", "pledge", "pledges", "vow", "vows"})
_KEEPING = frozenset("""keep keeps kept keeping break breaks broke broken breaking honor
    honors honored honoring honour honours honoured honouring fulfil fulfils fulfill fulfills
    fulfilled fulfilling betray betrays betrayed betraying""".split())


# The occasions that frame what follows them as said there ("In a statement, …"), the
# ones a speaker has alone: not a video, whose subject may only be seen in it ("In the
# video, McDonald walks away"), nor a meeting of several, where they also act ("During
# the briefing, officials handed out copies", "In a phone call, the two discussed …").
_FRAMES = OCCASIONS - {"video", "conference", "briefing", "call", "hearing"}
_FRAME_DETERMINERS = frozenset({"a", "an", "his", "her", "its", "their", "the"})


def _may_attribute(text: str) -> bool:
    """The cheap test before tokenizing: a cue word, a label or an opening occasion."""
    return has_cue_word(text) or has_label(text) or _OPENING_OCCASION.match(text) is not None


_OPENING_OCCASION = re.compile(
    r"\s*(?:in|during)\s+(?:" + "|".join(sorted(_FRAME_DETERMINERS)) + r")\s+(?:\S+\s+){0,4}?(?:"
    + "|".join(sorted(_FRAMES)) + r")s?\b", re.IGNORECASE)


# "…, which he said", "…, but he denied", "…, though she acknowledged", "… — and he noted":
# a clause of its own, so a statement of its own; so is an object relative ("the marchers,
# whom he described as peaceful", "President Obama, who he noted was in his final year").
_NEW_CLAUSE = ("which", " whom", " who", ", but", ", and", ", while", "; but", ";", ", though",
               ", although", ", even though", ", yet", "\u2014 and", "\u2014 but", "- and", "- but",
               "\u2013 and", "\u2013 but")  # "- and" covers "-- and" too
_CLOSE_QUOTE_CHARS = "\"\u201d\u2019'\u00bb"
_QUOTE_CHARS = _CLOSE_QUOTE_CHARS + "\u201c\u2018\u00ab"


def _drop_repeats(found: list[Attribution], text: str) -> list[Attribution]:
    """'X said he believes …' is one statement by X: an inner pronoun source that resolves to
    an earlier source of the same sentence is not a second attribution. A pronoun right after
    a closing quote ('…," she said') speaks for itself."""
    if len(found) < 2:
        return found  # (most sentences: nothing to repeat)
    kept: list[Attribution] = []
    for att in found:
        if _sourcing_relative(att, found):
            continue
        before = text[:att.start].rstrip()
        if att.source.lower() in INNER_PRONOUNS and before[-1:] not in \
                _CLOSE_QUOTE_CHARS + "," and not _new_clause(before) \
                and not _relative_gap(before, text[att.cue_end:]) \
                and not (before[-1:] == ":" and att.source[:1].isupper()) and any(
            k.cue_end <= att.start and (k.entity == att.entity or att.entity == att.source)
            and not _as_clause(before, text[k.cue_end:att.start])
            for k in kept
        ):
            continue
        kept.append(att)
    return kept


_THAT = re.compile(r"\bthat\b", re.IGNORECASE)
# After an inner "that he said", what opens a clause whose subject is missing: "moves that
# he said improved the economy", "a finish that he said defied expectations".
_GAP_VERB = re.compile(r"\s+(?:(?:is|was|were|are|would|will|could|can|might|had|has|have)\b"
                       r"|[a-z]+ed\b)")


def _relative_gap(before: str, after: str) -> bool:
    """"Cruz praised Pence for cuts – moves that he said improved the economy": the inner
    "that" is a relative pronoun whose gap is the subject of the verb after the cue, so the
    pronoun speaks in a clause of its own, as after "which"; after a complementizer "that"
    ("X said that he told …") the cue is followed by its own object or clause."""
    return before.endswith(" that") and _GAP_VERB.match(after) is not None


def _as_clause(before: str, between: str) -> bool:
    """A clause of time or manner opened by "as" after X's cue is X's act beside the first,
    not part of what X said: "Cruz is highlighting his win as he urges conservatives to
    unite", "he urged them, as he explained how …", "the result, as he later explained, was
    …". Inside X's "that" clause it is part of the report ("he states that he pays no taxes
    as he complains about …"), unless a comma sets it off."""
    if not before.endswith(" as"):
        return False
    return before.endswith(", as") or _THAT.search(between) is None


def _sourcing_relative(att: Attribution, found: list[Attribution]) -> bool:
    """"According to Yonhap, which cited a government source, …": a relative clause that only
    says whom a source of the sentence took its claim from repeats that source (written as
    the relative names it, or ending in that name: "the public broadcaster Suspilne, which
    cited …"); the one cited is proposed on its own. "Podesta, who said the project was
    vetted, said …" is a second statement and stays, as does "which cited" when its
    antecedent speaks nowhere else in the sentence."""
    return att.source.lower() in RELATIVES and att.cue.lower() in _CITES and any(
        k.source.lower() not in RELATIVES and (k.entity == att.entity or k.end == att.start - 2
                                               and k.source.endswith(" " + att.entity))
        for k in found
    ) and any(k is not att and k.cue_start == att.cue_start for k in found)


_CITES = frozenset({"cited", "cites", "citing", "quoted", "quotes", "quoting"})
_CLAUSE_CONJUNCTIONS = frozenset({"but", "and", "while", "though", "although", "yet"})


def _new_clause(before: str) -> bool:
    """The text ``before`` an inner pronoun ends where a clause of its own begins (see
    ``_NEW_CLAUSE``), also when a quotation mark opens between the comma and the
    conjunction: '"The door was open," she said, "but she said nobody came in."' The second
    "she said" is a statement of its own, not X's "she" repeated. So too when a quotation
    closes after the comma: 'X said the video "did not show a gun," but he said …'. A time
    between the conjunction and the pronoun changes nothing ("X defended his vote, but late
    Saturday he announced …")."""
    for _step in range(3):
        head, _, last = before.rpartition(" ")
        if last.lower() not in DATE_WORDS or not head:
            break
        before = head  # ("but on Friday", "and late Saturday", "but last week")
    if before.endswith(_NEW_CLAUSE):
        return True
    head, _, last = before.rpartition(" ")
    word = last.lstrip(_QUOTE_CHARS)
    if word.lower() not in _CLAUSE_CONJUNCTIONS:
        return False
    if word == last:
        head = head.rstrip().rstrip(_QUOTE_CHARS)
    return head.rstrip().endswith((",", ";", "\u2014", "\u2013", "-"))


@lru_cache(maxsize=4096)
def _attributions_cached(text: str, registry: Registry | None, version: int) -> tuple:
    return tuple(_compute(text, registry))


def _attributions(text: str, registry: Registry | None) -> list[Attribution]:
    """Context-free attributions of one sentence, cached: the same sentence is seen again as
    context for the sentences after it."""
    version = registry.version if registry is not None else -1
    return list(_attributions_cached(text, registry, version))


def _other_person_nearer(
    att: Attribution,
    holder: str,
    text: str,
    earlier: Sequence[Attribution],
    context: Sequence[str],
    registry: Registry | None,
) -> bool:
    """Whether someone else, surely a person, is nearer than the titled ``holder`` "the
    senator" was read as: the person a "he" in its place would be, when that is a known
    person or a speaker of the sentences before ("Sen. A … Warren said … the senator"). A
    description follows who the text is about, as a pronoun does; a place or a word the
    pronoun resolver takes for a name does not count against the title."""
    nearer = resolve_pronoun(replace(att, source="he"), text, earlier, context, registry)
    if nearer is None or nearer[:4].lower() == "the " and nearer[4:].islower():
        return False  # nobody, or a description itself ("The president" said before)
    if holder.split()[-1].lower() in re.findall(r"[\w'-]+", nearer.lower()):
        return False  # the same person ("Mr. Obama", "Sen. Bernie Sanders (I-Vt.)")
    if registry is not None and registry.kind(nearer) == "person":
        return True
    return any(c.entity == nearer for c in earlier if c.end <= att.start) or any(
        c.entity == nearer for sentence in context[-3:]
        for c in context_sources(sentence, registry))


def context_sources(text: str, registry: Registry | None) -> list[Attribution]:
    """What the pronoun resolver needs from an earlier sentence: its attributions."""
    if not text or not _may_attribute(text):
        return []
    return _attributions(text, registry)


def _compute(text: str, registry: Registry | None) -> list[Attribution]:
    sent = tokenize(text)
    hits: list[Hit] = []
    lows = sent.lows
    n = len(lows)
    polls = not POLL_NOUNS.isdisjoint(sent.vocab)
    triggers = _TRIGGERS_POLL if polls else TRIGGERS
    for i, low in enumerate(lows):
        if low not in triggers:
            continue
        hit: Hit | None = None
        if low == "according" and i + 1 < n and lows[i + 1] == "to":
            hit = _after(sent, i, i + 2, i + 2, "according", 0.95)
            if hit is not None and (owner := _channel_owner(sent, hit.e)) is not None:
                hit = Hit(owner[0], owner[1], i, i + 2, 0.9, "possessive")  # its "'s" cut
            elif hit is not None and (maker := _contact_author(sent, hit.s, hit.e)) is not None:
                hit = Hit(maker[0], maker[1], i, i + 2, 0.9, "according")
            if hit is not None:
                hit.e = _with_relative(sent, hit.e)
            if hit is not None and (lows[hit.s] in NO_SOURCE_NOUNS
                                    or lows[hit.e - 1] in _LORE and hit.e - hit.s <= 4
                                    or _in_line_with(sent, i, hit.s, hit.e)
                                    or quoted_mention(sent, i, hit.e)
                                    or quoted_title(sent, i)
                                    or i > 0 and lows[i - 1] == "gospel"):
                # "according to plan (for Moscow)", "according to Orthodox tradition",
                # "deployed according to a schedule", 'the phrase "according to X"', "the
                # Gospel according to Luke" (a title)
                hit = None
            elif hit is not None and hit.e - hit.s == 1 and sent.words[hit.s][:1].islower() \
                    and not lows[hit.s].endswith("s") and lows[hit.s] not in OBJECT_PRONOUNS \
                    and lows[hit.s] not in PRONOUNS and lows[hit.s] not in SPEAKER_HEADS \
                    and lows[hit.s] not in ROLE_NOUNS and lows[hit.s] not in DOC_NOUNS \
                    and lows[hit.s] not in ("someone", "somebody", "people") \
                    and _DOMAIN.fullmatch(lows[hit.s]) is None:
                hit = None  # "according to plan", "according to tradition": no source
        elif (low == "citing" or low == "quoting") and not (i > 0 and lows[i - 1] == "without"):
            # ("said, without citing any figures, that": nobody is cited)
            hit = _after(sent, i, i + 1, i + 1, "citing", 0.8)
            if hit is not None and low == "citing" and not _can_be_source(sent, hit.s, hit.e):
                # "…, citing a threat to public health": a reason, not a source; the one
                # who cites it speaks, as after any trailing gerund.
                hit = gerund_cue(sent, i, GERUNDS[low])
        elif low == "per":
            hit = _per(sent, i)
        elif low == "words":
            if 2 <= i < n - 2 and lows[i - 2] == "in" and lows[i - 1] == "the" \
                    and lows[i + 1] == "of":
                hit = _after(sent, i - 2, i + 2, i + 2, "according", 0.85)  # "In the words of X"
            elif i >= 2 and lows[i - 1].endswith(("'s", "\u2019s")) and i + 1 < n \
                    and sent.words[i + 1] == ",":
                # "In Peskov's words, …", "in the minister's words,": the possessor's words
                at = next((t for t in range(i - 2, max(-1, i - 7), -1) if lows[t] == "in"), None)
                if at is not None and all(is_word(sent.words[t]) for t in range(at + 1, i)):
                    hit = Hit(at + 1, i, i, i + 1, 0.85, "possessive")
        elif low in OCCASIONS and i + 2 < n and i >= 2 \
                and lows[i - 1] in ("a", "an", "the", "joint") \
                and lows[i - 2] in ("in", "a", "an", "the") and (
                    lows[i + 1] in ("from", "by")
                    or lows[i + 1] in PASSIVE_ONLY and i + 3 < n and lows[i + 2] == "by"):
            # "in a statement from NATO", "in a statement issued by the ministry"
            at = i + 2 if lows[i + 1] in ("from", "by") else i + 3
            hit = _after(sent, i, i + 1, at, "according", 0.8)
            if hit is not None and lows[hit.s] in POSSESSIVE_DETERMINERS:
                hit = None  # "In a statement from his office, Yoon said": Yoon's own words
        elif low == "made" and i + 2 < n and lows[i + 1] == "public" and _after_be(sent, i):
            hit = passive_agent(sent, i, i, 0.8)  # "were first made public by The Associated Press"
            if hit is not None:
                hit.ce = i + 2
        elif low in _BY_COUNT and (by_count := _by_count(sent, i)) is not None:
            hit = by_count  # "By the Russian military's own count, …"
        elif low in CUES:
            hit = verb_cue(sent, i, CUES[low])
            if hit is None and low in PASSIVE_ONLY:
                hit = _said_passive(sent, i)  # "The allegation was first made by …"
            if hit is not None and hit.kind == "subject" and CUES[low].lemma == "cite":
                cited = _cited(sent, i)
                if cited is not None:
                    hits.append(cited)  # "Yonhap, which cited the NIS, …": the NIS too
        elif low in GERUNDS or low in _DOC_PARTICIPLES:
            hit = gerund_cue(sent, i, GERUNDS[low]) if low in GERUNDS else None
            if hit is None and low in _DOC_PARTICIPLES:
                hit = document_participle(sent, i)
            elif hit is not None and (outlet := _quoted_by_after(sent, hit, i)) is not None:
                hits.append(outlet)  # "Peskov was quoted as saying by RIA Novosti": RIA too
        elif low in READ:
            hit = text_reads(sent, i)
        elif low in _ISSUING and (e := _statement_issued(sent, i)) is not None:
            hit = verb_cue(sent, i, _ISSUED)  # "Trump issued a statement: “…”": he says it
            if hit is not None:
                hit.ce = e
        elif low in PASSIVE_ONLY:
            hit = _said_passive(sent, i)
        elif low == "in" and polls:
            hit = _in_poll(sent, i)
        elif low == "showing" and lows[i - 1] in POLL_NOUNS:
            # "with polls showing Cruz ahead", "despite a new survey showing …": the poll
            # reports it (other documents "showing" mostly describe, and go unmarked)
            hit = poll_showing(sent, i)
        if hit is None and low in POSS_NOUNS:
            hit = possessive_cue(sent, i)
            if hit is not None and hit.s >= 1 and lows[hit.s - 1] in _KEEPING \
                    and low in _PROMISES:
                hit = None  # "had broken their promise to rotate the men": kept or not, no words
            if hit is not None and hit.s >= 2 and lows[hit.s] in POSSESSIVE_DETERMINERS \
                    and lows[hit.s - 1] == "in" and (lows[hit.s - 2] in CUES
                                                     or lows[hit.s - 2] in GERUNDS):
                # "The ISW said in its latest assessment that", "…, stressing in his remarks
                # that": its own words
                hit = None
        if hit is not None:
            hits.append(hit)
            if hit.kind == "subject" and (also := _as_well_as(sent, hit)) is not None:
                hits.append(also)  # "Peskov, as well as Lavrov, said": Lavrov too
    heads = {h.e - 1 for h in hits if h.kind == "according" or h.kind == "citing"}
    if heads:
        # "According to court documents": the head of a source phrase is its noun, never a
        # cue verb of its own ("court" "documents").
        hits = [h for h in hits if h.kind in ("according", "citing") or h.cs not in heads]
    if may_have_label(text):
        # A label whose speaker holds another hit's cue is that cue's clause: 'Said Ellis: “…”'
        # is "said", inverted, not a speaker named "Said Ellis".
        hits.extend(Hit(s, e, c0, c1, 0.6, "label") for s, e, c0, c1 in label_spans(sent)
                    if not any(s <= h.cs < e for h in hits))
    if lows[0] in ("in", "during") and (framed := _occasion_frame(sent)) is not None \
            and not any(h.s == framed.s for h in hits):
        hits.append(framed)
    if not hits:
        return []
    if "?" in text or sent.lows[0] in QUESTION_AUX or sent.lows[0] in WH_WORDS:
        hits = [h for h in hits if not in_question(sent, h)]
    if not OPEN_CLAUSE.isdisjoint(sent.vocab) or not WONDER.isdisjoint(sent.vocab):
        hits = [h for h in hits if not hypothetical(sent, h)]
    if not hits:
        return []
    hits = _drop_quoted(sent, hits)
    if len(hits) > 1:
        hits = _drop_reported_stances(sent, hits)
    out: list[Attribution] = []
    seen: set[tuple[int, int]] = set()
    taken: list[Hit] = []
    # At one source the verb wins over a possessive noun ("X's report, …, says").
    for hit in sorted(hits, key=lambda h: (sent.starts[h.s], h.kind == "possessive",
                                           -h.confidence)):
        if hit.e - hit.s == 1 and sent.lows[hit.s] in FIRST_PERSON:
            # "I think …", "we believe …": inside quotations (the commonest place) the speaker
            # is attributed elsewhere; outside them the speaker is the writer. Neither is a
            # source a reviewer wants proposed.
            continue
        att = _to_attribution(sent, hit, registry)
        if att is None or (att.start, att.end) in seen or sent.lows[hit.cs] in DOC_NOUNS \
                and any(h.s <= hit.cs and hit.e <= h.e and h.s <= hit.s for h in taken):
            # (a document noun read inside another hit's source phrase is that source's own
            # statement: "The joint statement by the ministers of A, B and C said", where the
            # noun's source stopped at the list's first comma)
            continue
        seen.add((att.start, att.end))
        taken.append(hit)
        if registry is not None and (" and " in att.source or " with " in att.source
                                     or ", " in att.source and title_case(sent)):
            out.extend(_split_joint(att, registry))
        else:
            out.append(att)
    return out


_JOINT = re.compile(  # (the look-ahead: only a space or a comma can open one)
    r"(?=[\s,])(?:\s*,\s*(?:and\s+|along\s+with\s+|together\s+with\s+)?|\s+and\s+)")
_BOTH = re.compile(r"(?:[Bb]oth|[Aa]ll)\s+")
_NAMED_PART = re.compile(r"the\s+[A-Z]")  # ", the Pentagon and …": a part, no appositive
_OWNER_AND_NOUN = re.compile(r"[A-Z][\w.-]*['\u2019]s\s+[a-z]")  # ", Trump's pick for …"
# An office named by its title and what it is of: ", General Secretary of the Workers' Party"
_OFFICE_OF = re.compile(r"(?:[A-Z][a-z]+\s+){0,2}(?:Secretary|President|Chairman|Chairwoman|"
                        r"Minister|Director|Chief|Head|Leader|Premier|Commander|Ambassador|"
                        r"Speaker|Governor|Mayor)\s+(?:of|for|to)\s")


def _split_joint(att: Attribution, registry: Registry) -> list[Attribution]:
    """"The NIS and the Pentagon have both estimated …", "Lavrov and Chinese Foreign Minister
    Wang Yi said …", "A Ukrainian medic and a drone pilot told …": each of them said it, so
    each gets its own proposal with its own entity. Only when every part is a name or a
    phrase with its own determiner, and a part is a known entity or every part runs to
    several words; else the joint source stands ("Clinton and her aides said", "U.S. and
    Ukrainian officials said", "Procter and Gamble said")."""
    text = att.source
    lead = _BOTH.match(text)
    base = lead.end() if lead else 0
    parts: list[tuple[int, int]] = []
    at = base
    aside = False
    for m in _JOINT.finditer(text, base):
        if aside and "," not in m.group():
            continue  # "Keith Kellogg, Trump's pick as envoy for Ukraine and Russia, said"
        aside = False
        if m.group().strip() == "," and (text[m.end():m.end() + 1].islower()
                                         and not _NAMED_PART.match(text, m.end())
                                         or _OWNER_AND_NOUN.match(text, m.end())
                                         or _OFFICE_OF.match(text, m.end())):
            # "Rep. Mike Waltz, his pick for adviser", "…, Trump's pick for envoy", "Kim
            # Jong Un, General Secretary of the Workers' Party and President of …": an
            # appositive, no part, and its "and" joins nobody
            aside = True
            continue
        parts.append((at, m.start()))
        at = m.end()
    parts.append((at, len(text)))
    if not 2 <= len(parts) <= 5:
        return [att]
    entities: list[str | None] = []
    for a, b in parts:
        words = text[a:b].split()
        if not words or words[0].lower() in POSSESSIVE_PRONOUNS or not (
                words[0][:1].isupper() or len(words) > 1 and words[0].lower() in _PART_DETERMINERS
                or len(words) > 2 and words[-1][:1].isupper() and words[-2][:1].isupper()):
            # (a title before a full name is a part: "presidential chief of staff Andriy Yermak")
            return [att]
        entities.append(registry.resolve(text[a:b]))
    last = text[parts[-1][0]:parts[-1][1]].split(",", 1)[0].split()  # (not its appositive)
    if last[-1][:1].islower() and last[0].lower() not in _PART_DETERMINERS \
            and not last[0].endswith(("'s", "\u2019s")) \
            and all(w[:1].isupper() for a, b in parts[:-1] for w in text[a:b].split()):
        # "U.S. and Ukrainian officials", "White House and Pentagon spokesmen": modifiers
        # sharing one head
        return [att]
    known = [e for e in entities if e is not None]
    if len(set(known)) < len(known) or not known:
        return [att]
    return [replace(att, source=text[a:b], entity=entity or text[a:b], start=att.start + a,
                    end=att.start + b) for (a, b), entity in zip(parts, entities, strict=True)]


# What opens a part of a joined subject that is a phrase of its own: "a U.S. official and a
# Ukrainian commander", "two Ukrainian officers and a U.S. official".
_PART_DETERMINERS = ARTICLES | NUMBER_WORDS | frozenset({"several", "other"})


_TRIGGERS_POLL = TRIGGERS | {"in", "showing"}


def _as_well_as(sent: Sentence, hit: Hit) -> Hit | None:
    """"Peskov, as well as Lavrov, said …", "The Ukrainian military, as well as Western
    officials, said …": the speaker in the aside between the subject and its verb says it
    too."""
    words, lows = sent.words, sent.lows
    at = hit.e
    if at + 5 > hit.cs or words[at] != "," or lows[at + 1:at + 4] != ("as", "well", "as"):
        return None
    close = next((t for t in range(at + 4, hit.cs) if words[t] == ","), None)
    if close is None or close <= at + 4 or any(
            lows[t] not in AUX for t in range(close + 1, hit.cs)) \
            or not plausible_np(sent, at + 4, close):
        return None
    return Hit(at + 4, close, hit.cs, hit.ce, hit.confidence, "subject")


def _aside_before_cue(sent: Sentence, i: int) -> bool:
    """"The report, published by ISW on Saturday, said …": the aside ends before the
    document's own cue, which names the author as its source already."""
    lows = sent.lows
    end = next((k for k in range(i + 1, len(lows)) if lows[k] == ","), None)
    return end is not None and end + 1 < len(lows) and (
        lows[end + 1] in CUES or lows[end + 1] in AUX and end + 2 < len(lows)
        and lows[end + 2] in CUES)


def _quoted_by_after(sent: Sentence, hit: Hit, i: int) -> Hit | None:
    """The outlet of "X was quoted as saying by RIA Novosti": the agent after the gerund
    quotes X, so it is a source of its own, nested, as in "quoted by Interfax as saying"."""
    lows = sent.lows
    if i + 2 >= len(lows) or lows[i + 1] != "by" or lows[i - 1] != "as" \
            or lows[hit.cs] not in BE:
        return None
    span = right_np(sent, i + 2)
    if span is None or not named_at(sent, span[0]):
        return None
    return Hit(span[0], span[1], hit.cs + 1, hit.cs + 2, 0.8, "passive")


# Whose reckoning a figure is by: "By the Russian military's own count, …", "by Kyiv's
# estimate".
_BY_COUNT = frozenset({"count", "estimate", "estimates", "account", "telling", "version"})
_TOLD_AS = frozenset({"account", "telling", "version"})  # after "in" too: "In Peskov's telling"


def _by_count(sent: Sentence, i: int) -> Hit | None:
    """"By the Russian military's own count, air defenses intercepted 37 drones", "…, by
    Kyiv's estimate.", "In Peskov's telling, …", "By his own account, …": the owner of the
    count or the account says what follows, as after "according to". The possessor ends in
    "'s" right before the noun (or before "own"), or is a third person's pronoun."""
    lows = sent.lows
    p = i - 1 - (i >= 2 and lows[i - 1] == "own")
    openers = ("by", "in") if lows[i] in _TOLD_AS else ("by",)
    if p >= 1 and lows[p] in POSSESSIVE_PRONOUNS and lows[p - 1] in openers:
        b: int | None = p - 1
    elif p < 1 or not lows[p].endswith(("'s", "\u2019s", "s'")):
        return None
    else:
        b = next((t for t in range(p - 1, max(-1, p - 8), -1) if lows[t] in openers), None)
    if b is None or b > 0 and sent.words[b - 1] not in (",", "(", "\u2014") \
            and sent.words[b - 1] not in OPEN_QUOTES:
        return None
    if not all(is_word(sent.words[t]) for t in range(b + 1, p + 1)) \
            or POSSESSIVE_END.sub("", lows[p]) in DATE_WORDS:
        return None  # "By Friday's count": when, not whose
    return Hit(b + 1, p + 1, i, i + 1, 0.85, "possessive")


def _per(sent: Sentence, i: int) -> Hit | None:
    """"Per the NIS, …", "…, per Yonhap.": "according to" in a word; not "per cent" or
    "$5 per gallon", so only opening a clause and followed by a whole phrase."""
    cs = i - 1 if i > 0 and sent.lows[i - 1] == "as" else i  # "As per the MEA, …"
    if cs > 0 and sent.words[cs - 1] not in (",", "(", "\u2014") and sent.words[cs - 1] \
            not in OPEN_QUOTES:
        return None
    span = right_np(sent, i + 1)
    if span is None or span[1] < len(sent.words) and sent.words[span[1]] not in (
            ",", ".", ")", ";", "\u2014"):
        return None
    if not (sent.words[span[0]][:1].isupper() or sent.lows[span[0]] in DETERMINERS):
        return None
    if sent.lows[span[1] - 1] in NO_SOURCE_NOUNS:
        return None  # "per the McKinley plan"
    return Hit(span[0], span[1], cs, i + 1, 0.85, "according")


_VARY = frozenset({"vary", "varies", "varied", "varying", "differ", "differs", "differed",
                   "fluctuate", "fluctuates"})


def _with_relative(sent: Sentence, e: int) -> int:
    """The end of the phrase ending at ``e`` with its "who" clause, up to the comma or stop
    that closes it: "according to two lawmakers who attended the briefing, …" keeps who they
    are, as "Two lawmakers who attended the briefing said" does."""
    if e >= len(sent.lows) or sent.lows[e] != "who":
        return e
    end = next((t for t in range(e + 1, min(len(sent.words), e + 14))
                if not is_word(sent.words[t])), None)
    return end if end is not None and sent.words[end] in (",", ".", ";") else e


def _in_line_with(sent: Sentence, i: int, s: int, e: int) -> bool:
    """Whether "according to" at ``i``, right after a verb ("were deployed according to a
    rotation schedule drawn up in Pyongyang", "was held according to the rules of the
    Senate"), means "in line with" a norm: the phrase ``[s, e)`` is headed by a plan, rule,
    law or agreement, which ends it or is followed by a preposition or a participle. Only
    mid-clause: set off by a comma or opening the sentence ("According to the initial
    schedule published Thursday, Thiel speaks …", "According to state law, …") the norm is
    what states the claim, and PolNeAR marks it as the source.

    A criterion is such a norm too ("paid according to seniority and merit", "advanced
    according to a pattern seen all autumn"), and so is whatever a possessive hangs on
    one's own traits ("paid according to their experience", "ranked according to its
    size") unless it could have said something ("according to his lawyer", "according to
    their own count")."""
    words, lows = sent.words, sent.lows
    if i == 0 or not is_word(words[i - 1]):
        return False
    if lows[i - 1] in _VARY:
        return True  # "Prices vary according to the season": what they vary with
    if lows[s] in POSSESSIVE_DETERMINERS and not _can_be_source(sent, s, e):
        return True  # "according to their experience and position": a trait of theirs
    for t in range(s, e):
        if not is_word(words[t]) or lows[t] in PREPOSITIONS or lows[t] in ("that", "which"):
            return False
        if lows[t] in NORM_NOUNS and words[t][:1].islower() or lows[t] in _CHARTERS:
            # ("treated according to the Geneva Conventions": a named law is a norm too)
            nxt = lows[t + 1] if t + 1 < e else ""
            if not nxt or nxt in PREPOSITIONS or nxt in _NORM_PARTICIPLES \
                    or nxt.endswith("ed") or nxt in ("that", "which", "and", "or"):
                return True  # (not "a rotation schedule": a modifier of the head)
    return False


_CHARTERS = frozenset({"convention", "conventions", "constitution", "charter", "treaty",
                       "accords", "code"})
# What custom holds, which nobody states: "according to Orthodox tradition", "… to legend",
# "according to the old Julian calendar", "… to the Byzantine rite"; and what the dead
# wished ("buried next to his father, according to his wishes").
_LORE = frozenset({"tradition", "traditions", "custom", "customs", "legend", "folklore", "lore",
                   "calendar", "calendars", "rite", "rites", "ritual", "rituals", "wish",
                   "wishes"})


def _can_be_source(sent: Sentence, s: int, e: int) -> bool:
    """Whether the phrase after "citing" names someone who could have said something (a
    name, a person, a body, a document, a pronoun) rather than a reason ("a threat",
    "security concerns"). Its head comes before its first preposition: "the unique magic
    of Trump" is magic, "the importance of Kharkiv" importance (a name after "of" made
    both sources before; PolNeAR marks neither)."""
    lows, words = sent.lows, sent.words
    cut = next((t for t in range(s + 1, e) if lows[t] in PREPOSITIONS), e)
    # Any word before the first preposition may be the head: "two sources familiar with";
    # but not a possessor ("her work", "Canada's efforts", "Hillary Clinton's unpopularity")
    # nor a name before a noun ("his Iowa results"): a name only heads the phrase at its end.
    for h in range(s, cut):
        low = lows[h]
        if h + 1 < cut and (low in POSSESSIVE_PRONOUNS or POSSESSIVE_END.search(low)
                            or words[h][:1].isupper() and _name_before_noun(sent, h, cut)):
            continue
        nxt = lows[h + 1] if h + 1 < cut else ""
        if words[h].islower() and nxt.endswith("s") and words[h + 1].isalpha() \
                and words[h + 1].islower() and not people(sent, h + 1) \
                and nxt not in DOC_NOUNS and nxt not in DATA_NOUNS and nxt not in _CITED_SOURCES:
            continue  # "citing joint military drills": "military" only says which drills
        if words[h][:1].isupper() or low in PRONOUNS or low in OBJECT_PRONOUNS \
                or low in SPEAKER_HEADS or low in ROLE_NOUNS or low in DOC_NOUNS \
                or low in BARE_PLURAL_SOURCES or low in DATA_NOUNS or low in AFFILIATED \
                or low in _CITED_SOURCES or people(sent, h):
            return True  # ("citing a Ukrainian officer", "citing a drone operator")
    return False


def _cited(sent: Sentence, i: int) -> Hit | None:
    """Who "X cited" is a source of its own, nested in X's report, as after "citing"; the
    evidence cited ("cited intercepted calls", "cited data") is not, unless it names its
    author."""
    hit = _after(sent, i, i + 1, i + 1, "citing", 0.75)
    if hit is None or not _can_be_source(sent, hit.s, hit.e):
        return None
    lows, words = sent.lows, sent.words
    head = next((t for t in range(hit.s, hit.e) if lows[t] in PREPOSITIONS), hit.e) - 1
    low = lows[head]
    if low in DOC_NOUNS or low in DATA_NOUNS or low in _CITED_SOURCES:
        # but "which cited a statement from the General Staff": its author, named
        if low not in DOC_NOUNS or document_author(sent, hit.s, hit.e) is None:
            return None
    elif words[head][:1].isupper():
        # A name, whole: not "cited derogatory comments Trump had made" (a name inside
        # another phrase) nor 'cited "Obama-Clinton" policies' (a quoted modifier).
        if any(words[t][:1].islower() and lows[t] not in ARTICLES for t in range(hit.s, head)) \
                or hit.e < len(words) and words[hit.e] in CLOSE_QUOTES:
            return None
    elif low not in SPEAKER_HEADS and low not in ROLE_NOUNS and low not in AFFILIATED:
        return None
    rest = lows[hit.e:]
    stop = next((k for k, w in enumerate(rest) if w in (".", ";", "?", "!")), len(rest))
    if "as" in rest[:stop] and "saying" not in rest[:stop]:
        return None  # "cited Alphabet as the likeliest buyer": naming, not a source
    return hit


def _name_before_noun(sent: Sentence, h: int, cut: int) -> bool:
    """Whether the run of capitalised words from ``h`` is followed, before ``cut``, by more
    of the phrase: then it names whose or what kind ("Pentagon data", "the Kremlin's
    statement", "last week's Paris attack") and the head comes after it."""
    words = sent.words
    r = h
    while r + 1 < cut and words[r + 1][:1].isupper():
        r += 1
    return r + 1 < cut and is_word(words[r + 1])


# Heads, besides the speaker, role and document nouns, that "citing" names as the origin of
# a claim: papers a claim was read in, and groups of people who told it.
_CITED_SOURCES = frozenset("""diary diaries notes minutes cable cables email emails e-mails
    message messages correspondence testimony interviews interview accounts media press
    remarks comments management leadership
    communications intercepts
    forces troops units soldiers witness witnesses resident residents participants people
    insiders officers commanders bloggers blogger milbloggers milblogger channels medics
    doctors paramedics rescuers nurses""".split())


def _in_poll(sent: Sentence, i: int) -> Hit | None:
    """"In a Kyiv International Institute of Sociology poll, 60% said …", "X leads in the
    latest polls": the poll is the source of the figures, "in" its cue."""
    lows = sent.lows
    span = right_np(sent, i + 1)
    if span is None or lows[span[0]] in ("which", "that", "person"):
        return None  # (nor "interviewed 1,010 adults in person for its Global Attitudes Survey")
    s, e = span
    head = next((k for k in range(s, e) if lows[k] in POLL_NOUNS), None)
    if head is None or any(not is_word(sent.words[k]) and sent.words[k] != "/"
                           for k in range(s, head)):
        return None
    if not any(sent.words[k][:1].isupper() and lows[k] not in DEMONYMS
               for k in range(s, head)) and not (
            i == 0 and e < len(lows) and sent.words[e] == ","
            and lows[s] in ("this", "that", "the", "a", "an")
            and not any(w in CUES and not CUES[w].noun_too for w in lows[e:])):
        # "leads in the polls", "response rates in Russian telephone surveys": a standing or
        # a measure, no poll's finding (a nationality names no pollster); but a poll that
        # opens the sentence frames its figures: "In this poll, Trump rose 1 point" (unless
        # they have speakers of their own: "In the survey, 42% say").
        return None
    if e - head > 1 and lows[e - 1].endswith("ed") and sent.words[e - 1][:1].islower():
        e -= 1  # "in the polls conducted before …": the verb opens a clause of its own
    return Hit(s, e, i, i + 1, 0.6, "poll")


# Issuing a statement whose words follow it: the issuer says them, as with "said".
_ISSUING = frozenset({"issued", "issues", "released", "releases"})
_ISSUED = Cue("issue", 0.85, False, False)
_STATEMENT_WORDS = re.compile(
    r"\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?statements?\b"
    r"(?=\s*(?::|,\s*[\"\u201c]|\s+(?:that|which)\s+(?:said|says|read|reads)\b))",
    re.IGNORECASE)


def _statement_issued(sent: Sentence, i: int) -> int | None:
    """The token after "statement" when the verb at ``i`` issues one whose words follow it:
    "Trump issued a statement, “Last night …”", "released the following statement:",
    "issued a statement that said …". A statement with nothing of it quoted ("released a
    statement on Friday") reports nothing here; the sender of one "saying …" is read by
    the gerund."""
    m = _STATEMENT_WORDS.match(sent.text, sent.ends[i])
    if m is None:
        return None
    return next(t for t in range(i + 1, len(sent.ends)) if sent.ends[t] >= m.end()) + 1


# Where an account posts: "a post on the ministry's Telegram channel".
_CHANNELS = frozenset("""channel channels account accounts page pages website site feed
    blog profile discord telegram instagram facebook twitter youtube tiktok substack
    newsletter""".split())


def _channel_owner(sent: Sentence, e: int) -> tuple[int, int] | None:
    """"According to a post on the ministry's Telegram channel": the channel's owner posted
    it, so the owner is the source: the possessor after "on", when a channel noun follows."""
    lows, words = sent.lows, sent.words
    n = len(lows)
    if e + 2 >= n or lows[e] != "on" or lows[e - 1] not in DOC_NOUNS:
        return None
    for t in range(e + 1, min(n, e + 6)):
        if lows[t].endswith(("'s", "\u2019s")):
            if any(lows[u] in _CHANNELS for u in range(t + 1, min(n, t + 4))):
                return e + 1, t + 1
            return None
        if not is_word(words[t]):
            return None
    return None


def _contact_author(sent: Sentence, s: int, e: int) -> tuple[int, int] | None:
    """"According to a speech Mrs. Clinton delivered at NYU", "an interview his brother gave
    to ITV", "a letter the mayor sent": who made the document, named in the clause right
    after its noun, is the source."""
    lows, words = sent.lows, sent.words
    n = len(lows)
    k = next((t for t in range(s, min(e, s + 3))
              if lows[t] in DOC_NOUNS or lows[t] in OCCASIONS), None)
    if k is None or k + 2 >= n:
        return None
    a = k + 1
    if not (words[a][:1].isupper() and is_word(words[a]) or lows[a] in ("the", "his", "her",
                                                                         "its", "their")):
        return None
    for v in range(a + 1, min(n, a + 6)):
        if not is_word(words[v]):
            return None
        if words[v].islower() and past_form(lows[v]):
            while v - 1 > a and lows[v - 1] in AUX:
                v -= 1  # "estimates the Pentagon has shared": the author, not its "has"
            return (a, v) if plausible_np(sent, a, v) else None
    return None


def _published_work(sent: Sentence, i: int) -> bool:
    """What was published before ``i`` is a book, a film or another work (its publisher
    states nothing), not a report or a study (whose publisher is its author)."""
    lows = sent.lows
    if i + 1 < len(lows) and lows[i + 1] in _PERIODICALLY:
        return True  # "The Journal of Climate is published monthly by the Society"
    if len(lows) > 1 and lows[0] == "this" and lows[1] in _THIS_PIECE:
        return True  # "This article was originally published in French by Le Monde."
    b = i - 1
    while b > 0 and adverb(sent, b):
        b -= 1
    if b >= 1 and lows[b] in BE and lows[b - 1] in _PERIODICALS:
        return True  # "The Global Times is published by the People's Daily": its owner
    return next((low in WORKS for low in reversed(lows[:i])
                 if low in WORKS or low in DOC_NOUNS), False)


_PERIODICALLY = frozenset({"daily", "weekly", "biweekly", "monthly", "quarterly", "annually",
                           "yearly"})
# Heads of the names of papers and magazines: "The Global Times", "the Kyiv Post".
_PERIODICALS = frozenset("""times daily post journal gazette herald tribune newspaper magazine
    paper tabloid weekly review""".split())
# What a story calls itself in its own boilerplate ("This article was originally published").
_THIS_PIECE = frozenset({"article", "story", "piece", "column", "essay", "interview", "post"})


def _occasion_frame(sent: Sentence) -> Hit | None:
    """"In a statement issued Tuesday, Clinton was more circumspect", "During an interview
    with NPR, Obama castigated Trump": an opening occasion frames the clause after its comma,
    whose subject made it, whatever the verb."""
    words, lows = sent.words, sent.lows
    n = len(lows)
    head = next((k for k in range(2, min(n, 7))
                 if lows[k] in _FRAMES or lows[k].endswith("s") and lows[k][:-1] in _FRAMES),
                None)
    if head is None or lows[1] not in _FRAME_DETERMINERS \
            or any(not is_word(words[k]) or lows[k] in PREPOSITIONS for k in range(2, head)):
        return None
    comma = next((k for k in range(head + 1, min(n, head + 25)) if words[k] == ","), None)
    if comma is None or any(not is_word(words[k]) and words[k] != "-"
                            for k in range(head + 1, comma)):
        return None
    s = comma + 1
    v = next((t for t in range(s, min(n, s + 12)) if finite_verb(sent, s, t)), None)
    if v is None or lows[v] in BE and v + 1 < n and (past_form(lows[v + 1])
                                                      or lows[v + 1].endswith(("en", "wn"))):
        return None  # "…, Trump was asked", "McDonald is seen": whoever asked is not named
    if lows[v] in WONDER:
        return None  # "In an email, Newsweek asked the Pentagon for comment": a request
    e = v
    while e > s and (lows[e - 1] in AUX or adverb(sent, e - 1)):
        e -= 1
    named = next((k for k in range(s, min(e, s + 3)) if words[k][:1].isupper()), s)
    if e <= s or lows[s] == "it" or not speaking_phrase(sent, named, e) \
            or any(not words[k].isalpha() for k in range(s, named)):
        return None  # (but "presidential nominee Hillary Clinton": a name after its title)
    return Hit(s, e, 0, head + 1, 0.55, "according")


def _after_be(sent: Sentence, i: int) -> bool:
    """A form of "be" stands before token ``i``, maybe with an auxiliary or adverb between
    ("was published", "has been (first) released"): the participle is passive."""
    lows = sent.lows
    return i > 0 and lows[i - 1] in BE or i > 1 and lows[i - 2] in BE and (
        lows[i - 1] in AUX or adverb(sent, i - 1))


def _said_passive(sent: Sentence, i: int) -> Hit | None:
    """"was (first) published by X"; "The figures, shared with reporters by X, could not be
    verified": the agent of something said made it public. ("was obtained by X" names who
    got it.)"""
    lows = sent.lows
    low = lows[i]
    if low in RECEIVED or i == 0 or not (
            lows[i - 1] in DATA_NOUNS or _after_be(sent, i) and _said_thing_before(sent, i)
            or i > 1 and lows[i - 1] == "," and (lows[i - 2] in DATA_NOUNS
                                                 or lows[i - 2] in POSS_NOUNS)
            and not _aside_before_cue(sent, i)):
        return None
    hit = passive_agent(sent, i, i, 0.8)
    if hit is not None and low == "published" and _published_work(sent, i):
        return None  # "Her memoir, “I Said No”, was published by Penguin": a publisher
    return hit


def _said_thing_before(sent: Sentence, i: int) -> bool:
    """The subject of "was provided/given/conducted by X" is something said or written
    ("The figures were provided by …", "No reason has been given by …", "Her view is
    shared by …"), or a pronoun or relative standing for it: not a thing handed over or
    done ("The weapons were provided by North Korea", "the research was conducted by …")."""
    lows = sent.lows
    t = i - 1
    while t > 0 and (lows[t] in BE or lows[t] in AUX or adverb(sent, t)):
        t -= 1
    of = next((u for u in range(t - 1, max(0, t - 6), -1) if lows[u] in ("of", "for")), None)
    if of is not None and all(is_word(sent.words[u]) for u in range(of, t)):
        # "Details of the interrogation were shared", "New casualty figures for North
        # Korean units were shared": the head before the preposition
        t = of - 1
    ing = next((u for u in range(t - 1, max(0, t - 8), -1) if lows[u].endswith("ing")
                and sent.words[u].islower()), None)
    if ing is not None and ing >= 1 and lows[ing - 1] in _SAID_HEADS \
            and all(is_word(sent.words[u]) for u in range(ing, t)):
        t = ing - 1  # "Preliminary figures showing a 58 percent turnout were shared by …"
    that = next((u for u in range(t - 2, max(0, t - 25), -1) if lows[u] == "that"), None)
    if that is not None and that >= 1 and lows[that - 1] in _SAID_HEADS \
            and all(is_word(sent.words[u]) for u in range(that, t)) and any(
            lows[u] in AUX or lows[u] in MODAL_SKIP or lows[u].endswith("ed")
            for u in range(that + 2, t + 1)):
        # "The projection that the government would hit the limit was shared by …": the
        # head before its own clause (not "The claim that the weapons were provided by …",
        # where the "that" clause has no verb of its own before this one)
        t = that - 1
    head = lows[t]
    return head in _SAID_HEADS or head in PRONOUNS or head in RELATIVES \
        or sent.words[t][:1].isupper() and t > 0 or not is_word(sent.words[t])


# Heads of what is said or written, which a passive's agent made public.
_SAID_HEADS = DATA_NOUNS | MESSAGE_NOUNS | PICTURES | DOC_NOUNS | frozenset(POSS_NOUNS) \
    | frozenset("""information details detail reason reasons explanation explanations account
    accounts answer answers response responses quote quotes words word figure number
    total""".split())


# ("showing" is left out: after most documents it describes ("data showing", "records
# showing" go unmarked in PolNeAR; measured, it cost more precision than it gained); only
# after a poll is it a finding, read by poll_showing.)
_DOC_PARTICIPLES = frozenset({"suggesting", "indicating", "finding"})


# A web address names its site ("according to ouest-france.fr"), though written in lower case.
_DOMAIN = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}")


def _after(sent: Sentence, cs: int, ce: int, i: int, kind: str, weight: float) -> Hit | None:
    span = right_np(sent, i)
    if span is None:
        return None
    return Hit(span[0], span[1], cs, ce, weight, kind)


# Verbs that report a statement and so open a clause of reported content, and verbs that
# only take a stance ("attacked", "backed", "agreed"): inside someone's reported words a
# stance is part of what was reported ("said the North Koreans attacked in waves"), not a
# second source.
_REPORTING = frozenset("""say tell write add claim report state warn insist note argue
    confirm announce estimate assert explain acknowledge admit allege reveal disclose
    conclude predict stress emphasize testify declare assess find show""".split())
_STANCES = frozenset("""attack back support oppose endorse blast defend agree praise
    criticize condemn denounce welcome applaud seek favor prefer echo challenge mock slam
    lambaste call reject dismiss tout decry advocate rail hope fear worry want expect
    propose recommend view regard""".split())
# (not "complain", "promise", "urge": those are said)


def _cue_lemma(sent: Sentence, hit: Hit) -> str:
    low = sent.lows[hit.cs]
    cue = CUES.get(low) or GERUNDS.get(low)
    return cue.lemma if cue is not None else low


def _stance(sent: Sentence, h: Hit) -> bool:
    """Whether the hit's verb only takes a stance. "call for" and "call on" are demands, spoken
    like "urge": "He called for calm, KCNA said." reports two statements; "called the plan a
    hoax" or "called in the reserves" stays a stance."""
    lemma = _cue_lemma(sent, h)
    if lemma not in _STANCES:
        return False
    return lemma != "call" or h.ce >= len(sent.lows) or sent.lows[h.ce] not in ("for", "on")


def _drop_reported_stances(sent: Sentence, hits: list[Hit]) -> list[Hit]:
    """A stance verb inside the clause a reporting verb opens is reported content."""
    reporting = [h for h in hits if h.kind in ("subject", "passive", "inverted")
                 and _cue_lemma(sent, h) in _REPORTING]
    if not reporting:
        return hits
    opens = [h.ce for h in reporting if h.kind != "inverted" and h.s < h.cs]
    # "…, Zelenskyy's office said." / "…, said X.": the words before the comma are reported;
    # not when the verb's own content follows it ("While Peskov called the reports a hoax,
    # Lavrov said the treaty was defensive": the first clause is the writer's).
    closes = [min(h.s, h.cs) for h in reporting if min(h.s, h.cs) > 0
              and sent.words[min(h.s, h.cs) - 1] in _COMMA_OR_CLOSE
              and not _content_follows(sent, h)]
    return [h for h in hits if not (
        h.kind in ("subject", "gerund")
        and (any(o <= h.s and not clause_break(sent, o, h.s) for o in opens)
             and not _named_and(sent, h)
             or any(h.ce <= c for c in closes))
        and (_stance(sent, h) or _cue_lemma(sent, h) not in HAND_LEMMAS
             or _cited_evidence(sent, h)))]


_COMMA_OR_CLOSE = CLOSE_QUOTES | {","}
# Pictures, raw numbers and remarks nobody is named for: what a speaker cites as evidence,
# which says nothing by itself ("said the remarks confirmed that …"; the data nouns without
# those that are someone's judgement: estimates, findings, reports).
_EVIDENCE_HEADS = PICTURES | {"footage", "imagery", "results", "evidence", "remarks", "comments"} \
    | DATA_NOUNS - {"estimates", "findings", "assessment", "report"}


def _cited_evidence(sent: Sentence, h: Hit) -> bool:
    """"38 North said commercial satellite imagery showed new construction", "Peskov said
    the turnout figures showed …": pictures or numbers whose maker goes unnamed are what
    the speaker cites, its evidence, not a second source (as "Maxar's images show" or
    "footage released by the SBU shows" would be); so is the speaker's own paper, "its
    latest survey", and a body's own people, "its experts"."""
    span = range(h.s, h.e)
    lows = sent.lows
    if lows[h.s] in POSSESSIVE_PRONOUNS and (lows[h.s] == "its"
                                             or any(lows[t] in DOC_NOUNS for t in span)):
        # "Realmeter said its latest weekly survey put the party at 41 percent", "The IAEA
        # said its experts at the site had confirmed the strike": the body's own
        return True
    if any(lows[t] in _EVIDENCE_HEADS for t in span) and not any(
            t > h.s and sent.words[t][:1].isupper() and lows[t] not in DATE_WORDS
            or lows[t].endswith(("'s", "\u2019s")) for t in span):
        return True
    # "The think tank said the rising payments showed that …", "He said high inflation in
    # Russia showed that …": a thing, not a text nor anyone, shows it to the speaker
    head = next((t for t in span if lows[t] in PREPOSITIONS), h.e) - 1
    return _cue_lemma(sent, h) in _SHOWING and head >= h.s and sent.words[head].islower() \
        and sent.words[head].isalpha() and lows[head] not in DOC_NOUNS \
        and lows[head] not in PRONOUNS and not people(sent, head) and not any(
            t > h.s and sent.words[t][:1].isupper() or lows[t].endswith(("'s", "\u2019s"))
            or lows[t] in POSSESSIVE_PRONOUNS for t in range(h.s, head + 1)) \
        and not any(lows[t] == "by" or lows[t] == "from" and _maker_after(sent, t, h.e)
                    for t in span)  # (no maker: "released by X", "data from the ministry")


def _maker_after(sent: Sentence, at: int, e: int) -> bool:
    """The words after "from" at ``at`` (up to ``e``) name who made the thing ("data from the
    ministry", "figures from Rosstat"), not where it was taken ("water samples from three
    villages")."""
    return any(sent.words[t][:1].isupper() or sent.lows[t] in SPEAKER_HEADS
               or sent.lows[t] in ROLE_NOUNS or people(sent, t) for t in range(at + 1, e))


# What evidence does to a claim: "the payments showed that …", "the numbers suggest …" (not
# "reveal", as often an announcement: "the leak revealed that …").
_SHOWING = EVIDENCE_LEMMAS - {"reveal"}


def _named_and(sent: Sentence, h: Hit) -> bool:
    """"Lavrov claimed the treaty was defensive, and Zakharova called the concerns
    “hysteria”", "…, and Blinken agreed": a name right after ", and" with its own verb is a
    second speaker the writer reports beside the first, not part of what the first said."""
    words = sent.words
    return h.s >= 2 and words[h.s - 1] == "and" and words[h.s - 2] == "," \
        and words[h.s][:1].isupper() and h.e == h.cs


def _content_follows(sent: Sentence, h: Hit) -> bool:
    """Whether a subject and its verb go on to what was said ("Lavrov said the treaty …")
    rather than closing the quotation before them ("…,” Lavrov said on Friday.")."""
    k = h.ce
    if h.kind != "subject" or k >= len(sent.words):
        return False
    nxt = sent.lows[k]
    return nxt[:1].isalnum() and nxt not in PREPOSITIONS and nxt not in DATE_WORDS \
        and nxt not in AUX


def _drop_quoted(sent: Sentence, hits: list[Hit]) -> list[Hit]:
    """A cue inside a quotation is the speaker's words, not the reporter's attribution, when
    the quotation itself is attributed."""
    if len(hits) < 2:
        return hits
    quotes = quote_spans(sent)
    if not quotes:
        return hits

    words = sent.words

    def inside(h: Hit) -> bool:
        # 'The gun was loaded, "he said, "but …': marks put on the wrong side of the
        # attribution enclose nothing but its speaker, its cue and the comma after them,
        # which are not quoted words (but 'contractors "heard Bob say" stand down' are).
        return any(a < h.cs < b and not (
            min(h.s, h.cs) == a + 1 and words[b - 1] == ","
            and all(not is_word(words[t]) for t in range(max(h.e, h.ce), b))) for a, b in quotes)

    outside = [h for h in hits if not inside(h)]
    return outside if outside else hits


def _whose(sent: Sentence, s: int, named: str, registry: Registry) -> str | None:
    """"…has alarmed Seoul, whose spy agency said": the source is the antecedent's own, so it
    resolves as "Seoul's spy agency" would."""
    if s < 2 or sent.lows[s - 1] != "whose":
        return None
    k = s - 3 if sent.words[s - 2] == "," else s - 2
    owner = k + 1
    while owner > 0 and sent.words[owner - 1][:1].isupper():
        owner -= 1  # the name before "whose": "Seoul", "South Korea"
    if owner > k:
        return None
    return registry.resolve(f"{sent.text[sent.starts[owner]:sent.ends[k]]}'s {named}")


def _closes_quotation(text: str, start: int, at: int) -> bool:
    """The double quote at ``at`` closes one opened after ``start``."""
    mark = text[at]
    if mark == "\u201d":
        return text.count("\u201c", start, at) > text.count("\u201d", start, at)
    return mark == '"' and text.count('"', start, at) % 2 == 1


def _to_attribution(sent: Sentence, hit: Hit, registry: Registry | None) -> Attribution | None:
    text = sent.text
    s, e = hit.s, hit.e
    start, end = sent.starts[s], sent.ends[e - 1]
    # Never end a source on punctuation, but keep the mark that closes a quotation inside it
    # ('Jane Doe, the author of "Hard Times," said': the title ends with its quote).
    while end > start and text[end - 1] in ",;:\u2014\u2013-\"\u201c\u201d'\u2019 " \
            and not _closes_quotation(text, start, end - 1):
        end -= 1
    if end <= start:
        return None
    if text[end - 1] == ")" and (m := _PHOTO_NOTE.search(text, start, end)) is not None \
            and m.start() > start:
        end = m.start()  # "Budanov (pictured) said": the caption's note is no part of the name
    author = document_author(sent, s, e)
    if author is not None:
        start, end = author
    elif hit.kind == "possessive":
        m = POSSESSIVE_END.search(text, start, end)
        if m is not None and m.start() > start:
            end = m.start()  # "Zelenskyy's claim that …": Zelenskyy holds the claim
    source = text[start:end]
    # "Zelenskyy's claim", "Clinton herself": the name is Zelenskyy, Clinton.
    named = source
    if source.endswith("self") or source.endswith("selves"):
        named = _REFLEXIVE_END.sub("", named)
    if ("'" in named[-2:] or "\u2019" in named[-2:]) and not (hit.kind == "subject"
                                                            and hit.e == hit.cs):
        named = POSSESSIVE_END.sub("", named) or source  # but "Moody's said": the name
    named = visible(named)  # ("[b]Put Domoi[/b], a movement …": no tag in the entity)
    entity = registry.resolve(named) if registry is not None else None
    if entity is None and registry is not None:
        entity = _whose(sent, s, named, registry)
    cue_start, cue_end = sent.starts[hit.cs], sent.ends[hit.ce - 1]
    last = sent.lows[hit.ce - 1]
    lemma = (CUES.get(last) or GERUNDS.get(last) or NO_CUE).lemma
    if lemma in PARTICLES and hit.ce < len(sent.lows):
        # "pointed out", "talked about", "spoke emotionally of": the particle is the cue's
        cue_end = sent.ends[particle_at(sent, hit.ce - 1, lemma) or hit.ce]
    cue_end = _extend_cue(text, cue_end)
    confidence = hit.confidence
    ntok = e - s
    if ntok > 8:
        confidence *= 0.85
    if entity is not None:
        confidence = min(0.99, confidence + 0.05)
    elif source.lower() in PRONOUNS:
        confidence *= 0.92
    elif source.islower() or not any(map(str.isupper, source)):
        confidence *= 0.92
    date_text = None
    if not DATE_TRIGGERS.isdisjoint(sent.vocab):
        spans = date_spans(sent)
        released = next((t for t in range(hit.s, hit.e) if sent.lows[t] in RELEASED), None)
        limit = end
        if released is None and hit.e < hit.cs and sent.lows[hit.e] in RELEASED:
            released, limit = hit.e, cue_start  # "X released a report on Friday that says"
        if released is not None:
            # "Data released on Tuesday showed a rise in December": the document's own date,
            # not a month its findings are about
            after = sent.ends[released]
            date_text = next((text[a:b] for a, b in spans if after <= a and b <= limit), None)
        if date_text is None:
            date_text = statement_date(text, spans, start, end, cue_start, cue_end, lemma)
        if date_text is None and author is not None:
            # "A report published Monday by CSIS estimated": the document's date
            np_start = sent.starts[hit.s]
            date_text = next((text[a:b] for a, b in spans if np_start <= a and b <= start), None)
    return Attribution(
        source=source,
        entity=entity or named,
        cue=text[cue_start:cue_end],
        start=start,
        end=end,
        cue_start=cue_start,
        cue_end=cue_end,
        date=date_text,
        confidence=round(max(0.05, min(confidence, 0.99)), 2),
    )


# Where a photo shows the one named: "Budanov (pictured)", "Rutte (right)".
_PHOTO_NOTE = re.compile(r"\s*\((?:pictured|photo|right|left|centre|center|above|below|top"
                         r"|inset|second from (?:left|right))\)$")


def _extend_cue(text: str, cue_end: int) -> int:
    """"said in a statement", "told reporters in an interview": the reporting noun tells the
    reviewer how the claim was made."""
    m = REPORTING_NOUN.match(text, cue_end)
    return m.end() if m else cue_end
