"""The source registry as stored in the database.

The database copy is the one in force: it starts as the bundled ``seeds/sources.toml``, grows
with ``--sources FILE`` and with entities reviewers type in the edit form, and is what the
extractor is given at import time.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

import sqlite_utils

from extract.registry import Registry, Source


def load_registry(db: sqlite_utils.Database) -> Registry:
    rows = db.execute("SELECT entity, kind, aliases FROM sources").fetchall()
    return Registry(Source(entity, kind, json.loads(aliases)) for entity, kind, aliases in rows)


def save_sources(db: sqlite_utils.Database, sources: Iterable[Source]) -> int:
    """Merge sources into the stored registry (aliases are added, never removed); returns how
    many entities were new."""
    registry = load_registry(db)
    before = len(registry)
    for source in sources:
        registry.add(source)
    with db.atomic():
        for source in registry:
            db.execute(
                "INSERT INTO sources (entity, kind, aliases) VALUES (?, ?, ?) "
                "ON CONFLICT(entity) DO UPDATE SET kind = excluded.kind, aliases = excluded.aliases",
                [source.entity, source.kind, json.dumps(source.aliases, ensure_ascii=False)],
            )
    return len(registry) - before


def add_alias(db: sqlite_utils.Database, entity: str, alias: str) -> None:
    """Teach the registry that ``alias`` names ``entity`` (creating the entity if new)."""
    save_sources(db, [Source(entity, "unknown", [alias] if alias and alias != entity else [])])
