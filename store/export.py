"""Export: reviewed data out to the user's other tools, streamed row by row.

One record per sentence (DESIGN.md's contract): ``attributions`` are the reviewer's final ones
when decided and the candidates while pending. Rows come from one cursor over the primary key
and are written as they arrive, so memory stays flat at any size.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Iterator
from json.encoder import encode_basestring as _encode_str
from typing import IO, Any, TypeVar

import sqlite_utils

T = TypeVar("T")
STATUS_FILTERS = ("pending", "accepted", "edited", "rejected", "reviewed", "all")
FORMATS = ("jsonl", "csv")
CSV_FIELDS = (
    "sentence_id", "document", "position", "text", "status", "entities", "sources", "cues",
    "attributions", "candidates", "reviewer", "decided_at",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

_QUERY = """
SELECT s.seq, s.id, d.name, s.position, s.text, s.status, dec.attributions, dec.reviewer,
       dec.decided_at
FROM sentences s
JOIN documents d ON d.id = s.document_id
LEFT JOIN decisions dec ON dec.id = s.decision_id
"""
PAGE = 1_000


def _where(status: str) -> tuple[str, list[Any]]:
    if status == "all":
        return "", []
    if status == "reviewed":
        return "s.status != 'pending'", []
    if status not in STATUS_FILTERS:
        raise ValueError(f"unknown status filter {status!r}")
    return "s.status = ?", [status]


def page_query(status: str = "all") -> tuple[str, list[Any]]:
    """The SQL of one export page for ``status`` and its parameters before the keyset
    ``after`` (and the LIMIT): exposed so tests/test_query_plans.py checks the real query."""
    condition, params = _where(status)
    where = " AND ".join(c for c in (condition, "s.seq > ?") if c)
    return f"{_QUERY} WHERE {where} ORDER BY s.seq LIMIT ?", params



def count(db: sqlite_utils.Database, status: str = "all") -> int:
    """How many records ``records(db, status)`` yields, from the trigger-kept status counts:
    a progress bar's length that costs nothing to know."""
    _where(status)  # validates
    counts = dict(db.execute("SELECT status, n FROM status_counts").fetchall())
    if status == "all":
        return int(sum(counts.values()))
    if status == "reviewed":
        return int(sum(n for s, n in counts.items() if s != "pending"))
    return int(counts.get(status, 0))


def ticking(rows: Iterable[T], progress: Callable[[int], None], every: int = PAGE) -> Iterator[T]:
    """Pass ``rows`` through, telling ``progress`` how many went by every ``every`` rows (not
    every row: a progress bar redrawn a million times would cost more than the export)."""
    n = 0
    for row in rows:
        yield row
        n += 1
        if n == every:
            progress(n)
            n = 0
    if n:
        progress(n)


def records(db: sqlite_utils.Database, status: str = "all") -> Iterator[dict[str, Any]]:
    """Export records as dicts (for CSV and for Python callers): the JSONL lines, parsed, so
    both formats say exactly the same thing. A generator: one page is held at a time."""
    return (json.loads(line) for line in jsonl_lines(db, status))


# Candidates as JSON text, built by SQLite's JSON functions (C), one array per sentence. The
# rows are read along the primary key (sentence_seq, idx), so each array is in idx order and
# no sort is needed (tests/test_query_plans.py pins that plan).
CANDIDATES_JSON_QUERY = """
SELECT sentence_seq, json_group_array(json_object(
    'source', source, 'entity', entity, 'cue', cue, 'start', start, 'end', "end",
    'cue_start', cue_start, 'cue_end', cue_end, 'date', date, 'confidence', confidence))
FROM candidates WHERE sentence_seq BETWEEN ? AND ?
GROUP BY sentence_seq
"""


def jsonl_lines(db: sqlite_utils.Database, status: str = "all") -> Iterator[str]:
    """The JSONL export as ready lines, same records as ``records()`` (json.loads of a line
    equals its dict), built without a dict per row: the reviewer's attributions are stored as
    JSON already and candidates come as JSON from SQLite, so only the scalar fields go
    through ``json.dumps``. This is what keeps a million-row export near the cost of dumping
    the rows at all. Every JSON encoder involved escapes control characters, so a record is
    always one line."""
    query, params = page_query(status)
    after = 0
    while True:
        rows = db.execute(query, [*params, after, PAGE]).fetchall()
        if not rows:
            return
        candidates = dict(db.execute(CANDIDATES_JSON_QUERY, [rows[0][0], rows[-1][0]]).fetchall())
        for seq, sid, document, position, text, st, attrs, reviewer, decided_at in rows:
            cands = candidates.get(seq, "[]")
            decided = st != "pending"
            yield one_line("".join((
                '{"sentence_id": ', _json(sid), ', "document": ', _json(document),
                ', "position": ', _json(position), ', "text": ', _json(text),
                ', "status": ', _json(st),
                ', "attributions": ', attrs if decided and attrs else cands,
                ', "candidates": ', cands,
                ', "reviewer": ', _json(reviewer if decided else None),
                ', "decided_at": ', _json(decided_at if decided else None), "}\n",
            )))
        after = rows[-1][0]


_LINE_BREAKERS = {0x2028: "\\u2028", 0x2029: "\\u2029", 0x85: "\\u0085"}


def one_line(line: str) -> str:
    """Escape the characters json.dumps leaves raw that ``str.splitlines()`` (and JavaScript
    before ES2019) treat as line breaks, so a record is one line for every reader. They can
    only stand inside JSON strings, where the escape means the same character."""
    if "\u2028" in line or "\u2029" in line or "\x85" in line:
        return line.translate(_LINE_BREAKERS)
    return line


def _json(value: object) -> str:
    """One scalar as json.dumps(..., ensure_ascii=False) writes it, taking the C string
    encoder json.dumps itself uses for str, without building an encoder per call."""
    if isinstance(value, str):
        return _encode_str(value)
    if value is None:
        return "null"
    return json.dumps(value)


def write_lines(lines: Iterable[str], out: IO[str], tick: Callable[[], None] | None = None) -> int:
    n = 0
    for line in lines:
        out.write(line)
        n += 1
        if tick:
            tick()
    return n


def write_jsonl(rows: Iterator[dict[str, Any]], out: IO[str], tick: Callable[[], None] | None = None) -> int:
    """JSON Lines; ``ensure_ascii=False`` keeps text readable, and json escapes every control
    character, so a record is always exactly one line whatever the sentence holds."""
    n = 0
    for row in rows:
        out.write(one_line(json.dumps(row, ensure_ascii=False)) + "\n")
        n += 1
        if tick:
            tick()
    return n


def neutralize(cell: str) -> str:
    """Stop a spreadsheet from running a cell as a formula (OWASP CSV injection advice)."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def write_csv(rows: Iterator[dict[str, Any]], out: IO[str], tick: Callable[[], None] | None = None) -> int:
    writer = csv.writer(out)
    writer.writerow(CSV_FIELDS)
    n = 0
    for row in rows:
        attrs = row["attributions"]
        flat = {
            **row,
            "entities": "; ".join(a["entity"] for a in attrs),
            "sources": "; ".join(a["source"] for a in attrs),
            "cues": "; ".join(a["cue"] for a in attrs),
            "attributions": json.dumps(attrs, ensure_ascii=False),
            "candidates": json.dumps(row["candidates"], ensure_ascii=False),
        }
        writer.writerow(
            neutralize(str(flat[f])) if flat[f] is not None else "" for f in CSV_FIELDS
        )
        n += 1
        if tick:
            tick()
    return n


WRITERS = {"jsonl": write_jsonl, "csv": write_csv}
