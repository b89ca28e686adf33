"""Suppliers' delivery returns (issue 19): an XLSX per reporting period, written for the supplier to fill in and read
back as an untrusted file with the same hardened reading as bidders' returns (`services.bids.return_reader`).

A return is read by its sheet name, the commitment ids in column A and the hidden marker sheet (tender, period,
award, commitments), never by how the file was written. Every problem of every file is found before anything is
written, each as `FILE: Sheet!CELL: message` (`bids.returns.ReturnProblem`). Importing is one transaction: each entry
the return creates or changes is written through `entries.write_entry` (so it starts pending: the officer checks
what the supplier claims), audited with a note naming the file, and the file is kept in the tender's record (kind
"delivery_return") with its SHA-256. A row left empty reports nothing; a return identical to what the workspace
holds changes nothing and is not kept again.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlmodel import Session

from coopeval.domain import lifecycle
from coopeval.domain import text as text_rules
from coopeval.domain.dates import date_text
from coopeval.domain.errors import CoopEvalError
from coopeval.domain.identity import Permission
from coopeval.domain.numbers import MAX_NUMBER, decimal_text
from coopeval.domain.periods import period_text
from coopeval.i18n import _
from coopeval.reporting.delivery import template_layout as layout
from coopeval.reporting.questionnaire.template_layout import MARKER_TITLE as RESPONSE_MARKER_TITLE
from coopeval.reporting.questionnaire.template_layout import is_percent_unit
from coopeval.services.bids.return_reader import Cell, as_text
from coopeval.services.bids.returns import (
    Checker,
    Preview,
    ReadReturn,
    ReturnProblem,
    ReturnsError,
    decimal_places,
    gather,
    percent_format,
    read_number,
    read_workbook,
    return_files,
    rows_in_place,
    shown_value,
)
from coopeval.services.changes import ChangeKind, Changes
from coopeval.services.delivery import entries
from coopeval.services.identity.guard import require
from coopeval.services.publishing import files
from coopeval.services.rows import row_id, tender_row
from coopeval.services.workspace import Workspace
from coopeval.storage import audit
from coopeval.storage.safe_files import atomic_write
from coopeval.storage.tables import AwardRow, BidRow, CommitmentRow, DeliveryRow, TenderRow

__all__ = ("DeliveryPlan", "DeliveryPreview", "EntryLine", "ReturnProblem", "ReturnsError", "import_delivery_returns",
           "preview_delivery_returns", "return_files", "write_delivery_template")
WHAT = "a supplier's delivery return"
FRESH = "ask the supplier to copy their figures into a fresh return"


@dataclass(frozen=True)
class EntryLine:
    commitment_id: int
    code: str
    action: str  # "create" | "change" | "unchanged"
    actual: str | None  # exact decimal text (quantitative)
    answer: str | None  # yes | no | partly (qualitative)
    unit: str
    evidence_refs: str
    note: str
    before: str  # what the workspace holds, in words ("" for a new entry)
    resets_check: str  # the check a change puts back to pending ("accepted", …), "" when none


@dataclass(frozen=True)
class DeliveryPlan:
    """What one file does to the tender's delivery entries."""

    file: str
    sha256: str
    period: str
    action: str  # "import" | "unchanged"
    lines: tuple[EntryLine, ...]  # the rows filled in, in the sheet's order


DeliveryPreview = Preview[DeliveryPlan]  # the bid returns' preview, with a delivery plan per file


# --- the template -------------------------------------------------------------------------------------------------


