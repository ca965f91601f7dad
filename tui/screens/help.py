"""The help screen: every key of the review screen, generated from its bindings (so a user
keymap shows up here), with each binding's id for keymap files."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.text import literal

EDIT_KEYS = [
    ("←/→", "edit form: move the source mark a word", "mark.left/right"),
    ("⇧←/⇧→", "edit form: extend or shrink the mark", "mark.extend/shrink"),
    ("tab", "edit form: next field", ""),
    ("enter", "edit form: save", "edit.save"),
    ("escape", "edit form: cancel", "edit.cancel"),
    ("^p", "command palette: every action by name", ""),
]

NOTE = (
    "While a search is active, n / N / enter go to the next / previous match and escape "
    "ends the search; otherwise n adds an attribution. Remap keys in "
    "$XDG_CONFIG_HOME/attribution-review/keymap.toml (or --keymap FILE): id = \"keys\"."
)


def _merge_numbered(rows: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Fold the nine "select attribution N" rows into one."""
    merged: list[tuple[str, str, str]] = []
    for keys, what, binding_id in rows:
        if binding_id.startswith("select.") and binding_id[7:].isdigit():
            if binding_id != "select.1":
                continue
            first, last = keys, dict((r[2], r[0]) for r in rows).get("select.9", "9")
            merged.append((f"{first}…{last}", "select attribution 1…9", "select.1…9"))
            continue
        merged.append((keys, what, binding_id))
    return merged


class HelpScreen(ModalScreen[None]):
    CSS_PATH = "help.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "dismiss", "Close", id="help.close"),
        Binding("j,down", "scroll(1)", "Down", show=False, id="help.down"),
        Binding("k,up", "scroll(-1)", "Up", show=False, id="help.up"),
    ]

    def __init__(self, keys: list[tuple[str, str, str]]) -> None:
        super().__init__()
        self.keys = keys

    def compose(self) -> ComposeResult:
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold", no_wrap=True)
        table.add_column()
        table.add_column(style="dim", no_wrap=True)
        for keys, what, binding_id in [*_merge_numbered(self.keys), *EDIT_KEYS]:
            table.add_row(literal(keys), literal(what), literal(binding_id))
        with VerticalScroll(id="help"):
            yield Static(Text("Keys", style="bold"), id="help-title")
            yield Static(table)
            yield Static(literal(NOTE), id="help-hint")

    def on_mount(self) -> None:
        self.query_one("#help").border_subtitle = "j/k scroll · escape closes"

    def action_scroll(self, lines: int) -> None:
        self.query_one("#help", VerticalScroll).scroll_relative(y=lines, animate=False)

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(result)
