"""Write N realistic, varied news sentences for benchmarks and scale tests, deterministically.

Sentences come in articles of 5 to 40: each article follows a topic and a few sources, so
pronouns ("He said...", "The agency estimates...") have someone to refer back to, as in real
copy. Phrasings vary (said / told / according to / estimates / in a statement / nested
attributions / none at all), lengths run from a short clause to a long sentence with several
subordinate tails, and numbers, places and dates keep nearly every sentence distinct.

    python bench/generate.py 1000000 -o /tmp/sentences.txt --seed 7
    python bench/generate.py 5000 --format jsonl      # with meta.document and published
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import IO

AGENCIES = [
    "the NIS", "South Korea's National Intelligence Service", "South Korea's spy agency",
    "the Institute for the Study of War", "the ISW", "the Pentagon", "the CIA", "the Kremlin",
    "the UN Security Council", "Danish intelligence", "the SBU", "Ukraine's security service",
    "the Ukrainian military", "South Korea's military", "the Joint Chiefs of Staff",
    "the State Department", "NATO", "the European Commission", "the IAEA", "Japan's defence ministry",
    "the White House", "the Foreign Ministry", "the World Health Organization", "the IMF",
]
PEOPLE = [
    ("Volodymyr Zelenskyy", "he"), ("Zelensky", "he"), ("Ukrainian President Volodymyr Zelenskyy", "he"),
    ("Kim Jong Un", "he"), ("Donald Trump", "he"), ("Sen. Tom Cotton", "he"),
    ("Kaja Kallas", "she"), ("Ursula von der Leyen", "she"), ("Antonio Guterres", "he"),
    ("Dmitry Peskov", "he"), ("Mark Rutte", "he"), ("Rafael Grossi", "he"),
    ("a South Korean lawmaker", "he"), ("a senior US official", "she"), ("Lee Seong-kweun", "he"),
    ("Maria Zakharova", "she"), ("Kristi Noem", "she"), ("Andriy Yermak", "he"),
]
OUTLETS = [
    "ABC News", "Newsweek", "Reuters", "the Associated Press", "Yonhap", "the BBC", "CNN",
    "the Kyiv Independent", "Politico", "the Financial Times", "Le Monde", "NHK",
]
CUES = [
    "said", "says", "stated", "claimed", "told reporters", "announced", "warned", "estimated",
    "reported", "confirmed", "added", "noted", "insisted", "acknowledged", "suggested",
]
SUBJECTS = [
    "North Korean troops", "Russian forces", "Ukrainian drones", "the two captured soldiers",
    "Pyongyang", "Moscow", "Kyiv", "the new sanctions package", "the ceasefire talks",
    "artillery shell shipments", "the partnership treaty", "grain exports", "the frontline",
    "air defence units", "the prisoner exchange", "energy infrastructure", "the peace plan",
]
VERBS = [
    "have suffered", "are preparing", "could face", "will receive", "have lost", "may deploy",
    "are expected to send", "have been moved to", "are still holding", "were struck near",
    "have withdrawn from", "continue to shell", "plan to rebuild", "are negotiating over",
]
OBJECTS = [
    "{n:,} casualties", "about {n:,} more troops", "{n} short-range ballistic missiles",
    "the Kursk region", "Zaporizhzhia", "the Black Sea ports", "{n} villages near Pokrovsk",
    "heavy losses since {month}", "new supply routes", "a {n}-kilometre stretch of the border",
    "at least {n} armoured vehicles", "the Kharkiv front", "{n:,} tonnes of ammunition",
]
TAILS = [
    "even after suffering losses", "despite Western warnings", "according to satellite images",
    "in the coming weeks", "for the first time since {year}", "while talks stall in Geneva",
    "as winter approaches", "in exchange for Ukrainian prisoners of war", "on {weekday}",
    "amid growing pressure at home", "which officials called unprecedented",
    "though the figures could not be independently verified",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
NOTES = ["[sic]", "(AP)", "— update", "«quote»", "🇺🇦", "[bold]not markup[/bold]", "—"]


class Writer:
    """One article at a time: a topic source and a person, so later sentences can say "he"."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def fill(self, template: str) -> str:
        r = self.rng
        return template.format(
            n=r.randint(2, 30_000), year=r.randint(1950, 2023), month=r.choice(MONTHS),
            weekday=r.choice(WEEKDAYS),
        )

    def clause(self) -> str:
        r = self.rng
        parts = [r.choice(SUBJECTS), r.choice(VERBS), self.fill(r.choice(OBJECTS))]
        for _ in range(r.choice((0, 0, 1, 1, 1, 2, 3))):
            parts.append(("," if r.random() < 0.4 else "") + " " + self.fill(r.choice(TAILS)))
        text = " ".join(parts[:3]) + "".join(parts[3:])
        return text.replace(" ,", ",")

    def sentence(self, agency: str, person: tuple[str, str], named: bool) -> str:
        r = self.rng
        name, pronoun = person
        cue = r.choice(CUES)
        kind = r.random()
        c = self.clause()
        if kind < 0.15:
            s = f"{c[0].upper()}{c[1:]}."  # no attribution
        elif kind < 0.27:
            s = f"{agency[0].upper()}{agency[1:]} {cue} that {c}."
        elif kind < 0.37:
            s = f"{c[0].upper()}{c[1:]}, {agency} {cue} on {r.choice(WEEKDAYS)}."
        elif kind < 0.47:
            s = f"According to {agency}, {c}."
        elif kind < 0.55:
            s = f"{c[0].upper()}{c[1:]}, according to officials who spoke to {r.choice(OUTLETS)}."
        elif kind < 0.65:
            s = f"{name[0].upper()}{name[1:]} {cue} {c}."
        elif kind < 0.72 and named:
            s = f"{pronoun.capitalize()} {cue} {c}."  # a pronoun source: context resolves it
        elif kind < 0.78:
            s = f"In a statement posted on X, {name} said {c}."
        elif kind < 0.84:
            s = f"{name[0].upper()}{name[1:]} told {r.choice(OUTLETS)} that {c}."
        elif kind < 0.89:
            s = f"{name[0].upper()}{name[1:]} said {agency}'s intelligence showed {c}."
        elif kind < 0.94:
            s = f"{agency[0].upper()}{agency[1:]} estimates that {c}, {r.choice(OUTLETS)} reported."
        else:
            s = f"{r.choice(OUTLETS)} could not confirm whether {c}."
        if r.random() < 0.02:
            s += " " + r.choice(NOTES)
        return s

    def articles(self) -> Iterator[tuple[int, str, date]]:
        r = self.rng
        day = date(2024, 1, 1)
        number = 0
        while True:
            number += 1
            day += timedelta(days=r.choice((0, 0, 1, 2)))
            agency = r.choice(AGENCIES)
            person = r.choice(PEOPLE)
            named = False
            for _ in range(r.randint(5, 40)):
                text = self.sentence(agency, person, named)
                named = named or person[0] in text
                yield number, text, day
                if r.random() < 0.1:
                    agency = r.choice(AGENCIES)


