"""Each review flow driven by keys (Textual Pilot), asserting on what the database holds.

The extractor changes as it improves, so the sentences these tests decide get their
candidates set here, directly, instead of relying on what the extractor proposes today.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from extract import Attribution
from store import review
from store.db import open_db
from tui.app import ReviewApp
from tui.keymap import KeymapError, load_keymap
from tui.screens.edit import EditScreen
from tui.screens.filter import FilterScreen
from tui.screens.help import HelpScreen
from tui.screens.prompt import PromptScreen
from tui.screens.queue_list import QueueListScreen
from tui.screens.review import ReviewScreen
from tui.screens.stats import StatsScreen

SIZE = (100, 32)
# Sentence 4 of the seeds: "A South Korean lawmaker said Seoul's intelligence showed some
# 3,000 North Korean troops have been wounded or killed in Kursk."


def attribution(text: str, source: str, entity: str, cue: str) -> Attribution:
    start, cue_start = text.index(source), text.index(cue)
    return Attribution(source, entity, cue, start, start + len(source), cue_start,
                       cue_start + len(cue), None, 0.9)


def set_candidates(path: Path, seq: int, pairs: list[tuple[str, str, str]]) -> list[Attribution]:
    db = open_db(path)
    text = review.get(db, seq).text
    found = [attribution(text, *p) for p in pairs]
    with db.atomic():
        db.execute("DELETE FROM candidates WHERE sentence_seq = ?", [seq])
        for i, a in enumerate(found):
            db.execute(
                'INSERT INTO candidates (sentence_seq, idx, source, entity, cue, start, "end", '
                "cue_start, cue_end, date, confidence) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                [seq, i, a.source, a.entity, a.cue, a.start, a.end, a.cue_start, a.cue_end,
                 a.date, a.confidence],
            )
    db.close()
    return found


@pytest.fixture
def two(seeded_path: Path) -> Path:
    """Seqs 1–3 with one candidate each, except 1 which has two and 3 which has none."""
    set_candidates(seeded_path, 1, [("South Korea’s military", "South Korean military", "says"),
                                    ("North Korea", "North Korean government", "suspects")])
    set_candidates(seeded_path, 2, [("South Korea's military", "South Korean military", "said")])
    set_candidates(seeded_path, 3, [])
    return seeded_path


def screen(app: ReviewApp) -> ReviewScreen:
    assert isinstance(app.screen, ReviewScreen)
    return app.screen


def get(path: Path, seq: int) -> review.Sentence:
    db = open_db(path)
    try:
        found = review.get(db, seq)
        assert found is not None
        return found
    finally:
        db.close()


async def test_a_and_r_decide_attributions_one_by_one(two: Path):
    app = ReviewApp(two, reviewer="ann")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("1", "a")  # the first of two: held, the second is selected
        assert screen(app).sentence.seq == 1
        assert screen(app).working.selected == 1
        assert get(two, 1).status == "pending"  # nothing is decided until every one is
        await pilot.press("r")
        assert screen(app).sentence.seq == 2
    one = get(two, 1)
    assert one.status == "edited"  # a mix of verdicts
    assert [a.source for a in one.attributions] == ["South Korea’s military"]  # the kept ones


async def test_tab_and_digits_select_and_capital_keys_apply_to_all(two: Path):
    app = ReviewApp(two, reviewer="ann")
    async with app.run_test(size=SIZE) as pilot:
        assert screen(app).working.selected is None  # a/r would apply to both
        await pilot.press("tab", "tab")
        assert screen(app).working.selected == 1
        await pilot.press("1")
        assert screen(app).working.selected == 0
        await pilot.press("2", "r", "a")  # reject the second, then accept the first
        assert screen(app).sentence.seq == 2
        await pilot.press("k", "A")  # back to 1 and accept all: now accepted
        await pilot.press("k", "k", "R")
    assert get(two, 1).status == "rejected" and get(two, 1).attributions == []
    history = review.history(open_db(two), 1)
    # the verdict on the second attribution alone was saved (held, still pending) first
    assert [h["status"] for h in history] == ["pending", "edited", "accepted", "rejected"]
    assert [a["verdict"] for a in history[0]["attributions"]] == [None, "rejected"]


async def test_one_keystroke_decides_a_sentence_until_one_attribution_is_chosen(two: Path):
    app = ReviewApp(two, reviewer="ann")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("r")  # nothing selected: rejects both, the sentence is decided
        assert screen(app).sentence.seq == 2
    assert get(two, 1).status == "rejected"


async def test_accept_with_no_proposal_accepts_no_attribution(two: Path):
    app = ReviewApp(two, reviewer="ann")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")  # only 2 attributions: nothing happens
        await pilot.press("g")
        assert isinstance(app.screen, PromptScreen)
        await pilot.press("3", "enter")
        assert screen(app).sentence.seq == 3
        await pilot.press("a")
        assert screen(app).sentence.seq == 4
    three = get(two, 3)
    assert three.status == "accepted" and three.attributions == []


async def test_undo_steps_back_through_verdicts_and_decisions(two: Path):
    app = ReviewApp(two, reviewer="ann")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("1", "a", "r", "a")  # 1: accept, reject (decided); 2: accept
        assert screen(app).sentence.seq == 3
        await pilot.press("u")  # undoes 2's decision
        assert screen(app).sentence.seq == 2 and screen(app).sentence.status == "pending"
        await pilot.press("u")  # undoes 1's decision: back to one verdict held
        assert screen(app).sentence.seq == 1 and screen(app).sentence.status == "pending"
        assert screen(app).working.verdicts == ("accepted", None)
        await pilot.press("u")  # the held verdict
        assert screen(app).working.verdicts == (None, None)
        await pilot.press("u")
        assert screen(app).sentence.seq == 1
    db = open_db(two)
    # held verdict, decision, the decision's undo (back to the held verdict), the hold's undo
    assert [h["status"] for h in review.history(db, 1)] == ["pending", "edited", "pending", "pending"]
    assert [h["undoes"] is not None for h in review.history(db, 1)] == [False, False, True, True]
    assert [h["undoes"] is not None for h in review.history(db, 2)] == [False, True]
    assert get(two, 1).status == get(two, 2).status == "pending"


async def test_skip_moves_on_without_deciding(two: Path):
    app = ReviewApp(two, reviewer="ann")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s")
        assert screen(app).sentence.seq == 2
        await pilot.press("A")
        assert screen(app).sentence.seq == 3
    assert get(two, 1).status == "pending" and get(two, 2).status == "accepted"
    assert review.history(open_db(two), 1) == []


async def test_flag_toggles_and_persists(two: Path):
    app = ReviewApp(two, reviewer="ann")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("exclamation_mark")
        assert screen(app).sentence.flagged
        assert "flagged" in str(app.screen.query_one("#where").render())
        await pilot.press("j", "exclamation_mark", "exclamation_mark")
    assert get(two, 1).flagged and not get(two, 2).flagged


async def test_note_goes_with_the_decision(two: Path):
    app = ReviewApp(two, reviewer="ann")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j", "c")
        await pilot.press(*"check the date", "enter")
        assert screen(app).working.note == "check the date"
        await pilot.press("a")
        await pilot.press("k", "c")  # a note on a decided sentence is saved at once
        await pilot.press("ctrl+a", "ctrl+k", *"second look", "enter")
        assert screen(app).sentence.seq == 2
    two_ = get(two, 2)
    assert two_.status == "accepted" and two_.note == "second look"
    history = review.history(open_db(two), 2)
    # the note alone is saved at once (held, pending), then goes with the decision
    assert [(h["status"], h["note"]) for h in history] == [
        ("pending", "check the date"), ("accepted", "check the date"), ("accepted", "second look"),
    ]


async def test_edit_marks_the_source_word_by_word(two: Path):
    app = ReviewApp(two, reviewer="ann")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j", "e")  # "South Korea's military said on Friday …"
        assert isinstance(app.screen, EditScreen)
        # The mark starts on the proposal: two words right, then shrink to one word
        await pilot.press("right", "right", "shift+left")
        assert app.screen.query_one("#source", Input).value == "military said"
        await pilot.press("shift+left")
        assert app.screen.query_one("#source", Input).value == "military"
        await pilot.press("left", "left", "shift+right", "shift+right")
        assert app.screen.query_one("#source", Input).value == "South Korea's military"
        await pilot.press("enter")  # unchanged: counts as accepted
        assert screen(app).sentence.seq == 3
    assert get(two, 2).status == "accepted"


async def test_n_adds_a_missed_attribution_and_the_entity_joins_the_registry(two: Path):
    app = ReviewApp(two, reviewer="ann")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j", "n")
        assert isinstance(app.screen, EditScreen)
        await pilot.press(*"its soldiers", "tab", *"DPRK forces", "tab", *"captured", "enter")
        assert screen(app).sentence.seq == 2  # the proposal still waits for its verdict
        await pilot.press("a")
        assert screen(app).sentence.seq == 3
    decided = get(two, 2)
    assert decided.status == "edited"
    assert [a.entity for a in decided.attributions] == ["South Korean military", "DPRK forces"]
    added = decided.attributions[1]
    assert decided.text[added.start : added.end] == "its soldiers"
    db = open_db(two)
    from store.sources import load_registry

    assert load_registry(db).lookup("its soldiers") == "DPRK forces"


async def test_search_jumps_and_n_means_next_match_only_while_searching(two: Path):
    app = ReviewApp(two, reviewer="ann")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", *"Zelensky", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        first = screen(app).sentence.seq
        assert "zelensky" in screen(app).sentence.text.lower()
        await pilot.press("n")
        await app.workers.wait_for_complete()
        await pilot.pause()
        second = screen(app).sentence.seq
        assert second > first
        await pilot.press("N")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen(app).sentence.seq == first
        await pilot.press("escape")  # search over: n adds again
        await pilot.press("n")
        assert isinstance(app.screen, EditScreen)


async def test_filter_by_status_and_flag_is_kept_for_next_time(two: Path):
    app = ReviewApp(two, reviewer="ann")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j", "j", "j", "exclamation_mark", "j", "j", "exclamation_mark")
        await pilot.press("f")
        assert isinstance(app.screen, FilterScreen)
        await pilot.press("down", "down", "down", "down", "down", "enter")  # Flagged
        assert screen(app).sentence.seq == 4
        await pilot.press("j")
        assert screen(app).sentence.seq == 6
        await pilot.press("A")
        assert screen(app).sentence.seq == 4  # the next pending of the filter, wrapping
    app = ReviewApp(two, reviewer="ann")
    async with app.run_test(size=SIZE) as pilot:
        assert screen(app).where.kind == "flagged"
        assert screen(app).sentence.seq == 4  # resumes at the first pending of the filter
    assert get(two, 6).status == "accepted"


async def test_filter_by_entity_completes_from_the_store(two: Path):
    app = ReviewApp(two, reviewer="ann")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f", "end", "up", "enter")  # By entity…
        assert isinstance(app.screen, PromptScreen)
        await pilot.press(*"South Korean m")
        await pilot.pause()
        await pilot.press("right", "enter")  # accept the completion
        assert screen(app).where == review.Filter("entity", "South Korean military")
        assert screen(app).sentence.seq == 1


async def test_list_view_pages_and_picks(two: Path):
    app = ReviewApp(two, reviewer="ann")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("l")
        assert isinstance(app.screen, QueueListScreen)
        await pilot.press("j", "j", "down", "enter")
        assert screen(app).sentence.seq == 4


async def test_stats_screen_loads_in_a_worker(two: Path):
    app = ReviewApp(two, reviewer="ann")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("A", "S")
        assert isinstance(app.screen, StatsScreen)
        await app.workers.wait_for_complete()
        await pilot.pause()
        stats = app.screen.stats
        assert stats is not None and not app.screen.query_one("#stats-body").loading
        military = next(r for r in stats.by_entity if r.name == "South Korean military")
        assert (military.proposed, military.reviewed, military.accepted) == (2, 1, 1)
        assert stats.statuses["accepted"] == 1
        await pilot.press("escape")
        assert isinstance(app.screen, ReviewScreen)


async def test_help_is_generated_from_the_bindings_and_follows_the_keymap(two: Path):
    app = ReviewApp(two, reviewer="ann", keymap={"accept": "y", "skip": "space"})
    async with app.run_test(size=SIZE) as pilot:
        rows = {binding_id: keys for keys, _what, binding_id in screen(app).key_help()}
        assert rows["accept"] == "y" and rows["reject"] == "r"
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape", "1", "y")  # y now accepts
        assert screen(app).working.verdicts == ("accepted", None)
        await pilot.press("a")  # a no longer does
        assert screen(app).working.verdicts == ("accepted", None)
        await pilot.press("space")
        assert screen(app).sentence.seq == 2


async def test_command_palette_offers_every_action(two: Path):
    app = ReviewApp(two, reviewer="ann")
    async with app.run_test(size=SIZE):
        titles = [c.title for c in app.get_system_commands(app.screen)]
        for binding_id in ("accept", "reject", "skip", "flag", "note", "stats", "list", "goto"):
            binding = next(b for b in ReviewScreen.BINDINGS if b.id == binding_id)
            assert any(t.lower().startswith(binding.tooltip[:12].lower()) for t in titles)


def test_keymap_file(tmp_path: Path):
    path = tmp_path / "keymap.toml"
    path.write_text('accept = "y"\nreject = ["x", "ctrl+x"]\n', encoding="utf-8")
    assert load_keymap(path) == {"accept": "y", "reject": "x,ctrl+x"}
    path.write_text("accept = 3\n", encoding="utf-8")
    with pytest.raises(KeymapError, match="keymap.toml"):
        load_keymap(path)


async def test_a_verdict_on_one_attribution_is_saved_and_comes_back(two: Path):
    app = ReviewApp(two, reviewer="ann")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("1", "a")  # accept the first of two: the sentence stays pending
        assert screen(app).working.verdicts == ("accepted", None)
    held = get(two, 1)
    assert held.status == "pending" and held.held is not None
    assert held.held[1] == ("accepted", None)
    app = ReviewApp(two, reviewer="ann")  # a new session, as after a crash
    async with app.run_test(size=SIZE) as pilot:
        assert screen(app).sentence.seq == 1
        assert screen(app).working.verdicts == ("accepted", None)
        assert screen(app).working.selected == 1  # on the one still undecided
        await pilot.press("r")
        assert screen(app).sentence.seq == 2
    assert get(two, 1).status == "edited"
