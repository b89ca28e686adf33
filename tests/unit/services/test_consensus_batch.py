"""Accepting every quantitative commitment as committed in one go: one rationale for the batch, yet
each item its own consensus with its own audit event naming the actor; all or none; only items of
one tender with a commitment and no consensus yet; and only during moderation."""

from __future__ import annotations

import json

import pytest
from sqlmodel import select

from coopeval.domain.lifecycle import LifecycleError
from coopeval.domain.numbers import InputError
from coopeval.services.changes import ChangeKind
from coopeval.services.moderation import consensus as moderation
from coopeval.services.workspace import Workspace
from coopeval.storage import audit
from coopeval.storage.tables import AuditEventRow
from tests.helpers.workspaces import staged_file

WHY = "Each commitment is specific, evidenced in the method statement, and within what a bidder of this size delivers."


@pytest.fixture
def moderating(tmp_path_factory, tmp_path):
    path = tmp_path / "batch.coopeval"
    t = staged_file(tmp_path_factory, path, "moderation")
    ws = Workspace.open(path, actor="chair-laptop")
    yield ws, t
    ws.close()


def quantitative(t) -> list[tuple[int, int]]:
    return [(b, m) for b in t.bids for m in t.measures if m != t.qualitative]


def test_each_commitment_is_its_own_consensus_with_its_own_audit_event(moderating):
    ws, t = moderating
    items = quantitative(t)
    present = {key: ["Ann", "Cal"] for key in items}
    count, changes = moderation.accept_commitments(ws, items, rationale=WHY, present=present)
    assert count == len(items) == 8 and changes.touches({ChangeKind.CONSENSUS})
    recorded = {(c.bid_id, c.measure_id): c for c in moderation.list_consensus(ws, t.reference)}
    assert set(recorded) == set(items)
    for n, bid in enumerate(t.bids):
        for measure in t.measures:
            if measure != t.qualitative:
                c = recorded[(bid, measure)]
                assert (c.accepted_quantity, c.quantity_reason, c.value) == (str(10 + n), "", None)
                assert (c.rationale, c.recorded_by, c.present_names) == (WHY, "Test Runner", ["Ann", "Cal"])  # the person, not the account
    with ws.reading() as session:
        events = list(session.exec(select(AuditEventRow).where(AuditEventRow.entity == "consensus")))
        assert len(events) == 8 and {e.action for e in events} == {"consensus"}
        assert {e.actor for e in events} == {"chair-laptop"} and {e.tender_ref for e in events} == {t.reference}
        assert sorted(e.entity_id for e in events) == sorted(c.id for c in recorded.values())
        assert all(json.loads(e.after)["rationale"] == WHY and "one of 8" in e.note for e in events)
        assert audit.verify(session).ok


def test_all_or_none_only_items_without_a_consensus(moderating):
    ws, t = moderating
    items = quantitative(t)
    moderation.record_consensus(ws, *items[0], rationale="Agreed on its own.", accepted_quantity="9",
                                quantity_reason="over-claim")
    with pytest.raises(InputError, match="already has a consensus") as refused:
        moderation.accept_commitments(ws, items, rationale=WHY)
    assert "No commitment was accepted" in str(refused.value)
    assert len(moderation.list_consensus(ws, t.reference)) == 1  # nothing else was recorded
    with pytest.raises(InputError, match="qualitative"):
        moderation.accept_commitments(ws, [(t.bids[0], t.qualitative), *items[1:]], rationale=WHY)
    with pytest.raises(InputError, match="reason"):
        moderation.accept_commitments(ws, items[1:], rationale="   ")
    with pytest.raises(InputError, match="no commitments to accept"):
        moderation.accept_commitments(ws, [], rationale=WHY)
    assert len(moderation.list_consensus(ws, t.reference)) == 1
    count, _ = moderation.accept_commitments(ws, items[1:], rationale=WHY)
    assert count == 7 and len(moderation.list_consensus(ws, t.reference)) == 8
    assert moderation.list_consensus(ws, t.reference)[0].accepted_quantity == "9"  # the revised one kept


def test_refused_outside_moderation(tmp_path_factory, tmp_path):
    path = tmp_path / "scored.coopeval"
    t = staged_file(tmp_path_factory, path, "scored")
    with Workspace.open(path, actor="officer") as ws:
        with pytest.raises(LifecycleError, match="only during moderation"):
            moderation.accept_commitments(ws, quantitative(t), rationale=WHY)
        assert moderation.list_consensus(ws, t.reference) == []
