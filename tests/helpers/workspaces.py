"""Build real workspace files for the storage and service tests, through the services themselves.

A tender is built stage by stage (draft → evaluation → scored → moderation → signed_off) exactly as a
user would build it. Building takes a few dozen durable transactions, so each stage is built once
per test session into a template file and every test gets its own copy (`staged`).
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest

from coopeval.domain.scales import Scale, load_scales
from coopeval.paths import resources_dir
from coopeval.services.bids import entry as bids
from coopeval.services.evaluation import scores as evaluation
from coopeval.services.moderation import consensus as moderation
from coopeval.services.panel import members as panel
from coopeval.services.setup import frameworks, start, tenders
from coopeval.services.signoff import actions as signoff
from coopeval.services.workspace import Workspace

REPO = Path(__file__).resolve().parents[2]
EXAMPLE_FRAMEWORK = REPO / "frameworks" / "example-local-measures.toml"
FRAMEWORK_ID = "example-local-measures"
WEIGHTS = ("30", "20", "20", "30", "0")  # LOC-01..LOC-05 of the example's "core" set; LOC-04 is qualitative
STAGES = ("draft", "evaluation", "scored", "moderation", "signed_off")
ACTOR = "officer"


def scale(scale_id: str = "0-5") -> Scale:
    return load_scales(resources_dir() / "scales.toml")[scale_id]


@dataclass(frozen=True)
class BuiltTender:
    """Ids of what a staged tender holds. Member names: Ann (evaluator), Cal (chair), Oz (observer)."""

    reference: str
    id: int
    measures: tuple[int, ...]  # in position order
    qualitative: int  # the one qualitative measure (LOC-04)
    bids: tuple[int, ...]
    evaluator: int
    chair: int
    observer: int

    @property
    def scorers(self) -> tuple[int, int]:
        return (self.evaluator, self.chair)


def create_workspace(path: Path, *, actor: str = ACTOR) -> Workspace:
    ws = Workspace.create(path, actor=actor)
    frameworks.import_framework(ws, EXAMPLE_FRAMEWORK)
    return ws


def draft_tender(ws: Workspace, reference: str = "T1", *, bid_count: int = 2,
                 weights: tuple[str, ...] = WEIGHTS) -> BuiltTender:
    """A complete draft: measures weighted to `weights`, bids with responses, a panel with roles."""
    tender, _ = tenders.create_tender(ws, reference=reference, title="School meals", scale=scale())
    measures, _ = tenders.add_measures(ws, reference, FRAMEWORK_ID, set_name="core")
    for m, w in zip(measures, weights):
        tenders.set_measure(ws, m.id, weight=w)
    bid_ids = []
    for n in range(bid_count):
        bid, _ = bids.add_bid(ws, reference, identifier=f"IP{n:03}", legal_name=f"Bidder {n} Co-operative Ltd")
        bid_ids.append(bid.id)
        for m in measures:
            quantity = None if m.kind == "qualitative" else str(10 + n)
            bids.set_response(ws, bid.id, m.id, text=f"response {n} {m.code}", quantity=quantity)
    ann, _ = panel.add_member(ws, reference, name="Ann", role="evaluator")
    cal, _ = panel.add_member(ws, reference, name="Cal", role="chair")
    oz, _ = panel.add_member(ws, reference, name="Oz", role="observer")
    qualitative = [m.id for m in measures if m.kind == "qualitative"]
    assert len(qualitative) == 1, "the example framework's core set has one qualitative measure"
    return BuiltTender(reference, tender.id, tuple(m.id for m in measures), qualitative[0], tuple(bid_ids),
                       ann.id, cal.id, oz.id)


def advance(ws: Workspace, t: BuiltTender, stage: str) -> None:
    """Move a draft tender built by `draft_tender` on to `stage`, the way a panel would."""
    target = STAGES.index(stage)
    if target >= STAGES.index("evaluation"):
        start.start_evaluation(ws, t.reference)
        for member in t.scorers:
            panel.declare(ws, member, interest="none")
    if target >= STAGES.index("scored"):
        for member, value in zip(t.scorers, (4, 2)):
            for bid in t.bids:
                evaluation.save_score(ws, member, bid, t.qualitative, value=value,
                                      rationale="Specific commitments with evidence of delivery.")
            evaluation.submit_scores(ws, member)
    if target >= STAGES.index("moderation"):
        moderation.open_moderation(ws, t.reference)
    if target >= STAGES.index("signed_off"):
        for bid in t.bids:
            for measure in t.measures:
                value = 3 if measure == t.qualitative else None
                moderation.record_consensus(ws, bid, measure, value=value, rationale="Agreed by the panel (response, p. 1).",
                                            present=["Ann", "Cal"])
        for member in t.scorers:
            signoff.sign(ws, member, "I confirm the evaluation was fair.")
        signoff.finalise(ws, t.reference, t.chair)


def build(path: Path, stage: str, *, actor: str = ACTOR) -> BuiltTender:
    """Create a closed workspace file at `path` holding tender T1 at `stage`."""
    with create_workspace(path, actor=actor) as ws:
        t = draft_tender(ws)
        advance(ws, t, stage)
    return t


def copy_workspace(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    for suffix in ("-wal", "-shm"):
        side = source.with_name(source.name + suffix)
        if side.exists():
            shutil.copyfile(side, target.with_name(target.name + suffix))


def staged_file(tmp_path_factory: pytest.TempPathFactory, target: Path, stage: str) -> BuiltTender:
    """Copy of the session's template workspace at `stage` (built on first use) to `target`."""
    templates = tmp_path_factory.getbasetemp() / "workspace-templates"
    template = templates / stage / "template.coopeval"
    ids = template.with_suffix(".json")
    if not ids.exists():
        shutil.rmtree(template.parent, ignore_errors=True)
        template.parent.mkdir(parents=True)
        built = build(template, stage)
        ids.write_text(json.dumps(built.__dict__), encoding="utf-8")
    data = json.loads(ids.read_text(encoding="utf-8"))
    built = BuiltTender(**{k: tuple(v) if isinstance(v, list) else v for k, v in data.items()})
    copy_workspace(template, target)
    return built


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def raw(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection in autocommit, as someone with a database editor would use."""
    return sqlite3.connect(str(path), isolation_level=None)
