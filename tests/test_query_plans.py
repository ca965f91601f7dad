"""Every hot query is served by an index: ``EXPLAIN QUERY PLAN`` shows no SCAN of sentences,
candidates or decisions and no sort of them, so each costs the same at a million sentences as
at ten.

The queries are not copied here: the real store functions run with a trace callback that
captures the SQL they send (with the values bound), and each captured statement is explained.
Store modules that expose their SQL as constants (store.search, store.export) are checked
directly as well.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
import sqlite_utils

from store import export, review, search, stats
from store.db import open_db

BIG_TABLES = {"sentences", "candidates", "decisions", "proposal_stats", "s", "c", "d", "dec"}
_SCAN = re.compile(r"^SCAN (\w+)(?!.*VIRTUAL TABLE)")


@pytest.fixture
def db() -> sqlite_utils.Database:
    db = open_db(":memory:")
    db.execute("INSERT INTO documents (name, imported_at) VALUES ('doc', 'now')")
    for seq in range(1, 11):
        db.execute(
            "INSERT INTO sentences (seq, id, document_id, position, text) VALUES (?, ?, 1, ?, ?)",
            [seq, f"id{seq}", seq, f"The NIS said {seq} things"],
        )
        db.execute(
            "INSERT INTO candidates VALUES (?, 0, 'The NIS', 'NIS', 'said', 0, 7, 8, 12, NULL, 0.9)",
            [seq],
        )
    review.record_decision(db, 2, "accepted", review.candidates_of(db, 2), "ann")
    return db


def problems(db: sqlite_utils.Database, sql: str, params: list[Any] | tuple = ()) -> list[str]:
    """The plan lines that read a big table without an index, or sort one."""
    bad = []
    for row in db.execute("EXPLAIN QUERY PLAN " + sql, list(params)).fetchall():
        detail = row[3]
        scan = _SCAN.match(detail)
        if scan and scan.group(1) in BIG_TABLES:
            bad.append(detail)
        if "TEMP B-TREE" in detail:
            bad.append(detail)
    return bad


def traced(db: sqlite_utils.Database, call: Callable[[], object]) -> list[str]:
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    try:
        call()
    finally:
        db.conn.set_trace_callback(None)
    statements = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert statements, "the call ran no query"
    return statements


class At:
    """Just enough of a Sentence to key the filtered queue on."""

    seq, position, document = 5, 5, "doc"


FILTERS = [
    review.Filter("all"), review.Filter("status", "accepted"), review.Filter("status", "pending"),
    review.Filter("flagged"), review.Filter("entity", "NIS"), review.Filter("document", "doc"),
]

CALLS: dict[str, Callable[[sqlite_utils.Database], object]] = {
    "first_pending": lambda db: review.first_pending(db, 3),
    "step forward": lambda db: review.step(db, 5, +1),
    "step back": lambda db: review.step(db, 5, -1),
    "get": lambda db: review.get(db, 5),
    "candidates_of": lambda db: review.candidates_of(db, 5),
    "progress": lambda db: review.progress(db),
    "export page (all)": lambda db: next(export.records(db, "all")),
    "export page (accepted)": lambda db: next(export.records(db, "accepted")),
    "export page (reviewed)": lambda db: next(export.records(db, "reviewed")),
    "search": lambda db: search.search(db, 'NIS "said AND(', 0, 50),
    "search: status": lambda db: search.with_status(db, "pending", 3),
    "search: flagged": lambda db: search.flagged(db, 3),
    "search: entity": lambda db: search.with_entity(db, "NIS", 3),
    "search: document": lambda db: search.in_document(db, "doc", 3),
    "record_decision": lambda db: review.record_decision(db, 4, "rejected", [], "ann"),
    "stats: entity counts": lambda db: stats.entity_counts(db),
    "stats: acceptance by entity": lambda db: stats.acceptance(db, "entity"),
    "stats: acceptance by cue": lambda db: stats.acceptance(db, "cue"),
}
for where in FILTERS:
    for direction in (+1, -1):
        for pending in (False, True):
            if where.kind == "status" and where.value != "pending" and pending:
                continue  # answered without a query: nothing decided is pending
            CALLS[f"filter {where.kind}={where.value} dir={direction} pending={pending}"] = (
                lambda db, w=where, d=direction, p=pending: review.filtered_seqs(
                    db, w, At(), d, pending=p, limit=20
                )
            )


@pytest.mark.parametrize("name", list(CALLS))
def test_hot_query_uses_an_index(db: sqlite_utils.Database, name: str) -> None:
    for sql in traced(db, lambda: CALLS[name](db)):
        assert problems(db, sql) == [], f"{name}: {sql}"


@pytest.mark.parametrize("status", export.STATUS_FILTERS)
def test_export_page_query(db: sqlite_utils.Database, status: str) -> None:
    sql, params = export.page_query(status)
    assert problems(db, sql, [*params, 0, export.PAGE]) == []
    assert problems(db, export.CANDIDATES_JSON_QUERY, [1, 1000]) == []


@pytest.mark.parametrize(
    ("sql", "params"),
    [
        (search.SEARCH_QUERY, ['"nis"', 0, 50]),
        (search.STATUS_QUERY, ["pending", 0, 50]),
        (search.FLAGGED_QUERY, [0, 50]),
        (search.ENTITY_QUERY, ["NIS", 0, 50]),
        (search.DOCUMENT_QUERY, ["doc", 0, 50]),
    ],
)
def test_search_module_queries(db: sqlite_utils.Database, sql: str, params: list[Any]) -> None:
    assert problems(db, sql, params) == []


def test_search_uses_the_fts_index(db: sqlite_utils.Database) -> None:
    plan = " ".join(r[3] for r in db.execute(
        "EXPLAIN QUERY PLAN " + search.SEARCH_QUERY, ['"nis"', 0, 50]))
    assert "sentences_fts VIRTUAL TABLE" in plan


def test_the_checker_catches_a_scan(db: sqlite_utils.Database) -> None:
    assert problems(db, "SELECT seq FROM sentences WHERE text LIKE '%NIS%'")
    assert problems(db, "SELECT seq FROM sentences ORDER BY text LIMIT 5")
