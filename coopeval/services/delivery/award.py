"""The award of a signed-off tender and its standstill (issue 19; PA 2023 s.50–51).

Recording the award names the winning bid, the contract award notice's publication date, the contract's dates and
value, and when the assessment summaries were sent; it works out the last day of the mandatory standstill (eight
working days beginning with the notice day, domain/standstill.py) unless the officer names the exemption that applies
and why. The tender moves signed_off → awarded, and the winning bid's commitments are carried into the contract
(commitments.seed_commitments) in the same transaction.

Then: `start_delivery` (awarded → in_delivery), `close_contract` (in_delivery → closed), and `withdraw_award` (with a
reason; awarded → signed_off, so the evaluation can be reopened). Once delivery has started the award can no longer
be withdrawn: the contract exists, and what changes from then on is recorded as contract changes.

Every change is audited in the chain. Who may: an officer (Permission.SET_UP).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from sqlmodel import Session, col, select

from coopeval.domain import lifecycle, standstill
from coopeval.domain.dates import date_text, iso_date
from coopeval.domain.identity import Permission
from coopeval.domain.lifecycle import LifecycleError
from coopeval.domain.numbers import InputError, Problems, pence_to_text, pounds_to_pence
from coopeval.i18n import _
from coopeval.services.changes import ChangeKind, Changes
from coopeval.services.delivery import commitments
from coopeval.services.delivery.views import AwardView
from coopeval.services.identity.guard import require
from coopeval.services.rows import row_id, save, tender_row
from coopeval.services.views import from_row
from coopeval.services.workspace import NotFoundError, Workspace
from coopeval.storage import audit
from coopeval.storage.tables import AwardRow, BidRow, TenderRow

_CHANGES = (ChangeKind.AWARD, ChangeKind.TENDER, ChangeKind.COMMITMENT)


def record_award(ws: Workspace, tender: int | str, *, bid: int | str, notice_date: str, start_on: str, end_on: str,
                 value: str | int, entered_on: str | None = None, summaries_sent_on: str | None = None,
                 standstill_exemption: str = "", standstill_reason: str = "") -> tuple[AwardView, Changes]:
    """Award the signed-off `tender` to `bid` (its id, or its identifier). Dates as UK people type them; `value` in
    pounds ("£1,250,000"). Every problem with the form is reported at once."""
    with ws.writing() as session:
        row = tender_row(session, tender)
        require(ws, session, row, Permission.SET_UP)
        if row.status != lifecycle.SIGNED_OFF:
            already = _(" It is already awarded; withdraw that award first.") if row.status in lifecycle.AFTER_AWARD else ""
            raise LifecycleError(_("Only a signed-off tender can be awarded; {reference} is in "
                                 "{label}.{already}").format(reference=row.reference, label=lifecycle.label(row.status), already=already))
        if _current(session, row) is not None:
            raise LifecycleError(_("Tender {reference} already has an award; withdraw it first.").format(reference=row.reference))
        winner = _bid(session, row, bid)
        values = _checked(notice_date=notice_date, start_on=start_on, end_on=end_on, value=value,
                          entered_on=entered_on, summaries_sent_on=summaries_sent_on,
                          exemption=standstill_exemption, reason=standstill_reason)
        now = audit.now_utc()
        award = AwardRow(tender_id=row_id(row), bid_id=row_id(winner), made_at=now, **values)
        save(ws, session, award, "award", None, row.reference,
             note=f"awarded to {_supplier(winner)} ({winner.identifier})")
        _move(ws, session, row, lifecycle.AWARDED, "award")
        commitments.seed_commitments(ws, session, row, award)
        return _view(session, award), Changes.of(*_CHANGES, tender_id=row.id)


def current_award(ws: Workspace, tender: int | str) -> AwardView | None:
    """The tender's award (not withdrawn), or None."""
    with ws.reading() as session:
        award = _current(session, tender_row(session, tender))
        return None if award is None else _view(session, award)


def last_withdrawn_award(ws: Workspace, tender: int | str) -> AwardView | None:
    """The tender's most recently withdrawn award (with its reason), or None: shown while the tender waits to be
    awarded again, so the reason is on the page and not only in the audit log."""
    with ws.reading() as session:
        row = tender_row(session, tender)
        award = session.exec(select(AwardRow).where(AwardRow.tender_id == row.id, AwardRow.withdrawn == True)  # noqa: E712
                             .order_by(col(AwardRow.id).desc())).first()
        return None if award is None else _view(session, award)


