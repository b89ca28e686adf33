"""What the bid editor checks before calling the bid services: dates and committed quantities."""

from __future__ import annotations

import pytest

from coopeval.domain.numbers import InputError
from coopeval.services.bids.input import quantity_problem, quantity_text, received_on_value


def test_received_on_is_an_iso_date_or_nothing():
    assert received_on_value("") is None
    assert received_on_value("  2026-03-02 ") == "2026-03-02"
    with pytest.raises(InputError, match="is not a date"):
        received_on_value("2 March")
    with pytest.raises(InputError, match="is not a date"):
        received_on_value("2026-02-30")


@pytest.mark.parametrize(("text", "problem"), [
    ("", None), ("25", None), ("0", None), ("12.5", None), ("1,250", None),
    ("lots", "'lots' is not a number"), ("-3", "must be at least 0"), ("nan", "is not a number"),
])
def test_quantity_problem(text, problem):
    found = quantity_problem(text)
    assert (found is None) if problem is None else (problem in found)


def test_quantity_text_is_what_the_service_stores():
    assert quantity_text(" ") is None
    assert quantity_text("25.50") == "25.5"
    assert quantity_text("1,250") == "1250"
