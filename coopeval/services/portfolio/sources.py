"""What the portfolio reads from each workspace (issue 20): its awarded tenders with the facts that identify them and
the winning bid's record answers, its contracts' commitments against delivery, and its spend summed in SQL.

Other workspaces are opened read only (`Workspace.open(path, read_only=True)`: no lock taken, no migration, nothing
written); a file that cannot be read — missing, damaged, not a workspace, written by a newer CoopEval, unreadable —
becomes a note, never a crash.

CV-CC-01 (supply-chain spend with co-operative and democratic businesses) in £: a commitment whose unit is pounds
counts as it is; a percentage counts as that percentage of the awarded contract value (the contract's third-party
spend is not recorded, so the value is the base), promised from the target and delivered from the accepted figure.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, col, func, select

from coopeval.domain import lifecycle
from coopeval.domain.errors import CoopEvalError
from coopeval.domain.portfolio import MeasureFacts, TenderFacts, decimal_text, supply_chain_pence
from coopeval.domain.records import is_democratic
from coopeval.reporting.data import answers_to
from coopeval.reporting.questionnaire.template_layout import is_percent_unit
from coopeval.services.bids.records import bid_records, tender_record_fields
from coopeval.services.delivery.entries import delivered, is_level_unit
from coopeval.services.publishing.files import set_up_fingerprint
from coopeval.services.spend import share as spend
from coopeval.services.workspace import Workspace
from coopeval.storage.tables import (
    AwardRow,
    BidRow,
    CommitmentRow,
    DeliveryRow,
    TenderMeasureRow,
    TenderRow,
)

SUPPLY_CHAIN = "CV-CC-01"


@dataclass
class WorkspaceData:
    name: str
    tenders: list[TenderFacts] = field(default_factory=list)
    buckets: list[spend.Bucket] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)  # its lines' keys, when a later workspace needs them
    duplicates: int = 0  # its lines already counted from an earlier workspace
    decisions: dict[str, bool] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def open_other(path: Path) -> tuple[Workspace | None, str | None]:
    """A workspace opened read only, or None and a note saying why it could not be read."""
    try:
        return Workspace.open(path, read_only=True), None
    except (CoopEvalError, OSError, SQLAlchemyError) as exc:
        reason = str(exc) if isinstance(exc, CoopEvalError) else (getattr(exc, "strerror", None) or type(exc).__name__)
        return None, f"{Path(path).name} was not read: {reason}"


def read_workspace(ws: Workspace, name: str, *, counted_keys: Iterable[str] | None, want_keys: bool) -> WorkspaceData:
    """Everything the portfolio needs from one workspace; `counted_keys`: spend line keys already counted from the
    workspaces before it (None: none had spend)."""
    data = WorkspaceData(name)
    try:
        with ws.reading() as session:
            data.tenders = tenders(session, name)
            data.buckets = spend.buckets(session, exclude_keys=counted_keys)
            if counted_keys is not None:
                data.duplicates = spend.counted_elsewhere(session, counted_keys)
            if want_keys:
                data.keys = spend.line_keys(session)
            data.decisions = spend.decisions(session)
    except SQLAlchemyError as exc:
        data.notes.append(f"{name} could not be read completely ({type(exc).__name__}); it is left out.")
        data.tenders, data.buckets, data.keys, data.decisions = [], [], [], {}
    return data


def tenders(session: Session, workspace: str) -> list[TenderFacts]:
    """The workspace's awarded tenders (an award not withdrawn), oldest notice first."""
    out = []
    awards = session.exec(select(AwardRow, TenderRow).join(TenderRow, col(TenderRow.id) == AwardRow.tender_id)
                          .where(col(AwardRow.withdrawn).is_(False),
                                 col(TenderRow.status).in_(lifecycle.AFTER_AWARD))
                          .order_by(col(AwardRow.notice_date), col(TenderRow.reference))).all()
    for award, tender in awards:
        out.append(_facts(session, workspace, tender, award))
    return out