def withdraw_award(ws: Workspace, tender: int | str, reason: str) -> Changes:
    """Withdraw the award (kept, marked, with the reason): the tender goes back to signed off. Refused once delivery
    has started."""
    with ws.writing() as session:
        row = tender_row(session, tender)
        require(ws, session, row, Permission.SET_UP)
        if row.status in (lifecycle.IN_DELIVERY, lifecycle.CLOSED):
            raise LifecycleError(_("Tender {reference} is in {label}: the contract has been "
                                 "entered into, so its award cannot be withdrawn here. Record changes to the contract "
                                 "as contract changes instead.").format(reference=row.reference, label=lifecycle.label(row.status)))
        award = _current(session, row)
        if row.status != lifecycle.AWARDED or award is None:
            raise LifecycleError(_("Tender {reference} has no award to withdraw; it is in "
                                 "{label}.").format(reference=row.reference, label=lifecycle.label(row.status)))
        if not reason.strip():
            raise InputError(_("Give a reason for withdrawing the award; it is kept in the audit log."))
        before = award.snapshot()
        award.withdrawn, award.withdrawn_reason = True, reason.strip()
        save(ws, session, award, "withdraw_award", before, row.reference, note=reason.strip())
        _move(ws, session, row, lifecycle.SIGNED_OFF, "withdraw_award", note=reason.strip())
        return Changes.of(*_CHANGES, tender_id=row.id)


def start_delivery(ws: Workspace, tender: int | str) -> Changes:
    """awarded → in delivery: the contract has been entered into; the commitments are frozen from now on (changes
    only as recorded contract changes)."""
    with ws.writing() as session:
        row = tender_row(session, tender)
        require(ws, session, row, Permission.SET_UP)
        if row.status != lifecycle.AWARDED:
            raise LifecycleError(_("Delivery starts once the tender is awarded; {reference} is in "
                                 "{label}.").format(reference=row.reference, label=lifecycle.label(row.status)))
        _move(ws, session, row, lifecycle.IN_DELIVERY, "start_delivery")
        return Changes.of(ChangeKind.TENDER, ChangeKind.AWARD, ChangeKind.COMMITMENT, tender_id=row.id)


def close_contract(ws: Workspace, tender: int | str) -> Changes:
    """in delivery → closed: the record of delivery and ratings is final. Allowed before the contract's end date (a
    contract may end early); the audit note gives the end date."""
    with ws.writing() as session:
        row = tender_row(session, tender)
        require(ws, session, row, Permission.SET_UP)
        if row.status != lifecycle.IN_DELIVERY:
            raise LifecycleError(_("Only a contract in delivery can be closed; {reference} is in "
                                 "{label}.").format(reference=row.reference, label=lifecycle.label(row.status)))
        award = _current(session, row)
        note = ""
        if award is not None:
            early = dt.date.today().isoformat() < award.end_on
            note = f"contract end date {date_text(award.end_on)}" + (" (closed before it)" if early else "")
        _move(ws, session, row, lifecycle.CLOSED, "close_contract", note=note)
        return Changes.of(ChangeKind.TENDER, ChangeKind.AWARD, ChangeKind.COMMITMENT, tender_id=row.id)


# --- what the faces show --------------------------------------------------------------------------------------------


def standstill_text(view: AwardView) -> str:
    """The standstill in words: its last day, or the exemption and why."""
    if view.standstill_applies and view.standstill_ends:
        first = dt.date.fromisoformat(view.standstill_ends) + dt.timedelta(days=1)
        return (_("Standstill ends at the end of {standstill_ends}; the contract may be entered into "
                "from {first}.").format(standstill_ends=date_text(view.standstill_ends), first=date_text(first)))
    what = standstill.exemption_text(view.standstill_exemption)
    return _("No standstill applies: {what}. Why: {standstill_reason}").format(what=what, standstill_reason=view.standstill_reason)


def award_lines(view: AwardView) -> list[str]:
    """The award as lines of text (the command line prints these)."""
    lines = [_("Awarded to {supplier} ({bid_identifier}) for {pence_to_text}.").format(supplier=view.supplier, bid_identifier=view.bid_identifier, pence_to_text=pence_to_text(view.value_pence)),
             _("Contract award notice published {notice_date}.").format(notice_date=date_text(view.notice_date)),
             standstill_text(view),
             _("Contract runs {start_on} to {end_on}.").format(start_on=date_text(view.start_on), end_on=date_text(view.end_on))]
    if view.entered_on:
        lines.append(_("Entered into on {entered_on}.").format(entered_on=date_text(view.entered_on)))
    if view.summaries_sent_on:
        lines.append(_("Assessment summaries sent {summaries_sent_on}.").format(summaries_sent_on=date_text(view.summaries_sent_on)))
    return lines


def award_json(view: AwardView) -> dict[str, Any]:
    return dataclasses.asdict(view)


# --- inside ---------------------------------------------------------------------------------------------------------


