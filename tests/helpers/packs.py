"""Evaluator packs for the pack tests (service, hostile files, pack mode in the app): a panel
workspace to export from, and the officer's and the evaluator's steps done through the services."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest

from coopeval import cli
from coopeval.services.evaluation import items as scoring_items
from coopeval.services.evaluation import scores as evaluation
from coopeval.services.packs.common import default_return_path
from coopeval.services.packs.export import export_pack
from coopeval.services.packs.importing import import_pack
from coopeval.services.packs.returning import return_pack
from coopeval.services.panel import members as panel
from coopeval.services.workspace import Workspace
from tests.helpers.workspaces import staged_file

OFFICER = "officer"
RATIONALE = "Specific commitments with evidence of delivery."
REF = "T1"


@pytest.fixture
def panel_ws(tmp_path_factory, tmp_path):
    """T1 in evaluation: Ann (evaluator) and Cal (chair) have declared no interest; 2 bids x 1 qualitative measure."""
    path = tmp_path / "panel.coopeval"
    return path, staged_file(tmp_path_factory, path, "evaluation")


def export(path: Path, member: str = "Ann", out: Path | None = None, reference: str = REF) -> Path:
    out = out or path.with_name(f"{member}.coopeval-pack")
    with Workspace.open(path, actor=OFFICER) as ws:
        export_pack(ws, reference, member, out)
    return out


def score_in_pack(pack: Path, value: int = 2, *, member: str = "Ann", submit: bool = True, declare: bool = False,
                  reference: str = REF) -> None:
    with Workspace.open(pack, actor=member.lower()) as p:
        m = panel.find_member(p, reference, member)
        if declare:
            panel.declare(p, m.id, interest="none")
        for item in scoring_items.scoring_sheet(p, m.id).items:
            evaluation.save_score(p, m.id, item.bid_id, item.measure_id, value=value, rationale=f"{RATIONALE} ({value})")
        if submit:
            evaluation.submit_scores(p, m.id)


def returned(path: Path, value: int = 2, member: str = "Ann", **kwargs) -> Path:
    """Export `member`'s pack, score every item `value` in it, and Return pack; the returned file."""
    pack = export(path, member)
    score_in_pack(pack, value, member=member, submit=False, **kwargs)
    with Workspace.open(pack, actor=member.lower()) as p:
        out, _ = return_pack(p, default_return_path(pack))
    return out


def do_import(path: Path, pack: Path, **kwargs):
    with Workspace.open(path, actor=OFFICER) as ws:
        return import_pack(ws, pack, **kwargs)[0]


TABLES = ("tender", "tender_measure", "bid", "response", "member", "declaration", "score", "consensus", "audit_event")


def state(path: Path) -> tuple:
    """The workspace's audit head and row counts, read directly."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        head = con.execute("SELECT hash FROM audit_event ORDER BY seq DESC LIMIT 1").fetchone()[0]
        return head, {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        con.close()


def run_cli(*argv: str) -> tuple[int, str, str]:
    """`coopeval ...` in-process."""
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()
