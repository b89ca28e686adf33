"""The standstill before a contract is entered into (Procurement Act 2023 s.51).

The mandatory standstill period is eight working days beginning with the day the contract award notice is
published: the notice day is day 1 when it is a working day, and the contract may be entered into from the day
after the eighth. A working day (the Act's interpretation section, s.123): any day other than a Saturday, a Sunday,
Christmas Day, Good Friday, or a day that is a bank holiday under the Banking and Financial Dealings Act 1971 in any
part of the United Kingdom. (Checked against government guidance and the same wording in other UK legislation; the
Act's own text could not be read from here, so confirm it on legislation.gov.uk.) So one part's bank holiday is not a working day anywhere: Scotland's
2 January and Northern Ireland's 17 March and 12 July count for an English council too.

The bank holidays come from the `holidays` library (England, Wales, Scotland and Northern Ireland, joined), which
tracks the UK's proclaimed and one-off bank holidays; Christmas Day and Good Friday are added here as the Act names
them.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from dateutil.easter import easter
from holidays.countries.united_kingdom import UnitedKingdom  # imported by name so a frozen build includes it

from coopeval.i18n import N_, _

STANDSTILL_WORKING_DAYS = 8
UK_PARTS = ("ENG", "WLS", "SCT", "NIR")

# Where no mandatory standstill applies (PA 2023 s.51(3)), in plain words. NOT VERIFIED against the Act's text:
# the reference search gave guidance that s.51 sets out exemptions and a voluntary standstill, but not the list
# itself; these keys follow our reading of s.51(3) and must be checked against legislation.gov.uk before relying on
# them. "other" (with a reason) covers any case this list misses.
EXEMPTIONS: dict[str, str] = {
    "urgency": N_("a direct award because the work is strictly necessary for reasons of extreme and unavoidable "
                  "urgency"),
    "protect_life": N_("a direct award to protect life, health or safety, or public order (PA 2023 s.42)"),
    "framework": N_("a contract awarded under a framework"),
    "light_touch": N_("a light touch contract"),
    "dynamic_market": N_("a contract awarded under a dynamic market"),
    "other": N_("another case where the Act says no standstill applies (give the reason)"),
}  # English here; `exemption_text()` translates


def exemption_text(key: str) -> str:
    """An exemption in words, in the current language; an unknown key as given."""
    return _(EXEMPTIONS[key]) if key in EXEMPTIONS else key  # i18n: no


@lru_cache(maxsize=64)
def _bank_holidays(year: int) -> frozenset[dt.date]:
    days: set[dt.date] = set()
    for part in UK_PARTS:
        days.update(UnitedKingdom(subdiv=part, years=year).keys())  # type: ignore[no-untyped-call]
    return frozenset(days)


def bank_holiday_name(day: dt.date) -> str | None:
    """The name of the UK bank holiday (in any part of the UK) on `day`, or None."""
    if day not in _bank_holidays(day.year):
        return None
    names = {UnitedKingdom(subdiv=part, years=day.year).get(day)  # type: ignore[no-untyped-call]
             for part in UK_PARTS}
    return "; ".join(sorted(n for n in names if n))


def working_day(day: dt.date) -> bool:
    """True when `day` is a working day as the Act defines it: not a weekend, Christmas Day, Good Friday or a bank
    holiday in any part of the UK."""
    if day.weekday() >= 5:
        return False
    if (day.month, day.day) == (12, 25):
        return False
    if day == easter(day.year) - dt.timedelta(days=2):  # Good Friday, named by the Act itself
        return False
    return day not in _bank_holidays(day.year)


def standstill_end(notice_date: dt.date | str) -> dt.date:
    """The last day of the mandatory standstill for a contract award notice published on `notice_date`: the eighth
    working day counting the notice day as the first when it is a working day. The contract may be entered into from
    the next day."""
    day = dt.date.fromisoformat(notice_date) if isinstance(notice_date, str) else notice_date
    counted = 0
    while True:
        if working_day(day):
            counted += 1
            if counted == STANDSTILL_WORKING_DAYS:
                return day
        day += dt.timedelta(days=1)


def earliest_entry(notice_date: dt.date | str) -> dt.date:
    """The first day the contract may be entered into: the day after standstill ends."""
    return standstill_end(notice_date) + dt.timedelta(days=1)
