"""The marking methods: how one measure's score or quantity becomes a share (0..1) of its marks.

Each function here is the arithmetic of one method and nothing else; the inputs have already
been checked by `scoring` (which owns the specs, the errors and the totals). A share times the
measure's weight is its points. Shares never depend on weights, which is what lets
`sensitivity` re-weight without re-marking.

A quantity of None means the bid made no commitment: it earns nothing under every method and
never sets the benchmark for the relative method.
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coopeval.domain.scoring import Band, QuantitativeMethod

ZERO = Fraction(0)
ONE = Fraction(1)


def qualitative_share(score: Fraction | None, scale_maximum: int) -> Fraction:
    """Score as a share of the top of the scale; no score earns nothing."""
    if score is None:
        return ZERO
    return score / scale_maximum


def relative_shares(quantities: Sequence[Fraction | None], direction: str) -> list[Fraction]:
    """Each quantity against the best among the bids being compared.

    Higher is better: value / best; if the best is 0 nobody has committed anything, so all get 0.
    Lower is better: lowest / value; 0 is the best possible and earns the full share, and once
    some bid has committed to 0 every non-zero value earns 0 / value = 0.
    """
    committed = [q for q in quantities if q is not None]
    if not committed:
        return [ZERO for _ in quantities]
    if direction == "higher":
        best = max(committed)
        if best == 0:
            return [ZERO for _ in quantities]
        return [ZERO if q is None else q / best for q in quantities]
    lowest = min(committed)
    return [ZERO if q is None else ONE if q == 0 else lowest / q for q in quantities]


def target_share(quantity: Fraction | None, target: Fraction, direction: str) -> Fraction:
    """Progress towards a fixed target, capped at the full share once the target is met."""
    if quantity is None:
        return ZERO
    if direction == "higher":
        return min(quantity / target, ONE)
    return ONE if quantity <= target else target / quantity


def banded_share(quantity: Fraction | None, bands: Sequence[Band], direction: str) -> Fraction:
    """The share of the band the quantity reaches; thresholds are strictly ascending.

    Higher is better: the last band whose threshold the quantity reaches (at <= quantity),
    nothing below the first band. Lower is better: the first band whose threshold the quantity
    stays within (quantity <= at), nothing above the last band.
    """
    if quantity is None:
        return ZERO
    if direction == "higher":
        reached = [band.share for band in bands if band.at <= quantity]
        return reached[-1] if reached else ZERO
    within = [band.share for band in bands if quantity <= band.at]
    return within[0] if within else ZERO


def method_shares(method: QuantitativeMethod, quantities: Sequence[Fraction | None]) -> list[Fraction]:
    """Shares of every bid for one quantitative measure (in the order of `quantities`)."""
    if method.kind == "relative":
        return relative_shares(quantities, method.direction)
    if method.kind == "target":
        assert method.target is not None  # MeasureSpec refuses a target method without one
        return [target_share(q, method.target, method.direction) for q in quantities]
    if method.kind == "banded":
        return [banded_share(q, method.bands, method.direction) for q in quantities]
    # record_only: reported, never scored.
    return [ZERO for _ in quantities]
