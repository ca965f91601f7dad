"""Review benchmark: time to the first sentence on screen, and peak memory, on a big database
against a small one, in one run.

    python bench/bench_review.py --n 1000000 --small 1000

Each measurement runs in a fresh child process (so peak RSS, ``ru_maxrss``, is that child's
alone): it opens the real ``ReviewApp`` headless with Textual's ``App.run_test`` and waits
until the ``ReviewScreen`` shows a sentence. It then times moving (``j``) and a search page, to
show they do not grow with the database either. Databases are built once with the real
importer and cached (see ``generate.database``).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

STEPS = 20


async def measure(db_path: str) -> dict[str, float]:
    """In the child: open the app, wait for the first sentence, step, search."""
    from tui.app import ReviewApp
    from tui.screens.review import ReviewScreen

    began = time.perf_counter()  # after the imports: they cost the same at any size
    app = ReviewApp(db_path, reviewer="bench")
    async with app.run_test(size=(120, 40)) as pilot:
        while not (isinstance(app.screen, ReviewScreen) and app.screen.sentence is not None):
            await asyncio.sleep(0)
        await pilot.pause()  # let the screen paint what it was given
        first = time.perf_counter() - began
        screen = app.screen
        assert isinstance(screen, ReviewScreen) and screen.sentence is not None
        shown = screen.sentence.seq
        began = time.perf_counter()
        for _ in range(STEPS):
            await pilot.press("j")
        await pilot.pause()
        step = (time.perf_counter() - began) / STEPS
    from store.db import open_db
    from store.search import search

    db = open_db(db_path)
    began = time.perf_counter()
    hits = search(db, "Zelenskyy said", 0, 50)
    found = time.perf_counter() - began
    db.close()
    rss_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"first_s": first, "step_s": step, "search_s": found, "hits": len(hits),
            "seq": shown, "rss_mib": rss_kib / 1024}


def child(db_path: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", str(db_path)],
        check=True, capture_output=True, text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description="Review benchmark")
    parser.add_argument("--n", type=int, default=1_000_000)
    parser.add_argument("--small", type=int, default=1_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each; medians reported")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(asyncio.run(measure(args.child))))
        return

    from generate import database

    small, big = database(args.small, args.seed), database(args.n, args.seed)
    runs: dict[str, list[dict[str, float]]] = {"small": [], "big": []}
    for _ in range(args.repeat):  # interleaved, so machine noise hits both alike
        runs["small"].append(child(small))
        runs["big"].append(child(big))

    def med(which: str, key: str) -> float:
        return statistics.median(r[key] for r in runs[which])

    print(f"review benchmark: {args.n:,} vs {args.small:,} sentences, median of {args.repeat}")
    print(f"  {'':<30}{args.small:>14,}{args.n:>14,}{'ratio':>9}")
    for label, key, scale, unit in (
        ("time to first sentence", "first_s", 1000, "ms"),
        ("peak RSS", "rss_mib", 1, "MiB"),
        ("one step (j)", "step_s", 1000, "ms"),
        ("search page (50 hits)", "search_s", 1000, "ms"),
    ):
        a, b = med("small", key), med("big", key)
        print(f"  {label:<30}{a * scale:>11.1f} {unit:<3}{b * scale:>10.1f} {unit:<3}{b / a:>8.2f}x")
    print(f"  time-to-first-sentence ratio: {med('big', 'first_s') / med('small', 'first_s'):.2f}x"
          f"   RSS ratio: {med('big', 'rss_mib') / med('small', 'rss_mib'):.2f}x")


if __name__ == "__main__":
    main()
