"""Dates as people in the UK write them: day first, or the month in words, or ISO; shown as 10 Jan 2027."""

from __future__ import annotations

import datetime as dt

import pytest

from coopeval.domain.dates import date_text, iso_date, parse_date
from coopeval.domain.numbers import InputError

TENTH_OF_JANUARY = dt.date(2027, 1, 10)


@pytest.mark.parametrize("text", [
    "10/01/2027", "10/1/2027", " 10/01/2027 ", "10.01.2027", "10-01-2027",
    "10 Jan 2027", "10 jan 2027", "10 Jan. 2027", "10 January 2027", "10 JANUARY 2027", "10th January 2027",
    "10 Jan, 2027", "2027-01-10",
])
def test_uk_forms_are_read_day_first(text):
    assert parse_date(text) == TENTH_OF_JANUARY


def test_sept_and_other_months_in_words():
    assert parse_date("1 Sept 2026") == dt.date(2026, 9, 1)
    assert parse_date("29 Feb 2028") == dt.date(2028, 2, 29)
    assert parse_date("31 December 2026") == dt.date(2026, 12, 31)


def test_nothing_typed_is_no_date():
    assert parse_date("") is None and parse_date("   ") is None and iso_date("") is None


@pytest.mark.parametrize("text", [
    "31/02/2027", "29 Feb 2027", "01/13/2027", "March", "10 Ja 2027", "10 Smarch 2027", "10/01/27",
    "2027-02-30", "tomorrow", "10/01/2027 12:00",
])
def test_anything_else_is_refused_with_how_to_write_it(text):
    with pytest.raises(InputError) as caught:
        parse_date(text, "Received on")
    assert str(caught.value) == f"Received on: {text!r} is not a date; write it as 10/01/2027 or 10 Jan 2027."


def test_stored_in_iso_shown_in_uk_form():
    assert iso_date("10/01/2027") == "2027-01-10"
    assert date_text("2027-01-10") == "10 Jan 2027" == date_text(TENTH_OF_JANUARY)
    assert date_text("2026-09-01") == "1 Sep 2026"
    assert date_text(None) == "" and date_text("") == ""
    assert date_text("not a date") == "not a date"  # shown as stored, never hidden
