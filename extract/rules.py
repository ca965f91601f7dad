"""Cue lexicon and rules. (First version being written; see issue 3.)"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from extract.model import Attribution
from extract.registry import Registry


def extract(
    text: str,
    registry: Registry | None = None,
    *,
    published: date | None = None,
    context: Sequence[str] = (),
) -> list[Attribution]:
    """Every attribution in ``text``. ``context`` holds the earlier sentences of the same
    document (nearest last) so a pronoun source can resolve to the entity named before it;
    ``published`` anchors relative dates ("on Friday")."""
    return []
