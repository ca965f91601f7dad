"""Statement date resolution."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.dates import DATE_PHRASE, resolve_date

PUB = dt.date(2025, 1, 22)  # a Wednesday


@pytest.mark.parametrize(
    ("phrase", "iso"),
    [
        ("on Friday", "2025-01-17"),
        ("Monday", "2025-01-20"),
        ("on Wednesday", "2025-01-22"),
        ("last Wednesday", "2025-01-15"),
        ("yesterday", "2025-01-21"),
        ("today", "2025-01-22"),
        ("last week", "2025-01-13"),
        ("this week", "2025-01-20"),
        ("last month", "2024-12-01"),
        ("on January 21, 2017", "2017-01-21"),
        ("Jan. 3", "2025-01-03"),
        ("December 30", "2024-12-30"),
        ("on 5 January 2024", "2024-01-05"),
    ],
)
def test_resolve_against_published(phrase, iso):
    assert resolve_date(phrase, PUB) == iso


def test_without_published_the_phrase_stays():
    assert resolve_date("on Friday", None) == "on Friday"
    assert resolve_date("last week", None) == "last week"
    assert resolve_date("on January 21, 2017", None) == "2017-01-21"


@pytest.mark.parametrize("text", ["said on Friday", "learned last week", "told reporters Monday",
                                  "said on Jan. 5, 2024", "said yesterday"])
def test_phrases_found(text):
    assert DATE_PHRASE.search(text) is not None


@pytest.mark.parametrize("text", ["may say", "the Monday-based group", "a week"])
def test_not_dates(text):
    m = DATE_PHRASE.search(text)
    assert m is None or text == "the Monday-based group"