def write_delivery_template(ws: Workspace, tender: int | str, period: str,
                            out: str | Path) -> tuple[files.TenderFileView, Changes]:
    """Write the delivery return for `period` (a quarter of the contract) to `out` and keep it in the tender's
    record (kind "delivery_template"). Once the contract is awarded and until it is closed."""
    from coopeval.reporting.delivery.template import DeliveryLine, DeliveryTemplateData, render_delivery_template

    target = files.destination(out, _("delivery return (an Excel workbook)"), (".xlsx",))
    with ws.writing() as session:
        t = tender_row(session, tender)
        require(ws, session, t, Permission.EXPORT)
        if t.status not in (lifecycle.AWARDED, lifecycle.IN_DELIVERY):
            raise entries.DeliveryError(
                _("Tender {reference} is {label}: a delivery return is written for an awarded "
                "contract until it is closed.").format(reference=t.reference, label=lifecycle.label(t.status)) if t.status == lifecycle.CLOSED else
                _("Tender {reference} is in {label}: record the award before writing a delivery "
                "return.").format(reference=t.reference, label=lifecycle.label(t.status)))
        award = entries.current_award(session, t)
        p = entries.contract_period(award, period)
        assert award is not None
        commitments = entries.live_commitments(session, award)
        if not commitments:
            raise entries.DeliveryError(_("Tender {reference}'s contract has no commitments to report on.").format(reference=t.reference))
        bid = session.get(BidRow, award.bid_id)
        cut = f", {date_text(p.first)} to {date_text(p.last)}" if p.short else ""
        data = DeliveryTemplateData(
            t.reference, t.title, (bid.trading_name or bid.legal_name) if bid else "the supplier", p.key,
            period_text(p.key) + cut, row_id(award), audit.now_utc()[:10],
            tuple(DeliveryLine(row_id(c), c.code, c.text, c.kind, c.target or "", c.unit or "") for c in commitments))
        content = render_delivery_template(data)
        row = files.keep_file(ws, session, t, kind="delivery_template", media="xlsx", name=target.name, data=content,
                              note=f"the delivery return for {p.key}")
        atomic_write(target, content, _("the delivery return"))
        return files.view(row), Changes.of(ChangeKind.TENDER_FILE, tender_id=t.id)


# --- reading returns ------------------------------------------------------------------------------------------------


def preview_delivery_returns(ws: Workspace, tender: int | str, paths: Sequence[str | Path], *,
                             today: date | None = None) -> DeliveryPreview:
    """Read and check every file; what importing would do (the dry run). Writes nothing."""
    chosen, missing = gather(paths)
    read = [read_workbook(path, None, what=WHAT) for path in chosen]
    with ws.reading() as session:
        preview, _plan_rest = _plan(session, tender_row(session, tender), read, today)
    return DeliveryPreview(preview.plans, (*missing, *preview.problems))


def import_delivery_returns(ws: Workspace, tender: int | str, paths: Sequence[str | Path], *,
                            today: date | None = None) -> tuple[DeliveryPreview, Changes]:
    """Import every file in one transaction, or nothing: ReturnsError (every problem) when any file has one."""
    chosen, missing = gather(paths)
    read = [read_workbook(path, None, what=WHAT) for path in chosen]
    with ws.writing() as session:
        t = tender_row(session, tender)
        require(ws, session, t, Permission.SET_UP)
        preview, work = _plan(session, t, read, today)
        if missing or preview.problems:
            raise ReturnsError((*missing, *preview.problems))
        changed = False
        for got, plan in work:
            if plan.action == "unchanged":
                continue
            note = f"imported from the delivery return {got.file}"
            for c, values in got.values:
                _entry, wrote = entries.write_entry(ws, session, t, c, got.period, values, source=files.kept_name(got.file),
                                               note=note)
                changed = changed or wrote
            files.keep_file(ws, session, t, kind="delivery_return", media="xlsx", name=got.file, data=got.data,
                            note=f"the delivery return for {got.period}")
            changed = True
        kinds = (ChangeKind.DELIVERY, ChangeKind.TENDER_FILE)
        return DeliveryPreview(preview.plans, ()), (Changes.of(*kinds, tender_id=t.id) if changed else Changes.none())


@dataclass
class _Got:
    file: str
    data: bytes
    period: str
    values: list[tuple[CommitmentRow, entries.EntryValues]]


def _plan(session: Session, t: TenderRow, read: Sequence[ReadReturn],
          today: date | None) -> tuple[DeliveryPreview, list[tuple[_Got, DeliveryPlan]]]:
    problems: list[ReturnProblem] = []
    award = entries.current_award(session, t)
    commitments = entries.live_commitments(session, award) if award is not None else []
    got: list[_Got] = []
    for rd in read:
        problems.extend(rd.problems)
        if rd.book is None or rd.problems:
            continue
        if award is None or t.status not in lifecycle.AFTER_AWARD:
            problems.append(ReturnProblem(rd.file, "", _("tender {reference} has no award, so it takes no delivery "
                                                       "returns").format(reference=t.reference)))
            continue
        g, found = _check(rd, t, award, commitments, today)
        problems.extend(found)
        if g is not None:
            got.append(g)
    periods: dict[str, str] = {}
    work: list[tuple[_Got, DeliveryPlan]] = []
    for g in got:
        if g.period in periods:
            problems.append(ReturnProblem(g.file, "", _("is for the same period ({period}) as {periods}; "
                                                      "import one return per period").format(period=g.period, periods=periods[g.period])))
            continue
        periods[g.period] = g.file
        lines = tuple(_line(entries.stored_entry(session, row_id(c), g.period), c, v) for c, v in g.values)
        action = "import" if any(line.action != "unchanged" for line in lines) else "unchanged"
        if action == "import" and t.status != lifecycle.IN_DELIVERY:
            try:
                entries.require_in_delivery(t, _("import a delivery return"))
            except CoopEvalError as exc:
                problems.append(ReturnProblem(g.file, "", _("would record delivery for {period}, but "
                                                          "{exc}{rstrip}").format(period=g.period, exc=str(exc)[0].lower(), rstrip=str(exc)[1:].rstrip('.'))))
        plan = DeliveryPlan(g.file, hashlib.sha256(g.data).hexdigest(), g.period, action, lines)
        work.append((g, plan))
    return DeliveryPreview(tuple(p for _, p in work), tuple(problems)), work


