"""Importers: records → documents, sentences and candidates, one transaction per file.

A file is parsed lazily and written inside a single transaction, so an error on line 900,000
(or Ctrl-C, or SIGKILL) leaves the database exactly as it was before that file. Sentences are
deduplicated by a hash of their text: importing the same file twice adds nothing.

Extraction is the expensive step, so on a large file it runs on every core: the main process
reads, dedupes and writes sentences batch by batch, and hands each batch's texts to a pool of
worker processes (the registry is sent once per worker, by the pool's initializer). Batches
come back in the order they were sent and their candidates are written in that order, so a
pooled import writes exactly what an in-process one does. Sentences are written as soon as a
batch is read (dedupe of the next batch must see them); candidates follow when extracted. A
small file, or an extractor so cheap that shipping text to a worker costs more than running
it, stays in-process.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import signal
import sqlite3
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from multiprocessing.pool import AsyncResult, Pool
from pathlib import Path
from typing import Any

import sqlite_utils

from extract import Registry, extract
from store.readers import EmptyInput, InputError, Record, read_records

BATCH = 10_000
# Earlier sentences of the same document handed to the extractor, for pronouns and shortened
# names: as many as bench/eval_polnear.py and the held-out probes measured it with.
CONTEXT = 5
# Below this file size a pool's start-up costs more than the extraction it would spread out.
POOL_MIN_BYTES = 1 << 20
# Measured on the first batch: an extractor faster than this per sentence (seconds) is
# cheaper to run in-process than to pickle its input and output across processes.
POOL_MIN_EXTRACT_SECONDS = 20e-6

# Sentences go through a temporary table and into ``sentences`` with one INSERT ... SELECT per
# batch. The schema's triggers (status counts, the FTS5 index) still fire for every row, but
# within a single statement FTS5 keeps its pending terms in memory and writes them once per
# batch; row by row, every statement's savepoint makes it flush, which costs about three times
# as much on a million sentences.
STAGE_CREATE = """CREATE TEMP TABLE IF NOT EXISTS import_stage (
    seq INTEGER PRIMARY KEY, id TEXT, document_id INTEGER, position INTEGER, text TEXT,
    meta TEXT
)"""
STAGE_INSERT = (
    "INSERT INTO temp.import_stage (seq, id, document_id, position, text, meta) "
    "VALUES (?, ?, ?, ?, ?, ?)"
)
SENTENCE_INSERT = (
    "INSERT INTO sentences (seq, id, document_id, position, text, meta) "
    "SELECT seq, id, document_id, position, text, meta FROM temp.import_stage ORDER BY seq"
)
STAGE_CLEAR = "DELETE FROM temp.import_stage"
# A bigger page cache while importing: the content-hash index takes inserts in random order,
# and a cache that holds it saves rereading its pages (from the WAL) for every batch.
IMPORT_CACHE_KIB = 262_144
CANDIDATE_INSERT = (
    'INSERT INTO candidates (sentence_seq, idx, source, entity, cue, start, "end", '
    "cue_start, cue_end, date, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
# proposal_stats keys cues with SQLite's lower() (ASCII-only), the same as record_decision.
ENTITY_PROPOSED = (
    "INSERT INTO proposal_stats (kind, name, proposed) VALUES ('entity', ?, ?) "
    "ON CONFLICT (kind, name) DO UPDATE SET proposed = proposed + excluded.proposed"
)
CUE_PROPOSED = (
    "INSERT INTO proposal_stats (kind, name, proposed) VALUES ('cue', lower(?), ?) "
    "ON CONFLICT (kind, name) DO UPDATE SET proposed = proposed + excluded.proposed"
)

# One candidate as it travels back from a worker: Attribution's fields, in column order.
CandidateRow = tuple[str, str, str, int, int, int, int, str | None, float]


@dataclass(slots=True)
class ImportResult:
    path: str
    added: int = 0
    duplicates: int = 0
    candidates: int = 0
    documents: set[str] = field(default_factory=set)


@dataclass(slots=True)
class Chunk:
    """One batch's extraction work, small to pickle: each document's published date and the
    (up to CONTEXT) sentences before the batch, then the batch's texts in order. Duplicates
    are sent without being extracted because they still count as context for what follows."""

    documents: dict[int, tuple[date | None, list[str]]]
    items: list[tuple[int, str, bool]]  # (document id, text, extract it?)


def count_proposed(conn: sqlite3.Connection, proposals: Sequence[tuple[str, str]], sign: int = 1) -> None:
    """Add (or, with sign=-1, take away) (entity, cue) proposals to the statistics screen's
    counts: whoever writes or deletes candidates calls this in the same transaction."""
    entities = Counter(entity for entity, _ in proposals)
    cues = Counter(cue for _, cue in proposals)
    conn.executemany(ENTITY_PROPOSED, [(e, sign * n) for e, n in entities.items()])
    conn.executemany(CUE_PROPOSED, [(c, sign * n) for c, n in cues.items()])


def sentence_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


def extract_chunk(chunk: Chunk, registry: Registry | None = None) -> list[list[CandidateRow]]:
    """Candidates for each item marked for extraction, in order. The same function runs in a
    worker and in-process, so both modes give the same answer."""
    registry = registry if registry is not None else _worker_registry
    contexts = {doc: list(context) for doc, (_, context) in chunk.documents.items()}
    out: list[list[CandidateRow]] = []
    for doc, text, wanted in chunk.items:
        context = contexts[doc]
        if wanted:
            found = extract(text, registry, published=chunk.documents[doc][0], context=context)
            out.append([
                (a.source, a.entity, a.cue, a.start, a.end, a.cue_start, a.cue_end, a.date,
                 a.confidence)
                for a in found
            ])
        context.append(text)
        del context[:-CONTEXT]
    return out


_worker_registry: Registry | None = None


def _init_worker(registry: Registry) -> None:
    """Runs once in each worker: keep the registry, and leave Ctrl-C to the main process,
    which rolls the transaction back and then stops the pool."""
    global _worker_registry
    _worker_registry = registry
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def import_file(
    db: sqlite_utils.Database,
    path: str | Path,
    registry: Registry,
    *,
    fmt: str | None = None,
    split: str = "lines",
    published: date | None = None,
    progress: Callable[[int], None] | None = None,
    workers: int | None = None,
    on_skip: Callable[[InputError], None] | None = None,
) -> ImportResult:
    """Import one file in one transaction; raises InputError (nothing written) on bad input,
    or, given ``on_skip``, hands it each bad line and imports the good ones.

    ``workers``: None decides by file size and extractor cost; 0 or 1 extracts in-process;
    2 or more always uses a pool of that many processes.
    """
    path = Path(path)
    if path.is_dir():
        raise InputError(path, None, "is a directory, not a file")
    result = ImportResult(str(path))
    conn = db.conn
    extractor = _Extractor(registry, workers, _size(path))
    cache = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
    conn.execute(STAGE_CREATE)
    conn.execute("BEGIN IMMEDIATE")
    try:
        _write(conn, read_records(path, fmt, split, on_skip=on_skip), extractor, published, result, progress)
        if not result.added and not result.duplicates:
            raise EmptyInput(path, None, "no sentences found (the file is empty)")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    finally:
        extractor.close()
        conn.execute(f"PRAGMA cache_size = {int(cache)}")
    return result


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # the reader reports the problem, located


class _Done:
    """A finished in-process result, shaped like the pool's AsyncResult."""

    def __init__(self, value: list[list[CandidateRow]]) -> None:
        self.value = value

    def get(self) -> list[list[CandidateRow]]:
        return self.value


