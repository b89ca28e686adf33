"""The delivery report: what the supplier delivered against what it promised, per commitment and in total, year by
year with the quarters' figures and the KPI ratings, the entries the council queried or rejected, the evidence kept
and the recorded contract changes. As PDF (`render_delivery_report`, with the same signature field as the moderation
report, so it is signed and verified the same way) or as spreadsheet tables (`delivery_tables`, written by
`exports.write_xlsx`, which stores every text as text so no formula in a supplier's words ever runs).

£ values appear only for a measure that carries a proxy the council supplied in its framework (a £ value per unit,
with its year and source): delivered or promised quantity × the proxy. They are estimates of social value, not money
paid, and a measure without a proxy has none.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from coopeval.domain.numbers import money_text
from coopeval.domain.ratings import LABELS
from coopeval.reporting import wording
from coopeval.reporting.blocks import before_table, cols, head, heading, key_values, markup, p, paras, table
from coopeval.reporting.delivery.notice import ContractInfo, contract_document, contract_pairs, figure
from coopeval.reporting.exports import ExportTable, columns
from coopeval.reporting.layout import SignatureBox, bookmarked
from coopeval.reporting.styles import DRAFT_RED

REPORT_KIND = "delivery report"
SIGNATURE_CAPTION = "Digital signature (PAdES) of this report. Check it with: coopeval verify REPORT.pdf"
CHANGE_WORDS = {"text": "wording", "target": "target", "s52_kpi": "s.52 KPI", "removed": "taken out",
                "added": "added"}
CHECK_CELL = {"pending": "pending", "queried": "queried", "rejected": "rejected"}  # our words: no escaping needed
CHECK_WORDS = {"pending": "not checked", "accepted": "accepted", "queried": "queried", "rejected": "rejected"}
PROXY_NOTE = ("£ values are shown only where the measure carries a proxy the council supplied (a £ value per unit, "
              "with its year and source): the quantity × the proxy. They estimate social value; they are not money "
              "paid.")


@dataclass(frozen=True)
class ProxyInfo:
    value: str  # £ per unit, exact decimal text
    year: int
    source: str


@dataclass(frozen=True)
class CommitmentLine:
    code: str
    title: str
    text: str
    kind: str
    unit: str | None
    direction: str | None
    s52_kpi: bool
    removed: bool
    promised: str | None  # for the whole contract
    delivered: str | None  # to date, accepted figures only (the rule in services/delivery/entries)
    achievement: str | None  # delivered to date ÷ promised for the contract, %
    proxy: ProxyInfo | None
    promised_pounds: Decimal | None
    delivered_pounds: Decimal | None
    entries: int
    accepted: int
    evidence_files: int


@dataclass(frozen=True)
class QuarterCell:
    figure: str  # the actual figure or the yes/no/partly answer
    check: str  # pending | accepted | queried | rejected


@dataclass(frozen=True)
class YearLine:
    code: str
    title: str
    unit: str | None
    s52_kpi: bool
    cells: tuple[QuarterCell | None, ...]  # the year's four quarters, in order
    promised: str | None
    delivered: str | None
    achievement: str | None
    suggestion: str
    rating: str | None
    reason: str


@dataclass(frozen=True)
class YearBlock:
    period: str
    period_text: str
    first: str
    last: str
    quarters: tuple[str, ...]  # "2027-Q1" … "2027-Q4"
    lines: tuple[YearLine, ...]


@dataclass(frozen=True)
class EntryLine:
    code: str
    period: str
    actual: str | None
    answer: str | None
    check: str
    check_reason: str
    evidence_refs: str
    evidence_files: int
    note: str
    reported_at: str
    checked_at: str | None


@dataclass(frozen=True)
class ChangeLine:
    code: str
    what: str
    before: str
    after: str
    reason: str
    made_at: str
    person: str | None


@dataclass(frozen=True)
class DeliveryReportData:
    contract: ContractInfo
    thresholds: tuple[str, str, str]  # good, approaching, improvement (%)
    commitments: tuple[CommitmentLine, ...]
    years: tuple[YearBlock, ...]
    entries: tuple[EntryLine, ...]
    changes: tuple[ChangeLine, ...]
    audit_head: str
    made_by: str
    made_at: str
    app_version: str

    @property
    def issues(self) -> tuple[EntryLine, ...]:
        return tuple(e for e in self.entries if e.check in ("queried", "rejected"))

    @property
    def total_promised_pounds(self) -> Decimal | None:
        values = [c.promised_pounds for c in self.commitments if c.promised_pounds is not None and not c.removed]
        return sum(values, Decimal(0)) if values else None

    @property
    def total_delivered_pounds(self) -> Decimal | None:
        values = [c.delivered_pounds for c in self.commitments if c.delivered_pounds is not None and not c.removed]
        return sum(values, Decimal(0)) if values else None


def pounds(value: Decimal | None) -> str:
    return money_text(value) if value is not None else "—"


def _cell(c: QuarterCell | None) -> list[Flowable]:
    """A quarter's figure, with its check beneath unless it was accepted (only accepted figures count)."""
    if c is None:
        return [p("—", "CellRight")]
    shown = [p(wording.quantity(c.figure), "CellRight")]
    if c.check != "accepted":
        word = CHECK_CELL.get(c.check, "not accepted")
        shown.append(markup(f'<font color="#{DRAFT_RED.hexval()[2:]}">{word}</font>', "CellRight"))
    return shown


