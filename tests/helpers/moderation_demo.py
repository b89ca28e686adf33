"""The demo workspace's tender in evaluation (EVC-2026-021) for the Moderation and sign-off GUI
tests. Before the window opens, Deborah (who had not started) saves two drafts through the scoring
service, as she would during evaluation: a 1 for The Youth Co-op on CV-PA-01, against Owain's and
Priya's 5s (a split), and a 2 on CV-SE-05 with no rationale (which can only be withdrawn)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from coopeval.services.bids.entry import list_bids
from coopeval.services.demo import build_demo
from coopeval.services.evaluation import scores as evaluation
from coopeval.services.moderation import consensus as moderation
from coopeval.services.moderation import drafts
from coopeval.services.panel import members as panel
from coopeval.services.setup import tenders
from coopeval.services.workspace import Workspace

REF = "EVC-2026-021"
YOUTH_COOP, YOUNG_VALE, PATHWAYS = "The Youth Co-op", "Young Vale Trust", "Pathways Youth Services Ltd"
PRIYA, OWAIN, DEBORAH = "Priya Raman", "Owain Llŷr", "Deborah Nwosu"


def _prepare(path: Path, *, opened: bool) -> None:
    build_demo(path)
    with Workspace.open(path, actor="deborah") as ws:
        deborah = panel.find_member(ws, REF, DEBORAH).id
        ids = {m.code: m.id for m in tenders.list_measures(ws, REF)}
        bid = _bid(ws, YOUTH_COOP)
        evaluation.save_score(ws, deborah, bid, ids["CV-PA-01"], value=1,
                              rationale="Workers decide only the rota; the board seats are not tied to the contract.")
        evaluation.save_score(ws, deborah, bid, ids["CV-SE-05"], value=2)
        if opened:  # the officer opens moderation and every evaluator settles their drafts
            moderation.open_moderation(ws, REF)
            for d in drafts.pending_drafts(ws, REF):
                if d.submittable:
                    drafts.submit_draft(ws, d.score_id, member_id=d.member_id)
                else:
                    drafts.withdraw_draft(ws, d.score_id, member_id=d.member_id, reason="Not finished in time")


def _bid(ws: Workspace, name: str) -> int:
    return next(b.id for b in list_bids(ws, REF) if b.display_name == name)


@pytest.fixture(scope="module")
def moderation_templates(tmp_path_factory):
    """The demo workspace with Deborah's drafts, in evaluation (False) and with moderation opened (True)."""
    folder = tmp_path_factory.mktemp("moderation-templates")
    out = {}
    for opened in (False, True):
        path = folder / f"demo-{'opened' if opened else 'evaluation'}.coopeval"
        _prepare(path, opened=opened)
        out[opened] = path
    return out


def open_on_moderation(qtbot, window, templates, tmp_path, opened: bool):
    """Open a copy of a template, select the tender and show the Moderation page."""
    path = tmp_path / "demo.coopeval"
    shutil.copyfile(templates[opened], path)
    assert window.file_actions.open_path(path)
    row = next(r for r in range(window.tender_model.rowCount()) if REF in window.tender_model.item(r).text())
    window.tender_list.setCurrentIndex(window.tender_model.index(row, 0))
    page = window.select_page("Moderation")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return page, path
