"""The help screen: every key of the review screen, from its own bindings."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

EDIT_KEYS = [
    ("Tab", "next field in the edit form"),
    ("Enter", "save the edit"),
    ("Escape", "cancel the edit"),
]


class HelpScreen(ModalScreen[None]):
    CSS_PATH = "help.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "dismiss", "Close", id="help.close"),
    ]

    def __init__(self, keys: list[tuple[str, str]]) -> None:
        super().__init__()
        self.keys = keys

    def compose(self) -> ComposeResult:
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold")
        table.add_column()
        for key, description in self.keys:
            table.add_row(key, description)
        table.add_row("", "")
        for key, description in EDIT_KEYS:
            table.add_row(key, description)
        with Vertical(id="help"):
            yield Static("Keys", id="help-title")
            yield Static(table)
            yield Static("Every decision is saved the moment you make it. Escape closes.",
                         id="help-hint")

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(result)
