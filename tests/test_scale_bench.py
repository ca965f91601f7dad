"""Smoke test: every bench script runs with a tiny N and prints its figures. No timing is
asserted (machines are noisy); the figures themselves are for bench/README.md."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"


@pytest.fixture(scope="module")
def bench_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return {**os.environ, "ATTRIBUTION_REVIEW_BENCH_DIR": str(tmp_path_factory.mktemp("bench"))}


@pytest.mark.parametrize(
    ("script", "args", "expected"),
    [
        ("bench_import.py", ["--n", "200", "--sample", "100", "--in-process"],
         ["floor", "pipeline", "extraction alone", "import / floor:"]),
        ("bench_review.py", ["--n", "200", "--small", "100", "--repeat", "1"],
         ["time to first sentence", "peak RSS", "time-to-first-sentence ratio:", "RSS ratio:"]),
        ("bench_export.py", ["--n", "200"], ["sentences/s", "export / floor:"]),
        ("eval_seeds_world.py", [], ["traps:", "non-traps:", "passed"]),
    ],
)
def test_bench_prints_its_figures(
    bench_env: dict[str, str], script: str, args: list[str], expected: list[str]
) -> None:
    run = subprocess.run([sys.executable, str(BENCH / script), *args], capture_output=True,
                         text=True, env=bench_env, timeout=120)
    assert run.returncode == 0, run.stderr
    for words in expected:
        assert words in run.stdout, run.stdout


def test_generate_is_deterministic(tmp_path: Path) -> None:
    outputs = []
    for name in ("one.txt", "two.txt"):
        path = tmp_path / name
        subprocess.run([sys.executable, str(BENCH / "generate.py"), "300", "-o", str(path),
                        "--seed", "4"], check=True)
        outputs.append(path.read_text(encoding="utf-8"))
    lines = outputs[0].splitlines()
    assert outputs[0] == outputs[1] and len(lines) == 300
    assert len(set(lines)) > 250  # varied
