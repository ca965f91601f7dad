"""A write that fails (disk full, read-only database, locked too long) is told to the reviewer
at once, on screen, as an error; the sentence is not shown as decided and the screen does not
move on; nothing already saved is harmed.

SQLite errors are real where SQLite can be made to produce them: ``PRAGMA query_only`` gives
SQLITE_READONLY (the tests run as root, so chmod would not stop a write), and
``PRAGMA max_page_count`` gives SQLITE_FULL. Lock timeouts are simulated by a failing write.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from store import review
from store.db import describe, open_db
from tui.app import ReviewApp
from tui.screens.review import ReviewScreen

SIZE = (100, 30)


def errors(app: ReviewApp) -> list[str]:
    return [n.message for n in app._notifications if n.severity == "error"]


def decisions(path: Path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return conn.execute("SELECT id, sentence_seq, status FROM decisions ORDER BY id").fetchall()
    finally:
        conn.close()


def fill_to_the_brim(db) -> None:
    """Let the file grow no further: SQLITE_FULL on the next write that needs a page."""
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")


def test_disk_full_in_the_store_keeps_what_was_saved(seeded_path: Path):
    db = open_db(seeded_path)
    review.record_decision(db, 1, "accepted", [], "ann")
    review.record_decision(db, 2, "rejected", [], "ann")
    saved = decisions(seeded_path)
    fill_to_the_brim(db)
    with pytest.raises(sqlite3.OperationalError) as caught:
        review.record_decision(db, 3, "rejected", [], "ann", note="x" * 20_000)
    assert caught.value.sqlite_errorcode == sqlite3.SQLITE_FULL
    assert "disk is full" in describe(caught.value)
    assert not db.conn.in_transaction  # rolled back, the connection is usable
    assert review.get(db, 3).status == "pending"
    db.close()
    assert decisions(seeded_path) == saved


async def _press_and_fail(path: Path, key: str, break_it) -> tuple[ReviewApp, int, list[str]]:
    app = ReviewApp(path, reviewer="ann")
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        await pilot.press("R")  # one good decision first
        assert screen.sentence is not None
        before = screen.sentence.seq
        break_it(app)
        await pilot.press(key)
        await pilot.pause()
        after = screen.sentence
        assert after is not None and after.seq == before  # did not move on
        assert after.status == "pending"  # not shown as decided
        shown = errors(app)
    return app, before, shown


@pytest.mark.parametrize("key", ["R", "A"])
async def test_read_only_database_is_told_on_screen(seeded_path: Path, key: str):
    saved_before = None

    def read_only(app: ReviewApp) -> None:
        nonlocal saved_before
        saved_before = decisions(seeded_path)
        app.db.execute("PRAGMA query_only = ON")

    app, seq, shown = await _press_and_fail(seeded_path, key, read_only)
    assert shown and "Not saved" in shown[-1]
    assert decisions(seeded_path) == saved_before  # the first decision is untouched
    assert len(saved_before) == 1


async def test_disk_full_is_told_on_screen(seeded_path: Path, monkeypatch):
    def full(app: ReviewApp) -> None:
        fill_to_the_brim(app.db)
        # a decision needs a new page only sometimes; a long note makes sure it does
        original = review.record_decision

        def with_note(db, seq, status, attributions, reviewer, note=None, **kw):
            return original(db, seq, status, attributions, reviewer, "n" * 20_000, **kw)

        monkeypatch.setattr(review, "record_decision", with_note)

    app, seq, shown = await _press_and_fail(seeded_path, "R", full)
    assert shown and "full" in shown[-1]
    assert [d[1] for d in decisions(seeded_path)] == [1]


async def test_locked_database_is_told_on_screen(seeded_path: Path, monkeypatch):
    def locked(app: ReviewApp) -> None:
        def fail(*args, **kwargs):
            raise sqlite3.OperationalError("database is locked")

        monkeypatch.setattr(review, "record_decision", fail)

    app, seq, shown = await _press_and_fail(seeded_path, "R", locked)
    assert shown and "busy" in shown[-1] and "try again" in shown[-1]


async def test_failed_undo_is_told_and_keeps_the_decision(seeded_path: Path):
    app = ReviewApp(seeded_path, reviewer="ann")
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        await pilot.press("R")
        decided = screen.sentence.seq
        app.db.execute("PRAGMA query_only = ON")
        await pilot.press("u")
        await pilot.pause()
        assert screen.sentence.seq == decided  # still on the next sentence, nothing undone
        shown = errors(app)
    assert shown and "Not undone" in shown[-1]
    assert [(d[1], d[2]) for d in decisions(seeded_path)] == [(1, "rejected")]


async def test_after_the_failure_clears_the_same_key_saves(seeded_path: Path):
    app = ReviewApp(seeded_path, reviewer="ann")
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        app.db.execute("PRAGMA query_only = ON")
        await pilot.press("R")
        assert screen.sentence.seq == 1
        app.db.execute("PRAGMA query_only = OFF")
        await pilot.press("R")
        assert screen.sentence.seq == 2
    assert [(d[1], d[2]) for d in decisions(seeded_path)] == [(1, "rejected")]
