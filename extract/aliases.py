"""Names a document defines for itself: what a source means in the light of earlier sentences.

News names an entity in full once and then shortens it: an acronym ("the Committee to Protect
Journalists (CPJ)" … "CPJ said"), a surname ("Dmitry Peskov" … "Peskov said"; Korean names
put the surname first: "Park Sun-won" … "Park said"), or a definite description ("the
Institute for the Study of War" … "the institute said"). The registry alone cannot tell which
Kim "Kim said" means; the document can, so the nearest earlier full name wins.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from extract.cues import BOUNDARY
from extract.phrases import title_case
from extract.registry import Registry
from extract.tokens import tokenize

_ACRONYM_DEF = re.compile(
    r"((?:[A-Z][\w'\u2019.-]*\s+(?:(?:of|for|the|and|on|in|to)\s+)*){1,8}[A-Z][\w'\u2019.-]*)"
    r"\s*\(([A-Z][A-Z&.]{1,7})\)"
)
# Capitalised words that are no given name: articles, titles, and the small words of a
# title-case headline ("Responded To Trump").
_NOT_FIRST_NAMES = frozenset(
    """the a an mr mrs ms dr president senator sen gen rep gov but and in on at when while
    if as after before this that his her its their former said says told according to by
    for with from of about over against into out up says calls tells slams hits speaker
    secretary governor professor dean director chief judge justice mayor minister leader
    chairman chairwoman general ambassador commander representative congressman
    congresswoman lawmaker opposition candidate nominee widow unlike like absent despite
    without unless until since than journalist
    correspondent reporter anchor host moderator columnist editor analyst economist attorney
    lawyer spokesman spokeswoman pollster strategist adviser advisor""".split()
) | BOUNDARY - {"will", "may"}  # "Although Rubio", "Does Rubio" (but "Will Hurd", "May Boeve")
# Korean names put the surname first: one of the common Korean surnames, then a given name
# of two syllables, hyphenated or not ("Park Sun-won", "Kim Yo Jong"). Other names keep the
# surname last; a capitalised word after a surname is no given name ("Trump Tower").
_KOREAN_SURNAMES = frozenset(
    """kim lee yi ri rhee park pak choi choe jung chung jeong kang cho jo yoon yun jang chang
    lim im han oh seo suh shin kwon hwang ahn an song yoo yu ryu hong jeon jun chun ko go moon
    mun yang son bae baek paik heo nam noh roh ro ha kwak sung cha joo woo min""".split()
)
_KOREAN_GIVEN = r"(?: [A-Z][a-z]+-[a-z]+| [A-Z][a-z]{1,3} [A-Z][a-z]{1,4})(?![\w-])"
# Two capitalised words after a name: a title-case headline ("Ted Cruz Apologizes To Ben
# Carson"), where any run of capitals looks like a name.
_HEADLINE_AFTER = re.compile(r" [A-Z][\w'\u2019-]* [A-Z][\w'\u2019-]*")
# Kinds too general to stand as a head noun ("the person", "the media").
_GENERIC_KINDS = frozenset({"person", "media", "unknown"})
# Words before a surname that are not a given name: "Mrs. Clinton" may be the "Hillary
# Clinton" named before, "Lolita Grayson" is never "Alan Grayson".
_TITLE = re.compile(
    r"^(?:[A-Z][a-z]{0,3}\.?|[a-z]\S*|(?i:the|an?|sir|lord|lady|madam|senator|president|"
    r"secretary|governor|professor|dean|representative|congressman|congresswoman|general|"
    r"judge|justice|mayor|minister|chancellor|premier|ambassador|director|chief|commander|"
    r"chairman|chairwoman|speaker|leader|lawmaker|detective|officer|sergeant|captain))\s+"
)
# Media kinds: what "the outlet" or "the publication" may describe.
_MEDIA_KINDS = ("newspaper", "news agency", "broadcaster", "magazine", "news site", "media")
# Descriptions news uses for a kind other than the kind's own words ("the newspaper", "the
# news agency", "the think tank" need no entry): "the paper" is a newspaper, "the wire
# service" a news agency, "the group" a think tank. Each names the kinds it can describe.
_KIND_WORDS: dict[str, tuple[str, ...]] = {
    "paper": ("newspaper",),
    "daily": ("newspaper",),
    "network": ("broadcaster",),
    "channel": ("broadcaster",),
    "wire service": ("news agency",),
    "weekly": ("magazine",),
    "outlet": _MEDIA_KINDS,
    "news outlet": _MEDIA_KINDS,
    "media outlet": _MEDIA_KINDS,
    "news organization": _MEDIA_KINDS,
    "publication": ("newspaper", "magazine", "news site", "media"),
    "group": ("think tank",),
}
# A media entity the registry files only as "media" (or not at all) is a newspaper when one
# of its names says so ("The Washington Post", "the Financial Times").
_NEWSPAPER_NAMES = frozenset("times journal post herald tribune gazette telegraph".split())
# "the ministry", "the spy agency"; a country's adjective may be capitalised ("The South
# Korean agency", "the Ukrainian agency"), never the head noun.
_DESCRIPTION = re.compile(r"^[Tt]he((?:\s+[A-Za-z][a-z-]*){0,2}\s+[a-z][a-z-]*)$")
_PREPOSITIONS = frozenset("of for at from with in by to on".split())
_WORD = re.compile(r"[a-z]+")


def document_alias(source: str, context: Sequence[str], registry: Registry | None) -> str | None:
    """The entity ``source`` names given the earlier sentences of its document (nearest last),
    or None when they do not tell: the one person the document gave the title a description
    names ("the senator" after "Sen. Tom Cotton"), a definite description whose words fit
    exactly one entity named earlier, an acronym the document defined, or the nearest earlier
    full name ending (or, for a Korean name, starting) with the source's surname."""
    titled = _TITLED_DESCRIPTION.match(source)
    if titled is not None:
        holders = _title_holders(titled.group(1).split(), titled.group(2).lower(),
                                 context[-30:], registry)
        if holders is not None:
            return holders.pop() if len(holders) == 1 else None
    description = _DESCRIPTION.match(source)
    if description is not None:
        if registry is None:
            return None
        described = description.group(1).lower().split()
        return _described_entity(described, context[-30:], registry) \
            or _named_body(described, context[-30:], registry)
    words = source.split()
    last = words[-1] if words else ""
    if not last[:1].isupper():
        return None
    if registry is not None:
        hit = _shortened_name(words, context[-30:], registry)
        if hit is not None:
            return hit
    for sentence in reversed(context[-30:]):
        if last not in sentence:
            continue
        if last.isupper():
            for m in _ACRONYM_DEF.finditer(sentence):
                if m.group(2).replace(".", "") == last.replace(".", ""):
                    expansion = m.group(1).strip()
                    if registry is not None:
                        hit = registry.resolve(expansion)
                        if hit is not None:
                            return hit
                    return re.sub(r"^(?:the|The)\s+", "", expansion)
        elif len(words) <= 2:
            full = _full_name(last, sentence)
            # "Mrs. Clinton" may be the "Hillary Clinton" named before; "Dena Grayson" is
            # never the "Alan Grayson" named before.
            if full is not None and _TITLE.sub("", source) in full:
                if registry is not None:
                    hit = registry.resolve(full)
                    if hit is not None:
                        return hit
                return full
    return None


