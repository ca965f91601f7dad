"""The attributions of the current sentence, one row each, with the verdict each has, under a
summary line (how many, how many decided, what a/r will do, the note).

The table never takes focus: j/k and the arrows belong to the review screen, and the
selected attribution is chosen with Tab or 1–9 and shown as the highlighted row.

It is one widget that draws its rows as lines of text (not a DataTable): its size is set by the
screen, so a new sentence repaints it and never asks for a layout, and nothing is mounted,
cleared or measured per sentence. Rows that do not fit are windowed around the selected one.
"""

from __future__ import annotations

from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.geometry import Region

from extract import Attribution
from tui.text import literal
from tui.widgets.styles import TextLines

COLUMNS = ("#", "verdict", "source", "entity", "cue", "date")
MARKS = {
    None: Text("·", style="dim"),
    "accepted": Text("✓ accept", style="bold green"),
    "rejected": Text("✗ reject", style="bold red"),
    "edited": Text("✎ edit", style="bold yellow"),
}
VERDICT_WIDTH = max(m.cell_len for m in MARKS.values())
SHARES = (45, 35, 20)  # of the width left for source, entity and cue


class AttributionTable(TextLines, can_focus=False):
    """Read-only list of the sentence's attributions and their verdicts."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "attribution-table--header",
        "attribution-table--row",
        "attribution-table--even-row",
        "attribution-table--cursor",
    }

    DEFAULT_CSS = """
    AttributionTable {
        overflow: hidden;
        & > .attribution-table--header { text-style: bold; background: $panel; color: $foreground; }
        &:ansi > .attribution-table--header { background: ansi_bright_blue; color: ansi_default; }
        & > .attribution-table--row { background: $surface; color: $foreground; }
        & > .attribution-table--even-row { background: $surface-lighten-1 50%; }
        &:dark > .attribution-table--even-row { background: $surface-darken-1 40%; }
        & > .attribution-table--cursor {
            background: $block-cursor-blurred-background;
            color: $block-cursor-blurred-foreground;
            text-style: $block-cursor-blurred-text-style;
        }
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.attributions: list[Attribution] = []
        self.verdicts: list[str | None] = []
        self.selected: int | None = None
        self.summary = Text(end="")
        self._lines_shown = 0  # lines the last render wrote; below them it is blank

    def show(
        self,
        attributions: list[Attribution],
        verdicts: list[str | None] | None = None,
        selected: int | None = 0,
        summary: Text | None = None,
    ) -> None:
        """Show these attributions (and verdicts, the selected one, the summary line): a
        repaint of this widget only."""
        self.attributions = list(attributions)
        self.verdicts = list(verdicts or [None] * len(attributions))
        self.selected = selected
        self.summary = summary or Text(end="")
        width, height = self.content_size
        n = len(self.attributions)
        lines = min(height, len(self.summary.split("\n")) + (n + 1 if n else 0))
        if width and height:
            # Only the lines written now or last time: the blank rest stays as it is.
            self.changed(Region(0, 0, width, max(lines, self._lines_shown)))
        else:
            self.changed()

    @property
    def cursor_row(self) -> int | None:
        """The highlighted row: the selected attribution, or the only one."""
        n = len(self.attributions)
        if not n or (self.selected is None and n > 1):
            return None
        return min(self.selected or 0, n - 1)

    def text_lines(self) -> list[Text]:
        width, height = self.content_size
        summary = self.summary.copy()
        summary.end = ""
        n = len(self.attributions)
        if not n:
            shown = list(summary.split("\n"))
            self._lines_shown = len(shown)
            return shown
        header_lines = len(summary.split("\n"))
        room = max(1, height - header_lines - 1)  # rows that fit under the column headings
        cursor = self.cursor_row
        start = 0
        windowed = n > room
        if windowed:
            room = max(1, room - 1)  # the last line says which rows these are
            start = min(max((cursor or 0) - room + 1, 0), n - room)
        rows = [self._cells(i) for i in range(n)]
        widths = self._widths(rows, width)

        header = self.component_style("attribution-table--header")
        plain = self.component_style("attribution-table--row")
        even = self.component_style("attribution-table--even-row")
        highlight = self.component_style("attribution-table--cursor")
        lines = [*summary.split("\n"), _line([Text(c) for c in COLUMNS], widths, width, header)]
        for i in range(start, min(n, start + room)):
            style = highlight if i == cursor else even if i % 2 == 0 else plain
            lines.append(_line(rows[i], widths, width, style))
        if windowed:
            lines.append(Text(f"rows {start + 1}–{start + room} of {n} · Tab/1–9 move", "dim"))
        self._lines_shown = len(lines)
        return lines

    def _cells(self, i: int) -> list[Text]:
        a = self.attributions[i]
        return [
            Text(str(i + 1)),
            MARKS[self.verdicts[i]].copy(),
            literal(a.source),
            literal(a.entity, style="bold"),
            literal(a.cue),
            literal(a.date or "—"),
        ]

    @staticmethod
    def _widths(rows: list[list[Text]], width: int) -> list[int]:
        """Each column as wide as its widest cell, source/entity/cue capped at their share of
        what the fixed columns leave, so the table never runs off the side."""
        natural = [
            max([len(COLUMNS[c])] + [row[c].cell_len for row in rows]) for c in range(len(COLUMNS))
        ]
        natural[1] = max(natural[1], VERDICT_WIDTH)
        fixed = natural[0] + natural[1] + natural[5] + 2 * len(COLUMNS) - 1
        room = max(24, width - fixed)
        for c, share in zip((2, 3, 4), SHARES, strict=True):
            natural[c] = min(natural[c], max(6, room * share // 100))
        return natural


def _line(cells: list[Text], widths: list[int], width: int, style: Style) -> Text:
    """One row: each cell clipped (with an ellipsis) or padded to its column, a space between
    columns, the whole line in the row's style out to the widget's width."""
    line = Text(end="", style=style)
    for i, (cell, w) in enumerate(zip(cells, widths, strict=True)):
        cell.truncate(w, overflow="ellipsis", pad=True)
        line.append(" " if i else "")  # the first column lines up with the summary
        line.append_text(cell)
        line.append(" ")
    if line.cell_len < width:
        line.append(" " * (width - line.cell_len))
    return line
