"""Opening a database safely: WAL, a busy timeout, and a schema brought up to date.

Every connection goes through :func:`open_db` so that two reviewers on one file wait for each
other instead of crashing, and so that an old file is migrated (after a backup) and a newer
one is refused before anything touches it.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from store.schema import MIGRATIONS, SCHEMA_VERSION

DEFAULT_DB = "attribution-review.db"
BUSY_TIMEOUT_MS = 10_000


class StoreError(Exception):
    """A database problem the user can act on; the message says what and where."""


def default_db_path() -> Path:
    return Path(os.environ.get("ATTRIBUTION_REVIEW_DB") or DEFAULT_DB)


def describe(exc: sqlite3.Error) -> str:
    """What an SQLite error means for the person at the keyboard, in a few words."""
    text = str(exc)
    code = getattr(exc, "sqlite_errorcode", None)
    lowered = text.lower()
    if "not a database" in lowered:
        return "not an SQLite database (is this the right file?)"
    if "malformed" in lowered or code == sqlite3.SQLITE_CORRUPT:
        return "the database file is damaged (SQLite says: database disk image is malformed)"
    if "readonly" in lowered or "read-only" in lowered or code == sqlite3.SQLITE_READONLY:
        return "the database is read-only (check the file's and its folder's permissions)"
    if "disk is full" in lowered or code == sqlite3.SQLITE_FULL:
        return "the disk is full (or the database reached its size limit)"
    if "locked" in lowered or "busy" in lowered:
        return "the database is busy (another program is writing to it); try again"
    if "unable to open" in lowered or code == sqlite3.SQLITE_CANTOPEN:
        return "cannot open the database file (check the path and permissions)"
    return f"database error: {text}"


def connect(path: str | Path) -> sqlite_utils.Database:
    """A connection with the pragmas every part relies on, and no schema work."""
    try:
        conn = sqlite3.connect(
            str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
        )
    except sqlite3.Error as exc:
        raise StoreError(f"{path}: {describe(exc)}") from exc
    db = sqlite_utils.Database(conn, execute_plugins=False)
    try:
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # Reading the schema first finds a damaged or foreign file at open, with a clear
        # message, before anything (even the journal mode) is changed in it.
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if schema_version(db) == 0 and db.table_names():
            conn.close()
            raise StoreError(f"{path}: is an SQLite database, but not an attribution-review one")
        if str(path) != ":memory:":
            db.execute("PRAGMA journal_mode = WAL")
        # NORMAL in WAL mode: a committed transaction survives the process being killed;
        # only a power cut can lose the last few, and it costs no fsync per decision.
        db.execute("PRAGMA synchronous = NORMAL")
        db.execute("PRAGMA foreign_keys = ON")
    except sqlite3.Error as exc:
        conn.close()
        raise StoreError(f"{path}: {describe(exc)}") from exc
    return db


@contextmanager
def write_transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """A short write transaction that takes the write lock up front (``BEGIN IMMEDIATE``).

    A DEFERRED transaction that reads and then writes can fail at once with SQLITE_BUSY,
    without waiting, when another process committed in between (its snapshot is stale);
    taking the lock first means the busy timeout applies and the write simply waits its turn.
    Inside an open transaction it nests as a savepoint (``db.atomic()``).
    """
    conn = db.conn
    if conn.in_transaction:
        with db.atomic():
            yield db
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    try:
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


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
    except sqlite3.Error as exc:
        db.close()
        raise StoreError(f"{path}: {describe(exc)}") from exc
    except StoreError:
        db.close()
        raise
    return db


def schema_version(db: sqlite_utils.Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: sqlite_utils.Database, path: str | Path) -> None:
    """Bring the schema to SCHEMA_VERSION in one transaction, after copying an existing file
    aside; refuse a file from a newer version rather than guess at it.

    The copy is taken with SQLite's backup API (a consistent snapshot even while another
    process writes) into a temporary name that is renamed when complete, so a crash never
    leaves a half-written backup under the real name. The migration then runs under the write
    lock and checks the version again, so two processes opening an old file at once migrate
    it once. Every statement, and the version bump, commit together or not at all.
    """
    version = _check_version(db, path)
    if version == SCHEMA_VERSION:
        return
    if version > 0 and isinstance(path, Path) and path.exists():
        backup_copy(db, path, version)
    with write_transaction(db):
        version = _check_version(db, path)
        if version == SCHEMA_VERSION:
            return  # another process migrated it while we waited for the lock
        for target in range(version + 1, SCHEMA_VERSION + 1):
            for statement in MIGRATIONS[target]:
                db.execute(statement)
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _check_version(db: sqlite_utils.Database, path: str | Path) -> int:
    version = schema_version(db)
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{path}: written by a newer attribution-review (schema {version}, this version "
            f"understands up to {SCHEMA_VERSION}); upgrade attribution-review to open it"
        )
    if version == 0 and db.table_names():
        raise StoreError(f"{path}: is an SQLite database, but not an attribution-review one")
    return version


def backup_copy(db: sqlite_utils.Database, path: Path, version: int) -> Path:
    """Copy the database beside itself as ``NAME.bak-vVERSION`` (never over an earlier
    backup, which may be the only copy of older data) and return the copy's path."""
    backup = path.with_name(f"{path.name}.bak-v{version}")
    n = 1
    while backup.exists():
        n += 1
        backup = path.with_name(f"{path.name}.bak-v{version}-{n}")
    partial = backup.with_name(backup.name + ".part")
    target = sqlite3.connect(str(partial))
    try:
        db.conn.backup(target)
    except sqlite3.Error as exc:
        target.close()
        partial.unlink(missing_ok=True)
        raise StoreError(f"{path}: could not back up before migrating ({describe(exc)})") from exc
    except OSError as exc:
        target.close()
        partial.unlink(missing_ok=True)
        raise StoreError(f"{path}: could not back up before migrating ({exc})") from exc
    target.close()
    os.replace(partial, backup)
    return backup
