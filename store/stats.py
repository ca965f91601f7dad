"""Aggregates for the statistics screen: what has been reviewed, and how often the
extractor's proposals survive review, per entity and per cue.

These scan whole tables (GROUP BY over candidates and decisions), so on a big database they
take a while: the TUI runs them in a worker, never on the UI thread. A proposal counts as
accepted when the sentence's current decision kept it unchanged (same source offsets, entity
and cue offsets); a dropped or corrected one counts as not accepted.
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
    "SELECT entity, count(*) AS n FROM candidates GROUP BY entity ORDER BY n DESC, entity LIMIT ?"
)
# One row per candidate of a reviewed sentence, with whether the decision kept it as proposed.
_KEPT = """
SELECT c.{column} AS name, count(*) AS proposed,
       sum(s.status != 'pending') AS reviewed,
       sum(s.status != 'pending' AND EXISTS (
           SELECT 1 FROM json_each(d.attributions) j
           WHERE json_extract(j.value, '$.start') = c.start
             AND json_extract(j.value, '$.end') = c."end"
             AND json_extract(j.value, '$.entity') = c.entity
             AND json_extract(j.value, '$.cue_start') = c.cue_start
             AND json_extract(j.value, '$.cue_end') = c.cue_end
       )) AS accepted
FROM candidates c
JOIN sentences s ON s.seq = c.sentence_seq
LEFT JOIN decisions d ON d.id = s.decision_id
GROUP BY {group}
ORDER BY proposed DESC, name
LIMIT ?
"""
ACCEPTANCE_BY_ENTITY = _KEPT.format(column="entity", group="c.entity")
ACCEPTANCE_BY_CUE = _KEPT.format(column="cue", group="lower(c.cue)")


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
    query = {"entity": ACCEPTANCE_BY_ENTITY, "cue": ACCEPTANCE_BY_CUE}[by]
    return [
        Rate(str(name), int(p), int(r or 0), int(a or 0))
        for name, p, r, a in db.execute(query, [limit])
    ]


def collect(db: sqlite_utils.Database, limit: int = 50) -> Stats:
    """Everything the statistics screen shows, in one call (for one worker)."""
    return Stats(
        status_counts(db), entity_counts(db, limit), acceptance(db, "entity", limit),
        acceptance(db, "cue", limit),
    )
