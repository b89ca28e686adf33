"""Bids and their responses: who bid, in what organisation form, and what each said per measure."""

from __future__ import annotations

from functools import partial
from typing import Any

from sqlmodel import Session, col, func, select

from coopeval.domain import lifecycle
from coopeval.domain import text as text_rules
from coopeval.domain.identity import Permission
from coopeval.domain.numbers import MAX_NUMBER, InputError, Problems, decimal_text, parse_decimal
from coopeval.services.bids.input import received_on_value
from coopeval.services.changes import ChangeKind, Changes
from coopeval.services.identity.guard import require
from coopeval.services.rows import row_id, save, stored_row, tender_row
from coopeval.services.views import BidView, ResponseView, from_row
from coopeval.services.workspace import NotFoundError, Workspace
from coopeval.storage.tables import BidRow, ResponseRow, TenderMeasureRow, TenderRow

ORG_FORMS = (
    "registered co-operative society", "community benefit society", "community interest company",
    "employee-ownership-trust company", "worker co-operative", "public service mutual", "charity",
    "company limited by guarantee", "company limited by shares", "public limited company",
    "partnership or sole trader", "other",
)
BID_FIELDS = ("identifier", "legal_name", "trading_name", "address", "email", "org_form", "org_evidence", "received_on")
# The bid's text fields, in the form's order: (field, what the user calls it, required).
_TEXT_FIELDS = (("identifier", "Bidder's unique identifier", True), ("legal_name", "Bidder's legal name", True),
                ("trading_name", "Trading name", False), ("address", "Address", False), ("email", "Email", False),
                ("org_evidence", "Evidence of organisation form", False))


def add_bid(ws: Workspace, tender: int | str, **details: Any) -> tuple[BidView, Changes]:
    values = _checked(details, creating=True)
    with ws.writing() as session:
        row = tender_row(session, tender)
        require(ws, session, row, Permission.BIDS)
        lifecycle.require_bids_editable(row.status)
        _unique_identifier(session, row_id(row), values["identifier"], None)
        bid = BidRow(tender_id=row_id(row), **values)
        save(ws, session, bid, "create", None, row.reference)
        return from_row(BidView, bid), Changes.of(ChangeKind.BID, tender_id=row.id)


def update_bid(ws: Workspace, bid_id: int, **details: Any) -> tuple[BidView, Changes]:
    with ws.writing() as session:
        bid, tender = _bid_and_tender(ws, session, bid_id)
        values = _checked(details, creating=False, stored=bid)
        lifecycle.require_bids_editable(tender.status)
        if "identifier" in values:
            _unique_identifier(session, row_id(tender), values["identifier"], bid.id)
        before = bid.snapshot()
        for key, value in values.items():
            setattr(bid, key, value)
        if bid.snapshot() == before:
            return from_row(BidView, bid), Changes.none()
        save(ws, session, bid, "update", before, tender.reference)
        return from_row(BidView, bid), Changes.of(ChangeKind.BID, tender_id=tender.id)


def withdraw_bid(ws: Workspace, bid_id: int, reason: str) -> Changes:
    reason = text_rules.clean(reason, "bid.withdrawn_reason", "Reason for withdrawal", required=True)
    with ws.writing() as session:
        bid, tender = _bid_and_tender(ws, session, bid_id)
        lifecycle.require_not_signed_off(tender.status, "withdraw a bid")
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
            raise NotFoundError(f"Measure {measure_id} is not part of tender {tender.reference}.")
        if measure.kind == "qualitative" and quantity not in (None, ""):
            raise InputError(f"{measure.code} is qualitative: it takes a written response, not a quantity.")
        row = session.exec(select(ResponseRow).where(ResponseRow.bid_id == bid_id, ResponseRow.measure_id == measure_id)).first()
        before = row.snapshot() if row else None
        problems = Problems()
        text_value = problems.check(partial(text_rules.clean_edit, text, row.text if row else None,
                                            "response.text", f"{measure.code} response")) or ""
        page_value = problems.check(partial(text_rules.clean_edit, page_refs, row.page_refs if row else None,
                                            "response.page_refs", f"{measure.code} page references")) or ""
        problems.raise_any()
        qty = None if quantity in (None, "") else decimal_text(parse_decimal(
            quantity, f"{measure.code} committed quantity", minimum=0, maximum=MAX_NUMBER))
        if row is None:
            row = ResponseRow(bid_id=bid_id, measure_id=measure_id)
        row.text, row.page_refs, row.quantity = text_value, page_value, qty
        if before is not None and row.snapshot() == before:
            return from_row(ResponseView, row), Changes.none()
        save(ws, session, row, "update" if before else "create", before, tender.reference)
        return from_row(ResponseView, row), Changes.of(ChangeKind.RESPONSE, tender_id=tender.id)


def list_bids(ws: Workspace, tender: int | str, *, include_withdrawn: bool = True) -> list[BidView]:
    with ws.reading() as session:
        row = tender_row(session, tender)
        bids = session.exec(select(BidRow).where(BidRow.tender_id == row.id).order_by(col(BidRow.id)))
        return [from_row(BidView, b) for b in bids if include_withdrawn or not b.withdrawn]


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


def _bid_and_tender(ws: Workspace, session: Session, bid_id: int) -> tuple[BidRow, TenderRow]:
    """The bid and its tender, once the signed-in person is known to be allowed to change bids."""
    bid = session.get(BidRow, bid_id)
    if bid is None:
        raise NotFoundError(f"There is no bid {bid_id}.")
    tender = stored_row(session, TenderRow, bid.tender_id, "tender")
    require(ws, session, tender, Permission.BIDS)
    return bid, tender


def _unique_identifier(session: Session, tender_id: int, identifier: str, own_id: int | None) -> None:
    clash = session.exec(select(BidRow).where(BidRow.tender_id == tender_id, BidRow.identifier == identifier)).first()
    if clash and clash.id != own_id:
        raise InputError(f"Another bid in this tender already has the identifier {identifier!r} ({clash.legal_name}).")


def _checked(details: dict[str, Any], *, creating: bool, stored: BidRow | None = None) -> dict[str, Any]:
    """The details checked as a whole form: every problem is reported at once, in the form's order.
    On an edit (`stored`), text the same as what is stored is kept as it is, so text saved before a
    limit existed never blocks changing another field."""
    unknown = set(details) - set(BID_FIELDS)
    if unknown:
        raise InputError(f"Unknown bid details: {', '.join(sorted(unknown))}.")
    values = {k: (v.strip() if isinstance(v, str) else v) for k, v in details.items()}
    problems = Problems()
    for key, what, required in _TEXT_FIELDS:
        if key in values or (creating and required):
            raw, old = details.get(key), getattr(stored, key) if stored is not None else None
            values[key] = problems.check(partial(text_rules.clean_edit, None if raw is None else str(raw), old,
                                                 f"bid.{key}", what, required=required))
    if values.get("email") and "@" not in values["email"] and values["email"] != getattr(stored, "email", None):
        problems.add(f"Email: {values['email']!r} is not an email address.")
    if "received_on" in values:
        values["received_on"] = problems.check(lambda: received_on_value(values["received_on"] or ""))
    if values.get("org_form") and values["org_form"] not in ORG_FORMS:
        problems.add(f"Unknown organisation form {values['org_form']!r}; choose one of: {', '.join(ORG_FORMS)}.")
    problems.raise_any()
    return values
