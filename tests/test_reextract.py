"""Re-extraction after the registry changes: pending sentences get the new proposals,
decided ones keep exactly what they were decided on, and the statistics stay true."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from store import review, stats
from store.db import open_db
from store.importers import import_file
from store.reextract import reextract
from store.sources import add_alias, load_registry
from tests.test_stats import from_scratch
from tui import cli

LINES = [
    "The Moonbeam Watch said the dam had cracked.",
    "The Moonbeam Watch said the river was rising.",
    "Officials said the road was closed.",
]


def make(tmp_path: Path):
    src = tmp_path / "news.txt"
    src.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    db = open_db(tmp_path / "r.db")
    import_file(db, src, load_registry(db))
    return db


def test_pending_sentences_follow_the_registry_decided_ones_do_not(tmp_path: Path):
    db = make(tmp_path)
    assert review.get(db, 1).candidates[0].entity == "The Moonbeam Watch"
    decided = review.get(db, 1).candidates
    review.record_decision(db, 1, "accepted", decided, "ann")

    add_alias(db, "Moonbeam", "The Moonbeam Watch")
    result = reextract(db, load_registry(db))

    assert result.sentences == 2 and result.changed == 1
    assert review.get(db, 1).candidates == decided  # decided: untouched
    assert review.get(db, 1).attributions == decided
    [a] = review.get(db, 2).candidates
    assert a.entity == "Moonbeam" and LINES[1][a.start : a.end] == a.source
    assert {r.name: r.proposed for r in stats.acceptance(db, "entity", 100)} == {
        n: p for n, (p, _, _) in from_scratch(db, "entity").items() if p
    }


def test_nothing_changes_when_the_registry_did_not(tmp_path: Path):
    db = make(tmp_path)
    before = [review.get(db, s).candidates for s in (1, 2, 3)]
    assert reextract(db, load_registry(db)).changed == 0
    assert [review.get(db, s).candidates for s in (1, 2, 3)] == before


def test_the_command_merges_sources_and_reports(tmp_path: Path):
    make(tmp_path).close()
    (tmp_path / "extra.toml").write_text(
        '[[source]]\nentity = "Moonbeam"\nkind = "ngo"\naliases = ["The Moonbeam Watch"]\n',
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        cli.main, ["--db", str(tmp_path / "r.db"), "reextract", "--sources", str(tmp_path / "extra.toml")]
    )
    assert result.exit_code == 0, result.output
    assert "3 pending sentences: proposals changed for 2" in result.output
    db = open_db(tmp_path / "r.db")
    assert review.get(db, 2).candidates[0].entity == "Moonbeam"
