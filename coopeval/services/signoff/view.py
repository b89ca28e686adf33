"""What the Sign-off page shows, read in one go: the checklist as items (each says what is left
and where it is fixed), who still has to sign this round, every signature so far, and the
finalise and reopen events from the audit log (with the reasons given)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import col, select

from coopeval.domain import lifecycle
from coopeval.i18n import _
from coopeval.services.panel.members import list_members
from coopeval.services.rows import stored_row
from coopeval.services.setup.tenders import get_tender
from coopeval.services.signoff.actions import Checklist, checklist, list_signoffs
from coopeval.services.views import MemberView, SignOffView, TenderView
from coopeval.services.workspace import Workspace
from coopeval.storage.tables import AuditEventRow, TenderRow

# The checklist's items, in the order they are fixed.
MODERATION_OPEN, CONSENSUS, DECLARATIONS, DRAFTS, SIGNATURES = (
    "moderation_open", "consensus", "declarations", "drafts", "signatures")


@dataclass(frozen=True)
class CheckItem:
    key: str  # one of the names above
    done: bool
    count: int  # how many things are left (0 when done)


@dataclass(frozen=True)
class Signature:
    member: str
    role: str
    round: int
    statement: str
    signed_at: str


@dataclass(frozen=True)
class LifecycleEvent:
    action: str  # "finalise" or "reopen"
    at: str
    actor: str
    note: str  # who finalised, or the reason for reopening


@dataclass(frozen=True)
class SignOffState:
    tender: TenderView
    round: int
    items: tuple[CheckItem, ...]
    checklist: Checklist | None  # None once signed off (nothing is left to check)
    to_sign: tuple[MemberView, ...]  # scoring members who have not signed this round
    chairs: tuple[MemberView, ...]
    officers: tuple[MemberView, ...]
    signatures: tuple[Signature, ...]  # every round, newest first
    events: tuple[LifecycleEvent, ...]  # finalise and reopen, newest first

    @property
    def signed_off(self) -> bool:
        return self.tender.status in lifecycle.SIGNED_OFF_OR_LATER

    @property
    def can_sign(self) -> bool:
        return self.tender.status == lifecycle.MODERATION and all(
            i.done for i in self.items if i.key != SIGNATURES)

    @property
    def can_finalise(self) -> bool:
        return self.tender.status == lifecycle.MODERATION and all(i.done for i in self.items)


def signoff_state(ws: Workspace, tender: int | str) -> SignOffState:
    view = get_tender(ws, tender)
    members = list_members(ws, view.id)
    by_id = {m.id: m for m in members}
    signoffs: list[SignOffView] = list_signoffs(ws, view.id)
    current_round = _current_round(ws, view.id)
    check = None if view.status in lifecycle.SIGNED_OFF_OR_LATER else checklist(ws, view.id)
    if check is None:
        items = tuple(CheckItem(k, True, 0) for k in (MODERATION_OPEN, CONSENSUS, DECLARATIONS, DRAFTS, SIGNATURES))
        to_sign: tuple[MemberView, ...] = ()
    else:
        unsigned = set(check.unsigned_members)
        to_sign = tuple(m for m in members if m.name in unsigned)
        opened = view.status == lifecycle.MODERATION
        items = (
            CheckItem(MODERATION_OPEN, opened, 0 if opened else 1),
            CheckItem(CONSENSUS, opened and not check.missing_consensus, check.missing_consensus),
            CheckItem(DECLARATIONS, not check.unresolved_declarations, check.unresolved_declarations),
            CheckItem(DRAFTS, not check.draft_scores, check.draft_scores),
            CheckItem(SIGNATURES, not to_sign, len(to_sign)),
        )
    signatures = tuple(
        Signature(by_id[s.member_id].name if s.member_id in by_id else str(s.member_id),
                  by_id[s.member_id].role if s.member_id in by_id else "", s.round, s.statement, s.signed_at)
        for s in sorted(signoffs, key=lambda s: (s.round, s.signed_at, s.id), reverse=True))
    return SignOffState(
        tender=view, round=current_round, items=items, checklist=check, to_sign=to_sign,
        chairs=tuple(m for m in members if m.role == "chair"),
        officers=tuple(m for m in members if m.role == "officer"),
        signatures=signatures, events=_events(ws, view))


def _current_round(ws: Workspace, tender_id: int) -> int:
    with ws.reading() as session:
        return stored_row(session, TenderRow, tender_id, _("tender")).signoff_round


def _events(ws: Workspace, view: TenderView) -> tuple[LifecycleEvent, ...]:
    with ws.reading() as session:
        rows = session.exec(select(AuditEventRow).where(
            AuditEventRow.entity == "tender", AuditEventRow.entity_id == view.id,
            col(AuditEventRow.action).in_(("finalise", "reopen"))).order_by(col(AuditEventRow.seq).desc()))
        return tuple(LifecycleEvent(r.action, r.at, r.actor, r.note) for r in rows)
