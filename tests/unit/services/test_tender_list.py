"""The tender list (app and `coopeval tenders`) counts in SQL: the same figures as asking each
member's scoring progress, without reading every bid or score row into Python."""

from __future__ import annotations

from sqlalchemy import event

from coopeval.domain.lifecycle import SCORING_ROLES
from coopeval.services.bids import entry as bids
from coopeval.services.evaluation import scores as evaluation
from coopeval.services.panel import members as panel
from coopeval.services.setup import start, tenders
from coopeval.services.tender_list import clear_cache, counting_cost, tender_summaries, tender_summary
from coopeval.storage.tables import BidRow, ResponseRow, ScoreRow, TenderMeasureRow
from tests.helpers.workspaces import create_workspace, draft_tender

RATIONALE = "Specific commitments with evidence of delivery."


def per_member(ws) -> list[tuple[str, int, int, int]]:
    """(reference, active bids, scored, to score) the slow way: each scoring member's progress."""
    out = []
    for t in tenders.list_tenders(ws):
        done = total = 0
        for member in panel.list_members(ws, t.id):
            if member.role in SCORING_ROLES:
                progress = evaluation.progress(ws, member.id)
                done, total = done + progress.scored, total + progress.total
        out.append((t.reference, sum(not b.withdrawn for b in bids.list_bids(ws, t.id)), done, total))
    return out


def test_counts_match_each_members_progress(tmp_path):
    """Withdrawn bids, a member kept from one bid (with a score on it from before), an interest
    awaiting resolution, a member who has not declared, an observer and a tender in draft."""
    with create_workspace(tmp_path / "w.coopeval") as ws:
        t = draft_tender(ws, bid_count=5)
        start.start_evaluation(ws, t.reference)
        panel.declare(ws, t.evaluator, interest="none")
        panel.declare(ws, t.chair, interest="none")
        for bid in t.bids[:4]:
            evaluation.save_score(ws, t.evaluator, bid, t.qualitative, value=3, rationale=RATIONALE)
        evaluation.save_score(ws, t.chair, t.bids[1], t.qualitative, value=None, rationale="")
        evaluation.save_score(ws, t.chair, t.bids[0], t.qualitative, value=2, rationale=RATIONALE)
        evaluation.save_score(ws, t.chair, t.bids[2], t.qualitative, value=4, rationale=RATIONALE)
        declared, _ = panel.declare(ws, t.chair, interest="financial", nature="actual", details="Shareholder",
                                    bid_id=t.bids[2])
        panel.resolve(ws, declared.id, resolution="excluded", note="Kept from this bid.")
        bids.withdraw_bid(ws, t.bids[3], "Withdrew before moderation.")
        other = draft_tender(ws, "T2", bid_count=2)
        start.start_evaluation(ws, other.reference)
        panel.declare(ws, other.evaluator, interest="personal", nature="perceived", details="Knows a bidder")
        draft_tender(ws, "T3", bid_count=1)

        summaries = tender_summaries(ws)
        assert [(s.reference, s.bids, s.scored, s.to_score) for s in summaries] == per_member(ws)
        clear_cache()  # one tender counted alone gives its line of the whole list
        assert [tender_summary(ws, s.tender.id) for s in summaries] == summaries
        assert tender_summary(ws, 10_000) is None
        assert [(s.reference, s.bids, s.scored, s.to_score) for s in summaries] == [
            ("T1", 4, 3 + 1, 4 + 3), ("T2", 2, 0, 0), ("T3", 1, 0, 0)]


def test_listing_reads_no_bid_response_or_score_row(tmp_path):
    with create_workspace(tmp_path / "w.coopeval") as ws:
        t = draft_tender(ws, bid_count=3)
        start.start_evaluation(ws, t.reference)
        for member in t.scorers:
            panel.declare(ws, member, interest="none")
            for bid in t.bids:
                evaluation.save_score(ws, member, bid, t.qualitative, value=3, rationale=RATIONALE)
        loaded: list[str] = []

        def on_load(target, _context):
            loaded.append(type(target).__name__)

        watched = (BidRow, ResponseRow, ScoreRow, TenderMeasureRow)
        for cls in watched:
            event.listen(cls, "load", on_load)
        try:
            [summary] = tender_summaries(ws)
        finally:
            for cls in watched:
                event.remove(cls, "load", on_load)
        assert (summary.bids, summary.scored, summary.to_score) == (3, 6, 6)
        assert loaded == []


def test_the_list_is_kept_until_the_workspace_changes(tmp_path):
    with create_workspace(tmp_path / "w.coopeval") as ws:
        t = draft_tender(ws, bid_count=2)
        start.start_evaluation(ws, t.reference)
        panel.declare(ws, t.evaluator, interest="none")
        first = tender_summaries(ws)
        assert counting_cost(ws) == 0  # kept for this audit head: nothing to count
        assert tender_summaries(ws) == first
        evaluation.save_score(ws, t.evaluator, t.bids[0], t.qualitative, value=3, rationale=RATIONALE)
        assert counting_cost(ws) >= 1  # the audit head moved: the scores are counted again
        [after] = tender_summaries(ws)
        assert after.scored == first[0].scored + 1
