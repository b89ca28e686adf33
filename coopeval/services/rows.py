"""What every capability's services share about rows: finding a tender by id or reference, saving a
row together with its audit event, and the canonical JSON of a scale."""

from __future__ import annotations

import json
from typing import Any

from sqlmodel import Session, select

from coopeval.domain.scales import Scale
from coopeval.services.workspace import NotFoundError, Workspace
from coopeval.storage import audit
from coopeval.storage.tables import TenderRow


def scale_json(scale: Scale) -> str:
    return json.dumps(scale.model_dump(mode="json"), sort_keys=True, ensure_ascii=False)


def tender_row(session: Session, tender: int | str) -> TenderRow:
    query = select(TenderRow).where(TenderRow.id == tender if isinstance(tender, int) else TenderRow.reference == tender)
    row = session.exec(query).first()
    if row is None:
        raise NotFoundError(f"There is no tender {tender!r} in this workspace.")
    return row


def save(ws: Workspace, session: Session, row: Any, action: str, before: dict | None, tender_ref: str | None,
         note: str = "") -> None:
    audit.record_change(session, row, actor=ws.actor, action=action, before=before, tender_ref=tender_ref, note=note)
