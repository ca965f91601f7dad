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
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+")
_SPACE = re.compile(r"\s+")


def normalize(words: str) -> str:
    """The key aliases are matched on: case, curly apostrophes, spacing and a leading article
    never decide whether two names are the same."""
    key = _SPACE.sub(" ", words.translate(_APOSTROPHES).strip().lower())
    key = key.strip(" ,.;:\"'()")
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
        # Bumped on every change so callers can cache what they derive from the registry.
        self.version = 0
        self._finder: tuple[int, re.Pattern[str] | None] | None = None
        # resolve() answers per span text, cleared on every change: the same sources ("he",
        # "officials", "Trump") come back sentence after sentence.
        self._resolved: dict[str, str | None] = {}
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
        # A new entity or kind changes answers too (not only a new alias).
        self.version += 1
        self._resolved.clear()
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
        hit = cache[words] = resolve_in(self._index, words)
        return hit

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """Known names in running text, (start, end, entity), longest alias first at each
        place: what the pronoun resolver scans earlier sentences with. The pattern is built
        once per registry version."""
        if self._finder is None or self._finder[0] != self.version:
            self._finder = (self.version, _compile_finder(self._index))
        pattern = self._finder[1]
        if pattern is None:
            return []
        out = []
        for m in pattern.finditer(text):
            entity = self._index.get(normalize(m.group()))
            if entity is not None:
                out.append((m.start(), m.end(), entity))
        return out

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
_SPLIT_PP = re.compile(r"\s+(?:of|for|at|from|with|in|by)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"^(.*?\S)['\u2019]s?\s+(\S+)$")
_ROLE_HEADS = frozenset(
    """spokesman spokeswoman spokesperson spokespeople official officials researchers researcher
    analysts analyst experts expert representative representatives aide aides source sources
    adviser advisers advisor advisors staff members team report reports assessment study
    analysis survey poll estimate estimates findings data figures statement""".split()
)


def _compile_finder(index: dict[str, str]) -> re.Pattern[str] | None:
    keys = sorted(index, key=len, reverse=True)
    if not keys:
        return None
    parts = []
    for key in keys:
        piece = re.escape(key).replace("'", "['\u2019]").replace(r"\ ", r"\s+")
        parts.append(piece)
    return re.compile(r"(?<!\w)(?:the\s+)?(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)


def resolve_in(index: dict[str, str], words: str) -> str | None:
    """Longest-known-alias matching over one span; see Registry.resolve."""
    hit = index.get(normalize(words))
    if hit is not None:
        return hit
    core = words.split(",", 1)[0]
    paren = _PAREN.search(core)
    if paren is not None:
        hit = index.get(normalize(paren.group(1)))
        if hit is not None:
            return hit
        core = _PAREN.sub("", core)
        hit = index.get(normalize(core))
        if hit is not None:
            return hit
    parts = _SPLIT_PP.split(core, maxsplit=1)
    head_part = parts[0]
    hit = _suffix_match(index, head_part)
    if hit is not None:
        return hit
    tokens = head_part.split()
    if tokens and tokens[-1].lower().strip(".,") in _ROLE_HEADS:
        # "Kremlin spokesman", "the agency's report": the owner speaks.
        owner = " ".join(tokens[:-1])
        poss = _POSSESSIVE.match(head_part)
        if poss is not None:
            owner = poss.group(1)
        if owner:
            hit = index.get(normalize(owner)) or _suffix_match(index, owner)
            if hit is not None:
                return hit
        if len(parts) > 1:
            return index.get(normalize(parts[1])) or _suffix_match(index, parts[1])
    return None


def _suffix_match(index: dict[str, str], words: str) -> str | None:
    """The longest alias that ends the span (titles and adjectives before a name drop off).
    A shorter piece must carry a capital letter: a bare common noun is never a name."""
    tokens = words.split()
    for i in range(1, len(tokens)):
        piece = " ".join(tokens[i:])
        if not any(c.isupper() for c in piece):
            continue
        hit = index.get(normalize(piece))
        if hit is not None:
            return hit
    return None


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
