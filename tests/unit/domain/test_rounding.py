"""Display rounding: halves away from zero, and rows that add up to their printed total."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction as F

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coopeval.domain.rounding import apportion, describe, round_half_up


@pytest.mark.parametrize(
    "value, places, expected",
    [
        (F(1, 8), 2, "0.13"),  # 0.125: half -> up (round() would give 0.12)
        (F(-1, 8), 2, "-0.13"),  # halves go away from zero
        (F(1, 3), 2, "0.33"),
        (F(2, 3), 2, "0.67"),
        (F(5, 2), 0, "3"),  # 2.5 -> 3, not banker's 2
        (F(7, 2), 0, "4"),
        (100, 2, "100.00"),  # trailing zeros kept for aligned columns
        (F(116, 10), 1, "11.6"),
    ],
)
def test_round_half_up(value, places, expected):
    result = round_half_up(value, places)
    assert isinstance(result, Decimal)
    assert str(result) == expected


def test_apportion_makes_three_thirds_add_up_to_100_percent():
    # Each 33.333...: rounding alone gives 33.33 x 3 = 99.99. The total 100.00 needs one more
    # hundredth; all remainders are equal (1/3), so it goes to the first.
    assert [str(d) for d in apportion([F(100, 3)] * 3)] == ["33.34", "33.33", "33.33"]


def test_apportion_gives_the_missing_unit_to_the_largest_remainder():
    # 0.125 + 0.125 = 0.25.  Rounding each gives 0.13 + 0.13 = 0.26.  Floors 0.12 + 0.12 = 0.24,
    # one hundredth owed, equal remainders -> the first: 0.13 + 0.12.
    assert [str(d) for d in apportion([F(1, 8), F(1, 8)])] == ["0.13", "0.12"]
    # 1.004 + 2.006 + 2.990 = 6.000. Floors 1.00 + 2.00 + 2.99 = 5.99; remainders 0.4, 0.6, 0.0
    # (in hundredths) -> the 0.6 gets the unit: 1.00, 2.01, 2.99.
    parts = [F(1004, 1000), F(2006, 1000), F(2990, 1000)]
    assert [str(d) for d in apportion(parts)] == ["1.00", "2.01", "2.99"]


def test_apportion_to_a_given_total_refuses_one_the_parts_cannot_reach():
    # A subtotal printed as 4 (rounded down) shared among its parts: equal losses, the earlier part gets the unit.
    assert [str(d) for d in apportion([F(5, 2), F(3, 2)], 0, total=4)] == ["3", "1"]
    assert [str(d) for d in apportion([F(5, 2), F(3, 2)], 2, total=Decimal("4.00"))] == ["2.50", "1.50"]
    with pytest.raises(ValueError):
        apportion([F(5, 2), F(3, 2)], 0, total=6)
    with pytest.raises(ValueError):
        apportion([F(1, 3)], 2, total=Decimal("0.335"))  # not a figure with 2 places


def test_describe_writes_numbers_for_messages():
    assert (describe(F(100)), describe(F(9999, 100)), describe(F(100, 3))) == ("100", "99.99", "about 33.3333")


fractions = st.fractions(min_value=-1000, max_value=1000, max_denominator=1000)


@settings(max_examples=300, deadline=None, database=None)
@given(st.lists(fractions, max_size=12), st.integers(0, 4))
def test_apportioned_parts_add_up_to_the_rounded_total_and_stay_within_a_unit(parts, places):
    rounded = apportion(parts, places)
    assert sum(rounded, Decimal(0)) == round_half_up(sum(parts, F(0)), places)
    unit = F(1, 10**places)
    assert all(abs(F(r) - p) < unit for r, p in zip(rounded, parts))
