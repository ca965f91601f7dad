"""The statistics screen's figures are kept as decisions happen; they must always equal a
count from scratch, whatever sequence of decisions, edits and undos led there."""

from __future__ import annotations

import random
from collections import Counter

from extract import Attribution
from store import review, stats


def from_scratch(db, kind: str) -> dict[str, tuple[int, int, int]]:
    proposed: Counter[str] = Counter()
    reviewed: Counter[str] = Counter()
    accepted: Counter[str] = Counter()
    for (seq,) in db.execute("SELECT seq FROM sentences"):
        s = review.get(db, seq)
        for c in s.candidates:
            name = c.entity if kind == "entity" else c.cue.lower()
            proposed[name] += 1
            if s.status != "pending":
                reviewed[name] += 1
                accepted[name] += any(
                    (a.start, a.end, a.entity, a.cue_start, a.cue_end)
                    == (c.start, c.end, c.entity, c.cue_start, c.cue_end)
                    for a in s.attributions
                )
    return {n: (proposed[n], reviewed[n], accepted[n]) for n in proposed}


def kept(db, kind: str) -> dict[str, tuple[int, int, int]]:
    return {r.name: (r.proposed, r.reviewed, r.accepted) for r in stats.acceptance(db, kind, 10_000)}


def test_counts_follow_decisions_edits_and_undos(seeded_db):
    rng = random.Random(5)
    decisions: list[int] = []
    for _ in range(120):
        seq = rng.randint(1, 23)
        s = review.get(seeded_db, seq)
        move = rng.choice(["accept", "reject", "edit", "undo"])
        if move == "undo" and decisions:
            review.undo(seeded_db, decisions.pop(rng.randrange(len(decisions))))
            continue
        if move == "accept":
            status, final = "accepted", s.candidates
        elif move == "reject":
            status, final = "rejected", []
        else:
            moved = [Attribution(a.source, "Someone else", a.cue, a.start, a.end, a.cue_start, a.cue_end)
                     for a in s.candidates[:1]]
            status, final = "edited", moved + s.candidates[1:]
        decisions.append(review.record_decision(seeded_db, seq, status, final, rng.choice(["ann", "bo"])))
    assert kept(seeded_db, "entity") == from_scratch(seeded_db, "entity")
    assert kept(seeded_db, "cue") == from_scratch(seeded_db, "cue")
    assert any(r for r in kept(seeded_db, "entity").values() if r[1])  # something was reviewed


def test_entity_counts_rank_the_most_proposed_first(seeded_db):
    counts = stats.entity_counts(seeded_db)
    expected = sorted(((n, p) for n, (p, _, _) in from_scratch(seeded_db, "entity").items()),
                      key=lambda t: (-t[1], t[0]))
    assert counts == expected[:50]
