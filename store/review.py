"""The review queue and decisions.

Every query here is a keyset lookup on an index (``seq``, ``status, seq``, ``document_id,
position``, the flagged and candidate-entity indexes), so moving through the queue costs the same on a thousand sentences as on a
million. Decisions are append-only: the latest row per (sentence, reviewer) is current, and
undo appends a row that restores what was there before.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import sqlite_utils

from extract import Attribution
from store.db import write_transaction
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
    # A pending sentence's verdicts on some but not all of its attributions, as saved by
    # hold(): the attributions under review and the verdict each has so far.
    held: tuple[tuple[Attribution, ...], tuple[str | None, ...]] | None = None


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
    stored = json.loads(attrs) if attrs else []
    held = None
    if status == "pending":
        attributions = candidates
        if any("verdict" in a for a in stored):
            held = (tuple(Attribution.from_dict(a) for a in stored),
                    tuple(a.get("verdict") for a in stored))
    else:
        attributions = [Attribution.from_dict(a) for a in stored]
    decided = status != "pending"
    return Sentence(
        seq, sid, document, published, position, text, status, bool(flagged), candidates,
        attributions, reviewer if decided else None, at if decided else None,
        note if decided or held else None, held,
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
    payload = json.dumps([a.to_dict() for a in attributions], ensure_ascii=False)
    return _append(db, seq, status, payload, reviewer, note, undoes)


def hold(
    db: sqlite_utils.Database,
    seq: int,
    items: Sequence[Attribution],
    verdicts: Sequence[str | None],
    reviewer: str,
    note: str | None = None,
) -> int:
    """Save verdicts on some but not all of a sentence's attributions: a decision that leaves
    the sentence pending, so a crash loses no verdict and the next start shows them again
    (Sentence.held). Export and statistics still see a pending sentence."""
    payload = json.dumps(
        [a.to_dict() | {"verdict": v} for a, v in zip(items, verdicts, strict=True)],
        ensure_ascii=False,
    )
    return _append(db, seq, "pending", payload, reviewer, note, None)


def _append(
    db: sqlite_utils.Database,
    seq: int,
    status: str,
    payload: str,
    reviewer: str,
    note: str | None,
    undoes: int | None,
) -> int:
    """The one place a decision row is written: appended and made current in one short
    transaction that takes the write lock first, with the statistics moved alongside."""
    if status not in STATUSES:
        raise ValueError(f"unknown status {status!r}")
    with write_transaction(db):
        decision_id = db.execute(
            "INSERT INTO decisions (sentence_seq, reviewer, status, attributions, note, undoes,"
            " decided_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [seq, reviewer, status, payload, note, undoes, now_utc()],
        ).lastrowid
        before = db.execute(
            "SELECT s.status, d.attributions FROM sentences s "
            "LEFT JOIN decisions d ON d.id = s.decision_id WHERE s.seq = ?",
            [seq],
        ).fetchone()
        db.execute(
            "UPDATE sentences SET status = ?, decision_id = ? WHERE seq = ?",
            [status, decision_id, seq],
        )
        if before is not None:
            _count_review(db, seq, (before[0], _attributions(before[1])),
                          (status, _attributions(payload)))
    return int(decision_id)


def _attributions(payload: str | None) -> list[Attribution]:
    return [Attribution.from_dict(a) for a in json.loads(payload or "[]")]


_COUNT_REVIEW = "UPDATE proposal_stats SET reviewed = reviewed + ?, accepted = accepted + ? WHERE "
COUNT_ENTITY_REVIEW = _COUNT_REVIEW + "kind = 'entity' AND name = ?"
# lower() in SQL, as store.importers.count_proposed keys cues (it folds ASCII only).
COUNT_CUE_REVIEW = _COUNT_REVIEW + "kind = 'cue' AND name = lower(?)"


def _count_review(
    db: sqlite_utils.Database,
    seq: int,
    old: tuple[str, Sequence[Attribution]],
    new: tuple[str, Sequence[Attribution]],
) -> None:
    """Move each candidate's share of proposal_stats from the sentence's old state to its new
    one: reviewed when the sentence is decided, accepted when the decision kept it as
    proposed."""

    def share(state: tuple[str, Sequence[Attribution]], candidate: Attribution) -> tuple[int, int]:
        status, final = state
        if status == "pending":
            return 0, 0
        return 1, int(_same(candidate, final))

    for candidate in candidates_of(db, seq):
        (r0, a0), (r1, a1) = share(old, candidate), share(new, candidate)
        if (r0, a0) == (r1, a1):
            continue
        db.execute(COUNT_ENTITY_REVIEW, [r1 - r0, a1 - a0, candidate.entity])
        db.execute(COUNT_CUE_REVIEW, [r1 - r0, a1 - a0, candidate.cue])


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
    _append(db, seq, status, attrs, reviewer, note, decision_id)  # held verdicts come back too
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


# -- context ---------------------------------------------------------------------------------


def neighbours(db: sqlite_utils.Database, sentence: Sentence) -> tuple[str | None, str | None]:
    """The texts of the sentences just before and after ``sentence`` in its document, for
    context: two lookups on the (document_id, position) index."""
    query = (
        "SELECT text FROM sentences WHERE document_id = "
        "(SELECT document_id FROM sentences WHERE seq = ?) AND position {op} ? "
        "ORDER BY position {order} LIMIT 1"
    )
    before = db.execute(query.format(op="<", order="DESC"), [sentence.seq, sentence.position])
    after = db.execute(query.format(op=">", order="ASC"), [sentence.seq, sentence.position])
    row_before, row_after = before.fetchone(), after.fetchone()
    return (row_before[0] if row_before else None, row_after[0] if row_after else None)


# -- per-attribution verdicts ----------------------------------------------------------------

VERDICTS = ("accepted", "rejected", "edited")


def status_of(verdicts: Sequence[str]) -> str:
    """A sentence's status from its attributions' verdicts: all accepted → accepted, all
    rejected → rejected, any edit or a mix → edited. No attributions at all counts as accepted
    ("no attribution" was confirmed)."""
    if any(v not in VERDICTS for v in verdicts):
        raise ValueError(f"not every attribution has a verdict: {list(verdicts)}")
    if all(v == "accepted" for v in verdicts):
        return "accepted"
    if all(v == "rejected" for v in verdicts):
        return "rejected"
    return "edited"


def kept(attributions: Sequence[Attribution], verdicts: Sequence[str]) -> list[Attribution]:
    """The final attributions of a decision: every one not rejected, in sentence order."""
    return sorted(
        (a for a, v in zip(attributions, verdicts, strict=True) if v != "rejected"),
        key=lambda a: (a.start, a.end),
    )


def verdicts_of(sentence: Sentence) -> tuple[list[Attribution], list[str | None]]:
    """The attributions to review on ``sentence`` with the verdict each already has.

    Pending: the candidates, none decided (or what hold() saved). Decided: each candidate the decision kept unchanged
    is accepted, each it dropped is rejected, and every kept attribution that is not a
    candidate (corrected or added) is edited; so re-deciding starts from what is recorded."""
    if sentence.status == "pending":
        if sentence.held:
            return list(sentence.held[0]), list(sentence.held[1])
        return list(sentence.candidates), [None] * len(sentence.candidates)
    final = list(sentence.attributions)
    items: list[Attribution] = []
    verdicts: list[str | None] = []
    for candidate in sentence.candidates:
        items.append(candidate)
        verdicts.append("accepted" if _same(candidate, final) else "rejected")
    for attribution in final:
        if not _same(attribution, sentence.candidates):
            items.append(attribution)
            verdicts.append("edited")
    order = sorted(range(len(items)), key=lambda i: (items[i].start, items[i].end))
    return [items[i] for i in order], [verdicts[i] for i in order]


def _same(attribution: Attribution, among: Sequence[Attribution]) -> bool:
    key = (attribution.start, attribution.end, attribution.entity, attribution.cue_start,
           attribution.cue_end)
    return any((a.start, a.end, a.entity, a.cue_start, a.cue_end) == key for a in among)


# -- flags and settings ----------------------------------------------------------------------


def set_flag(db: sqlite_utils.Database, seq: int, flagged: bool) -> None:
    """Flag (or unflag) a sentence for a second look; committed before returning."""
    with db.atomic():
        db.execute("UPDATE sentences SET flagged = ? WHERE seq = ?", [int(flagged), seq])


def get_setting(db: sqlite_utils.Database, key: str) -> str | None:
    """A stored setting, or None (also on a database from before the settings table)."""
    try:
        row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    except sqlite3.OperationalError:
        return None
    return row[0] if row else None


def put_setting(db: sqlite_utils.Database, key: str, value: str) -> None:
    try:
        with db.atomic():
            db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, value],
            )
    except sqlite3.OperationalError:
        pass  # a database from before the settings table: the setting is just not kept


# -- filtered queue --------------------------------------------------------------------------

FILTER_KINDS = ("all", "status", "flagged", "entity", "document")


@dataclass(frozen=True, slots=True)
class Filter:
    """Which part of the queue the reviewer works through: everything, one status, flagged
    sentences, sentences proposing one entity, or one document."""

    kind: str = "all"
    value: str = ""

    def __post_init__(self) -> None:
        if self.kind not in FILTER_KINDS:
            raise ValueError(f"unknown filter {self.kind!r}")

    def describe(self) -> str:
        if self.kind == "all":
            return "all sentences"
        if self.kind == "flagged":
            return "flagged"
        return f"{self.kind}: {self.value}"

    def to_json(self) -> str:
        return json.dumps({"kind": self.kind, "value": self.value})

    @classmethod
    def from_json(cls, text: str | None) -> Filter:
        try:
            data = json.loads(text or "{}")
            return cls(str(data.get("kind", "all")), str(data.get("value", "")))
        except (ValueError, AttributeError):
            return cls()


# Each filter walks its own index in queue order: (status, seq), the partial flagged index,
# (entity, sentence_seq) on candidates, (document_id, position). Within a document position
# order is queue order, so the document filter keys on position.
_FILTER_SQL = {
    "all": ("SELECT seq FROM sentences WHERE seq {op} ?{pending}", "seq", ""),
    "status": ("SELECT seq FROM sentences WHERE status = ? AND seq {op} ?{pending}", "seq", ""),
    "flagged": ("SELECT seq FROM sentences WHERE flagged = 1 AND seq {op} ?{pending}", "seq", ""),
    "entity": (
        "SELECT DISTINCT c.sentence_seq FROM candidates c JOIN sentences s ON s.seq = c.sentence_seq"
        " WHERE c.entity = ? AND c.sentence_seq {op} ?{pending}",
        "c.sentence_seq", "s.",
    ),
    "document": (
        "SELECT seq FROM sentences WHERE document_id = "
        "(SELECT id FROM documents WHERE name = ?) AND position {op} ?{pending}",
        "position", "",
    ),
}


def filtered_seqs(
    db: sqlite_utils.Database,
    where: Filter,
    after: Sentence | None,
    direction: int = +1,
    *,
    pending: bool = False,
    limit: int = 1,
) -> list[int]:
    """Up to ``limit`` seqs in ``where``, after (or, direction < 0, before) ``after`` in queue
    order; from the start (or the end) when ``after`` is None. One keyset page of an index."""
    sql, order_by, alias = _FILTER_SQL[where.kind]
    forward = direction > 0
    sql = sql.format(op=">" if forward else "<",
                     pending=f" AND {alias}status = 'pending'" if pending else "")
    sql += f" ORDER BY {order_by} {'ASC' if forward else 'DESC'} LIMIT ?"
    if where.kind == "document":
        key = after.position if after else (0 if forward else 1 << 62)
    else:
        key = after.seq if after else (0 if forward else 1 << 62)
    params: list[Any] = [] if where.kind in ("all", "flagged") else [where.value]
    if where.kind == "status" and pending and where.value != "pending":
        return []
    return [row[0] for row in db.execute(sql, [*params, key, limit])]


def filtered_step(
    db: sqlite_utils.Database, where: Filter, after: Sentence | None, direction: int
) -> Sentence | None:
    """The neighbour in the filtered queue (any status); None at either end."""
    if where.kind == "document" and after is not None and after.document != where.value:
        after = None  # not in this document: start from its beginning (or end)
    seqs = filtered_seqs(db, where, after, direction)
    return get(db, seqs[0]) if seqs else None


def filtered_first_pending(
    db: sqlite_utils.Database, where: Filter, after: Sentence | None = None
) -> Sentence | None:
    """The first pending sentence of the filtered queue after ``after``, wrapping to the
    start; None when the filter holds nothing pending."""
    if where.kind == "all":
        return first_pending(db, after.seq if after else 0)
    if where.kind == "document" and after is not None and after.document != where.value:
        after = None
    seqs = filtered_seqs(db, where, after, pending=True)
    if not seqs and after is not None:
        seqs = filtered_seqs(db, where, None, pending=True)
    return get(db, seqs[0]) if seqs else None


@dataclass(frozen=True, slots=True)
class Row:
    """One line of the queue list."""

    seq: int
    status: str
    flagged: bool
    entities: str
    text: str


def rows(db: sqlite_utils.Database, seqs: Sequence[int], width: int = 200) -> list[Row]:
    """List rows for these seqs (a page), in the order given: status, flag, the entities
    (decided ones for a decided sentence, proposed ones otherwise) and the start of the text."""
    if not seqs:
        return []
    marks = ",".join("?" * len(seqs))
    found = {}
    for seq, status, flagged, text, attrs, proposed in db.execute(
        f"SELECT s.seq, s.status, s.flagged, substr(s.text, 1, {int(width)}), dec.attributions,"
        " (SELECT group_concat(entity, ', ') FROM candidates c WHERE c.sentence_seq = s.seq)"
        f" FROM sentences s LEFT JOIN decisions dec ON dec.id = s.decision_id"
        f" WHERE s.seq IN ({marks})",
        list(seqs),
    ):
        if status != "pending" and attrs is not None:
            entities = ", ".join(str(a.get("entity", "")) for a in json.loads(attrs))
        else:
            entities = proposed or ""
        found[seq] = Row(seq, status, bool(flagged), entities, text)
    return [found[s] for s in seqs if s in found]


# -- search backwards ------------------------------------------------------------------------

SEARCH_BEFORE_QUERY = (
    "SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ? AND rowid < ? "
    "ORDER BY rowid DESC LIMIT 1"
)


def search_before(db: sqlite_utils.Database, query: str, before_seq: int) -> int | None:
    """The last sentence before ``before_seq`` matching ``query`` (store.search.search finds
    the ones after), so N can step back through matches."""
    from store.search import fts_query

    expression = fts_query(query)
    if not expression:
        return None
    row = db.execute(SEARCH_BEFORE_QUERY, [expression, before_seq]).fetchone()
    return int(row[0]) if row else None


_COMPLETE = {
    "entity": "SELECT entity FROM candidates WHERE entity >= ? AND entity < ? ORDER BY entity LIMIT 1",
    "document": "SELECT name FROM documents WHERE name >= ? AND name < ? ORDER BY name LIMIT 1",
}


def complete(db: sqlite_utils.Database, what: str, prefix: str) -> str | None:
    """The first proposed entity (or document name) starting with ``prefix``: a range lookup
    on its index, so completing as the reviewer types costs the same at any size."""
    if not prefix:
        return None
    row = db.execute(_COMPLETE[what], [prefix, prefix + "\U0010ffff"]).fetchone()
    return str(row[0]) if row else None
