"""Restoring a checked tender document into a workspace, in one transaction.

Every row is written as it was exported — statuses, timestamps and all — and through
`audit.record_change(action="import")`, so the audit chain verifies afterwards. Natural keys in the
document (measure codes, bid identifiers, member names, declaration numbers) become this
workspace's ids here. Any refusal raises before the transaction commits, so nothing is written.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from sqlmodel import Session, select

from coopeval.domain.errors import CoopEvalError
from coopeval.domain.identity import Permission
from coopeval.services.changes import ChangeKind, Changes
from coopeval.services.identity.guard import require_workspace
from coopeval.services.identity.people import seat_person
from coopeval.services.interchange.schema import TenderDocument
from coopeval.services.rows import row_id, scale_json
from coopeval.services.views import TenderView, from_row
from coopeval.services.workspace import Workspace
from coopeval.storage import audit
from coopeval.storage.tables import (
    AuditedRow,
    BidRow,
    ClarificationRow,
    ConsensusRow,
    DeclarationRow,
    FrameworkRow,
    MemberRow,
    ResponseRow,
    ScoreRow,
    SignOffRow,
    TenderMeasureRow,
    TenderRow,
)


class ImportRefusedError(CoopEvalError):
    """A valid tender document that this workspace cannot take (its reference or a framework clashes)."""


def restore(ws: Workspace, doc: TenderDocument, *, note: str) -> tuple[TenderView, Changes]:
    reference = doc.tender.reference
    with ws.writing() as session:
        require_workspace(ws, session, Permission.CREATE_TENDER)
        if session.exec(select(TenderRow).where(TenderRow.reference == reference)).first():
            raise ImportRefusedError(
                f"This workspace already has a tender with reference {reference!r}; nothing was imported. "
                "Import it into another workspace.")
        new_frameworks = _frameworks_to_add(session, doc)

        def put(row: AuditedRow, tender_ref: str | None = reference) -> None:
            audit.record_change(session, row, actor=ws.actor, person=ws.person_name, action="import", before=None,
                                tender_ref=tender_ref, note=note)

        for framework in new_frameworks:
            put(framework, None)
        t = doc.tender
        tender = TenderRow(**t.model_dump(exclude={"scale"}), scale="" if t.scale is None else scale_json(t.scale))
        put(tender)
        tender_id = row_id(tender)

        measure_id: dict[str, int] = {}
        for m in doc.measures:
            row = TenderMeasureRow(
                tender_id=tender_id, **m.model_dump(exclude={"measure", "bands"}),
                measure_json=json.dumps(m.measure, sort_keys=True, ensure_ascii=False),
                bands=None if m.bands is None else json.dumps(m.bands))
            put(row)
            measure_id[m.code] = row_id(row)

        bid_id: dict[str, int] = {}
        for b in doc.bids:
            bid = BidRow(tender_id=tender_id, **b.model_dump(exclude={"responses", "clarifications"}))
            put(bid)
            bid_id[b.identifier] = row_id(bid)
            for r in b.responses:
                put(ResponseRow(bid_id=row_id(bid), measure_id=measure_id[r.measure], text=r.text, page_refs=r.page_refs,
                                quantity=r.quantity))
            for c in b.clarifications:
                put(ClarificationRow(tender_id=tender_id, bid_id=row_id(bid), **c.model_dump()))

        member_id: dict[str, int] = {}
        for p in doc.members:
            person = seat_person(ws, session, p.name, p.email, reference, action="import", note=note)  # found or added
            member = MemberRow(tender_id=tender_id, **p.model_dump(), person_id=person.id)
            put(member)
            member_id[p.name] = row_id(member)

        _restore_declarations(session, doc, put, tender_id, member_id, bid_id)

        for s in doc.scores:
            put(ScoreRow(member_id=member_id[s.member], bid_id=bid_id[s.bid], measure_id=measure_id[s.measure],
                         **s.model_dump(exclude={"member", "bid", "measure"})))
        for agreed in doc.consensus:
            put(ConsensusRow(bid_id=bid_id[agreed.bid], measure_id=measure_id[agreed.measure],
                             present=json.dumps(agreed.present, ensure_ascii=False),
                             **agreed.model_dump(exclude={"bid", "measure", "present"})))
        for o in doc.sign_offs:
            put(SignOffRow(tender_id=tender_id, member_id=member_id[o.member], round=o.round, statement=o.statement,
                           signed_at=o.signed_at))

        present = ((ChangeKind.FRAMEWORK, new_frameworks), (ChangeKind.TENDER_MEASURE, doc.measures),
                   (ChangeKind.BID, doc.bids), (ChangeKind.RESPONSE, [r for b in doc.bids for r in b.responses]),
                   (ChangeKind.MEMBER, doc.members), (ChangeKind.DECLARATION, doc.declarations),
                   (ChangeKind.SCORE, doc.scores), (ChangeKind.CONSENSUS, doc.consensus),
                   (ChangeKind.SIGN_OFF, doc.sign_offs))
        kinds = [ChangeKind.TENDER, *(kind for kind, items in present if items)]
        return from_row(TenderView, tender), Changes.of(*kinds, tender_id=tender.id)


def _restore_declarations(session: Session, doc: TenderDocument, put: Any, tender_id: int,
                          member_id: dict[str, int], bid_id: dict[str, int]) -> None:
    """Declarations point at later ones (`superseded_by`), so all get ids first, then each is
    completed and audited once, in its final state."""
    rows: dict[int, DeclarationRow] = {}
    for d in doc.declarations:
        row = DeclarationRow(tender_id=tender_id, member_id=member_id[d.member],
                             bid_id=None if d.bid is None else bid_id[d.bid],
                             **d.model_dump(exclude={"number", "member", "bid", "superseded_by"}))
        session.add(row)
        session.flush()
        rows[d.number] = row
    for d in doc.declarations:
        row = rows[d.number]
        row.superseded_by = None if d.superseded_by is None else rows[d.superseded_by].id
        put(row)


def _frameworks_to_add(session: Session, doc: TenderDocument) -> list[FrameworkRow]:
    """Frameworks this workspace lacks; one it holds with the same content is reused, one with the
    same id and version but different content is refused."""
    rows = []
    now = audit.now_utc()
    for f in doc.frameworks:
        digest = hashlib.sha256(f.content.encode("utf-8")).hexdigest()
        held = session.exec(select(FrameworkRow).where(
            FrameworkRow.framework_id == f.framework_id, FrameworkRow.version == f.version)).first()
        if held is None:
            rows.append(FrameworkRow(**f.model_dump(), sha256=digest, imported_at=now))
        elif held.sha256 != digest:
            raise ImportRefusedError(
                f"This workspace already holds framework {f.framework_id} version {f.version} with different "
                "content from the one this tender was scored with; nothing was imported. Import the tender into "
                "another workspace.")
    return rows
