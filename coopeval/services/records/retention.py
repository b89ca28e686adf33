"""How long a tender's record must be kept (PA 2023 s.98: records of every material decision, kept for at least three
years from the date the contract is entered into).

Before an award the date cannot be known: it reads "to be set at award", unless the officer sets a date they intend
to keep the record until (`set_retention`). Once the tender is awarded, the contract's date rules: three years from
the day the contract is entered into (AwardRow.entered_on), or, while that day is not recorded, "three years from the
day the contract is entered into (not recorded yet)". Three years from 29 Feb falls on 1 Mar (at least three years;
never a day short). An officer's date is kept in the record, but from the award on it no longer decides.
"""

from __future__ import annotations

import datetime as dt

from sqlmodel import Session, col, select

from coopeval.domain import lifecycle
from coopeval.domain.dates import date_text, parse_date
from coopeval.domain.identity import Permission
from coopeval.domain.lifecycle import LifecycleError
from coopeval.domain.numbers import InputError
from coopeval.i18n import N_, _
from coopeval.services.changes import ChangeKind, Changes
from coopeval.services.identity.guard import require
from coopeval.services.records.views import Retention
from coopeval.services.rows import save, tender_row
from coopeval.services.workspace import Workspace
from coopeval.storage import audit
from coopeval.storage.tables import AwardRow, TenderRow

YEARS = 3
UNSET_TEXT = N_("to be set at award")  # English here; `retention_of` gives _() of it
NOT_ENTERED_TEXT = N_("three years from the day the contract is entered into (not recorded yet)")


def three_years_from(day: dt.date) -> dt.date:
    """The same day three years later; 29 Feb → 1 Mar (never short of three years)."""
    try:
        return day.replace(year=day.year + YEARS)
    except ValueError:
        return dt.date(day.year + YEARS, 3, 1)


def retention(ws: Workspace, tender: int | str) -> Retention:
    """The tender's retention date, with where it comes from."""
    with ws.reading() as session:
        return retention_of(session, tender_row(session, tender))


def retention_of(session: Session, row: TenderRow) -> Retention:
    award = session.exec(select(AwardRow).where(AwardRow.tender_id == row.id, AwardRow.withdrawn == False)  # noqa: E712
                         .order_by(col(AwardRow.id).desc())).first()
    if award is not None or row.status in lifecycle.AFTER_AWARD:
        entered = award.entered_on if award is not None else None
        if not entered:
            return Retention(None, _(NOT_ENTERED_TEXT), "contract")  # i18n: no
        until = three_years_from(dt.date.fromisoformat(entered))
        return Retention(until.isoformat(), _("keep until {until} (three years from the contract entered into on "
                                              "{entered})").format(until=date_text(until), entered=date_text(entered)),
                         "contract")
    if row.retention_until:
        return Retention(row.retention_until, _("keep until {until} (set by the officer before the award; from the "
                                                "award, three years from the contract)").format(
            until=date_text(row.retention_until)), "officer")
    return Retention(None, _(UNSET_TEXT), "unset")  # i18n: no


def set_retention(ws: Workspace, tender: int | str, date: str) -> tuple[Retention, Changes]:
    """The officer's retention date before an award, typed as UK people write dates ('31 Mar 2031', '31/03/2031');
    '' clears it ("to be set at award"). Refused from the award on: then the contract's date decides."""
    day = parse_date(date, _("Retention date"))
    with ws.writing() as session:
        row = tender_row(session, tender)
        require(ws, session, row, Permission.SET_UP)
        if row.status in lifecycle.AFTER_AWARD:
            raise LifecycleError(_("Tender {reference} is awarded: its record is kept for three years from the day "
                                   "the contract is entered into, so the retention date follows the award's "
                                   "dates.").format(reference=row.reference))
        if day is not None and day <= dt.date.today():
            raise InputError(_("Retention date: {date} is not in the future; give the date until which the record "
                               "must be kept.").format(date=date_text(day)))
        value = day.isoformat() if day is not None else None
        if value == row.retention_until:
            return retention_of(session, row), Changes.none()
        before = row.snapshot()
        row.retention_until, row.updated_at = value, audit.now_utc()
        note = f"retention date set to {date_text(value)}" if value else "retention date cleared (to be set at award)"
        save(ws, session, row, "set_retention", before, row.reference, note=note)
        return retention_of(session, row), Changes.of(ChangeKind.TENDER, tender_id=row.id)