# --- PDF ---------------------------------------------------------------------------------------------------------------


def render_delivery_report(data: DeliveryReportData, target: str | BinaryIO, *, deterministic: bool = False) -> int:
    """Write the report as a PDF with an empty signature field; returns the number of pages."""
    c = data.contract
    doc = contract_document(
        target, kind=REPORT_KIND, contract=c, audit_head=data.audit_head, made_by=data.made_by,
        app_version=data.app_version, header=f"Delivery report · {c.reference}",
        title=f"Delivery report — {c.reference} — {c.title}",
        subject=f"Social value delivered under the contract for {c.title}",
        keywords=f"CoopEval {REPORT_KIND}; tender={c.reference}; audit-head={data.audit_head}",
        deterministic=deterministic)
    doc.build(story(data))
    pages: int = doc.page
    return pages


def story(data: DeliveryReportData) -> list[Flowable]:
    out = cover(data)
    out += commitments(data)
    out += years(data)
    out += checks(data)
    out += changes(data)
    out += signature(data)
    return out


def cover(data: DeliveryReportData) -> list[Flowable]:
    c = data.contract
    live = [x for x in data.commitments if not x.removed]
    out: list[Flowable] = [bookmarked(p("Delivery report", "Title"), "Cover", 0), p(c.title, "Subtitle"),
                           key_values(contract_pairs(c) + [("Status", c.status)]), Spacer(1, 6)]
    met = [x for x in live if x.achievement is not None and Decimal(x.achievement) >= 100]
    measured = [x for x in live if x.achievement is not None]
    summary = [("Commitments", f"{len(live)} in the contract, {sum(1 for x in live if x.s52_kpi)} of them s.52 KPIs"
                + (f"; {len(data.commitments) - len(live)} taken out by contract changes"
                   if len(live) != len(data.commitments) else "")),
               ("Promise met to date", f"{len(met)} of {len(measured)} commitments with a figure"),
               ("Entries", f"{len(data.entries)} reported, {sum(1 for e in data.entries if e.check == 'accepted')} "
                           f"accepted, {len(data.issues)} queried or rejected"),
               ("Evidence files", str(sum(x.evidence_files for x in data.commitments)))]
    if data.total_promised_pounds is not None:
        summary.append(("In £ (where a proxy is given)", f"{pounds(data.total_delivered_pounds)} delivered of "
                                                         f"{pounds(data.total_promised_pounds)} promised"))
    out += [p("In total", "H2"), key_values(summary), Spacer(1, 6),
            p(f"Made by {data.made_by} on {wording.when(data.made_at)} with CoopEval {data.app_version}, from the "
              f"workspace's audit log at head {data.audit_head}; `coopeval verify REPORT.pdf --workspace FILE` checks "
              "it. Delivered figures count only entries the council accepted: for a count, the quarters' figures "
              "added up; for a percentage or ratio, the latest accepted quarter's.", "Muted"), PageBreak()]
    return out


