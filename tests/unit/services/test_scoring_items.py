"""The scoring page's reading service: a member's items, in order, their own scores only."""

from __future__ import annotations

import pytest

from coopeval.services.bids import entry as bids
from coopeval.services.evaluation import items as scoring_items
from coopeval.services.evaluation import scores as evaluation
from coopeval.services.panel import members as panel
from coopeval.services.workspace import Workspace
from tests.helpers.scoring import staged


@pytest.fixture
def built_ws(tmp_path_factory, tmp_path):
    built = staged(tmp_path_factory, tmp_path / "t.coopeval")
    with Workspace.open(tmp_path / "t.coopeval", actor="officer") as ws:
        yield built, ws


def test_undeclared_member_gets_no_items(built_ws):
    t, ws = built_ws
    sheet = scoring_items.scoring_sheet(ws, t.priya)
    assert sheet.access == scoring_items.UNDECLARED and sheet.items == ()
    assert "declare" in sheet.message


def test_declared_member_gets_every_bid_by_qualitative_measure(built_ws):
    t, ws = built_ws
    panel.declare(ws, t.priya, interest="none")
    sheet = scoring_items.scoring_sheet(ws, t.priya)
    assert sheet.access == scoring_items.OK and sheet.editable
    assert [i.key for i in sheet.items] == [(b, m) for b in t.bids for m in t.qualitative]
    first = sheet.items[0]
    assert (first.code, first.bid_name) == ("CV-PA-01", "Riverside Meals")
    assert first.evaluator_guidance.startswith("Score against the anchors")
    assert [a for a, _ in first.anchors] == ["low", "middle", "high"]
    assert first.page_refs.startswith("Method statement")
    assert sheet.items[-1].bid_name == "Civic Food Services plc"  # no trading name: the legal name
    assert [c.quantity for c in sheet.commitments[t.bids[0]]] == ["4.2", "100", "35", "100", "0"]
    assert sheet.scored == 0 and not sheet.submitted


def test_order_by_measure_keeps_each_measures_bids_together(built_ws):
    t, ws = built_ws
    panel.declare(ws, t.priya, interest="none")
    sheet = scoring_items.scoring_sheet(ws, t.priya, order="by_measure")
    assert [i.key for i in sheet.items] == [(b, m) for m in t.qualitative for b in t.bids]
    with pytest.raises(ValueError):
        scoring_items.ordered(sheet.items, "alphabetical")


def test_only_the_members_own_scores_are_read(built_ws):
    t, ws = built_ws
    for member in (t.priya, t.tom):
        panel.declare(ws, member, interest="none")
    evaluation.save_score(ws, t.tom, t.bids[0], t.qualitative[0], value=5, rationale="Tom's private note")
    evaluation.save_score(ws, t.priya, t.bids[0], t.qualitative[0], value=2, rationale="Priya's note")
    priya = scoring_items.scoring_sheet(ws, t.priya)
    assert priya.items[0].score.value == 2 and priya.items[0].score.rationale == "Priya's note"
    assert all(i.score is None for i in priya.items[1:])
    assert all(i.score is None or i.score.member_id == t.priya for i in priya.items)
    assert priya.scored == 1


def test_excluded_bid_is_left_out_and_only_counted(built_ws):
    t, ws = built_ws
    panel.declare(ws, t.priya, interest="none")
    declaration, _ = panel.declare(ws, t.priya, interest="personal", nature="actual",
                                   details="My sister manages Greenway's kitchens.", bid_id=t.bids[1])
    waiting = scoring_items.scoring_sheet(ws, t.priya)
    assert t.bids[1] not in {i.bid_id for i in waiting.items}
    assert (waiting.hidden_awaiting, waiting.hidden_excluded) == (1, 0)
    panel.resolve(ws, declaration.id, resolution="excluded")
    sheet = scoring_items.scoring_sheet(ws, t.priya)
    assert {i.bid_id for i in sheet.items} == {t.bids[0], t.bids[2]}
    assert (sheet.hidden_awaiting, sheet.hidden_excluded) == (0, 1)
    assert t.bids[1] not in sheet.commitments


def test_a_general_interest_waits_for_the_officer(built_ws):
    t, ws = built_ws
    declaration, _ = panel.declare(ws, t.priya, interest="financial", nature="potential",
                                   details="Shares in a food wholesaler.")
    assert scoring_items.scoring_sheet(ws, t.priya).access == scoring_items.AWAITING
    panel.resolve(ws, declaration.id, resolution="excluded")
    assert scoring_items.scoring_sheet(ws, t.priya).access == scoring_items.EXCLUDED
    assert scoring_items.scoring_sheet(ws, t.priya).items == ()


def test_scorers_and_non_scorers(built_ws):
    t, ws = built_ws
    assert [m.name for m in scoring_items.scorers(ws, t.tender)] == ["Priya Shah", "Tom Baker"]
    assert scoring_items.scoring_sheet(ws, t.officer).access == scoring_items.NOT_SCORER


def test_submitted_sheet_is_not_editable(built_ws):
    t, ws = built_ws
    panel.declare(ws, t.priya, interest="none")
    for b in t.bids:
        for m in t.qualitative:
            evaluation.save_score(ws, t.priya, b, m, value=3, rationale="Meets the requirement with evidence.")
    evaluation.submit_scores(ws, t.priya)
    sheet = scoring_items.scoring_sheet(ws, t.priya)
    assert sheet.submitted and not sheet.editable and sheet.scored == len(sheet.items) == 9


def test_an_interest_in_one_bid_is_a_declaration_the_other_bids_open(built_ws):
    """Declaring an interest in one bid is all the member declares: no "no interest" is added for
    them, and they may score the bids it does not concern while the officer resolves it."""
    t, ws = built_ws
    interest, _ = panel.declare(ws, t.priya, interest="personal", nature="actual",
                                details="My sister manages Greenway's kitchens.", bid_id=t.bids[1])
    assert [d.id for d in panel.register(ws, t.tender) if d.member_id == t.priya] == [interest.id]
    sheet = scoring_items.scoring_sheet(ws, t.priya)
    assert sheet.access == scoring_items.OK and sheet.bidders == ()
    assert {i.bid_id for i in sheet.items} == {t.bids[0], t.bids[2]}
    assert (sheet.hidden_awaiting, sheet.hidden_excluded) == (1, 0)
    panel.require_access(ws, t.priya, t.bids[0])
    with pytest.raises(panel.AccessError, match="awaits the officer"):
        panel.require_access(ws, t.priya, t.bids[1])
    panel.resolve(ws, interest.id, resolution="mitigated", note="Not involved in the bid.")
    assert len(scoring_items.scoring_sheet(ws, t.priya).items) == 9


def test_an_undeclared_member_is_told_whom_they_declare_about(built_ws):
    """Before declaring, the member sees the bidders' names (never their responses); a withdrawn bid
    is not among them."""
    t, ws = built_ws
    bids.withdraw_bid(ws, t.bids[2], reason="Withdrew before evaluation.")
    sheet = scoring_items.scoring_sheet(ws, t.priya)
    assert sheet.access == scoring_items.UNDECLARED and sheet.items == () and sheet.commitments == {}
    assert sheet.bidders == ("Riverside Meals", "Greenway Kitchens")