# A title news gives a named person, as a description repeats it ("the senator") -> the forms
# it takes before the name ("Sen. Tom Cotton", "Senator Tom Cotton").
_TITLE_FORMS: dict[str, frozenset[str]] = {
    head: frozenset(forms.split()) for head, forms in {
        "senator": "sen. senator",
        "president": "president",
        "president-elect": "president-elect",
        "governor": "gov. governor",
        "representative": "rep. representative congressman congresswoman",
        "congressman": "rep. representative congressman",
        "congresswoman": "rep. representative congresswoman",
        "lawmaker": "sen. senator rep. representative congressman congresswoman",
        "mayor": "mayor",
        "judge": "judge",
        "justice": "justice",
        "general": "gen. general",
        "admiral": "adm. admiral",
        "colonel": "col. colonel",
        "minister": "minister",
        "chancellor": "chancellor",
        "premier": "premier",
        "speaker": "speaker",
        "secretary": "secretary",
        "ambassador": "ambassador amb.",
        "commissioner": "commissioner",
        "sheriff": "sheriff",
        "spokesman": "spokesman",
        "spokeswoman": "spokeswoman",
        "spokesperson": "spokesperson",
        "chairman": "chairman",
        "chairwoman": "chairwoman",
        "pope": "pope",
        "king": "king",
        "queen": "queen",
        "prince": "prince",
        "princess": "princess",
    }.items()
}
_TITLE_WORDS = frozenset().union(*_TITLE_FORMS.values())
# Titles news writes in lower case before the name: "Kremlin spokesman Dmitry Peskov".
_LOWER_TITLES = frozenset({"spokesman", "spokeswoman", "spokesperson"})
_TITLED_DESCRIPTION = re.compile(
    r"^[Tt]he((?:\s+[A-Za-z][\w.-]*){0,2})\s+(" + "|".join(_TITLE_FORMS) + r")$"
)
# Words before a title that make it another office: a vice president is not "the president",
# nor a prime minister "the minister" or an attorney general "the general"; a description
# that names the office in full ("the former president", "the prime minister") may take it.
_OTHER_OFFICE = frozenset(
    """vice deputy former ex acting interim prime lieutenant lt assistant under attorney
    surgeon secretary""".split()
)
# A name after a title: capitalised words and initials ("Donald J. Trump"), with the small
# words of surnames inside it ("Bill de Blasio", "Ursula von der Leyen").
_NAME_WORD = re.compile(
    r"(?:[A-Z][A-Za-z\u00c0-\u024f'\u2019-]*[a-z\u00c0-\u024f]|(?:[A-Z]\.){1,3})$")
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
_NAME_PARTICLES = frozenset("de van von der den da di del du la le bin al ibn ter".split())
_NAME_OPENERS = "(\"'\u2018\u201c"
# What may close a name word: a comma, a parenthesis, a full stop, a quotation mark.
_NAME_CLOSERS = ",;:)\"'\u2019\u201d."


