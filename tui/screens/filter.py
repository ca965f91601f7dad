"""The filter dialog (`f`): which part of the queue to work through.

A status, the flagged sentences, one entity or one document; the choice is kept in the
database so starting again resumes at the first pending sentence of the same filter.
"""

from __future__ import annotations

from typing import ClassVar

import sqlite_utils
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.suggester import Suggester
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from store.review import Filter, complete
from tui.screens.prompt import PromptScreen

CHOICES = [
    ("all", "All sentences"),
    ("status:pending", "Pending"),
    ("status:accepted", "Accepted"),
    ("status:edited", "Edited"),
    ("status:rejected", "Rejected"),
    ("flagged", "Flagged for a second look"),
    ("entity", "By entity…"),
    ("document", "By document…"),
]


class StoreSuggester(Suggester):
    """Completes a proposed entity or a document name from the database as you type."""

    def __init__(self, db: sqlite_utils.Database, what: str) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        self.db = db
        self.what = what

    async def get_suggestion(self, value: str) -> str | None:
        return complete(self.db, self.what, value)


class FilterScreen(ModalScreen[Filter | None]):
    CSS_PATH = "filter.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="filter.cancel"),
    ]

    def __init__(self, db: sqlite_utils.Database, current: Filter) -> None:
        super().__init__()
        self.db = db
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="filter"):
            yield Static("Filter the queue", id="filter-title")
            yield OptionList(*[Option(label, id=key) for key, label in CHOICES],
                             id="filter-choices")
            yield Static("↑/↓ choose · Enter applies · Escape cancels", id="filter-hint")

    def on_mount(self) -> None:
        choices = self.query_one(OptionList)
        key = self.current.kind if self.current.kind != "status" else f"status:{self.current.value}"
        keys = [k for k, _ in CHOICES]
        choices.highlighted = keys.index(key) if key in keys else 0
        choices.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        key = event.option.id or "all"
        if key.startswith("status:"):
            self.dismiss(Filter("status", key.split(":", 1)[1]))
        elif key in ("all", "flagged"):
            self.dismiss(Filter(key))
        else:
            self.ask(key)

    def ask(self, kind: str) -> None:
        value = self.current.value if self.current.kind == kind else ""

        def chosen(text: str | None) -> None:
            if text and text.strip():
                self.dismiss(Filter(kind, text.strip()))

        self.app.push_screen(
            PromptScreen(
                f"Only sentences {'proposing the entity' if kind == 'entity' else 'of the document'}",
                value, placeholder="start typing; → accepts the completion",
                suggester=StoreSuggester(self.db, kind),
            ),
            chosen,
        )

    def action_cancel(self) -> None:
        self.dismiss(None)