class _Extractor:
    """Runs chunks in-process or on a pool, and decides which, lazily: the pool starts only
    once the first chunk has shown extraction is worth spreading out."""

    def __init__(self, registry: Registry, workers: int | None, size: int) -> None:
        self.registry = registry
        self.pool: Pool | None = None
        self.forced = workers
        self.candidate = workers is None and size >= POOL_MIN_BYTES and default_workers() > 1
        self.in_flight = 2

    def submit(self, chunk: Chunk) -> AsyncResult[list[list[CandidateRow]]] | _Done:
        if self.pool is None and self.forced is not None and self.forced > 1:
            self._start(self.forced)
        if self.pool is not None:
            return self.pool.apply_async(extract_chunk, (chunk,))
        began = time.perf_counter()
        value = extract_chunk(chunk, self.registry)
        if self.candidate:
            self.candidate = False  # decide once, on the first chunk
            wanted = sum(1 for _, _, w in chunk.items if w)
            if wanted and (time.perf_counter() - began) / wanted > POOL_MIN_EXTRACT_SECONDS:
                self._start(default_workers())
        return _Done(value)

    def _start(self, workers: int) -> None:
        self.pool = multiprocessing.get_context("fork").Pool(
            workers, initializer=_init_worker, initargs=(self.registry,)
        )
        self.in_flight = 2 * workers

    def close(self) -> None:
        if self.pool is not None:
            self.pool.terminate()
            self.pool.join()
            self.pool = None


