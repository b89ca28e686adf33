"""How the moderation grid is built for speed (Core tuples, view objects made without their frozen
`__init__`, the collector paused meanwhile) changes nothing it hands out: each item's scores go
submitted first, then drafts, then withdrawn, each by panel order; every view object is the one its
own constructor makes; and the cyclic collector is left as it was found."""

from __future__ import annotations

import dataclasses
import gc

import pytest

from coopeval.services.evaluation import scores as evaluation
from coopeval.services.moderation import consensus as moderation
from coopeval.services.moderation import drafts
from coopeval.services.moderation import view as moderation_view
from coopeval.services.workspace import Workspace
from tests.helpers.workspaces import staged_file

WHY = "Strengths: a named lead and a timetable. Weaknesses: no measure of success."


@pytest.fixture
def moderating(tmp_path_factory, tmp_path):
    """T1 at moderation: Cal submitted 4 and 1 on the two bids; Ann (first on the panel) left drafts
    of 2 and 3."""
    path = tmp_path / "grid.coopeval"
    t = staged_file(tmp_path_factory, path, "evaluation")
    ws = Workspace.open(path, actor="officer")
    b0, b1 = t.bids
    for bid, value in ((b0, 4), (b1, 1)):
        evaluation.save_score(ws, t.chair, bid, t.qualitative, value=value, rationale=f"{WHY} ({value})")
    evaluation.submit_scores(ws, t.chair)
    for bid, value in ((b0, 2), (b1, 3)):
        evaluation.save_score(ws, t.evaluator, bid, t.qualitative, value=value, rationale=f"{WHY} ({value})")
    moderation.open_moderation(ws, t.reference)
    moderation_view.clear_cache()
    yield ws, t
    ws.close()


def test_an_items_scores_go_submitted_first_then_drafts_then_withdrawn(moderating):
    ws, t = moderating
    grid = moderation_view.moderation_grid(ws, t.reference)
    first, second = grid.item(t.bids[0], t.qualitative), grid.item(t.bids[1], t.qualitative)
    assert [(s.alias, s.value, s.status) for s in first.scores] == [("B", 4, "submitted"), ("A", 2, "draft")]
    assert [(s.alias, s.value, s.status) for s in second.scores] == [("B", 1, "submitted"), ("A", 3, "draft")]
    assert (first.stats.count, first.pending_drafts, first.level) == (1, 1, "agree")
    draft = next(d for d in drafts.pending_drafts(ws, t.reference) if d.bid_id == t.bids[0])
    drafts.withdraw_draft(ws, draft.score_id, member_id=t.evaluator, reason="Scored in haste")
    item = moderation_view.moderation_grid(ws, t.reference).item(t.bids[0], t.qualitative)
    assert [(s.alias, s.status) for s in item.scores] == [("B", "submitted"), ("A", "withdrawn")]


def test_every_view_object_is_the_one_its_constructor_makes(moderating):
    ws, t = moderating
    grid = moderation_view.moderation_grid(ws, t.reference)
    made = [*grid.items.values(), *(s for item in grid.items.values() for s in item.scores),
            *(item.consensus for item in grid.items.values() if item.consensus is not None)]
    assert any(isinstance(x, moderation_view.EvaluatorScore) for x in made)
    for x in made:
        names = [f.name for f in dataclasses.fields(x)]
        again = type(x)(*(getattr(x, name) for name in names))
        assert again == x and hash(again) == hash(x) and repr(again) == repr(x) and list(vars(x)) == names
        with pytest.raises(dataclasses.FrozenInstanceError):
            x.bid_id = 0 if hasattr(x, "bid_id") else x.member_id  # type: ignore[misc]


def test_the_collector_is_left_as_it_was_found(moderating):
    ws, t = moderating
    assert gc.isenabled()
    moderation_view.moderation_grid(ws, t.reference)
    assert gc.isenabled()
    moderation_view.clear_cache()
    gc.disable()
    try:
        moderation_view.moderation_grid(ws, t.reference)
        assert not gc.isenabled()
    finally:
        gc.enable()
