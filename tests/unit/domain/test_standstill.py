"""The standstill of PA 2023 s.51: eight working days beginning with the notice day, a working day being none of a
weekend, Christmas Day, Good Friday or a bank holiday in any part of the UK."""

from __future__ import annotations

import datetime as dt

import pytest

from coopeval.domain import standstill
from coopeval.domain.standstill import earliest_entry, easter, standstill_end, working_day

D = dt.date


def test_domain_example_over_christmas():
    """DOMAIN.md: a notice on Friday 18 Dec 2026 ends standstill on Thursday 31 Dec 2026 (25 Dec and the Boxing Day
    substitute on Monday 28 Dec skipped)."""
    assert standstill_end(D(2026, 12, 18)) == D(2026, 12, 31)
    assert standstill_end("2026-12-18") == D(2026, 12, 31)
    assert earliest_entry("2026-12-18") == D(2027, 1, 1)


def test_notice_day_counts_as_day_one_when_a_working_day():
    # Monday 7 Sep 2026: 7..11 and 14..16 are the eight working days
    assert standstill_end(D(2026, 9, 7)) == D(2026, 9, 16)


def test_notice_on_a_weekend_starts_counting_on_the_next_working_day():
    # Saturday 12 Sep 2026: Mon 14 .. Wed 23 Sep
    assert standstill_end(D(2026, 9, 12)) == D(2026, 9, 23)


def test_scotlands_second_of_january_is_not_a_working_day_anywhere():
    """2 Jan is a bank holiday in Scotland only; the Act counts a bank holiday in any part of the UK."""
    assert not working_day(D(2026, 1, 2))  # Friday, Scotland's New Year holiday
    # Notice Wed 24 Dec 2025: 24, 29, 30, 31 Dec, then 5, 6, 7, 8 Jan (1 and 2 Jan skipped)
    assert standstill_end(D(2025, 12, 24)) == D(2026, 1, 8)


def test_northern_irelands_st_patricks_day_is_not_a_working_day_anywhere():
    assert not working_day(D(2027, 3, 17))  # Wednesday, a bank holiday in Northern Ireland only
    # Notice Mon 15 Mar 2027: 15, 16, 18, 19, 22, 23, 24, 25 (17 skipped); Good Friday is 26 Mar
    assert standstill_end(D(2027, 3, 15)) == D(2027, 3, 25)
    assert not working_day(D(2027, 7, 12))  # Northern Ireland's Battle of the Boyne holiday


def test_good_friday_and_easter_monday():
    assert easter(2027) == D(2027, 3, 28)
    assert not working_day(D(2027, 3, 26))  # Good Friday
    assert not working_day(D(2027, 3, 29))  # Easter Monday (not a bank holiday in Scotland, but in England)
    # Notice Tue 23 Mar 2027: 23, 24, 25, 30, 31 Mar, 1, 2, 5 Apr
    assert standstill_end(D(2027, 3, 23)) == D(2027, 4, 5)


def test_ordinary_weekdays_are_working_days():
    assert working_day(D(2027, 2, 10))
    assert not working_day(D(2027, 2, 13))  # Saturday


@pytest.mark.parametrize("year", range(2025, 2036))
def test_standstill_always_eight_working_days(year):
    notice = D(year, 12, 20)
    end = standstill_end(notice)
    days = [notice + dt.timedelta(days=n) for n in range((end - notice).days + 1)]
    assert sum(working_day(d) for d in days) == 8
    assert working_day(end)


def test_exemptions_in_plain_words_with_other():
    assert "other" in standstill.EXEMPTIONS
    assert all(text and text[0].islower() for text in standstill.EXEMPTIONS.values())
