"""The queue as a table (`l`): status, entities and text, a page at a time.

Rows are loaded in keyset pages of the (filtered) queue around the current sentence: moving
past the last row loads the next page, moving above the first loads the one before. Nothing
ever loads the whole table. Enter shows the chosen sentence; Escape goes back.
"""

from __future__ import annotations

from typing import ClassVar

import sqlite_utils
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static

from store import review as queue
from store.review import Filter, Row, Sentence
from tui.text import literal

PAGE = 100
MAX_ROWS = 400  # paging back keeps at most this many rows (the later ones are dropped)
STATUS_STYLE = {"pending": "", "accepted": "green", "edited": "yellow", "rejected": "red"}


class QueueTable(DataTable[Text]):
    """A DataTable that asks for the page before when the cursor is on the first row."""

    class Earlier(Message):
        """The cursor tried to move above the first row."""

    def action_cursor_up(self) -> None:
        if self.cursor_row == 0:
            self.post_message(self.Earlier())
            return
        super().action_cursor_up()


class QueueListScreen(ModalScreen[int | None]):
    CSS_PATH = "queue_list.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,l", "close", "Back", id="list.close"),
        Binding("j", "down", "Down", show=False, id="list.down"),
        Binding("k", "up", "Up", show=False, id="list.up"),
    ]

    def __init__(
        self, db: sqlite_utils.Database, where: Filter, around: Sentence | None
    ) -> None:
        super().__init__()
        self.db = db
        self.where = where
        self.around = around
        self.seqs: list[int] = []
        self.at_start = False
        self.at_end = False

    def compose(self) -> ComposeResult:
        with Vertical(id="list"):
            yield QueueTable(id="queue", cursor_type="row", zebra_stripes=True)
            yield Static(id="list-hint")

    def on_mount(self) -> None:
        table = self.query_one(QueueTable)
        table.add_column("#", key="seq")
        table.add_column("status", key="status")
        table.add_column("⚑", key="flag")
        table.add_column("entities", key="entities", width=22)
        table.add_column("text", key="text", width=max(20, self.size.width - 50))
        hint = Text("↑/↓ j/k move · enter shows the sentence · escape back   ", style="dim")
        hint.append_text(literal(self.where.describe()))
        self.query_one("#list-hint", Static).update(hint)
        around = self.around
        if around is not None and self._in_filter(around):
            first = [around.seq]
            after = queue.filtered_seqs(self.db, self.where, around, +1, limit=PAGE - 1)
        else:
            first, after = [], queue.filtered_seqs(self.db, self.where, None, +1, limit=PAGE)
        self._append([*first, *after], full=len(after) >= PAGE - len(first))
        self.at_start = not queue.filtered_seqs(
            self.db, self.where, self._sentence(self.seqs[0]), -1
        ) if self.seqs else True
        table.focus()

    def _in_filter(self, sentence: Sentence) -> bool:
        before = queue.filtered_seqs(self.db, self.where, sentence, -1)
        neighbour = queue.get(self.db, before[0]) if before else None
        found = queue.filtered_seqs(self.db, self.where, neighbour, +1)
        return bool(found) and found[0] == sentence.seq

    def _sentence(self, seq: int) -> Sentence | None:
        return queue.get(self.db, seq)

    def _cells(self, row: Row) -> list[Text]:
        return [
            Text(str(row.seq)),
            Text(row.status, style=STATUS_STYLE.get(row.status, "")),
            Text("⚑" if row.flagged else "", style="bold yellow"),
            literal(row.entities or "—", style="bold"),
            literal(row.text.replace("\n", " ")[: max(20, self.size.width - 50)]),
        ]

    def _append(self, seqs: list[int], *, full: bool) -> None:
        table = self.query_one(QueueTable)
        for row in queue.rows(self.db, seqs):
            table.add_row(*self._cells(row), key=str(row.seq))
        self.seqs.extend(seqs)
        self.at_end = not full

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if self.at_end or not self.seqs or event.cursor_row < len(self.seqs) - 1:
            return
        more = queue.filtered_seqs(self.db, self.where, self._sentence(self.seqs[-1]), +1,
                                   limit=PAGE)
        self._append(more, full=len(more) >= PAGE)

    def on_queue_table_earlier(self, _: QueueTable.Earlier) -> None:
        if self.at_start or not self.seqs:
            return
        earlier = queue.filtered_seqs(self.db, self.where, self._sentence(self.seqs[0]), -1,
                                      limit=PAGE)[::-1]
        self.at_start = len(earlier) < PAGE
        if not earlier:
            return
        keep = self.seqs[: MAX_ROWS - len(earlier)]
        table = self.query_one(QueueTable)
        table.clear()
        self.seqs = []
        self._append([*earlier, *keep], full=True)
        table.move_cursor(row=len(earlier) - 1, animate=False)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.dismiss(int(event.row_key.value or 0))

    def action_down(self) -> None:
        self.query_one(QueueTable).action_cursor_down()

    def action_up(self) -> None:
        self.query_one(QueueTable).action_cursor_up()

    def action_close(self) -> None:
        self.dismiss(None)