def _write(
    conn: sqlite3.Connection,
    records: Iterable[Record],
    extractor: _Extractor,
    published: date | None,
    result: ImportResult,
    progress: Callable[[int], None] | None,
) -> None:
    now = datetime.now(UTC).isoformat(timespec="seconds")
    documents: dict[str, tuple[int, date | None]] = {}
    positions: dict[str, int] = {}
    contexts: dict[int, list[str]] = {}
    next_seq = (conn.execute("SELECT max(seq) FROM sentences").fetchone()[0] or 0) + 1
    batch: list[tuple[Record, str]] = []
    # Batches whose sentences are written and whose candidates are being extracted, oldest
    # first: (seqs of the extracted items, records in the batch, pending result).
    pending: deque[tuple[list[int], int, Any]] = deque()

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

    def existing_ids(ids: Sequence[str]) -> set[str]:
        found: set[str] = set()
        for i in range(0, len(ids), 5_000):
            chunk = ids[i : i + 5_000]
            marks = ",".join("?" * len(chunk))
            found.update(
                r[0] for r in conn.execute(f"SELECT id FROM sentences WHERE id IN ({marks})", chunk)
            )
        return found

    def write_candidates() -> None:
        seqs, count, outcome = pending.popleft()
        rows = [
            (seq, idx, *candidate)
            for seq, found in zip(seqs, outcome.get(), strict=True)
            for idx, candidate in enumerate(found)
        ]
        conn.executemany(CANDIDATE_INSERT, rows)
        count_proposed(conn, [(row[3], row[4]) for row in rows])
        result.candidates += len(rows)
        if progress:
            progress(count)

    def flush() -> None:
        nonlocal next_seq
        existing = existing_ids(list({sid for _, sid in batch}))
        sentence_rows, seqs = [], []
        chunk = Chunk({}, [])
        for record, sid in batch:
            doc_id, doc_published = document_for(record)
            positions[record.document] += 1
            context = contexts.setdefault(doc_id, [])
            if doc_id not in chunk.documents:
                chunk.documents[doc_id] = (doc_published, context[:])
            fresh = sid not in existing
            if fresh:
                existing.add(sid)
                seqs.append(next_seq)
                sentence_rows.append(
                    (next_seq, sid, doc_id, positions[record.document], record.text,
                     json.dumps(record.meta, ensure_ascii=False) if record.meta else None)
                )
                next_seq += 1
                result.added += 1
            else:
                result.duplicates += 1
            chunk.items.append((doc_id, record.text, fresh))
            context.append(record.text)
            del context[:-CONTEXT]
        conn.executemany(STAGE_INSERT, sentence_rows)
        conn.execute(SENTENCE_INSERT)
        conn.execute(STAGE_CLEAR)
        pending.append((seqs, len(batch), extractor.submit(chunk)))
        batch.clear()
        while len(pending) >= extractor.in_flight:
            write_candidates()

    for record in records:
        batch.append((record, sentence_id(record.text)))
        if len(batch) >= BATCH:
            flush()
    if batch:
        flush()
    while pending:
        write_candidates()
