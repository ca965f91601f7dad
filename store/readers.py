"""Readers: files of sentences (txt, jsonl, csv) → records, lazily, each located by line.

Parsing is separate from writing so that every bad byte, line or row is reported as
``FILE:LINE: message`` before or while the importer writes, inside the importer's transaction.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dateutil import parser as date_parser

FORMATS = ("txt", "jsonl", "csv")
SPLITS = ("lines", "sentences")
MAX_SENTENCE_CHARS = 1_000_000


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


