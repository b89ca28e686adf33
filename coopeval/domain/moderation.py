"""Moderation statistics: how far a panel's individual scores for one bid on one measure agree,
and what score to propose when they do.

The agreement levels follow the Cotiss convention: a spread (range) under 20% of the scale is
"agree" (green), 20% to 50% inclusive is "discuss" (amber), over 50% is "split" (red). The
proposed score is never applied automatically; the panel confirms the moderated score.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from coopeval.domain.scoring import ScaleSpec, ScoringError
from coopeval.i18n import _

AGREE = "agree"
DISCUSS = "discuss"
SPLIT = "split"
NO_SCORES = "none"


@dataclass(frozen=True)
class ModerationStats:
    """The spread of the panel's scores; abstentions (None) are counted but not scored."""

    count: int  # scores given
    abstentions: int
    mean: Fraction | None
    median: Fraction | None
    min: int | None
    max: int | None
    range: int | None
    range_share: Fraction | None  # range / (top of scale - bottom of scale)
    level: str  # "agree" | "discuss" | "split" | "none"
    proposed: int | None  # the snapped median when the panel agrees, else None


def exact_median(values: Sequence[int]) -> Fraction:
    """The median as an exact Fraction (statistics.median would return a float for an even count)."""
    ordered = sorted(values)
    half = len(ordered) // 2
    if len(ordered) % 2:
        return Fraction(ordered[half])
    return Fraction(ordered[half - 1] + ordered[half], 2)


def nearest_scale_point(value: Fraction, scale: ScaleSpec) -> int:
    """The scale point nearest `value`; exactly half-way goes to the LOWER point, because a panel
    that has not settled between two scores should not be credited with the higher one."""
    return min(scale.points, key=lambda point: (abs(point - value), point))


def _scale_points_only(scores: Sequence[int | None], scale: ScaleSpec, about: str | None) -> list[int]:
    given = [score for score in scores if score is not None]
    for score in given:
        if isinstance(score, bool) or score not in scale.points:
            where = f"{about}: " if about else ""
            raise ScoringError(
                _("{where}the score {score!r} is not on the {id} scale ({listing}).").format(where=where, score=score, id=scale.id, listing=scale.listing())
            )
    return given


def provisional_value(scores: Sequence[int | None], scale: ScaleSpec, *, about: str | None = None) -> int | None:
    """The score to use before moderation: the median snapped to the nearest scale point (halves
    to the lower point, as in `nearest_scale_point`); None when nobody has scored."""
    given = _scale_points_only(scores, scale, about)
    if not given:
        return None
    return nearest_scale_point(exact_median(given), scale)


def moderation_stats(
    scores: Sequence[int | None],
    scale: ScaleSpec,
    *,
    discuss_at: Fraction = Fraction(20, 100),
    split_above: Fraction = Fraction(50, 100),
    about: str | None = None,
) -> ModerationStats:
    """Statistics of one bid's scores on one measure. `about` (e.g. "Bid B, measure CV2") is put
    in front of any error message so the officer knows which scores to correct."""
    if not 0 <= discuss_at <= split_above <= 1:
        raise ScoringError(
            _("The moderation thresholds must satisfy 0 <= discuss at ({discuss_at}) <= split above "
            "({split_above}) <= 1.").format(discuss_at=discuss_at, split_above=split_above)
        )
    given = _scale_points_only(scores, scale, about)
    abstentions = len(scores) - len(given)
    if not given:
        return ModerationStats(0, abstentions, None, None, None, None, None, None, NO_SCORES, None)
    middle = exact_median(given)
    spread = max(given) - min(given)
    spread_share = Fraction(spread, scale.maximum - scale.points[0])
    if spread_share < discuss_at:
        level = AGREE
    elif spread_share <= split_above:
        level = DISCUSS
    else:
        level = SPLIT
    return ModerationStats(
        count=len(given),
        abstentions=abstentions,
        mean=Fraction(sum(given), len(given)),
        median=middle,
        min=min(given),
        max=max(given),
        range=spread,
        range_share=spread_share,
        level=level,
        proposed=nearest_scale_point(middle, scale) if level == AGREE else None,
    )
