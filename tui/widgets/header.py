"""The two lines at the top of the review screen: where the reviewer is (sentence number,
document, position), then a progress bar with the counts per status and the pace.

One widget of a fixed height draws both lines, so a new sentence repaints two lines and never
asks for a layout; an update that changes nothing on screen repaints nothing.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text

from store.review import Progress
from tui.widgets.styles import TextLines

STYLES = {"pending": "", "accepted": "green", "edited": "yellow", "rejected": "red"}
BAR_WIDTH = 12


def status_text(progress: Progress, pace: str) -> Text:
    """Counts per status, then the pace and the time left."""
    line = Text(end="")
    for status, style in STYLES.items():
        line.append(f"{status} ", style="dim")
        line.append(f"{progress.counts.get(status, 0):,}", style=style or "bold")
        line.append("  ")
    line.append(pace, style="dim")
    return line


class ReviewHeader(TextLines):
    """Where the reviewer stands, in two lines of text."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"review-header--bar", "review-header--bar-empty"}

    DEFAULT_CSS = """
    ReviewHeader {
        height: 2;
        padding: 0 1;
        background: $boost;
        & > .review-header--bar { color: $primary; }
        & > .review-header--bar-empty { color: $surface; }
        &:ansi > .review-header--bar-empty { color: ansi_bright_black; }
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._where = Text(end="")
        self._status = Text(end="")
        self._fraction = 0.0

    def show(self, where: Text, progress: Progress, pace: str) -> None:
        """Show ``where`` above the progress and counts; repaint only if something changed."""
        status = status_text(progress, pace)
        fraction = progress.reviewed / progress.total if progress.total else 0.0
        if (where, status, fraction) == (self._where, self._status, self._fraction):
            return
        self._where, self._status, self._fraction = where, status, fraction
        self.changed()  # two fixed lines: a repaint, never a layout

    def _bar(self) -> Text:
        full = self.component_style("review-header--bar")
        empty = self.component_style("review-header--bar-empty")
        halves = round(self._fraction * BAR_WIDTH * 2)
        cells, half = divmod(halves, 2)
        bar = Text(end="")
        bar.append("━" * cells, style=full)
        if half:
            bar.append("╸", style=full)
        left = BAR_WIDTH - cells - half
        if left:
            bar.append("╺" if half else "━", style=empty)
            bar.append("━" * (left - 1), style=empty)
        return bar

    def text_lines(self) -> list[Text]:
        meter = self._bar()
        meter.append("  ")
        meter.append_text(self._status)
        return [self._where.copy(), meter]
