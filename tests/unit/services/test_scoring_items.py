"""The scoring page's reading service: a member's items, in order, their own scores only."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from coopeval.domain.scales import load_scales
from coopeval.paths import resources_dir
from coopeval.services.bids import entry as bids
from coopeval.services.evaluation import items as scoring_items
from coopeval.services.evaluation import scores as evaluation
from coopeval.services.panel import members as panel
from coopeval.services.setup import frameworks, start, tenders
from coopeval.services.workspace import Workspace

REPO = Path(__file__).resolve().parents[3]
EXTRA = ("CV-PA-05", "CV-WB-03")  # two more qualitative measures beside the light set's CV-PA-01
WEIGHTS = {"CV-EE-01": "10", "CV-EE-03": "10", "CV-PA-01": "20", "CV-CC-01": "10", "CV-SE-01": "10",
           "CV-WB-01": "10", "CV-PA-05": "15", "CV-WB-03": "15"}
QUANTITIES = {"CV-EE-01": ("4.2", "3.1", "6.5"), "CV-EE-03": ("100", "85", "40"), "CV-CC-01": ("35", "22", "12"),
              "CV-SE-01": ("100", "60", "25"), "CV-WB-01": ("0", "5", "12")}
BIDDERS = (("RMC-001", "Riverside Meals Co-operative Ltd", "Riverside Meals"),
           ("GKM-002", "Greenway Kitchens Mutual Ltd", "Greenway Kitchens"),
           ("CFS-003", "Civic Food Services plc", ""))
RESPONSES = {
    "CV-PA-01": (
        "Every member of the contract workforce belongs to the co-operative and elects a five-person contract "
        "council each spring. The council meets monthly in paid time and decides rotas, the training budget "
        "and how 10% of the contract surplus is spent; its decisions are posted within seven days.",
        "A staff forum of volunteers meets quarterly to discuss how the contract is going and feeds views to "
        "the operations manager, who reports back at the next meeting.",
        "We run an annual staff engagement survey and have an open-door policy."),
    "CV-PA-05": (
        "Open-book accounts for the contract each quarter, published on our website within 30 days.",
        "Annual accounts shared with the council on request.",
        "Commercially confidential."),
    "CV-WB-03": (
        "ISO 45001 certified; a worker-elected safety rep for each kitchen; monthly wellbeing check-ins.",
        "Health and safety policy attached; employee assistance programme for all staff.",
        "We comply with all health and safety legislation."),
}
PAGES = ("Method statement pp. 4-6; Appendix C (rules)", "Method statement p. 9", "")


@dataclass(frozen=True)
class Built:
    tender: int
    bids: tuple[int, ...]
    qualitative: tuple[int, ...]  # in tender position order
    priya: int
    tom: int
    officer: int


def build(path: Path) -> Built:
    """A tender in evaluation: 8 measures (3 qualitative), 3 bids with responses, two evaluators."""
    scale = load_scales(resources_dir() / "scales.toml")["0-5"]
    with Workspace.create(path, actor="officer") as ws:
        frameworks.import_framework(ws, REPO / "frameworks" / "coop-values.toml")
        tender, _ = tenders.create_tender(ws, reference="EV-2026-014", title="Community meals service",
                                          authority="Northbridge Borough Council", scale=scale)
        tenders.add_measures(ws, tender.id, "coop-values", set_name="light")
        measures, _ = tenders.add_measures(ws, tender.id, "coop-values", codes=list(EXTRA))
        measures = tenders.list_measures(ws, tender.id)
        for m in measures:
            tenders.set_measure(ws, m.id, weight=WEIGHTS[m.code])
        bid_ids = []
        for n, (ident, legal, trading) in enumerate(BIDDERS):
            bid, _ = bids.add_bid(ws, tender.id, identifier=ident, legal_name=legal, trading_name=trading,
                                  org_form="worker co-operative" if n == 0 else "company limited by shares")
            bid_ids.append(bid.id)
            for m in measures:
                if m.kind == "qualitative":
                    bids.set_response(ws, bid.id, m.id, text=RESPONSES[m.code][n], page_refs=PAGES[n])
                else:
                    bids.set_response(ws, bid.id, m.id, quantity=QUANTITIES[m.code][n])
        priya, _ = panel.add_member(ws, tender.id, name="Priya Shah", role="evaluator")
        tom, _ = panel.add_member(ws, tender.id, name="Tom Baker", role="evaluator")
        officer, _ = panel.add_member(ws, tender.id, name="Jo Okafor", role="officer")
        start.start_evaluation(ws, tender.id)
        qualitative = tuple(m.id for m in measures if m.kind == "qualitative")
        return Built(tender.id, tuple(bid_ids), qualitative, priya.id, tom.id, officer.id)


def copy_workspace(source: Path, target: Path) -> None:
    shutil.copyfile(source, target)
    for suffix in ("-wal", "-shm"):
        side = source.with_name(source.name + suffix)
        if side.exists():
            shutil.copyfile(side, target.with_name(target.name + suffix))


def staged(tmp_path_factory: pytest.TempPathFactory, target: Path) -> Built:
    """A copy at `target` of the session's template (built on first use)."""
    template = tmp_path_factory.getbasetemp() / "scoring-template" / "template.coopeval"
    ids = template.with_suffix(".json")
    if not ids.exists():
        template.parent.mkdir(parents=True, exist_ok=True)
        built = build(template)
        ids.write_text(json.dumps(built.__dict__), encoding="utf-8")
    data = json.loads(ids.read_text(encoding="utf-8"))
    copy_workspace(template, target)
    return Built(**{k: tuple(v) if isinstance(v, list) else v for k, v in data.items()})


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
