"""What every capability's services share about rows: finding a tender by id or reference, the id of a
stored row, saving a row together with its audit event, and the canonical JSON of a scale."""

from __future__ import annotations

import json
from typing import Any, TypeVar

from sqlmodel import Session, SQLModel, select

from coopeval.domain.framework import snapshot
from coopeval.domain.scales import Scale
from coopeval.i18n import _
from coopeval.services.workspace import NotFoundError, Workspace
from coopeval.storage import audit
from coopeval.storage.tables import AuditedRow, TenderRow

R = TypeVar("R", bound=SQLModel)


def scale_json(scale: Scale) -> str:
    # absent Welsh adds no keys: a scale without it is stored exactly as before issue 22
    return json.dumps(snapshot(scale), sort_keys=True, ensure_ascii=False)


def tender_row(session: Session, tender: int | str) -> TenderRow:
    query = select(TenderRow).where(TenderRow.id == tender if isinstance(tender, int) else TenderRow.reference == tender)
    row = session.exec(query).first()
    if row is None:
        raise NotFoundError(_("There is no tender {tender!r} in this workspace.").format(tender=tender))
    return row


def row_id(row: AuditedRow) -> int:
    """The id of a row read from the workspace or flushed to it: SQLModel types every id `int | None`
    because only a row not yet flushed has none."""
    if row.id is None:
        raise ValueError(_("This {name__} has not been saved yet, so it has no id.").format(name__=type(row).__name__))
    return row.id


def stored_row(session: Session, table: type[R], key: int | str, description: str) -> R:
    """The row of `table` with primary key `key`, or NotFoundError naming it as `description`."""
    row = session.get(table, key)
    if row is None:
        raise NotFoundError(_("There is no {description} {key}.").format(description=description, key=key))
    return row


def save(ws: Workspace, session: Session, row: Any, action: str, before: dict | None, tender_ref: str | None,
         note: str = "") -> None:
    audit.record_change(session, row, actor=ws.actor, person=ws.person_name, action=action, before=before, tender_ref=tender_ref, note=note)
