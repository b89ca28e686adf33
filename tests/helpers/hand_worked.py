"""A tender small enough to score by hand, built through the services as a panel would, whose
results must come out exactly as worked below: totals, tender points (rounded half-up), subtotals
by framework, theme and outcome, monetised value, threshold failures, ranking and sensitivity.

The tender (social value is 15% of it, scale 0-5):

  measure   framework               kind / method                       weight  minimum  proxy
  CV-PA-01  coop-values             qualitative                         50      3        -
  LOC-02    example-local-measures  quantitative, target 20 weeks       30      -        £150 a week
  LOC-03    example-local-measures  quantitative, banded: 20 → 1/4,     20      -        -
                                    50 → 1/2, 100 → all (hours)

The panel's consensus (a qualitative score, or the quantity accepted):

  bid    CV-PA-01  LOC-02                           LOC-03
  HW-A   5         16 (bid said 20: over-claimed)   60
  HW-B   4         17                               100
  HW-C   2         25                               19

Points (share × weight):

  HW-A   5/5 × 50 = 50    16/20 × 30 = 24      60 reaches the 50 band: 1/2 × 20 = 10    total 84
  HW-B   4/5 × 50 = 40    17/20 × 30 = 51/2    100 reaches the 100 band: 1 × 20 = 20   total 171/2 = 85.5
  HW-C   2/5 × 50 = 20    25/20 capped at 1: 30   19 is below every band: 0             total 50

Tender points = total × 15/100: HW-A 12.6; HW-B 12.825, which rounds half-up to 12.83 (Python's
round() would give 12.82); HW-C 7.5.
Ranking: HW-B 85.5, HW-A 84, HW-C 50. HW-C fails CV-PA-01's minimum of 3 (the tender does not
disqualify on thresholds, so it is still ranked).
Monetised (LOC-02 only has a proxy): HW-A 16 × 150 = 2400, HW-B 17 × 150 = 2550, HW-C 25 × 150 = 3750.

Sensitivity, each weight ×1.25 and ×0.75 with the others rescaled to keep 100
(new = factor × (total − points on the measure) + share × new weight, factor = (100 − new) / (100 − old)):

  CV-PA-01 +25%: w 62.5, factor 3/4:    A 3/4×34 + 62.5 = 88;          B 3/4×45.5 + 4/5×62.5 = 84.125  → A first
  CV-PA-01 −25%: w 37.5, factor 5/4:    A 5/4×34 + 37.5 = 80;          B 5/4×45.5 + 30 = 86.875        → B holds
  LOC-02   +25%: w 37.5, factor 25/28:  A 25/28×60 + 30 = 83.57;       B 25/28×60 + 31.875 = 85.45     → B holds
  LOC-02   −25%: w 22.5, factor 31/28:  A 31/28×60 + 18 = 84.43;       B 31/28×60 + 19.125 = 85.55     → B holds
  LOC-03   +25%: w 25,   factor 15/16:  A 15/16×74 + 12.5 = 81.875;    B 15/16×65.5 + 25 = 86.41       → B holds
  LOC-03   −25%: w 15,   factor 17/16:  A 17/16×74 + 7.5 = 86.125;     B 17/16×65.5 + 15 = 84.59       → A first

So first place (HW-B) hinges on CV-PA-01 +25% and LOC-03 −25%, under each of which HW-A would lead.
(HW-C, with 50, never comes near.)
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from coopeval.services.bids import entry as bids
from coopeval.services.evaluation import scores as evaluation
from coopeval.services.moderation import consensus as moderation
from coopeval.services.panel import members as panel
from coopeval.services.setup import frameworks, start, tenders
from coopeval.services.workspace import Workspace
from tests.helpers.workspaces import scale

REPO = Path(__file__).resolve().parents[2]
REFERENCE = "HW-2026-001"
RATIONALE = "Specific commitments with evidence of delivery."
WEIGHTS = {"CV-PA-01": "50", "LOC-02": "30", "LOC-03": "20"}
COMMITTED = {"HW-A": {"LOC-02": "20", "LOC-03": "60"}, "HW-B": {"LOC-02": "17", "LOC-03": "100"},
             "HW-C": {"LOC-02": "25", "LOC-03": "19"}}
AGREED = {"HW-A": 5, "HW-B": 4, "HW-C": 2}  # the consensus on CV-PA-01
ACCEPTED = {("HW-A", "LOC-02"): "16"}  # the panel's accepted quantity where it differs from the bid's


@dataclass(frozen=True)
class HandWorked:
    tender_id: int
    measures: dict[str, int]  # by code
    bids: dict[str, int]  # by identifier
    evaluator: int  # Ann
    chair: int  # Cal
    officer: int  # Oli


def hand_worked_tender(ws: Workspace, *, leave_out: tuple[str, str] | None = None, disqualify: bool = False) -> HandWorked:
    """The tender above, in moderation with every consensus recorded except `leave_out`
    (bid identifier, measure code); nobody has signed yet. With `disqualify`, a bid failing a
    minimum is disqualified (HW-C)."""
    frameworks.import_framework(ws, REPO / "frameworks" / "archive" / "coop-values-1.0.0.toml")
    frameworks.import_framework(ws, REPO / "frameworks" / "example-local-measures.toml")
    tender, _ = tenders.create_tender(ws, reference=REFERENCE, title="Hand-worked fixture", scale=scale(),
                                      section_weight="15")
    if disqualify:
        tenders.update_tender(ws, tender.id, disqualify_on_threshold=True)
    added = tenders.add_measures(ws, tender.id, "coop-values", codes=["CV-PA-01"])[0]
    added += tenders.add_measures(ws, tender.id, "example-local-measures", codes=["LOC-02", "LOC-03"])[0]
    measures = {m.code: m.id for m in added}
    for code, weight in WEIGHTS.items():
        tenders.set_measure(ws, measures[code], weight=weight)
    tenders.set_measure(ws, measures["CV-PA-01"], minimum="3")
    bid_ids = {}
    for identifier, quantities in COMMITTED.items():
        bid, _ = bids.add_bid(ws, tender.id, identifier=identifier, legal_name=f"{identifier} Co-operative Ltd")
        bid_ids[identifier] = bid.id
        bids.set_response(ws, bid.id, measures["CV-PA-01"], text="Workers elect the contract council.")
        for code, quantity in quantities.items():
            bids.set_response(ws, bid.id, measures[code], quantity=quantity)
    ann, _ = panel.add_member(ws, tender.id, name="Ann", role="evaluator")
    cal, _ = panel.add_member(ws, tender.id, name="Cal", role="chair")
    oli, _ = panel.add_member(ws, tender.id, name="Oli", role="officer")
    start.start_evaluation(ws, tender.id)
    for member in (ann.id, cal.id):
        panel.declare(ws, member, interest="none")
        for identifier, value in AGREED.items():
            evaluation.save_score(ws, member, bid_ids[identifier], measures["CV-PA-01"], value=value, rationale=RATIONALE)
        evaluation.submit_scores(ws, member)
    moderation.open_moderation(ws, tender.id)
    for identifier, bid_id in bid_ids.items():
        for code, measure_id in measures.items():
            if (identifier, code) == leave_out:
                continue
            accepted = ACCEPTED.get((identifier, code))
            moderation.record_consensus(
                ws, bid_id, measure_id, rationale="Agreed by the panel.", present=["Ann", "Cal"],
                value=AGREED[identifier] if code == "CV-PA-01" else None, accepted_quantity=accepted,
                quantity_reason="Over-claimed: four of the weeks are business as usual." if accepted else "")
    return HandWorked(tender.id, measures, bid_ids, ann.id, cal.id, oli.id)