def generate(n: int, seed: int = 7) -> Iterator[tuple[int, str, date]]:
    """(article number, sentence, publication date) for N sentences."""
    articles = Writer(random.Random(seed)).articles()
    for _ in range(n):
        yield next(articles)


def write(n: int, out: IO[str], *, seed: int = 7, fmt: str = "txt") -> None:
    for article, text, day in generate(n, seed):
        if fmt == "jsonl":
            meta = {"document": f"article-{article:06d}", "published": day.isoformat()}
            out.write(json.dumps({"text": text, "meta": meta}, ensure_ascii=False) + "\n")
        else:
            out.write(text + "\n")


def bench_dir() -> Path:
    """Where benchmarks cache generated files and databases between runs
    ($ATTRIBUTION_REVIEW_BENCH_DIR, else a folder in the system's temp dir)."""
    path = Path(os.environ.get("ATTRIBUTION_REVIEW_BENCH_DIR")
                or Path(tempfile.gettempdir()) / "attribution-review-bench")
    path.mkdir(parents=True, exist_ok=True)
    return path


def corpus(n: int, seed: int = 7) -> Path:
    """A generated file of N sentences, written once and reused."""
    path = bench_dir() / f"sentences-{n}-{seed}.txt"
    if not path.exists():
        part = path.with_name(path.name + ".part")
        with part.open("w", encoding="utf-8") as out:
            write(n, out, seed=seed)
        part.replace(path)
    return path


def database(n: int, seed: int = 7) -> Path:
    """A database of N generated sentences built by the real importer, reused between runs."""
    path = bench_dir() / f"review-{n}-{seed}.db"
    if not path.exists():
        from extract import bundled_registry
        from store.db import open_db
        from store.importers import import_file
        from store.sources import save_sources

        part = path.with_name(path.name + ".part")
        for suffix in ("", "-wal", "-shm"):
            Path(str(part) + suffix).unlink(missing_ok=True)
        db = open_db(part)
        registry = bundled_registry()
        save_sources(db, registry)
        import_file(db, corpus(n, seed), registry)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
        part.replace(path)
    return path


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("n", type=int, help="how many sentences")
    parser.add_argument("-o", "--output", help="file to write (default: standard output)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--format", choices=("txt", "jsonl"), default="txt")
    args = parser.parse_args(argv)
    if args.output:
        with open(args.output, "w", encoding="utf-8") as out:
            write(args.n, out, seed=args.seed, fmt=args.format)
    else:
        write(args.n, sys.stdout, seed=args.seed, fmt=args.format)


if __name__ == "__main__":
    main()