def _line(row: DeliveryRow | None, c: CommitmentRow, v: entries.EntryValues) -> EntryLine:
    action = "create" if row is None else ("change" if entries.differs(row, v) else "unchanged")
    before = "" if row is None else (f"{row.actual or row.answer or ''}" +
                                     (f"; evidence: {row.evidence_refs}" if row.evidence_refs else "") +
                                     (f"; note: {row.note}" if row.note else "") + f" ({row.check})")
    resets = row.check if row is not None and action == "change" and row.check != "pending" else ""
    return EntryLine(row_id(c), c.code, action, v.actual, v.answer, c.unit or "", v.evidence_refs, v.note, before,
                     resets)


def _marker(ck: Checker, t: TenderRow, award: AwardRow, commitments: list[CommitmentRow],
            today: date | None) -> str | None:
    """The period the return is for, or None (with the problem) when the file does not answer this contract now."""
    sheets = ck.book.sheets
    if layout.MARKER not in sheets:
        ck.problem("", None, None, _("is not a CoopEval delivery return: it has no hidden sheet \"{MARKER}\" "
                                   "saying what it reports on; ask the supplier to fill in the return the council sent").format(MARKER=layout.MARKER))
        return None
    values: dict[str, str] = {}
    rows: dict[str, int] = {}
    for (r, col), cell in sheets[layout.MARKER].items():
        if col == 1 and isinstance(cell.value, str):
            b = sheets[layout.MARKER].get((r, 2))
            if b is not None and (b.formula or b.error):
                ck.problem(layout.MARKER, r, "B", _("the hidden sheet saying what the return reports on has been "
                                                  "changed (it holds a formula or an error); ask the supplier to copy "
                                                  "their figures into a fresh return"))
                return None
            values[cell.value.strip()] = "" if b is None else (b.number or as_text(b.value)).strip()
            rows[cell.value.strip()] = r
    if RESPONSE_MARKER_TITLE in values or values.get("kind") != layout.KIND:
        ck.problem(layout.MARKER, rows.get("kind"), "B" if "kind" in rows else None,
                   _("is a bidder's response template, not a delivery return; import it with `bids import`")
                   if RESPONSE_MARKER_TITLE in values else _("is not a CoopEval delivery return"))
        return None

    def refuse(key: str, message: str) -> None:
        ck.problem(layout.MARKER, rows.get(key), "B" if key in rows else None, message)

    fmt = values.get("format", "")
    if read_number(fmt) != layout.TEMPLATE_FORMAT:
        refuse("format", _("the return's format ({value}) is not one this version of CoopEval reads "
                         "({TEMPLATE_FORMAT}); ask the supplier to use a fresh return").format(value=fmt or 'none', TEMPLATE_FORMAT=layout.TEMPLATE_FORMAT))
        return None
    reference = values.get("tender_reference", "")
    if text_rules.identity_key(reference) != text_rules.identity_key(t.reference):
        refuse("tender_reference", _("this is a return for tender {reference!r}, not {reference2!r}; import it into "
                                   "tender {reference!r}").format(reference=reference, reference2=t.reference))
        return None
    if values.get("award_id", "") != str(award.id):
        refuse("award_id", _("this return was made for an earlier award of tender {reference} (since withdrawn); "
                           "ask the supplier to copy their figures into a fresh return").format(reference=t.reference))
        return None
    try:
        period = entries.checked_period(award, values.get("period", ""), today)
    except CoopEvalError as exc:
        refuse("period", str(exc).rstrip("."))
        return None
    if values.get("commitments", "").split() != [str(c.id) for c in commitments]:
        refuse("commitments", _("the contract's commitments have changed since this return was written (a contract "
                              "change added or removed one); ask the supplier to copy their figures into a fresh return"))
        return None
    return period


