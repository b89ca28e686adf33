"""KPI ratings in the vocabulary of PA 2023 contract performance notices (s.71), and the rating CoopEval suggests
from what was delivered against what was promised.

The suggestion: delivered ÷ promised as a percentage (promised ÷ delivered where lower is better), at least the
tender's `good` threshold (100 by default) → Good, at least `approaching` (90) → Approaching target, at least
`improvement` (70) → Requires improvement, below → Inadequate. Nothing to compute from (no figure delivered, a
qualitative commitment, a promise of zero) → Other. Exact arithmetic: no floats.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from coopeval.i18n import N_, _

GOOD, APPROACHING, IMPROVEMENT, INADEQUATE, OTHER = "good", "approaching", "improvement", "inadequate", "other"
RATINGS = (GOOD, APPROACHING, IMPROVEMENT, INADEQUATE, OTHER)
LABELS = {GOOD: N_("Good"), APPROACHING: N_("Approaching target"), IMPROVEMENT: N_("Requires improvement"),
          INADEQUATE: N_("Inadequate"), OTHER: N_("Other")}  # English here (the delivery report); `label()` translates


def label(rating: str) -> str:
    """A rating in words, in the current language ("Good" / "Da"); an unknown code as given."""
    return _(LABELS[rating]) if rating in LABELS else rating  # i18n: no


@dataclass(frozen=True)
class Thresholds:
    good: Decimal = Decimal(100)
    approaching: Decimal = Decimal(90)
    improvement: Decimal = Decimal(70)

    def problem(self) -> str | None:
        """Why these thresholds cannot be used, or None: each above the next, none negative."""
        if not (self.good > self.approaching > self.improvement >= 0):
            return _("the rating thresholds must fall from Good to Requires improvement (for example 100, 90, 70), "
                     "none below 0")
        return None


def achievement(promised: Decimal, delivered: Decimal, direction: str) -> Decimal | None:
    """Delivered against promised in % (inverted for lower-is-better); None when it cannot be told."""
    if direction == "lower":
        if delivered == 0:
            return Decimal(100) if promised >= 0 else None  # nothing delivered where less is better: fully met
        return promised / delivered * 100
    if promised == 0:
        return None
    return delivered / promised * 100


def suggest(promised: Decimal | None, delivered: Decimal | None, direction: str | None,
            thresholds: Thresholds = Thresholds()) -> str:
    if promised is None or delivered is None:
        return OTHER
    share = achievement(promised, delivered, direction or "higher")
    if share is None:
        return OTHER
    if share >= thresholds.good:
        return GOOD
    if share >= thresholds.approaching:
        return APPROACHING
    if share >= thresholds.improvement:
        return IMPROVEMENT
    return INADEQUATE
