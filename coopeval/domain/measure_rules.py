"""The rules a single measure's scoring set-up must follow, as problems an officer can act on.

Kept apart from `scoring` so the specs stay readable; `MeasureSpec` calls `measure_problems` when
it is built and raises one ScoringError listing every problem, so one bad field never hides
the others. Band rules include the order of the shares: out-of-order shares would reward a
worse commitment with more marks.
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction
from typing import TYPE_CHECKING

from coopeval.domain.rounding import describe
from coopeval.i18n import _

if TYPE_CHECKING:
    from coopeval.domain.scoring import Band, MeasureSpec, QuantitativeMethod

MEASURE_KINDS = ("qualitative", "quantitative")
METHOD_KINDS = ("relative", "target", "banded", "record_only")
DIRECTIONS = ("higher", "lower")


def measure_problems(m: MeasureSpec) -> list[str]:
    problems = []
    if m.kind not in MEASURE_KINDS:
        problems.append(_("the type must be qualitative or quantitative, not {kind!r}").format(kind=m.kind))
    if not 0 <= m.weight <= 100:
        problems.append(_("the weight must be between 0 and 100%, not {describe}%").format(describe=describe(m.weight)))
    if m.minimum is not None and m.minimum < 0:
        problems.append(_("the minimum cannot be negative ({describe})").format(describe=describe(m.minimum)))
    if m.proxy_value is not None and m.proxy_value < 0:
        problems.append(_("the proxy value cannot be negative (£{describe})").format(describe=describe(m.proxy_value)))
    if m.kind == "qualitative":
        if m.method is not None:
            problems.append(_("a qualitative measure is scored on the scale, so it takes no quantitative method"))
        if m.proxy_value is not None:
            problems.append(_("a proxy value prices a quantity, so only a quantitative measure can have one"))
    elif m.kind == "quantitative":
        if m.method is None:
            problems.append(_("a quantitative measure needs a method: relative, target, banded or record_only"))
        else:
            problems.extend(_method_problems(m.method, m.weight))
    return problems


def _method_problems(method: QuantitativeMethod, weight: Fraction) -> list[str]:
    problems = []
    if method.kind not in METHOD_KINDS:
        problems.append(_("the method must be relative, target, banded or record_only, not {kind!r}").format(kind=method.kind))
    if method.direction not in DIRECTIONS:
        problems.append(_("the direction must be 'higher' or 'lower' (whichever is better), not {direction!r}").format(direction=method.direction))
    if method.kind == "target" and (method.target is None or method.target <= 0):
        problems.append(_("method 'target' needs a target above 0"))
    if method.kind != "target" and method.target is not None:
        problems.append(_("a target is used only by method 'target', not {kind!r}").format(kind=method.kind))
    if method.kind == "banded":
        problems.extend(_band_problems(method.bands, method.direction))
    elif method.bands:
        problems.append(_("bands are used only by method 'banded', not {kind!r}").format(kind=method.kind))
    if method.kind == "record_only" and weight != 0:
        problems.append(
            _("a record-only measure is reported, never scored, so its weight must be 0, not {describe}%").format(describe=describe(weight))
        )
    return problems


def _band_problems(bands: Sequence[Band], direction: str) -> list[str]:
    if not bands:
        return [_("method 'banded' needs at least one band")]
    problems = []
    if any(not 0 <= band.share <= 1 for band in bands):
        problems.append(_("each band's share of the marks must be between 0 and 1"))
    for before, after in zip(bands, bands[1:]):
        if after.at <= before.at:
            problems.append(
                _("band thresholds must be strictly ascending; {describe} follows {describe2}").format(describe=describe(after.at), describe2=describe(before.at))
            )
    shares = [band.share for band in bands]
    if direction == "higher" and any(a > b for a, b in zip(shares, shares[1:])):
        problems.append(_("with higher better, a higher band must not earn a smaller share"))
    if direction == "lower" and any(a < b for a, b in zip(shares, shares[1:])):
        problems.append(_("with lower better, a higher band must not earn a bigger share"))
    return problems
