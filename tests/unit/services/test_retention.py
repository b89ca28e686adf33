"""The retention date (PA 2023 s.98): "to be set at award", or the officer's date before an award; from the award on,
three years from the day the contract is entered into."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlmodel import select

from coopeval.domain.lifecycle import LifecycleError
from coopeval.domain.numbers import InputError
from coopeval.services.changes import ChangeKind
from coopeval.services.delivery import award
from coopeval.services.records.retention import NOT_ENTERED_TEXT, retention, set_retention, three_years_from
from coopeval.services.workspace import Workspace
from coopeval.storage import audit
from coopeval.storage.tables import AuditEventRow
from tests.helpers.awarded import END, NOTICE, START
from tests.helpers.workspaces import staged_file


@pytest.fixture
def signed_off(tmp_path_factory: pytest.TempPathFactory, tmp_path: Path):
    built = staged_file(tmp_path_factory, tmp_path / "t.coopeval", "signed_off")
    with Workspace.open(tmp_path / "t.coopeval") as ws:
        yield ws, built.reference


def test_before_an_award_it_is_to_be_set(signed_off) -> None:
    ws, ref = signed_off
    kept = retention(ws, ref)
    assert (kept.until, kept.text, kept.source) == (None, "to be set at award", "unset")


def test_the_officer_sets_a_date_typed_the_uk_way(signed_off) -> None:
    ws, ref = signed_off
    year = dt.date.today().year + 5
    kept, changes = set_retention(ws, ref, f"31/03/{year}")
    assert (kept.until, kept.source) == (f"{year}-03-31", "officer")
    assert kept.text.startswith(f"keep until 31 Mar {year} (set by the officer")
    assert ChangeKind.TENDER in changes.kinds
    assert retention(ws, ref) == kept
    with ws.reading() as session:
        last = session.exec(select(AuditEventRow).order_by(AuditEventRow.seq.desc())).first()  # type: ignore[attr-defined]
        assert last.action == "set_retention" and f"31 Mar {year}" in last.note
        assert audit.verify(session).ok
    assert set_retention(ws, ref, f"31 Mar {year}")[1].kinds == frozenset()  # the same date: nothing changes
    cleared, _ = set_retention(ws, ref, "")
    assert cleared.source == "unset"


@pytest.mark.parametrize(("typed", "message"), [("1 Jan 2020", "not in the future"), ("next year", "not a date")])
def test_a_past_or_unreadable_date_is_refused(signed_off, typed: str, message: str) -> None:
    ws, ref = signed_off
    with pytest.raises(InputError, match=message):
        set_retention(ws, ref, typed)
    assert retention(ws, ref).source == "unset"


def test_after_the_award_the_contract_decides(signed_off) -> None:
    ws, ref = signed_off
    set_retention(ws, ref, f"1 Jan {dt.date.today().year + 10}")
    award.record_award(ws, ref, bid="IP000", notice_date=NOTICE, start_on=START, end_on=END, value="1,000")
    kept = retention(ws, ref)
    assert (kept.until, kept.text, kept.source) == (None, NOT_ENTERED_TEXT, "contract")
    with pytest.raises(LifecycleError, match="awarded"):
        set_retention(ws, ref, f"1 Jan {dt.date.today().year + 20}")


def test_three_years_from_the_contract_entered_into(signed_off) -> None:
    ws, ref = signed_off
    award.record_award(ws, ref, bid="IP000", notice_date=NOTICE, start_on=START, end_on=END, value="1,000",
                       entered_on="31 Mar 2027")
    kept = retention(ws, ref)
    assert kept.until == "2030-03-31"
    assert kept.text == "keep until 31 Mar 2030 (three years from the contract entered into on 31 Mar 2027)"


def test_three_years_from_29_february_is_never_a_day_short() -> None:
    assert three_years_from(dt.date(2028, 2, 29)) == dt.date(2031, 3, 1)
    assert three_years_from(dt.date(2027, 1, 15)) == dt.date(2030, 1, 15)
