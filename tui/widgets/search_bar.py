"""The search field that `/` opens at the bottom of the review screen."""

from __future__ import annotations

from textual.widgets import Input


class SearchBar(Input):
    """Typed words are searched as plain words (store.search quotes them), never as syntax."""

    DEFAULT_CSS = """
    SearchBar { dock: bottom; display: none; margin-bottom: 1; }
    SearchBar.open { display: block; }
    """

    def __init__(self) -> None:
        super().__init__(placeholder="search the text: words, last one as a prefix · Enter finds",
                         id="search")
