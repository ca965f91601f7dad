"""The attributions of the current sentence, one row each, with the verdict each has.

The table never takes focus: j/k and the arrows belong to the review screen, and the
selected attribution is chosen with Tab or 1–9 and shown by the table's cursor.
"""

from __future__ import annotations

from rich.text import Text
from textual.widgets import DataTable

from extract import Attribution
from tui.text import literal

COLUMNS = ("#", "verdict", "source", "entity", "cue", "date")
MARKS = {
    None: Text("·", style="dim"),
    "accepted": Text("✓ accept", style="bold green"),
    "rejected": Text("✗ reject", style="bold red"),
    "edited": Text("✎ edit", style="bold yellow"),
}


class AttributionTable(DataTable[Text]):
    """Read-only list of the sentence's attributions and their verdicts."""

    DEFAULT_CSS = """
    AttributionTable { height: auto; max-height: 12; overflow-x: hidden; }
    """

    def on_mount(self) -> None:
        self.can_focus = False
        self.cursor_type = "row"
        self.zebra_stripes = True
        self.add_columns(*COLUMNS)

    def show(
        self,
        attributions: list[Attribution],
        verdicts: list[str | None] | None = None,
        selected: int | None = 0,
    ) -> None:
        self.clear()
        marks = verdicts or [None] * len(attributions)
        # Share what is left after the fixed columns so the table never scrolls sideways.
        room = max(30, (self.size.width or 80) - 28)
        widths = (max(8, room * 45 // 100), max(8, room * 35 // 100), max(6, room * 20 // 100))
        for i, (a, verdict) in enumerate(zip(attributions, marks, strict=True), 1):
            self.add_row(
                Text(str(i)),
                MARKS[verdict],
                literal(_clip(a.source, widths[0])),
                literal(_clip(a.entity, widths[1]), style="bold"),
                literal(_clip(a.cue, widths[2])),
                literal(a.date or "—"),
            )
        self.show_cursor = bool(attributions) and (selected is not None or len(attributions) == 1)
        if attributions:
            self.move_cursor(row=min(selected or 0, len(attributions) - 1), animate=False)


def _clip(value: str, width: int = 40) -> str:
    return value if len(value) <= width else value[: width - 1] + "…"
