"""Rationale quality flags on the Moderation page's data: every recorded consensus checked against the
scale, the tender's minimum and the bid's response — flagged, never refused."""

from __future__ import annotations

import pytest

from coopeval.domain.rationale_quality import NO_EVIDENCE, REPEATS, too_short
from coopeval.services.bids import entry as bids
from coopeval.services.moderation import consensus as moderation
from coopeval.services.moderation import view as moderation_view
from coopeval.services.moderation.quality import item_flags, rationale_flags_for
from coopeval.services.workspace import Workspace
from tests.helpers.workspaces import advance, scale, staged_file

RESPONSE = ("We will fund a community grants officer in Wrexham supporting 14 local groups, with "
            "quarterly reports to the council (section 3).")
GOOD = "A named grants officer in Wrexham and 14 groups supported, reported quarterly (p. 3)."
DESCRIPTOR_3 = scale().point(3).descriptor


@pytest.fixture
def drafted(tmp_path_factory, tmp_path):
    path = tmp_path / "flags.coopeval"
    t = staged_file(tmp_path_factory, path, "draft")
    ws = Workspace.open(path, actor="officer")
    for bid in t.bids:
        bids.set_response(ws, bid, t.qualitative, text=RESPONSE)
    yield ws, t
    ws.close()


def test_nothing_is_flagged_before_moderation_opens(drafted):
    ws, t = drafted
    advance(ws, t, "evaluation")
    assert rationale_flags_for(ws, t.reference) == {}


def test_each_recorded_consensus_is_flagged_with_the_reason_and_still_recorded(drafted):
    ws, t = drafted
    advance(ws, t, "moderation")
    quantitative = next(m for m in t.measures if m != t.qualitative)
    # flags never refuse: each of these is recorded
    moderation.record_consensus(ws, t.bids[0], t.qualitative, value=3, rationale=DESCRIPTOR_3, present=["Ann", "Cal"])
    moderation.record_consensus(ws, t.bids[1], t.qualitative, value=4, rationale=GOOD, present=["Ann", "Cal"])
    moderation.record_consensus(ws, t.bids[0], quantitative, rationale="Agreed.", present=["Ann", "Cal"])
    flags = rationale_flags_for(ws, t.reference)
    assert flags == {
        (t.bids[0], t.qualitative): (REPEATS, NO_EVIDENCE),
        (t.bids[0], quantitative): (too_short(30, len("Agreed.")), NO_EVIDENCE),
    }
    grid = moderation_view.moderation_grid(ws, t.reference)
    assert grid.item(t.bids[0], t.qualitative).consensus.rationale == DESCRIPTOR_3
    # no consensus: nothing to flag; typed text is checked as typed
    waiting = grid.item(t.bids[1], quantitative)
    assert item_flags(waiting, grid) == ()
    assert item_flags(waiting, grid, "As committed in the return (p. 2), agreed by the panel.") == ()
    # this item's response says nothing of Wrexham: words from another item's response are not evidence
    assert item_flags(waiting, grid, "14 groups in Wrexham, agreed as committed.") == (NO_EVIDENCE,)
    assert item_flags(waiting, grid, "") == ("No rationale written yet.",)


def test_the_measure_code_title_and_scale_labels_are_not_evidence(drafted):
    ws, t = drafted
    advance(ws, t, "moderation")
    grid = moderation_view.moderation_grid(ws, t.reference)
    item = grid.item(t.bids[0], t.qualitative)
    assert "community" in item.title.lower() and "community" in RESPONSE
    vague = f"{item.code}: a plan to reach and support local community groups that meets requirements."
    assert item_flags(item, grid, vague) == (NO_EVIDENCE,)
    assert item_flags(item, grid, vague + " Wrexham named.") == ()
