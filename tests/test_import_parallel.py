"""The pooled importer writes exactly what the in-process one does: same sentences, seqs,
positions, documents, candidates and search index; and it keeps import_file's contract."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import sqlite_utils

import store.importers as importers
from extract import bundled_registry
from store.db import open_db
from store.importers import import_file
from store.readers import InputError
from store.search import search

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from generate import write  # noqa: E402


def content(db: sqlite_utils.Database) -> tuple[list, ...]:
    return (
        db.execute("SELECT seq, id, document_id, position, text, meta, status FROM sentences"
                   " ORDER BY seq").fetchall(),
        db.execute("SELECT * FROM candidates ORDER BY sentence_seq, idx").fetchall(),
        db.execute("SELECT id, name, published, meta FROM documents ORDER BY id").fetchall(),
        db.execute("SELECT status, n FROM status_counts ORDER BY status").fetchall(),
    )


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Several articles (documents, with dates and pronouns), a few repeated sentences, and
    more than one batch, so chunk boundaries and cross-batch dedupe are both exercised."""
    path = tmp_path_factory.mktemp("corpus") / "news.jsonl"
    with path.open("w", encoding="utf-8") as out:
        write(3_000, out, seed=11, fmt="jsonl")
        write(200, out, seed=11, fmt="jsonl")  # repeats: deduplicated, still context
    return path


@pytest.fixture(autouse=True)
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importers, "BATCH", 500)


def imported(tmp_path: Path, name: str, corpus: Path, workers: int) -> sqlite_utils.Database:
    db = open_db(tmp_path / name)
    result = import_file(db, corpus, bundled_registry(), workers=workers)
    assert result.added + result.duplicates == 3_200
    return db


def test_pool_writes_what_in_process_writes(tmp_path: Path, corpus: Path) -> None:
    single = imported(tmp_path, "single.db", corpus, workers=0)
    pooled = imported(tmp_path, "pooled.db", corpus, workers=2)
    assert content(pooled) == content(single)
    assert content(single)[1], "the corpus should yield candidates"
    assert search(pooled, "said", 0, 10_000) == search(single, "said", 0, 10_000)


def test_reimport_with_pool_adds_nothing(tmp_path: Path, corpus: Path) -> None:
    db = imported(tmp_path, "again.db", corpus, workers=2)
    before = content(db)
    again = import_file(db, corpus, bundled_registry(), workers=2)
    assert again.added == 0 and again.duplicates == 3_200
    assert content(db) == before


def test_bad_line_with_pool_writes_nothing(tmp_path: Path, corpus: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(corpus.read_text(encoding="utf-8") + "{not json\n", encoding="utf-8")
    db = open_db(tmp_path / "bad.db")
    with pytest.raises(InputError) as error:
        import_file(db, bad, bundled_registry(), workers=2)
    assert error.value.line == 3_201
    assert db.execute("SELECT count(*) FROM sentences").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM candidates").fetchone()[0] == 0
    assert search(db, "said") == []


def test_context_is_the_previous_five_of_the_same_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The import hands the extractor what the evaluation measured it with: the five sentences
    before, of the same document only, across batch boundaries."""
    seen: list[tuple[str, tuple[str, ...]]] = []

    def spy(text: str, registry: object, *, published: object = None, context: tuple = ()) -> list:
        seen.append((text, tuple(context)))
        return []

    monkeypatch.setattr(importers, "extract", spy)
    monkeypatch.setattr(importers, "BATCH", 2)  # context must carry across batches
    path = tmp_path / "two.jsonl"
    lines = [("a", "A1"), ("b", "B1"), ("a", "A2"), ("a", "A3"), ("b", "B2"), ("a", "A4"),
             ("a", "A5"), ("a", "A6"), ("a", "A7")]
    path.write_text("".join(f'{{"text": "{t}", "meta": {{"document": "{d}"}}}}\n' for d, t in lines))
    import_file(open_db(tmp_path / "ctx.db"), path, bundled_registry(), workers=0)
    assert seen == [
        ("A1", ()), ("B1", ()), ("A2", ("A1",)), ("A3", ("A1", "A2")), ("B2", ("B1",)),
        ("A4", ("A1", "A2", "A3")), ("A5", ("A1", "A2", "A3", "A4")),
        ("A6", ("A1", "A2", "A3", "A4", "A5")), ("A7", ("A2", "A3", "A4", "A5", "A6")),
    ]
