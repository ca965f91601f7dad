"""Extractor: every attribution pattern in fresh phrasings and layouts, from a twenty-eighth
held-out probe; each fixed as a general rule and tested with sentences of our own."""

from __future__ import annotations

from extract_helpers import check_cases

from extract.registry import Registry


def test_a_map_speaks_for_whoever_published_it(reg: Registry) -> None:
    """A map is a document: "citing a map published by ISW" cites ISW, and "A map published
    by ISW shows" is ISW's finding, as a report's would be; a map drawn by nobody named says
    nothing."""
    check_cases(reg, {
        "Newsweek, citing a map published by ISW, said Russian forces had advanced.":
            [("Newsweek", "said"), ("ISW", "citing")],
        "A map published by the Institute for the Study of War shows gains near Pokrovsk.":
            [("the Institute for the Study of War", "shows")],
        "The map shows the front line.": [],
    })
