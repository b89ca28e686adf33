"""Restoring a checked tender document into a workspace, in one transaction.

Every row is written as it was exported — statuses, timestamps and all — with Core bulk inserts
through one `audit.Chain` (one head read, one event per row, action "import"), so the audit chain
verifies afterwards. Natural keys in the
document (measure codes, bid identifiers, member names, declaration numbers) become this
workspace's ids here. Any refusal raises before the transaction commits, so nothing is written.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import bindparam, update
from sqlmodel import Session, select

from coopeval.domain import text
from coopeval.domain.errors import CoopEvalError
from coopeval.domain.identity import Permission
from coopeval.domain.progress import ProgressFn
from coopeval.i18n import _
from coopeval.services.changes import ChangeKind, Changes
from coopeval.services.identity.guard import require_workspace
from coopeval.services.identity.people import seat_person
from coopeval.services.interchange.checks import document_record_fields, file_bytes
from coopeval.services.interchange.schema import AnyTenderDocument, TenderDocument
from coopeval.services.rows import row_id, scale_json
from coopeval.services.views import TenderView, from_row
from coopeval.services.workspace import Workspace
from coopeval.storage import audit
from coopeval.storage.tables import (
    AuditedRow,
    AwardRow,
    BidRecordRow,
    BidRow,
    ClarificationRow,
    CommitmentRow,
    ConsensusRow,
    ContractChangeRow,
    DeclarationRow,
    DeliveryRow,
    EvidenceRow,
    FrameworkRow,
    MemberRow,
    OtherCriterionRow,
    OtherScoreRow,
    RatingRow,
    ResponseRow,
    ScoreRow,
    SignOffRow,
    TenderFileRow,
    TenderMeasureRow,
    TenderRow,
)


class ImportRefusedError(CoopEvalError):
    """A valid tender document that this workspace cannot take (its reference or a framework clashes)."""


WRITE_CHUNK = 10_000  # rows inserted (and their events written) at a time: progress, and bounded pending events


def restore(ws: Workspace, doc: AnyTenderDocument, *, note: str,
            progress: ProgressFn | None = None) -> tuple[TenderView, Changes]:
    reference = doc.tender.reference
    with ws.writing() as session:
        require_workspace(ws, session, Permission.CREATE_TENDER)
        if session.exec(select(TenderRow).where(TenderRow.reference == reference)).first():
            raise ImportRefusedError(
                _("This workspace already has a tender with reference {reference!r}; nothing was imported. "
                "Import it into another workspace.").format(reference=reference))
        new_frameworks = _frameworks_to_add(session, doc)
        # One head read, Core bulk inserts, and still one event (with its own hash) per row.
        chain = audit.Chain(session, actor=ws.actor, person=ws.person_name, note=note)

        def report(table: type[AuditedRow], done: int, total: int) -> None:
            if progress is not None:
                progress(done, total, f"writing {str(table.__tablename__).replace('_', ' ')} rows")

        def put(rows: list[Any], tender_ref: str | None = reference) -> None:
            for start in range(0, len(rows), WRITE_CHUNK):  # the same ids, events and order as one insert
                chain.insert(rows[start:start + WRITE_CHUNK], action="import", tender_ref=tender_ref)
                chain.flush()
                report(type(rows[0]), min(start + WRITE_CHUNK, len(rows)), len(rows))

        def put_values(table: type[AuditedRow], rows: Iterable[dict[str, Any]], total: int) -> None:
            """Rows given as their values (no object per row: a tender may have a million bids), made whole
            snapshots here (each column, its default when not given; the next id) and written a chunk at a time."""
            names = list(table.model_fields)
            defaults = {name: field.get_default(call_default_factory=False) for name, field in table.model_fields.items()
                        if not field.is_required()}
            done, chunk = 0, []
            for values in rows:
                snap = {**defaults, **values}
                if snap["id"] is None:
                    snap["id"] = chain.new_id(table)
                if len(snap) != len(names):  # a column missing (required, not given) or one the table lacks
                    raise RuntimeError(_("{tablename__} row has columns {snap}, not {names}").format(tablename__=table.__tablename__, snap=sorted(snap), names=names))
                chunk.append(snap)
                if len(chunk) == WRITE_CHUNK:
                    chain.insert_snapshots(table, chunk, action="import", tender_ref=reference)
                    chain.flush()
                    done += len(chunk)
                    chunk = []
                    report(table, done, total)
            if chunk:
                chain.insert_snapshots(table, chunk, action="import", tender_ref=reference)
                chain.flush()
                report(table, done + len(chunk), total)

        put(new_frameworks, None)
        t = doc.tender
        tender = TenderRow(**t.model_dump(exclude={"scale"}), scale="" if t.scale is None else scale_json(t.scale))
        put([tender])
        tender_id = row_id(tender)

        measures = [TenderMeasureRow(
            tender_id=tender_id, **m.model_dump(exclude={"measure", "bands"}),
            measure_json=json.dumps(m.measure, sort_keys=True, ensure_ascii=False),
            bands=None if m.bands is None else json.dumps(m.bands)) for m in doc.measures]
        put(measures)
        measure_id = {m.code: row_id(row) for m, row in zip(doc.measures, measures)}

        # bids, their answers, responses and clarifications: many rows, written from their values
        bid_names = set(BidRow.model_fields) - {"id"}  # a version-1 bid's org_form and org_evidence land in the bid
        bid_id = {b.identifier: chain.new_id(BidRow) for b in doc.bids}  # ids first: answers and others point at them
        put_values(BidRow, ({"id": bid_id[b.identifier], "tender_id": tender_id,
                             **{k: v for k, v in b.__dict__.items() if k in bid_names}} for b in doc.bids), len(doc.bids))
        if isinstance(doc, TenderDocument):  # version 2: each answer its own row, under the field's own code
            code = {text.identity_key(f.code): f.code for f in document_record_fields(doc)}
            put_values(BidRecordRow, ({"bid_id": bid_id[b.identifier], "code": code[text.identity_key(r.code)],
                                       "value": r.value, "evidence": r.evidence} for b in doc.bids for r in b.records),
                       sum(len(b.records) for b in doc.bids))
        put_values(ResponseRow, ({"bid_id": bid_id[b.identifier], "measure_id": measure_id[r.measure], "text": r.text,
                                  "page_refs": r.page_refs, "quantity": r.quantity} for b in doc.bids for r in b.responses),
                   sum(len(b.responses) for b in doc.bids))
        put_values(ClarificationRow, ({"tender_id": tender_id, "bid_id": bid_id[b.identifier], **c.__dict__}
                                      for b in doc.bids for c in b.clarifications),
                   sum(len(b.clarifications) for b in doc.bids))

        member_id: dict[str, int] = {}
        for p in doc.members:
            chain.flush()  # seating a person appends to the chain itself
            person = seat_person(ws, session, p.name, p.email, reference, action="import", note=note)  # found or added
            chain.resync()
            member = MemberRow(tender_id=tender_id, **p.model_dump(), person_id=person.id)
            put([member])
            member_id[p.name] = row_id(member)

        _restore_declarations(session, chain, doc, tender_id, member_id, bid_id, reference)

        put_values(ScoreRow, ({**s.model_dump(exclude={"member", "bid", "measure"}), "member_id": member_id[s.member],
                               "bid_id": bid_id[s.bid], "measure_id": measure_id[s.measure]} for s in doc.scores),
                   len(doc.scores))
        put_values(ConsensusRow, ({**agreed.model_dump(exclude={"bid", "measure", "present"}),
                                   "bid_id": bid_id[agreed.bid], "measure_id": measure_id[agreed.measure],
                                   "present": json.dumps(agreed.present, ensure_ascii=False)}
                                  for agreed in doc.consensus), len(doc.consensus))
        put([SignOffRow(tender_id=tender_id, member_id=member_id[o.member], round=o.round, statement=o.statement,
                        signed_at=o.signed_at) for o in doc.sign_offs])
        files = doc.files if isinstance(doc, TenderDocument) else []
        file_id: dict[tuple[str, int, str], int] = {}
        for number, f in enumerate(files, start=1):  # one at a time: each may be megabytes
            data = file_bytes(f.content_base64)
            assert data is not None  # checked with the document
            kept = TenderFileRow(id=chain.new_id(TenderFileRow), tender_id=tender_id, data=data,
                                 **f.model_dump(exclude={"content_base64"}))
            # the row with its bytes; its event, like every kept file's, with the digest and size only
            chain.insert_snapshots(TenderFileRow, [{**kept.snapshot(), "data": data}], action="import",
                                   tender_ref=reference, audited=False)
            chain.event(action="import", entity=TenderFileRow.__entity__, entity_id=kept.id, tender_ref=reference,
                        after=kept.snapshot())
            chain.flush()
            file_id[f.kind, f.version, f.media] = row_id(kept)
            report(TenderFileRow, number, len(files))
        chain.flush()
        after = _restore_after_award(doc, put, tender_id, measure_id, bid_id, file_id) \
            if isinstance(doc, TenderDocument) else []
        if isinstance(doc, TenderDocument):
            after.append(_restore_other_criteria(doc, put, tender_id, bid_id))

        present = ((ChangeKind.FRAMEWORK, new_frameworks), (ChangeKind.TENDER_MEASURE, doc.measures),
                   (ChangeKind.BID, doc.bids), (ChangeKind.RESPONSE, [r for b in doc.bids for r in b.responses]),
                   (ChangeKind.MEMBER, doc.members), (ChangeKind.DECLARATION, doc.declarations),
                   (ChangeKind.SCORE, doc.scores), (ChangeKind.CONSENSUS, doc.consensus),
                   (ChangeKind.SIGN_OFF, doc.sign_offs), (ChangeKind.TENDER_FILE, files), *after)
        kinds = [ChangeKind.TENDER, *(kind for kind, items in present if items)]
        return from_row(TenderView, tender), Changes.of(*kinds, tender_id=tender.id)


def _restore_other_criteria(doc: TenderDocument, put: Any, tender_id: int, bid_id: dict[str, int]
                            ) -> tuple[ChangeKind, list[Any]]:
    """The other award criteria (issue 21), removed ones too, and their scores."""
    criteria = [OtherCriterionRow(tender_id=tender_id, **c.model_dump(exclude={"scores"})) for c in doc.other_criteria]
    if criteria:
        put(criteria)
    scores = [OtherScoreRow(tender_id=tender_id, criterion_id=row_id(row), bid_id=bid_id[s.bid],
                            **s.model_dump(exclude={"bid"}))
              for c, row in zip(doc.other_criteria, criteria) for s in c.scores]
    if scores:
        put(scores)
    return ChangeKind.OTHER_CRITERIA, list(doc.other_criteria)


def _restore_after_award(doc: TenderDocument, put: Any, tender_id: int, measure_id: dict[str, int],
                         bid_id: dict[str, int], file_id: dict[tuple[str, int, str], int]
                         ) -> list[tuple[ChangeKind, list[Any]]]:
    """Awards, commitments, contract changes, deliveries with their evidence links, and ratings, in the document's
    order (their numbers become this workspace's ids). The kept files are already written."""
    awards = [AwardRow(tender_id=tender_id, bid_id=bid_id[a.bid], **a.model_dump(exclude={"number", "bid"}))
              for a in doc.awards]
    if awards:
        put(awards)
    award_id = {a.number: row_id(row) for a, row in zip(doc.awards, awards)}
    commitments = [CommitmentRow(tender_id=tender_id, award_id=award_id[c.award],
                                 measure_id=None if c.measure is None else measure_id[c.measure],
                                 **c.model_dump(exclude={"number", "award", "measure"})) for c in doc.commitments]
    if commitments:
        put(commitments)
    commitment_id = {c.number: row_id(row) for c, row in zip(doc.commitments, commitments)}
    changes = [ContractChangeRow(tender_id=tender_id, commitment_id=commitment_id[c.commitment],
                                 **c.model_dump(exclude={"commitment"})) for c in doc.contract_changes]
    if changes:
        put(changes)
    deliveries = [DeliveryRow(tender_id=tender_id, commitment_id=commitment_id[d.commitment],
                              **d.model_dump(exclude={"commitment", "evidence"})) for d in doc.deliveries]
    if deliveries:
        put(deliveries)
    links = [EvidenceRow(delivery_id=row_id(row), file_id=file_id[e.kind, e.version, e.media])
             for d, row in zip(doc.deliveries, deliveries) for e in d.evidence]
    if links:
        put(links)
    ratings = [RatingRow(tender_id=tender_id, commitment_id=commitment_id[r.commitment],
                         **r.model_dump(exclude={"commitment"})) for r in doc.ratings]
    if ratings:
        put(ratings)
    return [(ChangeKind.AWARD, doc.awards), (ChangeKind.COMMITMENT, [*doc.commitments, *doc.contract_changes]),
            (ChangeKind.DELIVERY, doc.deliveries), (ChangeKind.RATING, doc.ratings)]


def _restore_declarations(session: Session, chain: audit.Chain, doc: AnyTenderDocument, tender_id: int,
                          member_id: dict[str, int], bid_id: dict[str, int], reference: str) -> None:
    """Declarations point at later ones (`superseded_by`), so all get ids first, then each is
    written and audited once, in its final state (those pointing at one not yet written are
    inserted without it and completed before their events are made)."""
    rows: dict[int, DeclarationRow] = {}
    for d in doc.declarations:
        rows[d.number] = DeclarationRow(tender_id=tender_id, member_id=member_id[d.member],
                                        bid_id=None if d.bid is None else bid_id[d.bid],
                                        **d.model_dump(exclude={"number", "member", "bid", "superseded_by"}))
        rows[d.number].id = chain.new_id(DeclarationRow)
    chain.insert(list(rows.values()), action="import", tender_ref=reference, audited=False)
    pointing = [(rows[d.number], rows[d.superseded_by].id) for d in doc.declarations if d.superseded_by is not None]
    if pointing:
        table = DeclarationRow.__table__  # type: ignore[attr-defined]
        session.execute(update(table).where(table.c.id == bindparam("row_id")).values(superseded_by=bindparam("later")),
                        [{"row_id": row.id, "later": later} for row, later in pointing])
        for row, later in pointing:
            row.superseded_by = later
    for d in doc.declarations:
        row = rows[d.number]
        chain.event(action="import", entity=DeclarationRow.__entity__, entity_id=row.id, tender_ref=reference,
                    after=row.snapshot())


def _frameworks_to_add(session: Session, doc: AnyTenderDocument) -> list[FrameworkRow]:
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
                _("This workspace already holds framework {framework_id} version {version} with different "
                "content from the one this tender was scored with; nothing was imported. Import the tender into "
                "another workspace.").format(framework_id=f.framework_id, version=f.version))
    return rows