def title_description(source: str) -> bool:
    """Whether ``source`` is "the <title>" ("the senator", "the Russian president"), which
    document_alias reads as the person the document gave that title."""
    return _TITLED_DESCRIPTION.match(source) is not None


def _title_holders(
    modifiers: list[str], head: str, context: Sequence[str], registry: Registry | None
) -> set[str] | None:
    """The people ``context`` gives the title "the <modifiers> <head>" describes, each as the
    registry names them or as the document writes the name; None when it gives the title to
    nobody. "The senator" after "Sen. Tom Cotton" is Tom Cotton; "the president" after "Vice
    President Kamala Harris" is nobody named, and after "President A" and "President B"
    either. Another use of the noun ("a fellow senator", "the president of the company") is
    a holder without a title, so this does not tell."""
    forms = _TITLE_FORMS[head]
    wanted = {m.lower().strip(_NAME_CLOSERS) for m in modifiers}
    holders: set[str] = set()
    for sentence in context:
        apposed = list(_titled_after(head).finditer(sentence))
        bare = sentence
        for m in reversed(apposed):
            # "Park Sun-won, an opposition lawmaker," gives the title; that use is no other
            bare = bare[:m.start()] + bare[m.end():]
            if _PLACE_BEFORE.search(sentence, 0, m.start(1)):
                continue  # "At a news conference in Chelsea, the mayor said, …": a place
            if not wanted or all(w in m.group().lower() for w in wanted):
                holders.add(_holder(head, m.group(1).split(), context, registry))
        if (_other_use(head, bare) if head not in _LOWER_TITLES
                else _untitled_use(head, bare)) or f"{head} of " in bare:
            return None  # "a fellow senator", "the president of the company"
        words = sentence.split()
        for i, word in enumerate(words):
            word = word.lstrip(_NAME_OPENERS)
            if word.lower() not in forms or not word[:1].isupper() and head not in _LOWER_TITLES:
                continue
            before = {w.lower().strip(_NAME_CLOSERS) for w in words[max(0, i - 3):i]}
            if not wanted <= before or (before & _OTHER_OFFICE) - wanted:
                continue
            name = _name_after(words, i + 1)
            if name:
                holders.add(_holder(word, name, context, registry))
    # "Gov. Newsom" and "Gov. Gavin Newsom" are one holder, by the longer name.
    return {h for h in holders if not any(o != h and o.endswith(" " + h) for o in holders)} \
        or None


