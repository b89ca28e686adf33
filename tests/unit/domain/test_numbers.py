"""Numbers as people read them: thousands separated, pounds with their sign, to the penny."""

from __future__ import annotations

from decimal import Decimal

import pytest

from coopeval.domain.numbers import money_text, number_text, pence_to_text


@pytest.mark.parametrize(("value", "text"), [
    (Decimal("14000.00"), "£14,000.00"),
    (Decimal("14000"), "£14,000.00"),
    (2_100_000, "£2,100,000.00"),
    ("2400.00", "£2,400.00"),
    (Decimal("999.999"), "£1,000.00"),  # half up, to the penny
    (Decimal("0.005"), "£0.01"),
    (Decimal("0.004"), "£0.00"),
    (Decimal("-250.5"), "-£250.50"),
    (Decimal("-0.001"), "£0.00"),  # never "-£0.00"
    (Decimal("1E+3"), "£1,000.00"),
    (0, "£0.00"),
])
def test_money_text(value, text):
    assert money_text(value) == text


@pytest.mark.parametrize(("value", "places", "text"), [
    (Decimal("14000.5"), None, "14,000.5"),
    (1950, None, "1,950"),
    (Decimal("12.50"), None, "12.5"),
    (Decimal("10.00"), None, "10"),
    (Decimal("0.00"), None, "0"),
    (Decimal("1234567.125"), 2, "1,234,567.13"),
    (Decimal("83.625"), 2, "83.63"),
    (Decimal("83.6"), 2, "83.60"),
    (Decimal("-1234.5"), None, "-1,234.5"),
    (Decimal("-0"), 2, "0.00"),
    ("100000", None, "100,000"),
])
def test_number_text(value, places, text):
    assert number_text(value, places) == text


def test_pence_to_text_uses_the_same_form():
    assert pence_to_text(210_000_000) == "£2,100,000.00"
    assert pence_to_text(5) == "£0.05"
    assert pence_to_text(None) == ""


@pytest.mark.parametrize("bad", ["n/a", "NaN", Decimal("Infinity")])
def test_a_value_that_is_not_a_number_is_refused(bad):
    with pytest.raises((ValueError, ArithmeticError)):
        money_text(bad)
