"""Learn a cue lexicon from the PolNeAR TRAIN split: which words attribute, and how surely.

    python bench/learn_cues.py [--polnear DIR] [--out extract/learned_cues.tsv] [--folds 5]

Why: the hand verb list misses most of what news uses to attribute (stance verbs, "wants",
"seemed", "asked", nouns like "criticism"). Counting, over the train articles, how often each
lower-cased word is inside a hand-annotated Cue span when it occurs at all gives its precision
as a cue; how its Source sits relative to it (before it, after it, as a possessive before it)
gives the attachment the rules should try. Only train is read: dev stays for measuring.

The precision threshold is chosen by k-fold cross-validation over train articles (learn on
k-1 folds, score token-level cue F1 on the held-out fold, average; the best threshold wins).
The output is a small TSV the extractor loads at import, deterministic to regenerate (sorted,
fixed folds by article name): word, precision, count (occurrences), cue count, attachment
("left", "right", "poss") and the share of cue uses with that attachment, and how often the
word follows a possessive and how often, then, that possessive is the cue's source ("his
view", "Trump's criticism": nouns whose owner is the speaker).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from extract.split import sentence_spans
from extract.tokens import tokenize

MIN_COUNT = 8  # fewer occurrences than this say nothing about a word's precision
HEAD_MIN_COUNT = 5  # a source head seen fewer times is an accident of one article
HEAD_MIN_SHARE = 0.2  # of the word's occurrences, this share heads a gold source
THRESHOLDS = tuple(t / 100 for t in range(20, 85, 5))
_WORDS = re.compile(r"[a-z]+")
_WORDS_ANY = re.compile(r"[A-Za-z]+")
_POSSESSIVES = frozenset({"his", "her", "their", "its", "our", "my", "your"})


def _spans(field: str) -> list[tuple[int, int]]:
    out = []
    for piece in field.split(" ", 1)[1].split(";"):
        a, b = piece.split()
        out.append((int(a), int(b)))
    return out


def read_article(ann: Path) -> list[tuple[list[tuple[int, int]], list[tuple[int, int]]]]:
    """Each attribution of one .ann file as (cue pieces, source pieces)."""
    spans: dict[str, list[tuple[int, int]]] = {}
    events: list[dict[str, str]] = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        if parts[0].startswith("T") and parts[1].split(" ", 1)[0] in ("Cue", "Source"):
            spans[parts[0]] = _spans(parts[1])
        elif parts[0].startswith("E"):
            events.append(dict(r.split(":", 1) for r in parts[1].split() if ":" in r))
    out = []
    for roles in events:
        cue = spans.get(roles.get("Cue", ""))
        if cue:
            out.append((cue, spans.get(roles.get("Source", ""), [])))
    return out


class Stats:
    """Per-word counts: occurrences, uses inside a cue, and where the cue's source sat."""

    def __init__(self) -> None:
        self.occ: Counter[str] = Counter()
        self.cue: Counter[str] = Counter()
        self.attach: dict[str, Counter[str]] = {}
        self.poss_occ: Counter[str] = Counter()  # right after a possessive ("his", "X's")
        self.poss_cue: Counter[str] = Counter()  # ... and a cue whose source is that possessive

    def add(self, other: Stats) -> None:
        self.occ.update(other.occ)
        self.cue.update(other.cue)
        self.poss_occ.update(other.poss_occ)
        self.poss_cue.update(other.poss_cue)
        for w, c in other.attach.items():
            self.attach.setdefault(w, Counter()).update(c)


def article_stats(text: str, atts: list) -> tuple[Stats, list[tuple[str, bool]]]:
    """Counts for one article, and its tokens as (word, is-cue) for held-out scoring."""
    stats = Stats()
    cue_of: dict[int, list[tuple[int, int]]] = {}  # char offset -> the cue's source pieces
    for cue, src in atts:
        for a, b in cue:
            for c in range(a, b):
                cue_of.setdefault(c, src)
    tokens: list[tuple[str, bool]] = []
    for s, e in sentence_spans(text):
        sent = tokenize(text[s:e])
        for k, low in enumerate(sent.lows):
            if not low[:1].isalpha():
                continue
            a, b = s + sent.starts[k], s + sent.ends[k]
            src = next((cue_of[c] for c in range(a, b) if c in cue_of), None)
            stats.occ[low] += 1
            prev = sent.lows[k - 1] if k else ""
            if prev in _POSSESSIVES or prev.endswith("'s") and prev[:1].isalpha():
                stats.poss_occ[low] += 1
                p0 = s + sent.starts[k - 1]
                if src and any(x <= p0 < y for x, y in src):
                    stats.poss_cue[low] += 1
            tokens.append((low, src is not None))
            if src is None:
                continue
            stats.cue[low] += 1
            kind = "none"
            if src:
                s0, s1 = min(p[0] for p in src), max(p[1] for p in src)
                before = text[s0:s1].lower()
                if s1 <= a and (before in _POSSESSIVES or before.endswith(("'s", "\u2019s")))\
                        and not text[s1:a].strip(" \u2019's"):
                    kind = "poss"
                elif s1 <= a:
                    kind = "left"
                elif s0 >= b:
                    kind = "right"
            stats.attach.setdefault(low, Counter())[kind] += 1
    return stats, tokens


