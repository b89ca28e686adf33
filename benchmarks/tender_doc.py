"""A benchmark tender: the demo's community meals tender exported as a tender document and grown to
size (its measures repeated to 60 with weights of 1.5 or 2, so they total 100), then imported into a
fresh workspace. Shared by the benchmarks that need a 40 × 60 × 9 tender built through the services."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

from coopeval.services.demo import build_demo
from coopeval.services.interchange.tender_json import export_tender, import_tender
from coopeval.services.workspace import Workspace

BIDS, MEASURES, EVALUATORS = 40, 60, 9
STAMP = "2026-06-01T10:00:00.000000Z"


def grown_parts(doc: dict[str, Any], *, response_text: Callable[[int, str], str],
                page_refs: str = "") -> tuple[list[dict], list[dict], list[dict], list[dict]]:
    """Measures, bids with responses, members (a chair and evaluators) and their declarations of no
    interest, grown from the demo document."""
    seed_measures, seed_bid = doc["measures"], doc["bids"][0]
    measures = []
    for n in range(MEASURES):
        m = copy.deepcopy(seed_measures[n % len(seed_measures)])
        m["code"] = m["measure"]["code"] = f"{m['code']}-{n // len(seed_measures) + 1}"
        m["position"], m["weight"], m["minimum"] = n + 1, "1.5" if n < 40 else "2", None
        measures.append(m)
    quantitative = {m["code"] for m in measures if m["kind"] == "quantitative"}
    bids = []
    for b in range(BIDS):
        bid = copy.deepcopy(seed_bid)
        bid["identifier"], bid["legal_name"], bid["trading_name"] = f"B{b:03}", f"Bidder {b} Co-operative Ltd", ""
        bid["clarifications"] = []
        bid["responses"] = [{"measure": m["code"], "text": response_text(b, m["code"]), "page_refs": page_refs,
                             "quantity": str(1 + (b * 7 + i) % 50) if m["code"] in quantitative else None}
                            for i, m in enumerate(measures)]
        bids.append(bid)
    members = [{"name": f"Member {n}", "role": "chair" if n == 0 else "evaluator", "email": ""} for n in range(EVALUATORS)]
    declarations = [{"number": n + 1, "member": m["name"], "bid": None, "interest": "none", "nature": None, "details": "",
                     "declared_at": STAMP, "resolution": None, "resolution_note": "", "resolved_by": None,
                     "resolved_at": None, "superseded_by": None} for n, m in enumerate(members)]
    return measures, bids, members, declarations


def build(folder: Path, grow: Callable[[dict[str, Any]], dict[str, Any]]) -> Path:
    """The demo's signed-off tender, grown by `grow`, imported into `folder/bench.coopeval`."""
    demo = build_demo(folder / "demo.coopeval")
    with Workspace.open(demo, read_only=True) as ws:
        doc = export_tender(ws, "EVC-2026-014")
    path = folder / "bench.coopeval"
    with Workspace.create(path, actor="bench") as ws:
        import_tender(ws, grow(doc), source_name="bench")
    return path
