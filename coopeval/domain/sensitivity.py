"""Weight sensitivity: would a different bid come first if any one measure's weight had been set
a quarter higher or lower? A result that hinges on one weighting decision is one the panel
should be able to justify.

Each scenario moves one scored measure's weight by the swing and rescales every other scored
measure proportionally, so the weights still total exactly 100. Shares do not depend on
weights, so a bid's new total follows from its old one in constant time:

    new total = factor x (old total - points on the measure) + share on the measure x new weight
    where factor = (100 - new weight) / (100 - old weight)

No bid is re-marked, which keeps the check instant even for large tenders.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import NamedTuple

from coopeval.domain.rounding import describe
from coopeval.domain.scoring import HUNDRED, MeasureSpec, ScoringError
from coopeval.domain.scoring_results import TenderResults
from coopeval.i18n import _


class Hinge(NamedTuple):
    """A weight change under which the first place changes hands."""

    measure: str  # measure code
    change: str  # "+25%" or "-25%"
    leaders: tuple[str, ...]  # who would then come first


@dataclass(frozen=True)
class SensitivityReport:
    leaders: tuple[str, ...]  # first place as scored
    holds: bool  # True when no single weight change alters who comes first
    hinges_on: tuple[Hinge, ...]  # in measure order, "+" before "-"
    scenarios: int  # weight changes tried


def weight_sensitivity(
    measures: Sequence[MeasureSpec], results: TenderResults, *, swing: Fraction = Fraction(1, 4)
) -> SensitivityReport:
    """Try each scored measure's weight at (1 + swing) and (1 - swing) times its own.

    `results` must come from `compute_results` with these `measures`; disqualified bids stay out
    of first place. A measure carrying all 100% has nothing to trade against and is skipped, and
    a raised weight is capped at 100% (every other measure then weighs 0).
    """
    swing = Fraction(swing)
    if not 0 < swing < 1:
        raise ScoringError(_("The sensitivity swing must be between 0 and 1, not {describe}.").format(describe=describe(swing)))
    codes = {m.code for m in measures}
    if any(set(bid.measures) != codes for bid in results.bids):
        raise ValueError(_("results were computed for different measures than the ones given"))

    contenders = [bid for bid in results.bids if bid.rank is not None]
    baseline = results.leaders
    percent = describe(swing * HUNDRED)
    hinges: list[Hinge] = []
    scenarios = 0
    for measure in measures:
        rest = HUNDRED - measure.weight
        if measure.weight == 0 or rest == 0:
            continue
        # Each bid's total without the measure, and its share on it: (exact, approximate) once per measure.
        parts = [(bid.bid_id, bid.total - bid.measures[measure.code].points, bid.measures[measure.code].share)
                 for bid in contenders]
        approx = [(bid_id, float(rest_points), float(share)) for bid_id, rest_points, share in parts]
        for change, multiplier in ((f"+{percent}%", 1 + swing), (f"-{percent}%", 1 - swing)):
            scenarios += 1
            new_weight = min(measure.weight * multiplier, HUNDRED)
            factor = (HUNDRED - new_weight) / rest
            try:
                near = _near_the_top(approx, float(factor), float(new_weight))
            except OverflowError:  # a weight within ~10^-307 of 100, lowered: no float holds the factor
                near = {bid_id for bid_id, _, _ in parts}
            totals = {bid_id: factor * rest_points + share * new_weight
                      for bid_id, rest_points, share in parts if bid_id in near}
            leaders = _first_placed(totals)
            if set(leaders) != set(baseline):
                hinges.append(Hinge(measure.code, change, leaders))
    return SensitivityReport(baseline, not hinges, tuple(hinges), scenarios)


# Every float below is within a few units in the last place of the exact value it stands for (totals of at most a few
# hundred points), so a bid more than this below the best float cannot be first, exactly; the rest are compared exactly.
# Totals under 1 get the margin in absolute terms, which also covers those below the smallest normal float (10^-308),
# rounded with less precision; a factor too large for a float (a weight within ~10^-307 of 100) compares every bid.
_NEAR = 1e-9


def _near_the_top(approx: list[tuple[str, float, float]], factor: float, weight: float) -> set[str]:
    """The bids that may come first in one scenario: those whose total, in floating point, is within `_NEAR` (relative)
    of the best. The exact comparison then runs on these few instead of every bid (a 40-bid, 60-measure tender tries
    120 scenarios: Fractions for all of them were most of the Results page's reading time)."""
    totals = [(bid_id, factor * rest_points + share * weight) for bid_id, rest_points, share in approx]
    if not totals:
        return set()
    best = max(total for _, total in totals)
    floor = best - _NEAR * max(1.0, abs(best))
    return {bid_id for bid_id, total in totals if total >= floor}


def _first_placed(totals: dict[str, Fraction]) -> tuple[str, ...]:
    if not totals:
        return ()
    best = max(totals.values())
    return tuple(bid for bid, total in totals.items() if total == best)
