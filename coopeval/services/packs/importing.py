"""Importing a returned evaluator pack into the panel's workspace: checked, then merged in one
transaction, or nothing at all.

Before anything is written the pack must open with the pack passphrase, be signed by its member
with the key this workspace holds for them (`_check_signature`), be from this workspace, for a tender here that is still in
evaluation, recorded as exported here (`pack_export`), intact (`packs_verify`), scored against the
set-up the tender still has, and returned (every score submitted). The member's declarations made
in the pack are appended (superseding as `panel.declare` does) and their scores merged as submitted,
each with an audit event naming the pack. Importing the same pack again changes nothing and says so.
Where the workspace already holds different submitted scores from the member, nothing is changed and
the differences are listed; `prefer="pack"` with a reason applies the pack's, the reason audited.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from sqlmodel import Session, col, select

from coopeval.domain import evaluator_rules, lifecycle, text
from coopeval.domain.identity import Permission
from coopeval.domain.numbers import InputError
from coopeval.domain.progress import CancelFn, ProgressFn, Steps
from coopeval.domain.scales import Scale
from coopeval.i18n import _
from coopeval.services.changes import ChangeKind, Changes
from coopeval.services.identity import secrets
from coopeval.services.identity.guard import require
from coopeval.services.packs.common import (
    ENTITY,
    SCORE_CONTENT,
    NotSignedByMemberError,
    PackConflictError,
    PackError,
    PackNotReturnedError,
    TamperedPackError,
    WrongPackError,
    tender_fingerprints,
    what_changed,
)
from coopeval.services.packs.verify import PackContents, VerifiedPack, read_pack, verify_pack
from coopeval.services.rows import row_id
from coopeval.services.workspace import Workspace
from coopeval.storage import audit
from coopeval.storage.tables import (
    AuditEventRow,
    BidRow,
    DeclarationRow,
    MemberRow,
    PersonRow,
    ScoreRow,
    TenderMeasureRow,
    TenderRow,
)
from coopeval.storage.workspace_file import read_meta


@dataclass(frozen=True)
class PackImport:
    pack: str
    member: str
    tender_reference: str
    declarations: int = 0  # appended
    added: int = 0  # scores the workspace did not have
    replaced: int = 0  # the member's drafts, replaced by their submitted scores from the pack
    overridden: int = 0  # submitted scores replaced because the pack was preferred

    @property
    def changed(self) -> bool:
        return bool(self.declarations or self.added or self.replaced or self.overridden)

    def summary(self) -> str:
        if not self.changed:
            return (_("Nothing changed: {member}'s declarations and scores in {pack} are already in the "
                    "workspace.").format(member=self.member, pack=self.pack))
        parts = [f"{self.declarations} declaration(s)"] if self.declarations else []
        parts += [f"{n} {what}" for n, what in ((self.added, _("new score(s)")), (self.replaced, _("score(s) replacing drafts")),
                                                  (self.overridden, _("score(s) replacing different submitted ones"))) if n]
        return _("Imported {member}'s evaluator pack {pack} for {tender_reference}: {parts}.").format(member=self.member, pack=self.pack, tender_reference=self.tender_reference, parts=', '.join(parts))


def import_pack(ws: Workspace, path: str | Path, *, passphrase: str, prefer: str | None = None, reason: str = "",
                progress: ProgressFn | None = None, cancel: CancelFn | None = None) -> tuple[PackImport, Changes]:
    """Import the returned pack at `path`, opened with the pack `passphrase` agreed at export."""
    if prefer not in (None, "pack"):
        raise InputError(_("Unknown preference {prefer!r}: the only choice is to prefer the pack's scores.").format(prefer=prefer))
    if prefer:
        reason = text.clean(reason, "pack.reason", _("The reason for preferring the pack's scores"), required=True)
    steps = Steps(4, progress, cancel)
    contents = read_pack(path, passphrase)  # decrypted, and every file check, before the workspace is touched
    steps.step(_("Checking the pack"))
    meta, name = contents.meta, contents.name
    reference, member_name = meta.get("tender_reference", ""), meta.get("pack_member", "")
    here = read_meta(ws.engine).get("workspace_id")  # before the write transaction, which it would wait for
    with ws.writing() as session:
        # The workspace's own record of the export comes first: a pack claiming another tender or
        # workspace than the one it was exported from is named as altered, not judged by that claim.
        recorded = _export_record(session, meta.get("workspace_id", ""))
        if recorded is None:
            if meta.get("source_workspace_id") != here:
                raise WrongPackError(_("{name} was exported from another workspace, not from {name2}; nothing "
                                     "was imported. Import it into the workspace it came from.").format(name=name, name2=ws.path.name))
            if session.exec(select(TenderRow).where(TenderRow.reference == reference)).first() is None:
                raise WrongPackError(_("{name} is a pack for tender {reference}, which is not in {name2}; "
                                     "nothing was imported.").format(name=name, reference=reference, name2=ws.path.name))
            raise WrongPackError(_("{name} claims to be a pack for {reference}, but this workspace has no record of "
                                 "exporting it; nothing was imported. Import only packs exported from this workspace.").format(name=name, reference=reference))
        exported_for, export = recorded
        tender_here = session.exec(select(TenderRow).where(TenderRow.reference == exported_for)).first()
        if tender_here is not None:
            require(ws, session, tender_here, Permission.PANEL)
        _check_signature(session, contents, export, exported_for)  # written by the member, before anything else
        pack = verify_pack(contents, export)  # altered after export: named as such, whatever it claims
        if reference != exported_for or meta.get("source_workspace_id") != here:
            raise TamperedPackError(
                _("{name} does not match the tender it was exported from: it was exported for {exported_for} from "
                "{name2}, but now names {reference}. It was altered outside CoopEval. Nothing was imported. "
                "Ask {member_name} for the pack exactly as CoopEval returned it, or export a new pack.").format(name=name, exported_for=exported_for, name2=ws.path.name, reference=reference, member_name=member_name))
        tender = session.exec(select(TenderRow).where(TenderRow.reference == reference)).first()
        if tender is None:
            raise WrongPackError(_("{name} is a pack for tender {reference}, which is no longer in {name2}; "
                                 "nothing was imported.").format(name=name, reference=reference, name2=ws.path.name))
        if tender.status != lifecycle.EVALUATION:
            raise PackError(_("{reference} is in {label}: individual scores are locked, so "
                            "{name} cannot be imported. Nothing was imported.").format(reference=reference, label=lifecycle.label(tender.status), name=name))
        steps.step(_("Comparing with the workspace"))
        if meta.get("setup_fingerprint") != export.get("fingerprint"):
            raise TamperedPackError(_("{name}'s set-up fingerprint is not the one recorded at export; nothing was imported.").format(name=name))
        current = tender_fingerprints(session, tender)
        if current["fingerprint"] != export["fingerprint"]:
            raise WrongPackError(
                _("{reference} has changed since {member_name}'s pack was exported ({what_changed}), "
                "so its scores were given against something else. Nothing was imported. Export a new pack for {member_name}.").format(reference=reference, member_name=member_name, what_changed='; '.join(what_changed(export, current))))
        member = session.exec(select(MemberRow).where(MemberRow.tender_id == tender.id,
                                                      MemberRow.name == member_name)).first()
        if member is None or member.role not in lifecycle.SCORING_ROLES:
            raise WrongPackError(_("{member_name} is no longer an evaluator on {reference}; nothing was imported.").format(member_name=member_name, reference=reference))
        drafts = sum(1 for s in pack.scores if s["status"] != "submitted")
        if drafts:
            raise PackNotReturnedError(
                _("{member_name} has not submitted their scores in {name} ({drafts} still draft). Nothing was imported. "
                "Ask them to open it in CoopEval, finish scoring and choose Return pack, then import the returned file.").format(member_name=member_name, name=name, drafts=drafts))
        note = f"from evaluator pack {name} (pack head {pack.head[:12]})"
        outcome = _merge(ws, session, tender, member, pack, note, prefer, reason)
        steps.step(_("Merging"))
        if not outcome.changed:
            return outcome, Changes.none()
        audit.append(session, actor=ws.actor, person=ws.person_name, action="pack_import", entity=ENTITY, tender_ref=reference,
                     after={"member": member_name, "pack_file": name, "pack_workspace_id": meta.get("workspace_id"),
                            "pack_head": pack.head, "declarations": outcome.declarations, "added": outcome.added,
                            "replaced": outcome.replaced, "overridden": outcome.overridden,
                            **({"reason": reason} if outcome.overridden else {})},
                     note=f"imported {outcome.summary()}" + (_(" The pack's scores were preferred: {reason}").format(reason=reason) if outcome.overridden else ""))
        steps.step(_("Done"))
        return outcome, Changes.of(ChangeKind.DECLARATION, ChangeKind.SCORE, tender_id=tender.id)


def _check_signature(session: Session, pack: PackContents, export: dict[str, Any], reference: str) -> None:
    """The pack must be signed by the member it was exported for, with the key THIS workspace holds
    for that person (never the one the pack carries), over exactly the file that was sealed."""
    member_name, name = str(export.get("member", "")), pack.name
    refused = (_("{name} was not written by {member_name}: ").format(name=name, member_name=member_name))
    after = (_(" Nothing was imported. Ask them to open the pack in CoopEval and choose Return pack, and send the "
             "file it writes."))
    sig = pack.signature
    if sig is None:
        raise NotSignedByMemberError(refused + _("it is not signed. A pack becomes signed when the evaluator chooses "
                                     "Return pack, which asks for their own passphrase.") + after)
    seat = session.exec(select(MemberRow).join(TenderRow, col(MemberRow.tender_id) == col(TenderRow.id)).where(
        TenderRow.reference == reference, MemberRow.name == member_name)).first()
    person = session.get(PersonRow, seat.person_id) if seat is not None and seat.person_id is not None else None
    office_key = person.public_key if person is not None else ""
    same_file = (sig.pack_id == pack.meta.get("workspace_id") and sig.member == member_name
                 and sig.sha256 == pack.digest)
    if office_key and same_file and sig.valid_for(secrets.public_key(office_key)):
        return
    exported_key = str(export.get("member_key") or "")
    if same_file and exported_key and exported_key != office_key and sig.valid_for(secrets.public_key(exported_key)):
        raise NotSignedByMemberError(
            _("{name} is signed with the key {member_name} had when the pack was exported, but their passphrase has "
            "been reset or changed since, which gave them a new key, so CoopEval cannot confirm {member_name} "
            "returned it. Nothing was imported. Export a new pack for {member_name}.").format(name=name, member_name=member_name))
    if not office_key:
        raise NotSignedByMemberError(refused + _("this workspace holds no signing key for {member_name}.").format(member_name=member_name) + after)
    raise NotSignedByMemberError(refused + _("its signature does not match {member_name}'s key in this workspace "
                                 "(it was signed by someone else, or changed after it was signed).").format(member_name=member_name) + after)


def _export_record(session: Session, pack_id: str) -> tuple[str, dict[str, Any]] | None:
    """The tender reference and facts this workspace recorded when it exported the pack `pack_id`."""
    for tender_ref, after in session.exec(select(AuditEventRow.tender_ref, AuditEventRow.after).where(
            AuditEventRow.action == "pack_export", AuditEventRow.entity == ENTITY)):
        record = json.loads(after or "{}")
        if pack_id and record.get("pack_workspace_id") == pack_id:
            return tender_ref or "", record
    return None


def _merge(ws: Workspace, session: Session, tender: TenderRow, member: MemberRow, pack: VerifiedPack, note: str,
           prefer: str | None, reason: str) -> PackImport:
    # Stored rows always have ids; (natural key, id) pairs, without an ORM object per row.
    bid_ids = cast(dict[str, int], dict(session.exec(select(BidRow.identifier, col(BidRow.id)).where(
        BidRow.tender_id == tender.id)).all()))
    codes = cast(dict[str, int], dict(session.exec(select(TenderMeasureRow.code, col(TenderMeasureRow.id)).where(
        TenderMeasureRow.tender_id == tender.id)).all()))
    if any(b["identifier"] not in bid_ids for b in pack.bids.values()) or \
            any(m["code"] not in codes for m in pack.measures.values()):
        raise TamperedPackError(_("{name} holds bids or measures that {reference} does not have; "
                                "nothing was imported.").format(name=pack.name, reference=tender.reference))
    bid_of = {pid: bid_ids[b["identifier"]] for pid, b in pack.bids.items()}
    measure_of = {pid: codes[m["code"]] for pid, m in pack.measures.items()}

    def save(row: Any, action: str, before: dict | None, extra: str = "") -> None:
        audit.record_change(session, row, actor=ws.actor, person=ws.person_name, action=action, before=before, tender_ref=tender.reference,
                            note=note + extra)

    declared = 0
    for d in sorted(pack.new_declarations, key=lambda d: d["id"]):
        declared += _append_declaration(session, member, tender, d, None if d["bid_id"] is None else bid_of[d["bid_id"]], save)
    held = {(s.bid_id, s.measure_id): s for s in session.exec(select(ScoreRow).where(ScoreRow.member_id == member.id))}
    points = Scale.model_validate_json(tender.scale).values  # read once, not per score
    plan, conflicts, refused = [], [], []
    access: dict[int, str | None] = {}
    # The member's current declarations (those just appended included), as `access_problem` reads them.
    current = list(session.exec(select(DeclarationRow).where(DeclarationRow.member_id == member.id,
                                                             DeclarationRow.superseded_by == None)))  # noqa: E711
    for s in pack.scores:
        key = (bid_of[s["bid_id"]], measure_of[s["measure_id"]])
        label = f"{pack.bids[s['bid_id']]['identifier']} {pack.measures[s['measure_id']]['code']}"
        if (s["value"] is None) != bool(s["abstained"]) or (s["value"] is not None and s["value"] not in points):
            raise TamperedPackError(_("{name}: the score for {label} is not a point on the tender's scale; "
                                    "nothing was imported.").format(name=pack.name, label=label))
        if key[0] not in access:  # once per bid, not per item, against one read of the declarations
            access[key[0]] = evaluator_rules.access_problem(member.name, current, key[0])
        problem = access[key[0]]
        if problem:
            refused.append(f"{label}: {problem}")
            continue
        row = held.get(key)
        same = row is not None and all(getattr(row, k) == s[k] for k in SCORE_CONTENT)
        if row is not None and row.status == "submitted":
            if same:
                continue
            conflicts.append(_("{label}: workspace {said}, pack {said2}").format(label=label, said=_said(row.value, row.abstained), said2=_said(s['value'], s['abstained']))
                             + ("" if row.rationale == s["rationale"] else _(" (rationales differ)")))
        plan.append((row, s, key))
    if refused:
        raise WrongPackError(_("{name} may not score some of what {name2} holds; nothing was imported: ").format(name=member.name, name2=pack.name)
                             + "; ".join(refused[:5]) + _(". Ask the officer to review the declarations, or export a new pack."))
    if conflicts and prefer != "pack":
        raise PackConflictError(
            _("{reference} already holds submitted scores from {name} that differ from {name2}; "
            "nothing was imported.\n  ").format(reference=tender.reference, name=member.name, name2=pack.name) + "\n  ".join(conflicts) + _("\nTo use the pack's scores instead, import it again "
            "preferring the pack (--prefer pack --reason TEXT); the reason is kept in the audit log."), conflicts)
    # One head read for every score's event (`audit.Chain`): new rows go in with one Core bulk insert
    # (as snapshots, no object per row), changed ones with one ORM flush; each still gets its own
    # event, in the plan's order.
    chain = audit.Chain(session, actor=ws.actor, person=ws.person_name, note=note)
    added = replaced = overridden = 0
    blank: dict[str, Any] | None = None  # every field of a new score row, as its snapshot has them
    new_rows: list[dict[str, Any]] = []
    events: list[tuple[ScoreRow | dict[str, Any], str, dict | None, str]] = []
    for row, s, (bid_id, measure_id) in plan:
        content = {k: s[k] for k in SCORE_CONTENT}
        stamps = {"status": "submitted", "updated_at": s["updated_at"], "submitted_at": s["submitted_at"]}
        if row is None:
            if blank is None:
                blank = ScoreRow(member_id=0, bid_id=0, measure_id=0, created_at="", updated_at="").snapshot()
            snap = {**blank, "id": chain.new_id(ScoreRow), "member_id": row_id(member), "bid_id": bid_id,
                    "measure_id": measure_id, "created_at": s["created_at"], **content, **stamps}
            new_rows.append(snap)
            events.append((snap, "pack_import", None, note))
            added += 1
            continue
        before, was_submitted = row.snapshot(), row.status == "submitted"
        for name, value in {**content, **stamps}.items():
            setattr(row, name, value)
        if was_submitted:
            events.append((row, "pack_override", before, _("{note}; the pack's score preferred: {reason}").format(note=note, reason=reason)))
            overridden += 1
        else:
            events.append((row, "pack_import", before, note))
            replaced += 1
    chain.insert_snapshots(ScoreRow, new_rows, action="pack_import", tender_ref=tender.reference, audited=False)
    session.flush()  # the changed rows, in one go
    for done, action, was, event_note in events:
        after = done if isinstance(done, dict) else done.snapshot()
        chain.event(action=action, entity=ScoreRow.__entity__, entity_id=after["id"], tender_ref=tender.reference,
                    before=was, after=after, note=event_note)
    chain.flush()
    return PackImport(pack.name, member.name, tender.reference, declared, added, replaced, overridden)


def _append_declaration(session: Session, member: MemberRow, tender: TenderRow, d: dict[str, Any], bid_id: int | None,
                        save: Any) -> int:
    """Append one declaration made in the pack (1), unless the workspace already has it (0)."""
    fields = {k: d[k] for k in ("interest", "nature", "details", "declared_at")}
    mine = list(session.exec(select(DeclarationRow).where(DeclarationRow.member_id == member.id)
                             .order_by(col(DeclarationRow.id))))
    if any(x.bid_id == bid_id and all(getattr(x, k) == v for k, v in fields.items()) for x in mine):
        return 0
    replaced = [x for x in mine if x.superseded_by is None and x.bid_id == bid_id]
    if d["interest"] == "none" and any(x.interest != "none" for x in replaced):
        raise WrongPackError(_("{name} declared no interest in the pack, but the workspace now holds a declared "
                             "interest for the same scope, which only the officer can lift. Nothing was imported.").format(name=member.name))
    row = DeclarationRow(tender_id=row_id(tender), member_id=row_id(member), bid_id=bid_id, **fields)
    save(row, "pack_import", None)
    for old in replaced:
        before = old.snapshot()
        old.superseded_by = row.id
        save(old, "supersede", before)
    return 1


def _said(value: int | None, abstained: bool) -> str:
    return "abstained" if abstained else str(value)
