"""Issue 19's pure pieces: financial-year quarters and years cut to a contract, and rating suggestions."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from coopeval.domain import periods, ratings
from coopeval.domain.numbers import InputError


@pytest.mark.parametrize(("day", "quarter", "year"), [
    (dt.date(2027, 4, 1), "2027-Q1", "2027-2028"), (dt.date(2027, 6, 30), "2027-Q1", "2027-2028"),
    (dt.date(2027, 7, 1), "2027-Q2", "2027-2028"), (dt.date(2027, 12, 31), "2027-Q3", "2027-2028"),
    (dt.date(2028, 1, 1), "2027-Q4", "2027-2028"), (dt.date(2028, 3, 31), "2027-Q4", "2027-2028")])
def test_days_fall_in_financial_quarters_and_years(day: dt.date, quarter: str, year: str) -> None:
    assert periods.quarter_of(day) == quarter and periods.year_of(day) == year
    first, last = periods.quarter_bounds(quarter)
    assert first <= day <= last


def test_a_contract_starting_mid_quarter_has_a_short_first_period() -> None:
    got = periods.contract_quarters(dt.date(2026, 5, 15), dt.date(2027, 5, 14))
    assert [p.key for p in got] == ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4", "2027-Q1"]
    assert (got[0].first, got[0].last, got[0].short) == (dt.date(2026, 5, 15), dt.date(2026, 6, 30), True)
    assert not got[1].short and got[-1].last == dt.date(2027, 5, 14) and got[-1].short
    years = periods.contract_years(dt.date(2026, 5, 15), dt.date(2027, 5, 14))
    assert [(y.key, y.first, y.last) for y in years] == [("2026-2027", dt.date(2026, 5, 15), dt.date(2027, 3, 31)),
                                                         ("2027-2028", dt.date(2027, 4, 1), dt.date(2027, 5, 14))]


@pytest.mark.parametrize("bad", ["2027-Q5", "2027Q1", "27-Q1", "", "2027-2029", "2027-2027"])
def test_malformed_periods_are_refused_saying_how_to_write_them(bad: str) -> None:
    with pytest.raises(InputError, match="2027"):
        periods.quarter_bounds(bad) if "Q" in bad or not bad else periods.year_bounds(bad)


def test_periods_are_named_in_words() -> None:
    assert periods.period_text("2026-Q4") == "January to March 2027"
    assert periods.period_text("2027-2028") == "April 2027 to March 2028"


@pytest.mark.parametrize(("promised", "delivered", "direction", "expected"), [
    ("20", "20", "higher", ratings.GOOD), ("20", "18", "higher", ratings.APPROACHING),
    ("20", "14", "higher", ratings.IMPROVEMENT), ("20", "13.9", "higher", ratings.INADEQUATE),
    ("4", "4", "lower", ratings.GOOD), ("4", "5", "lower", ratings.IMPROVEMENT), ("4", "0", "lower", ratings.GOOD),
    ("0", "3", "higher", ratings.OTHER)])
def test_a_rating_is_suggested_from_delivered_against_promised(promised: str, delivered: str, direction: str,
                                                               expected: str) -> None:
    assert ratings.suggest(Decimal(promised), Decimal(delivered), direction) == expected


def test_nothing_delivered_suggests_other_and_thresholds_must_fall() -> None:
    assert ratings.suggest(Decimal(10), None, "higher") == ratings.OTHER
    assert ratings.Thresholds(Decimal(90), Decimal(95), Decimal(70)).problem() is not None
    assert ratings.Thresholds().problem() is None
