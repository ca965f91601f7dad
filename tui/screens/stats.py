"""The statistics screen (`S`): counts per status and per entity, and how often the
extractor's proposals survive review, per entity and per cue.

The figures are counts the store keeps as decisions happen (store.stats), so reading them is
cheap at any size; they are still read in a thread worker on a connection of their own, with
a loading indicator, so a busy database never stalls the review screen.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

import sqlite_utils
from rich.table import Table
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from store import stats as aggregates
from store.db import connect
from store.stats import Rate, Stats
from tui.text import literal

SHOWN = 12


def _rates(title: str, rates: list[Rate]) -> Table:
    table = Table(title=title, title_style="bold", box=None, padding=(0, 1), expand=True)
    table.add_column(title.split()[-1], no_wrap=True, overflow="ellipsis", ratio=1)
    table.add_column("prop.", justify="right")
    table.add_column("rev.", justify="right")
    table.add_column("acc.", justify="right")
    for rate in rates[:SHOWN]:
        shown = "—" if rate.rate is None else f"{rate.rate:.0%}"
        table.add_row(literal(rate.name), str(rate.proposed), str(rate.reviewed), shown)
    if not rates:
        table.add_row(Text("nothing proposed yet", style="dim"), "", "", "")
    return table


def _counts(stats: Stats) -> Text:
    line = Text()
    line.append("Sentences  ", style="bold")
    for status, n in stats.statuses.items():
        line.append(f"{status} ", style="dim")
        line.append(f"{n:,}   ", style="bold")
    line.append(f"\nthe {SHOWN} most proposed entities and cues; prop. proposed, rev. of them "
                "reviewed, acc. share kept unchanged", style="dim")
    return line


class StatsScreen(ModalScreen[None]):
    CSS_PATH = "stats.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,S", "close", "Back", id="stats.close"),
        Binding("j,down", "scroll(1)", "Down", show=False, id="stats.down"),
        Binding("k,up", "scroll(-1)", "Up", show=False, id="stats.up"),
    ]

    def __init__(self, db_path: Path | None, db: sqlite_utils.Database) -> None:
        super().__init__()
        self.db_path = db_path
        self.db = db
        self.stats: Stats | None = None

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="stats"):
            yield Static(id="stats-counts")
            with Horizontal(id="stats-body"):
                yield Static(id="stats-entities")
                yield Static(id="stats-cues")
            yield Static("j/k scroll · escape closes", id="stats-hint")

    def on_mount(self) -> None:
        self.query_one("#stats").border_title = "Statistics"
        self.query_one("#stats-counts", Static).update(Text("Counting…", style="dim"))
        self.query_one("#stats-body").loading = True
        self.load()

    @work(thread=True, exclusive=True)
    def load(self) -> None:
        """Run the aggregates off the UI thread, on a connection of its own."""
        db = connect(self.db_path) if self.db_path else self.db
        try:
            result = aggregates.collect(db)
        finally:
            if db is not self.db:
                db.close()
        self.app.call_from_thread(self.show, result)

    def show(self, stats: Stats) -> None:
        self.stats = stats
        self.query_one("#stats-counts", Static).update(_counts(stats))
        self.query_one("#stats-entities", Static).update(
            _rates("Acceptance per entity", stats.by_entity)
        )
        self.query_one("#stats-cues", Static).update(_rates("Acceptance per cue", stats.by_cue))
        self.query_one("#stats-body").loading = False

    def action_scroll(self, lines: int) -> None:
        self.query_one("#stats", VerticalScroll).scroll_relative(y=lines, animate=False)

    def action_close(self) -> None:
        self.dismiss(None)
