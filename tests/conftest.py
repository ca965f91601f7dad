"""Shared fixtures: a database holding the bundled seeds, built the way a user's first run
builds it (bundled registry, seeds imported file by file in name order)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlite_utils

from extract import Registry, bundled_registry
from store.db import open_db
from tui.cli import import_seeds, open_store

SEED_COUNT = 23


@pytest.fixture
def seeded_path(tmp_path: Path) -> Path:
    path = tmp_path / "review.db"
    db = open_store(path)
    import_seeds(db)
    db.close()
    return path


@pytest.fixture
def seeded_db(seeded_path: Path) -> Iterator[sqlite_utils.Database]:
    db = open_db(seeded_path)
    yield db
    db.close()


@pytest.fixture(scope="session")
def reg() -> Registry:
    """The bundled registry, loaded once; no test may change it (tests that add sources
    build a Registry of their own)."""
    return bundled_registry()
