"""Before evaluation starts: whether it can, and what starting it will freeze (for the officer's
confirmation), and starting it."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlmodel import select

from coopeval.domain import lifecycle
from coopeval.domain.identity import Permission
from coopeval.services.changes import ChangeKind, Changes
from coopeval.services.identity.guard import require
from coopeval.services.panel import members as panel
from coopeval.services.rows import save, tender_row
from coopeval.services.setup import tenders
from coopeval.services.workspace import Workspace
from coopeval.storage import audit
from coopeval.storage.tables import MemberRow, TenderMeasureRow


@dataclass(frozen=True)
class FrozenMeasure:
    code: str
    title: str
    weight: str
    minimum: str | None
    method: str | None


@dataclass(frozen=True)
class FreezeSummary:
    reference: str
    title: str
    scale_name: str
    section_weight: str
    discuss_at: str
    split_above: str
    disqualify_on_threshold: bool
    measures: tuple[FrozenMeasure, ...]

    @property
    def thresholds(self) -> int:
        return sum(1 for m in self.measures if m.minimum is not None)


def start_problem(ws: Workspace, tender: int | str) -> str | None:
    """Why evaluation cannot start yet (the same message `start_evaluation` would give), or None."""
    t = tenders.get_tender(ws, tender)
    weights = [m.weight_decimal for m in tenders.list_measures(ws, t.id)]
    roles = [m.role for m in panel.list_members(ws, t.id)]
    try:
        lifecycle.check_start_evaluation(t.status, weights, roles, bool(t.scale_id))
    except lifecycle.LifecycleError as exc:
        return str(exc)
    return None


def freeze_summary(ws: Workspace, tender: int | str) -> FreezeSummary:
    t = tenders.get_tender(ws, tender)
    scale = tenders.tender_scale(ws, t.id)
    measures = tuple(FrozenMeasure(m.code, m.title, f"{Decimal(m.weight).normalize():f}", m.minimum,
                                   m.method if m.kind == "quantitative" else None)
                     for m in tenders.list_measures(ws, t.id))
    return FreezeSummary(t.reference, t.title, scale.name, t.section_weight, t.discuss_at, t.split_above,
                         t.disqualify_on_threshold, measures)


def start_evaluation(ws: Workspace, tender: int | str) -> Changes:
    with ws.writing() as session:
        row = tender_row(session, tender)
        require(ws, session, row, Permission.SET_UP)
        measures = list(session.exec(select(TenderMeasureRow).where(TenderMeasureRow.tender_id == row.id)))
        roles = [m.role for m in session.exec(select(MemberRow).where(MemberRow.tender_id == row.id))]
        lifecycle.check_start_evaluation(row.status, [Decimal(m.weight) for m in measures], roles, bool(row.scale))
        before = row.snapshot()
        row.status, row.updated_at = lifecycle.EVALUATION, audit.now_utc()
        save(ws, session, row, "start_evaluation", before, row.reference)
        return Changes.of(ChangeKind.TENDER, tender_id=row.id)
