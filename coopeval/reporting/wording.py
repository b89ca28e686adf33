"""Words shared by the report and the summaries: dates as people write them, how each measure is
scored, and numbers without needless zeros."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from coopeval.domain.numbers import number_text
from coopeval.reporting.data import MeasureInfo, ScaleInfo

ROLE_LABELS = {"chair": "Chair", "evaluator": "Evaluator", "officer": "Officer", "observer": "Observer"}
REACHED_BY = {"discussion": "by discussion", "within_tolerance": "within tolerance (scores agreed)"}
SPREAD_LABELS = {"agree": "agree", "discuss": "discuss", "split": "split", "none": "no scores"}


def when(iso: str | None) -> str:
    """'2026-03-06T10:12:13.123Z' → '6 Mar 2026, 10:12 UTC'; a date alone → '6 Mar 2026'."""
    if not iso:
        return ""
    try:
        if len(iso) <= 10:
            day = dt.date.fromisoformat(iso)
            return f"{day.day} {day:%b %Y}"
        moment = dt.datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC)
    return f"{moment.day} {moment:%b %Y, %H:%M} UTC"


def number(value: Decimal | int | str | None) -> str:
    """12.50 → '12.5', 10.00 → '10', 14000 → '14,000'; text passes through."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return number_text(value)


def points(value: Decimal) -> str:
    """Points always to 2 places, as the ranking shows them."""
    return number_text(value, 2)


def quantity(value: str | None) -> str:
    """A committed or accepted quantity as written ("14000" → "14,000", "2.5" → "2.5"); words pass through."""
    if not value:
        return value or ""
    try:
        figure = Decimal(value.strip())
    except ArithmeticError:
        return value
    return number_text(figure) if figure.is_finite() else value


def shorten(text: str, limit: int) -> tuple[str, bool]:
    text = text.strip()
    if len(text) <= limit:
        return text, False
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(" ,;:")
    return cut + " …", True


def direction_word(m: MeasureInfo) -> str:
    return "lower is better" if m.direction == "lower" else "higher is better"


def method_text(m: MeasureInfo, scale: ScaleInfo) -> str:
    """How a measure is scored, as one sentence with its formula."""
    w = number(m.weight)
    unit = f" ({m.unit})" if m.unit else ""
    if m.kind == "qualitative":
        return (f"Panel score on the {scale.name} scale (0–{scale.maximum}); "
                f"points = score ÷ {scale.maximum} × {w}.")
    if m.method == "relative":
        if m.direction == "lower":
            return f"Relative to the best bid{unit}, lower is better; points = {w} × lowest ÷ quantity."
        return f"Relative to the best bid{unit}, higher is better; points = {w} × quantity ÷ highest."
    if m.method == "target":
        if m.direction == "lower":
            return (f"Against a target of {m.target}{unit}, lower is better; full {w} points at or below the "
                    f"target, otherwise {w} × target ÷ quantity.")
        return f"Against a target of {m.target}{unit}; points = {w} × quantity ÷ target, at most {w}."
    if m.method == "banded":
        bands = "; ".join(f"{'≤' if m.direction == 'lower' else '≥'} {at}: {number(Decimal(share) * 100)}%"
                          for at, share in m.bands)
        return f"In bands{unit}, {direction_word(m)}: {bands} of {w} points."
    if m.method == "record_only":
        return f"Recorded{unit} for information; not scored."
    return "Scored from the committed quantity."


def available_text(m: MeasureInfo, scale: ScaleInfo) -> str:
    """The scores available: what a response can get on this measure."""
    if m.kind == "qualitative":
        return f"0–{scale.maximum} on the scale; 0–{number(m.weight)} points"
    if m.method == "record_only":
        return "not scored"
    return f"0–{number(m.weight)} points"


# What an assessment summary reports on is the social value part of the award criteria, never the
# whole: the bid that scores highest here is not thereby the most advantageous tender, which is
# decided on all the criteria.
HIGHEST = "the highest-scoring tender on social value"


def social_value_part(section_weight: Decimal, authority: str = "") -> str:
    """'the social value part of Northbridge Borough Council's assessment (15% of the award criteria)'."""
    whose = f"{authority.strip()}'s" if authority.strip() else "the contracting authority's"
    return f"the social value part of {whose} assessment ({number(section_weight)}% of the award criteria)"


def capital(text: str) -> str:
    """The first letter capitalised, the rest as written ('the social value …' → 'The social value …')."""
    return text[:1].upper() + text[1:]
