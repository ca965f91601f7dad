"""Score the extractor against PolNeAR, hand-annotated news nobody on this team wrote.

    python bench/eval_polnear.py [--split dev|train] [--polnear DIR] [--show N] [--limit N]

Each article is split with ``extract.split.sentence_spans``; every sentence goes through
``extract.extract`` with the earlier sentences of its article as context and the article's
publication date; predicted offsets are mapped back into the article.

Scoring (sources; cues the same way):
- overlap: a prediction is right when it overlaps a gold span not already matched (one to one,
  greedy in text order);
- exact: the same, but the two spans must be identical after trimming whitespace and the
  punctuation ``,.;:"'“”‘’`` at either end (gold sometimes includes an appositive's trailing
  comma, which says nothing about who the source is). Leading articles are NOT trimmed:
  "the NIS" and "NIS" differ.
Discontinuous gold spans count as their full extent. One annotator file per article (the first
by name). PolNeAR marks only outer attributions, so nested ones we propose count against
precision here.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import sys
import time
from collections import Counter
from pathlib import Path

from extract import bundled_registry, extract
from extract.split import sentence_spans

_TRIM = " \t\n,.;:\"'\u201c\u201d\u2018\u2019"


def read_ann(path: Path, cue_of: dict[tuple[int, int], str] | None = None,
             ) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Gold (sources, cues) of one brat .ann file; ``cue_of`` collects each source's cue
    words, for the examples listing."""
    sources: list[tuple[int, int]] = []
    cues: list[tuple[int, int]] = []
    spans: dict[str, tuple[tuple[int, int], str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0].startswith("E") and cue_of is not None:
            roles = dict(r.split(":", 1) for r in parts[1].split() if ":" in r)
            if "Source" in roles and "Cue" in roles:
                src, cue = spans.get(roles["Source"]), spans.get(roles["Cue"])
                if src and cue:
                    cue_of[src[0]] = cue[1]
        if len(parts) < 2 or not parts[0].startswith("T"):
            continue
        label, *offsets = parts[1].replace(";", " ").split()
        if label not in ("Source", "Cue"):
            continue
        nums = [int(x) for x in offsets]
        span = (min(nums), max(nums))
        spans[parts[0]] = (span, parts[2] if len(parts) > 2 else "")
        (sources if label == "Source" else cues).append(span)
    return sorted(set(sources)), sorted(set(cues))


def trim(text: str, span: tuple[int, int]) -> tuple[int, int]:
    s, e = span
    while s < e and text[s] in _TRIM:
        s += 1
    while e > s and text[e - 1] in _TRIM:
        e -= 1
    return s, e


def match(gold: list[tuple[int, int]], pred: list[tuple[int, int]], text: str,
          exact: bool) -> tuple[int, list[int], list[int]]:
    """(true positives, indices of unmatched gold, indices of unmatched predictions)."""
    used: set[int] = set()
    missed_pred: list[int] = []
    tgold = [trim(text, g) for g in gold]
    for pi, p in enumerate(pred):
        tp = trim(text, p)
        hit = None
        for gi, g in enumerate(gold):
            if gi in used:
                continue
            if exact:
                if tgold[gi] == tp:
                    hit = gi
                    break
            elif p[0] < g[1] and g[0] < p[1]:
                hit = gi
                break
        if hit is None:
            missed_pred.append(pi)
        else:
            used.add(hit)
    return len(used), [gi for gi in range(len(gold)) if gi not in used], missed_pred


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def head(text: str, span: tuple[int, int]) -> str:
    words = text[span[0]:span[1]].split()
    return words[-1].strip(_TRIM).lower() if words else ""


def published_dates(root: Path) -> dict[str, dt.date]:
    dates: dict[str, dt.date] = {}
    meta = root / "metadata.tsv"
    if not meta.is_file():
        return dates
    with meta.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            try:
                dates[row["filename"]] = dt.date.fromisoformat(row["publication_date"])
            except (KeyError, ValueError):
                continue
    return dates


def main(argv: list[str] | None = None) -> int:
    repo = Path(__file__).resolve().parent.parent
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--polnear", type=Path, default=repo.parent / "shared" / "polnear")
    ap.add_argument("--split", default="dev", choices=["dev", "train"])
    ap.add_argument("--show", type=int, default=0, help="list the N worst misses")
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles")
    ap.add_argument("--examples", type=int, default=0, help="print N missed/spurious examples")
    args = ap.parse_args(argv)
    split_dir = args.polnear / args.split
    if not (split_dir / "text").is_dir() or not (split_dir / "attributions").is_dir():
        print(f"eval_polnear: PolNeAR {args.split} split not found under {args.polnear} "
              "(expected text/ and attributions/; pass --polnear DIR)", file=sys.stderr)
        return 2
    registry = bundled_registry()
    dates = published_dates(args.polnear)
    chosen: dict[str, Path] = {}
    for ann in sorted((split_dir / "attributions").glob("*.ann")):
        chosen.setdefault(ann.stem.rsplit("_", 1)[0], ann)
    articles = sorted(chosen.items())
    if args.limit:
        articles = articles[: args.limit]

    totals = Counter()
    missed_heads: Counter[str] = Counter()
    spurious_heads: Counter[str] = Counter()
    missed_cues: Counter[str] = Counter()
    spurious_cues: Counter[str] = Counter()
    examples: list[str] = []
    n_sentences = 0
    started = time.perf_counter()
    for name, ann in articles:
        text = (split_dir / "text" / f"{name}.txt").read_text(encoding="utf-8")
        cue_of: dict[tuple[int, int], str] = {}
        gold_src, gold_cue = read_ann(ann, cue_of)
        pred_src: list[tuple[int, int]] = []
        pred_cue: list[tuple[int, int]] = []
        context: list[str] = []
        for s, e in sentence_spans(text):
            sentence = text[s:e]
            n_sentences += 1
            for att in extract(sentence, registry, published=dates.get(name),
                               context=context[-5:]):
                pred_src.append((s + att.start, s + att.end))
                pred_cue.append((s + att.cue_start, s + att.cue_end))
            context.append(sentence)
        order = sorted(range(len(pred_src)), key=lambda k: pred_src[k])
        pred_src = [pred_src[k] for k in order]
        pred_cue = sorted(pred_cue)
        for kind, gold, pred in (("src", gold_src, pred_src), ("cue", gold_cue, pred_cue)):
            totals[f"{kind}_gold"] += len(gold)
            totals[f"{kind}_pred"] += len(pred)
            tp, miss, spur = match(gold, pred, text, exact=False)
            totals[f"{kind}_tp"] += tp
            if kind == "src":
                totals["src_tp_exact"] += match(gold, pred, text, exact=True)[0]
                missed_heads.update(head(text, gold[g]) for g in miss)
                spurious_heads.update(head(text, pred[p]) for p in spur)
                if args.examples:
                    for g in miss:
                        examples.append(f"MISS {text[gold[g][0]:gold[g][1]]!r} "
                                        f"[{cue_of.get(gold[g], '?')}] in "
                                        f"{_line(text, gold[g])!r}")
                    for p in spur:
                        examples.append(f"SPUR {text[pred[p][0]:pred[p][1]]!r} in "
                                        f"{_line(text, pred[p])!r}")
            else:
                missed_cues.update(text[gold[g][0]:gold[g][1]].lower() for g in miss)
                spurious_cues.update(text[pred[p][0]:pred[p][1]].lower() for p in spur)
    elapsed = time.perf_counter() - started

    print(f"PolNeAR {args.split}: {len(articles)} articles, {n_sentences} sentences, "
          f"{totals['src_gold']} gold sources, {totals['src_pred']} predicted "
          f"({elapsed:.1f}s)")
    for label, tp in (("source overlap", totals["src_tp"]),
                      ("source exact  ", totals["src_tp_exact"])):
        p, r, f = prf(tp, totals["src_pred"], totals["src_gold"])
        print(f"{label}  P={p:.3f} R={r:.3f} F1={f:.3f}")
    p, r, f = prf(totals["cue_tp"], totals["cue_pred"], totals["cue_gold"])
    print(f"cue overlap     P={p:.3f} R={r:.3f} F1={f:.3f}")
    if args.show:
        for title, counter in (("missed source heads", missed_heads),
                               ("spurious source heads", spurious_heads),
                               ("missed cues", missed_cues),
                               ("spurious cues", spurious_cues)):
            items = ", ".join(f"{w} {c}" for w, c in counter.most_common(args.show))
            print(f"{title}: {items}")
    if args.examples:
        import random

        random.Random(0).shuffle(examples)
        for line in examples[: args.examples]:
            print(line)
    return 0


def _line(text: str, span: tuple[int, int]) -> str:
    s = text.rfind("\n", 0, span[0]) + 1
    e = text.find("\n", span[1])
    return text[s: e if e != -1 else len(text)][:300]


if __name__ == "__main__":
    sys.exit(main())
