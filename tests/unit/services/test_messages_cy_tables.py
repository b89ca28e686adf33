"""Label tables, default `what`s, dates and the tender-file import checks follow the language (issue 22): the
`N_`-marked tables keep their English (other code compares them), the words shown come through `_()`, and a
default argument is translated when it is used, not when the module loads. A tiny catalogue built with Babel in a
temporary folder stands in for the shipped Welsh, so this checks the wiring, not the wording."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from coopeval import i18n
from coopeval.domain import dates, lifecycle, periods, ratings, standstill
from coopeval.domain.errors import InvalidFileError
from coopeval.domain.numbers import InputError, pounds_to_pence
from coopeval.services.interchange.checks import check_document
from tests.helpers.catalogues import welsh_gettext
from tests.helpers.i18n_scan import ROOT, scan

WELSH = {
    "must be a JSON object (a CoopEval tender file), not {kind}":
        "rhaid iddo fod yn wrthrych JSON (ffeil tendr CoopEval), nid {kind}",
    "a list": "rhestr",
    "{time} on {weekday} {day} {month} {year}": "{time} ar {weekday} {day} {month} {year}",
    "{first} to {last} {year}": "{first} i {last} {year}",
    "Date": "Dyddiad",
    "{what}: {raw!r} is not a date; write it as 10/01/2027 or 10 Jan 2027.":
        "{what}: nid yw {raw!r} yn ddyddiad; ysgrifennwch ef fel 10/01/2027 neu 10 Ion 2027.",
    "Contract value": "Gwerth y contract",
    "evaluator": "gwerthuswr",
    "Good": "Da",
    "a light touch contract": "contract cyffyrddiad ysgafn",
}


@pytest.fixture
def welsh_catalogue(tmp_path: Path) -> Iterator[Path]:
    with welsh_gettext(tmp_path / "i18n", WELSH) as folder:
        yield folder


def test_a_tender_file_problem_is_in_welsh_and_unchanged_in_english(welsh_catalogue: Path) -> None:
    with i18n.language("cy"), pytest.raises(InvalidFileError) as welsh:
        check_document([], "tender.json")
    assert [p.message for p in welsh.value.problems] == ["rhaid iddo fod yn wrthrych JSON (ffeil tendr CoopEval), "
                                                         "nid rhestr"]
    with pytest.raises(InvalidFileError) as english:
        check_document([], "tender.json")
    assert [p.message for p in english.value.problems] == ["must be a JSON object (a CoopEval tender file), not a list"]


def test_deadlines_and_periods_name_days_and_months_in_the_language(welsh_catalogue: Path) -> None:
    assert dates.deadline_text("2027-01-15T12:00") == "12:00 on Friday 15 January 2027"
    assert periods.period_text("2027-Q1") == "April to June 2027"
    assert periods.period_text("2027-2028") == "April 2027 to March 2028"
    with i18n.language("cy"):
        assert dates.deadline_text("2027-01-15T12:00") == "12:00 ar Dydd Gwener 15 Ionawr 2027"
        assert periods.period_text("2027-Q1") == "Ebrill i Mehefin 2027"
        assert i18n.weekday_name(6) == "Dydd Sul"


def test_default_whats_are_translated_when_used(welsh_catalogue: Path) -> None:
    with i18n.language("cy"):
        with pytest.raises(InputError) as refused:
            dates.parse_date("not a day")
        assert str(refused.value).startswith("Dyddiad: nid yw 'not a day' yn ddyddiad")
        with pytest.raises(InputError) as value:
            pounds_to_pence("-1")
        assert "Gwerth y contract" in str(value.value)  # the translated default, inside the shipped sentence
    with pytest.raises(InputError) as english:
        dates.parse_date("not a day")
    assert str(english.value).startswith("Date: 'not a day' is not a date")


def test_label_tables_keep_their_english_and_translate_where_shown(welsh_catalogue: Path) -> None:
    assert ratings.LABELS[ratings.GOOD] == "Good"
    assert standstill.EXEMPTIONS["light_touch"] == "a light touch contract"
    assert (lifecycle.role_label("evaluator"), ratings.label("good")) == ("evaluator", "Good")
    with i18n.language("cy"):
        assert ratings.LABELS[ratings.GOOD] == "Good"
        assert ratings.label("good") == "Da"
        assert standstill.exemption_text("light_touch") == "contract cyffyrddiad ysgafn"
        assert lifecycle.role_label("evaluator") == "gwerthuswr"
        assert lifecycle.role_label("someone") == "someone"


@pytest.mark.parametrize("path", [
    "coopeval/services/interchange/checks.py", "coopeval/services/interchange/schema.py", "coopeval/domain/dates.py",
    "coopeval/domain/periods.py", "coopeval/domain/ratings.py", "coopeval/domain/standstill.py",
    "coopeval/services/setup/safe_spreadsheet.py", "coopeval/services/delivery/entries.py",
    "coopeval/services/records/retention.py", "coopeval/services/packs/verify.py",
])
def test_nothing_is_left_unwrapped(path: str) -> None:
    assert list(scan([ROOT / path])) == []
