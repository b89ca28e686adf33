"""Exporting an evaluator pack: exactly what one panel member needs to score away from the office.

The pack is a new workspace file (created the normal way, so it is stamped and migrated like any
other) holding the tender's set-up, its bids and responses, and the member's own row, declarations
and scores, each written through the audit log so the pack's own chain verifies. Nothing of any
other member is copied: no member rows, scores, notes or declarations. A bid the member may not see
(excluded, an interest awaiting resolution, or withdrawn) travels as its identity only (identifier,
names, withdrawn) with no responses or other details, so the member's declarations about it still
name it and it stays hidden in the pack as it is in the office.

The pack also carries the member's person row (their passphrase hash and signing key pair, the
private half encrypted under their passphrase; no workspace roles, nobody else's), so the member
signs in inside the pack as themselves and signs the pack they return. It is written in a private
temporary folder and sealed into `out` under the pack passphrase (`sealed`).

The workspace records a `pack_export` audit event naming the member, the pack's file, the pack's
audit head and the member's public key; importing later requires that head in the pack's chain.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session, col, select

from coopeval.domain import lifecycle
from coopeval.domain.identity import Permission
from coopeval.domain.progress import CancelFn, ProgressFn, Steps
from coopeval.i18n import _
from coopeval.services.changes import Changes
from coopeval.services.evaluation import scores as evaluation
from coopeval.services.identity.guard import require
from coopeval.services.packs import sealed
from coopeval.services.packs.common import (
    ENTITY,
    IDENTITY_FIELDS,
    KIND,
    PACK_FORMAT,
    PackError,
    fingerprints,
    setup_document,
)
from coopeval.services.packs.sealed import check_pack_passphrase
from coopeval.services.panel.members import find_member
from coopeval.services.rows import row_id, stored_row, tender_row
from coopeval.services.workspace import NotFoundError, Workspace
from coopeval.storage import audit
from coopeval.storage.safe_files import on_disk_errors
from coopeval.storage.tables import (
    AuditedRow,
    BidRow,
    DeclarationRow,
    MemberRow,
    MetaRow,
    PersonRow,
    ResponseRow,
    ScoreRow,
    TenderMeasureRow,
    TenderRow,
)
from coopeval.storage.workspace_file import read_meta


@dataclass(frozen=True)
class ExportedPack:
    path: Path
    member: str
    tender_reference: str
    pack_head: str
    bids: int  # bids the member may see and score in the pack
    withheld: int  # bids carried as identity only (excluded, awaiting, withdrawn)


@on_disk_errors("The evaluator pack", "out")
def export_pack(ws: Workspace, tender: int | str, member_name: str, out: str | Path, *, passphrase: str,
                overwrite: bool = False, progress: ProgressFn | None = None,
                cancel: CancelFn | None = None) -> tuple[ExportedPack, Changes]:
    """Write `member_name`'s pack to `out`, encrypted under the pack `passphrase` (agreed now; the
    officer gives it to the member by another channel than the file)."""
    check_pack_passphrase(passphrase)
    out = _destination(ws, Path(out), overwrite)
    steps = Steps(4, progress, cancel)
    source_id = read_meta(ws.engine).get("workspace_id", "")
    # Read before the write transaction: a reading session would wait for it.
    submitted = evaluation.progress(ws, find_member(ws, tender, member_name).id).submitted
    with ws.writing() as session:
        t = tender_row(session, tender)
        require(ws, session, t, Permission.EXPORT)
        member = _exportable_member(session, t, member_name, submitted)
        person = _signing_person(session, member)
        steps.step(_("Reading the tender"))
        measures = list(session.exec(select(TenderMeasureRow).where(TenderMeasureRow.tender_id == t.id)
                                     .order_by(col(TenderMeasureRow.position), col(TenderMeasureRow.id))))
        bids = list(session.exec(select(BidRow).where(BidRow.tender_id == t.id).order_by(col(BidRow.id))))
        responses = list(session.exec(select(ResponseRow).where(col(ResponseRow.bid_id).in_([b.id for b in bids]))
                                      .order_by(col(ResponseRow.id)))) if bids else []
        declarations = list(session.exec(select(DeclarationRow).where(DeclarationRow.member_id == member.id)
                                         .order_by(col(DeclarationRow.id))))
        scores = list(session.exec(select(ScoreRow).where(ScoreRow.member_id == member.id).order_by(col(ScoreRow.id))))
        hidden = _withheld(bids, declarations)
        parts = fingerprints(*setup_document(t.snapshot(), [m.snapshot() for m in measures],
                                             [b.snapshot() for b in bids], [r.snapshot() for r in responses]))
        facts = {"kind": KIND, "pack_format": str(PACK_FORMAT), "pack_member": member.name,
                 "source_workspace_id": source_id, "tender_reference": t.reference,
                 "setup_fingerprint": parts["fingerprint"], "exported_at": audit.now_utc(),
                 "source_audit_head": audit.head(session)[1]}
        folder = sealed.private_folder()  # the plain pack never lies beside the sealed one
        try:
            staged = folder / out.name
            steps.step(_("Writing the pack"))
            with Workspace.create(staged, actor=ws.actor) as pack:
                with pack.writing() as ps:
                    pack_id = stored_row(ps, MetaRow, "workspace_id", _("workspace fact")).value
                    for key, value in facts.items():
                        ps.add(MetaRow(key=key, value=value))
                    _copy(ps, ws.actor, t, measures, bids, hidden, responses, member, person, declarations, scores,
                          note=f"evaluator pack for {member.name}, exported from workspace {source_id}")
                    head_event = audit.append(ps, actor=ws.actor, person=ws.person_name, action="pack_create", entity=ENTITY,
                                              tender_ref=t.reference, after={**facts, "workspace_id": pack_id},
                                              note=f"evaluator pack for {member.name}")
                    pack_seq, pack_head = head_event.seq, head_event.hash
            steps.step(_("Recording the export"))
            audit.append(session, actor=ws.actor, person=ws.person_name, action="pack_export", entity=ENTITY, tender_ref=t.reference,
                         after={"member": member.name, "pack_file": out.name, "pack_workspace_id": pack_id,
                                "pack_head": pack_head, "pack_seq": pack_seq, "member_key": person.public_key,
                                **parts},
                         note=f"exported an evaluator pack for {member.name} to {out.name} (pack head {pack_head[:12]})")
            session.flush()
            steps.check()  # the last moment a cancel stops the pack appearing
            sealed.seal(staged, out, passphrase)
        finally:
            sealed.remove_folder(folder)
        steps.step(_("Done"))
        visible = sum(1 for b in bids if b.id not in hidden)
        return (ExportedPack(out, member.name, t.reference, pack_head, visible, len(bids) - visible),
                Changes.none())  # only the audit log records a pack going out


def _destination(ws: Workspace, out: Path, overwrite: bool) -> Path:
    out = out.expanduser().absolute()
    if out.is_dir():
        raise PackError(_("{out} is a folder; give a file name for the pack (*.coopeval-pack).").format(out=out))
    if not out.parent.is_dir():
        raise PackError(_("The folder {parent} does not exist; create it first or choose another place.").format(parent=out.parent))
    if out == ws.path.absolute():
        raise PackError(_("Choose a different file for the pack: that is the workspace itself."))
    if out.exists() and not overwrite:
        raise PackError(_("{name} already exists; choose another name, or move it away first.").format(name=out.name))
    return out


def _exportable_member(session: Session, tender: TenderRow, name: str, submitted: bool) -> MemberRow:
    if tender.status != lifecycle.EVALUATION:
        raise PackError(_("Evaluator packs can be exported only while a tender is in evaluation; {reference} "
                        "is in {label}.").format(reference=tender.reference, label=lifecycle.label(tender.status)))
    member = session.exec(select(MemberRow).where(MemberRow.tender_id == tender.id, MemberRow.name == name)).first()
    if member is None:
        raise NotFoundError(_("{name} is not on the panel of tender {reference}.").format(name=name, reference=tender.reference))
    if member.role not in lifecycle.SCORING_ROLES:
        raise PackError(_("{name} is on the panel as {role}; only evaluators and the chair score, so only "
                        "they get evaluator packs.").format(name=name, role=lifecycle.role_label(member.role)))
    general = [d for d in session.exec(select(DeclarationRow).where(
        DeclarationRow.member_id == member.id, DeclarationRow.bid_id == None,  # noqa: E711
        DeclarationRow.superseded_by == None))]  # noqa: E711
    if any(d.resolution == "excluded" for d in general):
        raise PackError(_("{name} is excluded from this tender by a conflict of interest; there is nothing to score.").format(name=name))
    if any(d.interest != "none" and d.resolution is None for d in general):
        raise PackError(_("{name}'s declared interest awaits the officer's resolution. Resolve it on the Panel page "
                        "first: a pack cannot carry the resolution.").format(name=name))
    if submitted:
        raise PackError(_("{name} has already submitted their scores for {reference}; there is nothing left "
                        "to score in a pack.").format(name=name, reference=tender.reference))
    return member


def _signing_person(session: Session, member: MemberRow) -> PersonRow:
    """The member's person: the pack carries their passphrase hash and signing key, so that they
    sign in inside it as themselves and sign what they return."""
    person = session.get(PersonRow, member.person_id) if member.person_id is not None else None
    if person is None or not person.passphrase_hash or not person.public_key or not person.private_key:
        raise PackError(_("{name} has no passphrase yet, so a pack cannot be exported for them: they sign in "
                        "inside the pack and sign the pack they return with it. Ask them to set their passphrase "
                        "first (or issue them a one-time code and let them set it).").format(name=member.name))
    if person.reset_code_hash is not None:
        raise PackError(_("{name}'s passphrase was reset and they have not set a new one yet; ask them to set "
                        "it with the one-time code first, then export the pack.").format(name=member.name))
    return person


def _withheld(bids: list[BidRow], declarations: list[DeclarationRow]) -> set[int]:
    """Bids the member may not see: withdrawn, excluded, or an interest in it awaiting resolution."""
    current = [d for d in declarations if d.superseded_by is None]
    hidden: set[int] = set()
    for bid in bids:
        for d in current:
            if d.bid_id in (None, bid.id) and (d.resolution == "excluded" or (d.interest != "none" and d.resolution is None)):
                hidden.add(row_id(bid))
        if bid.withdrawn:
            hidden.add(row_id(bid))
    return hidden


def _copy(ps: Session, actor: str, tender: TenderRow, measures: list[TenderMeasureRow], bids: list[BidRow],
          hidden: set[int], responses: list[ResponseRow], member: MemberRow, person: PersonRow,
          declarations: list[DeclarationRow], scores: list[ScoreRow], *, note: str) -> None:
    def put(row: AuditedRow) -> None:
        audit.record_change(ps, row, actor=actor, action="export", before=None, tender_ref=tender.reference, note=note)

    def fields(row: AuditedRow, *skip: str) -> dict:
        return {k: v for k, v in row.snapshot().items() if k not in ("id", *skip)}

    t = TenderRow(**fields(tender))
    put(t)
    tender_id = row_id(t)
    measure_id: dict[int, int] = {}
    for m in measures:
        measure_copy = TenderMeasureRow(**fields(m, "tender_id"), tender_id=tender_id)
        put(measure_copy)
        measure_id[row_id(m)] = row_id(measure_copy)
    bid_id: dict[int, int] = {}
    for b in bids:
        kept = fields(b, "tender_id") if b.id not in hidden else {k: getattr(b, k) for k in IDENTITY_FIELDS}
        bid_copy = BidRow(**kept, tender_id=tender_id)
        put(bid_copy)
        bid_id[row_id(b)] = row_id(bid_copy)
    for r in responses:
        if r.bid_id not in hidden:
            put(ResponseRow(**fields(r, "bid_id", "measure_id"), bid_id=bid_id[r.bid_id], measure_id=measure_id[r.measure_id]))
    # Only this member's person, without workspace roles or a reset code: they sign in with their own passphrase.
    # (the row's own values: its snapshot holds only digests of the secrets)
    person_copy = PersonRow(**{k: v for k, v in person.model_dump().items() if k not in ("id", "roles", "reset_code_hash")},
                            roles="[]", reset_code_hash=None)
    put(person_copy)
    member_copy = MemberRow(**fields(member, "tender_id", "person_id"), tender_id=tender_id, person_id=row_id(person_copy))
    put(member_copy)
    member_id = row_id(member_copy)
    copies: dict[int, DeclarationRow] = {}
    for d in declarations:  # ids first: a declaration points at the later one that superseded it
        copy = DeclarationRow(**fields(d, "tender_id", "member_id", "bid_id", "superseded_by"), tender_id=tender_id,
                              member_id=member_id, bid_id=None if d.bid_id is None else bid_id[d.bid_id])
        ps.add(copy)
        ps.flush()
        copies[row_id(d)] = copy
    for d in declarations:
        copy = copies[row_id(d)]
        copy.superseded_by = None if d.superseded_by is None else copies[d.superseded_by].id
        put(copy)
    for s in scores:
        if s.bid_id in hidden:  # a draft the member can no longer see or submit stays in the office
            continue
        put(ScoreRow(**fields(s, "member_id", "bid_id", "measure_id"), member_id=member_id, bid_id=bid_id[s.bid_id],
                     measure_id=measure_id[s.measure_id]))
