"""The tree-shaped alternation must find what the plain one, longest word first, finds: the
registry's name finder relies on it."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from extract.registry import Registry, Source
from extract.trie import alternation


def literal_alternation(words: set[str]) -> str:
    """``alternation`` of plain words, each character taken literally."""
    return alternation([re.escape(ch) for ch in word] for word in words)


WORDS = st.lists(st.text(alphabet="ab c'", min_size=1, max_size=5), min_size=1, max_size=12)


@settings(max_examples=1000)
@given(WORDS, st.text(alphabet="ab c'.", max_size=30))
def test_tree_finds_what_the_longest_first_alternation_finds(words, text):
    plain = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    tree = literal_alternation(set(words))
    for wrap in ("(?:{})", r"(?<!\w)(?:{})(?!\w)"):
        expected = [m.span() for m in re.finditer(wrap.format(plain), text)]
        assert [m.span() for m in re.finditer(wrap.format(tree), text)] == expected


def test_registry_finder_takes_the_longest_alias_in_either_spelling():
    reg = Registry([
        Source("Ukrainian MoD", "ministry", ["Ukrainian Ministry of Defense", "Ministry"]),
        Source("Ukraine", "country", ["Ukrainian"]),
        Source("Kremlin", "government", ["Kremlin's press office"]),
    ])
    text = "The Ukrainian Ministry  of Defence and the Kremlin\u2019s press office said so."
    assert [(text[a:b], entity) for a, b, entity in reg.find(text)] == [
        ("The Ukrainian Ministry  of Defence", "Ukrainian MoD"),
        ("the Kremlin\u2019s press office", "Kremlin"),
    ]
