"""The sentence under review, with source words and cue highlighted."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from extract import Attribution
from tui.text import literal

SHOWN_CHARS = 20_000  # a 100 KB line stays responsive; the rest is announced, not dropped


def highlighted(text: str, attributions: list[Attribution], selected: int | None = None) -> Text:
    """The sentence with each attribution's source and cue styled by offset."""
    shown = literal(text[:SHOWN_CHARS])
    for i, a in enumerate(attributions):
        active = selected is None or i == selected
        source_style = "bold reverse" if active else "bold underline"
        cue_style = "bold underline" if active else "underline"
        if a.end <= SHOWN_CHARS:
            shown.stylize(source_style, a.start, a.end)
        if a.cue_end <= SHOWN_CHARS and a.cue_end > a.cue_start:
            shown.stylize(cue_style, a.cue_start, a.cue_end)
    if len(text) > SHOWN_CHARS:
        shown.append(f" … ({len(text) - SHOWN_CHARS:,} more characters)", style="dim italic")
    return shown


class SentenceView(Static):
    """Shows one sentence; the text is never interpreted as markup."""

    DEFAULT_CSS = """
    SentenceView { height: auto; padding: 1 2; }
    """

    def show(self, text: str, attributions: list[Attribution], selected: int | None = None) -> None:
        self.update(highlighted(text, attributions, selected))
