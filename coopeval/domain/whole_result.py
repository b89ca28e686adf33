"""The whole result of a tender: social value and the council's other award criteria (price, quality…), as weighted
points of the whole tender. Pure arithmetic on exact numbers (Fractions), never floats.

The social value section carries its section weight (% of the whole tender); each other criterion carries its own
weight. A bid's weighted points = its social value tender points (section total × section weight ÷ 100) + Σ weight ×
score ÷ out of. The result is complete only when the other weights and the section weight add up to exactly 100 and
every assessed bid (not disqualified; withdrawn bids are never passed in) has a score on every criterion. The most
advantageous tender is the highest whole total; a tie names no winner.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from coopeval.domain.numbers import decimal_text
from coopeval.i18n import _

HUNDRED = Fraction(100)


@dataclass(frozen=True)
class Criterion:
    name: str
    weight: Fraction  # % of the whole tender
    max_score: Fraction  # the top of its scale (> 0)
    scores: Mapping[str, Fraction]  # bid identifier → score (0..max_score)


@dataclass(frozen=True)
class Bid:
    identifier: str
    social_value_points: Fraction  # the social value total × section weight ÷ 100
    disqualified: bool = False


@dataclass(frozen=True)
class Line:
    identifier: str
    social_value_points: Fraction
    other_points: tuple[tuple[str, Fraction | None], ...]  # (criterion, weight × score ÷ out of) or None unscored
    total: Fraction | None  # None while any criterion is unscored
    rank: int | None  # competition ranking (1, 1, 3) when complete; None when disqualified or incomplete
    disqualified: bool


@dataclass(frozen=True)
class Whole:
    complete: bool
    problems: tuple[str, ...]
    lines: tuple[Line, ...]  # ranked best first when complete (disqualified last), else in the bids' order
    most_advantageous: str | None  # None unless complete and exactly one bid ranks first
    tied: tuple[str, ...]  # the bids sharing first place, when they tie


def weighted(weight: Fraction, score: Fraction, max_score: Fraction) -> Fraction:
    return weight * score / max_score


def _number(x: Fraction) -> str:
    return decimal_text(Decimal(x.numerator) / Decimal(x.denominator))


def whole_result(section_weight: Fraction, criteria: Sequence[Criterion], bids: Sequence[Bid]) -> Whole:
    problems: list[str] = []
    total_weight = section_weight + sum((c.weight for c in criteria), Fraction(0))
    if not criteria:
        problems.append(_("No other award criteria are recorded (price, quality…): only the social value part of the "
                        "assessment can be stated."))
    elif total_weight != HUNDRED:
        problems.append(_("The weights add up to {pct} (social value {pct2} and the "
                        "other criteria {pct3}), not 100%.").format(pct=_pct(total_weight), pct2=_pct(section_weight), pct3=_pct(total_weight - section_weight)))
    assessed = [b for b in bids if not b.disqualified]
    for c in criteria:
        missing = [b.identifier for b in assessed if b.identifier not in c.scores]
        if missing:
            problems.append(_("\"{name}\" has no score for {missing}.").format(name=c.name, missing=', '.join(missing)))
    lines = []
    for b in bids:
        parts: list[tuple[str, Fraction | None]] = []
        for c in criteria:
            score = c.scores.get(b.identifier)
            parts.append((c.name, None if score is None else weighted(c.weight, score, c.max_score)))
        complete_line = all(p is not None for _, p in parts)
        total = b.social_value_points + sum((p for _, p in parts if p is not None), Fraction(0)) if complete_line \
            else None
        lines.append(Line(b.identifier, b.social_value_points, tuple(parts), total, None, b.disqualified))
    complete = not problems and bool(assessed)
    if not complete:
        if criteria and not assessed:
            problems.append(_("No bid is assessed (every bid is withdrawn or disqualified)."))
        return Whole(False, tuple(problems), tuple(lines), None, ())
    totals = {ln.identifier: ln.total for ln in lines if not ln.disqualified and ln.total is not None}
    ranks = {i: 1 + sum(1 for t in totals.values() if t > totals[i]) for i in totals}
    ranked = sorted((ln for ln in lines if not ln.disqualified), key=lambda ln: ranks[ln.identifier])
    ranked_lines = [Line(ln.identifier, ln.social_value_points, ln.other_points, ln.total, ranks[ln.identifier], False)
                    for ln in ranked] + [ln for ln in lines if ln.disqualified]
    first = tuple(i for i, r in ranks.items() if r == 1)
    first = tuple(ln.identifier for ln in ranked if ln.identifier in first)
    return Whole(True, (), tuple(ranked_lines), first[0] if len(first) == 1 else None,
                 first if len(first) > 1 else ())


def _pct(x: Fraction) -> str:
    return f"{_number(x)}%"
