"""Component styles looked up once per theme, not once per frame.

``Widget.refresh()`` empties Textual's own cache of component styles, so a widget that
repaints on every keystroke would resolve its CSS again each time; these are kept until the
styles really change (theme, CSS reload, a pseudo-class such as ``:dark``), which Textual
announces with ``notify_style_update``.
"""

from __future__ import annotations

from rich.style import Style
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
