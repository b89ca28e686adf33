"""Drafts left unsubmitted at moderation: listed (never before moderation), submitted or withdrawn
only by their own evaluator, withdrawn ones kept but counted nowhere, and an item's consensus
refused until its drafts are settled."""

from __future__ import annotations

import json

import pytest
from sqlmodel import select

from coopeval.domain.lifecycle import LifecycleError
from coopeval.domain.numbers import InputError
from coopeval.services.evaluation import scores as evaluation
from coopeval.services.moderation import consensus as moderation
from coopeval.services.moderation import drafts
from coopeval.services.moderation import view as moderation_view
from coopeval.services.signoff import actions as signoff
from coopeval.services.workspace import Workspace
from coopeval.storage import audit
from coopeval.storage.tables import AuditEventRow, ScoreRow
from tests.helpers.workspaces import staged_file

WHY = "Strengths: a named lead and a timetable. Weaknesses: no measure of success."


@pytest.fixture
def evaluating(tmp_path_factory, tmp_path):
    """T1 in evaluation: Ann (evaluator) has submitted 4 and 1; Cal (chair) has drafts of 4 (with a
    rationale) and 5 (without one)."""
    path = tmp_path / "drafts.coopeval"
    t = staged_file(tmp_path_factory, path, "evaluation")
    ws = Workspace.open(path, actor="officer")
    b0, b1 = t.bids
    for bid, value in ((b0, 4), (b1, 1)):
        evaluation.save_score(ws, t.evaluator, bid, t.qualitative, value=value, rationale=WHY)
    evaluation.submit_scores(ws, t.evaluator)
    evaluation.save_score(ws, t.chair, b0, t.qualitative, value=4, rationale=WHY)
    evaluation.save_score(ws, t.chair, b1, t.qualitative, value=5)
    yield ws, t
    ws.close()


@pytest.fixture
def moderating(evaluating):
    ws, t = evaluating
    moderation.open_moderation(ws, t.reference)
    return ws, t


def status_of(ws, member_id, bid_id, measure_id) -> ScoreRow:
    with ws.reading() as session:
        return session.exec(select(ScoreRow).where(ScoreRow.member_id == member_id, ScoreRow.bid_id == bid_id,
                                                   ScoreRow.measure_id == measure_id)).one()


def test_drafts_are_not_listed_while_scoring_is_blind(evaluating):
    ws, t = evaluating
    with pytest.raises(LifecycleError, match="blind"):
        drafts.pending_drafts(ws, t.reference)


def test_drafts_are_listed_at_moderation_with_what_stops_each_being_submitted(moderating):
    ws, t = moderating
    pending = drafts.pending_drafts(ws, t.reference)
    assert [(d.member_id, d.bid_id, d.value) for d in pending] == [(t.chair, t.bids[0], 4), (t.chair, t.bids[1], 5)]
    assert [d.submittable for d in pending] == [True, False]
    assert pending[1].problem == "no rationale"


def test_the_evaluator_submits_a_draft_and_it_then_counts(moderating):
    ws, t = moderating
    first = drafts.pending_drafts(ws, t.reference)[0]
    before = moderation_view.moderation_grid(ws, t.reference).item(t.bids[0], t.qualitative)
    assert before.stats.count == 1 and before.pending_drafts == 1
    changes = drafts.submit_draft(ws, first.score_id, member_id=t.chair)
    assert "score" in changes.kinds
    row = status_of(ws, t.chair, t.bids[0], t.qualitative)
    assert row.status == "submitted" and row.submitted_at
    after = moderation_view.moderation_grid(ws, t.reference).item(t.bids[0], t.qualitative)
    assert after.stats.count == 2 and after.pending_drafts == 0 and after.stats.proposed == 4
    with ws.reading() as session:
        event = session.exec(select(AuditEventRow).where(AuditEventRow.entity == "score",
                                                         AuditEventRow.entity_id == first.score_id)
                             .order_by(AuditEventRow.seq.desc())).first()
        assert event.action == "submit_draft" and json.loads(event.before)["status"] == "draft"
        assert audit.verify(session).ok


