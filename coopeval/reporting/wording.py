"""Words shared by the report and the summaries: dates as people write them, how each measure is
scored, and numbers without needless zeros."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from coopeval.domain.dates import date_text
from coopeval.domain.numbers import number_text
from coopeval.i18n import N_, _
from coopeval.reporting.data import MeasureInfo, ScaleInfo

# Stored codes in words: marked here, translated where shown (`role_label`, `reached_by`, `spread_label`).
ROLE_LABELS = {"chair": N_("Chair"), "evaluator": N_("Evaluator"), "officer": N_("Officer"),
               "observer": N_("Observer")}
REACHED_BY = {"discussion": N_("by discussion"), "within_tolerance": N_("within tolerance (scores agreed)")}
SPREAD_LABELS = {"agree": N_("agree"), "discuss": N_("discuss"), "split": N_("split"), "none": N_("no scores")}
METHOD_NAMES = {"relative": N_("relative"), "target": N_("target"), "banded": N_("banded"),
                "record_only": N_("record only")}


def _word(table: dict[str, str], code: str | None) -> str:
    known = table.get(code or "")
    return _(known) if known else (code or "")  # i18n: no


def role_label(role: str) -> str:
    return _word(ROLE_LABELS, role)


def reached_by(code: str) -> str:
    return _word(REACHED_BY, code)


def spread_label(code: str) -> str:
    return _word(SPREAD_LABELS, code)


def method_name(code: str | None) -> str:
    return _word(METHOD_NAMES, code)


def when(iso: str | None) -> str:
    """'2026-03-06T10:12:13.123Z' → '6 Mar 2026, 10:12 UTC'; a date alone → '6 Mar 2026' (months in the current
    language: '6 Maw 2026')."""
    if not iso:
        return ""
    try:
        if len(iso) <= 10:
            return date_text(dt.date.fromisoformat(iso))
        moment = dt.datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC)
    return f"{date_text(moment.date())}, {moment:%H:%M} UTC"  # i18n: no - a time, the same in Welsh


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
    return _("lower is better") if m.direction == "lower" else _("higher is better")


def method_text(m: MeasureInfo, scale: ScaleInfo) -> str:
    """How a measure is scored, as one sentence with its formula."""
    w = number(m.weight)
    unit = f" ({m.unit})" if m.unit else ""
    if m.kind == "qualitative":
        return _("Panel score on the {scale} scale (0–{maximum}); points = score ÷ {maximum} × {weight_num}.").format(
            scale=scale.name, maximum=scale.maximum, weight_num=w)
    if m.method == "relative":
        if m.direction == "lower":
            return _("Relative to the best bid{unit}, lower is better; points = {weight_num} × lowest ÷ quantity.").format(
                unit=unit, weight_num=w)
        return _("Relative to the best bid{unit}, higher is better; points = {weight_num} × quantity ÷ highest.").format(
            unit=unit, weight_num=w)
    if m.method == "target":
        if m.direction == "lower":
            return _("Against a target of {target}{unit}, lower is better; full {weight_num} points at or below the "
                     "target, otherwise {weight_num} × target ÷ quantity.").format(target=m.target, unit=unit, weight_num=w)
        return _("Against a target of {target}{unit}; points = {weight_num} × quantity ÷ target, at most "
                 "{weight_num}.").format(target=m.target, unit=unit, weight_num=w)
    if m.method == "banded":
        bands = "; ".join(f"{'≤' if m.direction == 'lower' else '≥'} {at}: {number(Decimal(share) * 100)}%"
                          for at, share in m.bands)
        return _("In bands{unit}, {direction}: {bands} of {weight_num} points.").format(
            unit=unit, direction=direction_word(m), bands=bands, weight_num=w)
    if m.method == "record_only":
        return _("Recorded{unit} for information; not scored.").format(unit=unit)
    return _("Scored from the committed quantity.")


def available_text(m: MeasureInfo, scale: ScaleInfo) -> str:
    """The scores available: what a response can get on this measure."""
    if m.kind == "qualitative":
        return _("0–{maximum} on the scale; 0–{weight_num} points").format(maximum=scale.maximum, weight_num=number(m.weight))
    if m.method == "record_only":
        return _("not scored")
    return _("0–{weight_num} points").format(weight_num=number(m.weight))


# What an assessment summary reports on is the social value part of the award criteria, never the
# whole: the bid that scores highest here is not thereby the most advantageous tender, which is
# decided on all the criteria.
HIGHEST = N_("the highest-scoring tender on social value")


def highest() -> str:
    return _(HIGHEST)  # i18n: no


def social_value_part(section_weight: Decimal, authority: str = "") -> str:
    """'the social value part of Northbridge Borough Council's assessment (15% of the award criteria)'."""
    if authority.strip():
        return _("the social value part of {authority}'s assessment ({weight_num}% of the award criteria)").format(
            authority=authority.strip(), weight_num=number(section_weight))
    return _("the social value part of the contracting authority's assessment ({weight_num}% of the award "
             "criteria)").format(weight_num=number(section_weight))


def capital(text: str) -> str:
    """The first letter capitalised, the rest as written ('the social value …' → 'The social value …')."""
    return text[:1].upper() + text[1:]
