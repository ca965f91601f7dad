"""Importers: files of sentences → documents, sentences and candidates, one transaction per file.

A file is parsed lazily and written inside a single transaction, so an error on line 900,000
(or Ctrl-C, or SIGKILL) leaves the database exactly as it was before that file. Sentences are
deduplicated by a hash of their text: importing the same file twice adds nothing.
"""

from __future__ import annotations

import csv
import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import sqlite_utils
from dateutil import parser as date_parser

from extract import Registry, extract

FORMATS = ("txt", "jsonl", "csv")
SPLITS = ("lines", "sentences")
MAX_SENTENCE_CHARS = 1_000_000
BATCH = 2_000
CONTEXT = 3  # earlier sentences handed to the extractor for pronoun resolution


class InputError(Exception):
    """Bad input, located: printed as ``FILE:LINE: message``."""

    def __init__(self, path: str | Path, line: int | None, message: str) -> None:
        self.path, self.line, self.message = str(path), line, message
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {message}")


@dataclass(slots=True)
class Record:
    text: str
    document: str
    line: int
    meta: dict[str, Any] = field(default_factory=dict)
    published: str | None = None


@dataclass(slots=True)
class ImportResult:
    path: str
    added: int = 0
    duplicates: int = 0
    candidates: int = 0
    documents: set[str] = field(default_factory=set)


def sentence_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


def detect_format(path: Path) -> str:
    suffix = path.suffix.lower().lstrip(".")
    return {"jsonl": "jsonl", "ndjson": "jsonl", "csv": "csv"}.get(suffix, "txt")


def _lines(path: Path) -> Iterator[tuple[int, str]]:
    """Decoded lines with 1-based numbers; the first bad byte is reported by line."""
    try:
        handle = path.open("rb")
    except FileNotFoundError:
        raise InputError(path, None, "no such file") from None
    except IsADirectoryError:
        raise InputError(path, None, "is a directory, not a file") from None
    except PermissionError:
        raise InputError(path, None, "permission denied") from None
    with handle:
        for number, raw in enumerate(handle, 1):
            if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if b"\x00" in raw:
                raise InputError(path, number, "contains a NUL byte (is this a binary file?)")
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise InputError(
                    path, number, f"invalid UTF-8 at byte {exc.start + 1} of the line"
                ) from None
            line = line.rstrip("\r\n")
            if len(line) > MAX_SENTENCE_CHARS:
                raise InputError(
                    path, number, f"line is {len(line):,} characters; the limit is {MAX_SENTENCE_CHARS:,}"
                )
            yield number, line


def _published(value: object, path: Path, line: int) -> str | None:
    if value in (None, ""):
        return None
    try:
        return date_parser.parse(str(value)).date().isoformat()
    except (ValueError, OverflowError):
        raise InputError(path, line, f"'published' is not a date: {value!r}") from None


def read_txt(path: Path) -> Iterator[Record]:
    for number, line in _lines(path):
        if line.strip():
            yield Record(line.strip(), path.name, number)


def read_jsonl(path: Path) -> Iterator[Record]:
    for number, line in _lines(path):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(path, number, f"not valid JSON ({exc.msg})") from None
        if not isinstance(obj, dict):
            raise InputError(path, number, "expected a JSON object with a \"text\" field")
        text = obj.get("text")
        if not isinstance(text, str):
            raise InputError(path, number, "missing a \"text\" string")
        if not text.strip():
            continue
        meta = obj.get("meta") or {}
        if not isinstance(meta, dict):
            raise InputError(path, number, "\"meta\" must be an object")
        document = meta.get("document") or meta.get("doc_id") or obj.get("document") or path.name
        published = _published(meta.get("published") or obj.get("published"), path, number)
        yield Record(text.strip(), str(document), number, meta, published)


def read_csv(path: Path) -> Iterator[Record]:
    lines = (line + "\n" for _, line in _lines(path))
    reader = csv.reader(lines)
    try:
        header = next(reader)
    except StopIteration:
        return
    except csv.Error as exc:
        raise InputError(path, 1, f"not valid CSV ({exc})") from None
    header = [h.strip() for h in header]
    if "text" not in header:
        raise InputError(path, 1, "the header has no \"text\" column")
    width = len(header)
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise InputError(path, reader.line_num, f"not valid CSV ({exc})") from None
        number = reader.line_num
        if not row or not any(cell.strip() for cell in row):
            continue
        if len(row) != width:
            raise InputError(path, number, f"has {len(row)} cells; the header has {width}")
        values = dict(zip(header, row, strict=True))
        text = values.pop("text").strip()
        if not text:
            continue
        document = values.pop("document", "") or path.name
        published = _published(values.pop("published", ""), path, number)
        yield Record(text, document, number, values, published)


READERS: dict[str, Callable[[Path], Iterator[Record]]] = {
    "txt": read_txt,
    "jsonl": read_jsonl,
    "csv": read_csv,
}


def read_records(path: Path, fmt: str | None = None, split: str = "lines") -> Iterator[Record]:
    """Records of a file in order; with ``split="sentences"`` each line's prose is split."""
    records = READERS[fmt or detect_format(path)](path)
    if split == "lines":
        yield from records
        return
    from extract.split import split_sentences

    for record in records:
        for text in split_sentences(record.text):
            yield Record(text, record.document, record.line, record.meta, record.published)


def import_file(
    db: sqlite_utils.Database,
    path: str | Path,
    registry: Registry,
    *,
    fmt: str | None = None,
    split: str = "lines",
    published: date | None = None,
    progress: Callable[[int], None] | None = None,
) -> ImportResult:
    """Import one file in one transaction; raises InputError (nothing written) on bad input."""
    path = Path(path)
    if path.is_dir():
        raise InputError(path, None, "is a directory, not a file")
    result = ImportResult(str(path))
    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        _write(conn, read_records(path, fmt, split), registry, published, result, progress)
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
