"""Bids and their responses: who bid, their answers to the tender's record fields (legal form, ownership model and
the like, never scored), and what each said per measure."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import Any

from sqlmodel import Session, col, func, select

from coopeval.domain import lifecycle
from coopeval.domain import records as rec
from coopeval.domain import text as text_rules
from coopeval.domain.framework import RecordField
from coopeval.domain.identity import Permission
from coopeval.domain.numbers import MAX_NUMBER, InputError, Problems, decimal_text, parse_decimal
from coopeval.i18n import _
from coopeval.services.bids import records as answers
from coopeval.services.bids.input import received_on_value
from coopeval.services.changes import ChangeKind, Changes
from coopeval.services.identity.guard import require
from coopeval.services.rows import row_id, save, stored_row, tender_row
from coopeval.services.views import BidView, ResponseView, from_row
from coopeval.services.workspace import NotFoundError, Workspace
from coopeval.storage.tables import BidRecordRow, BidRow, ResponseRow, TenderMeasureRow, TenderRow

BID_FIELDS = ("identifier", "legal_name", "trading_name", "address", "email", "received_on")
# A 1.0.0-era bid's organisation form and evidence, held in the bid itself (as a version-1 tender file's bids are):
# still accepted as keyword arguments from callers of this API that give them; the app, the CLI and the demo give
# record answers instead. Deprecated: to go once no caller gives them.
LEGACY_FIELDS = ("org_form", "org_evidence")
# The bid's text fields, in the form's order: (field, what the user calls it, required).
_TEXT_FIELDS = (("identifier", _("Bidder's unique identifier"), True), ("legal_name", _("Bidder's legal name"), True),
                ("trading_name", _("Trading name"), False), ("address", _("Address"), False), ("email", _("Email"), False),
                ("org_form", _("Organisation form"), False), ("org_evidence", _("Evidence of organisation form"), False))
_RULES = {"org_form": "bid_record.value"}  # the text rule of a field named otherwise than bid.<field>


def add_bid(ws: Workspace, tender: int | str, *, records: Sequence[rec.RecordAnswer] = (),
            **details: Any) -> tuple[BidView, Changes]:
    """A new bid with its details and its answers to the tender's record fields (`records`, checked against them)."""
    with ws.writing() as session:
        row = tender_row(session, tender)
        require(ws, session, row, Permission.BIDS)
        lifecycle.require_bids_editable(row.status)
        fields = answers.tender_record_fields(session, row_id(row))
        problems = Problems()
        values = _checked(details, problems, creating=True)
        legacy = _legacy_given(details, records, problems)
        given = _checked_records(fields, records, (), problems, legacy=legacy)
        if not legacy:
            values = {k: v for k, v in values.items() if k not in LEGACY_FIELDS}
        problems.raise_any()
        _unique_identifier(session, row_id(row), values["identifier"], None)
        bid = BidRow(tender_id=row_id(row), **values)
        save(ws, session, bid, "create", None, row.reference)
        if given:
            answers.write_answers(ws, session, bid, given, row.reference)
        return _view(session, bid), Changes.of(ChangeKind.BID, tender_id=row.id)


def update_bid(ws: Workspace, bid_id: int, *, records: Sequence[rec.RecordAnswer] | None = None,
               **details: Any) -> tuple[BidView, Changes]:
    """Change the details given; `records` (when given) become the bid's whole set of answers: a legacy bid's
    organisation form and evidence are then cleared, its answers living in their own rows."""
    with ws.writing() as session:
        bid, tender = _bid_and_tender(ws, session, bid_id)
        fields = answers.tender_record_fields(session, row_id(tender))
        problems = Problems()
        values = _checked(details, problems, creating=False, stored=bid)
        legacy = _legacy_given(details, records or (), problems)
        if not legacy:  # an empty form or evidence never clears a 1.0.0-era bid's answers: records=[] does
            values = {k: v for k, v in values.items() if k not in LEGACY_FIELDS}
        if legacy and session.exec(select(BidRecordRow.id).where(BidRecordRow.bid_id == bid_id)).first() is not None:
            problems.add(_("This bid's organisation answers are held as record answers: change them through records."))
        current = answers.bid_records(session, [bid_id])[bid_id]
        given = None if records is None else _checked_records(fields, records, current, problems, legacy=False)
        problems.raise_any()
        lifecycle.require_bids_editable(tender.status)
        if "identifier" in values:
            _unique_identifier(session, row_id(tender), values["identifier"], bid.id)
        before = bid.snapshot()
        for key, value in values.items():
            setattr(bid, key, value)
        changed = bid.snapshot() != before
        if changed:
            save(ws, session, bid, "update", before, tender.reference)
        if given is not None and answers.write_answers(ws, session, bid, given, tender.reference):
            changed = True
        if not changed:
            return _view(session, bid), Changes.none()
        return _view(session, bid), Changes.of(ChangeKind.BID, tender_id=tender.id)


