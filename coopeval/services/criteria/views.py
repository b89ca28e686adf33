"""What the other-criteria services return: frozen views, never rows."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class OtherScoreView:
    id: int
    criterion_id: int
    bid_id: int
    bid_identifier: str
    score: str  # exact decimal text
    reasons: str
    source: str


@dataclass(frozen=True)
class CriterionView:
    id: int
    tender_id: int
    position: int
    name: str
    kind: str  # price | quality | other
    weight: str  # % of the whole tender
    max_score: str
    method: str
    scores: tuple[OtherScoreView, ...]  # one per bid scored, in the bids' order


@dataclass(frozen=True)
class WholeLine:
    """One bid's whole result: social value and every other criterion, as weighted points of the whole tender."""

    bid_id: int
    bid_identifier: str
    name: str
    social_value_points: str  # the social value total × its section weight ÷ 100, exact decimal text
    other_points: tuple[tuple[str, str | None], ...]  # (criterion name, weighted points or None when not scored)
    total: str | None  # None while any criterion is unscored for this bid
    rank: int | None
    disqualified: bool


@dataclass(frozen=True)
class WholeResult:
    """The result the council reached across every award criterion, or why it cannot be stated yet."""

    recorded: bool  # any other criterion recorded
    complete: bool  # weights add to 100 with social value, every bid scored on every criterion
    problems: tuple[str, ...]  # what keeps it from being complete, in words
    lines: tuple[WholeLine, ...]  # ranked, best first, when complete; else in bid order
    most_advantageous: str | None  # the bid identifier of the most advantageous tender, when complete
