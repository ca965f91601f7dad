"""The attributions of the current sentence, one row each."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import DataTable

from extract import Attribution
from tui.text import literal

COLUMNS = ("#", "source", "entity", "cue", "date", "conf.")


class AttributionTable(DataTable[Text]):
    """Read-only list of the proposed (or decided) attributions."""

    DEFAULT_CSS = """
    AttributionTable { height: auto; max-height: 12; }
    """

    def on_mount(self) -> None:
        self.cursor_type = "row"
        self.zebra_stripes = True
        self.add_columns(*COLUMNS)

    def show(self, attributions: list[Attribution]) -> None:
        self.clear()
        for i, a in enumerate(attributions, 1):
            self.add_row(
                Text(str(i)),
                literal(_clip(a.source)),
                literal(_clip(a.entity), style="bold"),
                literal(_clip(a.cue)),
                literal(a.date or "—"),
                Text(f"{a.confidence:.2f}"),
            )


def _clip(value: str, width: int = 40) -> str:
    return value if len(value) <= width else value[: width - 1] + "…"
