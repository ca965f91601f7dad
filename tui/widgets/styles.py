"""Component styles looked up once per theme, not once per frame.

``Widget.refresh()`` empties Textual's own cache of component styles, so a widget that
repaints on every keystroke would resolve its CSS again each time; these are kept until the
styles really change (theme, CSS reload, a pseudo-class such as ``:dark``), which Textual
announces with ``notify_style_update``.
"""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.geometry import Region
from textual.strip import Strip
from textual.widget import Widget


class CachedComponentStyles(Widget):
    """A widget whose ``component_style(name)`` survives repaints."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._rich_component_styles: dict[str, Style] = {}

    def component_style(self, name: str) -> Style:
        style = self._rich_component_styles.get(name)
        if style is None:
            style = self._rich_component_styles[name] = self.get_component_rich_style(name)
        return style

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._rich_component_styles.clear()
        self.refresh()


class TextLines(CachedComponentStyles):
    """A widget drawn as a few lines of rich Text, one per content line, through Textual's
    line API: the lines become strips directly (no wrapping, no Content conversion), once per
    change of what is shown or of the width. Too long a line ends in an ellipsis.

    Subclasses build their lines in ``text_lines()`` and call ``changed()`` when they would
    build different ones."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._strips: list[Strip] = []
        self._strips_key: tuple[int, int] | None = None

    def text_lines(self) -> list[Text]:
        raise NotImplementedError

    def changed(self, *regions: Region) -> None:
        """What is shown changed: build the lines again, repaint ``regions`` (all if none)."""
        self._strips_key = None
        self.refresh(*regions)

    def notify_style_update(self) -> None:
        self._strips_key = None
        super().notify_style_update()

    def render(self) -> Text:
        """All the lines as one Text: what is on screen, for anything reading it back (the
        screen itself is drawn by ``render_line``)."""
        return Text("\n", end="").join(self.text_lines())

    def render_line(self, y: int) -> Strip:
        width, height = self.content_size
        base = self.rich_style
        if self._strips_key != (width, height):
            console = self.app.console
            strips = []
            for line in self.text_lines()[:height]:
                line.end = ""
                if line.cell_len > width:
                    line.truncate(width, overflow="ellipsis")
                # Text.render leaves the line's own style out when it has no spans.
                style = base + console.get_style(line.style) if line.style else base
                strip = Strip(list(line.render(console))).apply_style(style)
                strips.append(strip.adjust_cell_length(width, style))
            self._strips, self._strips_key = strips, (width, height)
        if y < len(self._strips):
            return self._strips[y]
        return Strip.blank(width, base)
