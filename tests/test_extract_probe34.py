"""Extractor: sentences with two or three sources, from a thirty-fourth held-out probe; each
fixed as a general rule and tested with sentences of our own."""

from __future__ import annotations

from extract_helpers import check_cases

from extract.registry import Registry


def test_a_second_speaker_with_an_appositive_after_a_first(reg: Registry) -> None:
    """"X, the spokesman, told reporters …, while Y, the spokeswoman, said …": the first
    speaker's predicate is no appositive, so the second subject is the name after "while"
    or "and" with its own appositive, not everything back to the sentence's start. An "and"
    between two described names still joins one subject."""
    check_cases(reg, {
        "Oleh Marchenko, the regional governor, said the bridge was hit, and Olena Kravets, "
        "the mayor, said two people were hurt.":
            [("Oleh Marchenko, the regional governor", "said"),
             ("Olena Kravets, the mayor", "said")],
        "Oleh Marchenko, the regional governor, told reporters that the bridge was hit, while "
        "Olena Kravets, the mayor, said it was intact.":
            [("Oleh Marchenko, the regional governor", "told"),
             ("Olena Kravets, the mayor", "said")],
        "Oleh Marchenko, the regional governor, and Olena Kravets, the mayor, said the bridge "
        "was hit.":
            [("Oleh Marchenko, the regional governor, and Olena Kravets, the mayor", "said")],
    })


def test_objects_requests_and_rulers_in_busy_sentences(reg: Registry) -> None:
    """"a lawmaker briefed by it said": "it" is the object of the participle's "by", so the
    lawmaker speaks; "asked the Pentagon, the State Department and the CIA to comment" is a
    request to a list of bodies; "who has ruled North Korea since 2011" governs."""
    check_cases(reg, {
        "The agency said one prisoner was a sniper, and a lawmaker briefed by it said the man "
        "was 26.":
            [("The agency", "said"), ("a lawmaker briefed by it", "said")],
        "The newspaper asked the Pentagon, the State Department and the CIA to comment on the "
        "report.": [],
        "Kim Jong Un, who has ruled North Korea since 2011, toured a drone factory.": [],
        "The court ruled on Monday that the sanctions were lawful.": [("The court", "ruled")],
    })


def test_a_claim_to_have_done_something(reg: Registry) -> None:
    """"Whereas Russia claims to have retaken the region, Kyiv says …": "claims to have/be"
    is the verb (not "his claims to the throne")."""
    check_cases(reg, {
        "Whereas Russia claims to have retaken the region, Kyiv says its troops hold on.":
            [("Russia", "claims"), ("Kyiv", "says")],
        "The army claims to have destroyed two bridges.": [("The army", "claims")],
        "His claims to the land were rejected.": [],
    })
