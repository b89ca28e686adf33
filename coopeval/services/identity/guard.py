"""The guard every service asks before it acts: who is signed in, and may they?

`require(ws, session, tender, permission)` finds the signed-in person's seat on the tender's panel
(if any) and asks `domain.identity.allowed`; `require_seat` also insists the seat is the person's
own (declaring, scoring and signing are done by the member themselves). Refusals say who may act.
"""

from __future__ import annotations

from sqlmodel import Session, select

from coopeval.domain import lifecycle
from coopeval.domain.errors import CoopEvalError
from coopeval.domain.identity import Actor, Permission, action_words, who_may
from coopeval.i18n import _
from coopeval.services.workspace import Workspace
from coopeval.storage.tables import MemberRow, TenderRow


class NotSignedInError(CoopEvalError):
    """Nobody is signed in, and the action needs to know who is acting."""


class NotPermittedError(CoopEvalError):
    """The person signed in may not take this action."""


def acting(ws: Workspace) -> Actor:
    if ws.person is None:
        raise NotSignedInError(_("Sign in first: CoopEval records who does what, so choose who you are and give "
                               "your passphrase."))
    return ws.person


def seat(session: Session, tender: TenderRow, actor: Actor) -> MemberRow | None:
    """The actor's seat on the tender's panel, or None."""
    return session.exec(select(MemberRow).where(MemberRow.tender_id == tender.id,
                                                MemberRow.person_id == actor.person_id)).first()


def _refuse(actor: Actor, permission: Permission, where: str, role: str | None) -> NotPermittedError:
    held = _(" ({role} on this panel)").format(role=lifecycle.role_label(role)) if role else (_(" (not on this tender's panel)") if where else "")
    return NotPermittedError(_("Only {who_may} may {value}{where}; you are signed in as "
                             "{name}{held}.").format(who_may=who_may(permission), value=action_words(permission), where=where, name=actor.name, held=held))


def require(ws: Workspace, session: Session, tender: TenderRow, permission: Permission) -> Actor:
    actor = acting(ws)
    member = seat(session, tender, actor)
    role = member.role if member is not None else None
    if not actor.may(permission, role):
        raise _refuse(actor, permission, _(" on {reference}").format(reference=tender.reference), role)
    return actor


def require_workspace(ws: Workspace, session: Session, permission: Permission) -> Actor:
    """An action outside any panel (people, new tenders): workspace roles only."""
    actor = acting(ws)
    if not actor.may(permission, None):
        raise _refuse(actor, permission, "", None)
    return actor


def require_seat(ws: Workspace, session: Session, member: MemberRow, permission: Permission) -> Actor:
    """Declaring, scoring and signing off are done by the member in person."""
    actor = acting(ws)
    if not actor.is_person(member.person_id):
        raise NotPermittedError(_("Only {name} may {value} as {name}; you are signed in as "
                                "{name2}. {name} must sign in to do this.").format(name=member.name, value=action_words(permission), name2=actor.name))
    if not actor.may(permission, member.role):
        raise NotPermittedError(_("Only {who_may} may {value}; {name} is "
                                "{role} on this panel.").format(who_may=who_may(permission), value=action_words(permission), name=member.name, role=lifecycle.role_label(member.role)))
    return actor


BLIND_STATUSES = (lifecycle.DRAFT, lifecycle.EVALUATION)


def require_sight(ws: Workspace, session: Session, tender: TenderRow) -> Actor:
    """Reading what moderation shows (every member's scores, drafts, their history): only once
    moderation has opened, and only for someone who may see moderation (the panel or an officer)."""
    if tender.status in BLIND_STATUSES:
        raise NotPermittedError(_("Scoring is blind until moderation opens; members' scores are hidden until then."))
    return require(ws, session, tender, Permission.SEE_MODERATION)


def require_own_or_sight(ws: Workspace, session: Session, member: MemberRow, tender: TenderRow) -> Actor:
    """Reading one member's scores, rationales or drafts: the member themselves; anyone else only
    once moderation has opened and they may see moderation."""
    actor = acting(ws)
    if actor.is_person(member.person_id):
        return actor
    if tender.status in BLIND_STATUSES:
        raise NotPermittedError(_("Scoring is blind until moderation opens: only {name} may see "
                                "{name}'s scores; you are signed in as {name2}. {name} must "
                                "sign in to see or change them.").format(name=member.name, name2=actor.name))
    return require(ws, session, tender, Permission.SEE_MODERATION)
