"""The Textual application: owns the database connection, the reviewer's name, the keymap
and the theme; offers every review action in the command palette."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path

from textual.app import App, SystemCommand
from textual.screen import Screen

from store.db import open_db
from tui.screens.review import ReviewScreen


class ReviewApp(App[None]):
    TITLE = "attribution-review"
    CSS_PATH = "app.tcss"

    def __init__(
        self,
        db_path: str | Path,
        reviewer: str,
        *,
        keymap: dict[str, str] | None = None,
        theme: str | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__()
        self.db_path = Path(db_path)
        self.reviewer = reviewer
        self.clock = clock
        self.user_keymap = dict(keymap or {})
        if self.user_keymap:
            self.set_keymap(self.user_keymap)
        if theme:
            self.theme = theme
        self.db = open_db(self.db_path)

    def on_mount(self) -> None:
        self.push_screen(
            ReviewScreen(self.db, self.reviewer, db_path=self.db_path, clock=self.clock)
        )
        self.call_after_refresh(self._freeze_startup_objects)

    def _freeze_startup_objects(self) -> None:
        """Leave everything alive after the first frame (Textual, CSS, widgets, the theme)
        out of the garbage collector's full passes: with them in, a full pass paused a
        keystroke for 40-55 ms about once per 150 decisions; without them, 7-13 ms.
        ``gc.freeze`` is the stdlib's own switch for this; collection goes on as before for
        everything made afterwards."""
        gc.freeze()

    def on_unmount(self) -> None:
        self.db.close()

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """The command palette (ctrl+p): Textual's own commands, plus every review action by
        name, with its current keys."""
        yield from super().get_system_commands(screen)
        if isinstance(screen, ReviewScreen):
            for binding, (keys, what, _id) in zip(screen.BINDINGS, screen.key_help(), strict=True):
                action = getattr(binding, "action", "")
                title = what[:1].upper() + what[1:]
                yield SystemCommand(title, f"key: {keys}", partial(screen.run_action, action))
