"""The review screen: one sentence at a time, one keystroke per decision.

Every decision is written and committed by the store before the next sentence is shown, so
a crash or SIGKILL after any keystroke loses nothing that was on screen as decided.
"""

from __future__ import annotations

from typing import ClassVar

import sqlite_utils
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, ProgressBar, Static

from extract import Attribution
from store import review as queue
from store.review import Sentence
from tui.screens.edit import EditScreen
from tui.screens.help import HelpScreen
from tui.text import literal
from tui.widgets.attributions import AttributionTable
from tui.widgets.sentence import SentenceView


class ReviewScreen(Screen[None]):
    CSS_PATH = "review.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "accept", "Accept", id="accept"),
        Binding("r", "reject", "Reject", id="reject"),
        Binding("e", "edit", "Edit", id="edit"),
        Binding("u", "undo", "Undo", id="undo"),
        Binding("j,down", "next", "Next", key_display="j/↓", id="next"),
        Binding("k,up", "previous", "Prev", key_display="k/↑", id="previous"),
        Binding("question_mark", "help", "Help", key_display="?", id="help"),
        Binding("q", "app.quit", "Quit", id="quit"),
    ]

    def __init__(self, db: sqlite_utils.Database, reviewer: str) -> None:
        super().__init__()
        self.db = db
        self.reviewer = reviewer
        self.sentence: Sentence | None = None
        self.session_decisions: list[int] = []  # this session's decision ids, for undo

    def compose(self) -> ComposeResult:
        with Vertical(id="top"):
            yield Static(id="where")
            yield ProgressBar(id="progress", show_eta=False)
        with VerticalScroll(id="sentence-panel"):
            yield SentenceView(id="sentence")
        with Vertical(id="attributions-panel"):
            yield Static(id="verdict")
            yield AttributionTable(id="attributions")
        yield Static(id="finished")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(AttributionTable).can_focus = False
        self.show(queue.first_pending(self.db))

    # -- showing -------------------------------------------------------------------------

    def show(self, sentence: Sentence | None) -> None:
        """Show ``sentence``, or the finished panel when there is none left."""
        self.sentence = sentence
        progress = queue.progress(self.db)
        bar = self.query_one(ProgressBar)
        bar.update(total=max(progress.total, 1), progress=progress.reviewed)
        finished = sentence is None
        self.set_class(finished, "finished")
        if sentence is None:
            self.query_one("#where", Static).update(
                Text(f"{progress.reviewed} of {progress.total} reviewed")
            )
            self.query_one("#finished", Static).update(self._finished_text(progress.total))
            return
        where = Text()
        where.append_text(literal(sentence.document, style="bold"))
        where.append(f"  sentence {sentence.position}")
        where.append(f"   #{sentence.seq} of {progress.total}")
        where.append(f"   reviewed {progress.reviewed}/{progress.total}", style="dim")
        self.query_one("#where", Static).update(where)
        self.query_one("#sentence-panel").border_title = f"Sentence · {sentence.status}"
        self.query_one(SentenceView).show(sentence.text, sentence.attributions)
        self.query_one("#verdict", Static).update(self._verdict(sentence))
        self.query_one(AttributionTable).show(sentence.attributions)

    def _verdict(self, sentence: Sentence) -> Text:
        n = len(sentence.attributions)
        if sentence.status == "pending":
            if not n:
                return Text("No attribution proposed: a accepts “no attribution”, e adds one.")
            return Text(f"Proposed: {n} attribution{'s' if n != 1 else ''}")
        text = Text(f"{sentence.status.capitalize()}", style="bold")
        text.append(" by ")
        text.append_text(literal(sentence.reviewer or "?"))
        if not n:
            text.append(" · no attribution")
        return text

    def _finished_text(self, total: int) -> Text:
        text = Text("All done.\n\n", style="bold")
        text.append(f"Every one of the {total} sentences has a decision.\n\n")
        text.append("k goes back to the last sentence, u undoes this session's last decision.\n")
        text.append("Export with:  attribution-review export -o reviewed.jsonl")
        return text

    # -- deciding ------------------------------------------------------------------------

    def decide(self, status: str, attributions: list[Attribution]) -> None:
        if self.sentence is None:
            self.notify("Nothing to decide: the queue is finished.", severity="warning")
            return
        decision = queue.record_decision(
            self.db, self.sentence.seq, status, attributions, self.reviewer
        )
        self.session_decisions.append(decision)
        self.show(queue.first_pending(self.db, after=self.sentence.seq))

    def action_accept(self) -> None:
        if self.sentence is not None:
            self.decide("accepted", self.sentence.attributions)
        else:
            self.decide("accepted", [])

    def action_reject(self) -> None:
        self.decide("rejected", [])

    def action_edit(self) -> None:
        sentence = self.sentence
        if sentence is None:
            return

        def edited(result: list[Attribution] | None) -> None:
            if result is not None and self.sentence is sentence:
                self.decide("edited", result)

        self.app.push_screen(EditScreen(self.db, sentence), edited)

    def action_undo(self) -> None:
        if not self.session_decisions:
            self.notify("Nothing to undo in this session.")
            return
        seq = queue.undo(self.db, self.session_decisions.pop())
        self.show(queue.get(self.db, seq))
        self.notify("Undone: the sentence is back as it was.")

    # -- moving --------------------------------------------------------------------------

    def action_next(self) -> None:
        if self.sentence is None:
            return
        neighbour = queue.step(self.db, self.sentence.seq, +1)
        if neighbour is not None:
            self.show(neighbour)

    def action_previous(self) -> None:
        if self.sentence is None:
            last = queue.step(self.db, 1 << 62, -1)
            if last is not None:
                self.show(last)
            return
        neighbour = queue.step(self.db, self.sentence.seq, -1)
        if neighbour is not None:
            self.show(neighbour)

    def action_help(self) -> None:
        self.app.push_screen(HelpScreen(self.active_bindings_help()))

    def active_bindings_help(self) -> list[tuple[str, str]]:
        rows = []
        for binding in self.BINDINGS:
            assert isinstance(binding, Binding)
            rows.append((binding.key_display or binding.key, binding.description))
        return rows
