"""Untrusted text on screen: markup, ANSI escapes, control characters, right-to-left text,
combining marks, emoji and very long words are shown literally (controls made visible one
for one), never interpreted, and the layout holds.

The snapshots were each looked at (text content of the SVG, line by line) before they were
kept. Nothing on screen depends on the clock (frozen) or on a temporary path: the document
names come from the imported records, not from the file's location.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console

from store import importers
from store.sources import load_registry
from tui.app import ReviewApp
from tui.cli import open_store
from tui.text import SWAPPED, literal, visible

SIZE = (80, 24)

MARKUP = "[bold]Not bold[/] and [link=https://evil.example]no link[/link] [/] said the NIS."
ANSI = "\x1b[2J\x1b[31mred?\x1b[0m \x07bell \x08back\tTab\rCR \x9b31m C1, said Reuters."
BIDI = "Invoice \u202eexe.txt\u202c and \u2066isolate\u2069 \u200fmark\u200f said the UN."
RTL = "قال المتحدث باسم الوزارة إن القوات انسحبت، according to Al Jazeera."
MARKS = "Ze\u0301lenskyy s\u0336a\u0336i\u0336d Z\u0351\u0352\u0353\u0354a\u0355\u0356lgo 👨\u200d👩\u200d👧 🇺🇦 :smile:"
LONG = "Officials said " + "Donaudampfschifffahrtsgesellschaftskapitän" * 4 + " left."
SEPARATORS = "one\u2028two\u2029three\u200bfour\ufeff five said the ISW."


def build(tmp_path: Path, sentences: list[str], document: str) -> Path:
    path = tmp_path / "display.db"
    source = tmp_path / "input.jsonl"
    source.write_text(
        "".join(json.dumps({"text": t, "document": document}) + "\n" for t in sentences),
        encoding="utf-8",
    )
    db = open_store(path)
    importers.import_file(db, source, load_registry(db))
    db.close()
    return path


def frozen(path: Path) -> ReviewApp:
    return ReviewApp(path, reviewer="[red]ann[/red]", clock=lambda: 0.0)  # type: ignore[call-arg]


def test_markup_and_escapes(tmp_path: Path, snap_compare):
    path = build(tmp_path, [MARKUP, ANSI], "[bold red]doc[/] \x1b[7mname")
    assert snap_compare(frozen(path), terminal_size=SIZE)


def test_escapes_after_a_decision(tmp_path: Path, snap_compare):
    path = build(tmp_path, [MARKUP, ANSI, BIDI], "[bold red]doc[/] \x1b[7mname")
    assert snap_compare(frozen(path), terminal_size=SIZE, press=["R"])


def test_bidi_controls_and_rtl(tmp_path: Path, snap_compare):
    path = build(tmp_path, [BIDI, RTL], "\u202eevil\u202c.txt")
    assert snap_compare(frozen(path), terminal_size=SIZE)


def test_marks_emoji_long_words_and_separators(tmp_path: Path, snap_compare):
    path = build(tmp_path, [MARKS + " " + LONG + " " + SEPARATORS], "emoji 🇺🇦 doc")
    assert snap_compare(frozen(path), terminal_size=SIZE)


def test_a_100k_line_keeps_the_layout(tmp_path: Path, snap_compare):
    path = build(tmp_path, ["[b]" * 25_000 + " said the NIS."], "big")
    assert snap_compare(frozen(path), terminal_size=SIZE)


# -- tui.text ------------------------------------------------------------------------------


def rendered(text: str) -> str:
    console = Console(width=200, color_system=None, force_terminal=False, record=True)
    console.print(literal(text), markup=False, end="")
    return console.export_text()


@pytest.mark.parametrize("text", [MARKUP, ANSI, BIDI, RTL, MARKS, LONG, SEPARATORS])
def test_literal_keeps_every_character_in_place(text: str):
    shown = visible(text)
    assert len(shown) == len(text)
    for original, seen in zip(text, shown, strict=True):
        assert (seen == original) == (ord(original) not in SWAPPED)
    assert "\x1b" not in rendered(text)
    assert literal(text).plain == shown
    assert not literal(text).spans  # no markup turned into styles


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_visible_is_one_for_one_and_removes_every_control(text: str):
    shown = visible(text)
    assert len(shown) == len(text)
    for ch in shown:
        code = ord(ch)
        assert not (code < 0x20 or 0x7F <= code < 0xA0)
        assert ch not in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u2028\u2029"
    assert "\x1b" not in rendered(text)
