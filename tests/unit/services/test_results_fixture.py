"""The hand-worked tender (tests/helpers/hand_worked.py, where every figure is worked by hand) gives
exactly those results: totals, tender points (rounded half-up), subtotals by framework, theme and
outcome, monetised value, threshold failures, ranking and sensitivity."""

from __future__ import annotations

from fractions import Fraction

from coopeval.services.results.compute import results_json, tender_results
from coopeval.services.workspace import Workspace
from tests.helpers.hand_worked import REFERENCE, hand_worked_tender


def test_hand_worked_tender_gives_exactly_the_totals_and_ranking_worked_by_hand(tmp_path):
    with Workspace.create(tmp_path / "hand.coopeval", actor="officer") as ws:
        hand_worked_tender(ws)
        view = tender_results(ws, REFERENCE)
        data = results_json(view)

    exact = {b.bid_id: b for b in view.results.bids}
    assert exact["HW-A"].total == 84 and exact["HW-B"].total == Fraction(171, 2) and exact["HW-C"].total == 50
    assert exact["HW-B"].tender_points == Fraction(513, 40)  # 12.825 exactly
    assert [b.bid_id for b in view.results.bids] == ["HW-B", "HW-A", "HW-C"]

    assert data["provisional"] is True and data["section_weight"] == "15"
    rows = {r["bid"]: r for r in data["ranking"]}
    assert [(r["rank"], r["bid"], r["total"], r["tender_points"]) for r in data["ranking"]] == [
        (1, "HW-B", "85.50", "12.83"), (2, "HW-A", "84.00", "12.60"), (3, "HW-C", "50.00", "7.50")]
    assert {b: r["by_framework"] for b, r in rows.items()} == {
        "HW-A": {"coop-values": "50.00", "example-local-measures": "34.00"},
        "HW-B": {"coop-values": "40.00", "example-local-measures": "45.50"},
        "HW-C": {"coop-values": "20.00", "example-local-measures": "30.00"}}
    assert rows["HW-B"]["by_theme"] == {
        "coop-values: Participation and Accountability": "40.00",
        "example-local-measures: Local work and skills": "25.50",
        "example-local-measures: Community and environment": "20.00"}
    assert rows["HW-A"]["by_outcome"] == {
        "coop-values: Participation and Accountability: More of the people working on the contract take part in "
        "the decisions that shape it": "50.00",
        "example-local-measures: Local work and skills: More Vale residents in good work": "24.00",
        "example-local-measures: Community and environment: Stronger local voluntary groups": "10.00"}
    assert {b: r["measures"]["LOC-02"] for b, r in rows.items()} == {
        "HW-A": {"value": "16", "points": "24.00"}, "HW-B": {"value": "17", "points": "25.50"},
        "HW-C": {"value": "25", "points": "30.00"}}
    assert {b: r["monetised"] for b, r in rows.items()} == {"HW-A": "2400.00", "HW-B": "2550.00", "HW-C": "3750.00"}
    assert {b: r["failed_thresholds"] for b, r in rows.items()} == {"HW-A": [], "HW-B": [], "HW-C": ["CV-PA-01"]}
    assert not any(r["disqualified"] for r in rows.values())
    assert data["available"]["by_framework"] == {"coop-values": "50.00", "example-local-measures": "50.00"}
    assert data["sensitivity"] == {
        "holds": False, "leaders": ["HW-B"],
        "hinges_on": [{"measure": "CV-PA-01", "change": "+25%", "leaders": ["HW-A"]},
                      {"measure": "LOC-03", "change": "-25%", "leaders": ["HW-A"]}]}
