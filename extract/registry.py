"""Source registry: canonical entities and the many ways news text names them.

The registry is data, not code: a TOML file (``seeds/sources.toml`` by default, extendable
with ``--sources FILE``) mirrored into the database's ``sources`` table, so a reviewer who
types a new entity in the edit form teaches every later proposal.

TOML shape::

    [[source]]
    entity = "NIS"
    kind = "agency"
    aliases = ["National Intelligence Service", "South Korea's spy agency"]
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from extract.cues import DATE_WORDS
from extract.places import DEMONYMS, US_STATE_NAMES
from extract.trie import alternation

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+")
_SPACE = re.compile(r"\s+")
# British and American spellings name the same body ("Ministry of Defence"): keys use the
# American one, and the finder accepts both. (american, british, regex atoms for either)
_SPELLINGS = (
    ("defense", "defence", [*"defen", "[cs]", "e"]),
    ("organization", "organisation", [*"organi", "[sz]", *"ation"]),
    ("center", "centre", [*"cent", "(?:er|re)"]),
)
_BRITISH = re.compile("|".join(uk for _us, uk, _either in _SPELLINGS))
_TO_AMERICAN = {uk: us for us, uk, _either in _SPELLINGS}


@lru_cache(maxsize=65536)
def normalize(words: str) -> str:
    """The key aliases are matched on: case, accents, curly apostrophes, spacing and a leading
    article never decide whether two names are the same. Cached: resolving one span
    normalizes each of its suffixes, and the same pieces ("Trump", "the Kremlin") recur span
    after span."""
    key = _SPACE.sub(" ", words.translate(_APOSTROPHES).replace("&nbsp;", " ").strip().lower())
    key = key.strip(" ,.;:\"'()")
    if not key.isascii():
        # "António Guterres" is the registry's "Antonio Guterres": accents never decide
        key = "".join(c for c in unicodedata.normalize("NFKD", key)
                      if not unicodedata.combining(c))
    if "nce" in key or "tre" in key or "isation" in key:
        key = _BRITISH.sub(lambda m: _TO_AMERICAN[m.group()], key)
    return _LEADING_ARTICLE.sub("", key)


@dataclass(slots=True)
class Source:
    entity: str
    kind: str = "unknown"
    aliases: list[str] = field(default_factory=list)


class Registry:
    """Maps normalized alias -> canonical entity. Lookups are O(1) dict hits so the extractor
    can try every candidate span it sees."""

    def __init__(self, sources: Iterable[Source] = ()) -> None:
        self._sources: dict[str, Source] = {}
        self._index: dict[str, str] = {}
        self._kinds: dict[str, str] = {}  # entity -> kind, what resolve_in reads
        self._words: tuple[int, frozenset[str]] | None = None  # every alias word, per version
        # Bumped on every change so callers can cache what they derive from the registry.
        self.version = 0
        self._finder: tuple[int, re.Pattern[str] | None] | None = None
        # resolve() answers per span text, cleared on every change: the same sources ("he",
        # "officials", "Trump") come back sentence after sentence.
        self._resolved: dict[str, str | None] = {}
        # find() answers per sentence, cleared likewise: a sentence is read again as context
        # for each of the next few, by the pronoun resolver and the document aliases.
        self._found: dict[str, tuple[tuple[int, int, str], ...]] = {}
        for source in sources:
            self.add(source)

    def add(self, source: Source) -> None:
        existing = self._sources.get(source.entity)
        if existing is None:
            existing = Source(source.entity, source.kind, [])
            self._sources[source.entity] = existing
            self._index.setdefault(normalize(source.entity), source.entity)
        elif source.kind != "unknown":
            existing.kind = source.kind
        self._kinds[source.entity] = existing.kind
        # A new entity or kind changes answers too (not only a new alias).
        self.version += 1
        self._resolved.clear()
        self._found.clear()
        _WORDS_CACHE.pop(id(self._index), None)
        for alias in source.aliases:
            self.add_alias(source.entity, alias)

    def add_alias(self, entity: str, alias: str) -> None:
        if entity not in self._sources:
            self.add(Source(entity))
        key = normalize(alias)
        if not key:
            return
        src = self._sources[entity]
        if alias not in src.aliases and alias != entity:
            src.aliases.append(alias)
        self._index[key] = entity
        self.version += 1
        self._resolved.clear()
        self._found.clear()
        _WORDS_CACHE.pop(id(self._index), None)

    def lookup(self, words: str) -> str | None:
        """The canonical entity for these words, or None when the registry does not know them."""
        return self._index.get(normalize(words))

    def resolve(self, words: str) -> str | None:
        """The entity a source span names, even when the span only contains a known alias:
        "Ukrainian President Volodymyr Zelenskyy", "Mr. Zelensky", "a spokesman for the
        Kremlin", "the Institute for the Study of War (ISW)". None when nothing in it is
        known. Only matches that end at the span's head count, so "Trump's campaign" is not
        Trump and "Kim Kardashian" is not Kim Jong Un."""
        cache = self._resolved
        if words in cache:
            return cache[words]
        if len(cache) > 50_000:
            cache.clear()
        if self._words is None or self._words[0] != self.version:
            self._words = (self.version, frozenset(
                w for alias in self._index for w in _CONTENT_WORD.findall(alias)
            ) - _FUNCTION_WORDS)
        if self._words[1].isdisjoint(_CONTENT_WORD.findall(normalize(words))):
            hit = cache[words] = None  # no word of any alias in it: nothing can match
            return hit
        hit = cache[words] = resolve_in(self._index, words, self._kinds)
        return hit

    def find(self, text: str) -> tuple[tuple[int, int, str], ...]:
        """Known names in running text, (start, end, entity), longest alias first at each
        place: what the pronoun resolver scans earlier sentences with. The pattern is built
        once per registry version."""
        cached = self._found.get(text)
        if cached is not None:
            return cached
        if len(self._found) > 4096:
            self._found.clear()
        if self._finder is None or self._finder[0] != self.version:
            self._finder = (self.version, _compile_finder(self._index))
        pattern = self._finder[1]
        out = []
        if pattern is not None:
            for m in pattern.finditer(text):
                entity = self._index.get(normalize(m.group()))
                if entity is not None:
                    out.append((m.start(), m.end(), entity))
        found = self._found[text] = tuple(out)
        return found

    def kind(self, entity: str) -> str | None:
        source = self._sources.get(entity)
        return source.kind if source else None

    def entities(self) -> list[str]:
        return sorted(self._sources, key=str.casefold)

    def aliases(self) -> Iterator[tuple[str, str]]:
        """(normalized alias, entity) pairs, longest alias first: what a span matcher wants."""
        return iter(sorted(self._index.items(), key=lambda kv: -len(kv[0])))

    def __iter__(self) -> Iterator[Source]:
        return iter(self._sources.values())

    def __len__(self) -> int:
        return len(self._sources)

    def __contains__(self, entity: object) -> bool:
        return entity in self._sources


_PAREN = re.compile(r"\s*\(([^()]{1,80})\)")
_SPLIT_PP = re.compile(r"\s+(?:of|for|at|from|with|in|by|to)\s+", re.IGNORECASE)
_PREPOSITIONS = frozenset("of for at from with in inside by to near".split())
_POSSESSIVE = re.compile(r"^(.*\S)['\u2019]s?\s+(\S.*)$")
_COORDINATION = re.compile(r"\s+(?:and|&)\s+")
_APPOSITIVE_LEAD = re.compile(r"^\s*(?:(?:also\s+)?known\s+as|or)\s+", re.IGNORECASE)
# Heads that stand for their owner: "a spokesman for the Kremlin", "the director of the NIS",
# "Russia's ambassador to the UN" (the owner speaks through them).
# Positions held in an organisation: the organisation speaks through them, a person does not
# ("Trump's campaign chairman" is someone else).
_POSITIONS = frozenset(
    """director directors head chief ambassador envoy secretary chairman chairwoman chair
    minister deputy""".split()
)
# What a body or person issues: "Putin's statement" is Putin's own, unlike his spokesman.
_ISSUED = frozenset(
    """report reports assessment study analysis survey poll estimate estimates findings data
    figures statement""".split()
)
# People who study a field: an owner before them must be a name ("ISW analyst", "RAND
# researchers"); lowercase words before them are the field ("military analyst"), so
# "Ukrainian military analyst X" is an analyst, not the Ukrainian military.
_STUDY_ROLES = frozenset(
    "researchers researcher analysts analyst experts expert".split()
)
_ROLE_HEADS = frozenset(
    """spokesman spokeswoman spokesperson spokespeople official officials representative
    representatives aide aides source sources adviser advisers advisor advisors staff members
    team""".split()
) | _POSITIONS | _ISSUED | _STUDY_ROLES
# Words between an owner and its role that are not part of the owner's name ("Pentagon press
# secretary", "Kremlin deputy spokesman").
_OWNER_TRAIL = frozenset("press deputy chief senior acting top main principal assistant vice".split())
_FORMER = frozenset({"former", "ex"})
# "a video released by X": a document, how it came out, then its author.
_DOCUMENTS = frozenset(
    """video videos footage statement statements report reports data figures document
    documents assessment estimates estimate photos images photo image map maps analysis
    transcript study survey poll findings tally""".split()
)
_AUTHORED = frozenset(
    """released published issued compiled produced posted shared provided prepared
    distributed conducted""".split()
)
# Adjectives news puts before a name or description without changing who is meant: "South
# Korea's main spy agency" is "South Korea's spy agency"; "the U.S.-based ISW" is "ISW".
_DROP_MODIFIERS = frozenset(
    """main top chief leading principal primary powerful influential prominent premier
    respected""".split()
)


# The states of the United States, in full and as news abbreviates them after a town
# ("Flint, Mich."): a name before one is a place.
_US_STATES = frozenset(normalize(w) for w in US_STATE_NAMES) | frozenset(
    normalize(w) for w in """ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass
    mich minn miss mo mont neb nev okla ore pa tenn tex vt va wash wis wyo d.c n.h n.j n.m
    n.y n.c n.d r.i s.c s.d w.va""".split())


_CONTENT_WORD = re.compile(r"[a-z0-9]+")
_FUNCTION_WORDS = frozenset("the a an of for and in on at to by s".split())


def _compile_finder(index: dict[str, str]) -> re.Pattern[str] | None:
    if not index:
        return None
    return re.compile(r"(?<!\w)(?:the\s+)?(?:" + alternation(map(_alias_atoms, index))
                      + r")(?!\w)", re.IGNORECASE)


# What a key's letters may be written as in running text: a curly apostrophe, any spacing,
# and either spelling of "defence", "organisation", "centre".
_ATOM = {"'": "['\u2019]", " ": r"\s+"}


def _alias_atoms(key: str) -> list[str]:
    atoms: list[str] = []
    at = 0
    while at < len(key):
        for us, _uk, spelt in _SPELLINGS:
            if key.startswith(us, at):
                atoms.extend(spelt)
                at += len(us)
                break
        else:
            atoms.append(_ATOM.get(key[at]) or re.escape(key[at]))
            at += 1
    return atoms


# A trailing place phrase: "… in Seoul", "… in the Ukrainian capital" is not.
_PLACE_AFTER = re.compile(r"\s+(?:in|at)\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)?\s*$")


def resolve_in(
    index: dict[str, str], words: str, kinds: Mapping[str, str] | None = None
) -> str | None:
    """Longest-known-alias matching over one span; see Registry.resolve. ``kinds`` (entity ->
    kind) lets "the ISW think tank" resolve: a known name followed by its own kind."""
    hit = index.get(normalize(words))
    if hit is not None:
        return hit
    core, _, appositive = words.partition(",")
    paren = _PAREN.search(core)
    if paren is not None:
        hit = index.get(normalize(paren.group(1)))
        if hit is not None:
            return hit
        core = _PAREN.sub("", core)
    hit = _resolve_core(index, core, kinds, 0, core == words)
    if hit is not None and kinds is not None and kinds.get(hit) == "person" \
            and _place_after(index, appositive, kinds):
        return None  # "Austin, Texas" is a city, not Lloyd Austin
    if hit is not None and kinds is not None and kinds.get(hit) != "person" \
            and _unknown_owner(index, core):
        # "Iran's Supreme National Security Council", "Australia's ABC": a body of a place
        # the registry does not know is not the known body of the same name
        return None
    if hit is None and (place := _PLACE_AFTER.search(core)) is not None:
        # "the Joint Chiefs of Staff in Seoul": where a known body sits is no part of its name
        hit = _resolve_core(index, core[:place.start()], kinds, 0)
    if hit is None and appositive.strip():
        # "Oleh Ivanenko, known as the SBU's spokesman": only a whole known name counts, so a
        # list ("officials, including Zelenskyy") is not taken for its last member.
        hit = index.get(normalize(_APPOSITIVE_LEAD.sub("", appositive)))
    return hit


def _unknown_owner(index: dict[str, str], core: str) -> bool:
    """Whether ``core`` opens with a capitalised possessor ("Iran's …") that no alias names,
    alone or owning something ("Denmark's intelligence service"). ("The North's official
    Korean Central News Agency": the country the story is about.)"""
    m = _OWNER.match(core)
    if m is None or m.group(1) in ("North", "South") or normalize(m.group(1)) in index:
        return False
    owned = normalize(m.group(1) + "'s") + " "
    return not any(alias.startswith(owned) for alias in index)


# A capitalised possessor opening a phrase: "Iran's", "the Kiel Institute's".
_OWNER = re.compile(r"\s*(?:[Tt]he\s+)?([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})['\u2019]s\s")


def _place_after(index: dict[str, str], appositive: str, kinds: Mapping[str, str]) -> bool:
    """Whether the piece after a name's comma is a state or a country, so that the name is
    a town in it ("Austin, Texas", "Lincoln, Neb.", "Bristol, England")."""
    words = appositive.strip().rstrip(",").strip()
    if not words[:1].isupper():
        return False
    if normalize(words) in _US_STATES:
        return True
    place = index.get(normalize(words))
    return place is not None and kinds.get(place) == "government"


def _resolve_core(
    index: dict[str, str],
    core: str,
    kinds: Mapping[str, str] | None,
    depth: int,
    looked_up: bool = False,
) -> str | None:
    """One noun phrase without appositive or parentheses. Each step is a way news wraps a
    name: the exact alias, coordination, a name containing a preposition after modifiers,
    titles before a name, a role noun standing for its owner, "the ISW think tank", "the
    Armed Forces of Ukraine" (= "Ukraine's armed forces"), "Pyongyang's state media"
    (= "North Korea's state media"); then the same again without adjectives like "main"."""
    hit = None if looked_up else index.get(normalize(core))
    if hit is not None or depth > 2:
        return hit
    coord = _COORDINATION.search(core)
    if coord is not None and not _alias_spans_and(index, normalize(core)):
        # "Zelenskyy and Sybiha", "the NIS and Ukraine's military intelligence": a joined
        # subject is two sources, not the last one named; it is one entity only when both
        # sides name the same one.
        left = _resolve_core(index, core[:coord.start()], kinds, depth + 1)
        right = _resolve_core(index, core[coord.end():], kinds, depth + 1)
        if left == right:
            return left
        return None
    tokens = core.split()
    if not tokens:
        return None
    lows = [t.lower() for t in tokens]
    if len(tokens) > 2 and lows[-1] in _ROLE_HEADS and lows[-1] not in _STUDY_ROLES \
            and not _FORMER.intersection(lows) \
            and (owner := index.get(normalize(" ".join(tokens[:-1])))) is not None \
            and not _someone_else(owner, lows[-1], kinds):
        return owner  # "A Joint Chiefs of Staff official": a whole known name, its "of" too
    prep = next((i for i in range(1, len(tokens)) if lows[i] in _PREPOSITIONS), len(tokens))
    if prep < len(tokens):
        # A name with a preposition inside, after modifiers: "the Washington-based think tank
        # Institute for the Study of War". The piece must start before the preposition, so
        # "sources close to the Kremlin" is not the Kremlin.
        hit = _suffix_match(index, " ".join(tokens), stop=prep, kinds=kinds)
        if hit is not None:
            return hit
    head = tokens[:prep]
    hit = _suffix_match(index, " ".join(head), kinds=kinds)
    if hit is not None:
        if prep < len(tokens) and _longer_name(index, tokens, lows, prep, hit, kinds):
            # "The Times of Israel", "the Bank of England": the name runs on through "of"
            # into another, longer one; only "the Armed Forces of Ukraine" (the alias "Ukraine's
            # armed forces") is the same body.
            owner = " ".join(tokens[prep + 1:])
            return index.get(normalize(f"{owner}'s {normalize(' '.join(head))}"))
        return hit
    hit = _titled_name_owner(index, head, kinds)
    if hit is not None:
        return hit
    if lows[prep - 1].strip(".,") in _ROLE_HEADS:
        # "Kremlin spokesman", "Russia's ambassador to the UN", "the director of the NIS": the
        # owner speaks; a possessive owner before the role wins over the object after it.
        role = lows[prep - 1].strip(".,")
        head_text = " ".join(head)
        poss = _POSSESSIVE.match(head_text)
        if poss is not None:
            owner = poss.group(1)
            if index.get(normalize(" ".join(head[:-1]))) is not None:
                owner = " ".join(head[:-1])  # "South Korea's defense ministry spokesman"
        elif role in _STUDY_ROLES:
            owner = " ".join(_drop_field(head[:-1]))
        else:
            owner = " ".join(_without_posting(index, head[:-1], role))
        if _FORMER.intersection(lows[:prep]):
            return None  # "a former Kremlin adviser" no longer speaks for the Kremlin
        if owner:
            hit = _resolve_core(index, owner, kinds, depth + 1)
            if hit is not None:
                return None if _someone_else(hit, role, kinds) \
                    or _field_of_study(hit, role, kinds, owner) else hit
        if prep < len(tokens) and role in _ISSUED and lows[prep] == "for":
            return None  # "A YouGov poll for The Times": the client, not the author
        if prep < len(tokens) and role in ("ambassador", "envoy") and lows[prep] in ("to", "for"):
            # "the North Korean ambassador to Moscow" speaks for Pyongyang, "the
            # president-elect's envoy for Ukraine" for the president-elect
            return None
        if prep < len(tokens) and lows[prep] in ("in", "inside") and (
                role in _STUDY_ROLES or role in ("source", "sources")):
            # "officials in Seoul" serve its government; "analysts in Moscow", "sources
            # inside North Korea" only live or work there
            return None
        if prep < len(tokens):
            # "an aide to Kim" is someone else; a capitalised title before a name is that
            # person's own ("Secretary of State Tony Blinken").
            hit = _resolve_core(index, " ".join(tokens[prep + 1:]), kinds, depth + 1)
            if hit is None or tokens[prep - 1][:1].isupper():
                return hit
            return None if _someone_else(hit, role, kinds) else hit
        return None
    if prep + 1 < len(tokens) and lows[prep] == "by" and prep >= 2 and \
            lows[prep - 1] in _AUTHORED and lows[prep - 2] in _DOCUMENTS:
        # "a video released by the SBU", "figures compiled by the ministry": the author.
        return _resolve_core(index, " ".join(tokens[prep + 1:]), kinds, depth + 1)
    hit = _named_kind(index, head, kinds)
    if hit is not None:
        return hit
    if prep < len(tokens) and lows[prep] == "of":
        # "the Armed Forces of Ukraine" is "Ukraine's armed forces".
        owner = " ".join(tokens[prep + 1:])
        hit = index.get(normalize(f"{owner}'s {normalize(' '.join(head))}"))
        if hit is not None:
            return hit
    hit = _same_owner(index, " ".join(head))
    if hit is not None:
        return hit
    last = lows[-1]
    if last.endswith("s") and not last.endswith("ss") and len(last) > 3:
        # "South Korea's intelligence services": the plural of a singular name ("the
        # Trumps" are a family, not Donald Trump).
        hit = index.get(normalize(core)[:-1])
        if hit is not None and (kinds is None or kinds.get(hit) != "person"):
            return hit
    if _DROP_MODIFIERS.isdisjoint(lows) and not any(t.endswith("-based") for t in lows):
        return None
    kept = [
        t for i, t in enumerate(tokens)
        if not (i + 1 < len(tokens) and lows[i + 1] not in _PREPOSITIONS
                and (lows[i] in _DROP_MODIFIERS or lows[i].endswith("-based")))
    ]
    if len(kept) < len(tokens):
        return _resolve_core(index, " ".join(kept), kinds, depth + 1)
    return None


def _longer_name(
    index: dict[str, str],
    tokens: list[str],
    lows: list[str],
    prep: int,
    hit: str,
    kinds: Mapping[str, str] | None,
) -> bool:
    """Whether a name before "of" carries on as a capitalised name after it: a body's alias
    is then only the start of another body's name. A person stays themselves ("Putin of
    Russia"); a date ("the Times of Tuesday") or a known person after "of" ("the Kremlin of
    Vladimir Putin") is what the name is of, not more of it."""
    if lows[prep] != "of" or prep + 1 >= len(tokens) or kinds is None \
            or kinds.get(hit) == "person":
        return False
    after = prep + 2 if lows[prep + 1] == "the" and prep + 2 < len(tokens) else prep + 1
    if not tokens[after][:1].isupper() or lows[after].strip(".,") in DATE_WORDS:
        return False
    rest = " ".join(tokens[after:])
    owner = index.get(normalize(rest)) or _suffix_match(index, rest)
    return owner is None or kinds.get(owner) != "person"


def _alias_spans_and(index: dict[str, str], key: str) -> bool:
    """Whether a known alias with "and" in it lies in ``key`` ("Bosnia and Herzegovina")."""
    return any((" and " in alias or " & " in alias) and alias in key for alias in index)


def _titled_name_owner(
    index: dict[str, str], head: list[str], kinds: Mapping[str, str] | None
) -> str | None:
    """"NIS Director Cho Tae-yong", "Pentagon press secretary Pat Ryder": an organisation, a
    role, then a name the registry does not know; the organisation speaks. A person before the
    role is not the speaker ("Trump adviser Steve Bannon")."""
    for k in range(1, len(head) - 1):
        if head[k].lower() not in _ROLE_HEADS or not head[k + 1][:1].isupper():
            continue
        owner = head[:k]
        if _FORMER.intersection(t.lower() for t in owner):
            return None
        while len(owner) > 1 and owner[-1].lower() in _OWNER_TRAIL:
            owner = owner[:-1]
        owner = _without_posting(index, owner, head[k].lower())
        if head[k].lower() in _STUDY_ROLES:
            owner = _drop_field(owner)
            if not owner:
                return None  # "Ukrainian military analyst Oleksandr Kovalenko"
        words = " ".join(owner)
        hit = index.get(normalize(words)) or _suffix_match(index, words)
        if hit is not None and (kinds is None or kinds.get(hit) != "person") \
                and not _field_of_study(hit, head[k].lower(), kinds, words):
            return hit
        return None
    return None


# Roles held at a body on another's behalf: "Russia's UN ambassador" serves Russia.
_POSTED = frozenset("ambassador ambassadors envoy envoys representative representatives".split())


def _without_posting(index: dict[str, str], owner: list[str], role: str) -> list[str]:
    """The owner of an envoy without the body or country the envoy is posted to: "Russia's
    UN", "US Ukraine", "UNICEF Ukraine" before "ambassador", "envoy" or "representative" are
    Russia's, the US's and UNICEF's (where "UN ambassador" alone stays the UN's)."""
    if role not in _POSTED:
        return owner
    for j in range(1, len(owner)):
        if owner[j - 1][:1].isupper() and index.get(normalize(" ".join(owner[j:]))) is not None:
            return owner[:j]
    return owner


def _field_of_study(
    entity: str, role: str, kinds: Mapping[str, str] | None, owner: str
) -> bool:
    """Whether a country's bare name before a study role is what is studied, not who
    employs the student: "North Korea expert Victor Cha", "a Russia analyst" speak for
    themselves, where "ISW analysts" and "South Korean government analysts" speak for their
    employer."""
    return role in _STUDY_ROLES and kinds is not None and kinds.get(entity) == "government" \
        and all(w[:1].isupper() for w in owner.split() if w.lower() not in ("a", "an", "the"))


def _someone_else(entity: str, role: str, kinds: Mapping[str, str] | None) -> bool:
    """Whether a role of ``entity`` is held by another speaker: a person's spokesman, aide,
    adviser, envoy or chief of staff speaks for themselves ("Yoon's national security adviser"
    is not Yoon); only what a person issues ("Putin's statement") stays theirs. A body's
    people speak for the body ("Kremlin spokesman", "NIS official")."""
    return kinds is not None and kinds.get(entity) == "person" and role not in _ISSUED


def _drop_field(owner: list[str]) -> list[str]:
    """The owner before a study role without the lowercase field words that end it:
    "ISW military" → "ISW", "Ukrainian military" → "Ukrainian" (an adjective, no owner)."""
    end = len(owner)
    while end and owner[end - 1][:1].islower() and not owner[end - 1].endswith("'s"):
        end -= 1
    return owner[:end]


def _named_kind(
    index: dict[str, str], head: list[str], kinds: Mapping[str, str] | None
) -> str | None:
    """"The ISW think tank", "the NIS spy agency": a known name followed by lower-case words
    naming its kind. Other words after a name make something else ("the Trump campaign")."""
    if kinds is None:
        return None
    j = len(head)
    while j > 1 and head[j - 1].islower():
        j -= 1
    if j == len(head) or j == 0:
        return None
    name = " ".join(head[:j])
    hit = index.get(normalize(name)) or _suffix_match(index, name)
    if hit is None:
        return None
    kind = kinds.get(hit, "unknown").lower()
    tail = " ".join(head[j:]).lower()
    if tail == kind or tail.split()[-1] == kind.split()[-1] and kind != "unknown":
        return hit
    if any(known == hit and alias.endswith(" " + tail) for alias, known in index.items()):
        return hit  # "the SBU security service": the words another alias ends with
    return None


def _same_owner(index: dict[str, str], words: str) -> str | None:
    """"Pyongyang's state media" is "North Korea's state media": a possessive owner may be
    named by any alias of its entity."""
    poss = _POSSESSIVE.match(words)
    if poss is None:
        return None
    owner, rest = poss.group(1), poss.group(2)
    entity = index.get(normalize(owner)) or _suffix_match(index, owner)
    if entity is None:
        return None
    for alias, known in index.items():
        if known == entity and "'" not in alias:
            hit = index.get(normalize(f"{alias}'s {rest}"))
            if hit is not None:
                return hit
    return None


def _suffix_match(index: dict[str, str], words: str, stop: int | None = None,
                  kinds: Mapping[str, str] | None = None) -> str | None:
    """The longest alias that ends the span (titles and adjectives before a name drop off),
    starting before token ``stop`` when given. A shorter piece must carry a capital letter: a
    bare common noun is never a name. In text with no capitals at all (lower-cased by some
    pipeline) a piece of two words or more still names: "ukrainian president volodymyr
    zelenskiy"."""
    tokens = words.split()
    uncased = words.islower()
    for i in range(1, len(tokens) if stop is None else min(stop, len(tokens))):
        piece = " ".join(tokens[i:])
        if not any(c.isupper() for c in piece) and not (uncased and len(tokens) - i >= 2):
            continue
        hit = index.get(normalize(piece))
        if hit is not None:
            if i == len(tokens) - 1 and _other_given_name(index, tokens[i - 1], hit):
                return None  # "Melania Trump" is not Donald Trump
            if i == len(tokens) - 1 and len(tokens[i - 1]) >= 3 and tokens[i - 1].isalpha() \
                    and tokens[i - 1].isupper() and tokens[i - 1] != "USA":
                return None  # "PEN Ukraine", "UNICEF Ukraine": a body's branch in the country
            if kinds is not None and kinds.get(hit) != "person" and i < len(tokens) - 1 \
                    and tokens[i - 1].lower() in DEMONYMS and tokens[i - 1][:1].isupper() \
                    and tokens[i - 1].lower() not in _entity_words(index).get(hit, ()):
                # "the Japanese Joint Chiefs of Staff", "the Iranian Security Council": another
                # country's body of the same generic name (a one-word name is no generic one:
                # "the Russian Kremlin")
                return None
            return hit
    return None


def _other_given_name(index: dict[str, str], before: str, entity: str) -> bool:
    """A capitalised word right before a bare surname that none of the entity's own names
    contain ("Melania" before "Trump", but not "Volodymyr" before "Zelensky" nor "President"
    before "Trump"): a different person of the same surname."""
    if not before[:1].isupper() or not before.isalpha() or before.isupper() \
            or before.lower() in _NOT_GIVEN:
        return False
    low = before.lower()
    words = _entity_words(index).get(entity, frozenset())
    # "Dmitri" for "Dmitry": a spelling of the same given name shares its first letters.
    return low not in words and not any(len(w) >= 4 and w[:4] == low[:4] for w in words)


_NOT_GIVEN = frozenset(
    """president presidents senator sen rep gov governor minister secretary general gen
    chancellor premier leader chief director spokesman spokeswoman mr mrs ms dr former
    prime acting deputy vice mayor judge justice ambassador envoy commander colonel
    lieutenant admiral captain sergeant major king queen prince princess pope sheikh
    the a an""".split()
)


def _entity_words(index: dict[str, str]) -> dict[str, frozenset[str]]:
    """Every word of every alias, per entity, for the index as it is now. The entry holds
    the index itself, so a later dict can never take its id; Registry drops the entry
    whenever it changes the index (a remapped alias keeps the length the same)."""
    cached = _WORDS_CACHE.get(id(index))
    if cached is not None and cached[0] is index:
        return cached[1]
    words: dict[str, set[str]] = {}
    for alias, entity in index.items():
        words.setdefault(entity, set()).update(alias.split())
    frozen = {entity: frozenset(ws) for entity, ws in words.items()}
    _WORDS_CACHE[id(index)] = (index, frozen)
    return frozen


_WORDS_CACHE: dict[int, tuple[dict[str, str], dict[str, frozenset[str]]]] = {}


class RegistryError(ValueError):
    """A registry file that cannot be used; the message names the file."""


def load_registry(path: str | Path) -> Registry:
    return Registry(read_sources(path))


def read_sources(path: str | Path) -> list[Source]:
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise RegistryError(f"{path}: no such file") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise RegistryError(f"{path}: not a valid TOML registry: {exc}") from exc
    entries = data.get("source", [])
    if not isinstance(entries, list):
        raise RegistryError(f"{path}: expected [[source]] tables")
    sources = []
    for n, entry in enumerate(entries, 1):
        if not isinstance(entry, dict) or not isinstance(entry.get("entity"), str):
            raise RegistryError(f"{path}: source #{n} has no 'entity' string")
        aliases = entry.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise RegistryError(f"{path}: source {entry['entity']!r}: 'aliases' must be strings")
        sources.append(Source(entry["entity"], str(entry.get("kind", "unknown")), list(aliases)))
    return sources


def seeds_dir() -> Path:
    """Where the bundled seeds live: inside the package when installed from a wheel, at the
    project's top level in a checkout or editable install."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "seeds", here.parent / "seeds"):
        if (candidate / "sources.toml").is_file():
            return candidate
    raise RegistryError("the bundled seeds/ folder is missing from this installation")


def bundled_registry() -> Registry:
    return load_registry(seeds_dir() / "sources.toml")
