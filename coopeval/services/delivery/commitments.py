"""The contract's commitments (issue 19): what the winning bid committed to, carried into the contract, and which of
them are the contract's KPIs under PA 2023 s.52.

When the award is recorded (`award.record_award`, in its transaction) `seed_commitments` gives the contract one
commitment per measure of the tender:
- a quantitative measure (record_only included: a promise even when it was not scored): the accepted quantity (the
  panel's consensus quantity, else the bid's), with the measure's unit, direction and KPI wording;
- a qualitative measure: one line with the measure's KPI wording and no target, for the officer to replace with the
  specific commitments lifted from the response (`to_lift` names the measures still waiting for that).
While the tender is awarded the officer edits them freely (each edit audited). Once delivery starts each change needs
a reason and is kept as a recorded contract change (`ContractChangeRow`); once the contract is closed they are frozen.
A withdrawn award keeps its commitments in the record; only the current award's are listed.
"""

from __future__ import annotations

import json
from typing import Any

from sqlmodel import Session, col, select

from coopeval.domain import lifecycle, text
from coopeval.domain.identity import Permission
from coopeval.domain.lifecycle import LifecycleError
from coopeval.domain.numbers import MAX_NUMBER, InputError, decimal_text, parse_decimal
from coopeval.i18n import _
from coopeval.services.changes import ChangeKind, Changes
from coopeval.services.delivery import entries
from coopeval.services.delivery.views import CommitmentView, ContractChangeView
from coopeval.services.identity.guard import require
from coopeval.services.rows import row_id, save, stored_row, tender_row
from coopeval.services.views import from_row
from coopeval.services.workspace import Workspace
from coopeval.storage import audit
from coopeval.storage.tables import (
    AuditEventRow,
    AwardRow,
    CommitmentRow,
    ConsensusRow,
    ContractChangeRow,
    DeliveryRow,
    RatingRow,
    ResponseRow,
    TenderMeasureRow,
    TenderRow,
)

S52_THRESHOLD_PENCE = 500_000_000  # PA 2023 s.52: a contract with an estimated value of more than £5 million
S52_MINIMUM = 3  # … needs at least three KPIs


# --- seeding, inside the award's transaction ----------------------------------------------------------------------


def seed_commitments(ws: Workspace, session: Session, tender_row: TenderRow, award_row: AwardRow) -> None:
    """Give the award its commitments, one per measure of the tender, in the caller's transaction (each audited).
    The caller has already checked who may record the award."""
    if award_row.id is None:
        session.add(award_row)
        session.flush()
    award_id = row_id(award_row)
    now = audit.now_utc()
    measures = session.exec(select(TenderMeasureRow).where(TenderMeasureRow.tender_id == tender_row.id)
                            .order_by(col(TenderMeasureRow.position), col(TenderMeasureRow.id)))
    for measure in measures:
        fields = _measure_fields(measure)
        kpi = _kpi(fields)
        if measure.kind == "quantitative":  # the figure lives in `target` (and its changes), never in the words
            unit = fields.get("unit") or None
            quantity = _accepted_quantity(session, award_row.bid_id, row_id(measure))
            row = CommitmentRow(tender_id=row_id(tender_row), award_id=award_id, measure_id=measure.id,
                                code=measure.code, position=measure.position, kind="quantitative",
                                text=kpi, target=quantity, unit=unit,
                                direction=measure.direction or "higher", made_at=now)
        else:
            row = CommitmentRow(tender_id=row_id(tender_row), award_id=award_id, measure_id=measure.id,
                                code=measure.code, position=measure.position, kind="qualitative",
                                text=kpi, made_at=now)
        save(ws, session, row, "seed_commitment", None, tender_row.reference,
             note="carried into the contract from the winning bid" if row.kind == "quantitative" else
             "to be replaced by the specific commitments lifted from the response")


# --- reading ------------------------------------------------------------------------------------------------------


def list_commitments(ws: Workspace, tender: int | str, *, include_removed: bool = False) -> list[CommitmentView]:
    """The current award's commitments in contract order, each with its measure's title, what was delivered to date
    (accepted figures only) and its latest rating. None when there is no award."""
    with ws.reading() as session:
        row = tender_row(session, tender)
        return [_view(session, c) for c in _current_rows(session, row, include_removed=include_removed)]


