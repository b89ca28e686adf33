"""Returning an evaluator pack: the evaluator's scores are submitted in the pack (refused, saying
what is missing, until every item is scored with a rationale) and a consistent copy of the pack is
written to hand back, through SQLite's backup API into a temporary file moved into place."""

from __future__ import annotations

from pathlib import Path

from coopeval.services.changes import Changes
from coopeval.services.evaluation import items as scoring_items
from coopeval.services.evaluation import scores as evaluation
from coopeval.services.packs.common import PackError, pack_info
from coopeval.services.panel.members import find_member
from coopeval.services.workspace import Workspace
from coopeval.storage.sqlite import backup_to


def return_pack(ws: Workspace, out: str | Path) -> tuple[Path, Changes]:
    info = pack_info(ws)
    if info is None:
        raise PackError(f"{ws.path.name} is a workspace, not an evaluator pack; there is nothing to return.")
    out = Path(out).expanduser().absolute()
    if out == ws.path.absolute():
        raise PackError("Choose a different file for the returned pack: that is the pack you are scoring in.")
    if out.is_dir() or not out.parent.is_dir():
        raise PackError(f"Cannot write {out}: choose a file in a folder that exists.")
    member = find_member(ws, info.tender_reference, info.member)
    if scoring_items.scoring_sheet(ws, member.id).access == scoring_items.UNDECLARED:
        raise PackError("Declare any conflict of interest first (on the Scoring page), then score every item and "
                        "return the pack.")
    changes = evaluation.submit_scores(ws, member.id)  # refused with what is missing
    try:
        backup_to(ws.path, out)
    except OSError as exc:
        raise PackError(f"Cannot write {out}: {exc.strerror or exc}. Your scores are submitted and kept in the pack; "
                        "choose Return pack again to write it elsewhere.") from None
    return out, changes
