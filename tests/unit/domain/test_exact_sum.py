"""`exact_sum` adds over one common denominator: always the same number as adding one by one."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from coopeval.domain.scoring import exact_sum

fractions = st.fractions(min_value=-10**6, max_value=10**6, max_denominator=10**9)


@settings(max_examples=300, deadline=None, database=None)
@given(st.lists(st.one_of(fractions, st.integers(-10**12, 10**12)), max_size=80))
def test_the_same_as_adding_one_by_one(values):
    total = exact_sum(values)
    assert isinstance(total, Fraction)
    assert total == sum(values, Fraction(0))


def test_an_empty_sum_is_zero_and_a_sum_is_reduced():
    assert exact_sum([]) == 0
    total = exact_sum([Fraction(1, 6), Fraction(1, 3), Fraction(1, 2)])
    assert (total.numerator, total.denominator) == (1, 1)