def test_only_the_drafts_own_evaluator_settles_it(moderating):
    ws, t = moderating
    draft = drafts.pending_drafts(ws, t.reference)[0]
    with pytest.raises(InputError, match="Only Cal"):
        drafts.submit_draft(ws, draft.score_id, member_id=t.evaluator)
    with pytest.raises(InputError, match="Only Cal"):
        drafts.withdraw_draft(ws, draft.score_id, member_id=t.evaluator, reason="not mine")
    assert status_of(ws, t.chair, t.bids[0], t.qualitative).status == "draft"


def test_an_incomplete_draft_cannot_be_submitted_but_can_be_withdrawn_with_a_reason(moderating):
    ws, t = moderating
    incomplete = drafts.pending_drafts(ws, t.reference)[1]
    with pytest.raises(InputError, match="no rationale"):
        drafts.submit_draft(ws, incomplete.score_id, member_id=t.chair)
    with pytest.raises(InputError, match="reason"):
        drafts.withdraw_draft(ws, incomplete.score_id, member_id=t.chair, reason="  ")
    drafts.withdraw_draft(ws, incomplete.score_id, member_id=t.chair, reason="Ran out of time to write it up")
    row = status_of(ws, t.chair, t.bids[1], t.qualitative)
    assert (row.status, row.value) == ("withdrawn", 5)  # kept, value and all
    item = moderation_view.moderation_grid(ws, t.reference).item(t.bids[1], t.qualitative)
    assert item.stats.count == 1 and item.stats.max == 1  # Ann's 1 only: the withdrawn 5 does not count
    assert [s.status for s in item.scores] == ["submitted", "withdrawn"]
    with ws.reading() as session:
        event = session.exec(select(AuditEventRow).where(AuditEventRow.action == "withdraw_draft")).one()
        assert event.note == "Ran out of time to write it up"
    with pytest.raises(InputError, match="already withdrawn"):
        drafts.submit_draft(ws, incomplete.score_id, member_id=t.chair)


def test_submitting_several_is_all_or_nothing(moderating):
    ws, t = moderating
    ids = [d.score_id for d in drafts.pending_drafts(ws, t.reference)]
    with pytest.raises(InputError, match="cannot be submitted"):
        drafts.submit_drafts(ws, ids, member_id=t.chair)
    assert status_of(ws, t.chair, t.bids[0], t.qualitative).status == "draft"


def test_consensus_waits_until_the_items_drafts_are_settled(moderating):
    ws, t = moderating
    with pytest.raises(InputError, match="draft score"):
        moderation.record_consensus(ws, t.bids[0], t.qualitative, value=4, rationale="Agreed")
    draft = drafts.pending_drafts(ws, t.reference)[0]
    drafts.submit_draft(ws, draft.score_id, member_id=t.chair)
    view, _ = moderation.record_consensus(ws, t.bids[0], t.qualitative, value=4, rationale="Agreed")
    assert view.value == 4


def test_drafts_are_settled_only_during_moderation(evaluating):
    ws, t = evaluating
    with ws.reading() as session:
        score_id = session.exec(select(ScoreRow.id).where(ScoreRow.member_id == t.chair)).first()
    with pytest.raises(LifecycleError, match="during moderation"):
        drafts.submit_draft(ws, score_id, member_id=t.chair)


def test_withdrawn_drafts_do_not_hold_up_sign_off(moderating):
    ws, t = moderating
    assert signoff.checklist(ws, t.reference).draft_scores == 2
    first, second = drafts.pending_drafts(ws, t.reference)
    drafts.submit_draft(ws, first.score_id, member_id=t.chair)
    drafts.withdraw_draft(ws, second.score_id, member_id=t.chair, reason="Not finished")
    assert signoff.checklist(ws, t.reference).draft_scores == 0
    assert drafts.pending_drafts(ws, t.reference) == []
