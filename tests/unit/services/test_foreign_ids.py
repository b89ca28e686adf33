"""Services that take a tender (or a member, bid or score) together with ids of things inside a tender
refuse ids of another tender with NotFoundError naming what is not part of what, and change nothing.
An id from another workspace, whose ids may coincide with this one's, is refused the same way.

One workspace holds T1 (signed off), T2 (in moderation) and T3 (in evaluation), built by the same
steps, so every id of one has a counterpart of the same kind in the others."""

from __future__ import annotations

import pytest
from sqlmodel import select

from coopeval.services.bids import entry as bids
from coopeval.services.evaluation import scores as evaluation
from coopeval.services.moderation import consensus as moderation
from coopeval.services.moderation import drafts
from coopeval.services.moderation import view as moderation_view
from coopeval.services.panel import members as panel
from coopeval.services.signoff import actions as signoff
from coopeval.services.workspace import NotFoundError, Workspace
from coopeval.storage.tables import AuditEventRow
from tests.helpers.workspaces import advance, create_workspace, draft_tender


@pytest.fixture(scope="module")
def two(tmp_path_factory):
    path = tmp_path_factory.mktemp("foreign-ids") / "two.coopeval"
    with create_workspace(path) as ws:
        t1, t2, t3 = draft_tender(ws, "T1"), draft_tender(ws, "T2"), draft_tender(ws, "T3")
        officer1, _ = panel.add_member(ws, "T1", name="Ola", role="officer")
        officer2, _ = panel.add_member(ws, "T2", name="Ola", role="officer")
        advance(ws, t1, "signed_off")
        advance(ws, t2, "moderation")
        advance(ws, t3, "evaluation")
    ws = Workspace.open(path, actor="officer")
    yield ws, t1, t2, officer1.id, officer2.id, t3
    ws.close()


@pytest.fixture
def unchanged(two):
    """Fails the test if a refused call wrote anything: the audit log gains no event."""
    ws = two[0]
    count = _events(ws)
    yield
    assert _events(ws) == count


def _events(ws: Workspace) -> int:
    with ws.reading() as session:
        return len(list(session.exec(select(AuditEventRow.seq))))


def test_consensus_and_history_refuse_a_measure_of_another_tender(two, unchanged):
    ws, t1, t2, *_ = two
    with pytest.raises(NotFoundError, match="not part of the same tender"):
        moderation.record_consensus(ws, t2.bids[0], t1.qualitative, value=3, rationale="Agreed.")
    with pytest.raises(NotFoundError, match="not part of the same tender"):
        moderation_view.item_history(ws, t2.bids[0], t1.qualitative)


def test_a_response_or_score_refuses_ids_of_another_tender(two, unchanged):
    ws, t1, *_, t3 = two
    with pytest.raises(NotFoundError, match="not part of tender T3"):
        bids.set_response(ws, t3.bids[0], t1.measures[0], text="misplaced")
    with pytest.raises(NotFoundError, match="not part of this tender"):
        evaluation.save_score(ws, t3.evaluator, t1.bids[0], t3.qualitative, value=3, rationale="misplaced")


def test_a_declaration_refuses_a_bid_of_another_tender(two, unchanged):
    ws, t1, t2, *_ = two
    with pytest.raises(NotFoundError, match="not part of tender T2"):
        panel.declare(ws, t2.evaluator, interest="personal", nature="perceived", details="My cousin.",
                      bid_id=t1.bids[0])


def test_reopen_refuses_an_officer_of_another_tender(two, unchanged):
    ws, _t1, _t2, _officer1, officer2, _t3 = two
    with pytest.raises(NotFoundError, match=f"Panel member {officer2} is not on the panel of tender T1"):
        signoff.reopen(ws, "T1", "A score was typed into the wrong bid.", officer_id=officer2)
    with pytest.raises(NotFoundError, match="There is no panel member 999"):
        signoff.reopen(ws, "T1", "A score was typed into the wrong bid.", officer_id=999)


def test_finalise_and_sign_refuse_a_member_of_another_tender(two, unchanged):
    ws, t1, t2, *_ = two
    with pytest.raises(NotFoundError, match=f"Panel member {t1.chair} is not on the panel of tender T2"):
        signoff.finalise(ws, "T2", t1.chair)
    with pytest.raises(NotFoundError, match=f"Panel member {t1.evaluator} is not on the panel of tender T2"):
        signoff.sign(ws, t1.evaluator, "I confirm.", tender="T2")


def test_drafts_refuse_a_score_of_another_tender(two, unchanged):
    ws, t1, t2, *_ = two
    foreign = next(s.id for s in evaluation.my_scores(ws, t1.evaluator))
    with pytest.raises(NotFoundError, match=f"Score {foreign} is not part of tender T2"):
        drafts.submit_drafts(ws, [foreign], member_id=t2.evaluator)
    with pytest.raises(NotFoundError, match=f"Score {foreign} is not part of tender T2"):
        drafts.withdraw_drafts(ws, [foreign], member_id=t2.evaluator, reason="Not mine.")
