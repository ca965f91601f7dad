"""Small one-field dialogs: go to a sentence number, write a note.

Each is a modal with one Input: Enter returns its value, Escape returns None.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.suggester import Suggester
from textual.widgets import Input, Static

from tui.text import literal


class PromptScreen(ModalScreen[str | None]):
    CSS_PATH = "prompt.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="prompt.cancel"),
    ]

    def __init__(
        self,
        title: str,
        value: str = "",
        *,
        placeholder: str = "",
        hint: str = "Enter confirms · Escape cancels",
        restrict: str | None = None,
        suggester: Suggester | None = None,
    ) -> None:
        super().__init__()
        self.title_text = title
        self.value = value
        self.placeholder = placeholder
        self.hint = hint
        self.restrict = restrict
        self.suggester = suggester

    def compose(self) -> ComposeResult:
        with Vertical(id="prompt"):
            yield Static(literal(self.title_text), id="prompt-title")
            yield Input(self.value, placeholder=self.placeholder, restrict=self.restrict,
                        suggester=self.suggester, id="prompt-input")
            yield Static(literal(self.hint), id="prompt-hint")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)


def goto_prompt(total: int) -> PromptScreen:
    return PromptScreen(f"Go to sentence number (1–{total:,})", placeholder="e.g. 42",
                        restrict=r"[0-9]*")


def note_prompt(note: str | None) -> PromptScreen:
    return PromptScreen(
        "Note on this sentence", note or "", placeholder="free text, kept with the decision",
        hint="Enter saves (empty clears) · Escape cancels",
    )
