"""What an evaluator may record: the rules for a score and a declaration, once, for every door.

Scoring and declaring in the app (`services.evaluation.scores`, `services.panel.members`) and
importing a returned evaluator pack (`services.packs`) apply these same functions, so a pack edited
outside CoopEval cannot carry what the app would refuse. Each returns what is wrong as a message
(no full stop), or None.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from coopeval.domain.scales import Scale
from coopeval.i18n import _

INTERESTS = ("none", "personal", "professional", "financial")
NATURES = ("actual", "potential", "perceived")
RESOLUTIONS = ("no_action", "mitigated", "excluded")

NO_SCORE = _("has no score")


def value_problem(value: int, scale: Scale) -> str | None:
    """A score's value must be a point on the tender's scale."""
    if value in scale.values:
        return None
    return _("{value} is not a point on the {name} scale ({map})").format(value=value, name=scale.name, map=', '.join(map(str, scale.values)))


def submit_problem(value: int | None, abstained: bool, abstain_reason: str, rationale: str) -> str | None:
    """Why a score cannot be submitted: no score (`NO_SCORE`), no rationale, an abstention without a
    reason, or both a value and an abstention. The rationale's minimum length is advice, not a rule."""
    if value is None and not abstained:
        return NO_SCORE
    if abstained and value is not None:
        return _("is both a value and an abstention")
    if not rationale.strip():
        return _("has no rationale")
    if abstained and not abstain_reason.strip():
        return _("is an abstention without a reason")
    return None


def interest_problem(interest: str, nature: str | None) -> str | None:
    """A declaration names a known interest and, for an interest, its nature."""
    if interest not in INTERESTS:
        return _("Unknown interest {interest!r}; choose one of {INTERESTS}").format(interest=interest, INTERESTS=', '.join(INTERESTS))
    if interest != "none" and nature not in NATURES:
        return _("Say whether the interest is {NATURES}").format(NATURES=', '.join(NATURES))
    return None


class Declared(Protocol):
    @property
    def bid_id(self) -> int | None: ...
    @property
    def interest(self) -> str: ...
    @property
    def resolution(self) -> str | None: ...
    @property
    def superseded_by(self) -> int | None: ...


def has_declared(declarations: Iterable[Declared]) -> bool:
    """Any current declaration counts as having declared (see `services.panel.members.has_declared`)."""
    return any(d.superseded_by is None for d in declarations)


def access_problem(member_name: str, current: Iterable[Declared], bid_id: int | None) -> str | None:
    """Why a member with these current declarations may not see `bid_id` (any bid, when None), or None."""
    current = list(current)
    if not has_declared(current):
        return _("{member_name} must declare any conflict of interest before seeing the bids.").format(member_name=member_name)
    for d in current:
        if d.bid_id is None or d.bid_id == bid_id:
            if d.interest != "none" and d.resolution is None:
                return _("{member_name}'s declared interest awaits the officer's resolution.").format(member_name=member_name)
            if d.resolution == "excluded":
                return _("{member_name} is excluded from {value} by a conflict of interest.").format(member_name=member_name, value='this bid' if d.bid_id else 'this tender')
    return None
