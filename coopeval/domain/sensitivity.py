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
        for change, multiplier in ((f"+{percent}%", 1 + swing), (f"-{percent}%", 1 - swing)):
            scenarios += 1
            new_weight = min(measure.weight * multiplier, HUNDRED)
            factor = (HUNDRED - new_weight) / rest
            totals = {
                bid.bid_id: factor * (bid.total - bid.measures[measure.code].points)
                + bid.measures[measure.code].share * new_weight
                for bid in contenders
            }
            leaders = _first_placed(totals)
            if set(leaders) != set(baseline):
                hinges.append(Hinge(measure.code, change, leaders))
    return SensitivityReport(baseline, not hinges, tuple(hinges), scenarios)


def _first_placed(totals: dict[str, Fraction]) -> tuple[str, ...]:
    if not totals:
        return ()
    best = max(totals.values())
    return tuple(bid for bid, total in totals.items() if total == best)
