"""Reporting periods after the award (issue 19), as councils report: financial-year quarters for delivery returns
and financial years for KPI ratings. A financial year runs 1 April to 31 March and is named by the year it starts in.

- A quarter is "YYYY-Qn": YYYY the year its financial year starts, Q1 April–June, Q2 July–September, Q3
  October–December, Q4 January–March (of YYYY + 1). "2026-Q4" is January to March 2027.
- A rating period is "YYYY-YYYY": "2026-2027" is 1 April 2026 to 31 March 2027, so a contract performance notice is
  due at least once in every 12 months.
- A contract's periods run from its start to its end; the first and last are cut to the contract's dates (a contract
  starting mid-quarter has a short first period).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from coopeval.domain.numbers import InputError
from coopeval.i18n import _, month_name

_QUARTER = re.compile(r"(\d{4})-Q([1-4])")
_YEAR = re.compile(r"(\d{4})-(\d{4})")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


@dataclass(frozen=True)
class Period:
    key: str  # "2027-Q1" or "2027-2028"
    first: dt.date  # cut to the contract's start where it starts later
    last: dt.date  # cut to the contract's end where it ends sooner
    whole_first: dt.date  # the period's own bounds, uncut
    whole_last: dt.date

    @property
    def short(self) -> bool:
        """Cut by the contract's start or end."""
        return (self.first, self.last) != (self.whole_first, self.whole_last)

    def contains(self, day: dt.date) -> bool:
        return self.first <= day <= self.last


def financial_year_start(day: dt.date) -> int:
    """The year the financial year holding `day` starts in."""
    return day.year if day.month >= 4 else day.year - 1


def quarter_of(day: dt.date) -> str:
    start = financial_year_start(day)
    months_in = (day.month - 4) % 12
    return f"{start}-Q{months_in // 3 + 1}"


def year_of(day: dt.date) -> str:
    start = financial_year_start(day)
    return f"{start}-{start + 1}"


def quarter_bounds(key: str) -> tuple[dt.date, dt.date]:
    """The first and last day of a quarter; a malformed key is refused saying how to write one."""
    match = _QUARTER.fullmatch((key or "").strip())
    if match is None:
        raise InputError(_("{key!r} is not a reporting period; write it as 2027-Q1 (April to June 2027): the year the "
                         "financial year starts, then Q1 to Q4.").format(key=key))
    year, n = int(match[1]), int(match[2])
    first_month = 4 + 3 * (n - 1)
    first = dt.date(year + (first_month - 1) // 12, (first_month - 1) % 12 + 1, 1)
    after_month = first_month + 3
    after = dt.date(year + (after_month - 1) // 12, (after_month - 1) % 12 + 1, 1)
    return first, after - dt.timedelta(days=1)


def year_bounds(key: str) -> tuple[dt.date, dt.date]:
    match = _YEAR.fullmatch((key or "").strip())
    if match is None or int(match[2]) != int(match[1]) + 1:
        raise InputError(_("{key!r} is not a rating period; write it as 2027-2028 (1 April 2027 to 31 March 2028).").format(key=key))
    year = int(match[1])
    return dt.date(year, 4, 1), dt.date(year + 1, 3, 31)


def _next_quarter(key: str) -> str:
    year, n = int(key[:4]), int(key[-1])
    return f"{year}-Q{n + 1}" if n < 4 else f"{year + 1}-Q1"


def _cut(key: str, bounds: tuple[dt.date, dt.date], start: dt.date, end: dt.date) -> Period:
    return Period(key, max(bounds[0], start), min(bounds[1], end), bounds[0], bounds[1])


def contract_quarters(start: dt.date, end: dt.date) -> list[Period]:
    """The quarters a contract from `start` to `end` (both inclusive) reports in, the first and last cut to it."""
    if end < start:
        raise InputError(_("The contract ends ({end:%d/%m/%Y}) before it starts ({start:%d/%m/%Y}).").format(end=end, start=start))
    out: list[Period] = []
    key = quarter_of(start)
    while True:
        bounds = quarter_bounds(key)
        if bounds[0] > end:
            return out
        out.append(_cut(key, bounds, start, end))
        key = _next_quarter(key)


def contract_years(start: dt.date, end: dt.date) -> list[Period]:
    """The rating periods (financial years) of a contract, the first and last cut to it."""
    if end < start:
        raise InputError(_("The contract ends ({end:%d/%m/%Y}) before it starts ({start:%d/%m/%Y}).").format(end=end, start=start))
    out = []
    for year in range(financial_year_start(start), financial_year_start(end) + 1):
        key = f"{year}-{year + 1}"
        out.append(_cut(key, year_bounds(key), start, end))
    return out


def quarters_in_year(key: str) -> list[str]:
    year = year_bounds(key)[0].year
    return [f"{year}-Q{n}" for n in range(1, 5)]


def period_text(key: str) -> str:
    """'2027-Q1' → 'April to June 2027'; '2026-Q4' → 'January to March 2027'; '2027-2028' → 'April 2027 to March
    2028'. A key that is neither is shown as it is."""
    try:
        first, last = quarter_bounds(key)
        return _("{first} to {last} {year}").format(first=month_name(first.month), last=month_name(last.month),
                                                    year=last.year)
    except InputError:
        pass
    try:
        first, last = year_bounds(key)
        return _("{first} {first_year} to {last} {last_year}").format(
            first=month_name(4), first_year=first.year, last=month_name(3), last_year=last.year)
    except InputError:
        return key


# Reporting years across tenders and spend (issue 20) are written as councils write them in their accounts and
# transparency pages: "2026-27" is 1 April 2026 to 31 March 2027. "2026/27", "2026-2027" and "2026/2027" are read
# as the same year.
_SHORT_YEAR = re.compile(r"\s*(\d{4})\s*[-/–]\s*(\d{2}|\d{4})\s*")


def short_year(start: int) -> str:
    """ "2026-27" for the financial year starting in April 2026."""
    return f"{start}-{(start + 1) % 100:02d}"


def short_year_of(day: dt.date) -> str:
    return short_year(financial_year_start(day))


def parse_short_year(text: str) -> int:
    """The year a financial year written "2026-27" (or 2026/27, 2026-2027) starts in; anything else is refused
    saying how to write one."""
    match = _SHORT_YEAR.fullmatch(text or "")
    if match is not None:
        start, end = int(match.group(1)), match.group(2)
        following = start + 1
        if (len(end) == 2 and int(end) == following % 100) or (len(end) == 4 and int(end) == following):
            if 1900 <= start <= 2999:
                return start
    raise InputError(_("{text!r} is not a financial year: write it as 2026-27 (April 2026 to March 2027).").format(text=text))


def short_year_bounds(start: int) -> tuple[dt.date, dt.date]:
    return dt.date(start, 4, 1), dt.date(start + 1, 3, 31)
