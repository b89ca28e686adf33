"""A tender in evaluation for the scoring tests (service and page): EV-2026-014, 8 measures of the
co-operative values framework (3 qualitative), 3 bids with responses, evaluators Priya and Tom and
officer Jo. Built once per test session into a template; every test gets its own copy (`staged`)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from coopeval.domain.scales import load_scales
from coopeval.paths import resources_dir
from coopeval.services.bids import entry as bids
from coopeval.services.panel import members as panel
from coopeval.services.setup import frameworks, start, tenders
from coopeval.services.workspace import Workspace
from tests.helpers.workspaces import copy_workspace

REPO = Path(__file__).resolve().parents[2]
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
NOTE = "Strengths: elected council decides rotas. Weaknesses: no minutes yet. Evidence: MS p.4."  # typed as a rationale


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
        frameworks.import_framework(ws, REPO / "frameworks" / "archive" / "coop-values-1.0.0.toml")
        tender, _ = tenders.create_tender(ws, reference="EV-2026-014", title="Community meals service",
                                          authority="Northbridge Borough Council", scale=scale)
        tenders.add_measures(ws, tender.id, "coop-values", set_name="light")
        measures, _ = tenders.add_measures(ws, tender.id, "coop-values", codes=list(EXTRA))
        measures = tenders.list_measures(ws, tender.id)
        for m in measures:
            tenders.set_measure(ws, m.id, weight=WEIGHTS[m.code])
        bid_ids = []
        for n, (ident, legal, trading) in enumerate(BIDDERS):
            bid, _ = bids.add_bid(ws, tender.id, identifier=ident, legal_name=legal, trading_name=trading)
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
