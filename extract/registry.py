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

    def lookup(self, words: str) -> str | None:
        """The canonical entity for these words, or None when the registry does not know them."""
        return self._index.get(normalize(words))

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
