"""Opening a database safely: WAL, a busy timeout, and a schema brought up to date.

Every connection goes through :func:`open_db` so that two reviewers on one file wait for each
other instead of crashing, and so that an old file is migrated (after a backup) and a newer
one is refused before anything touches it.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import sqlite_utils

from store.schema import MIGRATIONS, SCHEMA_VERSION

DEFAULT_DB = "attribution-review.db"
BUSY_TIMEOUT_MS = 10_000


class StoreError(Exception):
    """A database problem the user can act on; the message says what and where."""


def default_db_path() -> Path:
    return Path(os.environ.get("ATTRIBUTION_REVIEW_DB") or DEFAULT_DB)


def connect(path: str | Path) -> sqlite_utils.Database:
    """A connection with the pragmas every part relies on, and no schema work."""
    conn = sqlite3.connect(
        str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
    )
    db = sqlite_utils.Database(conn, execute_plugins=False)
    try:
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if str(path) != ":memory:":
            db.execute("PRAGMA journal_mode = WAL")
        # NORMAL in WAL mode: a committed transaction survives the process being killed;
        # only a power cut can lose the last few, and it costs no fsync per decision.
        db.execute("PRAGMA synchronous = NORMAL")
        db.execute("PRAGMA foreign_keys = ON")
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(f"{path}: not an attribution-review database ({exc})") from exc
    return db


def open_db(path: str | Path, *, create: bool = True) -> sqlite_utils.Database:
    """Open (creating if allowed) and migrate the database at ``path``."""
    path = Path(path) if str(path) != ":memory:" else path
    if isinstance(path, Path):
        if path.is_dir():
            raise StoreError(f"{path}: is a directory, not a database file")
        if not path.exists() and not create:
            raise StoreError(f"{path}: no such database")
    db = connect(path)
    try:
        migrate(db, path)
    except sqlite3.DatabaseError as exc:
        db.close()
        raise StoreError(f"{path}: not an attribution-review database ({exc})") from exc
    except StoreError:
        db.close()
        raise
    return db


def schema_version(db: sqlite_utils.Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: sqlite_utils.Database, path: str | Path) -> None:
    """Bring the schema to SCHEMA_VERSION in one transaction, after copying an existing file
    aside; refuse a file from a newer version rather than guess at it."""
    version = schema_version(db)
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{path}: written by a newer attribution-review (schema {version}, this version "
            f"understands up to {SCHEMA_VERSION}); upgrade attribution-review to open it"
        )
    if version == SCHEMA_VERSION:
        return
    if version == 0 and db.table_names():
        raise StoreError(f"{path}: is an SQLite database, but not an attribution-review one")
    if version > 0 and isinstance(path, Path) and path.exists():
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        backup = path.with_name(f"{path.name}.bak-v{version}")
        shutil.copy2(path, backup)
    with db.atomic():
        for target in range(version + 1, SCHEMA_VERSION + 1):
            for statement in MIGRATIONS[target]:
                db.execute(statement)
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
