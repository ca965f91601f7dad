"""Keystroke latency of the review screen: from pressing `a` to the next sentence on screen
with the decision committed, for N decisions driven by Textual's Pilot, on a small and a big
database; prints median and 99th percentile side by side with their ratio.

    python bench/bench_keystroke.py                  # 1,000 decisions; 1,000 vs 1,000,000 rows
    python bench/bench_keystroke.py --n 50 --big 100000   # smoke run

The databases are built directly (not through the importer and extractor, which would take
far longer than the benchmark): the schema comes from store.db.open_db, then documents,
sentences and one candidate per sentence are written with executemany in one transaction, so
every trigger (status counts, full-text index) runs as on a real import. Each candidate's
offsets slice out its source and cue from the generated text. The big database is kept in
--dir and reused when it already holds the requested number of sentences.

Each timed step: press `a` (Pilot), wait until Textual is idle and has painted
(``pilot.pause()``), then check (untimed, on a separate connection) that the sentence shown
is the next one and the previous one is committed as accepted.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from store.db import open_db  # noqa: E402
from tui.app import ReviewApp  # noqa: E402
from tui.screens.review import ReviewScreen  # noqa: E402

SOURCES = ["The ministry", "A senior official", "The agency", "Local police", "The mayor",
           "Analysts", "The central bank", "A spokesperson", "Witnesses", "The company"]
CUES = ["said", "told reporters", "estimated", "warned", "confirmed"]
CLAIMS = ["prices rose by {n} percent", "{n} people were evacuated overnight",
          "the bridge will reopen in {n} days", "talks resumed after {n} hours",
          "about {n} homes lost power", "exports fell for the {n}th month"]
PER_DOCUMENT = 20


def build(path: Path, count: int, seed: int = 7) -> None:
    """A database of ``count`` pending sentences, PER_DOCUMENT to a document, one candidate
    each, written directly with executemany (see the module docstring)."""
    path.unlink(missing_ok=True)
    db = open_db(path)
    rng = random.Random(seed)
    now = "2025-01-01T00:00:00.000Z"
    documents, sentences, candidates = [], [], []
    for seq in range(1, count + 1):
        doc = (seq - 1) // PER_DOCUMENT + 1
        if (seq - 1) % PER_DOCUMENT == 0:
            documents.append((doc, f"doc-{doc:07d}.txt", "2025-01-01", None, now))
        source, cue = rng.choice(SOURCES), rng.choice(CUES)
        claim = rng.choice(CLAIMS).format(n=rng.randint(2, 99_999))
        text = f"{source} {cue} on Monday that {claim} (item {seq})."
        cue_start = len(source) + 1
        sentences.append((seq, f"bench-{seq}", doc, (seq - 1) % PER_DOCUMENT + 1, text))
        candidates.append((seq, 0, source, source, cue, 0, len(source), cue_start,
                           cue_start + len(cue), None, 0.9))
    with db.atomic():
        db.conn.executemany(
            "INSERT INTO documents (id, name, published, meta, imported_at) VALUES (?,?,?,?,?)",
            documents,
        )
        db.conn.executemany(
            "INSERT INTO sentences (seq, id, document_id, position, text) VALUES (?,?,?,?,?)",
            sentences,
        )
        db.conn.executemany(
            'INSERT INTO candidates (sentence_seq, idx, source, entity, cue, start, "end", '
            "cue_start, cue_end, date, confidence) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            candidates,
        )
    db.close()


def schema_of(path: Path) -> list[tuple[str, str]]:
    """(type, name) of every table, index and trigger in the database at ``path``."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT type, name FROM sqlite_master ORDER BY type, name").fetchall()
    finally:
        conn.close()


