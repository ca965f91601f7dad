"""Import benchmark: N generated sentences through ``import_file``, against floors measured in
the same run.

    python bench/bench_import.py --n 1000000

Prints, side by side:
- floor: the same lines into one plain table with ``sqlite3`` ``executemany`` (what writing
  the bytes costs at all);
- FTS floor: the floor plus the FTS5 index search needs, built in one pass at the end (the
  cheapest way SQLite offers): what full-text search costs at all;
- schema floor: the same rows, precomputed, straight into the real ``sentences`` table (its
  content-hash unique index, queue indexes, status-count and FTS5 triggers): what the schema
  itself costs, before any Python;
- pipeline: ``import_file`` with extraction stubbed out (reading, hashing, dedupe, batching,
  writing): what the importer adds;
- extraction alone, in one process, on a sample: the extractor's own speed;
- lower bound: the floor plus the FTS5 index and the extraction, each at its measured best,
  their CPU shared perfectly by the cores: no import that searches and extracts beats it here;
- import: the real thing, with the pool on all cores (``workers=None`` decides), and its ratio
  to the floor.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generate import corpus  # noqa: E402

import store.importers as importers  # noqa: E402
from extract import bundled_registry, extract  # noqa: E402
from store.db import open_db  # noqa: E402
from store.schema import MIGRATIONS  # noqa: E402
from store.sources import save_sources  # noqa: E402

# The tokenizer the schema's sentences_fts uses, so the FTS floor indexes the same way.
FTS_TOKENIZE = next(
    stmt.split("tokenize='", 1)[1].split("'", 1)[0]
    for stmt in MIGRATIONS[1] if "USING fts5" in stmt
)


def fresh(folder: Path, name: str) -> Path:
    path = folder / name
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    return path


def floor(path: Path, folder: Path, *, fts: bool = False) -> float:
    """The lines into one plain table. With ``fts``, the full-text index the review's search
    needs (issue 5 asks for SQLite FTS5) as well, built the cheapest way there is: one
    'rebuild' pass after all the rows are in, no unique index, no triggers, no Python per
    row. No importer with search can beat that."""
    conn = sqlite3.connect(fresh(folder, "fts.db" if fts else "floor.db"), isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    if fts:
        conn.execute(f"PRAGMA cache_size = -{importers.IMPORT_CACHE_KIB}")
        conn.execute("CREATE TABLE lines (seq INTEGER PRIMARY KEY, text TEXT)")
        conn.execute(f"CREATE VIRTUAL TABLE lines_fts USING fts5(text, content='lines', "
                     f"content_rowid='seq', tokenize='{FTS_TOKENIZE}')")
    else:
        conn.execute("CREATE TABLE lines (text TEXT)")
    began = time.perf_counter()
    with path.open(encoding="utf-8") as lines:
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO lines (text) VALUES (?)", ((line.rstrip("\n"),) for line in lines))
        if fts:
            conn.execute("INSERT INTO lines_fts (lines_fts) VALUES ('rebuild')")
        conn.execute("COMMIT")
    elapsed = time.perf_counter() - began
    conn.close()
    return elapsed


def schema_floor(path: Path, folder: Path) -> float:
    lines = [line.rstrip("\n") for line in path.open(encoding="utf-8")]
    rows = [(i, f"{i:020d}", 1, i, text, None) for i, text in enumerate(lines, 1)]
    rows = [(seq, importers.sentence_id(f"{seq}{text}"), d, p, text, m) for seq, _, d, p, text, m in rows]
    db = open_db(fresh(folder, "schema.db"))
    db.execute("INSERT INTO documents (name, imported_at) VALUES ('bench', 'now')")
    db.conn.commit()
    db.execute(f"PRAGMA cache_size = -{importers.IMPORT_CACHE_KIB}")
    db.execute(importers.STAGE_CREATE)
    began = time.perf_counter()
    db.execute("BEGIN IMMEDIATE")
    for i in range(0, len(rows), importers.BATCH):
        db.conn.executemany(importers.STAGE_INSERT, rows[i : i + importers.BATCH])
        db.execute(importers.SENTENCE_INSERT)
        db.execute(importers.STAGE_CLEAR)
    db.execute("COMMIT")
    elapsed = time.perf_counter() - began
    db.close()
    return elapsed


def run_import(path: Path, folder: Path, name: str, workers: int | None) -> tuple[float, int, int]:
    db = open_db(fresh(folder, name))
    registry = bundled_registry()
    save_sources(db, registry)
    began = time.perf_counter()
    result = importers.import_file(db, path, registry, workers=workers)
    elapsed = time.perf_counter() - began
    db.close()
    return elapsed, result.added + result.duplicates, result.candidates


def pipeline(path: Path, folder: Path) -> float:
    """import_file with an extractor that finds nothing: the importer's own cost."""
    real = importers.extract
    importers.extract = lambda *args, **kwargs: []
    try:
        return run_import(path, folder, "pipeline.db", 0)[0]
    finally:
        importers.extract = real


