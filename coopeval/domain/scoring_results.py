"""The results of scoring a tender: what `scoring.compute_results` hands to screens and reports.

Everything is exact (Fractions); round with `rounding` only when displaying. Subtotal mappings
are keyed hierarchically -- framework, (framework, theme), (framework, theme, outcome) -- because
two frameworks, or two themes, may well use the same outcome name. Mappings are read-only
views kept in measure order, which is the order reports list them in.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction

ThemeKey = tuple[str, str]
OutcomeKey = tuple[str, str, str]


@dataclass(frozen=True)
class MeasureResult:
    """One bid's result on one measure."""

    code: str
    value: Fraction | None  # the score or committed quantity; None = no score / no commitment
    share: Fraction  # 0..1 of the measure's marks (always 0 for record_only)
    points: Fraction  # share x weight
    monetised: Fraction | None  # quantity x proxy value; None without a proxy or a quantity
    meets_minimum: bool | None  # None when the measure sets no minimum


@dataclass(frozen=True)
class BidResult:
    """One bid's results: points per measure and subtotals, out of 100 for the section."""

    bid_id: str
    rank: int | None  # competition ranking (1, 1, 3); None when disqualified
    disqualified: bool
    total: Fraction  # section total, 0..100
    tender_points: Fraction  # total x section weight / 100
    measures: Mapping[str, MeasureResult]
    by_outcome: Mapping[OutcomeKey, Fraction]
    by_theme: Mapping[ThemeKey, Fraction]
    by_framework: Mapping[str, Fraction]
    monetised: Fraction  # sum of quantity x proxy value, record-only measures included
    failed_thresholds: tuple[str, ...]  # codes of measures whose minimum the bid does not meet


@dataclass(frozen=True)
class TenderResults:
    """Every bid's results, best first.

    `bids` lists the ranked bids by rank (equal ranks in the order the bids were given), then
    any disqualified bids in the order they were given. The `available_*` mappings give the
    weight on offer under each heading, for "x out of y" in reports.
    """

    bids: tuple[BidResult, ...]
    section_weight: Fraction
    section_weight_warning: str | None
    available_by_outcome: Mapping[OutcomeKey, Fraction]
    available_by_theme: Mapping[ThemeKey, Fraction]
    available_by_framework: Mapping[str, Fraction]

    @property
    def leaders(self) -> tuple[str, ...]:
        """The bids ranked first (several when they tie); empty if every bid is disqualified."""
        return tuple(bid.bid_id for bid in self.bids if bid.rank == 1)

    def bid(self, bid_id: str) -> BidResult:
        for result in self.bids:
            if result.bid_id == bid_id:
                return result
        raise KeyError(bid_id)
