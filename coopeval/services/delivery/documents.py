"""Documents after the award (issue 19): the details of a contract performance notice for one rating period (PDF or
JSON), and the delivery report (PDF, signed like the moderation report, or XLSX).

- A performance notice reports the contract's s.52 KPIs for one rating period, so it is refused until every KPI of
  that period is rated (the refusal lists those still to rate) and when no commitment is marked a KPI. CoopEval does
  not publish it: the officer files it on the central digital platform.
- The delivery report covers every commitment, from the award on.
- Both are made by an officer (`Permission.EXPORT`), stamped with the audit head they were read at (read again if
  the workspace changed meanwhile), and written atomically (services/reports/writing).
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

from sqlmodel import Session, col, func, select

from coopeval import __version__
from coopeval.domain import lifecycle
from coopeval.domain.errors import CoopEvalError
from coopeval.domain.identity import Permission
from coopeval.domain.periods import contract_quarters, period_text, quarters_in_year
from coopeval.domain.ratings import achievement
from coopeval.i18n import _
from coopeval.reporting import exports
from coopeval.reporting import signing as pdf_signing
from coopeval.reporting.delivery import notice as notice_pdf
from coopeval.reporting.delivery import report as report_pdf
from coopeval.services.delivery import commitments as commitments_service
from coopeval.services.delivery import entries as delivery_entries
from coopeval.services.delivery import ratings
from coopeval.services.identity.guard import require
from coopeval.services.reports import writing
from coopeval.services.rows import row_id, tender_row
from coopeval.services.workspace import Workspace
from coopeval.storage import audit
from coopeval.storage.tables import (
    AwardRow,
    BidRow,
    CommitmentRow,
    DeliveryRow,
    EvidenceRow,
    TenderMeasureRow,
    TenderRow,
)

READ_ATTEMPTS = 3
NOTICE_SUFFIXES = (".pdf", ".json")
REPORT_SUFFIXES = (".pdf", ".xlsx")


class DocumentError(CoopEvalError):
    """A notice or report that cannot be written yet; the message says why and what to do."""


# --- reading -----------------------------------------------------------------------------------------------------------


def _stable(ws: Workspace, read):  # noqa: ANN001, ANN202 - read(head) -> data
    for _attempt in range(READ_ATTEMPTS):
        before = ws.audit_head()
        data = read(before)
        if ws.audit_head() == before:
            return data
    raise CoopEvalError(_("The workspace kept changing while the document was being read (someone is saving); "
                        "try again in a moment."))


def _contract(session: Session, tender: TenderRow, award: AwardRow) -> notice_pdf.ContractInfo:
    bid = session.get(BidRow, award.bid_id)
    legal = bid.legal_name if bid is not None else ""
    return notice_pdf.ContractInfo(
        reference=tender.reference, title=tender.title, authority=tender.authority,
        supplier=(bid.trading_name or bid.legal_name) if bid is not None else "", supplier_legal_name=legal,
        supplier_identifier=bid.identifier if bid is not None else "", supplier_address=bid.address if bid else "",
        supplier_email=bid.email if bid is not None else "", notice_date=award.notice_date,
        entered_on=award.entered_on, start_on=award.start_on, end_on=award.end_on, value_pence=award.value_pence,
        status=lifecycle.label(tender.status))


def _tender_and_award(ws: Workspace, session: Session, tender: int | str, what: str,
                      statuses: tuple[str, ...]) -> tuple[TenderRow, AwardRow]:
    row = tender_row(session, tender)
    require(ws, session, row, Permission.EXPORT)
    if row.status not in statuses:
        when = _("once the contract is awarded") if lifecycle.AWARDED in statuses else _("once delivery has started")
        raise lifecycle.LifecycleError(_("{what} can be made {when}; tender {reference} is "
                                       "{label}.").format(what=what, when=when, reference=row.reference, label=lifecycle.label(row.status)))
    award = ratings.current_award_row(session, row)
    if award is None:
        raise lifecycle.LifecycleError(_("Tender {reference} has no award.").format(reference=row.reference))
    return row, award


def notice_data(ws: Workspace, tender: int | str, period: str) -> notice_pdf.NoticeData:
    """The details a contract performance notice for `period` needs; refused while a KPI of the period is unrated."""
    def read(head: str) -> notice_pdf.NoticeData:
        with ws.reading() as session:
            row, award = _tender_and_award(ws, session, tender, _("A contract performance notice"),
                                           ratings.RATED_STATUSES)
            periods = ratings.periods_of(award)
            chosen = ratings.period_of(award, period)
            kpis = [line for line in ratings.lines_in(session, row, award, chosen) if line.kpi]
            if not kpis:
                raise DocumentError(_("No commitment of {reference} is marked as one of the contract's s.52 KPIs; "
                                    "a contract performance notice reports on the KPIs, so mark them first "
                                    "(`coopeval commitments`, or the Delivery page).").format(reference=row.reference))
            unrated = [line for line in kpis if line.rating is None]
            if unrated:
                raise DocumentError(
                    _("Rate every KPI for {key} first; not yet rated: ").format(key=chosen.key)
                    + "; ".join(f"{x.commitment.code} ({x.commitment.title or x.commitment.text[:60]})" for x in unrated)
                    + ".")
            items = tuple(notice_pdf.NoticeKpi(
                code=x.commitment.code, title=x.commitment.title, text=x.commitment.text, kind=x.commitment.kind,
                unit=x.commitment.unit, direction=x.commitment.direction, target=x.commitment.target,
                promised=x.promised, delivered=x.delivered, achievement=x.achievement, answers=x.answers,
                rating=x.rating or "other", suggestion=x.suggestion, reason=x.reason, rated_at=x.rated_at)
                for x in kpis)
            return notice_pdf.NoticeData(
                contract=_contract(session, row, award), period=chosen.key, period_text=period_text(chosen.key),
                first=chosen.first.isoformat(), last=chosen.last.isoformat(), final=chosen.key == periods[-1].key,
                kpis=items, audit_head=head, made_by=ws.person_name or ws.actor, made_at=audit.now_utc(),
                app_version=__version__)
    data: notice_pdf.NoticeData = _stable(ws, read)
    return data


def _proxy(measure: TenderMeasureRow | None) -> report_pdf.ProxyInfo | None:
    if measure is None:
        return None
    try:
        found = json.loads(measure.measure_json).get("proxy")
        if not isinstance(found, dict) or found.get("value") in (None, ""):
            return None
        value = Decimal(str(found["value"]))
        return report_pdf.ProxyInfo(str(value), int(found.get("year") or 0), str(found.get("source") or ""))
    except (ValueError, ArithmeticError, AttributeError, TypeError):
        return None


def _pounds(quantity: str | None, proxy: report_pdf.ProxyInfo | None) -> Decimal | None:
    if quantity is None or proxy is None:
        return None
    return (Decimal(quantity) * Decimal(proxy.value)).quantize(Decimal("0.01"))


def _share(promised: str | None, delivered: Decimal | None, direction: str | None) -> str | None:
    if promised is None or delivered is None:
        return None
    share = achievement(Decimal(promised), delivered, direction or "higher")
    return None if share is None else f"{share.quantize(Decimal('0.1')):f}"


def report_data(ws: Workspace, tender: int | str) -> report_pdf.DeliveryReportData:
    """Everything the delivery report shows, as of one audit head."""
    changes = commitments_service.contract_changes(ws, tender)

    def read(head: str) -> report_pdf.DeliveryReportData:
        with ws.reading() as session:
            row, award = _tender_and_award(ws, session, tender, _("A delivery report"), lifecycle.AFTER_AWARD)
            rows = list(session.exec(select(CommitmentRow).where(CommitmentRow.award_id == award.id)
                                     .order_by(col(CommitmentRow.position), col(CommitmentRow.id))))
            rows.sort(key=lambda c: (c.removed, not c.s52_kpi, c.position, row_id(c)))
            ids = [row_id(c) for c in rows]
            measures = {row_id(m): m for m in session.exec(select(TenderMeasureRow)
                                                           .where(TenderMeasureRow.tender_id == row.id))}
            entries: dict[int, list[DeliveryRow]] = defaultdict(list)
            for e in session.exec(select(DeliveryRow).where(col(DeliveryRow.commitment_id).in_(ids))
                                  .order_by(col(DeliveryRow.period))):
                entries[e.commitment_id].append(e)
            all_entries = [e for c in ids for e in entries[c]]
            evidence = dict(session.exec(
                select(EvidenceRow.delivery_id, func.count()).where(
                    col(EvidenceRow.delivery_id).in_([row_id(e) for e in all_entries]))
                .group_by(col(EvidenceRow.delivery_id))).all())
            lines = []
            for c in rows:
                measure = measures.get(c.measure_id or 0)
                proxy = _proxy(measure) if c.kind == "quantitative" else None
                delivered = delivery_entries.delivered(c, entries[row_id(c)])
                delivered_text = None if delivered is None else f"{delivered.normalize():f}"
                title = ""
                if measure is not None:
                    try:
                        title = str(json.loads(measure.measure_json).get("title", ""))
                    except (ValueError, AttributeError):
                        title = ""
                mine = entries[row_id(c)]
                lines.append(report_pdf.CommitmentLine(
                    code=c.code, title=title, text=c.text, kind=c.kind, unit=c.unit, direction=c.direction,
                    s52_kpi=c.s52_kpi, removed=c.removed, promised=c.target, delivered=delivered_text,
                    achievement=_share(c.target, delivered, c.direction), proxy=proxy,
                    promised_pounds=_pounds(c.target, proxy), delivered_pounds=_pounds(delivered_text, proxy),
                    entries=len(mine), accepted=sum(1 for e in mine if e.check == "accepted"),
                    evidence_files=sum(evidence.get(row_id(e), 0) for e in mine)))
            codes = {row_id(c): c.code for c in rows}
            by_key = {(e.commitment_id, e.period): e for e in all_entries}
            quarters = {q.key for q in contract_quarters(dt.date.fromisoformat(award.start_on),
                                                          dt.date.fromisoformat(award.end_on))}
            years = []
            for period in ratings.periods_of(award):
                keys = tuple(quarters_in_year(period.key))
                year_lines = []
                for x in ratings.lines_in(session, row, award, period):
                    cid = x.commitment.id
                    cells = []
                    for q in keys:
                        found = by_key.get((cid, q))
                        cells.append(None if found is None or q not in quarters else report_pdf.QuarterCell(
                            found.actual if found.actual is not None else (found.answer or ""), found.check))
                    year_lines.append(report_pdf.YearLine(
                        code=x.commitment.code, title=x.commitment.title, unit=x.commitment.unit,
                        s52_kpi=x.kpi, cells=tuple(cells), promised=x.promised, delivered=x.delivered,
                        achievement=x.achievement, suggestion=x.suggestion, rating=x.rating, reason=x.reason))
                years.append(report_pdf.YearBlock(period.key, period_text(period.key), period.first.isoformat(),
                                                  period.last.isoformat(), keys, tuple(year_lines)))
            entry_lines = tuple(report_pdf.EntryLine(
                code=codes[e.commitment_id], period=e.period, actual=e.actual, answer=e.answer, check=e.check,
                check_reason=e.check_reason, evidence_refs=e.evidence_refs,
                evidence_files=evidence.get(row_id(e), 0), note=e.note, reported_at=e.reported_at,
                checked_at=e.checked_at) for e in all_entries)
            return report_pdf.DeliveryReportData(
                contract=_contract(session, row, award),
                thresholds=(row.rating_good, row.rating_approaching, row.rating_improvement),
                commitments=tuple(lines), years=tuple(years), entries=entry_lines,
                changes=tuple(report_pdf.ChangeLine(x.code, x.what, x.before, x.after, x.reason, x.made_at, x.person)
                              for x in changes),
                audit_head=head, made_by=ws.person_name or ws.actor, made_at=audit.now_utc(),
                app_version=__version__)
    data: report_pdf.DeliveryReportData = _stable(ws, read)
    return data


# --- writing -----------------------------------------------------------------------------------------------------------


def _suffix(out: Path, allowed: tuple[str, ...], what: str) -> str:
    suffix = Path(out).suffix.lower()
    if suffix not in allowed:
        raise CoopEvalError(_("Name the {what} {items}: the ending says which "
                            "kind to write, and {name} ends otherwise.").format(what=what, items=' or '.join('FILE' + s for s in allowed), name=Path(out).name))
    return suffix


def write_performance_notice(ws: Workspace, tender: int | str, period: str, out: Path, *,
                             deterministic: bool = False) -> Path:
    """The details of a contract performance notice for rating period `period`, as .pdf or .json (by `out`'s
    name). Refused while any KPI of the period is unrated. CoopEval does not publish the notice."""
    suffix = _suffix(out, NOTICE_SUFFIXES, _("performance notice"))
    out = writing.checked_destination(out, _("performance notice"))
    data = notice_data(ws, tender, period)
    if suffix == ".json":
        text = notice_pdf.notice_json_text(data)
        return writing.write_beside(out, lambda temp: _write_text(temp, text))
    return writing.write_beside(out, lambda temp: _render_notice(data, temp, deterministic))


def _write_text(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")


def _render_notice(data: notice_pdf.NoticeData, path: Path, deterministic: bool) -> None:
    notice_pdf.render_notice(data, str(path), deterministic=deterministic)


def write_delivery_report(ws: Workspace, tender: int | str, out: Path, *, sign: pdf_signing.SigningKey | None = None,
                          deterministic: bool = False) -> Path:
    """The delivery report as .pdf (signed with `sign` when given, exactly as the moderation report is) or .xlsx."""
    suffix = _suffix(out, REPORT_SUFFIXES, _("delivery report"))
    if suffix == ".xlsx" and sign is not None:
        raise CoopEvalError(_("A spreadsheet cannot carry a digital signature; write the delivery report as .pdf to "
                            "sign it."))
    out = writing.checked_destination(out, _("delivery report"))
    data = report_data(ws, tender)
    if suffix == ".xlsx":
        tables = report_pdf.delivery_tables(data)
        return writing.write_beside(out, lambda temp: exports.write_xlsx(tables, temp))
    writing.render_signed(
        out, lambda rendered: report_pdf.render_delivery_report(data, str(rendered), deterministic=deterministic),
        key=sign, reason=f"Delivery report {data.contract.reference}, audit head {data.audit_head[:16]}…")
    return out
