"""The attribution record shared by the extractor, the store and the UI, and the hit the
extractor's rule modules hand each other before it becomes one.

Offsets are character offsets into the sentence text (Python string indices), so
``text[start:end] == source`` and ``text[cue_start:cue_end] == cue`` always hold: the UI
highlights by them and exports hand them to other tools unchanged. A ``Hit`` counts tokens
instead: the rules read a tokenized sentence, and only a finished attribution is mapped back
to characters.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Attribution:
    source: str
    entity: str
    cue: str
    start: int
    end: int
    cue_start: int
    cue_end: int
    date: str | None = None
    confidence: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Attribution:
        """Build from an exported or stored dict; unknown keys are ignored so older and newer
        records both load."""
        return cls(
            source=str(data.get("source") or ""),
            entity=str(data.get("entity") or data.get("source") or ""),
            cue=str(data.get("cue") or ""),
            start=int(data.get("start") or 0),
            end=int(data.get("end") or 0),
            cue_start=int(data.get("cue_start") or 0),
            cue_end=int(data.get("cue_end") or 0),
            date=data.get("date") or None,
            confidence=float(data.get("confidence") or 0.0),
        )


@dataclass(slots=True)
class Hit:
    s: int  # source token range [s, e)
    e: int
    cs: int  # cue token range [cs, ce)
    ce: int
    confidence: float
    kind: str  # "subject", "inverted", "according", "passive", "citing"
