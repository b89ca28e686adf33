"""Where each panel member stands on conflicts of interest: who still has to declare, which
declarations await the officer's resolution, who is excluded from what, and which bids each member
may see. Read-only; the panel service owns every change."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from coopeval.services.panel import members as panel
from coopeval.services.views import DeclarationView, MemberView
from coopeval.services.workspace import Workspace


@dataclass(frozen=True)
class MemberStanding:
    member: MemberView
    declared: bool  # has declared (`members.has_declared`): may see the bids their declarations allow
    current: tuple[DeclarationView, ...]  # the member's current (not superseded) declarations
    visible_bids: tuple[int, ...]

    @property
    def awaiting(self) -> tuple[DeclarationView, ...]:
        return tuple(d for d in self.current if d.needs_resolution)

    @property
    def excluded_from_tender(self) -> bool:
        return any(d.resolution == "excluded" and d.bid_id is None for d in self.current)

    @property
    def excluded_bids(self) -> tuple[int, ...]:
        return tuple(d.bid_id for d in self.current if d.resolution == "excluded" and d.bid_id is not None)

    @property
    def mitigated(self) -> tuple[DeclarationView, ...]:
        return tuple(d for d in self.current if d.resolution == "mitigated")

    @property
    def declared_none(self) -> bool:
        return self.declared and all(d.interest == "none" for d in self.current)


@dataclass(frozen=True)
class PanelStanding:
    members: tuple[MemberStanding, ...]
    register: tuple[DeclarationView, ...]  # every declaration, oldest first

    @property
    def to_declare(self) -> tuple[MemberView, ...]:
        return tuple(s.member for s in self.members if not s.declared)

    @property
    def awaiting(self) -> tuple[DeclarationView, ...]:
        return tuple(d for d in self.register if d.needs_resolution)

    def member(self, member_id: int) -> MemberView | None:
        return next((s.member for s in self.members if s.member.id == member_id), None)


def standings(members: Iterable[MemberView], register: Iterable[DeclarationView],
              visible: dict[int, list[int]]) -> PanelStanding:
    """Put together members, the register and each member's visible bids (pure; no database)."""
    register = tuple(register)
    rows = []
    for member in members:
        current = tuple(d for d in register if d.member_id == member.id and d.current)
        rows.append(MemberStanding(member=member, declared=panel.has_declared(current),
                                   current=current, visible_bids=tuple(visible.get(member.id, ()))))
    return PanelStanding(members=tuple(rows), register=register)


def panel_standing(ws: Workspace, tender: int | str) -> PanelStanding:
    members = panel.list_members(ws, tender)
    visible = panel.visible_bids_of(ws, [m.id for m in members])  # one query, not one per member and bid
    return standings(members, panel.register(ws, tender), visible)
