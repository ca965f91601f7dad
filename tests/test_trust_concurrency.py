"""Two reviewers, two processes, one database file, deciding as fast as they can.

Each worker, before choosing a sentence, reads in one snapshot the newest decision id it can
see (its watermark) and the next pending sentence; then it records a decision and prints it.
Every few decisions it undoes its last one (a read followed by a write). The test then checks:
no worker crashed ("database is locked" or anything else), every printed decision is in the
database exactly once, and no worker ever chose a sentence the other had already decided in
the snapshot it chose from: each sees the other's decisions when moving on.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from store import importers, review
from store.db import open_db, write_transaction
from store.sources import load_registry
from tui.cli import open_store

SENTENCES = 600
WORKER = r"""
import json, sys
from store import review
from store.db import open_db

path, reviewer = sys.argv[1], sys.argv[2]
db = open_db(path)
print("ready", flush=True)
sys.stdin.readline()
after, made, count = 0, [], 0
while True:
    with db.atomic():  # one read snapshot for the watermark and the choice
        watermark = db.execute("SELECT coalesce(max(id), 0) FROM decisions").fetchone()[0]
        sentence = review.first_pending(db, after=after)
    if sentence is None:
        break
    status = "accepted" if sentence.seq % 2 else "rejected"
    decision = review.record_decision(db, sentence.seq, status, [], reviewer)
    print(json.dumps({"id": decision, "seq": sentence.seq, "watermark": watermark}), flush=True)
    made.append(decision)
    after = sentence.seq
    count += 1
    if count % 9 == 0:
        undo_id = made.pop()
        seq = review.undo(db, undo_id)
        print(json.dumps({"undo": undo_id, "seq": seq}), flush=True)
db.close()
"""




def test_two_reviewers_at_once_lose_and_duplicate_nothing(tmp_path: Path):
    path = tmp_path / "shared.db"
    source = tmp_path / "many.txt"
    source.write_text(
        "".join(f"Sentence number {i} was said by an official.\n" for i in range(SENTENCES)),
        encoding="utf-8",
    )
    db = open_store(path)
    importers.import_file(db, source, load_registry(db))
    db.close()

    script = tmp_path / "worker.py"
    script.write_text(WORKER, encoding="utf-8")
    workers = {
        name: subprocess.Popen(
            [sys.executable, str(script), str(path), name],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for name in ("ann", "bob")
    }
    for proc in workers.values():
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    for proc in workers.values():
        assert proc.stdin is not None
        proc.stdin.write("go\n")
        proc.stdin.flush()
    outputs = {name: proc.communicate(timeout=300) for name, proc in workers.items()}
    for name, proc in workers.items():
        out, err = outputs[name]
        assert proc.returncode == 0, f"{name} crashed:\n{err}"
        assert err == ""

    printed = {name: [json.loads(line) for line in out[0].splitlines()] for name, out in outputs.items()}
    db = open_db(path)
    try:
        rows = db.execute(
            "SELECT id, sentence_seq, reviewer, undoes, status FROM decisions"
        ).fetchall()
        by_id = {r[0]: r for r in rows}
        made = seen = 0
        for name, events in printed.items():
            for event in events:
                key = event.get("id") or event.get("undo")
                assert key in by_id  # nothing printed as committed is missing
                if "id" in event:
                    made += 1
                    assert by_id[event["id"]][1:3] == (event["seq"], name)
                else:
                    assert by_id[event["undo"]][1] == event["seq"]
        undos = sum(1 for r in rows if r[3] is not None)
        assert len(rows) == made + undos  # and nothing is there twice
        assert len(by_id) == len(rows)

        # Each worker chose only sentences that were pending in the snapshot it chose from:
        # the latest decision on the sentence with an id at or below its watermark (ids are
        # given in commit order) must not be a verdict.
        for events in printed.values():
            for event in events:
                if "id" not in event:
                    continue
                before = [r for r in rows if r[1] == event["seq"] and r[0] <= event["watermark"]]
                if before:
                    assert max(before)[4] == "pending", (event, max(before))
                    seen += 1

        pending = db.execute("SELECT count(*) FROM sentences WHERE status = 'pending'").fetchone()[0]
        assert pending == 0
        counts = dict(db.execute("SELECT status, n FROM status_counts").fetchall())
        actual = dict(db.execute("SELECT status, count(*) FROM sentences GROUP BY status").fetchall())
        assert {k: v for k, v in counts.items() if v} == actual
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        db.close()
    both = sum(len([e for e in ev if "id" in e]) for ev in printed.values())
    print(f"concurrent decisions made: {both} (+{undos} undos) on {SENTENCES} sentences; "
          f"{seen} chosen after an earlier decision on the same sentence, all of them undone")


# -- the lock upgrade ------------------------------------------------------------------------


def _two(tmp_path: Path):
    path = tmp_path / "lock.db"
    open_store(path).close()
    return open_db(path), open_db(path)


def test_deferred_read_then_write_fails_at_once_after_another_commit(tmp_path: Path):
    """The hazard, shown: a DEFERRED transaction that read before another process committed
    cannot upgrade; SQLite returns SQLITE_BUSY without waiting out the busy timeout. This is
    why store code that reads before writing uses store.db.write_transaction."""
    a, b = _two(tmp_path)
    a.execute("BEGIN")
    a.execute("SELECT count(*) FROM decisions").fetchone()
    b.execute("INSERT INTO sources (entity) VALUES ('X')")
    b.conn.commit()
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        a.execute("INSERT INTO sources (entity) VALUES ('Y')")
    a.conn.rollback()
    a.close()
    b.close()


def test_write_transaction_reads_then_writes_after_another_commit(tmp_path: Path):
    a, b = _two(tmp_path)
    with write_transaction(a):
        a.execute("SELECT count(*) FROM decisions").fetchone()
        a.execute("INSERT INTO sources (entity) VALUES ('Y')")
    b.execute("INSERT INTO sources (entity) VALUES ('X')")
    b.conn.commit()
    with write_transaction(a):  # BEGIN IMMEDIATE: the snapshot starts with the lock
        a.execute("SELECT count(*) FROM sources").fetchone()
        a.execute("INSERT INTO sources (entity) VALUES ('Z')")
    assert {r[0] for r in b.execute("SELECT entity FROM sources")} >= {"X", "Y", "Z"}
    a.close()
    b.close()


def test_record_decision_waits_for_a_held_write_lock(tmp_path: Path):
    """record_decision's transaction writes first, so it waits (busy timeout) for another
    writer and then succeeds; it never reads first and upgrades."""
    path = tmp_path / "wait.db"
    source = tmp_path / "s.txt"
    source.write_text("One sentence said the NIS.\n", encoding="utf-8")
    db = open_store(path)
    importers.import_file(db, source, load_registry(db))
    other = open_db(path)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO sources (entity) VALUES ('held')")
    released = threading.Event()

    def release() -> None:
        released.wait()
        other.conn.commit()

    thread = threading.Thread(target=release)
    thread.start()
    timer = threading.Timer(0.3, released.set)
    timer.start()
    decision = review.record_decision(db, 1, "rejected", [], "ann")
    thread.join()
    assert review.get(db, 1).status == "rejected" and decision > 0
    db.close()
    other.close()
