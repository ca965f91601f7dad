"""Statement dates: find the date phrase that dates a statement and resolve it.

News dates statements relative to the day the article appeared ("said on Friday", "learned
last week"), so a phrase is only turned into a calendar date when the caller knows the
publication date; without it the phrase itself is kept, which a reviewer can still read.
dateutil is only called for phrases that name a month, so the common case costs one regex.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from dateutil import parser as _dateparser

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = (
    r"Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
    r"Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?"
)
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
_MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)
# Names of days and months as words ("a December survey"); "May" is left out, a modal far
# more often.
DAY_AND_MONTH_NAMES = frozenset(_WEEKDAYS) | {m.lower() for m in _MONTH_NAMES} - {"may"}
# A month without a day ("said in December", "In October, …", "in November 2024"): only
# capitalised and after "in" or before a year, so "may say" and "in march order" stay words.
_NAMED_MONTH = "(?-i:" + "|".join(_MONTH_NAMES) + ")"
_MONTH_ALONE = (
    rf"in\s+(?:(?:early|mid|late)[\s-]+)?{_NAMED_MONTH}(?:,?\s+\d{{4}})?"
    rf"|{_NAMED_MONTH},?\s+\d{{4}}"
)
_MONTH_ONLY = re.compile(
    r"^(?:in\s+)?(?:(?:early|mid|late)[\s-]+)?(" + "|".join(_MONTH_NAMES) + r"),?(?:\s+(\d{4}))?$",
    re.IGNORECASE,
)

# One alternation, longest forms first; matched case-insensitively against a short window.
_WEEKDAY_COMMA = r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?"
DATE_PHRASE = re.compile(
    r"\b(?:"
    rf"(?:on\s+)?{_WEEKDAY_COMMA}(?:{_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|(?:on\s+)?{_WEEKDAY_COMMA}\d{{1,2}}\s+(?:{_MONTHS})(?:,?\s+\d{{4}})?"
    rf"|{_MONTH_ALONE}"
    r"|(?:on\s+|last\s+|this\s+|late\s+|early\s+|earlier\s+)?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)" + _PART +
    r"|(?:earlier|late|early)?\s*(?:last|this)\s+(?:week|weekend|month)"
    r"|(?:the\s+)?(?:previous|past)\s+(?:week|weekend)"
    r"|yesterday" + _PART + r"|today|tonight|(?<!the\s)(?<!an\s)(?<!in\s)(?<!of\s)overnight"
    r"|this\s+(?:morning|afternoon|evening)"
    r"|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:days?|weeks?)"
    r"\s+ago"
    r")\b",
    re.IGNORECASE,
)


def find_date_phrase(text: str, start: int, end: int) -> re.Match[str] | None:
    """The first date phrase lying wholly inside ``text[start:end]``."""
    m = DATE_PHRASE.search(text, start, end)
    return m


def resolve_date(phrase: str, published: date | None) -> str:
    """An ISO date for ``phrase`` anchored on ``published``; the phrase itself when there is no
    anchor or the phrase cannot be pinned to a day.

    "last week" and "this week" resolve to the Monday of that week (the earliest day the
    statement can have been made); weekday names resolve to the latest such day on or before
    publication, as news uses them.
    """
    words = phrase.strip()
    low = words.lower()
    month = _MONTH_ONLY.match(words)
    if month is not None:
        return _month(_MONTH_NAMES.index(month.group(1).capitalize()) + 1,
                      month.group(2), published, words)
    if published is None:
        if re.search(r"\d{4}", low) and re.search(_MONTHS, words, re.IGNORECASE):
            parsed = _parse_absolute(words, None)
            if parsed is not None:
                return parsed.isoformat()
        return words
    if _MONTH_DAY.search(words):
        # "Friday, Jan. 10": the day of the month says which Friday (and wins if they differ)
        parsed = _parse_absolute(re.sub(_WEEKDAY_LEAD, "", words), published)
        if parsed is not None:
            return parsed.isoformat()
    for i, name in enumerate(_WEEKDAYS):
        if name in low:
            back = (published.weekday() - i) % 7
            if low.startswith("last ") and back == 0:
                back = 7
            return (published - timedelta(days=back)).isoformat()
    if "yesterday" in low:
        return (published - timedelta(days=1)).isoformat()
    ago = _AGO.match(low)
    if ago is not None:
        n = int(ago.group(1)) if ago.group(1).isdigit() else _COUNTS[ago.group(1)]
        days = n * 7 if ago.group(2).startswith("week") else n
        return (published - timedelta(days=days)).isoformat()
    if "today" in low or "tonight" in low or low == "overnight" or low.startswith("this ") and (
        "week" not in low and "month" not in low
    ):
        return published.isoformat()
    monday = published - timedelta(days=published.weekday())
    if "week" in low:
        if "this" in low:
            return monday.isoformat()
        return (monday - timedelta(days=7)).isoformat()
    if "month" in low:
        first = published.replace(day=1)
        if "this" in low:
            return first.isoformat()
        return (first - timedelta(days=1)).replace(day=1).isoformat()
    parsed = _parse_absolute(words, published)
    return parsed.isoformat() if parsed is not None else words


_MONTH_DAY = re.compile(rf"(?:{_MONTHS})\s+\d|\d\s+(?:{_MONTHS})", re.IGNORECASE)
_WEEKDAY_LEAD = re.compile(r"^(?:on\s+)?(?:" + "|".join(_WEEKDAYS) + r"),?\s+", re.IGNORECASE)
_AGO = re.compile(r"(\w+)\s+(days?|weeks?)\s+ago$")
_COUNTS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten".split())} | {"a": 1, "an": 1}


def _month(number: int, year: str | None, published: date | None, words: str) -> str:
    """A month without a day is as precise as the text: "YYYY-MM". Without a year it is the
    latest such month not after publication ("in December" in a January article is last
    December); with neither year nor publication date the words stay."""
    if year is not None:
        return f"{int(year):04d}-{number:02d}"
    if published is None:
        return words
    y = published.year if number <= published.month else published.year - 1
    return f"{y:04d}-{number:02d}"


def _parse_absolute(words: str, published: date | None) -> date | None:
    """A month-name date; without a year, the latest such day not after publication."""
    cleaned = re.sub(r"^on\s+", "", words, flags=re.IGNORECASE)
    cleaned = re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", cleaned)
    has_year = re.search(r"\d{4}", cleaned) is not None
    anchor = published or date(2000, 1, 1)
    try:
        parsed = _dateparser.parse(
            cleaned, default=datetime(anchor.year, anchor.month, 1), fuzzy=True
        ).date()
    except (ValueError, OverflowError):
        return None
    if not has_year and published is not None and parsed > published:
        try:
            parsed = parsed.replace(year=parsed.year - 1)
        except ValueError:
            return None
    return parsed
