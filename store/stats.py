"""Aggregates for the statistics screen: what has been reviewed, and how often the
extractor's proposals survive review, per entity and per cue.

The figures are kept as they change (table proposal_stats: triggers on candidates, and
store.review.record_decision for review outcomes), so reading them is a few index lookups at
any size; the TUI still reads them in a worker. A proposal counts as accepted when the
sentence's current decision kept it unchanged (same source offsets, entity and cue offsets);
a dropped or corrected one counts as not accepted.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from store.schema import STATUSES


@dataclass(frozen=True, slots=True)
class Rate:
    """How one entity's (or cue's) proposals fared among reviewed sentences."""

    name: str
    proposed: int
    reviewed: int
    accepted: int

    @property
    def rate(self) -> float | None:
        return self.accepted / self.reviewed if self.reviewed else None


@dataclass(frozen=True, slots=True)
class Stats:
    statuses: dict[str, int]
    entities: list[tuple[str, int]]
    by_entity: list[Rate]
    by_cue: list[Rate]


STATUS_COUNTS = "SELECT status, n FROM status_counts"
ENTITY_COUNTS = (
    "SELECT name, proposed FROM proposal_stats WHERE kind = 'entity' AND proposed > 0 "
    "ORDER BY proposed DESC, name LIMIT ?"
)
ACCEPTANCE = (
    "SELECT name, proposed, reviewed, accepted FROM proposal_stats WHERE kind = ? "
    "AND proposed > 0 ORDER BY proposed DESC, name LIMIT ?"
)


def status_counts(db: sqlite_utils.Database) -> dict[str, int]:
    counts = dict.fromkeys(STATUSES, 0)
    counts.update({status: int(n) for status, n in db.execute(STATUS_COUNTS)})
    return counts


def entity_counts(db: sqlite_utils.Database, limit: int = 50) -> list[tuple[str, int]]:
    """Proposed attributions per entity, most frequent first."""
    return [(str(e), int(n)) for e, n in db.execute(ENTITY_COUNTS, [limit])]


def acceptance(db: sqlite_utils.Database, by: str = "entity", limit: int = 50) -> list[Rate]:
    """The extractor's acceptance rate per entity or per cue (case-folded), most proposed
    first."""
    if by not in ("entity", "cue"):
        raise ValueError(f"acceptance is counted by entity or cue, not {by!r}")
    return [
        Rate(str(name), int(p), int(r), int(a)) for name, p, r, a in db.execute(ACCEPTANCE, [by, limit])
    ]


def collect(db: sqlite_utils.Database, limit: int = 50) -> Stats:
    """Everything the statistics screen shows, in one call (for one worker)."""
    return Stats(
        status_counts(db), entity_counts(db, limit), acceptance(db, "entity", limit),
        acceptance(db, "cue", limit),
    )
