"""The panel and its conflict-of-interest declarations.

A member must declare before seeing any bid (`has_declared` is the one rule for what counts as
having declared, used by the Scoring page, the Panel page, evaluator packs and the command line);
a declared interest waits for the officer's resolution; an excluded member cannot see or score the bid(s) concerned. Declarations are never
edited or deleted: a new one supersedes the old, and both stay in the register.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlmodel import Session, col, select

from coopeval.domain import evaluator_rules, lifecycle, text
from coopeval.domain.errors import CoopEvalError
from coopeval.domain.evaluator_rules import INTERESTS, NATURES, RESOLUTIONS  # noqa: F401 - the panel's vocabulary
from coopeval.domain.identity import Permission
from coopeval.domain.numbers import InputError, Problems
from coopeval.i18n import _
from coopeval.services.changes import ChangeKind, Changes
from coopeval.services.identity.guard import require, require_seat
from coopeval.services.identity.people import seat_person
from coopeval.services.rows import row_id, save, tender_row
from coopeval.services.views import DeclarationView, MemberView, from_row
from coopeval.services.workspace import NotFoundError, Workspace
from coopeval.storage import audit
from coopeval.storage.tables import BidRow, DeclarationRow, MemberRow


class AccessError(CoopEvalError):
    """A member may not see or score this bid (no declaration yet, unresolved, or excluded)."""


def add_member(ws: Workspace, tender: int | str, *, name: str, role: str, email: str = "") -> tuple[MemberView, Changes]:
    problems = Problems()
    name = problems.check(lambda: text.clean(name, "member.name", _("Member's name"), required=True)) or ""
    email = problems.check(lambda: text.clean(email, "member.email", _("Email"))) or ""
    if role not in lifecycle.ROLES:
        problems.add(_("Unknown role {role!r}; choose one of {ROLES}.").format(role=role, ROLES=', '.join(lifecycle.ROLES)))
    problems.raise_any()
    with ws.writing() as session:
        row = tender_row(session, tender)
        require(ws, session, row, Permission.PANEL)
        lifecycle.require_panel_editable(row.status)
        if session.exec(select(MemberRow).where(MemberRow.tender_id == row.id, MemberRow.name == name)).first():
            raise InputError(_("{name} is already on this tender's panel.").format(name=name))
        person = seat_person(ws, session, name, email, row.reference)
        if session.exec(select(MemberRow).where(MemberRow.tender_id == row.id,
                                                MemberRow.person_id == person.id)).first():
            raise InputError(_("{name} is already on this tender's panel.").format(name=person.name))
        member = MemberRow(tender_id=row_id(row), name=name, role=role, email=email, person_id=person.id)
        save(ws, session, member, "create", None, row.reference)
        return from_row(MemberView, member), Changes.of(ChangeKind.MEMBER, tender_id=row.id)


def update_member(ws: Workspace, member_id: int, *, role: str | None = None, email: str | None = None) -> Changes:
    with ws.writing() as session:
        member = _member(session, member_id)
        tender = tender_row(session, member.tender_id)
        require(ws, session, tender, Permission.PANEL)
        lifecycle.require_panel_editable(tender.status)
        before = member.snapshot()
        if role is not None:
            if role not in lifecycle.ROLES:
                raise InputError(_("Unknown role {role!r}; choose one of {ROLES}.").format(role=role, ROLES=', '.join(lifecycle.ROLES)))
            member.role = role
        if email is not None:
            member.email = text.clean_edit(email, member.email, "member.email", _("Email"))
        if member.snapshot() == before:
            return Changes.none()
        save(ws, session, member, "update", before, tender.reference)
        return Changes.of(ChangeKind.MEMBER, tender_id=tender.id)


def list_members(ws: Workspace, tender: int | str) -> list[MemberView]:
    with ws.reading() as session:
        row = tender_row(session, tender)
        return [from_row(MemberView, m) for m in session.exec(
            select(MemberRow).where(MemberRow.tender_id == row.id).order_by(col(MemberRow.id)))]


def find_member(ws: Workspace, tender: int | str, name: str) -> MemberView:
    for member in list_members(ws, tender):
        if member.name == name:
            return member
    raise NotFoundError(_("{name} is not on the panel of tender {tender}.").format(name=name, tender=tender))


def declare(ws: Workspace, member_id: int, *, interest: str, nature: str | None = None, details: str = "",
            bid_id: int | None = None) -> tuple[DeclarationView, Changes]:
    """Record a declaration (for the whole tender, or one bid); it supersedes the member's current
    declaration for the same scope."""
    problem = evaluator_rules.interest_problem(interest, nature)  # the same rule as pack import
    if problem:
        raise InputError(f"{problem}.")
    if interest != "none":
        details = text.clean(details, "declaration.details", _("Details of the interest"), required=True)
    else:
        nature = None
        details = text.clean(details, "declaration.details", _("Details of the interest"))
    with ws.writing() as session:
        member = _member(session, member_id)
        tender = tender_row(session, member.tender_id)
        require_seat(ws, session, member, Permission.DECLARE)
        lifecycle.require_not_signed_off(tender.status, _("declare an interest"))
        if bid_id is not None:
            bid = session.get(BidRow, bid_id)
            if bid is None or bid.tender_id != tender.id:
                raise NotFoundError(_("Bid {bid_id} is not part of tender {reference}.").format(bid_id=bid_id, reference=tender.reference))
        replaced = [d for d in _current(session, row_id(member)) if d.bid_id == bid_id]
        if interest == "none" and any(d.interest != "none" for d in replaced):
            # Only the officer can lift what a declared interest led to (e.g. an exclusion).
            raise InputError(
                _("{name} has a declared interest here; declaring no interest cannot replace it. "
                "If the interest has changed or ended, declare it again with details of what changed, "
                "and an officer will resolve the new declaration.").format(name=member.name))
        row = DeclarationRow(tender_id=row_id(tender), member_id=row_id(member), bid_id=bid_id, interest=interest,
                             nature=nature, details=details, declared_at=audit.now_utc())
        save(ws, session, row, "declare", None, tender.reference)
        for old in _current(session, row_id(member)):
            if old.id != row.id and old.bid_id == bid_id:
                before = old.snapshot()
                old.superseded_by = row.id
                save(ws, session, old, "supersede", before, tender.reference)
        return from_row(DeclarationView, row), Changes.of(ChangeKind.DECLARATION, tender_id=tender.id)


def resolve(ws: Workspace, declaration_id: int, *, resolution: str, note: str = "") -> Changes:
    if resolution not in RESOLUTIONS:
        raise InputError(_("Unknown resolution {resolution!r}; choose one of {RESOLUTIONS}.").format(resolution=resolution, RESOLUTIONS=', '.join(RESOLUTIONS)))
    note = text.clean(note, "declaration.resolution_note", _("The resolution note"))
    with ws.writing() as session:
        row = session.get(DeclarationRow, declaration_id)
        if row is None:
            raise NotFoundError(_("There is no declaration {declaration_id}.").format(declaration_id=declaration_id))
        tender = tender_row(session, row.tender_id)
        actor = require(ws, session, tender, Permission.RESOLVE)
        lifecycle.require_not_signed_off(tender.status, _("resolve a declaration"))
        if row.superseded_by is not None:
            raise InputError(_("This declaration has been superseded; resolve the member's current declaration."))
        if row.interest == "none":
            raise InputError(_("A declaration of no interest needs no resolution."))
        if row.resolution is not None:
            raise InputError(_("This declaration is already resolved; the member can make a new declaration if things change."))
        before = row.snapshot()
        row.resolution, row.resolution_note = resolution, note
        row.resolved_by, row.resolved_at = actor.name, audit.now_utc()
        save(ws, session, row, "resolve", before, tender.reference)
        return Changes.of(ChangeKind.DECLARATION, tender_id=tender.id)


def register(ws: Workspace, tender: int | str) -> list[DeclarationView]:
    """Every declaration, current and superseded, oldest first."""
    with ws.reading() as session:
        row = tender_row(session, tender)
        return [from_row(DeclarationView, d) for d in session.exec(
            select(DeclarationRow).where(DeclarationRow.tender_id == row.id).order_by(col(DeclarationRow.id)))]


def has_declared(declarations: Iterable[DeclarationRow | DeclarationView]) -> bool:
    """Whether a member with these declarations (theirs, for one tender) has declared.

    Any current declaration counts: no interest in the tender, or an interest in the tender or in one
    bid. A member who declares an interest in one bid has said what they have to declare; they are
    not made to declare "no interest" as well (the register holds only what was declared). Bids
    their interest concerns stay hidden until the officer resolves it (`access_problem`)."""
    return evaluator_rules.has_declared(declarations)


def access_problem(session: Session, member: MemberRow, bid_id: int | None) -> str | None:
    """Why `member` may not see `bid_id` (or any bid, when None), or None if they may."""
    return evaluator_rules.access_problem(member.name, _current(session, row_id(member)), bid_id)


def require_access(ws: Workspace, member_id: int, bid_id: int | None = None) -> None:
    with ws.reading() as session:
        problem = access_problem(session, _member(session, member_id), bid_id)
    if problem:
        raise AccessError(problem)


def visible_bids(ws: Workspace, member_id: int) -> list[int]:
    """Ids of the bids this member may see (none until they have declared)."""
    with ws.reading() as session:
        member = _member(session, member_id)
        bids = session.exec(select(BidRow).where(BidRow.tender_id == member.tender_id, BidRow.withdrawn == False))  # noqa: E712
        return [row_id(b) for b in bids if access_problem(session, member, b.id) is None]


def visible_bids_of(ws: Workspace, member_ids: Iterable[int]) -> dict[int, list[int]]:
    """`visible_bids` of each of these members, in one query per table rather than one per member and bid."""
    ids = list(member_ids)
    with ws.reading() as session:
        members = [_member(session, m) for m in ids]
        tenders = {m.tender_id for m in members}
        active: dict[int, list[int]] = {}
        for b in session.exec(select(BidRow).where(col(BidRow.tender_id).in_(tenders), BidRow.withdrawn == False)  # noqa: E712
                              .order_by(col(BidRow.id))):
            active.setdefault(b.tender_id, []).append(row_id(b))
        current: dict[int, list[DeclarationRow]] = {}
        for d in session.exec(select(DeclarationRow).where(
                col(DeclarationRow.member_id).in_(ids), DeclarationRow.superseded_by == None)):  # noqa: E711
            current.setdefault(d.member_id, []).append(d)
        return {row_id(m): [b for b in active.get(m.tender_id, [])
                            if evaluator_rules.access_problem(m.name, current.get(row_id(m), []), b) is None]
                for m in members}


def _member(session: Session, member_id: int) -> MemberRow:
    member = session.get(MemberRow, member_id)
    if member is None:
        raise NotFoundError(_("There is no panel member {member_id}.").format(member_id=member_id))
    return member


def _current(session: Session, member_id: int) -> list[DeclarationRow]:
    return list(session.exec(select(DeclarationRow).where(
        DeclarationRow.member_id == member_id, DeclarationRow.superseded_by == None)))  # noqa: E711
