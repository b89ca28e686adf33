"""Whose seat is this? What the desktop app asks before it shows a panel member's work: the
member's own scores, notes and declarations are shown only to the person on that seat."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import select

from coopeval.i18n import _
from coopeval.services.workspace import NotFoundError, Workspace
from coopeval.storage.tables import MemberRow, PersonRow


@dataclass(frozen=True)
class SeatHolder:
    member_id: int
    member_name: str
    person_name: str  # the person to sign in as for this seat (the member's name if no person is linked yet)
    signed_in: bool  # the person signed in now is the one on this seat


def seat_holder(ws: Workspace, member_id: int) -> SeatHolder:
    with ws.reading() as session:
        member = session.get(MemberRow, member_id)
        if member is None:
            raise NotFoundError(_("There is no panel member {member_id}.").format(member_id=member_id))
        person = session.get(PersonRow, member.person_id) if member.person_id is not None else None
        me = ws.person is not None and ws.person.is_person(member.person_id)
        return SeatHolder(member_id, member.name, person.name if person is not None else member.name, me)


def my_seat(ws: Workspace, tender_id: int) -> int | None:
    """The signed-in person's seat on this tender's panel, or None."""
    if ws.person is None:
        return None
    with ws.reading() as session:
        for member in session.exec(select(MemberRow).where(MemberRow.tender_id == tender_id)):
            if member.person_id is not None and ws.person.is_person(member.person_id):
                return member.id
    return None