def withdraw_bid(ws: Workspace, bid_id: int, reason: str) -> Changes:
    reason = text_rules.clean(reason, "bid.withdrawn_reason", _("Reason for withdrawal"), required=True)
    with ws.writing() as session:
        bid, tender = _bid_and_tender(ws, session, bid_id)
        lifecycle.require_not_signed_off(tender.status, _("withdraw a bid"))
        if bid.withdrawn:
            return Changes.none()
        before = bid.snapshot()
        bid.withdrawn, bid.withdrawn_reason = True, reason
        save(ws, session, bid, "withdraw", before, tender.reference)
        return Changes.of(ChangeKind.BID, tender_id=tender.id)


def set_response(ws: Workspace, bid_id: int, measure_id: int, *, text: str = "", page_refs: str = "",
                 quantity: str | None = None) -> tuple[ResponseView, Changes]:
    with ws.writing() as session:
        bid, tender = _bid_and_tender(ws, session, bid_id)
        lifecycle.require_bids_editable(tender.status)
        measure = session.get(TenderMeasureRow, measure_id)
        if measure is None or measure.tender_id != tender.id:
            raise NotFoundError(_("Measure {measure_id} is not part of tender {reference}.").format(measure_id=measure_id, reference=tender.reference))
        row, changed = write_response(ws, session, tender, bid_id, measure, text=text, page_refs=page_refs,
                                      quantity=quantity)
        return from_row(ResponseView, row), (Changes.of(ChangeKind.RESPONSE, tender_id=tender.id) if changed
                                             else Changes.none())


def write_response(ws: Workspace, session: Session, tender: TenderRow, bid_id: int, measure: TenderMeasureRow, *,
                   text: str = "", page_refs: str = "", quantity: str | None = None,
                   note: str = "") -> tuple[ResponseRow, bool]:
    """The bid's response to `measure` made these, checked and audited (with `note`) inside the caller's transaction,
    once the caller has checked who acts and that bids are editable; whether anything changed."""
    if measure.kind == "qualitative" and quantity not in (None, ""):
        raise InputError(_("{code} is qualitative: it takes a written response, not a quantity.").format(code=measure.code))
    row = session.exec(select(ResponseRow).where(ResponseRow.bid_id == bid_id, ResponseRow.measure_id == measure.id)).first()
    before = row.snapshot() if row else None
    problems = Problems()
    text_value = problems.check(partial(text_rules.clean_edit, text, row.text if row else None,
                                        "response.text", f"{measure.code} response")) or ""
    page_value = problems.check(partial(text_rules.clean_edit, page_refs, row.page_refs if row else None,
                                        "response.page_refs", _("{code} page references").format(code=measure.code))) or ""
    problems.raise_any()
    qty = None if quantity in (None, "") else decimal_text(parse_decimal(
        quantity, _("{code} committed quantity").format(code=measure.code), minimum=0, maximum=MAX_NUMBER))
    if row is None:
        row = ResponseRow(bid_id=bid_id, measure_id=row_id(measure))
    row.text, row.page_refs, row.quantity = text_value, page_value, qty
    if before is not None and row.snapshot() == before:
        return row, False
    save(ws, session, row, "update" if before else "create", before, tender.reference, note=note)
    return row, True


def write_bid(ws: Workspace, session: Session, tender: TenderRow, bid: BidRow | None, values: dict[str, Any], *,
              note: str = "") -> tuple[BidRow, bool]:
    """A new bid (`bid` None) or the bid with its details made `values` (already checked), audited with `note` inside
    the caller's transaction, once the caller has checked who acts and that bids are editable; whether it changed."""
    if "identifier" in values:
        _unique_identifier(session, row_id(tender), values["identifier"], None if bid is None else bid.id)
    if bid is None:
        bid = BidRow(tender_id=row_id(tender), **values)
        save(ws, session, bid, "create", None, tender.reference, note=note)
        return bid, True
    before = bid.snapshot()
    for key, value in values.items():
        setattr(bid, key, value)
    if bid.snapshot() == before:
        return bid, False
    save(ws, session, bid, "update", before, tender.reference, note=note)
    return bid, True


def list_bids(ws: Workspace, tender: int | str, *, include_withdrawn: bool = True) -> list[BidView]:
    with ws.reading() as session:
        row = tender_row(session, tender)
        bids = [b for b in session.exec(select(BidRow).where(BidRow.tender_id == row.id).order_by(col(BidRow.id)))
                if include_withdrawn or not b.withdrawn]
        answered = answers.bid_records(session, [row_id(b) for b in bids])
        return [from_row(BidView, b, records=answered[row_id(b)]) for b in bids]


