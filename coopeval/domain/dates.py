"""Reading and writing dates the way people in the UK write them.

A typed date may be 10/01/2027 (day first), 10 Jan 2027, 10 January 2027 or ISO 2027-01-10; it is
stored in ISO form and shown back as 10 Jan 2027."""

from __future__ import annotations

import datetime as dt
import re

from coopeval.domain.numbers import InputError
from coopeval.i18n import _, month_name, weekday_name

_NUMERIC = re.compile(r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_WORDS = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})")
_FULL = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
         "november", "december")
_WELSH = ("ionawr", "chwefror", "mawrth", "ebrill", "mai", "mehefin", "gorffennaf", "awst", "medi", "hydref",
          "tachwedd", "rhagfyr")  # typed Welsh month names are read too (issue 22)


def _month(word: str) -> int | None:
    """'Jan', 'jan', 'January', 'Sept' → the month's number; anything shorter than three letters → None."""
    word = word.lower()
    if word == "sept":
        return 9
    if len(word) < 3:
        return None
    for names in (_FULL, _WELSH):
        for number, full in enumerate(names, start=1):
            if full.startswith(word):
                return number
    return None


def parse_date(text: str, what: str | None = None) -> dt.date | None:
    """'' → None; '10/01/2027', '10 Jan 2027', '10 January 2027' or '2027-01-10' → 10 January 2027.

    Anything else is refused with a message naming `what` (default "Date") and showing how to write a date."""
    what = what if what is not None else _("Date")
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
    raise InputError(_("{what}: {raw!r} is not a date; write it as 10/01/2027 or 10 Jan 2027.").format(what=what, raw=raw))


def iso_date(text: str, what: str | None = None) -> str | None:
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
    return f"{day.day} {month_name(day.month, short=True)} {day.year}"  # in the current language (issue 22)


_TIME = re.compile(r"(.*?)(?:\s*,?\s*(?:at\s+)?(\d{1,2})[:.](\d{2})\s*(am|pm)?|\s*,?\s*(?:at\s+)?(\d{1,2})\s*(am|pm)"
                   r"|T(\d{2}):(\d{2})(?::00)?)\s*$", re.IGNORECASE)


def parse_deadline(text: str, what: str | None = None) -> dt.datetime | None:
    """A date with a time of day, UK local time, as people write it: '15/01/2027 12:00', '15 Jan 2027 at 2pm',
    '2027-01-15T12:00'. '' → None. A date without a time is refused: a deadline needs its hour."""
    what = what if what is not None else _("Deadline")
    raw = (text or "").strip()
    if not raw:
        return None
    match = _TIME.fullmatch(raw)
    if match is None:
        raise InputError(_("{what}: {raw!r} needs a date and a time; write it as 15/01/2027 12:00.").format(what=what, raw=raw))
    day_text = match[1]
    if match[2] is not None:
        hour, minute, half = int(match[2]), int(match[3]), match[4]
    elif match[5] is not None:
        hour, minute, half = int(match[5]), 0, match[6]
    else:
        hour, minute, half = int(match[7]), int(match[8]), None
    if half is not None:
        if not 1 <= hour <= 12:
            raise InputError(_("{what}: {raw!r} has no such time; write it as 15/01/2027 12:00.").format(what=what, raw=raw))
        hour = hour % 12 + (12 if half.lower() == "pm" else 0)
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise InputError(_("{what}: {raw!r} has no such time; write it as 15/01/2027 12:00.").format(what=what, raw=raw))
    try:
        day = parse_date(day_text, what)
    except InputError:
        day = None
    if day is None:
        raise InputError(_("{what}: {raw!r} needs a date and a time; write it as 15/01/2027 12:00.").format(what=what, raw=raw))
    return dt.datetime(day.year, day.month, day.day, hour, minute)


def iso_deadline(text: str, what: str | None = None) -> str | None:
    """A typed deadline in the form it is stored in ('2027-01-15T12:00', UK local time); '' → None."""
    moment = parse_deadline(text, what)
    return moment.strftime("%Y-%m-%dT%H:%M") if moment else None


def deadline_text(value: str | None) -> str:
    """A stored deadline as it is shown: '12:00 on Friday 15 January 2027' (UK local time). '' or None → '';
    a stored text that is not a deadline is shown as it is."""
    if not value:
        return ""
    try:
        moment = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        return value
    return _("{time} on {weekday} {day} {month} {year}").format(
        time=f"{moment:%H:%M}", weekday=weekday_name(moment.weekday()), day=moment.day,
        month=month_name(moment.month), year=moment.year)
