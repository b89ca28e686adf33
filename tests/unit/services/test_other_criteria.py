"""The tender's other award criteria and their scores (issue 21): recording, checks, the award lock, the audit
trail, and the whole result they make with the social value results."""

from __future__ import annotations

import pytest

from coopeval.domain.lifecycle import LifecycleError
from coopeval.domain.numbers import InputError
from coopeval.services.changes import ChangeKind
from coopeval.services.criteria import criteria, whole
from coopeval.services.delivery import award
from coopeval.services.results.compute import tender_results
from coopeval.services.workspace import NotFoundError, Workspace
from coopeval.storage import audit
from tests.helpers.workspaces import staged_file


@pytest.fixture
def signed(tmp_path_factory, tmp_path):
    path = tmp_path / "w.coopeval"
    built = staged_file(tmp_path_factory, path, "signed_off")
    with Workspace.open(path, actor="officer") as ws:
        yield ws, built


def _complete(ws):
    price, changes = criteria.add_criterion(ws, "T1", name="Price", kind="price", weight="60", max_score="100",
                                            method="lowest ÷ bid × 100")
    assert changes.kinds == {ChangeKind.OTHER_CRITERIA}
    quality, _ = criteria.add_criterion(ws, "T1", name="Quality", kind="Quality", weight="30", max_score="5")
    criteria.record_other_score(ws, price.id, "IP000", score="100", reasons="Pricing schedule tab 2: lowest.")
    criteria.record_other_score(ws, price.id, "ip001", score="80", reasons="Pricing schedule tab 2: £25k more.")
    criteria.record_other_score(ws, quality.id, "IP000", score="2", reasons="Method statement s.3 is thin.")
    criteria.record_other_score(ws, quality.id, "IP001", score="5", reasons="Method statement s.2 names suppliers.")
    return price, quality


def test_the_whole_result_adds_social_value_points_to_each_criterion(signed):
    ws, _ = signed
    _complete(ws)
    result = whole.whole_result(ws, "T1")
    assert result.recorded and result.complete and result.problems == ()
    sv = {b.bid_id: b.tender_points for b in tender_results(ws, "T1").results.bids}
    lines = {ln.bid_identifier: ln for ln in result.lines}
    # IP000: sv + 60 + 12; IP001: sv + 48 + 30
    assert lines["IP000"].other_points == (("Price", "60.00"), ("Quality", "12.00"))
    assert lines["IP001"].other_points == (("Price", "48.00"), ("Quality", "30.00"))
    totals = {k: sv[k] + v for k, v in (("IP000", 72), ("IP001", 78))}
    best = max(totals, key=lambda k: totals[k])
    assert result.most_advantageous == best and result.lines[0].bid_identifier == best and result.lines[0].rank == 1


def test_incomplete_until_weights_make_100_and_every_bid_is_scored(signed):
    ws, _ = signed
    price, _ = criteria.add_criterion(ws, "T1", name="Price", kind="price", weight="50", max_score="100")
    criteria.record_other_score(ws, price.id, "IP000", score="100", reasons="Pricing schedule tab 2.")
    result = whole.whole_result(ws, "T1")
    assert result.recorded and not result.complete and result.most_advantageous is None
    assert any("add up to 60%" in p for p in result.problems)
    assert '"Price" has no score for IP001.' in result.problems


def test_a_form_with_many_faults_is_refused_with_every_one(signed):
    ws, _ = signed
    with pytest.raises(InputError) as exc:
        criteria.add_criterion(ws, "T1", name="", kind="cost", weight="120", max_score="0")
    assert len(exc.value.messages) == 4
    assert criteria.list_criteria(ws, "T1") == []


def test_scores_outside_the_scale_without_reasons_or_for_unknown_bids_are_refused(signed):
    ws, _ = signed
    q, _ = criteria.add_criterion(ws, "T1", name="Quality", kind="quality", weight="30", max_score="5")
    with pytest.raises(InputError, match="at most 5"):
        criteria.record_other_score(ws, q.id, "IP000", score="6", reasons="Section 2.")
    with pytest.raises(InputError, match="Reasons is required"):
        criteria.record_other_score(ws, q.id, "IP000", score="3", reasons="  ")
    with pytest.raises(NotFoundError):
        criteria.record_other_score(ws, q.id, "IP999", score="3", reasons="Section 2.")
    with pytest.raises(InputError, match="already has a criterion"):
        criteria.add_criterion(ws, "T1", name="quality", kind="quality", weight="10", max_score="5")


def test_recording_the_same_score_again_changes_nothing_and_an_edit_is_audited(signed):
    ws, _ = signed
    q, _ = criteria.add_criterion(ws, "T1", name="Quality", kind="quality", weight="30", max_score="5")
    criteria.record_other_score(ws, q.id, "IP000", score="3", reasons="Section 2.")
    with ws.reading() as s:
        head = audit.head(s)
    _, changes = criteria.record_other_score(ws, q.id, "IP000", score="3.0", reasons="Section 2.")
    assert changes.kinds == frozenset()
    with ws.reading() as s:
        assert audit.head(s) == head
    with pytest.raises(InputError, match="above 2"):
        criteria.update_criterion(ws, q.id, max_score="2")
    view, _ = criteria.update_criterion(ws, q.id, weight="35")
    assert view.weight == "35"


def test_removing_keeps_the_criterion_in_the_record_with_the_reason(signed):
    ws, _ = signed
    q, _ = criteria.add_criterion(ws, "T1", name="Quality", kind="quality", weight="30", max_score="5")
    with pytest.raises(InputError, match="Reason"):
        criteria.remove_criterion(ws, q.id, "")
    criteria.remove_criterion(ws, q.id, "Entered twice")
    assert criteria.list_criteria(ws, "T1") == []
    with ws.reading() as s:
        from sqlmodel import select

        from coopeval.storage.tables import AuditEventRow
        events = [e for e in s.exec(select(AuditEventRow).where(AuditEventRow.entity == "other_criterion"))]
    assert events[-1].action == "remove" and events[-1].note == "Entered twice"


def test_refused_from_the_award_on(signed):
    ws, _ = signed
    price, quality = _complete(ws)
    award.record_award(ws, "T1", bid="IP000", notice_date="18/12/2026", start_on="1 Feb 2027", end_on="2030-01-31",
                       value="£1,250,000")
    with pytest.raises(LifecycleError, match="withdraw the award first"):
        criteria.record_other_score(ws, price.id, "IP000", score="90", reasons="Pricing schedule.")
    with pytest.raises(LifecycleError, match="withdraw the award first"):
        criteria.add_criterion(ws, "T1", name="Delivery", kind="other", weight="1", max_score="5")