def _checked(*, notice_date: str, start_on: str, end_on: str, value: str | int, entered_on: str | None,
             summaries_sent_on: str | None, exemption: str, reason: str) -> dict[str, Any]:
    problems = Problems()
    notice = problems.check(lambda: iso_date(notice_date or "", _("Contract award notice date")))
    start = problems.check(lambda: iso_date(start_on or "", _("Contract start date")))
    end = problems.check(lambda: iso_date(end_on or "", _("Contract end date")))
    entered = problems.check(lambda: iso_date(entered_on or "", _("Date the contract is entered into")))
    summaries = problems.check(lambda: iso_date(summaries_sent_on or "", _("Date assessment summaries were sent")))
    pence = problems.check(lambda: pounds_to_pence(value, _("Awarded value")))
    for given, typed, what in ((notice, notice_date, _("the contract award notice date")),
                               (start, start_on, _("the contract start date")), (end, end_on, _("the contract end date"))):
        if given is None and not (typed or "").strip():
            problems.add(_("Give {what}.").format(what=what))
    if pence is not None and pence <= 0:
        problems.add(_("Awarded value: give the contract's value, more than £0."))
    if start and end and end < start:
        problems.add(_("The contract ends ({end}) before it starts ({start}).").format(end=date_text(end), start=date_text(start)))
    if summaries and notice and summaries > notice:
        problems.add(_("Assessment summaries must be sent before the contract award notice is published (PA 2023 "
                     "s.50); they are dated {summaries}, after the notice ({notice}).").format(summaries=date_text(summaries), notice=date_text(notice)))
    exemption, reason = (exemption or "").strip(), (reason or "").strip()
    if exemption and exemption not in standstill.EXEMPTIONS:
        problems.add(_("{exemption!r} is not one of the cases where no standstill applies: choose one of "
                       "{keys}.").format(exemption=exemption, keys=", ".join(standstill.EXEMPTIONS)))
    if exemption and not reason:
        problems.add(_("Say why no standstill applies to this contract."))
    if reason and not exemption:
        problems.add(_("A reason without an exemption: choose which case means no standstill applies, or leave the "
                     "reason empty."))
    ends = standstill.standstill_end(notice).isoformat() if notice and not exemption else None
    if entered and notice and entered < notice:
        problems.add(_("The contract cannot be entered into ({entered}) before the contract award notice "
                     "is published ({notice}).").format(entered=date_text(entered), notice=date_text(notice)))
    elif entered and ends and entered <= ends:
        problems.add(_("The contract cannot be entered into on {entered}: standstill runs until the end of "
                     "{ends} (eight working days beginning with the notice day, PA 2023 s.51).").format(entered=date_text(entered), ends=date_text(ends)))
    problems.raise_any()
    assert notice and start and end and pence is not None
    return {"notice_date": notice, "start_on": start, "end_on": end, "value_pence": pence, "entered_on": entered,
            "summaries_sent_on": summaries, "standstill_applies": not exemption, "standstill_exemption": exemption,
            "standstill_reason": reason, "standstill_ends": ends}


def _bid(session: Session, tender: TenderRow, bid: int | str) -> BidRow:
    """The tender's bid named by id or identifier; a withdrawn bid cannot win."""
    found: BidRow | None = None
    if isinstance(bid, str):
        found = session.exec(select(BidRow).where(BidRow.tender_id == tender.id,
                                                  BidRow.identifier == bid.strip())).first()
        if found is None and bid.strip().isdigit():
            found = session.get(BidRow, int(bid.strip()))
    else:
        found = session.get(BidRow, bid)
    if found is None or found.tender_id != tender.id:
        raise NotFoundError(_("Tender {reference} has no bid {bid!r}; give the bid's identifier.").format(reference=tender.reference, bid=bid))
    if found.withdrawn:
        raise InputError(_("The bid of {supplier} ({identifier}) was withdrawn, so it cannot be awarded.").format(supplier=_supplier(found), identifier=found.identifier))
    return found


def _current(session: Session, tender: TenderRow) -> AwardRow | None:
    return session.exec(select(AwardRow).where(AwardRow.tender_id == tender.id, AwardRow.withdrawn == False)  # noqa: E712
                        .order_by(col(AwardRow.id).desc())).first()


def _move(ws: Workspace, session: Session, row: TenderRow, status: str, action: str, note: str = "") -> None:
    before = row.snapshot()
    row.status, row.updated_at = status, audit.now_utc()
    save(ws, session, row, action, before, row.reference, note=note)


def _supplier(bid: BidRow) -> str:
    return bid.trading_name or bid.legal_name


def _view(session: Session, award: AwardRow) -> AwardView:
    bid = session.get(BidRow, award.bid_id)
    assert bid is not None
    return from_row(AwardView, award, bid_identifier=bid.identifier, supplier=_supplier(bid))
