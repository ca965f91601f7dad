"""Showing untrusted text literally.

Sentences come from the open web. They are rendered as rich ``Text`` objects (never parsed as
markup), and every control character is swapped one-for-one for a visible stand-in, so an ANSI
escape cannot move the cursor or recolour the terminal and character offsets still line up
with the highlights.
"""

from __future__ import annotations

from rich.text import Text

# Bidi embeddings, overrides and isolates would reorder what the terminal shows.
_BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def _visible(code: int) -> str:
    if code < 0x20:
        return chr(0x2400 + code)  # ␀ … ␟ (␛ for ESC)
    if code == 0x7F:
        return "\u2421"  # ␡
    return "\ufffd"


_TABLE = {c: _visible(c) for c in [*range(0x20), 0x7F, *range(0x80, 0xA0)]}
_TABLE.update({ord(c): "\ufffd" for c in _BIDI})


def visible(text: str) -> str:
    """The same number of characters, with control characters made visible."""
    return text.translate(_TABLE)


def literal(text: str, style: str = "") -> Text:
    """A Text that shows exactly these characters: no markup, no escapes, no emoji codes."""
    return Text(visible(text), style=style, end="")