def _facts(session: Session, workspace: str, tender: TenderRow, award: AwardRow) -> TenderFacts:
    assert tender.id is not None
    bid_rows = list(session.exec(select(BidRow).where(BidRow.tender_id == tender.id)))
    answers = bid_records(session, [b.id for b in bid_rows if b.id is not None])
    fields = tender_record_fields(session, tender.id)
    winner = next((b for b in bid_rows if b.id == award.bid_id), None)
    mine = answers.get(award.bid_id, ())
    legal = "; ".join(a.value for f in fields if f.role == "legal_form" for a in answers_to(f, mine))
    model = "; ".join(a.value for f in fields if f.role == "ownership" for a in answers_to(f, mine))
    counted_fields = [f for f in fields if f.role in ("legal_form", "ownership")]
    recorded = any(answers_to(f, mine) for f in counted_fields)
    democratic = is_democratic(fields, mine) if recorded else None
    coop_bid = any(is_democratic(fields, a) for a in answers.values())
    entries = session.exec(select(func.count()).select_from(DeliveryRow)
                           .where(DeliveryRow.tender_id == tender.id)).one()
    measures, promised, achieved = _commitments(session, tender, award)
    return TenderFacts(
        workspace=workspace, reference=tender.reference, title=tender.title, authority=tender.authority or "",
        fingerprint=set_up_fingerprint(session, tender), notice_date=award.notice_date, value_pence=award.value_pence,
        bidder=winner.identifier if winner else "", supplier=(winner.trading_name or winner.legal_name) if winner else "",
        legal_form=legal, model=model, democratic=democratic, coop_bid=coop_bid, bids=len(bid_rows),
        status=tender.status, entries=int(entries), cc_promised_pence=promised, cc_delivered_pence=achieved,
        measures=tuple(measures))


def _commitments(session: Session, tender: TenderRow,
                 award: AwardRow) -> tuple[list[MeasureFacts], int | None, int | None]:
    rows = list(session.exec(select(CommitmentRow).where(CommitmentRow.tender_id == tender.id,
                                                         CommitmentRow.award_id == award.id,
                                                         col(CommitmentRow.removed).is_(False),
                                                         CommitmentRow.kind == "quantitative")
                             .order_by(col(CommitmentRow.position), col(CommitmentRow.id))))
    titles = {m.id: _title(m) for m in session.exec(select(TenderMeasureRow).where(
        TenderMeasureRow.tender_id == tender.id))}
    entries: dict[int, list[DeliveryRow]] = {}
    for e in session.exec(select(DeliveryRow).where(DeliveryRow.tender_id == tender.id)):
        entries.setdefault(e.commitment_id, []).append(e)
    out = []
    promised: int | None = None
    achieved: int | None = None
    for c in rows:
        got = delivered(c, entries.get(c.id or 0, []))
        unit = c.unit or ""
        out.append(MeasureFacts(c.code, titles.get(c.measure_id, c.code) if c.measure_id else c.code, unit,
                                c.direction or "higher", is_level_unit(unit), c.target,
                                decimal_text(got) if got is not None else None))
        if c.code == SUPPLY_CHAIN:
            percent = is_percent_unit(unit)
            p = supply_chain_pence(unit, c.target, award.value_pence, percent=percent)
            if p is not None:
                promised = (promised or 0) + p
                d = supply_chain_pence(unit, decimal_text(got) if got is not None else None, award.value_pence,
                                       percent=percent)
                achieved = (achieved or 0) + (d or 0)
    return out, promised, achieved


def _title(measure: TenderMeasureRow) -> str:
    try:
        fields = json.loads(measure.measure_json or "{}")
    except ValueError:
        return measure.code
    title = fields.get("title") if isinstance(fields, dict) else None
    return title if isinstance(title, str) and title else measure.code
