"""How the Award page words its facts: UK dates, pounds, the standstill's last day in words, a commitment's
promised and delivered figures with their unit."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from coopeval.domain.dates import date_text
from coopeval.domain.numbers import number_text, pence_to_text
from coopeval.domain.ratings import LABELS as RATING_LABELS
from coopeval.services.delivery.views import AwardView, CommitmentView

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Award", text)


def long_date(iso: str) -> str:
    """'2026-12-31' → 'Thursday 31 December 2026'; a stored text that is not a date is shown as it is."""
    try:
        day = dt.date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{_tr(_DAYS[day.weekday()])} {day.day} {_tr(_MONTHS[day.month - 1])} {day.year}"


def standstill_text(award: AwardView, exemptions: dict[str, str]) -> str:
    """The standstill in words: its last day, or the exemption the officer named and why."""
    if not award.standstill_applies:
        which = exemptions.get(award.standstill_exemption, award.standstill_exemption) or _tr("an exemption")
        text = _tr("No standstill applies: %1.").replace("%1", which)
        if award.standstill_reason:
            text += " " + _tr("Reason: %1").replace("%1", award.standstill_reason)
        return text
    if award.standstill_ends is None:
        return _tr("The standstill's last day is not known.")
    text = _tr("Standstill ends at the end of %1").replace("%1", long_date(award.standstill_ends))
    try:
        first = (dt.date.fromisoformat(award.standstill_ends) + dt.timedelta(days=1)).isoformat()
    except ValueError:
        return text
    return text + _tr("; the contract may be entered into from %1.").replace("%1", long_date(first))


def money(pence: int | None) -> str:
    return pence_to_text(pence) if pence is not None else ""


def uk_date(iso: str | None) -> str:
    return date_text(iso) if iso else _tr("not recorded")


def with_unit(figure: str | None, unit: str | None) -> str:
    """'1200' and 'hours' → '1,200 hours'; nothing promised → ''."""
    if figure is None or figure == "":
        return ""
    try:
        shown = number_text(figure)
    except (ValueError, ArithmeticError):
        shown = figure
    return f"{shown} {unit}".strip() if unit else shown


def promised_text(c: CommitmentView) -> str:
    if c.target is None:
        return _tr("(no measurable target)") if c.kind == "qualitative" else ""
    return with_unit(c.target, c.unit)


def delivered_text(c: CommitmentView) -> str:
    return with_unit(c.delivered, c.unit) if c.delivered is not None else _tr("none yet")


def rating_text(key: str | None) -> str:
    return _tr(RATING_LABELS.get(key, key)) if key else ""
