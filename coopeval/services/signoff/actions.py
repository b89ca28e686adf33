"""Moving a tender through its lifecycle: start evaluation, sign off, finalise, reopen.

Finalising takes a backup of the workspace once the sign-off is committed, so a signed-off record
always exists outside the live file.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from sqlmodel import Session, col, func, select

from coopeval.domain import lifecycle, tender_rules, text
from coopeval.domain.errors import CoopEvalError
from coopeval.domain.identity import Permission
from coopeval.domain.numbers import InputError
from coopeval.i18n import _
from coopeval.services.changes import ChangeKind, Changes
from coopeval.services.identity import sessions
from coopeval.services.identity.guard import require, require_seat
from coopeval.services.moderation.consensus import missing_consensus
from coopeval.services.rows import row_id, save, stored_row, tender_row
from coopeval.services.views import SignOffView, from_row
from coopeval.services.workspace import NotFoundError, Workspace
from coopeval.storage import audit
from coopeval.storage.backups import backups_dir, take_backup
from coopeval.storage.safe_files import require_free_space
from coopeval.storage.tables import DeclarationRow, MemberRow, MetaRow, ScoreRow, SignOffRow, TenderRow
from coopeval.storage.workspace_file import BACKUP_PENDING, clear_pending_backup

BACKUP_MARGIN = 1024 * 1024  # free space kept beyond the backup's own size


class BackupPendingError(CoopEvalError):
    """The action was saved, but the backup that follows it could not be written; it is retried
    the next time the workspace is opened. `changes` is what the action changed."""

    def __init__(self, message: str, changes: Changes):
        self.changes = changes
        super().__init__(message)


def backup_space_needed(ws: Workspace) -> int:
    """About how much a backup of the workspace takes: the file and its write-ahead log, and a margin."""
    size = 0
    for name in (ws.path.name, ws.path.name + "-wal"):
        try:
            size += (ws.path.parent / name).stat().st_size
        except OSError:
            pass
    return size + size // 10 + BACKUP_MARGIN


@dataclass(frozen=True)
class Checklist:
    missing_consensus: int
    unresolved_declarations: int
    draft_scores: int
    unsigned_members: tuple[str, ...]

    @property
    def ready_to_sign(self) -> bool:
        return not (self.missing_consensus or self.unresolved_declarations or self.draft_scores)

    @property
    def ready_to_finalise(self) -> bool:
        return self.ready_to_sign and not self.unsigned_members


def checklist(ws: Workspace, tender: int | str) -> Checklist:
    with ws.reading() as session:
        return _checklist(session, tender_row(session, tender))


def _checklist(session: Session, tender: TenderRow) -> Checklist:
    unresolved = session.exec(select(func.count()).select_from(DeclarationRow).where(
        DeclarationRow.tender_id == tender.id, DeclarationRow.superseded_by == None,  # noqa: E711
        DeclarationRow.interest != "none", DeclarationRow.resolution == None)).one()  # noqa: E711
    members = list(session.exec(select(MemberRow).where(MemberRow.tender_id == tender.id)))
    drafts = session.exec(select(func.count()).select_from(ScoreRow).where(
        col(ScoreRow.member_id).in_([m.id for m in members]), ScoreRow.status == "draft")).one() if members else 0
    signed = {s.member_id for s in _signoffs(session, row_id(tender), _round(session, row_id(tender)))}
    excluded = set(session.exec(select(DeclarationRow.member_id).where(
        DeclarationRow.tender_id == tender.id, DeclarationRow.superseded_by == None,  # noqa: E711
        DeclarationRow.bid_id == None, DeclarationRow.resolution == "excluded")))  # noqa: E711
    # A member excluded from the whole tender took no part, so has nothing to sign.
    unsigned = tender_rules.unsigned_members(((m.name, m.role) for m in members),
                                             {m.name for m in members if m.id in signed},
                                             {m.name for m in members if m.id in excluded})
    return Checklist(missing_consensus(session, tender), unresolved, drafts, unsigned)


def sign(ws: Workspace, member_id: int, statement: str, *, passphrase: str | None = None,
         tender: int | str | None = None) -> tuple[SignOffView, Changes]:
    """The member signs their tender's current round; given `tender`, a member of another is refused.
    Only the member themselves, signed in, signs, and they confirm it with their `passphrase`."""
    statement = text.clean(statement, "signoff.statement", _("The sign-off statement"), required=True)
    sessions.confirm(ws, passphrase)  # its own transaction: a wrong passphrase counts towards the pause
    with ws.writing() as session:
        member = session.get(MemberRow, member_id)
        if member is None:
            raise NotFoundError(_("There is no panel member {member_id}.").format(member_id=member_id))
        t = tender_row(session, member.tender_id if tender is None else tender)
        panel_member(session, member_id, t)
        require_seat(ws, session, member, Permission.SIGN)
        role_problem = tender_rules.sign_off_role_problem(member.name, member.role)
        if role_problem:
            raise lifecycle.LifecycleError(f"{role_problem[0].upper()}{role_problem[1:]}.")
        check = _checklist(session, t)
        lifecycle.check_sign_off_ready(t.status, check.missing_consensus, check.unresolved_declarations)
        if check.draft_scores:
            raise lifecycle.LifecycleError(_("Sign-off is not possible yet: {draft_scores} draft score(s) were never submitted.").format(draft_scores=check.draft_scores))
        current = _round(session, row_id(t))
        if any(s.member_id == member_id for s in _signoffs(session, row_id(t), current)):
            raise InputError(_("{name} has already signed off this round.").format(name=member.name))
        row = SignOffRow(tender_id=row_id(t), member_id=member_id, round=current, statement=statement,
                         signed_at=audit.now_utc())
        save(ws, session, row, "sign", None, t.reference)
        return from_row(SignOffView, row), Changes.of(ChangeKind.SIGN_OFF, tender_id=t.id)


def finalise(ws: Workspace, tender: int | str, chair_id: int) -> Changes:
    """The chair closes the evaluation: signed_off, then a backup of the whole workspace."""
    with ws.writing() as session:
        row = tender_row(session, tender)
        chair = panel_member(session, chair_id, row)
        if chair.role != "chair":
            raise lifecycle.LifecycleError(_("Only the panel's chair can finalise the sign-off."))
        require_seat(ws, session, chair, Permission.FINALISE)
        check = _checklist(session, row)
        lifecycle.check_sign_off_ready(row.status, check.missing_consensus, check.unresolved_declarations)
        if check.unsigned_members:
            raise lifecycle.LifecycleError(_("Still to sign off: ") + ", ".join(check.unsigned_members) + ".")
        # The backup must fit: refuse now, while nothing is changed, rather than after committing.
        require_free_space(backups_dir(ws.path), backup_space_needed(ws), _("Finalising the sign-off (with its backup)"),
                           after=_("{reference} was not finalised; nothing was changed.").format(reference=row.reference))
        before = row.snapshot()
        row.status, row.updated_at = lifecycle.SIGNED_OFF, audit.now_utc()
        save(ws, session, row, "finalise", before, row.reference, note=f"finalised by {chair.name}")
        reason = f"signed-off-{_safe(row.reference)}"
        # Committed with the sign-off, so a backup that then fails is retried on the next open.
        session.merge(MetaRow(key=BACKUP_PENDING, value=reason))
        tender_id, reference = row.id, row.reference
    changes = Changes.of(ChangeKind.TENDER, ChangeKind.SIGN_OFF, tender_id=tender_id)
    try:
        take_backup(ws.path, reason)
    except (CoopEvalError, OSError, sqlite3.Error) as exc:
        raise BackupPendingError(
            _("{reference} is signed off and saved, but the backup could not be written: {exc} "
            "The backup will be retried the next time the workspace is opened.").format(reference=reference, exc=exc), changes) from None
    try:
        clear_pending_backup(ws.engine)
    except Exception:  # noqa: BLE001 - the mark only costs one extra backup at the next open
        pass
    return changes


def reopen(ws: Workspace, tender: int | str, reason: str, *, officer_id: int | None = None) -> Changes:
    """Back to moderation with a new round of sign-offs; the reason (and the officer, when one
    is named, who must be the panel's) is kept in the audit log."""
    with ws.writing() as session:
        row = tender_row(session, tender)
        require(ws, session, row, Permission.REOPEN)
        lifecycle.check_reopen(row.status, reason)
        note = reason.strip()
        if officer_id is not None:
            officer = panel_member(session, officer_id, row)
            if officer.role != "officer":
                raise lifecycle.LifecycleError(_("Only an officer on the tender's panel can reopen it."))
            note = f"{note} (reopened by {officer.name})"
        before = row.snapshot()
        row.status, row.updated_at = lifecycle.MODERATION, audit.now_utc()
        row.signoff_round += 1
        save(ws, session, row, "reopen", before, row.reference, note=note)
        return Changes.of(ChangeKind.TENDER, ChangeKind.SIGN_OFF, tender_id=row.id)


def list_signoffs(ws: Workspace, tender: int | str) -> list[SignOffView]:
    with ws.reading() as session:
        row = tender_row(session, tender)
        return [from_row(SignOffView, s) for s in session.exec(
            select(SignOffRow).where(SignOffRow.tender_id == row.id).order_by(col(SignOffRow.id)))]


def panel_member(session: Session, member_id: int, tender: TenderRow) -> MemberRow:
    """The member `member_id` of `tender`'s panel; NotFoundError for an id that is no member, or a
    member of another tender (an id from another workspace may name one)."""
    member = session.get(MemberRow, member_id)
    if member is None:
        raise NotFoundError(_("There is no panel member {member_id}.").format(member_id=member_id))
    if member.tender_id != tender.id:
        raise NotFoundError(_("Panel member {member_id} is not on the panel of tender {reference}.").format(member_id=member_id, reference=tender.reference))
    return member


def _round(session: Session, tender_id: int) -> int:
    """The current round of sign-offs: each reopen starts a new one."""
    return stored_row(session, TenderRow, tender_id, _("tender")).signoff_round


def _signoffs(session: Session, tender_id: int, round_: int) -> list[SignOffRow]:
    return list(session.exec(select(SignOffRow).where(SignOffRow.tender_id == tender_id, SignOffRow.round == round_)))


def _safe(text: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "-" for c in text)
