"""Export benchmark: N reviewed sentences to JSON Lines, against a bare ``json.dumps`` loop
over a ``SELECT`` of the same rows, in one run.

    python bench/bench_export.py --n 1000000

Setup (once, cached): the importer's database of N generated sentences, copied and marked
reviewed in bulk with SQL that respects the schema: one decision per sentence (70% accepted
with the candidates as the reviewer's attributions, 20% edited likewise, 10% rejected with
none), each sentence pointing at it, as record_decision would leave it.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from generate import bench_dir, database  # noqa: E402

from store import export  # noqa: E402
from store.db import open_db  # noqa: E402

MARK_REVIEWED = """
INSERT INTO decisions (sentence_seq, reviewer, status, attributions, decided_at)
SELECT s.seq, 'bench',
       CASE WHEN s.seq % 10 < 7 THEN 'accepted' WHEN s.seq % 10 < 9 THEN 'edited'
            ELSE 'rejected' END,
       CASE WHEN s.seq % 10 = 9 THEN '[]' ELSE coalesce((
           SELECT json_group_array(json_object(
               'source', c.source, 'entity', c.entity, 'cue', c.cue, 'start', c.start,
               'end', c."end", 'cue_start', c.cue_start, 'cue_end', c.cue_end, 'date', c.date,
               'confidence', c.confidence))
           FROM candidates c WHERE c.sentence_seq = s.seq), '[]') END,
       strftime('%Y-%m-%dT%H:%M:%fZ', '2025-01-01', '+' || (s.seq % 86400) || ' seconds')
FROM sentences s ORDER BY s.seq
"""
POINT_AT_DECISIONS = """
UPDATE sentences SET decision_id = d.id, status = d.status
FROM decisions d WHERE d.sentence_seq = sentences.seq
"""


def reviewed_database(n: int, seed: int) -> Path:
    path = bench_dir() / f"reviewed-{n}-{seed}.db"
    if not path.exists():
        part = path.with_name(path.name + ".part")
        shutil.copyfile(database(n, seed), part)
        db = open_db(part)
        with db.atomic():
            db.execute(MARK_REVIEWED)
            db.execute(POINT_AT_DECISIONS)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
        part.replace(path)
    return path


def bare(db_path: Path, out_path: Path) -> tuple[float, int]:
    """The floor: the export's own query over every row, each row json.dumps'd as it is."""
    db = open_db(db_path)
    query, params = export.page_query("reviewed")
    query = query.replace("WHERE s.status != 'pending' AND s.seq > ? ORDER BY s.seq LIMIT ?",
                          "WHERE s.status != 'pending' ORDER BY s.seq")
    began = time.perf_counter()
    n = 0
    with out_path.open("w", encoding="utf-8") as out:
        for row in db.execute(query, params):
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
    elapsed = time.perf_counter() - began
    db.close()
    return elapsed, n


def real(db_path: Path, out_path: Path) -> tuple[float, int]:
    db = open_db(db_path)
    began = time.perf_counter()
    with out_path.open("w", encoding="utf-8") as out:
        n = export.write_lines(export.jsonl_lines(db, "reviewed"), out)  # what the CLI runs
    elapsed = time.perf_counter() - began
    db.close()
    return elapsed, n


def main() -> None:
    parser = argparse.ArgumentParser(description="Export benchmark")
    parser.add_argument("--n", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    path = reviewed_database(args.n, args.seed)
    with tempfile.TemporaryDirectory(prefix="bench-export-") as tmp:
        bare(path, Path(tmp) / "warm.jsonl")  # warm the page cache for both alike
        t_bare, n_bare = bare(path, Path(tmp) / "bare.jsonl")
        t_real, n_real = real(path, Path(tmp) / "export.jsonl")
    assert n_bare == n_real, (n_bare, n_real)
    print(f"export benchmark: {n_real:,} reviewed sentences to JSONL")
    print(f"  {'bare json.dumps over SELECT (floor)':<40}{t_bare:8.2f} s {n_bare / t_bare:12,.0f} sentences/s")
    print(f"  {'export (jsonl_lines, as the CLI)':<40}{t_real:8.2f} s {n_real / t_real:12,.0f} sentences/s")
    print(f"  export / floor: {t_real / t_bare:.2f}x")


if __name__ == "__main__":
    main()
