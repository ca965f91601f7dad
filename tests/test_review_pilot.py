"""The review screen driven by keys (Textual Pilot); assertions are on what the database holds."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from store import review
from store.db import open_db
from tests.conftest import SEED_COUNT
from tui.app import ReviewApp
from tui.screens.edit import EditScreen
from tui.screens.help import HelpScreen
from tui.screens.review import ReviewScreen

SIZE = (100, 32)


def statuses(path: Path) -> dict[int, str]:
    db = open_db(path)
    try:
        return dict(db.execute("SELECT seq, status FROM sentences").fetchall())
    finally:
        db.close()


def screen(app: ReviewApp) -> ReviewScreen:
    assert isinstance(app.screen, ReviewScreen)
    return app.screen


async def test_accept_reject_and_move_on(seeded_path: Path):
    app = ReviewApp(seeded_path, reviewer="ann")
    async with app.run_test(size=SIZE) as pilot:
        first = screen(app).sentence
        assert first is not None and first.seq == 1
        await pilot.press("a")
        assert screen(app).sentence.seq == 2
        await pilot.press("r")
        assert screen(app).sentence.seq == 3
    db = open_db(seeded_path)
    one, two = review.get(db, 1), review.get(db, 2)
    assert one.status == "accepted" and one.attributions == first.candidates
    assert one.reviewer == "ann"
    assert two.status == "rejected" and two.attributions == []


async def test_undo_restores_and_shows_the_sentence(seeded_path: Path):
    app = ReviewApp(seeded_path, reviewer="ann")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a", "a", "u")
        assert screen(app).sentence.seq == 2
        assert screen(app).sentence.status == "pending"
        await pilot.press("u")
        assert screen(app).sentence.seq == 1
    assert set(statuses(seeded_path).values()) == {"pending"}
    db = open_db(seeded_path)
    assert len(review.history(db, 1)) == 2  # the decision and its undo, nothing deleted


async def test_j_k_and_arrows_move_without_deciding(seeded_path: Path):
    app = ReviewApp(seeded_path, reviewer="ann")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j", "j", "down")
        assert screen(app).sentence.seq == 4
        await pilot.press("k", "up")
        assert screen(app).sentence.seq == 2
        await pilot.press("k", "k")
        assert screen(app).sentence.seq == 1
    assert set(statuses(seeded_path).values()) == {"pending"}


async def test_edit_form_corrects_source_entity_and_cue(seeded_path: Path):
    app = ReviewApp(seeded_path, reviewer="ann")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j", "j")  # "Ukraine’s president released a video …"
        sentence = screen(app).sentence
        await pilot.press("e")
        assert isinstance(app.screen, EditScreen)
        app.screen.query_one("#source", Input).value = "Ukraine’s president"
        app.screen.query_one("#entity", Input).value = "Zelenskyy"
        app.screen.query_one("#cue", Input).value = "released"
        app.screen.query_one("#source", Input).focus()
        await pilot.press("enter")
        assert isinstance(app.screen, ReviewScreen)
        assert screen(app).sentence.seq == 4
    db = open_db(seeded_path)
    decided = review.get(db, sentence.seq)
    assert decided.status == "edited"
    [a] = decided.attributions
    assert (a.source, a.entity, a.cue) == ("Ukraine’s president", "Zelenskyy", "released")
    assert decided.text[a.start : a.end] == a.source
    assert decided.text[a.cue_start : a.cue_end] == a.cue


async def test_edit_refuses_source_words_not_in_the_sentence(seeded_path: Path):
    app = ReviewApp(seeded_path, reviewer="ann")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        app.screen.query_one("#source", Input).value = "the Pentagon"
        await pilot.press("enter")
        assert isinstance(app.screen, EditScreen)
        assert "must occur in the sentence" in str(app.screen.query_one("#error").render())
        await pilot.press("escape")
        assert isinstance(app.screen, ReviewScreen)
        assert screen(app).sentence.seq == 1
    assert set(statuses(seeded_path).values()) == {"pending"}


async def test_tab_moves_between_fields_and_a_new_entity_joins_the_registry(seeded_path: Path):
    app = ReviewApp(seeded_path, reviewer="ann")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        source = app.screen.query_one("#source", Input)
        await pilot.press(*"its soldiers")  # typing on the marked sentence types the source
        assert source.value == "its soldiers"
        await pilot.press("tab")
        assert app.screen.focused is app.screen.query_one("#entity", Input)
        app.screen.query_one("#entity", Input).value = "DPRK army"
        await pilot.press("tab")
        assert app.screen.focused is app.screen.query_one("#cue", Input)
        app.screen.query_one("#cue", Input).value = "suffered"
        await pilot.press("enter")
    db = open_db(seeded_path)
    from store.sources import load_registry

    assert load_registry(db).lookup("its soldiers") == "DPRK army"
    assert any(a.entity == "DPRK army" for a in review.get(db, 1).attributions)


async def test_help_screen_lists_the_keys_and_closes(seeded_path: Path):
    app = ReviewApp(seeded_path, reviewer="ann")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert isinstance(app.screen, ReviewScreen)


async def test_finishing_the_queue_says_so_and_reopening_resumes(seeded_path: Path):
    app = ReviewApp(seeded_path, reviewer="ann")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*["A"] * 5)  # A: all of a sentence's attributions at once
    app = ReviewApp(seeded_path, reviewer="ann")
    async with app.run_test(size=SIZE) as pilot:
        assert screen(app).sentence.seq == 6  # resumes at the first pending sentence
        await pilot.press(*["R"] * (SEED_COUNT - 5))
        assert screen(app).sentence is None
        assert screen(app).has_class("finished")
        await pilot.press("a")  # nothing left to decide: no crash, nothing written
        await pilot.press("k")
        assert screen(app).sentence.seq == SEED_COUNT
    counts = list(statuses(seeded_path).values())
    assert counts.count("accepted") == 5 and counts.count("rejected") == SEED_COUNT - 5
