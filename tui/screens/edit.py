"""The edit form: correct an attribution's source words, entity and cue, or add one.

The source (and cue) must be words of the sentence: the form finds their offsets and refuses
anything else, so exported offsets always slice out what the reviewer typed. A new entity is
added to the registry with the source words as an alias, so later proposals use it.
"""

from __future__ import annotations

from typing import ClassVar

import sqlite_utils
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, Vertical
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Input, Label, Static

from extract import Attribution
from store.review import Sentence
from store.sources import add_alias, load_registry
from tui.text import literal
from tui.widgets.sentence import highlighted


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


class EditScreen(ModalScreen[list[Attribution] | None]):
    CSS_PATH = "edit.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="edit.cancel"),
    ]

    def __init__(self, db: sqlite_utils.Database, sentence: Sentence, index: int = 0) -> None:
        super().__init__()
        self.db = db
        self.sentence = sentence
        self.index = index if index < len(sentence.attributions) else len(sentence.attributions)
        self.registry = load_registry(db)

    def _current(self) -> Attribution | None:
        attributions = self.sentence.attributions
        return attributions[self.index] if self.index < len(attributions) else None

    def compose(self) -> ComposeResult:
        current = self._current()
        with Vertical(id="dialog"):
            yield Static(
                "Edit attribution" if current else "Add an attribution", id="title"
            )
            yield Static(highlighted(self.sentence.text, self.sentence.attributions, self.index),
                         id="context")
            with Grid(id="fields"):
                yield Label("Source words")
                yield Input(current.source if current else "", id="source",
                            placeholder="words of the sentence, e.g. the spy agency")
                yield Label("Entity")
                yield Input(current.entity if current else "", id="entity",
                            placeholder="from the registry, or a new name",
                            suggester=SuggestFromList(self.registry.entities(), case_sensitive=False))
                yield Label("Cue")
                yield Input(current.cue if current else "", id="cue",
                            placeholder="said, according to, estimates…")
            yield Static(id="error")
            yield Static("Enter saves · Tab next field · Escape cancels · empty source removes it",
                         id="hint")

    def on_mount(self) -> None:
        self.query_one("#source", Input).focus()

    def action_cancel(self) -> None:
        self.dismiss(None)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.save()

    def save(self) -> None:
        text = self.sentence.text
        source = self.query_one("#source", Input).value.strip()
        entity = self.query_one("#entity", Input).value.strip()
        cue = self.query_one("#cue", Input).value.strip()
        others = [a for i, a in enumerate(self.sentence.attributions) if i != self.index]
        if not source:
            self.dismiss(others)
            return
        current = self._current()
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
        fixed = Attribution(
            source=source, entity=entity, cue=cue, start=start, end=start + len(source),
            cue_start=cue_start, cue_end=cue_start + len(cue),
            date=current.date if current else None, confidence=1.0,
        )
        self.dismiss(sorted([*others, fixed], key=lambda a: a.start))

    def fail(self, message: str, field: str) -> None:
        self.query_one("#error", Static).update(literal(message))
        self.query_one(field, Input).focus()
