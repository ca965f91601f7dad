"""Schema versions: a newer file is refused untouched; an older one is copied aside and
migrated forward in one transaction, so a failing statement leaves it exactly as it was.

The "older" database is the current schema, and the test adds a synthetic next version by
patching the migration list that store.db uses.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from store import db as store_db
from store.db import StoreError, open_db
from store.schema import MIGRATIONS, SCHEMA_VERSION
from tests.conftest import SEED_COUNT
from tui import cli

NEXT = SCHEMA_VERSION + 1


def raw(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path)


def columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]


def add_version(monkeypatch: pytest.MonkeyPatch, statements: list[str]) -> None:
    monkeypatch.setattr(store_db, "MIGRATIONS", {**MIGRATIONS, NEXT: statements})
    monkeypatch.setattr(store_db, "SCHEMA_VERSION", NEXT)


def test_newer_database_is_refused_and_left_alone(seeded_path: Path):
    conn = raw(seeded_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    before = seeded_path.read_bytes()
    with pytest.raises(StoreError, match="newer attribution-review"):
        open_db(seeded_path)
    result = CliRunner().invoke(cli.main, ["--db", str(seeded_path), "stats"])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "upgrade attribution-review" in result.stderr
    assert seeded_path.read_bytes() == before
    assert not list(seeded_path.parent.glob("*.bak-*"))


def test_older_database_is_backed_up_then_migrated(seeded_path: Path, monkeypatch):
    add_version(monkeypatch, [
        "ALTER TABLE sentences ADD COLUMN reading_level INTEGER",
        "CREATE TABLE trust_probe (x INTEGER)",
        "INSERT INTO trust_probe VALUES (42)",
    ])
    db = open_db(seeded_path)
    assert store_db.schema_version(db) == NEXT
    assert "reading_level" in [c.name for c in db["sentences"].columns]
    assert db.execute("SELECT x FROM trust_probe").fetchone() == (42,)
    assert db.execute("SELECT count(*) FROM sentences").fetchone()[0] == SEED_COUNT
    db.close()

    backup = seeded_path.with_name(f"{seeded_path.name}.bak-v{SCHEMA_VERSION}")
    assert backup.exists()
    old = raw(backup)
    assert old.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert old.execute("SELECT count(*) FROM sentences").fetchone()[0] == SEED_COUNT
    assert "reading_level" not in columns(old, "sentences")
    assert old.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    old.close()
    assert not list(seeded_path.parent.glob("*.part"))

    # Opening again does nothing more: no second backup.
    open_db(seeded_path).close()
    assert len(list(seeded_path.parent.glob("*.bak-*"))) == 1


def test_backup_holds_decisions_written_just_before(seeded_path: Path, monkeypatch):
    """Decisions in the WAL (not yet checkpointed) are in the backup too."""
    from store import review

    db = open_db(seeded_path)
    for seq in (1, 2, 3):
        review.record_decision(db, seq, "rejected", [], "ann")
    db.close()
    add_version(monkeypatch, ["CREATE TABLE trust_probe (x INTEGER)"])
    open_db(seeded_path).close()
    old = raw(seeded_path.with_name(f"{seeded_path.name}.bak-v{SCHEMA_VERSION}"))
    assert old.execute("SELECT count(*) FROM decisions").fetchone()[0] == 3
    old.close()


def test_failing_migration_changes_nothing(seeded_path: Path, monkeypatch):
    add_version(monkeypatch, [
        "CREATE TABLE half_done (x INTEGER)",
        "ALTER TABLE sentences ADD COLUMN reading_level INTEGER",
        "UPDATE status_counts SET n = n + 1000",
        "THIS IS NOT SQL",
    ])
    with pytest.raises(StoreError):
        open_db(seeded_path)
    conn = raw(seeded_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert "half_done" not in [r[0] for r in conn.execute("SELECT name FROM sqlite_master")]
    assert "reading_level" not in columns(conn, "sentences")
    assert conn.execute("SELECT sum(n) FROM status_counts").fetchone()[0] == SEED_COUNT
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
    # The backup stays; a second attempt keeps it and writes another beside it.
    with pytest.raises(StoreError):
        open_db(seeded_path)
    names = sorted(p.name for p in seeded_path.parent.glob("*.bak-*"))
    assert names == [f"review.db.bak-v{SCHEMA_VERSION}", f"review.db.bak-v{SCHEMA_VERSION}-2"]


def test_failing_migration_through_the_cli_is_one_line(seeded_path: Path, monkeypatch):
    add_version(monkeypatch, ["THIS IS NOT SQL"])
    result = CliRunner().invoke(cli.main, ["--db", str(seeded_path), "stats"])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and str(seeded_path) in result.stderr


def test_migration_done_by_another_process_is_not_repeated(seeded_path: Path, monkeypatch):
    """Two openers of an old file race: the loser finds it migrated once it holds the write
    lock and leaves it; a non-idempotent migration would fail loudly if it ran twice."""
    add_version(monkeypatch, ["CREATE TABLE trust_probe (x INTEGER)"])
    winner = store_db.connect(seeded_path)
    loser = store_db.connect(seeded_path)
    backup_copy = store_db.backup_copy

    def racing_backup(db, path, version):
        made = backup_copy(db, path, version)
        if db is loser:  # the other process migrates between our check and our lock
            store_db.migrate(winner, seeded_path)
        return made

    monkeypatch.setattr(store_db, "backup_copy", racing_backup)
    store_db.migrate(loser, seeded_path)  # CREATE TABLE twice would raise
    assert store_db.schema_version(loser) == NEXT
    winner.close()
    loser.close()
