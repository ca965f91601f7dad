"""The schema, as numbered migrations applied in order (``PRAGMA user_version``).

A new version appends a list to MIGRATIONS; existing lists are never edited, because a
database in the field has already run them.
"""

from __future__ import annotations

MIGRATIONS: dict[int, list[str]] = {
    1: [
        """CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            published TEXT,
            meta TEXT,
            imported_at TEXT NOT NULL
        )""",
        # seq is the queue order (import order); id is the content hash that dedupes.
        """CREATE TABLE sentences (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            document_id INTEGER NOT NULL REFERENCES documents(id),
            position INTEGER NOT NULL,
            text TEXT NOT NULL,
            meta TEXT,
            status TEXT NOT NULL DEFAULT 'pending'
                CHECK (status IN ('pending', 'accepted', 'edited', 'rejected')),
            flagged INTEGER NOT NULL DEFAULT 0,
            decision_id INTEGER
        )""",
        "CREATE INDEX sentences_status ON sentences(status, seq)",
        "CREATE INDEX sentences_document ON sentences(document_id, position)",
        """CREATE TABLE candidates (
            sentence_seq INTEGER NOT NULL REFERENCES sentences(seq),
            idx INTEGER NOT NULL,
            source TEXT NOT NULL,
            entity TEXT NOT NULL,
            cue TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            cue_start INTEGER NOT NULL,
            cue_end INTEGER NOT NULL,
            date TEXT,
            confidence REAL NOT NULL,
            PRIMARY KEY (sentence_seq, idx)
        ) WITHOUT ROWID""",
        "CREATE INDEX candidates_entity ON candidates(entity, sentence_seq)",
        # Append-only: undo appends a row that restores the earlier state (undoes = its id).
        """CREATE TABLE decisions (
            id INTEGER PRIMARY KEY,
            sentence_seq INTEGER NOT NULL REFERENCES sentences(seq),
            reviewer TEXT NOT NULL,
            status TEXT NOT NULL
                CHECK (status IN ('pending', 'accepted', 'edited', 'rejected')),
            attributions TEXT NOT NULL,
            note TEXT,
            undoes INTEGER REFERENCES decisions(id),
            decided_at TEXT NOT NULL
        )""",
        "CREATE INDEX decisions_sentence ON decisions(sentence_seq, reviewer, id)",
        "CREATE INDEX decisions_reviewer ON decisions(reviewer, decided_at)",
        """CREATE TABLE sources (
            entity TEXT PRIMARY KEY,
            kind TEXT NOT NULL DEFAULT 'unknown',
            aliases TEXT NOT NULL DEFAULT '[]'
        )""",
        # Per-status counts kept by triggers so progress costs the same at any size.
        """CREATE TABLE status_counts (
            status TEXT PRIMARY KEY,
            n INTEGER NOT NULL
        )""",
        """INSERT INTO status_counts (status, n) VALUES
            ('pending', 0), ('accepted', 0), ('edited', 0), ('rejected', 0)""",
        """CREATE TRIGGER sentences_count_insert AFTER INSERT ON sentences BEGIN
            UPDATE status_counts SET n = n + 1 WHERE status = NEW.status;
        END""",
        """CREATE TRIGGER sentences_count_delete AFTER DELETE ON sentences BEGIN
            UPDATE status_counts SET n = n - 1 WHERE status = OLD.status;
        END""",
        """CREATE TRIGGER sentences_count_update AFTER UPDATE OF status ON sentences
            WHEN OLD.status != NEW.status BEGIN
            UPDATE status_counts SET n = n - 1 WHERE status = OLD.status;
            UPDATE status_counts SET n = n + 1 WHERE status = NEW.status;
        END""",
        # Scale (issue 5): an index for every filter, and full-text search over the text.
        "CREATE INDEX sentences_flagged ON sentences(seq) WHERE flagged = 1",
        "CREATE INDEX decisions_date ON decisions(decided_at)",
        # External content (no second copy of the text), kept in sync by triggers named as
        # sqlite-utils names them, so its detect_fts()/search() find it too. The update
        # trigger fires only when the text changes, not on every decision's status update.
        """CREATE VIRTUAL TABLE sentences_fts USING fts5(
            text, content="sentences", content_rowid="seq",
            tokenize='unicode61 remove_diacritics 2'
        )""",
        """CREATE TRIGGER sentences_ai AFTER INSERT ON sentences BEGIN
            INSERT INTO sentences_fts (rowid, text) VALUES (new.seq, new.text);
        END""",
        """CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN
            INSERT INTO sentences_fts (sentences_fts, rowid, text)
                VALUES ('delete', old.seq, old.text);
        END""",
        """CREATE TRIGGER sentences_au AFTER UPDATE OF text ON sentences BEGIN
            INSERT INTO sentences_fts (sentences_fts, rowid, text)
                VALUES ('delete', old.seq, old.text);
            INSERT INTO sentences_fts (rowid, text) VALUES (new.seq, new.text);
        END""",
        # Review (issue 4): small per-database settings, e.g. the reviewer's last queue filter,
        # so starting again resumes where the filter left off.
        "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        # Flagged *and* pending: without it the planner walks the whole pending queue
        # (sentences_status) looking for the few flagged ones.
        "CREATE INDEX sentences_flagged_status ON sentences(status, seq) WHERE flagged = 1",
        # The statistics screen's figures, kept as they change so showing them costs the same
        # at any size: per entity and per (lower-cased) cue, how many proposals there are
        # (store.importers.count_proposed, once per batch: a trigger per candidate row cost
        # far more), and how many of those sit in reviewed sentences and were kept as proposed
        # (store.review.record_decision, in the decision's transaction).
        """CREATE TABLE proposal_stats (
            kind TEXT NOT NULL CHECK (kind IN ('entity', 'cue')),
            name TEXT NOT NULL,
            proposed INTEGER NOT NULL DEFAULT 0,
            reviewed INTEGER NOT NULL DEFAULT 0,
            accepted INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (kind, name)
        ) WITHOUT ROWID""",
        "CREATE INDEX proposal_stats_top ON proposal_stats(kind, proposed DESC, name)",
    ],
}

SCHEMA_VERSION = max(MIGRATIONS)
STATUSES = ("pending", "accepted", "edited", "rejected")
