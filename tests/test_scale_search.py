"""Full-text search: what a user types never reaches FTS5's query language, results come in
queue order a page at a time, and the index follows the table through its triggers."""

from __future__ import annotations

import pytest
import sqlite_utils
from hypothesis import given, settings
from hypothesis import strategies as st

from store.db import open_db
from store.search import fts_query, search

TEXTS = [
    "The NIS said 300 soldiers were killed.",
    "Zelenskyy said he is willing to swap the soldiers.",
    'A "quoted" AND( weird [bold]line[/bold] about the Kremlin.',
    "The Kremlin declined to comment.",
    "Zelenskyy posted a video on X.",
    "Ukraine’s president said the soldiers knew little.",
]


@pytest.fixture(scope="module")
def db() -> sqlite_utils.Database:
    db = open_db(":memory:")
    db.execute("INSERT INTO documents (name, imported_at) VALUES ('doc', 'now')")
    for seq, text in enumerate(TEXTS, 1):
        db.execute(
            "INSERT INTO sentences (seq, id, document_id, position, text) VALUES (?, ?, 1, ?, ?)",
            [seq, f"id{seq}", seq, text],
        )
    return db


def test_words_in_any_order_in_queue_order(db: sqlite_utils.Database) -> None:
    assert search(db, "said") == [1, 2, 6]
    assert search(db, "soldiers ZELENSKYY") == [2]
    assert search(db, "kremlin") == [3, 4]


def test_pages_by_after_seq(db: sqlite_utils.Database) -> None:
    assert search(db, "said", after_seq=0, limit=2) == [1, 2]
    assert search(db, "said", after_seq=2, limit=2) == [6]
    assert search(db, "said", after_seq=6, limit=2) == []


def test_prefix_only_when_asked(db: sqlite_utils.Database) -> None:
    assert search(db, "kreml") == []
    assert search(db, "kreml*") == [3, 4]


@pytest.mark.parametrize(
    "typed", ['"', 'AND(', '"quoted', "NEAR(a b)", "*", "-", "^", "said OR", "NOT said",
              "col:said", "text:said", '""""', "(", ")", "{text}: said", "said AND", "\x00", ""],
)
def test_hostile_input_does_not_crash(db: sqlite_utils.Database, typed: str) -> None:
    assert isinstance(search(db, typed), list)


def test_quoted_words_are_searched_as_words(db: sqlite_utils.Database) -> None:
    assert search(db, '"quoted" AND(') == [3]
    assert search(db, "said OR") == []  # OR is a word here, not an operator


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_any_text_is_a_valid_query(typed: str) -> None:
    db = open_db(":memory:")
    expression = fts_query(typed)
    if expression:
        db.execute("SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ?", [expression])


def test_index_follows_inserts_updates_and_deletes() -> None:
    db = open_db(":memory:")
    db.execute("INSERT INTO documents (name, imported_at) VALUES ('doc', 'now')")
    db.execute("INSERT INTO sentences (seq, id, document_id, position, text)"
               " VALUES (1, 'a', 1, 1, 'The Pentagon said so.')")
    assert search(db, "pentagon") == [1]
    db.execute("UPDATE sentences SET status = 'accepted' WHERE seq = 1")  # not the text
    assert search(db, "pentagon") == [1]
    db.execute("UPDATE sentences SET text = 'The CIA said so.' WHERE seq = 1")
    assert search(db, "pentagon") == [] and search(db, "cia") == [1]
    db.execute("DELETE FROM sentences WHERE seq = 1")
    assert search(db, "cia") == []
    db.execute("INSERT INTO sentences_fts (sentences_fts) VALUES ('integrity-check')")