def poss_lexicon(stats: Stats, threshold: float) -> dict[str, float]:
    """Nouns whose possessive is their source ("his view", "Trump's criticism")."""
    return {w: stats.poss_cue[w] / n for w, n in stats.poss_occ.items()
            if n >= MIN_COUNT and stats.poss_cue[w] / n >= threshold}


def source_heads(root: Path, articles: list[tuple[str, Path]]) -> list[tuple[str, int, float]]:
    """Lower-case nouns that head gold sources ("critics", "strategists", "prosecutors"),
    with how often they do and the share of their occurrences that do: the rules read a
    cue after them as a verb and accept them as an inverted speaker."""
    heads: Counter[str] = Counter()
    occ: Counter[str] = Counter()
    for name, ann in articles:
        text = (root / "text" / f"{name}.txt").read_text(encoding="utf-8")
        occ.update(w for w in _WORDS.findall(text))
        for line in ann.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) > 2 and parts[1].startswith("Source "):
                words = _WORDS_ANY.findall(parts[2])
                if words and words[-1].islower():
                    heads[words[-1]] += 1
    return sorted(((w, c, c / occ[w]) for w, c in heads.items()
                   if c >= HEAD_MIN_COUNT and occ[w] and c / occ[w] >= HEAD_MIN_SHARE
                   and len(w) > 2), key=lambda r: (-r[1], r[0]))


def lexicon(stats: Stats, threshold: float) -> dict[str, float]:
    return {w: stats.cue[w] / n for w, n in stats.occ.items()
            if n >= MIN_COUNT and stats.cue[w] / n >= threshold}


def cross_validate(per_article: list[tuple[Stats, list[tuple[str, bool]]]],
                   folds: int) -> dict[float, float]:
    """Mean held-out token F1 of "the word is a cue" for each threshold."""
    scores: dict[float, list[float]] = {t: [] for t in THRESHOLDS}
    for f in range(folds):
        learn = Stats()
        for i, (st, _) in enumerate(per_article):
            if i % folds != f:
                learn.add(st)
        held = [tok for i, (_, toks) in enumerate(per_article) if i % folds == f for tok in toks]
        for t in THRESHOLDS:
            lex = lexicon(learn, t)
            tp = sum(1 for w, g in held if g and w in lex)
            pred = sum(1 for w, _ in held if w in lex)
            gold = sum(1 for _, g in held if g)
            p = tp / pred if pred else 0.0
            r = tp / gold if gold else 0.0
            scores[t].append(2 * p * r / (p + r) if p + r else 0.0)
    return {t: sum(v) / len(v) for t, v in scores.items()}


def main(argv: list[str] | None = None) -> int:
    repo = Path(__file__).resolve().parent.parent
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--polnear", type=Path, default=repo.parent / "shared" / "polnear")
    ap.add_argument("--out", type=Path, default=repo / "extract" / "learned_cues.tsv")
    ap.add_argument("--heads", type=Path, default=repo / "extract" / "learned_sources.tsv")
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args(argv)
    train = args.polnear / "train"
    if not (train / "attributions").is_dir():
        print(f"learn_cues: no train split under {args.polnear}", file=sys.stderr)
        return 2
    chosen: dict[str, Path] = {}
    for ann in sorted((train / "attributions").glob("*.ann")):
        chosen.setdefault(ann.stem.rsplit("_", 1)[0], ann)
    per_article = []
    for name, ann in sorted(chosen.items()):
        text = (train / "text" / f"{name}.txt").read_text(encoding="utf-8")
        per_article.append(article_stats(text, read_article(ann)))
    cv = cross_validate(per_article, args.folds)
    best = max(sorted(cv), key=lambda t: (round(cv[t], 4), t))
    for t in sorted(cv):
        print(f"threshold {t:.2f}: held-out token F1 {cv[t]:.3f}{'  <- chosen' if t == best else ''}")
    total = Stats()
    for st, _ in per_article:
        total.add(st)
    lex = lexicon(total, best)
    poss = poss_lexicon(total, best)
    for w in poss:
        lex.setdefault(w, total.cue[w] / total.occ[w])
    lines = ["# word\tprecision\tcount\tcue_count\tattachment\tshare\tposs_count\tposs_precision"
             f"\t(learned from PolNeAR train by bench/learn_cues.py; threshold {best:.2f})"]
    for w in sorted(lex, key=lambda w: (-lex[w], w)):
        attach = total.attach.get(w, Counter())
        kind, n = max(sorted(attach.items()), key=lambda kv: kv[1]) if attach else ("none", 0)
        share = n / sum(attach.values()) if attach else 0.0
        pn = total.poss_occ[w]
        pp = total.poss_cue[w] / pn if pn else 0.0
        lines.append(f"{w}\t{lex[w]:.3f}\t{total.occ[w]}\t{total.cue[w]}\t{kind}\t{share:.2f}"
                     f"\t{pn}\t{pp:.3f}")
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lex)} cue words at precision >= {best:.2f} -> {args.out}")
    heads = source_heads(train, sorted(chosen.items()))
    args.heads.write_text(
        "# head\tcount\tshare\t(lower-case source heads of PolNeAR train, by "
        "bench/learn_cues.py)\n" + "".join(f"{w}\t{c}\t{sh:.3f}\n" for w, c, sh in heads),
        encoding="utf-8")
    print(f"{len(heads)} source heads -> {args.heads}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
