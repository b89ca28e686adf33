"""How the Award page words its facts: UK dates, pounds, the standstill's last day in words, a commitment's
promised and delivered figures with their unit."""

from __future__ import annotations

import datetime as dt

from coopeval.domain.dates import date_text
from coopeval.domain.numbers import number_text, pence_to_text
from coopeval.domain.ratings import LABELS as RATING_LABELS
from coopeval.i18n import month_name
from coopeval.services.delivery.views import AwardView, CommitmentView
from coopeval.ui.i18n import QT_TRANSLATE_NOOP, translate

_DAYS = (QT_TRANSLATE_NOOP("Award", "Monday"), QT_TRANSLATE_NOOP("Award", "Tuesday"),
         QT_TRANSLATE_NOOP("Award", "Wednesday"), QT_TRANSLATE_NOOP("Award", "Thursday"),
         QT_TRANSLATE_NOOP("Award", "Friday"), QT_TRANSLATE_NOOP("Award", "Saturday"),
         QT_TRANSLATE_NOOP("Award", "Sunday"))
# the delivery ratings' words (`domain.ratings.LABELS`), for the catalogue
_RATINGS = (QT_TRANSLATE_NOOP("Award", "Good"), QT_TRANSLATE_NOOP("Award", "Approaching target"),
            QT_TRANSLATE_NOOP("Award", "Requires improvement"), QT_TRANSLATE_NOOP("Award", "Inadequate"),
            QT_TRANSLATE_NOOP("Award", "Other"))


def long_date(iso: str) -> str:
    """'2026-12-31' → 'Thursday 31 December 2026'; a stored text that is not a date is shown as it is."""
    try:
        day = dt.date.fromisoformat(iso)
    except ValueError:
        return iso
    weekday = translate("Award", _DAYS[day.weekday()])  # i18n: no
    return translate("Award", "{weekday} {day} {month} {year}").format(
        weekday=weekday, day=day.day, month=month_name(day.month), year=day.year)


def standstill_text(award: AwardView, exemptions: dict[str, str]) -> str:
    """The standstill in words: its last day, or the exemption the officer named and why."""
    if not award.standstill_applies:
        which = exemptions.get(award.standstill_exemption, award.standstill_exemption) or translate("Award", "an exemption")
        text = translate("Award", "No standstill applies: %1.").replace("%1", which)
        if award.standstill_reason:
            text += " " + translate("Award", "Reason: %1").replace("%1", award.standstill_reason)
        return text
    if award.standstill_ends is None:
        return translate("Award", "The standstill's last day is not known.")
    last = long_date(award.standstill_ends)
    try:
        first = (dt.date.fromisoformat(award.standstill_ends) + dt.timedelta(days=1)).isoformat()
    except ValueError:
        return translate("Award", "Standstill ends at the end of %1").replace("%1", last)
    return translate("Award", "Standstill ends at the end of %1; the contract may be entered into from %2.").replace(
        "%1", last).replace("%2", long_date(first))


def money(pence: int | None) -> str:
    return pence_to_text(pence) if pence is not None else ""


def uk_date(iso: str | None) -> str:
    return date_text(iso) if iso else translate("Award", "not recorded")


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
        return translate("Award", "(no measurable target)") if c.kind == "qualitative" else ""
    return with_unit(c.target, c.unit)


def delivered_text(c: CommitmentView) -> str:
    return with_unit(c.delivered, c.unit) if c.delivered is not None else translate("Award", "none yet")


def rating_text(key: str | None) -> str:
    return translate("Award", RATING_LABELS.get(key, key)) if key else ""  # i18n: no
