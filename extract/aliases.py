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

from extract.registry import Registry

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
    congresswoman lawmaker opposition candidate nominee widow""".split()
)
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
_DESCRIPTION = re.compile(r"^[Tt]he((?:\s+[a-z][a-z-]*){1,3})$")
_PREPOSITIONS = frozenset("of for at from with in by to on".split())
_WORD = re.compile(r"[a-z]+")


def document_alias(source: str, context: Sequence[str], registry: Registry | None) -> str | None:
    """The entity ``source`` names given the earlier sentences of its document (nearest last),
    or None when they do not tell: a definite description whose words fit exactly one entity
    named earlier, an acronym the document defined, or the nearest earlier full name ending
    (or, for a Korean name, starting) with the source's surname."""
    description = _DESCRIPTION.match(source)
    if description is not None:
        if registry is None:
            return None
        return _described_entity(description.group(1).split(), context[-30:], registry)
    words = source.split()
    last = words[-1] if words else ""
    if not last[:1].isupper():
        return None
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


def _full_name(surname: str, sentence: str) -> str | None:
    """The first full name in ``sentence`` with this surname (a sentence's first name is
    most often its subject; later ones are appositives: "Patricia Smith, mother of Sean
    Smith"): "Park Sun-won" (surname first, as Korean names are written) or "Dmitry Peskov"
    (surname last)."""
    name = re.escape(surname)
    found: list[tuple[int, str]] = []
    if surname.lower() in _KOREAN_SURNAMES:
        for m in re.finditer(r"\b" + name + _KOREAN_GIVEN, sentence):
            if "-" in m.group() or _HEADLINE_AFTER.match(sentence, m.end()) is None:
                found.append((m.start(), m.group()))
    for m in re.finditer(
        r"\b((?:[A-Z][a-z\u00c0-\u024f'\u2019-]+ ){1,2})" + name + r"\b", sentence
    ):
        given = m.group(1).split()
        if _HEADLINE_AFTER.match(sentence, m.end()) is not None:
            given = given[-1:]  # "Calls Out Ted Cruz For …": only the word before is a name
        for i in range(len(given) - 1, -1, -1):
            if given[i].lower() in _NOT_FIRST_NAMES:
                given = given[i + 1:]  # "President François Hollande"
                break
        if given:
            found.append((m.start(), " ".join([*given, surname])))
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
    fits: set[str] = set()
    rivals = False
    for sentence in context:
        spans = _found(registry, registry.version, sentence)
        for _start, _end, entity in spans:
            heads, known = vocab.get(entity, (frozenset(), frozenset()))
            if head in heads and all(w in known for w in modifiers):
                fits.add(entity)
        for m in re.finditer(r"\b" + re.escape(head.capitalize()) + r"\b", sentence):
            if not any(s <= m.start() < e for s, e, _ in spans):
                rivals = True
    if len(fits) == 1 and not rivals:
        return fits.pop()
    return None


@lru_cache(maxsize=8)
def _vocabulary(
    registry: Registry, version: int
) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """entity -> (head nouns of its names and kind, every word of them), per registry version."""
    out: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
    for source in registry:
        heads: set[str] = set()
        known: set[str] = set()
        kind = [] if source.kind in _GENERIC_KINDS else [source.kind]
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


@lru_cache(maxsize=2048)
def _found(registry: Registry, version: int, sentence: str) -> tuple[tuple[int, int, str], ...]:
    """Registry names in an earlier sentence, cached: it is context for several sentences."""
    return tuple(registry.find(sentence))
