"""Scale behaviour that does not need a million rows to show: Ctrl-C during a multi-file
import leaves each file whole or absent and a rerun finishes the rest; export streams page by
page instead of holding every row."""

from __future__ import annotations

import inspect
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlite_utils

from extract import bundled_registry
from store import export
from store.db import open_db
from store.importers import import_file

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from generate import write  # noqa: E402


def generated(path: Path, n: int, seed: int) -> Path:
    with path.open("w", encoding="utf-8") as out:
        write(n, out, seed=seed)
    return path


def per_document(db_path: Path) -> dict[str, int]:
    conn = sqlite3.connect(db_path, timeout=10)
    try:
        return dict(conn.execute(
            "SELECT d.name, count(s.seq) FROM documents d LEFT JOIN sentences s"
            " ON s.document_id = d.id GROUP BY d.name"
        ).fetchall())
    except sqlite3.OperationalError:
        return {}  # not created yet
    finally:
        conn.close()


def expected_counts(files: list[Path]) -> dict[str, int]:
    """What a complete import stores per file: each distinct line once, under the first file
    that holds it."""
    seen: set[str] = set()
    counts = {}
    for path in files:
        fresh = 0
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and line.strip() not in seen:
                seen.add(line.strip())
                fresh += 1
        counts[path.name] = fresh
    return counts


def test_ctrl_c_leaves_each_file_whole_or_absent_and_a_rerun_finishes(tmp_path: Path) -> None:
    files = [generated(tmp_path / "a.txt", 1_500, 1), generated(tmp_path / "b.txt", 60_000, 2),
             generated(tmp_path / "c.txt", 500, 3)]
    expected = expected_counts(files)
    db_path = tmp_path / "review.db"
    # Ctrl-C's default action, as at a terminal: a shell's background job (or a CI runner)
    # may start us with SIGINT ignored, and a child inherits that.
    command = [sys.executable, "-c",
               "import signal; signal.signal(signal.SIGINT, signal.default_int_handler); "
               "from tui.cli import main; main()",
               "--db", str(db_path), "import", *map(str, files)]
    # Its own process group, signalled as a terminal's Ctrl-C is: the pool's workers get it too.
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True)
    deadline = time.monotonic() + 120
    while "a.txt" not in per_document(db_path):
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline
        time.sleep(0.05)
    time.sleep(0.5)  # well into b.txt (tens of thousands of sentences to extract)
    os.killpg(proc.pid, signal.SIGINT)
    proc.communicate(timeout=60)
    assert proc.returncode != 0, "the import should have been interrupted"

    after = per_document(db_path)
    assert after["a.txt"] == expected["a.txt"]
    for name in ("b.txt", "c.txt"):
        assert after.get(name, 0) in (0, expected[name]), (name, after)
    assert "b.txt" not in after or after["b.txt"] == expected["b.txt"]

    rerun = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert per_document(db_path) == expected
    assert "\r" not in rerun.stderr, "no progress bar when piped"
    assert "a.txt: 0 sentences added" in rerun.stdout


@pytest.fixture
def fifty(tmp_path: Path) -> sqlite_utils.Database:
    path = generated(tmp_path / "fifty.txt", 50, 5)
    db = open_db(tmp_path / "fifty.db")
    import_file(db, path, bundled_registry(), workers=0)
    return db


def test_records_is_a_generator_that_reads_one_page_at_a_time(
    fifty: sqlite_utils.Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(export, "PAGE", 7)
    everything = list(export.records(fifty))
    assert len(everything) == 50
    assert [r["position"] for r in everything] == list(range(1, 51))

    pages: list[str] = []
    fifty.conn.set_trace_callback(
        lambda sql: pages.append(sql) if "FROM sentences s" in sql else None
    )
    rows = export.records(fifty)
    assert inspect.isgenerator(rows)
    assert pages == []  # nothing read until asked
    first = next(rows)
    assert len(pages) == 1 and "LIMIT 7" in pages[0]
    rest = list(rows)
    fifty.conn.set_trace_callback(None)
    assert [first, *rest] == everything
    assert len(pages) == 50 // 7 + 2  # full pages, the partial one, and the empty one


def test_export_writes_every_page_and_ticks_in_steps(
    fifty: sqlite_utils.Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(export, "PAGE", 7)
    ticks: list[int] = []
    out = tmp_path / "out.jsonl"
    with out.open("w", encoding="utf-8") as handle:
        n = export.write_jsonl(export.ticking(export.records(fifty), ticks.append, 20), handle)
    assert n == 50 == len(out.read_text(encoding="utf-8").splitlines())
    assert ticks == [20, 20, 10]
    assert export.count(fifty, "all") == 50 and export.count(fifty, "reviewed") == 0


def test_jsonl_lines_say_what_the_review_store_holds(tmp_path: Path) -> None:
    """The fast JSONL path (built from stored JSON, not dicts) says exactly what the review
    store says of each sentence, for pending and decided sentences and for text full of
    things JSON must escape; and each record is exactly one line."""
    from extract import Attribution
    from store import review
    from store.review import record_decision

    def expected(seq: int) -> dict[str, object]:
        s = review.get(db, seq)
        assert s is not None
        decided = s.status != "pending"
        return {
            "sentence_id": s.id, "document": s.document, "position": s.position, "text": s.text,
            "status": s.status, "attributions": [a.to_dict() for a in s.attributions],
            "candidates": [a.to_dict() for a in s.candidates],
            "reviewer": s.reviewer if decided else None,
            "decided_at": s.decided_at if decided else None,
        }

    path = tmp_path / "odd.jsonl"
    texts = ['He said "yes" \\ no.', "tab\there\x1b[31m red", "RTL \u202e ‮ and emoji 🇺🇦",
             "line\u2028sep", "[bold]not markup[/bold], the NIS said."]
    import json

    path.write_text("".join(json.dumps({"text": t, "meta": {"document": "odd"}}) + "\n"
                            for t in texts), encoding="utf-8")
    db = open_db(tmp_path / "odd.db")
    import_file(db, path, bundled_registry(), workers=0)
    edited = [Attribution("the NIS", "NIS", "said", 0, 7, 8, 12, None, 0.5)]
    record_decision(db, 1, "edited", edited, "ann ✓")
    record_decision(db, 2, "rejected", [], "bob")
    wanted = {
        "all": [1, 2, 3, 4, 5], "pending": [3, 4, 5], "edited": [1], "rejected": [2],
        "accepted": [], "reviewed": [1, 2],
    }
    for status in export.STATUS_FILTERS:
        lines = list(export.jsonl_lines(db, status))
        assert [json.loads(line) for line in lines] == [expected(seq) for seq in wanted[status]]
        assert all(line.endswith("\n") and len(line.splitlines()) == 1 for line in lines)
