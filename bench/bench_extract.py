"""Extraction throughput, side by side with merely reading the same lines.

    python bench/bench_extract.py [--lines 100000] [--rounds 5] [--polnear DIR] [--context]

Lines: PolNeAR sentences (train and dev, split with our splitter) plus the seeds, repeated to
at least ``--lines``. Both loops run in this process on one core. Reading = iterating the lines
and touching each one (len), so the ratio shows what extraction costs on top of I/O-free
iteration. ``--context`` also passes the previous sentences as context, the way the import
command does; the default measures the bare per-sentence cost.

The extractor caches each sentence's result (it is seen again as context), so the lines are
made unique by a numeric suffix to measure real work, not cache hits.

This machine's speed drifts by a quarter from minute to minute, so both loops run
``--rounds`` times, taking turns, and the figures are the median round with the slowest and
fastest beside it; the ratio is taken round by round.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from extract import bundled_registry, extract
from extract.rules import _attributions_cached
from extract.split import split_sentences


def corpus(polnear: Path) -> list[str]:
    lines: list[str] = []
    for split in ("train", "dev"):
        for path in sorted((polnear / split / "text").glob("*.txt")):
            lines.extend(split_sentences(path.read_text(encoding="utf-8")))
    repo = Path(__file__).resolve().parent.parent
    for path in sorted((repo / "seeds").glob("*.txt")):
        lines.extend(line.strip() for line in path.read_text(encoding="utf-8").splitlines()
                     if line.strip())
    return lines


def main(argv: list[str] | None = None) -> int:
    repo = Path(__file__).resolve().parent.parent
    ap = argparse.ArgumentParser()
    ap.add_argument("--lines", type=int, default=100_000)
    ap.add_argument("--polnear", type=Path, default=repo.parent / "shared" / "polnear")
    ap.add_argument("--rounds", type=int, default=5, help="timed rounds (median reported)")
    ap.add_argument("--context", action="store_true")
    args = ap.parse_args(argv)
    base = corpus(args.polnear)
    if not base:
        print("bench_extract: no lines found", file=sys.stderr)
        return 2
    lines: list[str] = []
    rounds = 0
    while len(lines) < args.lines:
        lines.extend(f"{line} ({rounds})" for line in base)
        rounds += 1
    registry = bundled_registry()

    def read() -> float:
        t0 = time.perf_counter()
        total = 0
        for line in lines:
            total += len(line)
        return time.perf_counter() - t0

    def run() -> tuple[float, int]:
        _attributions_cached.cache_clear()
        t0 = time.perf_counter()
        found = 0
        if args.context:
            for k, line in enumerate(lines):
                found += len(extract(line, registry, context=lines[max(0, k - 5):k]))
        else:
            for line in lines:
                found += len(extract(line, registry))
        return time.perf_counter() - t0, found

    reads: list[float] = []
    extracts: list[float] = []
    for _ in range(max(1, args.rounds)):
        reads.append(read())
        seconds, found = run()
        extracts.append(seconds)

    n = len(lines)
    print(f"{n} lines ({len(base)} distinct sentences x {rounds}), {found} attributions"
          f"{' (with context)' if args.context else ''}, {len(extracts)} rounds")
    for name, unit, times in (("read/iterate", "lines/s", reads),
                              ("extract", "sentences/s", extracts)):
        print(f"{name:13}: {n / statistics.median(times):14,.0f} {unit} median"
              f"  (slowest {n / max(times):,.0f}, fastest {n / min(times):,.0f})")
    ratio = statistics.median(e / r for e, r in zip(extracts, reads, strict=True))
    print(f"ratio        : extract takes {ratio:,.0f}x the time of reading (median round)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
