"""The Textual application: owns the database connection and the reviewer's name."""

from __future__ import annotations

from pathlib import Path

from textual.app import App

from store.db import open_db
from tui.screens.review import ReviewScreen


class ReviewApp(App[None]):
    TITLE = "attribution-review"
    CSS_PATH = "app.tcss"

    def __init__(self, db_path: str | Path, reviewer: str) -> None:
        super().__init__()
        self.db_path = Path(db_path)
        self.reviewer = reviewer
        self.db = open_db(self.db_path)

    def on_mount(self) -> None:
        self.push_screen(ReviewScreen(self.db, self.reviewer))

    def on_unmount(self) -> None:
        self.db.close()
