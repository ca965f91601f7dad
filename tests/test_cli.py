"""The command line as a user drives it: import, extract, export, stats, first run."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from extract.registry import seeds_dir
from store.db import open_db
from tests.conftest import SEED_COUNT
from tui import cli

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("ATTRIBUTION_REVIEW_DB", raising=False)
    runner = CliRunner()

    def invoke(*args: str, input: str | None = None):
        return runner.invoke(cli.main, list(args), input=input, catch_exceptions=False)

    return invoke


def count(db_path: Path, table: str = "sentences") -> int:
    db = open_db(db_path)
    try:
        return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        db.close()


def test_first_run_imports_the_seeds_and_opens_the_review(run, tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr("tui.app.ReviewApp.run", lambda self: opened.append(self.db_path))
    result = run("--reviewer", "ann")
    assert result.exit_code == 0, result.output
    assert opened == [Path("attribution-review.db")]
    assert count(tmp_path / "attribution-review.db") == SEED_COUNT
    # A second start opens the same database and imports nothing again.
    assert run().exit_code == 0
    assert count(tmp_path / "attribution-review.db") == SEED_COUNT


def test_db_option_and_environment_choose_the_file(run, tmp_path, monkeypatch):
    monkeypatch.setattr("tui.app.ReviewApp.run", lambda self: None)
    assert run("--db", "mine.db", "review").exit_code == 0
    assert count(tmp_path / "mine.db") == SEED_COUNT
    monkeypatch.setenv("ATTRIBUTION_REVIEW_DB", str(tmp_path / "env.db"))
    assert run("review").exit_code == 0
    assert count(tmp_path / "env.db") == SEED_COUNT
    assert not (tmp_path / "attribution-review.db").exists()


def test_import_txt_skips_blank_lines_and_reports_duplicates(run, tmp_path):
    (tmp_path / "news.txt").write_text(
        "The ministry said prices rose.\n\n  \nPrices fell, analysts said.\n", encoding="utf-8"
    )
    first = run("import", "news.txt")
    assert first.exit_code == 0
    assert "news.txt: 2 sentences added" in first.output
    again = run("import", "news.txt")
    assert "0 sentences added, 2 already present" in again.output
    assert count(tmp_path / "attribution-review.db") == 2


def test_import_format_option_overrides_the_extension(run, tmp_path):
    (tmp_path / "lines.data").write_text('{"text": "Rain is due, forecasters said."}\n', encoding="utf-8")
    assert run("import", "--format", "jsonl", "lines.data").exit_code == 0
    db = open_db(tmp_path / "attribution-review.db")
    assert db.execute("SELECT text FROM sentences").fetchall() == [("Rain is due, forecasters said.",)]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.txt", None, "missing.txt: no such file"),
        ("bad.txt", b"fine line\nbad \xff byte\n", "bad.txt:2: invalid UTF-8"),
        ("bad.jsonl", b'{"text": "ok"}\n{"text": "unclosed\n', "bad.jsonl:2: not valid JSON"),
        ("obj.jsonl", b'{"text": "ok"}\n["text"]\n', "obj.jsonl:2: expected a JSON object"),
    ],
)
def test_bad_input_is_one_clear_line_exit_2_and_nothing_imported(run, tmp_path, name, content, message):
    assert run("import", str(seeds_dir() / "000_ecb5244255c7fdbd.txt")).exit_code == 0
    if content is not None:
        (tmp_path / name).write_bytes(content)
    result = run("import", name)
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], result.stderr
    assert count(tmp_path / "attribution-review.db") == 11


def test_a_directory_is_refused(run, tmp_path):
    (tmp_path / "folder").mkdir()
    result = run("import", "folder")
    assert result.exit_code == 2
    assert "folder: is a directory" in result.stderr


def test_extract_streams_jsonl_per_the_contract(run, tmp_path):
    lines = [
        "South Korea’s National Intelligence Service reported that 300 soldiers were killed.",
        "Prices rose in March.",
    ]
    result = run("extract", input="\n".join(lines) + "\n")
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["text"] for r in records] == lines
    for record in records:
        for a in record["attributions"]:
            assert {"source", "entity", "cue", "start", "end", "date", "confidence"} <= set(a)
            assert record["text"][a["start"] : a["end"]] == a["source"]
    (tmp_path / "in.txt").write_text("\n".join(lines), encoding="utf-8")
    from_file = run("extract", "in.txt")
    assert from_file.stdout == result.stdout


def test_export_jsonl_csv_status_and_output_file(run, tmp_path):
    run("import", str(seeds_dir() / "000_ecb5244255c7fdbd.txt"))
    db = open_db(tmp_path / "attribution-review.db")
    from store import review

    review.record_decision(db, 1, "accepted", review.get(db, 1).candidates, "ann")
    review.record_decision(db, 2, "rejected", [], "ann")
    db.close()

    jsonl = run("export")
    records = [json.loads(line) for line in jsonl.stdout.splitlines()]
    assert [r["status"] for r in records][:3] == ["accepted", "rejected", "pending"]
    assert len(records) == 11

    reviewed = run("export", "--status", "reviewed", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(reviewed.stdout)))
    assert [r["status"] for r in rows] == ["accepted", "rejected"]
    assert rows[0]["reviewer"] == "ann" and json.loads(rows[1]["attributions"]) == []

    out = run("export", "--status", "rejected", "-o", "out.jsonl")
    assert out.exit_code == 0 and "1 sentences written to out.jsonl" in out.stderr
    assert len((tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()) == 1


def test_export_without_a_database_says_so(run):
    result = run("export")
    assert result.exit_code == 2
    assert "no such database" in result.stderr


def test_stats_prints_counts(run):
    run("import", str(seeds_dir() / "003_2e7b110e79266817.txt"))
    result = run("stats")
    assert "sentences  12" in result.stdout
    assert "pending  12" in result.stdout


def test_help_lists_every_command(run):
    result = run("--help")
    for command in ("review", "import", "export", "extract", "stats"):
        assert command in result.stdout


def test_the_wheel_carries_the_seeds_registry_and_data(tmp_path):
    """A non-editable install finds the seeds inside the package (extract/seeds), and the
    extractor's learned lexicons and the screens' styles travel with the code."""
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(tmp_path), str(ROOT)],
        check=True, capture_output=True,
    )
    wheel = next(tmp_path.glob("attribution_review-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "extract/seeds/sources.toml" in names
    for seed in seeds_dir().glob("*.txt"):
        assert f"extract/seeds/{seed.name}" in names
    data = [p.relative_to(ROOT).as_posix() for p in
            [*(ROOT / "extract").glob("*.tsv"), *(ROOT / "tui").rglob("*.tcss")]]
    assert data and set(data) <= names
