"""What the Moderation page reads: blind until moderation opens, agreement levels over submitted
scores only, conflicts flagged per bid, quantitative items shown by their commitment, an item's
history from the audit log, and the accepted quantity never more favourable than the commitment."""

from __future__ import annotations

import pytest

from coopeval.domain.lifecycle import LifecycleError
from coopeval.domain.numbers import InputError
from coopeval.services.evaluation import scores as evaluation
from coopeval.services.moderation import consensus as moderation
from coopeval.services.moderation import view as moderation_view
from coopeval.services.panel import members as panel
from coopeval.services.setup import tenders
from coopeval.services.workspace import Workspace
from tests.helpers.workspaces import advance, staged_file

WHY = "Strengths: a named lead and a timetable. Weaknesses: no measure of success."


@pytest.fixture
def evaluating(tmp_path_factory, tmp_path):
    """T1 in evaluation, two bids: Ann and Cal score LOC-04 apart
    on bid 0 (5 and 1: split) and close on bid 1 (3 and 3: agree); Cal declared a professional interest
    in bid 1 (no action)."""
    path = tmp_path / "view.coopeval"
    t = staged_file(tmp_path_factory, path, "evaluation")
    ws = Workspace.open(path, actor="officer")
    declared, _ = panel.declare(ws, t.chair, interest="professional", nature="perceived",
                                details="Worked for bidder 1 until 2019", bid_id=t.bids[1])
    panel.resolve(ws, declared.id, resolution="no_action", note="Long ago")
    for member, values in ((t.evaluator, (5, 3)), (t.chair, (1, 3))):
        for bid, value in zip(t.bids, values):
            evaluation.save_score(ws, member, bid, t.qualitative, value=value, rationale=f"{WHY} ({value})")
        evaluation.submit_scores(ws, member)
    yield ws, t
    ws.close()


@pytest.fixture
def moderating(evaluating):
    ws, t = evaluating
    moderation.open_moderation(ws, t.reference)
    return ws, t


def test_before_moderation_the_grid_shows_counts_never_scores(evaluating):
    ws, t = evaluating
    grid = moderation_view.moderation_grid(ws, t.reference)
    assert not grid.is_open and grid.items == {} and grid.drafts == ()
    assert [(r.name, r.scored, r.expected, r.submitted) for r in grid.readiness] == [("Ann", 2, 2, 2), ("Cal", 2, 2, 2)]
    with pytest.raises(LifecycleError, match="blind"):
        moderation_view.item_history(ws, t.bids[0], t.qualitative)


def test_levels_come_from_the_submitted_scores(moderating):
    ws, t = moderating
    grid = moderation_view.moderation_grid(ws, t.reference)
    assert grid.is_open and grid.editable
    assert len(grid.items) == len(t.bids) * len(t.measures)
    apart, close = grid.item(t.bids[0], t.qualitative), grid.item(t.bids[1], t.qualitative)
    assert (apart.level, apart.stats.range, apart.stats.proposed) == ("split", 4, None)
    assert apart.needs_discussion and apart.disagreement == pytest.approx(0.8)
    assert (close.level, close.stats.proposed, close.needs_discussion) == ("agree", 3, False)
    assert [(s.name, s.alias, s.value) for s in apart.scores] == [("Ann", "A", 5), ("Cal", "B", 1)]
    assert all(s.rationale.startswith("Strengths") for s in apart.scores)


def test_a_split_item_stops_needing_discussion_once_the_consensus_is_recorded(moderating):
    ws, t = moderating
    moderation.record_consensus(ws, t.bids[0], t.qualitative, value=3, rationale="Discussed: meets the requirement")
    item = moderation_view.moderation_grid(ws, t.reference).item(t.bids[0], t.qualitative)
    assert item.level == "split" and item.consensus.value == 3 and not item.needs_discussion
    assert [s.value for s in item.scores] == [5, 1]  # the original scores stay