def to_lift(ws: Workspace, tender: int | str) -> list[str]:
    """Codes of the qualitative measures whose commitments still hold only the measure's KPI wording as seeded: the
    officer has yet to lift the specific commitments from the winning response."""
    with ws.reading() as session:
        row = tender_row(session, tender)
        waiting: dict[str, bool] = {}
        for c in _current_rows(session, row, include_removed=False):
            if c.kind != "qualitative" or c.measure_id is None:
                continue
            measure = session.get(TenderMeasureRow, c.measure_id)
            seeded = measure is not None and c.target is None and c.text == _kpi(_measure_fields(measure))
            waiting[c.code] = waiting.get(c.code, True) and seeded
        return [code for code, still in waiting.items() if still]


def kpi_problem(ws: Workspace, tender: int | str) -> str | None:
    """The s.52 warning: a contract worth more than £5 million with fewer than three commitments marked as KPIs.
    None when there is no award, the value is £5 million or less, or enough are marked."""
    with ws.reading() as session:
        row = tender_row(session, tender)
        award = _current_award(session, row)
        if award is None or award.value_pence <= S52_THRESHOLD_PENCE:
            return None
        marked = sum(1 for c in _current_rows(session, row, include_removed=False) if c.s52_kpi)
        if marked >= S52_MINIMUM:
            return None
        if marked == 1:
            return _("This contract is worth more than £5 million: PA 2023 s.52 needs at least three KPIs; "
                     "{marked} is marked.").format(marked=marked)
        return _("This contract is worth more than £5 million: PA 2023 s.52 needs at least three KPIs; "
                 "{marked} are marked.").format(marked=marked)


def contract_changes(ws: Workspace, tender: int | str) -> list[ContractChangeView]:
    """Every recorded contract change of the tender, oldest first, with who made it (from the audit log)."""
    with ws.reading() as session:
        row = tender_row(session, tender)
        changes = list(session.exec(select(ContractChangeRow).where(ContractChangeRow.tender_id == row.id)
                                    .order_by(col(ContractChangeRow.id))))
        codes = {c.id: c.code for c in session.exec(select(CommitmentRow).where(CommitmentRow.tender_id == row.id))}
        people: dict[int | None, str | None] = {}
        if changes:
            events = session.exec(select(AuditEventRow).where(AuditEventRow.entity == ContractChangeRow.__entity__,
                                                              col(AuditEventRow.entity_id).in_([c.id for c in changes])))
            people = {e.entity_id: e.person or e.actor for e in events}
        return [from_row(ContractChangeView, c, code=codes.get(c.commitment_id, ""), person=people.get(c.id))
                for c in changes]


# --- changing -----------------------------------------------------------------------------------------------------


def add_commitment(ws: Workspace, tender: int | str, *, code: str, text: str, target: str | None = None,
                   reason: str = "") -> tuple[CommitmentView, Changes]:
    """A commitment line under one of the tender's measures (`code`), such as a specific commitment lifted from a
    qualitative response, with a measurable target where one exists."""
    with ws.writing() as session:
        row = tender_row(session, tender)
        require(ws, session, row, Permission.SET_UP)
        why = _require_editable(row, reason)
        award = _require_award(session, row)
        measure = session.exec(select(TenderMeasureRow).where(TenderMeasureRow.tender_id == row.id,
                                                              TenderMeasureRow.code == (code or "").strip())).first()
        if measure is None:
            codes = ", ".join(m.code for m in session.exec(select(TenderMeasureRow).where(
                TenderMeasureRow.tender_id == row.id).order_by(col(TenderMeasureRow.position))))
            raise InputError(_("A commitment belongs to one of the tender's measures ({codes}); {code!r} is not one.").format(codes=codes, code=code))
        words = _clean_text(text, None)
        quantitative = measure.kind == "quantitative"
        new = CommitmentRow(tender_id=row_id(row), award_id=row_id(award), measure_id=measure.id, code=measure.code,
                            position=measure.position, kind=measure.kind, text=words,
                            target=_parse_target(target, measure.code),
                            unit=(_measure_fields(measure).get("unit") or None) if quantitative else None,
                            direction=(measure.direction or "higher") if quantitative else None,
                            made_at=audit.now_utc())
        save(ws, session, new, "add_commitment", None, row.reference, note=why)
        if why:
            _record_change(ws, session, row, new, "added", "", _describe(new), why)
        return _view(session, new), Changes.of(ChangeKind.COMMITMENT, tender_id=row.id)


