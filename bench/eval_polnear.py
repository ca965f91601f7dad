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
precision in the headline figures; the ADJUSTED lines leave out spurious predictions that lie
inside a gold Content span (unscoreable, since the corpus never marks an attribution there).
Also printed: how many gold attributions a per-sentence extractor cannot reach at all (source
across a sentence boundary of our splitter, or cue in another sentence).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import sys
import time
from bisect import bisect_right
from collections import Counter
from pathlib import Path

from extract import bundled_registry, extract
from extract.split import sentence_spans

_TRIM = " \t\n,.;:\"'\u201c\u201d\u2018\u2019"


def read_ann(path: Path, cue_of: dict[tuple[int, int], str] | None = None,
             pairs: list[tuple[tuple[int, int], tuple[int, int]]] | None = None,
             contents: list[tuple[int, int]] | None = None,
             ) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Gold (sources, cues) of one brat .ann file; ``cue_of`` collects each source's cue
    words, for the examples listing; ``pairs`` each attribution's (source, cue) spans, to
    tell which gold a per-sentence extractor cannot reach; ``contents`` the pieces of every
    Content span, where PolNeAR (univocal) never marks a nested attribution."""
    sources: list[tuple[int, int]] = []
    cues: list[tuple[int, int]] = []
    spans: dict[str, tuple[tuple[int, int], str]] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0].startswith("E"):
            events.append(dict(r.split(":", 1) for r in parts[1].split() if ":" in r))
        if len(parts) < 2 or not parts[0].startswith("T"):
            continue
        label, *offsets = parts[1].replace(";", " ").split()
        if label == "Content" and contents is not None:
            for piece in parts[1].split(" ", 1)[1].split(";"):
                a, b = piece.split()
                contents.append((int(a), int(b)))
        if label not in ("Source", "Cue"):
            continue
        nums = [int(x) for x in offsets]
        span = (min(nums), max(nums))
        spans[parts[0]] = (span, parts[2] if len(parts) > 2 else "")
        (sources if label == "Source" else cues).append(span)
    for roles in events:
        src, cue = spans.get(roles.get("Source", "")), spans.get(roles.get("Cue", ""))
        if src and cue:
            if cue_of is not None:
                cue_of[src[0]] = cue[1]
            if pairs is not None:
                pairs.append((src[0], cue[0]))
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
        pairs: list[tuple[tuple[int, int], tuple[int, int]]] = []
        contents: list[tuple[int, int]] = []
        gold_src, gold_cue = read_ann(ann, cue_of, pairs, contents)
        pred_src: list[tuple[int, int]] = []
        pred_cue: list[tuple[int, int]] = []
        context: list[str] = []
        spans = sentence_spans(text)
        totals["unreachable"] += _unreachable(spans, pairs, totals)
        for s, e in spans:
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
                # A spurious source inside a gold Content span is a nested attribution that
                # PolNeAR cannot mark (univocal), so it is unscoreable rather than wrong.
                totals["src_nested"] += sum(
                    1 for p in spur if any(a <= pred[p][0] and pred[p][1] <= b
                                           for a, b in contents))
                missed_heads.update(head(text, gold[g]) for g in miss)
                spurious_heads.update(head(text, pred[p]) for p in spur)
                if args.examples:
                    for g in miss:
                        examples.append(f"MISS {text[gold[g][0]:gold[g][1]]!r} "
                                        f"[{cue_of.get(gold[g], '?')}] in "
                                        f"{_line(text, gold[g])!r}")
                    for p in spur:
                        nested = any(a <= pred[p][0] and pred[p][1] <= b for a, b in contents)
                        examples.append(f"{'NEST' if nested else 'SPUR'} "
                                        f"{text[pred[p][0]:pred[p][1]]!r} in "
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
    # Adjusted (not the headline figure): predictions nested inside a gold Content span are
    # left out of the predicted count; recall is unchanged.
    scored = totals["src_pred"] - totals["src_nested"]
    for label, tp in (("overlap", totals["src_tp"]), ("exact  ", totals["src_tp_exact"])):
        p, r, f = prf(tp, scored, totals["src_gold"])
        print(f"ADJUSTED source {label} P={p:.3f} R={r:.3f} F1={f:.3f}  "
              f"({totals['src_nested']} nested predictions inside gold content not scored)")
    print(f"unreachable per sentence: {totals['unreachable']} of {totals['pairs']} gold "
          f"attributions with a source ({totals['cross_source']} sources cross a sentence "
          f"boundary, {totals['cross_cue']} have their cue in another sentence)")
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


def _unreachable(spans: list[tuple[int, int]],
                 pairs: list[tuple[tuple[int, int], tuple[int, int]]],
                 totals: Counter[str]) -> int:
    """Gold attributions a per-sentence extractor cannot get: the source crosses one of our
    sentence boundaries, or its cue sits in another sentence."""
    starts = [s for s, _ in spans]

    def sentence_of(pos: int) -> int:
        return bisect_right(starts, pos) - 1

    lost = 0
    for src, cue in pairs:
        totals["pairs"] += 1
        first, last = sentence_of(src[0]), sentence_of(src[1] - 1)
        if first != last:
            totals["cross_source"] += 1
            lost += 1
        elif sentence_of(cue[0]) != first:
            totals["cross_cue"] += 1
            lost += 1
    return lost


def _line(text: str, span: tuple[int, int]) -> str:
    s = text.rfind("\n", 0, span[0]) + 1
    e = text.find("\n", span[1])
    return text[s: e if e != -1 else len(text)][:300]


if __name__ == "__main__":
    sys.exit(main())
