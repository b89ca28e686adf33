"""Reading and writing dates the way people in the UK write them.

A typed date may be 10/01/2027 (day first), 10 Jan 2027, 10 January 2027 or ISO 2027-01-10; it is
stored in ISO form and shown back as 10 Jan 2027."""

from __future__ import annotations

import datetime as dt
import re

from coopeval.domain.numbers import InputError

_SHORT = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_NUMERIC = re.compile(r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_WORDS = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})")
_FULL = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
         "november", "december")


def _month(word: str) -> int | None:
    """'Jan', 'jan', 'January', 'Sept' → the month's number; anything shorter than three letters → None."""
    word = word.lower()
    if word == "sept":
        return 9
    if len(word) < 3:
        return None
    for number, full in enumerate(_FULL, start=1):
        if full.startswith(word):
            return number
    return None


def parse_date(text: str, what: str = "Date") -> dt.date | None:
    """'' → None; '10/01/2027', '10 Jan 2027', '10 January 2027' or '2027-01-10' → 10 January 2027.

    Anything else is refused with a message naming `what` and showing how to write a date."""
    raw = (text or "").strip()
    if not raw:
        return None
    parts: tuple[int, int, int] | None = None
    if match := _ISO.fullmatch(raw):
        parts = (int(match[1]), int(match[2]), int(match[3]))
    elif match := _NUMERIC.fullmatch(raw):
        parts = (int(match[3]), int(match[2]), int(match[1]))
    elif (match := _WORDS.fullmatch(raw)) and (month := _month(match[2])) is not None:
        parts = (int(match[3]), month, int(match[1]))
    if parts is not None:
        try:
            return dt.date(*parts)
        except ValueError:
            pass
    raise InputError(f"{what}: {raw!r} is not a date; write it as 10/01/2027 or 10 Jan 2027.")


def iso_date(text: str, what: str = "Date") -> str | None:
    """A typed date (any form `parse_date` reads) in the ISO form it is stored in; '' → None."""
    day = parse_date(text, what)
    return day.isoformat() if day else None


def date_text(value: dt.date | str | None) -> str:
    """A date as it is shown: '10 Jan 2027'. A stored ISO text is read first; '' or None → ''.
    A stored text that is not a date is shown as it is, never hidden."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            day = dt.date.fromisoformat(value.strip())
        except ValueError:
            return value
    else:
        day = value
    return f"{day.day} {_SHORT[day.month - 1]} {day.year}"