def update_commitment(ws: Workspace, commitment_id: int, *, text: str | None = None, target: str | None = None,
                      reason: str = "") -> tuple[CommitmentView, Changes]:
    """Change a commitment's words and/or its target (None: leave as it is; target "": no target). Nothing
    written when nothing differs."""
    with ws.writing() as session:
        c, row = _commitment(session, commitment_id)
        require(ws, session, row, Permission.SET_UP)
        edits: list[tuple[str, str, str]] = []  # what, before, after
        new_text = c.text if text is None else _clean_text(text, c.text)
        new_target = c.target if target is None else _parse_target(target, c.code)
        if new_text != c.text:
            edits.append(("text", c.text, new_text))
        if new_target != c.target:
            edits.append(("target", c.target or "", new_target or ""))
        if not edits:
            return _view(session, c), Changes.none()
        why = _require_editable(row, reason)
        _require_live(session, row, c)
        before = c.snapshot()
        c.text, c.target = new_text, new_target
        save(ws, session, c, "update_commitment", before, row.reference, note=why)
        for what, old, new in edits:
            if why:
                _record_change(ws, session, row, c, what, old, new, why)
        return _view(session, c), Changes.of(ChangeKind.COMMITMENT, tender_id=row.id)


def remove_commitment(ws: Workspace, commitment_id: int, reason: str = "") -> Changes:
    """Take a commitment out of the contract. It stays in the record, marked removed."""
    with ws.writing() as session:
        c, row = _commitment(session, commitment_id)
        require(ws, session, row, Permission.SET_UP)
        why = _require_editable(row, reason)
        _require_live(session, row, c)
        before = c.snapshot()
        c.removed = True
        save(ws, session, c, "remove_commitment", before, row.reference, note=why)
        if why:
            _record_change(ws, session, row, c, "removed", _describe(c), "removed from the contract", why)
        return Changes.of(ChangeKind.COMMITMENT, tender_id=row.id)


def set_s52_kpi(ws: Workspace, commitment_id: int, on: bool, reason: str = "") -> Changes:
    """Mark (or unmark) a commitment as one of the contract's KPIs under PA 2023 s.52."""
    with ws.writing() as session:
        c, row = _commitment(session, commitment_id)
        require(ws, session, row, Permission.SET_UP)
        if c.s52_kpi == bool(on):
            return Changes.none()
        why = _require_editable(row, reason)
        _require_live(session, row, c)
        before = c.snapshot()
        c.s52_kpi = bool(on)
        save(ws, session, c, "set_s52_kpi", before, row.reference, note=why)
        if why:
            _record_change(ws, session, row, c, "s52_kpi", _yes_no(not on), _yes_no(on), why)
        return Changes.of(ChangeKind.COMMITMENT, tender_id=row.id)


# --- helpers ------------------------------------------------------------------------------------------------------


def _current_award(session: Session, tender: TenderRow) -> AwardRow | None:
    return session.exec(select(AwardRow).where(AwardRow.tender_id == tender.id, AwardRow.withdrawn == False)  # noqa: E712
                        .order_by(col(AwardRow.id).desc())).first()


def _current_rows(session: Session, tender: TenderRow, *, include_removed: bool) -> list[CommitmentRow]:
    award = _current_award(session, tender)
    if award is None:
        return []
    query = select(CommitmentRow).where(CommitmentRow.award_id == award.id)
    if not include_removed:
        query = query.where(CommitmentRow.removed == False)  # noqa: E712
    return list(session.exec(query.order_by(col(CommitmentRow.position), col(CommitmentRow.id))))


def _view(session: Session, c: CommitmentRow) -> CommitmentView:
    measure = session.get(TenderMeasureRow, c.measure_id) if c.measure_id is not None else None
    title = str(_measure_fields(measure).get("title") or "") if measure is not None else ""
    latest = session.exec(select(RatingRow).where(RatingRow.commitment_id == c.id)
                          .order_by(col(RatingRow.period).desc())).first()
    return from_row(CommitmentView, c, title=title, delivered=_delivered(session, c),
                    latest_rating=latest.rating if latest is not None else None)


