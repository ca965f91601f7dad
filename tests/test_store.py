"""The store: import, queue order, decisions (append-only, undo), export records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract import Attribution, bundled_registry
from extract.registry import seeds_dir
from store import export, review
from store.db import StoreError, open_db
from store.importers import import_file
from store.readers import InputError
from tests.conftest import SEED_COUNT


def seed_lines() -> list[str]:
    lines = []
    for path in sorted(seeds_dir().glob("*.txt")):
        lines += [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return lines


def test_seeds_are_imported_in_file_then_line_order(seeded_db):
    texts = [r[0] for r in seeded_db.execute("SELECT text FROM sentences ORDER BY seq")]
    assert texts == seed_lines()
    assert len(texts) == SEED_COUNT
    assert review.progress(seeded_db).counts == {
        "pending": SEED_COUNT, "accepted": 0, "edited": 0, "rejected": 0,
    }


def test_reimporting_a_file_adds_nothing(seeded_db):
    path = sorted(seeds_dir().glob("*.txt"))[0]
    result = import_file(seeded_db, path, bundled_registry())
    assert (result.added, result.duplicates) == (0, 11)
    assert seeded_db.execute("SELECT count(*) FROM sentences").fetchone()[0] == SEED_COUNT


def test_documents_and_positions_follow_the_file(seeded_db):
    rows = seeded_db.execute(
        "SELECT d.name, s.position FROM sentences s JOIN documents d ON d.id = s.document_id "
        "ORDER BY s.seq"
    ).fetchall()
    assert rows[0] == ("000_ecb5244255c7fdbd.txt", 1)
    assert rows[10] == ("000_ecb5244255c7fdbd.txt", 11)
    assert rows[11] == ("003_2e7b110e79266817.txt", 1)


def test_first_pending_skips_decided_and_wraps(seeded_db):
    first = review.first_pending(seeded_db)
    assert first is not None and first.seq == 1
    review.record_decision(seeded_db, 1, "accepted", first.candidates, "ann")
    assert review.first_pending(seeded_db).seq == 2
    # From the end, the search wraps to what is left at the start.
    assert review.first_pending(seeded_db, after=SEED_COUNT).seq == 2


def test_decisions_are_append_only_and_latest_is_current(seeded_db):
    s = review.get(seeded_db, 3)
    fixed = Attribution("Ukraine’s president", "Zelenskyy", "released", 0, 19, 20, 28)
    first = review.record_decision(seeded_db, 3, "rejected", [], "ann")
    second = review.record_decision(seeded_db, 3, "edited", [fixed], "ann", note="a video is a claim")
    assert second > first
    now = review.get(seeded_db, 3)
    assert now.status == "edited"
    assert now.attributions == [fixed]
    assert now.candidates == s.candidates
    assert now.reviewer == "ann" and now.note == "a video is a claim"
    assert [h["status"] for h in review.history(seeded_db, 3)] == ["rejected", "edited"]


def test_undo_appends_a_row_restoring_the_state_before(seeded_db):
    review.record_decision(seeded_db, 5, "rejected", [], "ann")
    d2 = review.record_decision(seeded_db, 5, "accepted", [], "ann")
    assert review.undo(seeded_db, d2) == 5
    assert review.get(seeded_db, 5).status == "rejected"
    d1 = review.history(seeded_db, 5)[0]["id"]
    review.undo(seeded_db, d1)
    assert review.get(seeded_db, 5).status == "pending"
    history = review.history(seeded_db, 5)
    assert len(history) == 4  # nothing was deleted
    assert history[-1]["undoes"] == d1
    assert review.progress(seeded_db).counts["pending"] == SEED_COUNT


def test_progress_counts_follow_decisions(seeded_db):
    review.record_decision(seeded_db, 1, "accepted", [], "ann")
    review.record_decision(seeded_db, 2, "rejected", [], "ann")
    review.record_decision(seeded_db, 2, "edited", [], "ann")
    p = review.progress(seeded_db)
    assert (p.total, p.reviewed) == (SEED_COUNT, 2)
    assert p.counts["edited"] == 1 and p.counts["rejected"] == 0


def test_step_moves_in_queue_order_and_stops_at_the_ends(seeded_db):
    assert review.step(seeded_db, 1, +1).seq == 2
    assert review.step(seeded_db, 2, -1).seq == 1
    assert review.step(seeded_db, 1, -1) is None
    assert review.step(seeded_db, SEED_COUNT, +1) is None


def test_export_records_follow_the_contract(seeded_db):
    s = review.get(seeded_db, 1)
    review.record_decision(seeded_db, 1, "rejected", [], "ann")
    records = list(export.records(seeded_db))
    assert len(records) == SEED_COUNT
    first, second = records[0], records[1]
    assert set(first) == {
        "sentence_id", "document", "position", "text", "status", "attributions", "candidates",
        "reviewer", "decided_at",
    }
    for seq, record in enumerate(records, 1):  # every candidate, in the extractor's order
        assert record["candidates"] == [a.to_dict() for a in review.get(seeded_db, seq).candidates]
    assert any(len(r["candidates"]) > 1 for r in records)
    assert first["status"] == "rejected" and first["attributions"] == []
    assert first["candidates"] == [a.to_dict() for a in s.candidates]
    assert first["reviewer"] == "ann" and first["decided_at"].endswith("Z")
    pending = review.get(seeded_db, 2)
    assert second["status"] == "pending" and second["reviewer"] is None
    assert second["attributions"] == [a.to_dict() for a in pending.candidates]
    assert [r["sentence_id"] for r in export.records(seeded_db, "rejected")] == [s.id]
    assert len(list(export.records(seeded_db, "reviewed"))) == 1
    assert len(list(export.records(seeded_db, "pending"))) == SEED_COUNT - 1


def test_bad_file_leaves_the_database_unchanged(seeded_db, tmp_path: Path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "A fine sentence, officials said."}\n{"text": 3}\n', encoding="utf-8")
    before = seeded_db.execute("SELECT count(*) FROM sentences").fetchone()[0]
    with pytest.raises(InputError) as err:
        import_file(seeded_db, bad, bundled_registry())
    assert str(err.value) == f"{bad}:2: missing a \"text\" string"
    assert seeded_db.execute("SELECT count(*) FROM sentences").fetchone()[0] == before
    assert seeded_db.execute("SELECT count(*) FROM documents WHERE name = 'bad.jsonl'").fetchone()[0] == 0


def test_jsonl_meta_names_the_document_and_is_kept(tmp_path: Path):
    src = tmp_path / "in.jsonl"
    src.write_text(
        json.dumps({"text": "Officials said it rained.", "meta": {"document": "wire-7", "lang": "en"}})
        + "\n", encoding="utf-8",
    )
    db = open_db(tmp_path / "x.db")
    import_file(db, src, bundled_registry())
    assert db.execute("SELECT name FROM documents").fetchall() == [("wire-7",)]
    assert json.loads(db.execute("SELECT meta FROM sentences").fetchone()[0])["lang"] == "en"


def test_a_database_from_a_newer_version_is_refused(tmp_path: Path):
    path = tmp_path / "new.db"
    db = open_db(path)
    db.execute("PRAGMA user_version = 999")
    db.close()
    with pytest.raises(StoreError, match="newer attribution-review"):
        open_db(path)


def test_held_verdicts_survive_a_restart_and_leave_the_sentence_pending(seeded_path: Path):
    db = open_db(seeded_path)
    two = [s for s in (review.get(db, q) for q in range(1, SEED_COUNT + 1)) if len(s.candidates) > 1][0]
    items = tuple(two.candidates)
    verdicts = ("rejected",) + (None,) * (len(items) - 1)
    review.hold(db, two.seq, items, verdicts, "ann", note="check the second")
    db.close()

    db = open_db(seeded_path)  # as after a crash: only what was committed
    again = review.get(db, two.seq)
    assert again.status == "pending" and again.held == (items, verdicts)
    assert again.note == "check the second"
    assert review.verdicts_of(again) == (list(items), list(verdicts))
    assert review.progress(db).counts["pending"] == SEED_COUNT
    record = next(r for r in export.records(db, "pending") if r["sentence_id"] == two.id)
    assert record["attributions"] == [a.to_dict() for a in items]  # pending: the candidates

    final = review.record_decision(db, two.seq, "edited", list(items[1:]), "ann")
    review.undo(db, final)  # back to the held verdicts, not to a blank slate
    assert review.get(db, two.seq).held == (items, verdicts)
