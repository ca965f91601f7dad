"""Marking the source words on the sentence itself, by keyboard.

←/→ move the mark a word at a time; shift+←/→ extend or shrink it at its end by a word. The
mark is kept as character offsets, so what it covers is always words of the sentence.
"""

from __future__ import annotations

import re
from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widget import Widget

from tui.text import literal

_WORD = re.compile(r"\w[\w'’.-]*\w|\w", re.UNICODE)
SHOWN_CHARS = 20_000


def words(text: str) -> list[tuple[int, int]]:
    """(start, end) of each word of ``text``."""
    return [m.span() for m in _WORD.finditer(text[:SHOWN_CHARS])]


class SourceMarker(Widget, can_focus=True):
    """The sentence with a mark over the source words, moved and extended word by word."""

    DEFAULT_CSS = """
    SourceMarker { width: 1fr; height: auto; max-height: 8; padding: 0 1; border: tall $panel; }
    SourceMarker:focus { border: tall $accent; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("left", "move(-1)", "Word left", show=False, id="mark.left"),
        Binding("right", "move(1)", "Word right", show=False, id="mark.right"),
        Binding("shift+left", "extend(-1)", "Shrink", show=False, id="mark.shrink"),
        Binding("shift+right", "extend(1)", "Extend", show=False, id="mark.extend"),
    ]

    class Marked(Message):
        """The mark moved: ``start``/``end`` are character offsets into the sentence."""

        def __init__(self, start: int, end: int) -> None:
            super().__init__()
            self.start = start
            self.end = end

    def __init__(self, text: str, start: int, end: int, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.text = text
        self.words = words(text)
        self.first, self.last = self._span(start, end)

    def _span(self, start: int, end: int) -> tuple[int, int]:
        """Word indexes covering [start, end) (the first word when nothing matches)."""
        inside = [i for i, (s, e) in enumerate(self.words) if s < end and e > start]
        if inside:
            return inside[0], inside[-1]
        return 0, 0

    @property
    def offsets(self) -> tuple[int, int]:
        if not self.words:
            return 0, 0
        return self.words[self.first][0], self.words[self.last][1]

    def mark(self, start: int, end: int) -> None:
        """Move the mark to cover [start, end) (e.g. from typed source words)."""
        self.first, self.last = self._span(start, end)
        self.refresh(layout=True)

    def render(self) -> Text:
        shown = literal(self.text[:SHOWN_CHARS])
        if self.words:
            start, end = self.offsets
            shown.stylize("bold reverse", start, end)
        return shown

    def action_move(self, delta: int) -> None:
        if not self.words:
            return
        width = self.last - self.first
        first = min(max(self.first + delta, 0), len(self.words) - 1 - width)
        self.first, self.last = first, first + width
        self._moved()

    def action_extend(self, delta: int) -> None:
        if not self.words:
            return
        self.last = min(max(self.last + delta, self.first), len(self.words) - 1)
        self._moved()

    def _moved(self) -> None:
        self.refresh(layout=True)
        self.post_message(self.Marked(*self.offsets))