def test_members_with_a_declared_interest_are_flagged_on_that_bid_only(moderating):
    ws, t = moderating
    grid = moderation_view.moderation_grid(ws, t.reference)
    flagged = grid.item(t.bids[1], t.qualitative)
    assert [(c.name, c.interest, c.resolution, c.whole_tender) for c in flagged.conflicts] == \
        [("Cal", "professional", "no_action", False)]
    assert grid.item(t.bids[0], t.qualitative).conflicts == ()
    assert grid.present_by_default(flagged) == ["Ann"]
    assert grid.present_by_default(grid.item(t.bids[0], t.qualitative)) == ["Ann", "Cal"]


def test_quantitative_items_show_their_commitment_not_scores(moderating):
    ws, t = moderating
    grid = moderation_view.moderation_grid(ws, t.reference)
    quantitative = next(m for m in grid.measures if m.kind == "quantitative")
    item = grid.item(t.bids[1], quantitative.id)
    assert (item.level, item.stats, item.scores, item.committed) == ("quantitative", None, (), "11")
    assert not item.needs_discussion


def test_history_shows_each_change_before_and_after_and_who(moderating):
    ws, t = moderating
    moderation.record_consensus(ws, t.bids[0], t.qualitative, value=2, rationale="First view", present=["Ann"])
    moderation.record_consensus(ws, t.bids[0], t.qualitative, value=3, rationale="On reflection", present=["Ann", "Cal"])
    entries = moderation_view.item_history(ws, t.bids[0], t.qualitative)
    consensus = [e for e in entries if e.entity == "consensus"]
    assert [e.action for e in consensus] == ["consensus", "revise_consensus"]
    revised = {c.name: (c.before, c.after) for c in consensus[1].changes}
    assert revised["value"] == ("2", "3") and revised["rationale"] == ("First view", "On reflection")
    assert revised["present"] == ("Ann", "Ann, Cal") and consensus[1].actor == "officer"
    scores = [e for e in entries if e.entity == "score"]
    assert {e.member_name for e in scores} == {"Ann", "Cal"}
    assert [e.action for e in scores if e.member_name == "Ann"] == ["score", "submit"]
    assert [e.seq for e in entries] == sorted(e.seq for e in entries)


def test_the_accepted_quantity_can_be_lower_with_a_reason_never_higher(moderating):
    ws, t = moderating
    quantitative = next(m for m in tenders.list_measures(ws, t.reference) if m.kind == "quantitative")
    bid = t.bids[1]  # committed 11
    with pytest.raises(InputError, match="give the reason"):
        moderation.record_consensus(ws, bid, quantitative.id, rationale="Over-claim", accepted_quantity="8")
    with pytest.raises(InputError, match="more than it committed"):
        moderation.record_consensus(ws, bid, quantitative.id, rationale="Generous", accepted_quantity="12",
                                    quantity_reason="we liked it")
    view, _ = moderation.record_consensus(ws, bid, quantitative.id, rationale="Three posts existed already",
                                          accepted_quantity="8", quantity_reason="business as usual: existing posts")
    assert (view.accepted_quantity, view.quantity_reason) == ("8", "business as usual: existing posts")
    item = moderation_view.moderation_grid(ws, t.reference).item(bid, quantitative.id)
    assert (item.committed, item.consensus.accepted_quantity) == ("11", "8")  # both kept


def test_where_lower_is_better_the_panel_may_only_accept_a_higher_figure(tmp_path_factory, tmp_path):
    path = tmp_path / "lower.coopeval"
    t = staged_file(tmp_path_factory, path, "draft")
    with Workspace.open(path, actor="officer") as ws:
        measure = next(m for m in tenders.list_measures(ws, t.reference) if m.kind == "quantitative")
        tenders.set_measure(ws, measure.id, direction="lower")
        advance(ws, t, "moderation")
        with pytest.raises(InputError, match="more than it committed"):
            moderation.record_consensus(ws, t.bids[0], measure.id, rationale="x", accepted_quantity="5",
                                        quantity_reason="y")
        view, _ = moderation.record_consensus(ws, t.bids[0], measure.id, rationale="Over-claim",
                                              accepted_quantity="15", quantity_reason="over-claim")
        assert view.accepted_quantity == "15"
        assert moderation_view.moderation_grid(ws, t.reference).item(t.bids[0], measure.id).direction == "lower"
