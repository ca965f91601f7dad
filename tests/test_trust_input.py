"""Hostile input to ``attribution-review import``: each bad file gets one clear line naming
the file and line, exit status 2, and nothing from that file lands in the database;
``--skip-invalid`` imports the good lines and reports every skipped one on stderr.

Decided behaviour, documented here: with ``--skip-invalid`` a file left with nothing to import
(empty, or every line bad) is a *warning* (exit 0) so a batch of files goes on; without it an
empty file is an error (exit 2). Whole-file problems (a CSV header without ``text``, a UTF-16
file, a missing file) stop the import even with ``--skip-invalid``: there are no good lines.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from store.readers import MAX_SENTENCE_CHARS, read_records
from tui import cli

GOOD = b"The NIS said the troops had moved.\n"


@pytest.fixture
def run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("ATTRIBUTION_REVIEW_DB", raising=False)
    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(cli.main, ["--db", "t.db", *args], catch_exceptions=False)

    return invoke


def texts(tmp_path: Path) -> list[str]:
    path = tmp_path / "t.db"
    if not path.exists():
        return []
    conn = sqlite3.connect(path)
    try:
        return [row[0] for row in conn.execute("SELECT text FROM sentences ORDER BY seq")]
    finally:
        conn.close()


def one_error_line(result) -> str:
    """The whole of stderr must be one line, not a traceback."""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


# name, file content, the line the error names, words the message must hold
BAD_FILES = [
    ("utf8.txt", GOOD + b"caf\xe9 au lait\n" + GOOD, 2, "invalid UTF-8"),
    ("nul.txt", GOOD + b"a\x00b\n", 2, "NUL byte"),
    ("long.txt", GOOD + b"x" * 10_000_000 + b"\n" + GOOD, 2, "limit"),
    ("long_utf8.txt", GOOD + "é".encode() * (MAX_SENTENCE_CHARS + 5) + b"\n", 2, "limit"),
    ("notobject.jsonl", b'{"text": "fine"}\n[1, 2]\n', 2, "JSON object"),
    ("notext.jsonl", b'{"text": "fine"}\n{"body": "no text"}\n', 2, "\"text\""),
    ("textnotstring.jsonl", b'{"text": "fine"}\n{"text": 5}\n', 2, "\"text\""),
    ("badjson.jsonl", b'{"text": "fine"}\n{"text": "unterminated\n', 2, "not valid JSON"),
    ("surrogate.jsonl", b'{"text": "fine"}\n{"text": "lone \\ud800 here"}\n', 2, "surrogate"),
    ("bigint.jsonl", b'{"text": "fine"}\n{"text": "x", "n": ' + b"9" * 5000 + b"}\n", 2, "digits"),
    ("deep.jsonl", b'{"text": "fine"}\n' + b"[" * 200_000 + b"\n", 2, "nested"),
    ("jsonnul.jsonl", b'{"text": "fine"}\n{"text": "a\\u0000b"}\n', 2, "NUL"),
    ("badmeta.jsonl", b'{"text": "fine"}\n{"text": "x", "meta": [1]}\n', 2, "meta"),
    ("baddate.jsonl", b'{"text": "fine"}\n{"text": "x", "published": "not a day"}\n', 2, "date"),
    ("ragged.csv", b"id,text\n1,fine\n2,too,many\n", 3, "3 cells"),
    ("short.csv", b"id,text,document\n1,fine,a\n2\n", 3, "1 cells"),
    ("csvutf8.csv", b"text\nfine\nbad \xff\n", 3, "invalid UTF-8"),
]


@pytest.mark.parametrize(("name", "content", "line", "words"), BAD_FILES,
                         ids=[case[0] for case in BAD_FILES])
def test_bad_line_refuses_the_file(run, tmp_path: Path, name, content, line, words):
    (tmp_path / name).write_bytes(content)
    result = run("import", name)
    assert result.exit_code == 2
    message = one_error_line(result)
    assert f"{name}:{line}:" in message
    assert words in message
    assert texts(tmp_path) == []  # nothing from that file, not even the good first line


@pytest.mark.parametrize(("name", "content", "line", "words"), BAD_FILES,
                         ids=[case[0] for case in BAD_FILES])
def test_skip_invalid_keeps_the_good_lines(run, tmp_path: Path, name, content, line, words):
    (tmp_path / name).write_bytes(content)
    result = run("import", "--skip-invalid", name)
    assert result.exit_code == 0, result.stderr
    assert f"skipped {name}:{line}: " in result.stderr
    assert words in result.stderr
    assert "1 invalid lines skipped" in result.stderr
    kept = texts(tmp_path)
    assert kept and all(t in ("fine", GOOD.decode().strip()) for t in kept)


def test_skip_invalid_reports_every_bad_line(run, tmp_path: Path):
    lines = []
    for i in range(1, 41):
        lines.append(b"bad \xff\n" if i % 4 == 0 else f"sentence {i} said the NIS.\n".encode())
    (tmp_path / "mixed.txt").write_bytes(b"".join(lines))
    result = run("import", "--skip-invalid", "mixed.txt")
    assert result.exit_code == 0
    reported = [ln for ln in result.stderr.splitlines() if ln.startswith("attribution-review: skipped")]
    assert [r.split(":")[2] for r in reported] == [str(i) for i in range(4, 41, 4)]
    assert len(texts(tmp_path)) == 30


def test_bom_and_crlf_are_accepted(run, tmp_path: Path):
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbfFirst line said the NIS.\r\nSecond one.\r\n")
    (tmp_path / "bom.csv").write_bytes(b"\xef\xbb\xbfid,text,document,published\r\n"
                                       b"7,\"Quoted, with comma\",doc-a,2024-03-01\r\n")
    (tmp_path / "bom.jsonl").write_bytes(b'\xef\xbb\xbf{"text": "From JSON."}\r\n')
    result = run("import", "bom.txt", "bom.csv", "bom.jsonl")
    assert result.exit_code == 0, result.stderr
    assert texts(tmp_path) == [
        "First line said the NIS.", "Second one.", "Quoted, with comma", "From JSON.",
    ]


def test_csv_keeps_other_columns_as_metadata(run, tmp_path: Path):
    (tmp_path / "m.csv").write_text("id,text,document,published,outlet\n"
                                    "a1,One sentence.,doc-1,2024-02-03,Wire\n", encoding="utf-8")
    assert run("import", "m.csv").exit_code == 0
    conn = sqlite3.connect(tmp_path / "t.db")
    meta, name, published = conn.execute(
        "SELECT s.meta, d.name, d.published FROM sentences s JOIN documents d ON d.id = s.document_id"
    ).fetchone()
    conn.close()
    assert json.loads(meta) == {"id": "a1", "outlet": "Wire"}
    assert (name, published) == ("doc-1", "2024-02-03")


@pytest.mark.parametrize("flag", [[], ["--skip-invalid"]])
def test_csv_without_text_column_is_refused_even_when_skipping(run, tmp_path: Path, flag):
    (tmp_path / "nocol.csv").write_text("id,body\n1,hello\n", encoding="utf-8")
    result = run("import", *flag, "nocol.csv")
    assert result.exit_code == 2
    assert "nocol.csv:1:" in one_error_line(result)
    assert "text" in result.stderr


def test_utf16_is_named(run, tmp_path: Path):
    (tmp_path / "u16.txt").write_bytes("Hello said the NIS.\n".encode("utf-16"))
    result = run("import", "u16.txt")
    assert result.exit_code == 2 and "UTF-16" in one_error_line(result)


def test_empty_file_is_an_error_without_skip_and_a_warning_with_it(run, tmp_path: Path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"\n  \r\n\n")
    (tmp_path / "good.txt").write_bytes(GOOD)
    for name in ("empty.txt", "blank.txt"):
        result = run("import", name)
        assert result.exit_code == 2 and f"{name}: no sentences" in one_error_line(result)
    result = run("import", "--skip-invalid", "empty.txt", "blank.txt", "good.txt")
    assert result.exit_code == 0
    assert "warning: empty.txt: nothing to import" in result.stderr
    assert "warning: blank.txt: nothing to import" in result.stderr
    assert texts(tmp_path) == [GOOD.decode().strip()]


def test_a_bad_file_in_a_batch_keeps_the_files_before_it(run, tmp_path: Path):
    """Each file is its own transaction: the earlier file stays, the bad one is absent."""
    (tmp_path / "a.txt").write_bytes(GOOD)
    (tmp_path / "b.txt").write_bytes(b"Another sentence.\n\xff\n")
    result = run("import", "a.txt", "b.txt")
    assert result.exit_code == 2 and "b.txt:2:" in one_error_line(result)
    assert texts(tmp_path) == [GOOD.decode().strip()]


@pytest.mark.parametrize("name", ["missing.txt", "folder"])
def test_missing_file_or_directory(run, tmp_path: Path, name):
    (tmp_path / "folder").mkdir()
    result = run("import", name)
    assert result.exit_code == 2 and name in one_error_line(result)


def test_csv_row_is_located_by_its_first_line_across_quoted_newlines(tmp_path: Path):
    path = tmp_path / "q.csv"
    path.write_bytes(b'id,text\n1,"two\nlines"\n2,ok,extra\n')
    errors = []
    records = list(read_records(path, on_skip=errors.append))
    assert [(r.text, r.line) for r in records] == [("two\nlines", 2)]
    assert [(e.line, e.message) for e in errors] == [(4, "has 3 cells; the header has 2")]


# -- database files that are not ours ----------------------------------------------------


def _corrupt(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x TEXT)")
    conn.executemany("INSERT INTO t VALUES (?)", [("x" * 500,)] * 200)
    conn.commit()
    conn.close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xa5" * (4096 - 100)  # trample the schema page, keep the header
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("kind", ["text", "image", "corrupt", "other-sqlite", "directory"])
@pytest.mark.parametrize("command", [["stats"], ["export"], ["import", "good.txt"], ["review"]])
def test_not_our_database_is_one_clear_line(tmp_path: Path, monkeypatch, kind, command):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "good.txt").write_bytes(GOOD)
    db = tmp_path / "x.db"
    if kind == "text":
        db.write_text("hello, this is a text file and not a database at all\n" * 10)
    elif kind == "image":
        db.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    elif kind == "corrupt":
        _corrupt(db)
    elif kind == "other-sqlite":
        conn = sqlite3.connect(db)
        conn.execute("CREATE TABLE notes (body TEXT)")
        conn.close()
    else:
        db.mkdir()
    before = db.read_bytes() if db.is_file() else None
    result = CliRunner().invoke(cli.main, ["--db", str(db), *command], catch_exceptions=False)
    assert result.exit_code == 2
    line = one_error_line(result)
    assert line.startswith("attribution-review: error: ") and "x.db" in line
    if before is not None:
        assert db.read_bytes() == before  # refused without being touched
