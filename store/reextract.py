"""Re-extraction: propose again for pending sentences after the source registry has changed.

A reviewer who types a new entity in the edit form, or a user who merges a richer registry,
wants the sentences still waiting to profit from it. Only pending sentences are touched, and
that is checked inside each write transaction, so a sentence a reviewer decides while this
runs (in another process) keeps the candidates it was decided on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import sqlite_utils

from extract import Registry, extract
from store.db import write_transaction
from store.importers import CANDIDATE_INSERT, CONTEXT, count_proposed
from store.review import candidates_of

PAGE = 1_000
PENDING_PAGE = (
    "SELECT s.seq, s.document_id, s.position, s.text, d.published FROM sentences s "
    "JOIN documents d ON d.id = s.document_id "
    "WHERE s.status = 'pending' AND s.seq > ? ORDER BY s.seq LIMIT ?"
)
EARLIER_IN_DOCUMENT = (
    "SELECT text FROM sentences WHERE document_id = ? AND position < ? "
    "ORDER BY position DESC LIMIT ?"
)


@dataclass(slots=True)
class ReextractResult:
    sentences: int = 0  # pending sentences looked at
    changed: int = 0  # whose proposals changed
    candidates: int = 0  # proposals they now carry


def pending_count(db: sqlite_utils.Database) -> int:
    return int(db.execute("SELECT n FROM status_counts WHERE status = 'pending'").fetchone()[0])


def reextract(
    db: sqlite_utils.Database,
    registry: Registry,
    progress: Callable[[int], None] | None = None,
) -> ReextractResult:
    """Run the extractor again over every pending sentence, a page at a time: extraction
    happens outside any transaction, and each page's changes are written in one short one."""
    result = ReextractResult()
    after = 0
    while True:
        rows = db.execute(PENDING_PAGE, [after, PAGE]).fetchall()
        if not rows:
            return result
        proposals = []
        for seq, document_id, position, text, published in rows:
            earlier = [t for (t,) in db.execute(EARLIER_IN_DOCUMENT, [document_id, position, CONTEXT])]
            found = extract(
                text, registry, published=date.fromisoformat(published) if published else None,
                context=earlier[::-1],
            )
            proposals.append((seq, found))
        with write_transaction(db):
            for seq, found in proposals:
                status = db.execute("SELECT status FROM sentences WHERE seq = ?", [seq]).fetchone()
                old = candidates_of(db, seq)
                if status is None or status[0] != "pending" or old == found:
                    continue
                db.execute("DELETE FROM candidates WHERE sentence_seq = ?", [seq])
                count_proposed(db.conn, [(a.entity, a.cue) for a in old], sign=-1)
                db.conn.executemany(CANDIDATE_INSERT, [
                    (seq, idx, a.source, a.entity, a.cue, a.start, a.end, a.cue_start, a.cue_end,
                     a.date, a.confidence)
                    for idx, a in enumerate(found)
                ])
                count_proposed(db.conn, [(a.entity, a.cue) for a in found])
                result.changed += 1
                result.candidates += len(found)
        result.sentences += len(rows)
        if progress:
            progress(len(rows))
        after = rows[-1][0]
