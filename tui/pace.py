"""The reviewer's pace: decisions per hour this session, and the time left at that pace.

The clock is injected (the app's ``clock``) so snapshots and tests can freeze it: with no
measurable pace yet the status line shows a fixed placeholder instead of a changing number.
"""

from __future__ import annotations

from collections.abc import Callable

MIN_DECISIONS = 3
MIN_SECONDS = 10.0
PLACEHOLDER = "—/h"


class Pace:
    def __init__(self, clock: Callable[[], float]) -> None:
        self.clock = clock
        self.started: float | None = None
        self.decisions = 0

    def record(self) -> None:
        if self.started is None:
            self.started = self.clock()
        self.decisions += 1

    def per_hour(self) -> float | None:
        """Decisions per hour since the first one, once there is enough to measure."""
        if self.started is None or self.decisions < MIN_DECISIONS:
            return None
        elapsed = self.clock() - self.started
        if elapsed < MIN_SECONDS:
            return None
        return (self.decisions - 1) * 3600.0 / elapsed

    def describe(self, pending: int) -> str:
        rate = self.per_hour()
        if rate is None or rate <= 0:
            return f"{PLACEHOLDER} · left —"
        return f"{rate:,.0f}/h · left {_duration(pending / rate * 3600)}"


def _duration(seconds: float) -> str:
    minutes = int(seconds // 60)
    if minutes < 60:
        return f"{minutes}m"
    hours, minutes = divmod(minutes, 60)
    if hours < 48:
        return f"{hours}h{minutes:02d}m"
    return f"{hours // 24}d{hours % 24}h"
