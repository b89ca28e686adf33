"""KPI ratings per rating period (issue 19 §4): the lines the officer rates, the suggestion, the reason rule, one
rating per commitment and period with the audit log keeping earlier ones, and per-tender thresholds."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlmodel import select

from coopeval.domain.lifecycle import LifecycleError
from coopeval.domain.numbers import InputError
from coopeval.services.delivery import award, commitments, entries, ratings
from coopeval.services.delivery.views import CommitmentView
from coopeval.services.workspace import Workspace
from coopeval.storage import audit
from coopeval.storage.tables import AuditEventRow, RatingRow
from tests.helpers.awarded import awarded_tender
from tests.helpers.workspaces import BuiltTender

LATER = dt.date(2029, 6, 1)  # every quarter of the contract (15 Apr 2027 to 14 Apr 2029) has started
YEAR = "2027-2028"  # 15 Apr 2027 to 31 Mar 2028: 352 of the contract's 731 days


def by_code(ws: Workspace, built: BuiltTender) -> dict[str, CommitmentView]:
    return {c.code: c for c in commitments.list_commitments(ws, built.reference)}


def deliver(ws: Workspace, commitment: int, period: str, check: str = "accepted", **values: object) -> None:
    view, _ = entries.record_delivery(ws, commitment, period, today=LATER, **values)  # type: ignore[arg-type]
    if check != "pending":
        entries.check_delivery(ws, view.id, check, "" if check == "accepted" else "the figures do not add up")


@pytest.fixture
def delivering(tmp_path, tmp_path_factory):
    """T1 awarded and in delivery; LOC-03 and LOC-01 are marked KPIs."""
    ws, built, _ = awarded_tender(tmp_path, factory=tmp_path_factory)
    with ws:
        award.start_delivery(ws, built.reference)
        cs = by_code(ws, built)
        for code in ("LOC-03", "LOC-01"):
            commitments.set_s52_kpi(ws, cs[code].id, True, reason="a KPI of the contract")
        yield ws, built, by_code(ws, built)


def test_lines_put_the_kpis_first_and_count_only_the_years_accepted_entries(delivering) -> None:
    ws, built, cs = delivering
    hours = cs["LOC-03"]
    deliver(ws, hours.id, "2027-Q1", actual="5")
    deliver(ws, hours.id, "2027-Q2", actual="6")
    deliver(ws, hours.id, "2027-Q3", "queried", actual="100")  # not the council's record
    deliver(ws, hours.id, "2028-Q1", actual="50")  # the next year
    lines = ratings.rating_lines(ws, built.reference, YEAR)
    assert [x.commitment.code for x in lines[:2]] == ["LOC-01", "LOC-03"]  # the KPIs, in contract order
    assert all(x.kpi for x in lines[:2]) and not any(x.kpi for x in lines[2:])
    line = next(x for x in lines if x.commitment.code == "LOC-03")
    assert line.delivered == "11"
    assert line.unchecked == 1
    target = Decimal(hours.target)
    assert line.promised == f"{(target * 352 / 731).quantize(Decimal('0.01')).normalize():f}"
    assert line.period_text == "April 2027 to March 2028" and line.first == "2027-04-15"
    assert line.rating is None


def test_suggestion_follows_the_tenders_thresholds(delivering) -> None:
    ws, built, cs = delivering
    hours = cs["LOC-03"]
    promised = Decimal(hours.target) * 352 / 731
    deliver(ws, hours.id, "2027-Q1", actual=str((promised * Decimal("0.85")).quantize(Decimal("0.01"))))

    def suggestion() -> str:
        return next(x for x in ratings.rating_lines(ws, built.reference, YEAR) if x.commitment.id == hours.id).suggestion

    assert suggestion() == "improvement"  # 85 %: at least 70, below 90
    ratings.set_thresholds(ws, built.reference, "90", "80", "50")
    assert suggestion() == "approaching"
    with pytest.raises(InputError, match="fall from Good"):
        ratings.set_thresholds(ws, built.reference, "80", "90", "50")
    with pytest.raises(InputError, match="not a number"):
        ratings.set_thresholds(ws, built.reference, "lots", "90", "50")


def test_a_rating_other_than_the_suggestion_needs_a_reason(delivering) -> None:
    ws, built, cs = delivering
    hours = cs["LOC-03"]
    with pytest.raises(InputError, match="reason for the rating is required.*suggests Other"):
        ratings.record_rating(ws, hours.id, YEAR, "good")  # nothing reported: nothing to compute from
    deliver(ws, hours.id, "2027-Q1", actual="0")
    with pytest.raises(InputError, match="reason for the rating is required.*suggests Inadequate"):
        ratings.record_rating(ws, hours.id, YEAR, "good")
    ratings.record_rating(ws, hours.id, YEAR, "inadequate")
    with pytest.raises(InputError, match="not a rating"):
        ratings.record_rating(ws, hours.id, YEAR, "excellent", "why not")
    with pytest.raises(InputError, match="2026-2027 is not one of this contract's rating periods"):
        ratings.record_rating(ws, hours.id, "2026-2027", "inadequate")
    line = next(x for x in ratings.rating_lines(ws, built.reference, YEAR) if x.commitment.id == hours.id)
    assert (line.rating, line.reason, line.suggested_then) == ("inadequate", "", "inadequate")


def test_rating_again_updates_the_one_rating_and_the_audit_log_keeps_the_first(delivering) -> None:
    ws, built, cs = delivering
    hours = cs["LOC-03"]
    deliver(ws, hours.id, "2027-Q1", actual="0")
    ratings.record_rating(ws, hours.id, YEAR, "inadequate")
    ratings.record_rating(ws, hours.id, YEAR, "approaching", "the supplier caught up after the report")
    with ws.reading() as session:
        stored = list(session.exec(select(RatingRow).where(RatingRow.commitment_id == hours.id)))
        events = list(session.exec(select(AuditEventRow).where(AuditEventRow.entity == "rating")))
        assert audit.verify(session).ok
    assert [(r.rating, r.reason) for r in stored] == [("approaching", "the supplier caught up after the report")]
    assert [e.action for e in events] == ["create", "update"]
    assert "inadequate" in (events[1].before or "")


def test_thresholds_change_suggestions_never_stored_ratings(delivering) -> None:
    ws, built, cs = delivering
    hours = cs["LOC-03"]
    deliver(ws, hours.id, "2027-Q1", actual="0")
    ratings.record_rating(ws, hours.id, YEAR, "inadequate")
    ratings.set_thresholds(ws, built.reference, "1", "0.5", "0")  # 0 % delivered: now Requires improvement
    line = next(x for x in ratings.rating_lines(ws, built.reference, YEAR) if x.commitment.id == hours.id)
    assert (line.rating, line.suggested_then, line.suggestion) == ("inadequate", "inadequate", "improvement")
    assert line.differs


def test_a_qualitative_commitment_is_suggested_other(delivering) -> None:
    ws, built, cs = delivering
    plan = cs["LOC-04"]
    deliver(ws, plan.id, "2027-Q1", answer="partly")
    line = next(x for x in ratings.rating_lines(ws, built.reference, YEAR) if x.commitment.id == plan.id)
    assert (line.suggestion, line.answers, line.delivered) == ("other", ("partly",), None)
    ratings.record_rating(ws, plan.id, YEAR, "other")
    ratings.record_rating(ws, plan.id, YEAR, "approaching", "the plan is half delivered, on time")


def test_ratings_only_in_delivery_or_after(tmp_path, tmp_path_factory) -> None:
    ws, built, _ = awarded_tender(tmp_path, factory=tmp_path_factory)
    with ws:
        first = commitments.list_commitments(ws, built.reference)[0]
        with pytest.raises(LifecycleError, match="once delivery has started"):
            ratings.record_rating(ws, first.id, YEAR, "other")
        assert [p.key for p in ratings.rating_periods(ws, built.reference)] == ["2027-2028", "2028-2029", "2029-2030"]
        award.start_delivery(ws, built.reference)
        award.close_contract(ws, built.reference)
        ratings.record_rating(ws, first.id, "2029-2030", "other")  # the final assessment, once closed
        with pytest.raises(LifecycleError, match="closed"):
            ratings.set_thresholds(ws, built.reference, "100", "90", "60")
