"""The sentence under review, with source words and cue highlighted, between its neighbours.

The previous and next sentences of the same document are shown dimmed and clipped, so the
reviewer can resolve "he said" or "the agency" without leaving the keyboard.
"""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from extract import Attribution
from tui.text import literal

SHOWN_CHARS = 20_000  # a 100 KB line stays responsive; the rest is announced, not dropped
CONTEXT_CHARS = 160  # neighbours are context, not work: a line or two each


def highlighted(text: str, attributions: list[Attribution], selected: int | None = None) -> Text:
    """The sentence with each attribution's source and cue styled by offset; the selected
    one (or all, when ``selected`` is None) stands out in reverse video."""
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


def context(text: str | None, before: bool) -> Text:
    """A neighbouring sentence, dimmed and clipped from the far end (the near end is the
    part that reads on into the current sentence)."""
    if text is None:
        return Text("(start of document)" if before else "(end of document)", style="dim italic")
    if len(text) > CONTEXT_CHARS:
        text = "…" + text[-CONTEXT_CHARS:] if before else text[:CONTEXT_CHARS] + "…"
    return literal(text, style="dim")


class SentenceView(Static):
    """Shows one sentence; the text is never interpreted as markup.

    A new sentence asks for a layout only when it needs a different number of lines than the
    one shown: most sentences repaint in place (a layout reflows the whole screen)."""

    DEFAULT_CSS = """
    SentenceView { height: auto; padding: 0 1; }
    """

    def show(
        self,
        text: str,
        attributions: list[Attribution],
        selected: int | None = None,
        neighbours: tuple[str | None, str | None] | None = None,
    ) -> None:
        current = highlighted(text, attributions, selected)
        if neighbours is None:
            self._put(current)
            return
        shown = Text(end="")
        shown.append_text(context(neighbours[0], before=True))
        shown.append("\n")
        shown.append_text(current)
        shown.append("\n")
        shown.append_text(context(neighbours[1], before=False))
        self._put(shown)

    def _put(self, shown: Text) -> None:
        self.update(shown, layout=False)
        width = self.content_size.width
        if not width or self.visual.get_height(self.styles, width) != self.content_size.height:
            self.refresh(layout=True)
