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


@pytest.mark.parametrize(
    ("phrase", "iso"),
    [
        ("in March", "2024-03"),  # the latest March not after publication
        ("in January", "2025-01"),  # the month of publication itself
        ("In early February", "2024-02"),
        ("in September 2023", "2023-09"),
        ("October, 2022", "2022-10"),
    ],
)
def test_month_without_day(phrase, iso):
    assert resolve_date(phrase, PUB) == iso


def test_month_without_day_or_published():
    assert resolve_date("in March", None) == "in March"
    assert resolve_date("in September 2023", None) == "2023-09"


@pytest.mark.parametrize(("text", "phrase"), [
    ("the agency said in March that", "in March"),
    ("In late April, the agency said", "In late April"),
    ("the minister said in June 2023 that", "in June 2023"),
])
def test_month_phrases_found(text, phrase):
    m = DATE_PHRASE.search(text)
    assert m is not None and m.group() == phrase


@pytest.mark.parametrize("text", ["soldiers in march order", "they may agree", "in may"])
def test_month_words_that_are_not_dates(text):
    assert DATE_PHRASE.search(text) is None


def test_statement_dated_by_a_month():
    from extract import extract

    att, = extract("The ministry said in March that the dam held.", published=PUB)
    assert att.date == "2024-03"
    att, = extract("In August, the ministry said the dam held.", published=PUB)
    assert att.date == "2024-08"


@pytest.mark.parametrize(
    ("phrase", "iso"),
    [("two days ago", "2025-01-20"), ("a day ago", "2025-01-21"),
     ("3 weeks ago", "2025-01-01"), ("one week ago", "2025-01-15")],
)
def test_days_and_weeks_ago(phrase, iso):
    assert DATE_PHRASE.fullmatch(phrase) is not None
    assert resolve_date(phrase, PUB) == iso


def test_statement_dated_days_ago():
    from extract import extract

    atts = extract("Two days ago, the minister told the BBC the talks had failed.", None,
                   published=PUB)
    assert [a.date for a in atts] == ["2025-01-20"]


@pytest.mark.parametrize(
    ("phrase", "iso"),
    [("on Friday, Jan. 10", "2025-01-10"), ("Monday, January 13, 2025", "2025-01-13"),
     # The day of the month wins over a weekday that does not fit it.
     ("Friday, Jan. 14", "2025-01-14")],
)
def test_weekday_with_a_date_is_that_date(phrase, iso):
    assert DATE_PHRASE.fullmatch(phrase) is not None
    assert resolve_date(phrase, PUB) == iso


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Zelenskyy said on Friday, Jan. 10, that a soldier had been captured.", "2025-01-10"),
        # The occasion named after the recipient: its date is the statement's.
        ("Sybiha told Reuters in an interview on Friday that Kyiv wanted more air defenses.",
         "2025-01-17"),
        ("Sybiha told the BBC in an interview on Friday that Kyiv needed more help.",
         "2025-01-17"),
        # A date in another clause after the recipient is that clause's.
        ("Sybiha told CNN the interview would air on Friday.", None),
    ],
)
def test_statement_dates_after_the_cue(text, iso):
    from extract import extract

    att, = extract(text, published=PUB)
    assert att.date == iso
