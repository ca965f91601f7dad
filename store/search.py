"""Search and filters over the queue: keyset lookups that return seqs in queue order.

Each function answers one page (``limit`` seqs after a key) from an index, so finding the next
match costs the same on a thousand sentences as on a million and nothing ever loads the whole
table. The queries are module-level constants so tests/test_query_plans.py checks these very
strings with ``EXPLAIN QUERY PLAN``.

Full-text search runs on ``sentences_fts`` (FTS5, external content over ``sentences.text``,
kept in sync by triggers; see store/schema.py). What the user types is never handed to FTS5's
query language: every word becomes a quoted phrase, so ``"``, ``AND(``, ``NEAR`` or ``*`` are
searched for as words instead of raising a syntax error; a trailing ``*`` asks for a prefix.
"""

from __future__ import annotations

import re

import sqlite_utils

PAGE = 50

SEARCH_QUERY = (
    "SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ? AND rowid > ? "
    "ORDER BY rowid LIMIT ?"
)
STATUS_QUERY = "SELECT seq FROM sentences WHERE status = ? AND seq > ? ORDER BY seq LIMIT ?"
FLAGGED_QUERY = "SELECT seq FROM sentences WHERE flagged = 1 AND seq > ? ORDER BY seq LIMIT ?"
ENTITY_QUERY = (
    "SELECT DISTINCT sentence_seq FROM candidates WHERE entity = ? AND sentence_seq > ? "
    "ORDER BY sentence_seq LIMIT ?"
)
# Within one document, position order is queue order (the importer hands out both in import
# order), so the (document_id, position) index serves the page without sorting the document.
DOCUMENT_QUERY = (
    "SELECT s.seq FROM sentences s WHERE s.document_id = "
    "(SELECT d.id FROM documents d WHERE d.name = ?) AND s.position > ? "
    "ORDER BY s.position LIMIT ?"
)

_WORD = re.compile(r"\w", re.UNICODE)


def fts_query(text: str) -> str:
    """An FTS5 MATCH expression for what a user typed: all the words, in any order. Every
    word becomes a quoted string with its quotes doubled, which FTS5 treats as plain text;
    words with no letters or digits are dropped because they tokenize to nothing. A word the
    user ends with ``*`` is a prefix (``kreml*``); others match whole words only, because a
    prefix of a common word ("said*") merges every matching term's postings and, on a million
    sentences, costs tens of milliseconds instead of well under one. Returns "" when nothing
    searchable is left."""
    quoted = []
    # FTS5 reads its query as a C string: a NUL would end it inside a quote.
    for word in text.replace("\x00", " ").split():
        prefix = word.endswith("*")
        word = word.rstrip("*")
        if _WORD.search(word):
            quoted.append('"' + word.replace('"', '""') + '"' + ("*" if prefix else ""))
    return " ".join(quoted)


def search(
    db: sqlite_utils.Database, query: str, after_seq: int = 0, limit: int = PAGE
) -> list[int]:
    """Seqs of sentences whose text holds every word of ``query``, after ``after_seq`` in
    queue order; [] for a query with no words."""
    expression = fts_query(query)
    if not expression:
        return []
    return [row[0] for row in db.execute(SEARCH_QUERY, [expression, after_seq, limit])]


def with_status(
    db: sqlite_utils.Database, status: str, after_seq: int = 0, limit: int = PAGE
) -> list[int]:
    return [row[0] for row in db.execute(STATUS_QUERY, [status, after_seq, limit])]


def flagged(db: sqlite_utils.Database, after_seq: int = 0, limit: int = PAGE) -> list[int]:
    return [row[0] for row in db.execute(FLAGGED_QUERY, [after_seq, limit])]


def with_entity(
    db: sqlite_utils.Database, entity: str, after_seq: int = 0, limit: int = PAGE
) -> list[int]:
    """Sentences with a candidate naming ``entity`` (the extractor's proposals; a reviewer's
    edited attributions live in decisions and are not indexed by entity)."""
    return [row[0] for row in db.execute(ENTITY_QUERY, [entity, after_seq, limit])]


def in_document(
    db: sqlite_utils.Database, document: str, after_position: int = 0, limit: int = PAGE
) -> list[int]:
    """Seqs of ``document``'s sentences after ``after_position`` (a Sentence's ``position``),
    in queue order."""
    return [row[0] for row in db.execute(DOCUMENT_QUERY, [document, after_position, limit])]
