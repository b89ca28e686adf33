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

INTERESTS = ("none", "personal", "professional", "financial")
NATURES = ("actual", "potential", "perceived")
RESOLUTIONS = ("no_action", "mitigated", "excluded")

NO_SCORE = "has no score"


def value_problem(value: int, scale: Scale) -> str | None:
    """A score's value must be a point on the tender's scale."""
    if value in scale.values:
        return None
    return f"{value} is not a point on the {scale.name} scale ({', '.join(map(str, scale.values))})"


def submit_problem(value: int | None, abstained: bool, abstain_reason: str, rationale: str) -> str | None:
    """Why a score cannot be submitted: no score (`NO_SCORE`), no rationale, an abstention without a
    reason, or both a value and an abstention. The rationale's minimum length is advice, not a rule."""
    if value is None and not abstained:
        return NO_SCORE
    if abstained and value is not None:
        return "is both a value and an abstention"
    if not rationale.strip():
        return "has no rationale"
    if abstained and not abstain_reason.strip():
        return "is an abstention without a reason"
    return None


def interest_problem(interest: str, nature: str | None) -> str | None:
    """A declaration names a known interest and, for an interest, its nature."""
    if interest not in INTERESTS:
        return f"Unknown interest {interest!r}; choose one of {', '.join(INTERESTS)}"
    if interest != "none" and nature not in NATURES:
        return f"Say whether the interest is {', '.join(NATURES)}"
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
        return f"{member_name} must declare any conflict of interest before seeing the bids."
    for d in current:
        if d.bid_id is None or d.bid_id == bid_id:
            if d.interest != "none" and d.resolution is None:
                return f"{member_name}'s declared interest awaits the officer's resolution."
            if d.resolution == "excluded":
                return f"{member_name} is excluded from {'this bid' if d.bid_id else 'this tender'} by a conflict of interest."
    return None