def extraction_alone(path: Path, sample: int) -> tuple[float, int]:
    registry = bundled_registry()
    lines = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            lines.append(line.rstrip("\n"))
            if len(lines) >= sample:
                break
    for text in lines[:200]:
        extract(text, registry)  # warm up: first calls compile patterns and build tables
    context: list[str] = []
    began = time.perf_counter()
    for text in lines:
        extract(text, registry, context=context[-3:])
        context.append(text)
    return time.perf_counter() - began, len(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description="Import benchmark")
    parser.add_argument("--n", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--sample", type=int, default=20_000,
                        help="sentences for the extraction-alone figure")
    parser.add_argument("--in-process", action="store_true",
                        help="also time the full import with extraction in-process (workers=0)")
    args = parser.parse_args()

    path = corpus(args.n, args.seed)
    cores = importers.default_workers()
    print(f"import benchmark: {args.n:,} sentences ({path.stat().st_size / 1e6:.1f} MB), "
          f"{cores} cores")
    with tempfile.TemporaryDirectory(prefix="bench-import-") as tmp:
        folder = Path(tmp)
        t_floor = floor(path, folder)
        t_fts = floor(path, folder, fts=True)
        t_schema = schema_floor(path, folder)
        t_pipe = pipeline(path, folder)
        t_extract, sampled = extraction_alone(path, min(args.sample, args.n))
        t_import, n, candidates = run_import(path, folder, "import.db", None)
        t_inproc = run_import(path, folder, "inproc.db", 0)[0] if args.in_process else None

    def line(label: str, seconds: float, count: int = args.n) -> None:
        print(f"  {label:<44}{seconds:9.2f} s {count / seconds:12,.0f} sentences/s"
              f"   {seconds / t_floor:6.2f}x floor")

    line("floor (sqlite3 executemany, one table)", t_floor)
    line("FTS floor (floor + FTS5 built in one pass)", t_fts)
    line("schema floor (rows straight into sentences)", t_schema)
    line("pipeline (import_file, extraction stubbed)", t_pipe)
    extract_per = t_extract / sampled
    print(f"  {'extraction alone, 1 process (' + f'{sampled:,} sample)':<44}"
          f"{extract_per * args.n:9.2f} s {1 / extract_per:12,.0f} sentences/s"
          f"   {extract_per * args.n / t_floor:6.2f}x floor  (extrapolated to N)")
    # The least any import with search and extraction can take here: the FTS5 index and the
    # extraction, each at its own best (measured above), their CPU shared perfectly by the cores.
    t_bound = (t_fts - t_floor + extract_per * args.n) / cores + t_floor
    line(f"lower bound (FTS + extraction on {cores} cores)", t_bound)
    line(f"import, pool on {cores} cores", t_import, n)
    if t_inproc is not None:
        line("import, in-process", t_inproc, n)
        print(f"  pool speed-up over in-process: {t_inproc / t_import:.2f}x")
    print(f"  candidates proposed: {candidates:,}")
    print(f"  import / floor: {t_import / t_floor:.2f}x   pipeline / floor: {t_pipe / t_floor:.2f}x"
          f"   pipeline / schema floor: {t_pipe / t_schema:.2f}x"
          f"   import / (extraction on {cores} cores): "
          f"{t_import / (extract_per * args.n / cores):.2f}x")


if __name__ == "__main__":
    main()
