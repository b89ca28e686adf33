"""Rounding for display: the only place exact Fractions become printed decimals.

Scoring stays exact throughout; these helpers are called by reports and screens. `apportion`
exists because rounding each row of a table on its own can leave the rows adding up to a penny
or a point more or less than the printed total, which panels (and auditors) notice.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction

from coopeval.i18n import _


def _round_half_up_units(x: Fraction) -> int:
    """Nearest integer to x, halves away from zero (the rule people learn at school)."""
    magnitude = math.floor(abs(x) + Fraction(1, 2))
    return -magnitude if x < 0 else magnitude


def _units_to_decimal(units: int, places: int) -> Decimal:
    # Built from digits rather than by division so no Decimal context precision can round it.
    sign = 1 if units < 0 else 0
    digits = tuple(int(d) for d in str(abs(units)))
    return Decimal((sign, digits, -places))


def round_half_up(x: Fraction | int, places: int = 2) -> Decimal:
    """x rounded to `places` decimal places, halves away from zero: 0.125 -> 0.13, -0.125 -> -0.13.

    Python's round() and Decimal's default round halves to even (0.125 -> 0.12), which a
    procurement officer checking a score by hand would call a mistake.
    """
    if places < 0:
        raise ValueError(_("places must be 0 or more, not {places}").format(places=places))
    scale = 10**places
    return _units_to_decimal(_round_half_up_units(Fraction(x) * scale), places)


def apportion(parts: Sequence[Fraction | int], places: int = 2, *,
              total: Decimal | Fraction | int | None = None) -> list[Decimal]:
    """Round each part so the rounded parts add up exactly to round_half_up(sum(parts)), or to
    `total` when given (a figure already printed with `places` places, e.g. the subtotal these
    parts make up, which may itself have been rounded down or up).

    Largest-remainder method: every part is first rounded down, then the units still owed to the
    rounded total go one each to the parts that lost the most in rounding down (earlier parts
    first on equal losses, so the result is deterministic). Each rounded part is therefore
    within one unit of the last place of its exact value; a `total` that would need more (or
    fewer) is refused with ValueError.
    """
    if places < 0:
        raise ValueError(_("places must be 0 or more, not {places}").format(places=places))
    scale = 10**places
    scaled = [Fraction(part) * scale for part in parts]
    floors = [math.floor(value) for value in scaled]
    target = _round_half_up_units(sum(scaled, Fraction(0))) if total is None else Fraction(total) * scale
    owed = target - sum(floors)
    if owed.denominator != 1 or not 0 <= owed <= sum(1 for v, f in zip(scaled, floors) if v != f):
        raise ValueError(_("cannot round parts summing to {describe} "
                         "to a total of {describe2}").format(describe=describe(sum(parts, Fraction(0))), describe2=describe(Fraction(target, scale))))
    owed = int(owed)
    by_largest_loss = sorted(range(len(scaled)), key=lambda i: (-(scaled[i] - floors[i]), i))
    for i in by_largest_loss[:owed]:
        floors[i] += 1
    return [_units_to_decimal(units, places) for units in floors]


def describe(number: Fraction | int) -> str:
    """A number for a message, as an officer would write it: 100, 33.33, or 'about 33.3333'."""
    number = Fraction(number)
    if number.denominator == 1:
        return str(number.numerator)
    shown = round_half_up(number, 4)
    text = str(shown).rstrip("0").rstrip(".")
    return text if Fraction(shown) == number else f"about {text}"
