"""The edit form: correct an attribution's source words, entity and cue, or add a missed one.

The source is marked on the sentence itself (←/→ a word at a time, shift+←/→ to extend) or
typed; either way it must be words of the sentence: the form finds their offsets and refuses
anything else, so exported offsets always slice out what the reviewer chose. The entity
completes from the registry as you type; a new name is added to the registry with the source
words as an alias, so later proposals use it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

import sqlite_utils
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, Vertical
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Input, Label, Static

from extract import Attribution
from store.sources import add_alias, load_registry
from tui.text import literal
from tui.widgets.marker import SourceMarker


def locate(text: str, words: str, near: int = 0) -> int | None:
    """Offset of ``words`` in ``text``: the occurrence nearest ``near``, exact case first."""
    for haystack, needle in ((text, words), (text.casefold(), words.casefold())):
        if len(haystack) != len(text):
            continue  # casefold changed lengths: offsets would not line up
        hits, i = [], haystack.find(needle)
        while i != -1:
            hits.append(i)
            i = haystack.find(needle, i + 1)
        if hits:
            return min(hits, key=lambda h: abs(h - near))
    return None


@dataclass(frozen=True, slots=True)
class EditResult:
    """What the form saved: the corrected (or added) attribution, or None when the source
    was emptied, which rejects the attribution."""

    attribution: Attribution | None


class EditScreen(ModalScreen[EditResult | None]):
    CSS_PATH = "edit.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="edit.cancel"),
        Binding("enter", "save", "Save", id="edit.save"),
    ]

    def __init__(
        self,
        db: sqlite_utils.Database,
        text: str,
        attributions: list[Attribution],
        index: int | None = 0,
    ) -> None:
        super().__init__()
        self.db = db
        self.text = text
        self.current = (
            attributions[index] if index is not None and index < len(attributions) else None
        )
        self.registry = load_registry(db)

    def compose(self) -> ComposeResult:
        current = self.current
        start, end = (current.start, current.end) if current else (0, 0)
        with Vertical(id="dialog"):
            yield Static("Edit attribution" if current else "Add an attribution", id="title")
            yield SourceMarker(self.text, start, end, id="marker")
            with Grid(id="fields"):
                yield Label("Source words")
                yield Input(current.source if current else "", id="source", compact=True, select_on_focus=False,
                            placeholder="words of the sentence, e.g. the spy agency")
                yield Label("Entity")
                yield Input(current.entity if current else "", id="entity", compact=True,
                            placeholder="from the registry (→ completes), or a new name",
                            suggester=SuggestFromList(self.registry.entities(),
                                                      case_sensitive=False))
                yield Label("Cue")
                yield Input(current.cue if current else "", id="cue", compact=True,
                            placeholder="said, according to, estimates…")
            yield Static(id="error")
            yield Static("←/→ word · shift+←/→ extend · or type · Tab next field · "
                         "Enter saves · Escape cancels · empty source rejects", id="hint")

    def on_mount(self) -> None:
        marker = self.query_one(SourceMarker)
        if self.current is None:
            self.query_one("#source", Input).value = self.text[slice(*marker.offsets)]
        marker.focus()

    def on_key(self, event: events.Key) -> None:
        """Typing on the marked sentence starts typing the source words instead."""
        if self.focused is self.query_one(SourceMarker) and event.is_printable and event.character:
            event.stop()
            event.prevent_default()
            source = self.query_one("#source", Input)
            source.value = event.character
            source.cursor_position = len(source.value)
            source.focus()

    def on_source_marker_marked(self, event: SourceMarker.Marked) -> None:
        source = self.query_one("#source", Input)
        source.value = self.text[event.start : event.end]
        entity = self.registry.lookup(source.value)
        if entity:
            self.query_one("#entity", Input).value = entity

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id != "source" or self.focused is not event.input:
            return
        words = event.value.strip()
        start = locate(self.text, words, self.current.start if self.current else 0) if words else None
        if start is not None:
            self.query_one(SourceMarker).mark(start, start + len(words))

    def action_cancel(self) -> None:
        self.dismiss(None)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    def action_save(self) -> None:
        text = self.text
        source = self.query_one("#source", Input).value.strip()
        entity = self.query_one("#entity", Input).value.strip()
        cue = self.query_one("#cue", Input).value.strip()
        if not source:
            self.dismiss(EditResult(None))
            return
        current = self.current
        start = locate(text, source, current.start if current else 0)
        if start is None:
            self.fail("The source words must occur in the sentence.", "#source")
            return
        cue_start = locate(text, cue, current.cue_start if current else start) if cue else start
        if cue_start is None:
            self.fail("The cue must occur in the sentence (or be left empty).", "#cue")
            return
        source = text[start : start + len(source)]
        cue = text[cue_start : cue_start + len(cue)]
        if not entity:
            entity = self.registry.lookup(source) or source
        if entity not in self.registry or self.registry.lookup(source) != entity:
            add_alias(self.db, entity, source)
        unchanged = current is not None and (source, entity, cue, start, cue_start) == (
            current.source, current.entity, current.cue, current.start, current.cue_start
        )
        fixed = current if unchanged else Attribution(
            source=source, entity=entity, cue=cue, start=start, end=start + len(source),
            cue_start=cue_start, cue_end=cue_start + len(cue),
            date=current.date if current else None, confidence=1.0,
        )
        self.dismiss(EditResult(fixed))

    def fail(self, message: str, field: str) -> None:
        self.query_one("#error", Static).update(literal(message))
        self.query_one(field, Input).focus()
