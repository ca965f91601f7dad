"""Pronoun sources: keep "he" as the source words, but name who "he" is.

A reviewer accepts "he → Zelenskyy" at a glance; "he → he" needs an edit. The antecedent is
looked for where news puts it: an earlier source of the same sentence, then the sources and
sentence subjects of the preceding sentences, nearest first. "he"/"she" want a person,
"it" an organisation, "they" either (an organisation or a plural group); registry kinds decide
when the entity is known, the shape of the name when not. "who" is the name just before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extract.model import Attribution
from extract.registry import Registry

_PERSON_KINDS = frozenset({"person"})
_ORG_HEADS = frozenset(
    """ministry service council agency department party committee institute army military
    office commission bank company inc corp group post times news government administration
    pentagon kremlin court police forces force navy command staff university center centre
    foundation network campaign association union organization organisation board bureau
    agency intelligence regime cabinet parliament congress senate house white embassy
    coalition alliance nato un fund reuters ap yonhap cnn bbc nis isw cia fbi""".split()
)
_PLURAL_OK = re.compile(r"s$")
_NAME_RUN = re.compile(
    r"\b(?:(?:Mr|Mrs|Ms|Dr|Sen|Gen|Rep|Gov)\.\s+)?[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,3}"
)
_NOT_NAMES = frozenset(
    """The A An He She It They We I But And In On At When While If As After Before This That
    His Her Its Their However Meanwhile Still Now Then Also According Last Earlier Some Many
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday""".split()
)


def resolve_pronoun(
    att: Attribution,
    text: str,
    earlier: Sequence[Attribution],
    context: Sequence[str],
    registry: Registry | None,
) -> str | None:
    """The entity ``att.source`` (a pronoun) refers to, or None when nothing fits."""
    pronoun = att.source.lower()
    if pronoun in ("who", "which"):
        return _relative_antecedent(text, att.start, registry)
    if pronoun in ("i", "we", "you"):
        return None
    want = "person" if pronoun in ("he", "she", "him", "her") else "org" if pronoun == "it" else "any"
    for cand in reversed(earlier):
        if cand.end <= att.start and _fits(cand, want, registry):
            return cand.entity
    from extract.rules import context_sources  # late import: rules imports this module

    for sentence in reversed(context[-3:]):
        for cand in reversed(context_sources(sentence, registry)):
            if _fits(cand, want, registry):
                return cand.entity
        name = _subject_name(sentence, want, registry)
        if name is not None:
            return name
    return None


def _fits(cand: Attribution, want: str, registry: Registry | None) -> bool:
    low = cand.source.lower()
    if low in ("he", "she", "it", "they", "i", "we", "you", "who", "which"):
        # A resolved pronoun carries its entity; an unresolved one carries nothing useful.
        if cand.entity == cand.source:
            return False
        low_kind = "person" if low in ("he", "she") else "org" if low == "it" else "any"
        return want == "any" or low_kind in (want, "any")
    return _kind_of(cand.entity, cand.source, registry) in (want, "any") or want == "any"


def _kind_of(entity: str, words: str, registry: Registry | None) -> str:
    if registry is not None:
        kind = registry.kind(entity)
        if kind is not None and kind != "unknown":
            return "person" if kind in _PERSON_KINDS else "org"
    tokens = words.replace("\u2019", "'").split()
    if not tokens:
        return "any"
    head = tokens[-1].lower().strip(".,'")
    if head in _ORG_HEADS or head.endswith("'s") is False and words.isupper():
        return "org"
    if head.endswith("s") and not tokens[-1][:1].isupper():
        return "any"  # "officials", "researchers": plural people or a body
    if any(t[:1].isupper() for t in tokens):
        return "person"
    return "any"


def _subject_name(sentence: str, want: str, registry: Registry | None) -> str | None:
    """The first fitting name in an earlier sentence, as its likely subject ("Zelenskyy
    visited …"): registry names first, then capitalised name runs."""
    found: list[tuple[int, str, str]] = []
    if registry is not None:
        for start, _end, entity in registry.find(sentence):
            found.append((start, entity, _kind_of(entity, entity, registry)))
    for m in _NAME_RUN.finditer(sentence[:300]):
        words = m.group()
        first = words.split()[0]
        if first in _NOT_NAMES:
            words = words[len(first):].strip()
            if not words:
                continue
        entity = registry.resolve(words) if registry is not None else None
        found.append((m.start(), entity or words, _kind_of(entity or words, words, registry)))
    for _start, entity, kind in sorted(found, key=lambda f: f[0]):
        if kind == want or want == "any" or kind == "any":
            return entity
    return None


def _relative_antecedent(text: str, at: int, registry: Registry | None) -> str | None:
    """"Sen. Tom Cotton, who said …": the name before the comma."""
    before = text[:at].rstrip()
    if before.endswith(","):
        before = before[:-1]
    m = re.search(r"((?:[A-Z][\w.'\u2019-]*\s+){0,4}[A-Z][\w.'\u2019-]*)\s*$", before)
    if m is None:
        return None
    words = m.group(1)
    if registry is not None:
        return registry.resolve(words) or words
    return words
