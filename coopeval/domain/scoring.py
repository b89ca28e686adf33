"""Scoring of a tender's social value section: owns the scoring inputs, the checks on them, and
`compute_results`, which turns scores and committed quantities into points, subtotals,
threshold failures and ranks.

The arithmetic is exact (Fractions) from input to result, so three weights of 100/3 total
exactly 100 and a report can always be reconciled by hand; round only for display (`rounding`).
The marking methods live in `measure_methods`, the per-measure set-up rules in `measure_rules`,
the result types in `scoring_results`.
Anything a user can get wrong raises `ScoringError` naming the measure code or bid to fix.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from math import lcm
from types import MappingProxyType
from typing import Any

from coopeval.domain.errors import CoopEvalError
from coopeval.domain.measure_methods import method_shares, qualitative_share
from coopeval.domain.measure_rules import measure_problems
from coopeval.domain.rounding import describe
from coopeval.domain.scoring_results import BidResult, MeasureResult, TenderResults
from coopeval.i18n import _

HUNDRED = Fraction(100)
ZERO = Fraction(0)
PPN_002_MINIMUM_WEIGHT = Fraction(10)

Number = Fraction | int | Decimal
Values = Mapping[tuple[str, str], Number | None]


class ScoringError(CoopEvalError, ValueError):
    """A scoring input the panel can correct; the message names the measure code or bid."""


def exact(value: Number, what: str) -> Fraction:
    """`value` as a Fraction. Floats are refused: 33.33 as a float is not 33.33, and that drift
    is exactly what would make correct weights fail to total 100."""
    if isinstance(value, (bool, float)) or not isinstance(value, (int, Fraction, Decimal)):
        raise TypeError(_("{what} must be an int, Fraction or Decimal, not {value!r}").format(what=what, value=value))
    if isinstance(value, Decimal) and not value.is_finite():
        raise ScoringError(_("{what} must be a number, not {value}.").format(what=what, value=value))
    return Fraction(value)


def _optional_exact(value: Number | None, what: str) -> Fraction | None:
    return None if value is None else exact(value, what)


@dataclass(frozen=True)
class Band:
    """Banded method: one threshold quantity and the share (0..1) of the marks it earns."""

    at: Fraction
    share: Fraction

    def __post_init__(self) -> None:
        object.__setattr__(self, "at", exact(self.at, _("A band threshold")))
        object.__setattr__(self, "share", exact(self.share, _("A band share")))


@dataclass(frozen=True)
class QuantitativeMethod:
    """How a committed quantity is marked; checked by the MeasureSpec that uses it, so that
    the error can name the measure."""

    kind: str  # "relative" | "target" | "banded" | "record_only"
    direction: str = "higher"  # which is better: "higher" or "lower" (e.g. a pay ratio)
    target: Fraction | None = None
    bands: tuple[Band, ...] = ()  # thresholds strictly ascending

    def __post_init__(self) -> None:
        object.__setattr__(self, "target", _optional_exact(self.target, _("A target")))
        object.__setattr__(self, "bands", tuple(self.bands))


@dataclass(frozen=True)
class MeasureSpec:
    """One measure of the section as this tender uses it, weight in % of the section."""

    code: str
    framework: str
    theme: str
    outcome: str
    kind: str  # "qualitative" | "quantitative"
    weight: Fraction
    method: QuantitativeMethod | None = None  # required for quantitative measures
    # Qualitative: lowest acceptable scale score. Quantitative: least acceptable quantity, or
    # with direction "lower" the most acceptable quantity.
    minimum: Fraction | None = None
    proxy_value: Fraction | None = None  # £ per unit of the quantity

    def __post_init__(self) -> None:
        where = _("Measure {code}:").format(code=self.code)
        object.__setattr__(self, "weight", exact(self.weight, _("{where} the weight").format(where=where)))
        object.__setattr__(self, "minimum", _optional_exact(self.minimum, _("{where} the minimum").format(where=where)))
        object.__setattr__(self, "proxy_value", _optional_exact(self.proxy_value, _("{where} the proxy value").format(where=where)))
        problems = measure_problems(self)
        if problems:
            raise ScoringError(_("Measure {code}: ").format(code=self.code) + "; ".join(problems) + ".")

    @property
    def direction(self) -> str:
        return self.method.direction if self.method is not None else "higher"


@dataclass(frozen=True)
class ScaleSpec:
    """The points an evaluator may award a qualitative measure, ascending; the top is full marks."""

    id: str
    points: tuple[int, ...]

    def __post_init__(self) -> None:
        points = tuple(self.points)
        object.__setattr__(self, "points", points)
        if any(isinstance(p, bool) or not isinstance(p, int) for p in points):
            raise ScoringError(_("Scale {id}: every point must be a whole number, not {points}.").format(id=self.id, points=points))
        if len(points) < 2 or points[0] < 0 or any(b <= a for a, b in zip(points, points[1:])):
            raise ScoringError(
                _("Scale {id}: needs at least two points, strictly ascending from 0 or more, "
                "not {points}.").format(id=self.id, points=points)
            )

    @property
    def maximum(self) -> int:
        return self.points[-1]

    def listing(self) -> str:
        return ", ".join(str(p) for p in self.points)


def check_weights(measures: Iterable[MeasureSpec]) -> None:
    """Raise ScoringError unless the weights total exactly 100 (each is 0..100 by construction)."""
    total = sum((m.weight for m in measures), ZERO)
    if total != HUNDRED:
        gap = f"{describe(HUNDRED - total)} short" if total < HUNDRED else f"{describe(total - HUNDRED)} over"
        raise ScoringError(
            _("The measure weights total {describe}% ({gap}); they must total exactly 100%.").format(describe=describe(total), gap=gap)
        )


def section_weight_warning(section_weight: Number) -> str | None:
    """A warning when the section is weighted below PPN 002's 10% floor (allowed, but it needs
    justifying); ScoringError when the weight is not a percentage at all."""
    weight = exact(section_weight, _("The social value section weight"))
    if not 0 <= weight <= HUNDRED:
        raise ScoringError(
            _("The social value section weight must be between 0 and 100% of the tender, not {describe}%.").format(describe=describe(weight))
        )
    if weight < PPN_002_MINIMUM_WEIGHT:
        return (
            _("Social value is weighted {describe}% of the tender, below the 10% minimum "
            "PPN 002 expects. This is allowed, but record the reason in the evaluation report.").format(describe=describe(weight))
        )
    return None


def meets_minimum(measure: MeasureSpec, value: Fraction | None) -> bool | None:
    """Whether a value meets the measure's minimum; None when there is no minimum. No value
    (no score, no commitment) never meets one."""
    if measure.minimum is None:
        return None
    if value is None:
        return False
    if measure.kind == "quantitative" and measure.direction == "lower":
        return value <= measure.minimum
    return value >= measure.minimum


def _check_tender(measures: Sequence[MeasureSpec], scale: ScaleSpec, bids: Sequence[str]) -> None:
    seen: set[str] = set()
    for m in measures:
        if m.code in seen:
            raise ScoringError(_("Measure code {code} is used twice; each measure needs its own code.").format(code=m.code))
        seen.add(m.code)
        if m.kind == "qualitative" and m.minimum is not None and m.minimum not in scale.points:
            raise ScoringError(
                _("Measure {code}: the minimum score {describe} is not on the "
                "{id} scale ({listing}).").format(code=m.code, describe=describe(m.minimum), id=scale.id, listing=scale.listing())
            )
    check_weights(measures)
    if len(set(bids)) != len(bids):
        twice = sorted({b for b in bids if list(bids).count(b) > 1})
        raise ScoringError(_("Bid {twice} is listed more than once.").format(twice=', '.join(twice)))


def _checked_values(
    by_code: Mapping[str, MeasureSpec], scale: ScaleSpec, values: Values, bids: Sequence[str]
) -> dict[tuple[str, str], Fraction]:
    known_bids = set(bids)
    checked = {}
    for (bid, code), raw in values.items():
        if bid not in known_bids:
            raise ScoringError(_("There are scores for bid {bid}, which is not one of the bids in this tender.").format(bid=bid))
        measure = by_code.get(code)
        if measure is None:
            raise ScoringError(_("Bid {bid}: there is a score for unknown measure code {code!r}.").format(bid=bid, code=code))
        if raw is None:
            continue
        value = exact(raw, _("Bid {bid}, measure {code}: the value").format(bid=bid, code=code))
        if measure.kind == "qualitative" and value not in scale.points:
            raise ScoringError(
                _("Bid {bid}, measure {code}: the score {describe} is not on the "
                "{id} scale ({listing}).").format(bid=bid, code=code, describe=describe(value), id=scale.id, listing=scale.listing())
            )
        if measure.kind == "quantitative" and value < 0:
            raise ScoringError(
                _("Bid {bid}, measure {code}: the committed quantity cannot be negative ({describe}).").format(bid=bid, code=code, describe=describe(value))
            )
        checked[(bid, code)] = value
    return checked


Subtotals = Mapping[Any, Fraction]  # keyed by (framework, theme, outcome), (framework, theme) or framework


def exact_sum(values: Iterable[Fraction | int]) -> Fraction:
    """The sum of `values`, exactly: the numerators added over one common denominator, reduced once at the end.
    The same number as adding them one by one (which reduces after every addition, the larger part of the Results
    page's reading time on a large tender)."""
    items = list(values)
    denominator = lcm(*(v.denominator for v in items)) if items else 1
    return Fraction(sum(v.numerator * (denominator // v.denominator) for v in items), denominator)


def _subtotals(measures: Sequence[MeasureSpec], amount: Mapping[str, Fraction]) -> tuple[Subtotals, Subtotals, Subtotals]:
    by_outcome: dict[Any, list[Fraction]] = {}
    by_theme: dict[Any, list[Fraction]] = {}
    by_framework: dict[Any, list[Fraction]] = {}
    for m in measures:
        for table, key in (
            (by_outcome, (m.framework, m.theme, m.outcome)),
            (by_theme, (m.framework, m.theme)),
            (by_framework, m.framework),
        ):
            table.setdefault(key, []).append(amount[m.code])
    def summed(table: dict[Any, list[Fraction]]) -> Subtotals:
        return MappingProxyType({key: exact_sum(parts) for key, parts in table.items()})

    return summed(by_outcome), summed(by_theme), summed(by_framework)


def competition_ranks(totals: Mapping[str, Fraction]) -> dict[str, int]:
    """Rank by total, highest first; equal totals share a rank and the next rank is skipped (1, 1, 3)."""
    ordered = sorted(totals, key=lambda bid: -totals[bid])
    ranks: dict[str, int] = {}
    for position, bid in enumerate(ordered):
        tied_with_previous = position > 0 and totals[bid] == totals[ordered[position - 1]]
        ranks[bid] = ranks[ordered[position - 1]] if tied_with_previous else position + 1
    return ranks


def compute_results(
    measures: Sequence[MeasureSpec],
    scale: ScaleSpec,
    values: Values,
    *,
    section_weight: Number,
    bids: Sequence[str],
    disqualify_on_threshold: bool = False,
) -> TenderResults:
    """Score every bid. `values[(bid_id, measure_code)]` is the qualitative score (a scale point)
    or the committed quantity; missing or None means no score / no commitment, which earns 0.
    Relative measures compare every bid in `bids`, disqualified or not."""
    measures, bids = tuple(measures), tuple(bids)
    _check_tender(measures, scale, bids)
    warning = section_weight_warning(section_weight)
    weight_of_section = exact(section_weight, _("The social value section weight"))
    checked = _checked_values({m.code: m for m in measures}, scale, values, bids)

    per_bid: dict[str, dict[str, MeasureResult]] = {bid: {} for bid in bids}
    for m in measures:
        quantities = [checked.get((bid, m.code)) for bid in bids]
        if m.kind == "qualitative":
            shares = [qualitative_share(q, scale.maximum) for q in quantities]
        else:
            assert m.method is not None
            shares = method_shares(m.method, quantities)
        for bid, value, share in zip(bids, quantities, shares):
            monetised = None if value is None or m.proxy_value is None else value * m.proxy_value
            per_bid[bid][m.code] = MeasureResult(
                m.code, value, share, share * m.weight, monetised, meets_minimum(m, value)
            )

    totals = {bid: exact_sum(r.points for r in per_bid[bid].values()) for bid in bids}
    failed = {bid: tuple(c for c, r in per_bid[bid].items() if r.meets_minimum is False) for bid in bids}
    out = {bid: disqualify_on_threshold and bool(failed[bid]) for bid in bids}
    ranks = competition_ranks({bid: totals[bid] for bid in bids if not out[bid]})

    def bid_result(bid: str) -> BidResult:
        by_outcome, by_theme, by_framework = _subtotals(measures, {c: r.points for c, r in per_bid[bid].items()})
        monetised = exact_sum(r.monetised for r in per_bid[bid].values() if r.monetised is not None)
        return BidResult(
            bid_id=bid, rank=ranks.get(bid), disqualified=out[bid], total=totals[bid],
            tender_points=totals[bid] * weight_of_section / HUNDRED,
            measures=MappingProxyType(per_bid[bid]), by_outcome=by_outcome, by_theme=by_theme,
            by_framework=by_framework, monetised=monetised, failed_thresholds=failed[bid],
        )

    position = {bid: i for i, bid in enumerate(bids)}
    ranked = sorted(ranks, key=lambda bid: (ranks[bid], position[bid]))
    order = ranked + [bid for bid in bids if out[bid]]
    available = _subtotals(measures, {m.code: m.weight for m in measures})
    return TenderResults(
        bids=tuple(bid_result(bid) for bid in order),
        section_weight=weight_of_section,
        section_weight_warning=warning,
        available_by_outcome=available[0],
        available_by_theme=available[1],
        available_by_framework=available[2],
    )