def current_schema() -> list[tuple[str, str]]:
    """The schema store.db creates today (the store's schema changes as the project does)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "schema.db"
        open_db(path).close()
        return schema_of(path)


def ensure(path: Path, count: int) -> float:
    """Build ``path`` unless it already holds ``count`` untouched sentences in today's schema;
    seconds spent."""
    if path.exists():
        try:
            conn = sqlite3.connect(path)
            n, decided = conn.execute(
                "SELECT count(*), (SELECT count(*) FROM decisions) FROM sentences"
            ).fetchone()
            conn.close()
            if n == count and decided == 0 and schema_of(path) == current_schema():
                return 0.0
        except sqlite3.Error:
            pass
    started = time.perf_counter()
    build(path, count)
    return time.perf_counter() - started


async def measure(path: Path, n: int) -> tuple[list[float], list[float]]:
    """Milliseconds per decision, for ``n`` decisions from the first sentence on: until the
    key is handled (decision committed, next sentence in the widgets), and until the frame
    showing it is composed and rendered to terminal output."""
    handled: list[float] = []
    painted: list[float] = []
    check = sqlite3.connect(path)
    app = ReviewApp(path, reviewer="bench", clock=lambda: 0.0)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        marks: dict[str, float] = {}
        show, display = screen.show, app._display

        def timed_show(*args: object, **kwargs: object) -> None:
            show(*args, **kwargs)  # type: ignore[arg-type]
            marks.setdefault("handled", time.perf_counter())

        def timed_display(target: object, renderable: object) -> None:
            # Headless apps skip turning the frame into terminal output; do it here, so the
            # cost a real terminal pays is in the figure.
            if renderable is not None and "handled" in marks:
                renderable.render_segments(app.console)  # type: ignore[attr-defined]
                marks.setdefault("painted", time.perf_counter())
            display(target, renderable)  # type: ignore[arg-type]

        screen.show = timed_show  # type: ignore[method-assign]
        app._display = timed_display  # type: ignore[method-assign]
        for _ in range(n):
            assert screen.sentence is not None
            seq = screen.sentence.seq
            marks.clear()
            started = time.perf_counter()
            await pilot.press("a")
            await pilot.pause()
            handled.append((marks["handled"] - started) * 1000)
            painted.append((marks["painted"] - started) * 1000)
            shown = screen.sentence
            assert shown is not None and shown.seq == seq + 1, "the next sentence is not shown"
            [(status,)] = check.execute("SELECT status FROM sentences WHERE seq = ?", [seq])
            assert status == "accepted", "the decision is not committed"
    check.close()
    return handled, painted


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="decisions to time (default 1000)")
    parser.add_argument("--small", type=int, default=1000, help="sentences in the small db")
    parser.add_argument("--big", type=int, default=1_000_000, help="sentences in the big db")
    parser.add_argument("--dir", type=Path, default=Path("/tmp/attribution-review-bench"),
                        help="where the databases are built (and reused)")
    args = parser.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    n = min(args.n, args.small - 1)
    results = {}
    for label, count in (("small", args.small), ("big", args.big)):
        path = args.dir / f"keystroke-{count}.db"
        built = ensure(path, count)
        if built:
            print(f"built {path} ({count:,} sentences) in {built:.1f} s", file=sys.stderr)
        work = args.dir / f"keystroke-{count}-run.db"
        # Decide on a copy, so the built database stays pristine for the next run.
        for suffix in ("", "-wal", "-shm"):
            Path(str(work) + suffix).unlink(missing_ok=True)
        src = sqlite3.connect(path)
        dst = sqlite3.connect(work)
        src.backup(dst)
        src.close()
        dst.close()
        results[label] = (count, asyncio.run(measure(work, n)))
    (small_n, (small_h, small_p)), (big_n, (big_h, big_p)) = results["small"], results["big"]
    print(f"{n:,} decisions each, by Pilot; ms from the keystroke to: handled = decision "
          "committed and the next sentence in the widgets; on screen = that frame composed "
          "and rendered")
    print(f"{'':<18}{f'{small_n:,} rows':>12}{f'{big_n:,} rows':>16}{'ratio':>8}")
    for name, a, b in (
        ("handled median", statistics.median(small_h), statistics.median(big_h)),
        ("handled p99", percentile(small_h, 99), percentile(big_h, 99)),
        ("on screen median", statistics.median(small_p), statistics.median(big_p)),
        ("on screen p99", percentile(small_p, 99), percentile(big_p, 99)),
    ):
        print(f"{name:<18}{a:>12.2f}{b:>16.2f}{b / a:>8.2f}")
    print("targets: median < 10 ms, p99 < 30 ms, big/small within 1.5×")


if __name__ == "__main__":
    main()
