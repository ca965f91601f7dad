"""Extractor: general news far from the seeds' world (business, sport, science, courts), from
a fortieth held-out probe, and a few from probes 38 and 39; each fixed as a general rule and
tested with sentences of our own."""

from __future__ import annotations

from extract_helpers import check_cases

from extract.registry import Registry


def test_names_documents_and_appointments(reg: Registry) -> None:
    """"Johnson & Johnson said" is one name; a document set off by commas or obtained by a
    paper still "claims" or "states"; "confirmed her as a federal appeals court judge" is a
    vote, however long the post."""
    check_cases(reg, {
        "Johnson & Johnson said the recall was voluntary.": [("Johnson & Johnson", "said")],
        "The lawsuit, filed Tuesday in Kharkiv, claims the landlord ignored complaints.":
            [("The lawsuit", "claims")],
        "A police report obtained by the Kyiv Independent states that officers found cash.":
            [("A police report", "states"), ("officers", "found")],
        "The 35 states that vote next week are small.": [],
        "The Senate confirmed her as a federal appeals court judge in 2021.": [],
    })


def test_words_that_look_like_cues(reg: Registry) -> None:
    """"the results were promising" (but "is promising to cut taxes"), "his ankle felt fine"
    (but "his supporters felt betrayed"), "spoke to reporters for about 10 minutes", "two
    suspected spies", "the largest diamond found in a century" (but "the first study found
    that …")."""
    check_cases(reg, {
        "The coach said the results were promising.": [("The coach", "said")],
        "The senator is promising to cut taxes.": [("The senator", "promising")],
        "The quarterback said his ankle felt fine.": [("The quarterback", "said")],
        "His supporters felt betrayed.": [("His supporters", "felt")],
        "The striker spoke to reporters for about 10 minutes after the match.": [],
        "Police raided the homes of two suspected spies on Tuesday.": [],
        "It is believed to be the largest diamond found in a century.": [],
        "The first study found that the drug worked.": [("The first study", "found")],
    })