def _check(rd: ReadReturn, t: TenderRow, award: AwardRow, commitments: list[CommitmentRow],
           today: date | None) -> tuple[_Got | None, list[ReturnProblem]]:
    assert rd.book is not None
    ck = Checker(rd.file, rd.book)
    period = _marker(ck, t, award, commitments, today)
    keys = [str(c.id) for c in commitments]
    if period is None or not rows_in_place(ck, layout.DELIVERY, layout.FIRST_ROW, keys, advice=FRESH):
        return None, ck.problems
    cols = layout.COLUMNS
    values: list[tuple[CommitmentRow, entries.EntryValues]] = []
    for offset, c in enumerate(commitments):
        row = layout.FIRST_ROW + offset
        refs = ck.text(layout.DELIVERY, row, cols["evidence_refs"], "delivery.evidence_refs", "the evidence references")
        note = ck.text(layout.DELIVERY, row, cols["note"], "delivery.note", "the note")
        if c.kind == "quantitative":
            actual, answer = _actual(ck, row, c), None
        else:
            actual, answer = None, _answer(ck, row, c)
        if actual is None and answer is None:
            if (refs or note) and ck.cell(layout.DELIVERY, row, cols["delivered"]) is None:
                ck.problem(layout.DELIVERY, row, cols["delivered"],
                           _("{code}: evidence or a note is given but not what was delivered; fill in the "
                           "delivered cell (0 or no if nothing was)").format(code=c.code))
            continue
        values.append((c, entries.EntryValues(actual, answer, refs, note)))
    if ck.problems:
        return None, ck.problems
    return _Got(rd.file, rd.data, period, values), []


def _actual(ck: Checker, row: int, c: CommitmentRow) -> str | None:
    column = layout.COLUMNS["delivered"]
    cell = ck.raw(layout.DELIVERY, row, column)
    if not isinstance(cell, Cell):
        return None

    def refuse(message: str) -> None:
        ck.problem(layout.DELIVERY, row, column, message)

    percent = is_percent_unit(c.unit)
    shown = shown_value(cell.number if cell.number is not None else cell.value)
    as_percent = False
    if cell.number is not None:
        typed, as_percent = cell.number, percent_format(cell.number_format)
    elif isinstance(cell.value, str):
        typed = " ".join(cell.value.split())
        if typed.endswith("%"):
            typed, as_percent = typed[:-1].rstrip(), True
    else:
        typed = ""
    value = read_number(typed)
    if value is None:
        refuse(_("what {code} delivered must be a number; {shown} is not one").format(code=c.code, shown=shown))
        return None
    if as_percent and not percent:
        refuse(_("{code} is measured in {unit}, not as a percentage; type the number itself, without %").format(
            code=c.code, unit=c.unit) if c.unit else
               _("{code} is measured as a plain number, not as a percentage; type the number itself, without %").format(
            code=c.code))
        return None
    if as_percent and cell.number is not None:
        value *= 100  # Excel stores a typed 12% as 0.12 with a % format
    if value < 0:
        refuse(_("what {code} delivered must be 0 or more; {shown} is negative").format(code=c.code, shown=shown))
    elif percent and value > 100:
        refuse(_("{code} is a percentage, from 0 to 100; {decimal_text} is more than 100").format(code=c.code, decimal_text=decimal_text(value)))
    elif value > MAX_NUMBER:
        refuse(_("what {code} delivered must be at most {MAX_NUMBER:,}; {shown} is larger").format(code=c.code, MAX_NUMBER=MAX_NUMBER, shown=shown))
    elif decimal_places(value) > entries.MAX_PLACES:
        refuse(_("what {code} delivered has more than {MAX_PLACES} decimal places ({shown}); round it").format(code=c.code, MAX_PLACES=entries.MAX_PLACES, shown=shown))
    else:
        return decimal_text(Decimal(value))
    return None


def _answer(ck: Checker, row: int, c: CommitmentRow) -> str | None:
    column = layout.COLUMNS["delivered"]
    cell = ck.raw(layout.DELIVERY, row, column)
    if not isinstance(cell, Cell):
        return None
    given = text_rules.normalise(as_text(cell.value)).lower()
    if given not in layout.ANSWERS:
        ck.problem(layout.DELIVERY, row, column, _("{code} is answered yes, no or partly; {shown_value} is "
                                                 "none of them").format(code=c.code, shown_value=shown_value(cell.value)))
        return None
    return given