def _delivered(session: Session, c: CommitmentRow) -> str | None:
    """What was delivered to date, by the rule in `entries.delivered` (accepted figures only), exact decimal text."""
    rows = list(session.exec(select(DeliveryRow).where(DeliveryRow.commitment_id == c.id)))
    value = entries.delivered(c, rows) if rows else None
    return None if value is None else decimal_text(value)


def _measure_fields(measure: TenderMeasureRow) -> dict[str, Any]:
    try:
        fields = json.loads(measure.measure_json or "{}")
    except ValueError:
        return {}
    return fields if isinstance(fields, dict) else {}


def _kpi(fields: dict[str, Any]) -> str:
    """The measure's KPI wording, else its title: the words a commitment starts from."""
    words = str(fields.get("kpi") or fields.get("title") or "").strip()
    return words if not words or words.endswith((".", "?", "!")) else words + "."


def _accepted_quantity(session: Session, bid_id: int, measure_id: int) -> str | None:
    """The quantity the panel accepted for the bid (its consensus), else the bid's own figure."""
    consensus = session.exec(select(ConsensusRow).where(ConsensusRow.bid_id == bid_id,
                                                        ConsensusRow.measure_id == measure_id)).first()
    if consensus is not None and consensus.accepted_quantity is not None:
        return consensus.accepted_quantity
    response = session.exec(select(ResponseRow).where(ResponseRow.bid_id == bid_id,
                                                      ResponseRow.measure_id == measure_id)).first()
    return response.quantity if response is not None else None


def _commitment(session: Session, commitment_id: int) -> tuple[CommitmentRow, TenderRow]:
    c = stored_row(session, CommitmentRow, commitment_id, _("commitment"))
    return c, stored_row(session, TenderRow, c.tender_id, _("tender"))


def _require_award(session: Session, tender: TenderRow) -> AwardRow:
    award = _current_award(session, tender)
    if award is None:
        raise LifecycleError(_("{reference} has no award; record the award before changing its commitments.").format(reference=tender.reference))
    return award


def _require_editable(tender: TenderRow, reason: str) -> str:
    """The reason to record with a change: "" while the tender is awarded (plain audited edits), required once
    delivery has started (the change is then a recorded contract change); refused before the award and once closed."""
    if tender.status == lifecycle.AWARDED:
        return text.clean(reason, "contract_change.reason", _("The reason for the change"))
    if tender.status == lifecycle.IN_DELIVERY:
        return text.clean(reason, "contract_change.reason", _("Delivery has started, so the reason for this contract "
                          "change"), required=True)
    if tender.status == lifecycle.CLOSED:
        raise LifecycleError(_("{reference} is closed: its commitments are frozen.").format(reference=tender.reference))
    raise LifecycleError(_("{reference} has not been awarded (it is {label}); "
                         "commitments come with the award.").format(reference=tender.reference, label=lifecycle.label(tender.status)))


def _require_live(session: Session, tender: TenderRow, c: CommitmentRow) -> None:
    award = _current_award(session, tender)
    if award is None or c.award_id != award.id:
        raise InputError(_("This {code} commitment belongs to a withdrawn award; it stays in the record unchanged.").format(code=c.code))
    if c.removed:
        raise InputError(_("This {code} commitment has been removed from the contract.").format(code=c.code))


def _record_change(ws: Workspace, session: Session, tender: TenderRow, c: CommitmentRow, what: str, before: str,
                   after: str, reason: str) -> None:
    change = ContractChangeRow(tender_id=row_id(tender), commitment_id=row_id(c), what=what, before=before,
                               after=after, reason=reason, made_at=audit.now_utc())
    save(ws, session, change, "contract_change", None, tender.reference)


def _clean_text(value: str, stored: str | None) -> str:
    return text.clean_edit(value, stored, "commitment.text", _("The commitment's words"), required=True)


def _parse_target(value: str | None, code: str) -> str | None:
    if value is None or not str(value).strip():
        return None
    return decimal_text(parse_decimal(value, f"{code} target", minimum=0, maximum=MAX_NUMBER))


def _describe(c: CommitmentRow) -> str:
    figure = f" (target {c.target}{' ' + c.unit if c.unit else ''})" if c.target is not None else ""
    return f"{c.text}{figure}"


def _yes_no(on: bool) -> str:
    return "yes" if on else "no"
