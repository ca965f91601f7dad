"""The review queue and decisions.

Every query here is a keyset lookup on an index (``seq``, ``status, seq``, ``document_id,
position``), so moving through the queue costs the same on a thousand sentences as on a
million. Decisions are append-only: the latest row per (sentence, reviewer) is current, and
undo appends a row that restores what was there before.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import sqlite_utils

from extract import Attribution
from store.schema import STATUSES

DECIDED = ("accepted", "edited", "rejected")


@dataclass(frozen=True, slots=True)
class Sentence:
    seq: int
    id: str
    document: str
    published: str | None
    position: int
    text: str
    status: str
    flagged: bool
    candidates: list[Attribution]
    attributions: list[Attribution]
    reviewer: str | None = None
    decided_at: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Progress:
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def reviewed(self) -> int:
        return self.total - self.counts.get("pending", 0)


_SELECT = """
SELECT s.seq, s.id, d.name, d.published, s.position, s.text, s.status, s.flagged,
       dec.attributions, dec.reviewer, dec.decided_at, dec.note
FROM sentences s
JOIN documents d ON d.id = s.document_id
LEFT JOIN decisions dec ON dec.id = s.decision_id
"""


def now_utc() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def candidates_of(db: sqlite_utils.Database, seq: int) -> list[Attribution]:
    rows = db.execute(
        'SELECT source, entity, cue, start, "end", cue_start, cue_end, date, confidence '
        "FROM candidates WHERE sentence_seq = ? ORDER BY idx",
        [seq],
    ).fetchall()
    return [Attribution(*row) for row in rows]


def _sentence(db: sqlite_utils.Database, row: tuple[Any, ...] | None) -> Sentence | None:
    if row is None:
        return None
    seq, sid, document, published, position, text, status, flagged, attrs, reviewer, at, note = row
    candidates = candidates_of(db, seq)
    if status == "pending" or attrs is None:
        attributions = candidates
    else:
        attributions = [Attribution.from_dict(a) for a in json.loads(attrs)]
    decided = status != "pending"
    return Sentence(
        seq, sid, document, published, position, text, status, bool(flagged), candidates,
        attributions, reviewer if decided else None, at if decided else None, note if decided else None,
    )


def get(db: sqlite_utils.Database, seq: int) -> Sentence | None:
    return _sentence(db, db.execute(_SELECT + "WHERE s.seq = ?", [seq]).fetchone())


def first_pending(db: sqlite_utils.Database, after: int = 0) -> Sentence | None:
    """The first pending sentence after ``after`` in queue order, wrapping to the start so a
    reviewer who skipped ahead still finds what is left behind."""
    query = _SELECT + "WHERE s.status = 'pending' AND s.seq > ? ORDER BY s.seq LIMIT 1"
    row = db.execute(query, [after]).fetchone()
    if row is None and after:
        row = db.execute(query, [0]).fetchone()
    return _sentence(db, row)


def step(db: sqlite_utils.Database, seq: int, direction: int) -> Sentence | None:
    """The neighbour of ``seq`` in queue order (any status); None at either end."""
    if direction > 0:
        row = db.execute(_SELECT + "WHERE s.seq > ? ORDER BY s.seq LIMIT 1", [seq]).fetchone()
    else:
        row = db.execute(_SELECT + "WHERE s.seq < ? ORDER BY s.seq DESC LIMIT 1", [seq]).fetchone()
    return _sentence(db, row)


def progress(db: sqlite_utils.Database) -> Progress:
    rows = db.execute("SELECT status, n FROM status_counts").fetchall()
    return Progress({status: int(n) for status, n in rows})


def record_decision(
    db: sqlite_utils.Database,
    seq: int,
    status: str,
    attributions: list[Attribution],
    reviewer: str,
    note: str | None = None,
    *,
    undoes: int | None = None,
) -> int:
    """Append a decision and make it current, committed before returning."""
    if status not in STATUSES:
        raise ValueError(f"unknown status {status!r}")
    payload = json.dumps([a.to_dict() for a in attributions], ensure_ascii=False)
    with db.atomic():
        decision_id = db.execute(
            "INSERT INTO decisions (sentence_seq, reviewer, status, attributions, note, undoes,"
            " decided_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [seq, reviewer, status, payload, note, undoes, now_utc()],
        ).lastrowid
        db.execute(
            "UPDATE sentences SET status = ?, decision_id = ? WHERE seq = ?",
            [status, decision_id, seq],
        )
    return int(decision_id)


def undo(db: sqlite_utils.Database, decision_id: int) -> int:
    """Append a decision restoring what was current for that sentence and reviewer before
    ``decision_id``; returns the sentence's seq."""
    row = db.execute(
        "SELECT sentence_seq, reviewer FROM decisions WHERE id = ?", [decision_id]
    ).fetchone()
    if row is None:
        raise ValueError(f"no decision {decision_id}")
    seq, reviewer = row
    before = db.execute(
        "SELECT status, attributions, note FROM decisions "
        "WHERE sentence_seq = ? AND reviewer = ? AND id < ? ORDER BY id DESC LIMIT 1",
        [seq, reviewer, decision_id],
    ).fetchone()
    status, attrs, note = before if before else ("pending", "[]", None)
    record_decision(
        db, seq, status, [Attribution.from_dict(a) for a in json.loads(attrs)], reviewer, note,
        undoes=decision_id,
    )
    return int(seq)


def history(db: sqlite_utils.Database, seq: int) -> list[dict[str, Any]]:
    """Every decision ever made on a sentence, oldest first: the audit trail."""
    rows = db.execute(
        "SELECT id, reviewer, status, attributions, note, undoes, decided_at FROM decisions "
        "WHERE sentence_seq = ? ORDER BY id",
        [seq],
    ).fetchall()
    keys = ("id", "reviewer", "status", "attributions", "note", "undoes", "decided_at")
    return [dict(zip(keys, row, strict=True)) | {"attributions": json.loads(row[3])} for row in rows]
