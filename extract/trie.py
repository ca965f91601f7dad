"""Regex alternations shaped as letter trees.

Python's regex engine tries the branches of an alternation one after another at every place
in the text, so a pattern of hundreds of words ("said|says|stated|…", every registry alias)
costs hundreds of tries per character. Sharing prefixes ("sa(?:id|ys)|stated") lets it read
each character once. The longest word still wins: at each node the longer branches are
tried before the word that ends there.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence


def alternation(words: Iterable[Sequence[str]]) -> str:
    """One regex matching any of ``words``, each a sequence of regex atoms (one per
    character, or a class such as "['\u2019]" where one character may be spelt two ways).
    Atoms that can match the same text must be equal, or the longest match is not sure."""
    tree: dict = {}
    for word in words:
        node = tree
        for atom in word:
            node = node.setdefault(atom, {})
        node[""] = {}

    def branch(node: dict) -> str:
        alts = [atom + branch(sub) for atom, sub in sorted(node.items()) if atom]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and "" not in node else "(?:" + "|".join(alts) + ")"
        return body + "?" if "" in node else body

    return branch(tree)