def responses_by_bid(ws: Workspace, tender: int | str) -> dict[int, list[ResponseView]]:
    """Every bid's responses (each bid of the tender, withdrawn too, a key even with none), in one
    query rather than one per bid."""
    with ws.reading() as session:
        row = tender_row(session, tender)
        out: dict[int, list[ResponseView]] = {row_id(b): [] for b in session.exec(select(BidRow).where(BidRow.tender_id == row.id))}
        query = (select(ResponseRow).join(BidRow, col(BidRow.id) == ResponseRow.bid_id)
                 .where(BidRow.tender_id == row.id).order_by(col(ResponseRow.id)))
        for r in session.exec(query):
            out.setdefault(r.bid_id, []).append(from_row(ResponseView, r))
        return out


def items_count(ws: Workspace, tender: int | str) -> int:
    """Active bids × measures of the tender (how much a page reading all of them has to read),
    from two counts: cheap even for a large tender."""
    with ws.reading() as session:
        row = tender_row(session, tender)
        bids = session.exec(select(func.count()).select_from(BidRow)
                            .where(BidRow.tender_id == row.id, BidRow.withdrawn == False)).one()  # noqa: E712
        measures = session.exec(select(func.count()).select_from(TenderMeasureRow)
                                .where(TenderMeasureRow.tender_id == row.id)).one()
        return int(bids) * int(measures)


def list_responses(ws: Workspace, bid_id: int) -> list[ResponseView]:
    with ws.reading() as session:
        return [from_row(ResponseView, r) for r in session.exec(select(ResponseRow).where(ResponseRow.bid_id == bid_id))]


def _view(session: Session, bid: BidRow) -> BidView:
    return from_row(BidView, bid, records=answers.bid_records(session, [row_id(bid)])[row_id(bid)])


def _legacy_given(details: dict[str, Any], records: Sequence[rec.RecordAnswer], problems: Problems) -> bool:
    """Whether the caller gave a 1.0.0-era organisation form or evidence (non-empty): kept in the bid's own columns, as
    a version-1 tender file's bid is, and read back as `records.legacy_answers`. Never together with record answers.
    (Deprecated: the Bids page, the CLI and the demo give records.)"""
    if not any(details.get(k) for k in LEGACY_FIELDS):
        return False
    if records:
        problems.add(_("Give the organisation's answers either as records or as a form and evidence, not both."))
    return True


def _checked_records(fields: Sequence[RecordField], records: Sequence[rec.RecordAnswer],
                     current: Sequence[rec.RecordAnswer], problems: Problems, *, legacy: bool) -> tuple[rec.RecordAnswer, ...]:
    """The answers as they will be stored, their problems (all of them, each naming its field) added to `problems`."""
    if legacy:
        return ()
    given = answers.canonical(fields, list(records))
    for message in answers.answers_problems(fields, given, current):
        problems.add(message[0].upper() + message[1:] + ("" if message.endswith(".") else "."))
    return given


def _bid_and_tender(ws: Workspace, session: Session, bid_id: int) -> tuple[BidRow, TenderRow]:
    """The bid and its tender, once the signed-in person is known to be allowed to change bids."""
    bid = session.get(BidRow, bid_id)
    if bid is None:
        raise NotFoundError(_("There is no bid {bid_id}.").format(bid_id=bid_id))
    tender = stored_row(session, TenderRow, bid.tender_id, _("tender"))
    require(ws, session, tender, Permission.BIDS)
    return bid, tender


def _unique_identifier(session: Session, tender_id: int, identifier: str, own_id: int | None) -> None:
    clash = session.exec(select(BidRow).where(BidRow.tender_id == tender_id, BidRow.identifier == identifier)).first()
    if clash and clash.id != own_id:
        raise InputError(_("Another bid in this tender already has the identifier {identifier!r} ({legal_name}).").format(identifier=identifier, legal_name=clash.legal_name))


def _checked(details: dict[str, Any], problems: Problems, *, creating: bool,
             stored: BidRow | None = None) -> dict[str, Any]:
    """The details checked as a whole form: every problem is added to `problems`, in the form's order.
    On an edit (`stored`), text the same as what is stored is kept as it is, so text saved before a
    limit existed never blocks changing another field."""
    unknown = set(details) - set(BID_FIELDS) - set(LEGACY_FIELDS)
    if unknown:
        raise InputError(_("Unknown bid details: {unknown}.").format(unknown=', '.join(sorted(unknown))))
    values = {k: (v.strip() if isinstance(v, str) else v) for k, v in details.items()}
    for key, what, required in _TEXT_FIELDS:
        if key in values or (creating and required):
            raw, old = details.get(key), getattr(stored, key) if stored is not None else None
            values[key] = problems.check(partial(text_rules.clean_edit, None if raw is None else str(raw), old,
                                                 _RULES.get(key, f"bid.{key}"), what, required=required))
    if values.get("email") and "@" not in values["email"] and values["email"] != getattr(stored, "email", None):
        problems.add(_("Email: {email!r} is not an email address.").format(email=values['email']))
    if "received_on" in values:
        values["received_on"] = problems.check(lambda: received_on_value(values["received_on"] or ""))
    return values