# "Park Sun-won, an opposition lawmaker, …": a name, then its title after a comma.
_APPOSITIVE_NAME = (r"(?<![\w'\u2019])(?:(?:But|And|Yet|So|Or|When|While|After|As|If|Then|"
                    r"Still|Now|However)\s+)?"
                    r"((?!(?:The|A|An)\s)[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019.-]+){0,3})")


@lru_cache(maxsize=64)
def _titled_after(head: str) -> re.Pattern[str]:
    """"Park Sun-won, an opposition lawmaker, …": a name, a comma, and the title ``head``
    with up to four words before it, closed by the appositive's comma."""
    return re.compile(_APPOSITIVE_NAME + r",\s+(?:a|an|the)\s+(?:[\w'\u2019.-]+\s+){0,4}?"
                      + re.escape(head) + r"\b(?!\s+of\b)[^,.;]{0,60},")


_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|to|of|for|on|near)\s+$", re.IGNORECASE)


def _name_after(words: list[str], at: int) -> list[str]:
    """The capitalised name right after a title, up to four words and to the first comma or
    full stop; none when the run is longer, as in a title-case headline ("President Trump
    Signs Order On Trade")."""
    name: list[str] = []
    while at < len(words) and len(name) < 5:
        word = words[at] if _INITIALS.fullmatch(words[at]) else words[at].rstrip(_NAME_CLOSERS)
        closed = word != words[at]
        if word.endswith(("'s", "\u2019s")):
            word, closed = word[:-2], True
        if _NAME_WORD.match(word) is not None:
            name.append(word)
        elif not (name and word in _NAME_PARTICLES and not closed and at + 1 < len(words)
                  and words[at + 1][:1].isupper()):
            break
        else:
            name.append(word)
        if closed:
            break
        at += 1
    return name if len(name) <= 4 else []


def _holder(title: str, name: list[str], context: Sequence[str], registry: Registry | None) -> str:
    """The entity a titled name is: the registry's, or the name as the document wrote it (in
    full when it gave only a surname after the title here)."""
    written = " ".join(name)
    if registry is not None:
        hit = registry.resolve(f"{title} {written}") or registry.resolve(written)
        if hit is not None:
            return hit
    if len(name) == 1:
        full = document_alias(written, context, registry)
        # "Admiral Harris" is no fuller name than "Harris"; "Michael Sullivan" is.
        if full is not None and full.split()[0].lower() not in _TITLE_WORDS:
            return full
    return written


def _shortened_name(words: list[str], context: Sequence[str], registry: Registry) -> str | None:
    """"The General Staff said" after "Ukraine's General Staff publishes …": the last words of
    a registered name the document used before (nearest first) stand for it."""
    name = words[1:] if words[0].lower() == "the" else words
    if len(name) < 2 or not all(w[:1].isupper() for w in name):
        return None
    tail = " " + " ".join(name)
    for sentence in reversed(context):
        if tail not in sentence:
            continue
        for start, end, entity in names_in(registry, sentence):
            if sentence[start:end].endswith(tail):
                return entity
    return None


_GIVEN_NAME = re.compile(r"[A-Z][a-z\u00c0-\u024f'\u2019-]+ ")
_GIVEN_NAME_LETTER = re.compile(r"[a-z\u00c0-\u024f'\u2019-]")
_BOUNDARY = re.compile(r"\b")


