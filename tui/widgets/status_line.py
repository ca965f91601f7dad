"""One line of where the reviewer stands: counts per status, pace and time left, and the
filter or search in force."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from store.review import Progress

STYLES = {"pending": "", "accepted": "green", "edited": "yellow", "rejected": "red"}


class StatusLine(Static):
    DEFAULT_CSS = """
    StatusLine { height: 1; width: 1fr; }
    """

    def show(self, progress: Progress, pace: str, scope: Text | None = None) -> None:
        line = Text(no_wrap=True, overflow="ellipsis", end="")
        for status, style in STYLES.items():
            line.append(f"{status} ", style="dim")
            line.append(f"{progress.counts.get(status, 0):,}", style=style or "bold")
            line.append("  ")
        line.append(pace, style="dim")
        if scope:
            line.append("  ")
            line.append_text(scope)
        self.update(line)
