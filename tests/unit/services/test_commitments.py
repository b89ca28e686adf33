"""The contract's commitments (issue 19 §2): seeded from the winning bid when the award is recorded, edited freely
while awarded, changed only as recorded contract changes once delivery starts, frozen once closed; the s.52 KPIs."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlmodel import select

from coopeval.domain.errors import CoopEvalError
from coopeval.domain.identity import Actor
from coopeval.domain.lifecycle import LifecycleError
from coopeval.domain.numbers import InputError
from coopeval.services.changes import ChangeKind
from coopeval.services.delivery import award, entries
from coopeval.services.delivery import commitments as svc
from coopeval.services.identity.guard import NotPermittedError
from coopeval.services.moderation import consensus as moderation
from coopeval.services.rows import save
from coopeval.services.signoff import actions as signoff
from coopeval.services.workspace import Workspace
from coopeval.storage import audit
from coopeval.storage.tables import AuditEventRow, CommitmentRow, ContractChangeRow, RatingRow
from tests.helpers.awarded import award_built, awarded_tender
from tests.helpers.workspaces import advance, build, create_workspace, draft_tender


@pytest.fixture
def awarded(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory):
    ws, built, view = awarded_tender(tmp_path, factory=tmp_path_factory)
    with ws:
        yield ws, built, view


def _by_code(ws: Workspace, ref: str = "T1") -> dict[str, list]:
    out: dict[str, list] = {}
    for c in svc.list_commitments(ws, ref):
        out.setdefault(c.code, []).append(c)
    return out


def test_the_award_seeds_one_commitment_per_measure_from_the_winning_bid(awarded) -> None:
    ws, built, view = awarded
    listed = svc.list_commitments(ws, "T1")
    assert [c.code for c in listed] == ["LOC-01", "LOC-02", "LOC-03", "LOC-04", "LOC-05"]
    assert {c.award_id for c in listed} == {view.id}
    jobs = listed[0]
    assert (jobs.kind, jobs.target, jobs.unit, jobs.direction) == ("quantitative", "10", "FTE", "higher")
    assert jobs.text == "FTE posts held by Vale residents, reported quarterly."
    assert jobs.title == "New jobs on the contract filled by Vale residents"
    carbon = listed[4]  # recorded only, never scored: still a promise
    assert (carbon.kind, carbon.target, carbon.unit) == ("quantitative", "10", "tCO2e")
    plan = listed[3]
    assert (plan.kind, plan.target, plan.unit) == ("qualitative", None, None)
    assert plan.text == "Activities delivered against the plan, reported annually."
    assert svc.to_lift(ws, "T1") == ["LOC-04"]
    assert not any(c.s52_kpi or c.removed for c in listed)
    assert all(c.delivered is None and c.latest_rating is None for c in listed)


def test_the_consensus_quantity_wins_over_the_bids_own(tmp_path: Path) -> None:
    with create_workspace(tmp_path / "w.coopeval") as ws:
        t = draft_tender(ws)
        advance(ws, t, "moderation")
        for bid in t.bids:
            for measure in t.measures:
                value = 3 if measure == t.qualitative else None
                quantity, reason = ("7", "Two of the posts were already filled: business as usual.") \
                    if (bid, measure) == (t.bids[0], t.measures[0]) else (None, "")
                moderation.record_consensus(ws, bid, measure, value=value, rationale="Agreed by the panel.",
                                            present=["Ann", "Cal"], accepted_quantity=quantity, quantity_reason=reason)
        for member in t.scorers:
            signoff.sign(ws, member, "I confirm the evaluation was fair.")
        signoff.finalise(ws, t.reference, t.chair)
        award_built(ws, t)
        jobs = _by_code(ws)["LOC-01"][0]
        assert jobs.target == "7"
        assert "Promised" not in jobs.text  # the figure is the target, never repeated in the words


def test_seeding_is_audited(awarded) -> None:
    ws, _, _ = awarded
    with ws.reading() as session:
        events = list(session.exec(select(AuditEventRow).where(AuditEventRow.entity == "commitment")))
    assert [e.action for e in events] == ["seed_commitment"] * 5


def test_only_the_current_awards_commitments_are_listed(awarded) -> None:
    ws, built, first = awarded
    award.withdraw_award(ws, "T1", "The supplier could not sign.")
    assert svc.list_commitments(ws, "T1") == []
    assert svc.kpi_problem(ws, "T1") is None
    second = award_built(ws, built, bid=1)
    listed = svc.list_commitments(ws, "T1")
    assert {c.award_id for c in listed} == {second.id}
    assert listed[0].target == "11"
    with ws.reading() as session:  # the withdrawn award's commitments stay in the record
        assert len(list(session.exec(select(CommitmentRow)))) == 10
        old = session.exec(select(CommitmentRow).where(CommitmentRow.award_id == first.id)).first()
    with pytest.raises(InputError, match="withdrawn award"):
        svc.update_commitment(ws, old.id, text="Something else.")


def test_while_awarded_edits_are_plain_audited_changes(awarded) -> None:
    ws, _, _ = awarded
    plan = _by_code(ws)["LOC-04"][0]
    view, changes = svc.update_commitment(ws, plan.id, text="Four community events a year, open to all.",
                                          target="4")
    assert (view.text, view.target) == ("Four community events a year, open to all.", "4")
    assert changes.kinds == {ChangeKind.COMMITMENT}
    added, _ = svc.add_commitment(ws, "T1", code="LOC-04", text="A named contact for community groups.")
    assert (added.kind, added.position, added.target) == ("qualitative", plan.position, None)
    assert [c.id for c in _by_code(ws)["LOC-04"]] == [plan.id, added.id]  # beside its measure's other line
    assert svc.to_lift(ws, "T1") == []
    jobs = _by_code(ws)["LOC-01"][0]
    svc.update_commitment(ws, jobs.id, target="12.50")
    assert _by_code(ws)["LOC-01"][0].target == "12.5"
    svc.set_s52_kpi(ws, jobs.id, True)
    assert _by_code(ws)["LOC-01"][0].s52_kpi
    svc.remove_commitment(ws, added.id)
    assert [c.id for c in _by_code(ws)["LOC-04"]] == [plan.id]
    assert added.id in [c.id for c in svc.list_commitments(ws, "T1", include_removed=True)]
    assert svc.contract_changes(ws, "T1") == []  # before delivery nothing is a contract change
    with ws.reading() as session:
        actions = [e.action for e in session.exec(select(AuditEventRow).where(AuditEventRow.entity == "commitment")
                                                  .order_by(AuditEventRow.seq))][5:]
    assert actions == ["update_commitment", "add_commitment", "update_commitment", "set_s52_kpi",
                       "remove_commitment"]


def test_nothing_changed_writes_nothing(awarded) -> None:
    ws, _, _ = awarded
    jobs = _by_code(ws)["LOC-01"][0]
    _, changes = svc.update_commitment(ws, jobs.id, text=jobs.text + "  ", target="10.0")
    assert changes.kinds == frozenset()
    assert svc.set_s52_kpi(ws, jobs.id, False).kinds == frozenset()


@pytest.mark.parametrize("kwargs, message", [
    ({"code": "LOC-99", "text": "x"}, "LOC-99"),
    ({"code": "LOC-04", "text": "   "}, "required"),
    ({"code": "LOC-04", "text": "x" * 4001}, "too long"),
    ({"code": "LOC-01", "text": "More jobs.", "target": "-1"}, "at least 0"),
    ({"code": "LOC-01", "text": "More jobs.", "target": "lots"}, "not a number"),
])
def test_bad_input_is_refused(awarded, kwargs, message) -> None:
    ws, _, _ = awarded
    with pytest.raises(InputError, match=message):
        svc.add_commitment(ws, "T1", **kwargs)
    assert len(svc.list_commitments(ws, "T1", include_removed=True)) == 5


def test_once_delivery_starts_each_change_needs_a_reason_and_is_recorded(awarded) -> None:
    ws, _, _ = awarded
    award.start_delivery(ws, "T1")
    jobs = _by_code(ws)["LOC-01"][0]
    with pytest.raises(InputError, match="reason"):
        svc.update_commitment(ws, jobs.id, target="8")
    with pytest.raises(InputError, match="reason"):
        svc.set_s52_kpi(ws, jobs.id, True)
    assert _by_code(ws)["LOC-01"][0].target == "10"
    svc.update_commitment(ws, jobs.id, text="FTE posts held by Vale residents.", target="8",
                          reason="Varied by agreement: one site closed.")
    svc.set_s52_kpi(ws, jobs.id, True, reason="Named in the contract details notice.")
    added, _ = svc.add_commitment(ws, "T1", code="LOC-04", text="Quarterly open day.", reason="Agreed at review.")
    svc.remove_commitment(ws, added.id, reason="Replaced by the community plan.")
    changes = svc.contract_changes(ws, "T1")
    assert [(c.code, c.what, c.before, c.after) for c in changes] == [
        ("LOC-01", "text", "FTE posts held by Vale residents, reported quarterly.",
         "FTE posts held by Vale residents."),
        ("LOC-01", "target", "10", "8"),
        ("LOC-01", "s52_kpi", "no", "yes"),
        ("LOC-04", "added", "", "Quarterly open day."),
        ("LOC-04", "removed", "Quarterly open day.", "removed from the contract"),
    ]
    assert changes[0].reason == "Varied by agreement: one site closed."
    assert {c.person for c in changes} == {"Test Runner"}
    with ws.reading() as session:
        events = list(session.exec(select(AuditEventRow).where(AuditEventRow.entity == "contract_change")))
    assert len(events) == 5


def test_closed_contracts_and_unawarded_tenders_are_refused(awarded, tmp_path: Path) -> None:
    ws, _, _ = awarded
    jobs = _by_code(ws)["LOC-01"][0]
    award.start_delivery(ws, "T1")
    award.close_contract(ws, "T1")
    for act in (lambda: svc.update_commitment(ws, jobs.id, target="1", reason="r"),
                lambda: svc.set_s52_kpi(ws, jobs.id, True, reason="r"),
                lambda: svc.remove_commitment(ws, jobs.id, reason="r"),
                lambda: svc.add_commitment(ws, "T1", code="LOC-04", text="x", reason="r")):
        with pytest.raises(LifecycleError, match="closed"):
            act()
    build(tmp_path / "s.coopeval", "signed_off")
    with Workspace.open(tmp_path / "s.coopeval") as signed:
        with pytest.raises(LifecycleError, match="not been awarded"):
            svc.add_commitment(signed, "T1", code="LOC-04", text="x")
        assert svc.list_commitments(signed, "T1") == []
        assert svc.kpi_problem(signed, "T1") is None


@pytest.mark.parametrize("value, marked, problem", [
    ("5,000,000", 0, None),
    ("5,000,000.01", 0, "This contract is worth more than £5 million: PA 2023 s.52 needs at least three KPIs; "
                        "0 are marked."),
    ("6,000,000", 1, "1 is marked."),
    ("6,000,000", 3, None),
])
def test_s52_needs_three_kpis_over_five_million(tmp_path: Path, tmp_path_factory, value, marked, problem) -> None:
    ws, _, _ = awarded_tender(tmp_path, value=value, factory=tmp_path_factory)
    with ws:
        for c in svc.list_commitments(ws, "T1")[:marked]:
            svc.set_s52_kpi(ws, c.id, True)
        found = svc.kpi_problem(ws, "T1")
    assert found == problem or (problem is not None and found is not None and found.endswith(problem))


def test_removed_kpis_do_not_count(tmp_path: Path, tmp_path_factory) -> None:
    ws, _, _ = awarded_tender(tmp_path, value="6,000,000", factory=tmp_path_factory)
    with ws:
        listed = svc.list_commitments(ws, "T1")
        for c in listed[:3]:
            svc.set_s52_kpi(ws, c.id, True)
        assert svc.kpi_problem(ws, "T1") is None
        svc.remove_commitment(ws, listed[0].id)
        assert svc.kpi_problem(ws, "T1").endswith("2 are marked.")


def test_the_latest_rating_is_listed(awarded) -> None:
    ws, _, _ = awarded
    jobs = _by_code(ws)["LOC-01"][0]
    with ws.writing() as session:
        for period, rating in (("2028-2029", "approaching"), ("2027-2028", "good")):
            save(ws, session, RatingRow(tender_id=jobs.tender_id, commitment_id=jobs.id, period=period,
                                        suggested=rating, rating=rating, made_at=audit.now_utc()), "rate", None, "T1")
    assert _by_code(ws)["LOC-01"][0].latest_rating == "approaching"
    assert _by_code(ws)["LOC-02"][0].latest_rating is None


def test_an_unknown_commitment_is_not_found(awarded) -> None:
    ws, _, _ = awarded
    with pytest.raises(CoopEvalError, match="no commitment 9999"):
        svc.remove_commitment(ws, 9999)
    with ws.reading() as session:
        assert list(session.exec(select(ContractChangeRow))) == []


def test_delivered_to_date_counts_accepted_figures_only(awarded) -> None:
    ws, _, _ = awarded
    award.start_delivery(ws, "T1")
    jobs = _by_code(ws)["LOC-01"][0]
    today = date(2028, 1, 1)
    first, _ = entries.record_delivery(ws, jobs.id, "2027-Q1", actual="3", today=today)
    second, _ = entries.record_delivery(ws, jobs.id, "2027-Q2", actual="2.5", today=today)
    assert _by_code(ws)["LOC-01"][0].delivered is None  # pending: the supplier's claim, not yet the record
    entries.check_delivery(ws, first.id, "accepted")
    assert _by_code(ws)["LOC-01"][0].delivered == "3"
    entries.check_delivery(ws, second.id, "accepted")
    assert _by_code(ws)["LOC-01"][0].delivered == "2.5"  # FTE is a level: the latest accepted quarter, never a sum
    assert _by_code(ws)["LOC-02"][0].delivered is None


def test_only_an_officer_changes_commitments(awarded) -> None:
    ws, _, _ = awarded
    jobs = _by_code(ws)["LOC-01"][0]
    ws.person = Actor(999, "Pat", frozenset())  # known to the workspace, no role, on no panel
    for act in (lambda: svc.add_commitment(ws, "T1", code="LOC-04", text="A named contact."),
                lambda: svc.update_commitment(ws, jobs.id, target="1"),
                lambda: svc.set_s52_kpi(ws, jobs.id, True),
                lambda: svc.remove_commitment(ws, jobs.id)):
        with pytest.raises(NotPermittedError, match="change the tender's set-up"):
            act()
    assert svc.list_commitments(ws, "T1")[0] == jobs  # reading needs no role