def given_names_before(surname: str, sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, given names) of each "Dmitry Peskov", "Mary Ann Smith": one or two
    capitalised words right before ``surname``, found as
    ``re.finditer(r"\b((?:[A-Z][a-z…'-]+ ){1,2})" + surname + r"\b", sentence)`` would (a test
    holds them equal). Compiling that pattern for each new surname was a twentieth of the
    time of an import; this looks only at the places where the surname stands."""
    occurrences = []
    at = sentence.find(surname)
    while at != -1:
        if _BOUNDARY.match(sentence, at + len(surname)):
            occurrences.append(at)
        at = sentence.find(surname, at + 1)
    starts: set[int] = set()
    for at in occurrences:
        one = _given_name_ending(sentence, at)
        if one >= 0:
            starts.add(one)
            two = _given_name_ending(sentence, one)
            if two >= 0:
                starts.add(two)
    found: list[tuple[int, int, str]] = []
    resume = 0
    for start in sorted(starts):
        if start < resume or not _BOUNDARY.match(sentence, start):
            continue
        first = _GIVEN_NAME.match(sentence, start)
        if first is None:
            continue
        second = _GIVEN_NAME.match(sentence, first.end())
        # Two given names when the surname follows them, as the greedy {1,2} would take.
        names_end = second.end() if second is not None and second.end() in occurrences \
            else first.end() if first.end() in occurrences else -1
        if names_end >= 0:
            resume = names_end + len(surname)
            found.append((start, resume, sentence[start:names_end]))
    return found


def _given_name_ending(sentence: str, end: int) -> int:
    """Where the given name "Xxxx " that ends at ``end`` (its space included) starts, or -1."""
    if end < 3 or sentence[end - 1] != " ":
        return -1
    k = end - 2
    while k >= 0 and _GIVEN_NAME_LETTER.match(sentence, k):
        k -= 1
    return k if 0 <= k < end - 2 and "A" <= sentence[k] <= "Z" else -1


# Patterns built from a word of the text, kept: compiled anew each time, they overflowed the
# re module's own cache, which then compiled the extractor's other patterns again.
@lru_cache(maxsize=1024)
def _korean_name(surname: str) -> re.Pattern[str]:
    return re.compile(r"\b" + re.escape(surname) + _KOREAN_GIVEN)


@lru_cache(maxsize=1024)
def whole_word(word: str) -> re.Pattern[str]:
    """``word`` as a whole word (the pronoun resolver looks words of the text up with it
    too)."""
    return re.compile(r"\b" + re.escape(word) + r"\b")


def _full_name(surname: str, sentence: str) -> str | None:
    """The first full name in ``sentence`` with this surname (a sentence's first name is
    most often its subject; later ones are appositives: "Patricia Smith, mother of Sean
    Smith"): "Park Sun-won" (surname first, as Korean names are written) or "Dmitry Peskov"
    (surname last)."""
    found: list[tuple[int, str]] = []
    if surname.lower() in _KOREAN_SURNAMES:
        for m in _korean_name(surname).finditer(sentence):
            if "-" in m.group() or _HEADLINE_AFTER.match(sentence, m.end()) is None:
                found.append((m.start(), m.group()))
    for start, end, names in given_names_before(surname, sentence):
        given = names.split()
        if _HEADLINE_AFTER.match(sentence, end) is not None:
            given = given[-1:]  # "Calls Out Ted Cruz For …": only the word before is a name
        for i in range(len(given) - 1, -1, -1):
            if given[i].lower() in _NOT_FIRST_NAMES or given[i].endswith(("'s", "\u2019s")):
                # "President François Hollande", "Yet Clinton", "National Review's Ian Tuttle"
                given = given[i + 1:]
                break
        if given:
            found.append((start, " ".join([*given, surname])))
    if not found:
        return None
    return min(found)[1]


def _described_entity(words: list[str], context: Sequence[str], registry: Registry) -> str | None:
    """"The institute", "the spy agency", "the ministry": the one entity named in ``context``
    whose description fits. The last word must be the head noun of one of its names or its
    kind; every other word must occur in its names or kind. A capitalised use of the head in a
    name the registry does not know ("President Obama" for "the president") is a rival, so an
    unknown entity is never mistaken for a known one."""
    head, modifiers = words[-1], words[:-1]
    if head.endswith("s") and not head.endswith(("ss", "us")):
        return None  # "the officials", "the researchers": a group, not one named entity
    vocab = _vocabulary(registry, registry.version)
    described = _kind_description(words)
    fits: set[str] = set()
    rivals = False
    for sentence in context:
        spans = names_in(registry, sentence)
        for _start, _end, entity in spans:
            heads, known = vocab.get(entity, (frozenset(), frozenset()))
            if head in heads and all(w in known for w in modifiers):
                fits.add(entity)
            elif _full_kind(words, registry.kind(entity), known) or described is not None \
                    and all(w in known for w in described[1]) \
                    and _of_kind(registry.kind(entity), known, described[0]):
                fits.add(entity)
        for m in whole_word(head.capitalize()).finditer(sentence):
            if not any(s <= m.start() < e for s, e, _ in spans):
                rivals = True
        if described is not None and _other_use(described[2], sentence):
            rivals = True  # "a white paper" before "the paper": maybe that paper
    if len(fits) > 1 and _MEDIA_WORDS.isdisjoint(words):
        # "The agency said" after "SEOUL (Reuters) - South Korea's spy agency briefed …": the
        # agency the story is about, not the news agency that carries it
        fits = {e for e in fits if registry.kind(e) not in _MEDIA_KINDS} or fits
    if len(fits) == 1 and not rivals:
        return fits.pop()
    return None


_MEDIA_WORDS = frozenset("news wire press media".split())


# A capitalised name of two to six words, with small words inside: "The Supreme Court of
# Pennsylvania", "The Seattle Times".
# "The Supreme Court on Friday upheld": the day is no part of the name.
_DAY_OR_MONTH = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February"
                 r"|March|April|June|July|August|September|October|November|December)\b")
_BODY_NAME = re.compile(
    r"[A-Z][\w'\u2019.&-]*(?:\s+(?:(?:of|for|the|on)\s+)?(?!" + _DAY_OR_MONTH
    + r")[A-Z][\w'\u2019.&-]*){1,5}")
_NAME_ARTICLE = re.compile(r"^The\s+")


def _named_body(words: list[str], context: Sequence[str], registry: Registry) -> str | None:
    """"The court" after "The Supreme Court of Pennsylvania", "the newspaper" after "The
    Seattle Times": the one name the document gave whose own words say what the description
    names, when the registry knows no entity that fits. Another use of the noun ("a lower
    court"), two such names, or a known body among them ("Ukraine's Foreign Ministry and
    the Ministry of Culture") leave it open."""
    if len(words) != 1 or words[0] in _TITLE_FORMS:
        return None  # "the president" after "Vice President Harris": the titles' own rule
    head = words[0]
    title = head.capitalize()
    found: set[str] = set()
    for sentence in context:
        if _other_use(head, sentence):
            return None
        names = [m.group() for m in _BODY_NAME.finditer(sentence)
                 if title in (parts := m.group().split())[1:] or parts[0] == title
                 or head in ("newspaper", "paper") and parts[-1].lower() in _NEWSPAPER_NAMES]
        if names and not title_case(tokenize(sentence)):
            # (not in "Republican Party Boosts Spending In Battleground States": a headline)
            found.update(_NAME_ARTICLE.sub("", name) for name in names)
    if len(found) != 1 or any(registry.resolve(name) is not None for name in found):
        return None  # a known body that fits was _described_entity's to name, or a rival
    return found.pop()


def _kind_description(words: list[str]) -> tuple[tuple[str, ...], list[str], str] | None:
    """(kinds it describes, other words, the describing noun) when the description ends in
    one of ``_KIND_WORDS`` ("the paper", "the wire service"), else None."""
    for size in (2, 1):
        key = " ".join(words[-size:])
        if len(words) >= size and key in _KIND_WORDS:
            return _KIND_WORDS[key], words[:-size], key
    return None


def _full_kind(words: list[str], kind: str | None, known: frozenset[str]) -> bool:
    """"The news agency" for an entity of kind "news agency": a kind of several words,
    said in full, after words its names use."""
    if kind is None or " " not in kind:
        return False
    size = kind.count(" ") + 1
    return " ".join(words[-size:]) == kind and all(w in known for w in words[:-size])


def _of_kind(kind: str | None, known: frozenset[str], kinds: tuple[str, ...]) -> bool:
    """Whether an entity of ``kind`` whose names use the words ``known`` is one of ``kinds``:
    its registry kind says so, or, filed only as "media" or without a kind, its name does."""
    if kind in kinds:
        return True
    return kind in ("media", "unknown") and "newspaper" in kinds \
        and not _NEWSPAPER_NAMES.isdisjoint(known)


def _other_use(noun: str, sentence: str) -> bool:
    """Whether ``sentence`` uses ``noun`` for something else: not as "the <noun>" (the same
    description again) nor before the name it describes ("outlet Mediazona"), but "a white
    paper", "a group of lawmakers"."""
    if noun not in sentence:
        return False
    return any(not sentence[:m.start()].rstrip().lower().endswith("the")
               and not _NAME_NEXT.match(sentence, m.end())
               for m in whole_word(noun).finditer(sentence))


# A capitalised name right after a noun, which the noun describes: "outlet Mediazona".
_NAME_NEXT = re.compile(r"\s+[A-Z]")


def _untitled_use(noun: str, sentence: str) -> bool:
    """For a title written in lower case: whether ``sentence`` uses it with no name after it
    ("a spokesman for the mayor said"), so a holder goes unnamed."""
    return any(not sentence[m.end():].lstrip()[:1].isupper()
               and not sentence[:m.start()].rstrip().lower().endswith("the")
               for m in whole_word(noun).finditer(sentence))


@lru_cache(maxsize=8)
def _vocabulary(
    registry: Registry, version: int
) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """entity -> (head nouns of its names and kind, every word of them), per registry version."""
    out: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
    for source in registry:
        heads: set[str] = set()
        known: set[str] = set()
        # A kind of several words names the entity only in full ("the news agency", "the
        # think tank"): a bare "agency" is the spy agency, not the AP.
        kind = [] if source.kind in _GENERIC_KINDS or " " in source.kind else [source.kind]
        for name in [source.entity, *source.aliases, *kind]:
            tokens = _WORD.findall(name.lower().replace("'s", "").replace("\u2019s", ""))
            if not tokens:
                continue
            known.update(tokens)
            cut = next((i for i, t in enumerate(tokens) if i and t in _PREPOSITIONS),
                       len(tokens))
            heads.add(tokens[cut - 1])
        out[source.entity] = (frozenset(heads), frozenset(known))
    return out


_CAPS_BEFORE = re.compile(r"(?<=\S)\s+((?:[A-Z][\w'\u2019.-]*\s+)+)$")
# "The Times of Israel": a name runs on through "of" into another one; "Austin, Texas": a
# town named after its state is no person.
_CAPS_AFTER = re.compile(r"(?:,|\s+of(?:\s+the)?)?(?:\s+[A-Z][\w'\u2019.-]*)+")


def names_in(registry: Registry, sentence: str) -> tuple[tuple[int, int, str], ...]:
    """Registry names in an earlier sentence that are not part of a longer name."""
    return _found(registry, registry.version, sentence)


@lru_cache(maxsize=2048)
def _found(registry: Registry, version: int, sentence: str) -> tuple[tuple[int, int, str], ...]:
    """Registry names in an earlier sentence, cached: it is context for several sentences.
    A name inside a longer capitalised name that resolves elsewhere is not that entity:
    "Times" in "the Global Times tabloid" or "The Times of Israel" is no New York Times (a
    sentence's first word is capitalised anyway, so it never lengthens a name)."""
    out = []
    for start, end, entity in registry.find(sentence):
        before = None if sentence[start:end][:4].lower() == "the " \
            else _CAPS_BEFORE.search(sentence, 0, start)
        if before is not None and before.group(1).rstrip().endswith(("'s", "\u2019s")):
            before = None  # "North Korea's Korean Central News Agency": an owner, no longer name
        after = _CAPS_AFTER.match(sentence, end)
        if before is not None or after is not None:
            longer = sentence[before.start(1) if before else start:after.end() if after else end]
            if registry.resolve(longer) != entity:
                continue
        out.append((start, end, entity))
    return tuple(out)
