"""The review screen: one sentence at a time, one keystroke per decision.

A sentence is decided once each of its attributions has a verdict. Until an attribution is
chosen (Tab, 1–9), `a`/`r` give every attribution the verdict, so one keystroke decides a
sentence; once one is chosen they apply to it alone (`A`/`R` always to all). Every step is
written and committed by the store before the screen shows it: a decision, or verdicts on
some but not all attributions (a held decision that leaves the sentence pending), so a crash
or SIGKILL after any keystroke loses nothing that was on screen. Each step is undoable.

Keys are Bindings with ids (see the help screen) so a keymap file can move them; the command
palette offers every one of them by name.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

import sqlite_utils
from rich.text import Text
from textual import work
from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Input, Static

from extract import Attribution
from store import review as queue
from store import search as searching
from store.db import StoreError, connect, describe
from store.review import Filter, Sentence
from tui.pace import Pace
from tui.screens.edit import EditResult, EditScreen
from tui.screens.filter import FilterScreen
from tui.screens.help import HelpScreen
from tui.screens.prompt import goto_prompt, note_prompt
from tui.screens.queue_list import QueueListScreen
from tui.screens.stats import StatsScreen
from tui.text import literal
from tui.widgets.attributions import AttributionTable
from tui.widgets.header import ReviewHeader
from tui.widgets.search_bar import SearchBar
from tui.widgets.sentence import SentenceView
from tui.working import Working

WRITE_ERRORS = (sqlite3.Error, StoreError, OSError)
FILTER_SETTING = "review.filter"


@dataclass(frozen=True, slots=True)
class Step:
    """One undoable step of this session: the sentence's working state before it, and the
    decision row it appended (a held row for verdicts on some but not all attributions)."""

    seq: int
    before: Working
    decision: int


def _select_bindings() -> list[Binding]:
    return [
        Binding(str(n), f"pick({n - 1})", f"Select attribution {n}", show=False,
                id=f"select.{n}")
        for n in range(1, 10)
    ]


class ReviewScreen(Screen[None]):
    CSS_PATH = "review.tcss"

    # Order matters twice: the help screen lists keys in this order, and for a key bound
    # twice (n, enter) the first binding whose action does not skip wins.
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "accept", "Accept", tooltip="accept the selected attribution (none selected: all; "
                "none proposed: “no attribution”)", id="accept"),
        Binding("r", "reject", "Reject", tooltip="reject the selected attribution (none selected: all)",
                id="reject"),
        Binding("A", "accept_all", "Accept all", show=False,
                tooltip="accept every attribution of the sentence", id="accept_all"),
        Binding("R", "reject_all", "Reject all", show=False,
                tooltip="reject every attribution of the sentence", id="reject_all"),
        Binding("e", "edit", "Edit", tooltip="edit the selected attribution", id="edit"),
        Binding("n,enter", "next_match", "Next match", show=False,
                tooltip="next search match (only while a search is active)", id="search.next"),
        Binding("n", "add", "Add", show=False, tooltip="add a missed attribution", id="add"),
        Binding("N", "previous_match", "Prev match", show=False,
                tooltip="previous search match (while a search is active)",
                id="search.previous"),
        Binding("u", "undo", "Undo", tooltip="undo this session's last step", id="undo"),
        Binding("s", "skip", "Skip", tooltip="skip to the next pending sentence, undecided",
                id="skip"),
        Binding("exclamation_mark", "flag", "Flag", show=False,
                tooltip="flag (or unflag) the sentence for a second look", id="flag"),
        Binding("c", "note", "Note", show=False, tooltip="write a note for the decision",
                id="note"),
        Binding("tab", "select(1)", "Next attribution", show=False,
                tooltip="select the next attribution", id="select.next"),
        Binding("shift+tab", "select(-1)", "Previous attribution", show=False,
                tooltip="select the previous attribution", id="select.previous"),
        *_select_bindings(),
        Binding("j,down", "next", "Next", show=False, tooltip="next sentence (in the filter)",
                id="next"),
        Binding("k,up", "previous", "Prev", show=False,
                tooltip="previous sentence (in the filter)", id="previous"),
        Binding("slash", "search", "Search", tooltip="search the text", id="search"),
        Binding("escape", "clear_search", "Clear search", show=False,
                tooltip="end the search (n adds attributions again)", id="search.clear"),
        Binding("f", "filter", "Filter", show=False, tooltip="filter the queue by status, entity, flag "
                "or document", id="filter"),
        Binding("g", "goto", "Go to", show=False, tooltip="go to a sentence number", id="goto"),
        Binding("l", "list", "List", show=False, tooltip="the queue as a table to pick from",
                id="list"),
        Binding("S", "stats", "Stats", show=False, tooltip="statistics: counts and the "
                "extractor's acceptance rates", id="stats"),
        Binding("question_mark", "help", "Help", tooltip="this list of keys", id="help"),
        Binding("q", "app.quit", "Quit", tooltip="quit (every decision is already saved)",
                id="quit"),
    ]

    def __init__(
        self,
        db: sqlite_utils.Database,
        reviewer: str,
        *,
        db_path: Path | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__()
        self.db = db
        self.db_path = db_path
        self.reviewer = reviewer
        self.sentence: Sentence | None = None
        self.working: Working | None = None
        self.neighbours: tuple[str | None, str | None] = (None, None)
        self.steps: list[Step] = []  # this session's steps, for undo
        self.pace = Pace(clock)
        self.where = Filter()
        self.search_text = ""
        self._shown_title: str | None = None
        self._shown_scope: Text | None = None

    def compose(self) -> ComposeResult:
        yield ReviewHeader(id="where")
        with VerticalScroll(id="sentence-panel"):
            yield SentenceView(id="sentence")
        yield AttributionTable(id="attributions")
        yield Static(id="finished")
        yield SearchBar()
        yield Footer(show_command_palette=False)

    def on_mount(self) -> None:
        self.where = Filter.from_json(queue.get_setting(self.db, FILTER_SETTING))
        self.show(self._start_of(self.where))

    def _start_of(self, where: Filter) -> Sentence | None:
        """Where a filter starts: its first pending sentence, else (nothing pending in it)
        its first sentence, so a filter on decided ones can be browsed."""
        found = queue.filtered_first_pending(self.db, where)
        if found is None and where.kind != "all":
            found = queue.filtered_step(self.db, where, None, +1)
        return found

    # -- showing -------------------------------------------------------------------------

    def show(self, sentence: Sentence | None, working: Working | None = None) -> None:
        """Show ``sentence`` (its held verdicts, if any), or the finished panel."""
        self.sentence = sentence
        self.working = None
        if sentence is not None:
            self.working = working or Working.of(sentence)
            self.neighbours = queue.neighbours(self.db, sentence)
        progress = queue.progress(self.db)
        pace = self.pace.describe(progress.counts.get("pending", 0))
        header = self.query_one(ReviewHeader)
        self.set_class(sentence is None, "finished")
        if sentence is None:
            header.show(Text(f"{progress.reviewed} of {progress.total} reviewed"), progress, pace)
            self.query_one("#finished", Static).update(self._finished_text(progress.total))
            return
        where = Text(end="")
        where.append(f"#{sentence.seq} of {progress.total}", style="bold")
        where.append(f"   reviewed {progress.reviewed}/{progress.total}   ", style="dim")
        if sentence.flagged:
            where.append("⚑ flagged   ", style="bold yellow")
        where.append_text(literal(sentence.document, style="bold"))
        where.append(f" · sentence {sentence.position}")
        if sentence.published:
            where.append(" · ")
            where.append_text(literal(sentence.published))
        header.show(where, progress, pace)
        self.redraw()

    def redraw(self) -> None:
        """Redraw the current sentence from its working state (no queries)."""
        sentence, working = self.sentence, self.working
        if sentence is None or working is None:
            return
        panel = self.query_one("#sentence-panel")
        title = f"Sentence · {sentence.status}" + (" · ⚑" if sentence.flagged else "")
        if title != self._shown_title:  # setting a title repaints the panel: only on change
            panel.border_title = self._shown_title = title
        scope = self._scope()
        if scope != self._shown_scope:
            panel.border_subtitle = self._shown_scope = scope
        selected = working.selected if working.items else None
        self.query_one(SentenceView).show(
            sentence.text, list(working.items), selected, self.neighbours
        )
        self.query_one(AttributionTable).show(
            list(working.items), list(working.verdicts), working.selected,
            self._verdict(sentence, working),
        )

    def _scope(self) -> Text:
        scope = Text(end="")
        if self.where.kind != "all":
            scope.append("filter ")
            scope.append_text(literal(self.where.describe(), style="bold"))
        if self.search_text:
            scope.append(" · " if scope else "")
            scope.append("search “")
            scope.append_text(literal(self.search_text, style="bold"))
            scope.append("” n/N")
        return scope

    def _verdict(self, sentence: Sentence, working: Working) -> Text:
        n = len(working.items)
        text = Text()
        if sentence.status == "pending":
            if not n:
                text.append("No attribution proposed: a accepts “no attribution”, n adds one.")
            else:
                done = sum(v is not None for v in working.verdicts)
                text.append(f"{n} attribution{'s' if n != 1 else ''}", style="bold")
                if working.selected is None and n > 1:
                    text.append(f" · a/r all of them, or Tab/1–{min(n, 9)} to choose one")
                else:
                    text.append(f" · {done} decided · a/r the selected · A/R all")
        else:
            text.append(sentence.status.capitalize(), style="bold")
            text.append(" by ")
            text.append_text(literal(sentence.reviewer or "?"))
            if not sentence.attributions:
                text.append(" · no attribution")
        if working.note:
            text.append("\nnote: ", style="italic")
            text.append_text(literal(working.note))
        return text

    def _finished_text(self, total: int) -> Text:
        if self.where.kind != "all":
            text = Text("Nothing pending in this filter.\n\n", style="bold")
            text.append("Filter: ")
            text.append_text(literal(self.where.describe()))
            text.append("\n\nj/k browse its sentences, f changes the filter, u undoes.")
            return text
        text = Text("All done.\n\n", style="bold")
        text.append(f"Every one of the {total} sentences has a decision.\n\n")
        text.append("k goes back to the last sentence, u undoes this session's last decision.\n")
        text.append("Export with:  attribution-review export -o reviewed.jsonl")
        return text

    # -- deciding ------------------------------------------------------------------------

    def decide(self, status: str, attributions: list[Attribution]) -> None:
        """Record a decision on the current sentence as it stands (A/R, and a/r with no
        attribution proposed), then move on."""
        if self.sentence is None or self.working is None:
            self.notify("Nothing to decide: the queue is finished.", severity="warning")
            return
        self._record(self.working, status, attributions, self.working.note, advance=True)

    def _record(
        self, before: Working, status: str, attributions: list[Attribution], note: str | None,
        *, advance: bool,
    ) -> bool:
        """Write a decision (committed when this returns), remember it for undo, then show
        the next pending sentence, or this one again. A failed write is shown and nothing
        moves."""
        sentence = self.sentence
        assert sentence is not None
        try:
            decision = queue.record_decision(
                self.db, sentence.seq, status, attributions, self.reviewer, note
            )
        except WRITE_ERRORS as exc:
            self._not_saved(exc)
            return False
        self.steps.append(Step(sentence.seq, before, decision))
        self.pace.record()
        if advance:
            self.show(queue.filtered_first_pending(self.db, self.where, after=sentence))
        else:
            self.show(queue.get(self.db, sentence.seq))
        return True

    def apply(self, working: Working) -> None:
        """Make ``working`` the sentence's state: decided (and saved) once every attribution
        has a verdict, else held and shown with the next undecided one selected."""
        before = self.working
        if self.sentence is None or before is None:
            self.notify("Nothing to decide: the queue is finished.", severity="warning")
            return
        if working.complete:
            self._record(before, working.status, working.kept, working.note, advance=True)
            return
        self._hold(before, working)

    def _hold(self, before: Working, working: Working) -> None:
        """Save verdicts on some but not all attributions (the sentence stays pending) before
        showing them, like any decision: a crash after the keystroke loses nothing."""
        assert self.sentence is not None
        try:
            decision = queue.hold(self.db, self.sentence.seq, working.items, working.verdicts,
                                  self.reviewer, working.note)
        except WRITE_ERRORS as exc:
            self._not_saved(exc)
            return
        self.steps.append(Step(self.sentence.seq, before, decision))
        self.working = working
        self.redraw()

    def _not_saved(self, exc: Exception, what: str = "Not saved") -> None:
        reason = describe(exc) if isinstance(exc, sqlite3.Error) else str(exc)
        self.notify(f"{what}: {reason}", severity="error", markup=False)

    def _judge(self, verdict: str, every: bool) -> None:
        working = self.working
        if working is None or not working.items:
            self.decide(verdict, [])
            return
        self.apply(working.judge_all(verdict) if every else working.judge(verdict))

    def action_accept(self) -> None:
        self._judge("accepted", every=False)

    def action_reject(self) -> None:
        self._judge("rejected", every=False)

    def action_accept_all(self) -> None:
        self._judge("accepted", every=True)

    def action_reject_all(self) -> None:
        self._judge("rejected", every=True)

    def action_edit(self) -> None:
        working = self.working
        if working is None:
            return
        self._open_editor((working.selected or 0) if working.items else None)

    def action_add(self) -> None:
        if self.working is not None:
            self._open_editor(None)

    def _open_editor(self, index: int | None) -> None:
        sentence, working = self.sentence, self.working
        assert sentence is not None and working is not None

        def edited(result: EditResult | None) -> None:
            if result is None or self.working is not working:
                return
            if result.attribution is None:
                if index is not None:
                    self.apply(working.judge("rejected", index))
                return
            self.apply(working.put(result.attribution, index))

        self.app.push_screen(EditScreen(self.db, sentence.text, list(working.items), index), edited)

    def action_note(self) -> None:
        sentence, working = self.sentence, self.working
        if sentence is None or working is None:
            return

        def noted(note: str | None) -> None:
            if note is None or self.working is not working:
                return
            note = note.strip() or None
            if sentence.status == "pending":
                self._hold(working, working.with_note(note))
                return
            if self._record(working, sentence.status, sentence.attributions, note, advance=False):
                self.notify("Note saved with the decision.")

        self.app.push_screen(note_prompt(working.note), noted)

    def action_undo(self) -> None:
        if not self.steps:
            self.notify("Nothing to undo in this session.")
            return
        step = self.steps[-1]
        try:
            queue.undo(self.db, step.decision)
        except WRITE_ERRORS as exc:
            self._not_saved(exc, "Not undone")
            return
        self.steps.pop()
        self.show(queue.get(self.db, step.seq), step.before)
        self.notify("Undone: the sentence is back as it was.")

    def action_skip(self) -> None:
        if self.sentence is None:
            return
        found = queue.filtered_first_pending(self.db, self.where, after=self.sentence)
        if found is None or found.seq == self.sentence.seq:
            self.notify("No other pending sentence to skip to.")
            return
        self.show(found)

    def action_flag(self) -> None:
        sentence = self.sentence
        if sentence is None:
            return
        try:
            queue.set_flag(self.db, sentence.seq, not sentence.flagged)
        except WRITE_ERRORS as exc:
            self._not_saved(exc)
            return
        self.show(queue.get(self.db, sentence.seq), self.working)
        self.notify("Flagged for a second look." if not sentence.flagged else "Flag removed.")

    # -- selecting an attribution --------------------------------------------------------

    def action_select(self, delta: int) -> None:
        if self.working is not None and self.working.items:
            self.working = self.working.step(delta)
            self.redraw()

    def action_pick(self, index: int) -> None:
        if self.working is not None and index < len(self.working.items):
            self.working = self.working.select(index)
            self.redraw()

    # -- moving --------------------------------------------------------------------------

    def action_next(self) -> None:
        found = queue.filtered_step(self.db, self.where, self.sentence, +1)
        if found is not None:
            self.show(found)

    def action_previous(self) -> None:
        found = queue.filtered_step(self.db, self.where, self.sentence, -1)
        if found is not None:
            self.show(found)

    def action_goto(self) -> None:
        total = queue.progress(self.db).total

        def chosen(value: str | None) -> None:
            if not value:
                return
            found = queue.get(self.db, int(value))
            if found is None:
                self.notify(f"There is no sentence {value}.", severity="warning", markup=False)
                return
            self.show(found)

        self.app.push_screen(goto_prompt(total), chosen)

    def action_list(self) -> None:
        def chosen(seq: int | None) -> None:
            if seq is not None:
                self.show(queue.get(self.db, seq))

        self.app.push_screen(QueueListScreen(self.db, self.where, self.sentence), chosen)

    def action_filter(self) -> None:
        def chosen(where: Filter | None) -> None:
            if where is None:
                return
            self.where = where
            queue.put_setting(self.db, FILTER_SETTING, where.to_json())
            self.show(self._start_of(where))

        self.app.push_screen(FilterScreen(self.db, self.where), chosen)

    # -- search --------------------------------------------------------------------------

    def action_search(self) -> None:
        bar = self.query_one(SearchBar)
        bar.value = self.search_text
        bar.add_class("open")
        bar.focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if not isinstance(event.input, SearchBar):
            return
        event.stop()
        self._close_search_bar()
        self.search_text = event.value.strip()
        if self.search_text:
            self.find(self.search_text, self.sentence.seq if self.sentence else 0, +1)
        self.redraw()

    def _close_search_bar(self) -> None:
        bar = self.query_one(SearchBar)
        bar.remove_class("open")
        self.set_focus(None)

    def action_next_match(self) -> None:
        if not self.search_text:
            raise SkipAction()
        self.find(self.search_text, self.sentence.seq if self.sentence else 0, +1)

    def action_previous_match(self) -> None:
        if not self.search_text:
            raise SkipAction()
        self.find(self.search_text, self.sentence.seq if self.sentence else 1 << 62, -1)

    def action_clear_search(self) -> None:
        bar = self.query_one(SearchBar)
        if bar.has_class("open"):
            self._close_search_bar()
            return
        if not self.search_text:
            raise SkipAction()
        self.search_text = ""
        self.redraw()

    @work(thread=True, exclusive=True, group="search")
    def find(self, text: str, seq: int, direction: int) -> None:
        """Find the next (or previous) match off the UI thread, wrapping at either end, on
        a connection of its own (a connection is not shared between threads)."""
        db = connect(self.db_path) if self.db_path else self.db
        try:
            if direction > 0:
                found = searching.search(db, text, after_seq=seq, limit=1)
                found = found or searching.search(db, text, after_seq=0, limit=1)
                match = found[0] if found else None
            else:
                match = queue.search_before(db, text, seq)
                if match is None:
                    match = queue.search_before(db, text, 1 << 62)
        finally:
            if db is not self.db:
                db.close()
        self.app.call_from_thread(self._found, text, match)

    def _found(self, text: str, seq: int | None) -> None:
        if seq is None:
            self.notify(f"No sentence matches “{text}”.", severity="warning", markup=False)
            return
        if self.sentence is not None and seq == self.sentence.seq:
            self.notify("This is the only match.")
        self.show(queue.get(self.db, seq))

    # -- elsewhere -----------------------------------------------------------------------

    def action_stats(self) -> None:
        self.app.push_screen(StatsScreen(self.db_path, self.db))

    def action_help(self) -> None:
        self.app.push_screen(HelpScreen(self.key_help()))

    def key_help(self) -> list[tuple[str, str, str]]:
        """(keys, what it does, binding id) for every binding, as the keymap has them now;
        the help screen and the command palette are both generated from this."""
        keymap: dict[str, str] = getattr(self.app, "user_keymap", {})
        rows = []
        for binding in self.BINDINGS:
            assert isinstance(binding, Binding)
            keys = keymap.get(binding.id or "", binding.key)
            shown = " ".join(
                self.app.get_key_display(Binding(key.strip(), binding.action))
                for key in keys.split(",")
            )
            rows.append((shown, binding.tooltip or binding.description, binding.id or ""))
        return rows
