"""Importers: records → documents, sentences and candidates, one transaction per file.

A file is parsed lazily and written inside a single transaction, so an error on line 900,000
(or Ctrl-C, or SIGKILL) leaves the database exactly as it was before that file. Sentences are
deduplicated by a hash of their text: importing the same file twice adds nothing.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

import sqlite_utils

from extract import Registry, extract
from store.readers import InputError, OnSkip, Record, read_records

BATCH = 2_000
CONTEXT = 3  # earlier sentences handed to the extractor for pronoun resolution


@dataclass(slots=True)
class ImportResult:
    path: str
    added: int = 0
    duplicates: int = 0
    candidates: int = 0
    documents: set[str] = field(default_factory=set)


def sentence_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


def import_file(
    db: sqlite_utils.Database,
    path: str | Path,
    registry: Registry,
    *,
    fmt: str | None = None,
    split: str = "lines",
    published: date | None = None,
    progress: Callable[[int], None] | None = None,
    skip_invalid: bool = False,
    on_skip: OnSkip | None = None,
) -> ImportResult:
    """Import one file in one transaction; raises InputError (nothing written) on bad input."""
    path = Path(path)
    if path.is_dir():
        raise InputError(path, None, "is a directory, not a file")
    result = ImportResult(str(path))
    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        records = read_records(path, fmt, split, skip_invalid=skip_invalid, on_skip=on_skip)
        _write(conn, records, registry, published, result, progress)
        if not result.added and not result.duplicates:
            raise InputError(path, None, "no sentences found (the file is empty)")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return result


def _write(
    conn: sqlite3.Connection,
    records: Iterable[Record],
    registry: Registry,
    published: date | None,
    result: ImportResult,
    progress: Callable[[int], None] | None,
) -> None:
    now = datetime.now(UTC).isoformat(timespec="seconds")
    documents: dict[str, tuple[int, date | None]] = {}
    positions: dict[str, int] = {}
    contexts: dict[str, list[str]] = {}
    next_seq = (conn.execute("SELECT max(seq) FROM sentences").fetchone()[0] or 0) + 1
    batch: list[tuple[Record, str]] = []

    def document_for(record: Record) -> tuple[int, date | None]:
        known = documents.get(record.document)
        if known:
            return known
        pub = record.published or (published.isoformat() if published else None)
        row = conn.execute(
            "SELECT id, published, (SELECT max(position) FROM sentences WHERE document_id = documents.id)"
            " FROM documents WHERE name = ?",
            [record.document],
        ).fetchone()
        if row:
            doc_id, pub = row[0], row[1] or pub
            positions[record.document] = row[2] or 0
        else:
            doc_meta = {k: v for k, v in record.meta.items() if k not in ("document", "doc_id")}
            doc_id = conn.execute(
                "INSERT INTO documents (name, published, meta, imported_at) VALUES (?, ?, ?, ?)",
                [record.document, pub, json.dumps(doc_meta, ensure_ascii=False) if doc_meta else None, now],
            ).lastrowid
            positions[record.document] = 0
        known = (int(doc_id), date.fromisoformat(pub) if pub else None)
        documents[record.document] = known
        result.documents.add(record.document)
        return known

    def flush() -> None:
        nonlocal next_seq
        ids = list({sid for _, sid in batch})
        existing: set[str] = set()
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            marks = ",".join("?" * len(chunk))
            existing.update(
                r[0] for r in conn.execute(f"SELECT id FROM sentences WHERE id IN ({marks})", chunk)
            )
        sentence_rows, candidate_rows = [], []
        for record, sid in batch:
            doc_id, doc_published = document_for(record)
            positions[record.document] += 1
            context = contexts.setdefault(record.document, [])
            if sid in existing:
                result.duplicates += 1
            else:
                existing.add(sid)
                seq = next_seq
                next_seq += 1
                sentence_rows.append(
                    (seq, sid, doc_id, positions[record.document], record.text,
                     json.dumps(record.meta, ensure_ascii=False) if record.meta else None)
                )
                for idx, a in enumerate(
                    extract(record.text, registry, published=doc_published, context=context)
                ):
                    candidate_rows.append(
                        (seq, idx, a.source, a.entity, a.cue, a.start, a.end,
                         a.cue_start, a.cue_end, a.date, a.confidence)
                    )
                result.added += 1
            context.append(record.text)
            del context[:-CONTEXT]
        conn.executemany(
            "INSERT INTO sentences (seq, id, document_id, position, text, meta) VALUES (?, ?, ?, ?, ?, ?)",
            sentence_rows,
        )
        conn.executemany(
            'INSERT INTO candidates (sentence_seq, idx, source, entity, cue, start, "end", '
            "cue_start, cue_end, date, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            candidate_rows,
        )
        result.candidates += len(candidate_rows)
        if progress:
            progress(len(batch))
        batch.clear()

    for record in records:
        batch.append((record, sentence_id(record.text)))
        if len(batch) >= BATCH:
            flush()
    if batch:
        flush()