def commitments(data: DeliveryReportData) -> list[Flowable]:
    out: list[Flowable] = [heading("Delivered against promised")]
    rows = [head("Commitment", "Promised (contract)", "Delivered to date", "Share", "£ promised", "£ delivered")]
    for x in data.commitments:
        first = [p(f"{x.code} · {x.title}" + (" · KPI" if x.s52_kpi else "") + (" · removed" if x.removed else ""),
                   "CellBold"), *paras(x.text, "Cell")]
        delivered = figure(x.delivered, x.unit) if x.kind == "quantitative" else "see the years below"
        rows.append([first, p(figure(x.promised, x.unit), "CellRight"), p(delivered, "CellRight"),
                     p(f"{x.achievement}%" if x.achievement else "—", "CellRight"),
                     p(pounds(x.promised_pounds), "CellRight"), p(pounds(x.delivered_pounds), "CellRight")])
    if data.total_promised_pounds is not None:
        rows.append([p("Total in £ (measures with a proxy)", "CellBold"), p("", "Cell"), p("", "Cell"), p("", "Cell"),
                     p(pounds(data.total_promised_pounds), "CellRight"),
                     p(pounds(data.total_delivered_pounds), "CellRight")])
    out.append(table(rows, cols(3.2, 1.1, 1.1, 0.7, 1.1, 1.1)))
    proxied = [x for x in data.commitments if x.proxy is not None]
    if proxied:
        out.append(p(PROXY_NOTE, "Muted"))
        out.append(table([head("Measure", "Proxy", "Year", "Source")] +
                         [[p(x.code, "Cell"), p(f"{money_text(Decimal(x.proxy.value))} per {x.unit or 'unit'}", "Cell"),
                           p(str(x.proxy.year), "Cell"), paras(x.proxy.source, "Cell")]
                          for x in proxied if x.proxy is not None], cols(1, 1.6, 0.6, 4)))
    else:
        out.append(p("No measure of this contract carries a proxy, so no £ values are shown.", "Muted"))
    out += before_table("Evidence kept")
    out.append(table([head("Commitment", "Entries", "Accepted", "Evidence files")] +
                     [[p(f"{x.code} · {x.title}", "Cell"), p(str(x.entries), "CellRight"),
                       p(str(x.accepted), "CellRight"), p(str(x.evidence_files), "CellRight")]
                      for x in data.commitments], cols(4, 1, 1, 1.2)))
    return out


def years(data: DeliveryReportData) -> list[Flowable]:
    good, approaching, improvement = data.thresholds
    out: list[Flowable] = [PageBreak(), heading("Year by year")]
    out.append(p(f"Each rating period is a financial year (April to March). A period is promised its share of the "
                 f"contract's target (pro rata by days; a percentage or ratio in full). CoopEval suggests a rating "
                 f"from delivered ÷ promised: at least {good}% Good, {approaching}% Approaching target, {improvement}% "
                 "Requires improvement, below that Inadequate; Other where there is nothing to compute from. A figure "
                 "not accepted (pending, queried or rejected) is shown with its check beneath it and not counted.",
                 "Muted"))
    for year in data.years:
        out += before_table(f"{year.period_text} ({year.period})", bookmark=1)
        labels = [f"Q{n + 1}" for n in range(len(year.quarters))]
        rows = [head("Commitment", *labels, "Delivered", "Promised", "Rating")]
        for line in year.lines:
            rating = [p(LABELS[line.rating] if line.rating else "Not rated", "CellBold" if line.rating else "CellMuted"),
                      p(f"suggested {LABELS[line.suggestion]}", "CellMuted")]
            rows.append([p(f"{line.code}" + (" · KPI" if line.s52_kpi else "") + f"\n{line.title}", "Cell"),
                         *[_cell(cell) for cell in line.cells],
                         p(figure(line.delivered, line.unit) + (f"\n{line.achievement}%" if line.achievement else ""),
                           "CellRight"),
                         p(figure(line.promised, line.unit), "CellRight"), rating])
        out.append(table(rows, cols(2.3, *([0.75] * len(year.quarters)), 1, 1, 1.4)))
        reasons = [line for line in year.lines if line.rating and line.reason]
        for line in reasons:
            out += paras(line.reason, "Labelled", label=f"{line.code}:")
    if not data.years:
        out.append(p("The contract has no rating periods yet."))
    return out


