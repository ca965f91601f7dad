"""Readers: files of sentences (txt, jsonl, csv) → records, lazily, each located by line.

Parsing is separate from writing so that every bad byte, line or row is reported as
``FILE:LINE: message`` before or while the importer writes, inside the importer's transaction.

The files come from the open web, so nothing here trusts them: a line is read with a byte
limit (a 10 GB file without a newline cannot exhaust memory), bytes must be UTF-8 without NUL,
JSON must hold an object whose strings SQLite can store (no lone surrogates from ``\\udXXX``
escapes), and CSV rows must match the header. By default the first problem stops the file;
with an ``on_skip`` callback a bad line is handed to it and reading goes on, so one
stray byte does not cost the other million lines. Problems with the file as a whole (missing,
a directory, a CSV header without ``text``) always stop it: there are no good lines to keep.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from dateutil import parser as date_parser

FORMATS = ("txt", "jsonl", "csv")
SPLITS = ("lines", "sentences")
MAX_SENTENCE_CHARS = 1_000_000
# A line of MAX_SENTENCE_CHARS characters is at most 4 bytes each in UTF-8, plus "\r\n".
_MAX_LINE_BYTES = 4 * MAX_SENTENCE_CHARS + 2
_DRAIN_BYTES = 1 << 20
# The csv module's default cell limit (131,072) is below ours; raise it (process-wide, but only
# ever upwards) so a long CSV sentence meets the same limit as a long txt line.
csv.field_size_limit(max(csv.field_size_limit(), MAX_SENTENCE_CHARS))
# A JSON escape for a UTF-16 surrogate: the only way a lone surrogate (which SQLite cannot store
# as UTF-8) gets into a str. Cheap pre-check so valid files pay nothing for the full check.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


class InputError(Exception):
    """Bad input, located: printed as ``FILE:LINE: message``."""

    def __init__(self, path: str | Path, line: int | None, message: str) -> None:
        self.path, self.line, self.message = str(path), line, message
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {message}")


OnSkip = Callable[[InputError], None]


class EmptyInput(InputError):
    """A file with no sentence to import: an error, or only a warning under --skip-invalid
    (the user asked for the good lines, and there were none)."""


@dataclass(slots=True)
class Record:
    text: str
    document: str
    line: int
    meta: dict[str, Any] = field(default_factory=dict)
    published: str | None = None


class _Problems:
    """Where a bad line goes: raised (the default, the whole file is refused) or, with
    ``skip``, counted and handed to ``on_skip`` so the reader can carry on."""

    def __init__(self, skip: bool, on_skip: OnSkip | None) -> None:
        self.skip, self.on_skip, self.skipped = skip, on_skip, 0

    def __call__(self, error: InputError) -> None:
        if not self.skip:
            raise error
        self.skipped += 1
        if self.on_skip is not None:
            self.on_skip(error)


def _strict() -> _Problems:
    return _Problems(False, None)


def detect_format(path: Path) -> str:
    suffix = path.suffix.lower().lstrip(".")
    return {"jsonl": "jsonl", "ndjson": "jsonl", "csv": "csv"}.get(suffix, "txt")


def _open(path: Path) -> IO[bytes]:
    try:
        return path.open("rb")
    except FileNotFoundError:
        raise InputError(path, None, "no such file") from None
    except IsADirectoryError:
        raise InputError(path, None, "is a directory, not a file") from None
    except PermissionError:
        raise InputError(path, None, "permission denied") from None
    except OSError as exc:
        raise InputError(path, None, f"cannot be read ({exc.strerror or exc})") from None


def _raw_lines(handle: IO[bytes]) -> Iterator[bytes | None]:
    """Raw lines, each read with a byte limit; ``None`` stands for a line too long to hold
    (its bytes are read and dropped in chunks, so memory stays bounded)."""
    while True:
        raw = handle.readline(_MAX_LINE_BYTES)
        if not raw:
            return
        if len(raw) == _MAX_LINE_BYTES and not raw.endswith(b"\n"):
            while True:
                rest = handle.readline(_DRAIN_BYTES)
                if not rest or rest.endswith(b"\n"):
                    break
            yield None
            continue
        yield raw


def _lines(path: Path, problems: _Problems | None = None) -> Iterator[tuple[int, str]]:
    """Decoded lines with 1-based numbers, without their line end (LF or CRLF) or a leading
    byte-order mark. A line with a bad byte goes to ``problems``."""
    problems = problems or _strict()
    with _open(path) as handle:
        for number, raw in enumerate(_raw_lines(handle), 1):
            if raw is None:
                problems(InputError(
                    path, number, f"line is longer than the limit of {MAX_SENTENCE_CHARS:,} characters"
                ))
                continue
            if number == 1:
                if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
                    raise InputError(path, 1, "is UTF-16; save it as UTF-8 and import it again")
                if raw.startswith(b"\xef\xbb\xbf"):
                    raw = raw[3:]
            if b"\x00" in raw:
                problems(InputError(path, number, "contains a NUL byte (is this a binary file?)"))
                continue
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                problems(InputError(
                    path, number, f"invalid UTF-8 at byte {exc.start + 1} of the line"
                ))
                continue
            line = line.rstrip("\r\n")
            if len(line) > MAX_SENTENCE_CHARS:
                problems(InputError(
                    path, number,
                    f"line is {len(line):,} characters; the limit is {MAX_SENTENCE_CHARS:,}",
                ))
                continue
            yield number, line


def _published(value: object, path: Path, line: int) -> str | None:
    if value in (None, ""):
        return None
    try:
        return date_parser.parse(str(value)).date().isoformat()
    except (ValueError, OverflowError, TypeError):
        raise InputError(path, line, f"'published' is not a date: {str(value)[:80]!r}") from None


def read_txt(path: Path, problems: _Problems | None = None) -> Iterator[Record]:
    for number, line in _lines(path, problems):
        if line.strip():
            yield Record(line.strip(), path.name, number)


def _jsonl_record(path: Path, number: int, line: str) -> Record | None:
    """One JSONL line → a Record (None for a blank text); InputError if it is not usable."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(path, number, f"not valid JSON ({exc.msg})") from None
    except ValueError:  # json's own errors are caught above: this is int's digit limit
        raise InputError(path, number, "not usable JSON (a number with too many digits)") from None
    except RecursionError:
        raise InputError(path, number, "not usable JSON (nested too deeply)") from None
    if not isinstance(obj, dict):
        raise InputError(path, number, "expected a JSON object with a \"text\" field")
    if _SURROGATE_ESCAPE.search(line):
        try:
            json.dumps(obj, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:
            raise InputError(
                path, number, "holds a lone UTF-16 surrogate escape (\\udXXX), not text"
            ) from None
        except (ValueError, RecursionError):
            raise InputError(path, number, "not usable JSON") from None
    text = obj.get("text")
    if not isinstance(text, str):
        raise InputError(path, number, "missing a \"text\" string")
    if "\x00" in text:
        raise InputError(path, number, "\"text\" contains a NUL character")
    if not text.strip():
        return None
    meta = obj.get("meta") or {}
    if not isinstance(meta, dict):
        raise InputError(path, number, "\"meta\" must be an object")
    document = str(
        meta.get("document") or meta.get("doc_id") or obj.get("document") or path.name
    )
    if "\x00" in document:
        raise InputError(path, number, "the document name contains a NUL character")
    published = _published(meta.get("published") or obj.get("published"), path, number)
    return Record(text.strip(), document, number, meta, published)


def read_jsonl(path: Path, problems: _Problems | None = None) -> Iterator[Record]:
    problems = problems or _strict()
    for number, line in _lines(path, problems):
        if not line.strip():
            continue
        try:
            record = _jsonl_record(path, number, line)
        except InputError as exc:
            problems(exc)
            continue
        if record is not None:
            yield record


def read_csv(path: Path, problems: _Problems | None = None) -> Iterator[Record]:
    """A ``text`` column, optional ``document`` and ``published``; every other column is kept
    as metadata. A row is located by the line it starts on (a quoted cell may span lines)."""
    problems = problems or _strict()
    numbers: list[int] = []  # physical line numbers the csv reader has taken for this row

    def header_problem(error: InputError) -> None:
        # A bad header line is a whole-file problem: another line must not become the header.
        if not numbers and error.line == 1:
            raise error
        problems(error)

    def feed() -> Iterator[str]:
        for number, line in _lines(path, _Problems(True, header_problem)):
            numbers.append(number)
            yield line + "\n"

    reader = csv.reader(feed())
    try:
        header = next(reader)
    except StopIteration:
        return
    except csv.Error as exc:
        raise InputError(path, numbers[0] if numbers else 1, f"not valid CSV ({exc})") from None
    header_line = numbers[0]
    header = [h.strip() for h in header]
    if "text" not in header:
        raise InputError(path, header_line, "the header has no \"text\" column")
    duplicates = sorted({h for h in header if header.count(h) > 1})
    if duplicates:
        raise InputError(path, header_line, f"the header repeats column {duplicates[0]!r}")
    width = len(header)
    while True:
        numbers.clear()
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            problems(InputError(path, numbers[0] if numbers else None, f"not valid CSV ({exc})"))
            continue
        number = numbers[0] if numbers else 0
        if not row or not any(cell.strip() for cell in row):
            continue
        if len(row) != width:
            problems(InputError(path, number, f"has {len(row)} cells; the header has {width}"))
            continue
        values = dict(zip(header, row, strict=True))
        text = values.pop("text").strip()
        if not text:
            continue
        document = values.pop("document", "").strip() or path.name
        try:
            published = _published(values.pop("published", ""), path, number)
        except InputError as exc:
            problems(exc)
            continue
        yield Record(text, document, number, values, published)


READERS: dict[str, Callable[[Path, _Problems | None], Iterator[Record]]] = {
    "txt": read_txt,
    "jsonl": read_jsonl,
    "csv": read_csv,
}


def read_records(
    path: Path,
    fmt: str | None = None,
    split: str = "lines",
    *,
    on_skip: OnSkip | None = None,
) -> Iterator[Record]:
    """Records of a file in order; with ``split="sentences"`` each line's prose is split.

    A bad line raises InputError, unless there is an ``on_skip``: then the error
    (``FILE:LINE: reason``) is handed to it, the line is left out and the good lines still
    come (``--skip-invalid``).
    """
    path = Path(path)
    problems = _Problems(on_skip is not None, on_skip)
    records = READERS[fmt or detect_format(path)](path, problems)
    if split == "lines":
        yield from records
        return
    from extract.split import split_sentences

    for record in records:
        for text in split_sentences(record.text):
            yield Record(text, record.document, record.line, record.meta, record.published)
