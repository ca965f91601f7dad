"""UI snapshots of every review screen and state (pytest-textual-snapshot), at 80×24, plus the
review screen at 160×45 and in the light theme.

Each SVG under tests/__snapshots__/ was opened and looked at before it was kept. Nothing on
screen depends on the clock (the app's clock is frozen, so the pace shows its placeholder) or
on a temporary path: the document names are the seed files'. What the extractor proposes is
on screen, so these are regenerated (--snapshot-update) when the extractor changes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from store import review
from store.db import open_db
from tui.app import ReviewApp

SIZE = (80, 24)


def frozen(path: Path, **options: object) -> ReviewApp:
    return ReviewApp(path, reviewer="ann", clock=lambda: 0.0, **options)  # type: ignore[arg-type]


@pytest.fixture
def app(seeded_path: Path) -> ReviewApp:
    return frozen(seeded_path)


async def settle(pilot) -> None:
    """Let workers (search, statistics) finish and the screen catch up."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def test_first_sentence(app, snap_compare):
    assert snap_compare(app, terminal_size=SIZE)


def test_after_accept(app, snap_compare):
    assert snap_compare(app, terminal_size=SIZE, press=["a"])


def test_edit_form(app, snap_compare):
    assert snap_compare(app, terminal_size=SIZE, press=["e"])


def test_edit_form_mark_moved_and_extended(app, snap_compare):
    assert snap_compare(app, terminal_size=SIZE, press=["e", "right", "shift+right"])


def test_add_form(app, snap_compare):
    assert snap_compare(app, terminal_size=SIZE, press=["n"])


def test_help_screen(app, snap_compare):
    assert snap_compare(app, terminal_size=SIZE, press=["question_mark"])


def test_finished_queue(seeded_path: Path, snap_compare):
    db = open_db(seeded_path)
    for seq in range(1, 24):
        review.record_decision(db, seq, "accepted", [], "ann")
    db.close()
    assert snap_compare(frozen(seeded_path), terminal_size=SIZE)


def test_several_attributions_one_decided(app, snap_compare):
    # Sentence 4 proposes a lawmaker and Seoul's intelligence: accept the first only.
    assert snap_compare(app, terminal_size=SIZE, press=["g", "4", "enter", "1", "a"])


def test_no_attribution_proposed(app, snap_compare):
    assert snap_compare(app, terminal_size=SIZE, press=["g", "3", "enter"])


def test_decided_sentence_with_note_and_flag(app, snap_compare):
    keys = ["a", "k", "exclamation_mark", "c", *"check the date", "enter"]
    assert snap_compare(app, terminal_size=SIZE, press=keys)


def test_note_prompt(app, snap_compare):
    assert snap_compare(app, terminal_size=SIZE, press=["c", *"ask the desk"])


def test_goto_prompt(app, snap_compare):
    assert snap_compare(app, terminal_size=SIZE, press=["g", "1", "2"])


def test_search_bar_open(app, snap_compare):
    assert snap_compare(app, terminal_size=SIZE, press=["slash", *"zelensky"])


def test_search_active(app, snap_compare):
    async def search(pilot) -> None:
        await pilot.press("slash", *"zelensky", "enter")
        await settle(pilot)

    assert snap_compare(app, terminal_size=SIZE, run_before=search)


def test_filter_dialog(app, snap_compare):
    assert snap_compare(app, terminal_size=SIZE, press=["f", "down"])


def test_filter_active(app, snap_compare):
    keys = ["j", "exclamation_mark", "j", "j", "exclamation_mark", "f", *["down"] * 5, "enter"]
    assert snap_compare(app, terminal_size=SIZE, press=keys)


def test_list_view(app, snap_compare):
    assert snap_compare(app, terminal_size=SIZE, press=["A", "R", "l", "j"])


def test_stats_screen(app, snap_compare):
    async def stats(pilot) -> None:
        await pilot.press("A", "A", "R", "S")
        await settle(pilot)

    assert snap_compare(app, terminal_size=SIZE, run_before=stats)


def test_review_wide(app, snap_compare):
    assert snap_compare(app, terminal_size=(160, 45), press=["g", "4", "enter"])


def test_review_light_theme(seeded_path: Path, snap_compare):
    app = frozen(seeded_path, theme="textual-light")
    assert snap_compare(app, terminal_size=SIZE, press=["g", "4", "enter", "1", "a"])


def test_help_screen_light_theme(seeded_path: Path, snap_compare):
    app = frozen(seeded_path, theme="textual-light")
    assert snap_compare(app, terminal_size=SIZE, press=["question_mark"])