def checks(data: DeliveryReportData) -> list[Flowable]:
    out: list[Flowable] = [PageBreak(), heading("Queried and rejected entries")]
    if not data.issues:
        return out + [p("The council has queried or rejected no entry.")]
    rows = [head("Commitment", "Quarter", "Reported", "Check", "Reason")]
    rows += [[p(e.code, "Cell"), p(e.period, "Cell"), p(e.actual or e.answer or "—", "CellRight"),
              p(CHECK_WORDS.get(e.check, e.check), "Cell"), paras(e.check_reason, "Cell")] for e in data.issues]
    out.append(table(rows, cols(1.1, 0.9, 1, 0.9, 4)))
    return out


def changes(data: DeliveryReportData) -> list[Flowable]:
    out: list[Flowable] = before_table("Contract changes", "H1", bookmark=0)
    if not data.changes:
        return out + [p("No commitment has changed since delivery started.")]
    rows = [head("Code", "What", "Before", "After", "Reason", "When")]
    rows += [[p(x.code, "Cell"), p(CHANGE_WORDS.get(x.what, x.what), "Cell"), paras(x.before, "Cell"), paras(x.after, "Cell"),
              paras(x.reason, "Cell"), p(wording.when(x.made_at) + (f"\n{x.person}" if x.person else ""), "Cell")]
             for x in data.changes]
    out.append(table(rows, cols(0.9, 0.9, 1.6, 1.6, 2.2, 1.3)))
    return out


def signature(data: DeliveryReportData) -> list[Flowable]:
    return [*before_table("Signature", "H1", bookmark=0),
            p(f"Made by {data.made_by} from the workspace's audit log at head {data.audit_head}.", "Muted"),
            Spacer(1, 8), KeepTogether([SignatureBox(90 * mm, 32 * mm, SIGNATURE_CAPTION)])]


# --- spreadsheet -------------------------------------------------------------------------------------------------------


def _number(text: str | None) -> Decimal | None:
    return Decimal(text) if text not in (None, "") else None


def delivery_tables(data: DeliveryReportData) -> list[ExportTable]:
    """The report as spreadsheet tables: numbers as numbers, every text as text (never a formula)."""
    c = data.contract
    about = [(k, v) for k, v in contract_pairs(c) + [("Status", c.status), ("Audit head", data.audit_head),
                                                     ("Made by", data.made_by), ("Made at (UTC)", data.made_at)]]
    commitments = [(x.code, x.title, x.text, x.kind, x.unit or "", x.direction or "", x.s52_kpi, x.removed,
                    _number(x.promised), _number(x.delivered), _number(x.achievement),
                    x.proxy.value if x.proxy else None, x.proxy.year if x.proxy else None,
                    x.proxy.source if x.proxy else "", x.promised_pounds, x.delivered_pounds, x.entries, x.accepted,
                    x.evidence_files) for x in data.commitments]
    ratings = [(y.period, line.code, line.title, line.s52_kpi, _number(line.promised), _number(line.delivered),
                _number(line.achievement), LABELS[line.suggestion], LABELS[line.rating] if line.rating else "",
                line.reason) for y in data.years for line in y.lines]
    entries = [(e.code, e.period, _number(e.actual), e.answer or "", e.check, e.check_reason, e.evidence_refs,
                e.evidence_files, e.note, e.reported_at, e.checked_at) for e in data.entries]
    changed = [(x.code, x.what, x.before, x.after, x.reason, x.made_at, x.person or "") for x in data.changes]
    return [
        ExportTable("contract", columns("field", "value"), tuple(about)),
        ExportTable("commitments", columns("code", "title", "commitment", "kind", "unit", "direction", "s52_kpi:bool",
                                         "removed:bool", "promised_for_contract:number", "delivered_to_date:number",
                                         "achievement_percent:number", "proxy_pounds_per_unit:number",
                                         "proxy_year:int", "proxy_source", "promised_pounds:number",
                                         "delivered_pounds:number", "entries:int", "accepted:int",
                                         "evidence_files:int"), tuple(commitments)),
        ExportTable("ratings", columns("period", "code", "title", "s52_kpi:bool", "promised:number",
                                     "delivered:number", "achievement_percent:number", "suggested", "rating",
                                     "reason"), tuple(ratings)),
        ExportTable("entries", columns("code", "quarter", "actual:number", "answer", "check", "check_reason",
                                     "evidence_refs", "evidence_files:int", "supplier_note", "reported_at_utc:time",
                                     "checked_at_utc:time"), tuple(entries)),
        ExportTable("contract_changes", columns("code", "what", "before", "after", "reason", "made_at_utc:time",
                                              "person"), tuple(changed)),
    ]
