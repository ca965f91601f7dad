"""Showing untrusted text literally.

Sentences come from the open web. They are rendered as rich ``Text`` objects (never parsed as
markup), and every control character is swapped one-for-one for a visible stand-in, so an ANSI
escape cannot move the cursor or recolour the terminal and character offsets still line up
with the highlights.

What is swapped, and why:

* C0 controls, DEL and C1 controls (ESC, CR, TAB, NEL …): they drive the terminal. C0 become
  the Control Pictures block (``␛`` for ESC), DEL ``␡``, C1 ``�``.
* Bidi embeddings, overrides, isolates and marks (U+202A–E, U+2066–9, U+200E/F, U+061C): they
  reorder what the terminal shows, so a sentence could display differently from what is
  stored and exported (the "Trojan Source" trick). Shown as ``�``. Right-to-left *letters*
  are untouched; the terminal's own bidi handling of them is harmless.
* Line and paragraph separators (U+2028, U+2029): some terminals break the line there, which
  would push the layout down. Shown as ``␤``.
* Invisible format characters that can hide words or disturb cell widths (zero-width space,
  word joiner, BOM, soft hyphen, Mongolian vowel separator, invisible operators, deprecated
  format controls, interlinear annotation): shown as ``�`` so a reviewer sees that something
  is there.

Left alone on purpose: ZWJ/ZWNJ (U+200D, U+200C; emoji sequences and Persian, Indic scripts
need them), variation selectors and tag characters (emoji presentation and flags), and
combining marks (they belong to their letter; Textual gives them no width).
"""

from __future__ import annotations

from rich.text import Text

REPLACEMENT = "\ufffd"
_BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
_SEPARATORS = "\u2028\u2029"
_INVISIBLE = (
    "\u200b\u2060\ufeff\u00ad\u180e\u2061\u2062\u2063\u2064"
    "\u206a\u206b\u206c\u206d\u206e\u206f\ufff9\ufffa\ufffb"
)


def _visible(code: int) -> str:
    if code < 0x20:
        return chr(0x2400 + code)  # ␀ … ␟ (␛ for ESC)
    if code == 0x7F:
        return "\u2421"  # ␡
    return REPLACEMENT


_TABLE: dict[int, str] = {c: _visible(c) for c in [*range(0x20), 0x7F, *range(0x80, 0xA0)]}
_TABLE.update({ord(c): REPLACEMENT for c in _BIDI + _INVISIBLE})
_TABLE.update({ord(c): "\u2424" for c in _SEPARATORS})  # ␤
SWAPPED = frozenset(_TABLE)
"""Every code point :func:`visible` replaces (for tests and for anyone extending it)."""


def visible(text: str) -> str:
    """The same number of characters, with control characters made visible."""
    return text.translate(_TABLE)


def literal(text: str, style: str = "") -> Text:
    """A Text that shows exactly these characters: no markup, no escapes, no emoji codes."""
    return Text(visible(text), style=style, end="")
