"""Exports of the evaluation record for spreadsheets: individual scores with rationales, consensus,
commitments and accepted quantities, declarations, results, and the bids with their answers to the
tender's record fields (legal form, statuses, ownership, register numbers, with their evidence).

XLSX: one sheet per table, typed cells (numbers, true/false, UTC date-times), frozen header row.
Points are numeric cells shown to 2 places; quantities are numbers as entered.
CSV: one UTF-8 file per table (with a byte-order mark so Excel reads the accents), a header row,
in a folder; several tables with different columns do not fit one honest CSV.

Formula-like text is never run. In XLSX every text cell is stored as an explicit string cell, so
"=1+1" shows as typed and no spreadsheet computes it. A CSV has no cell types, so text that a
spreadsheet might read as a formula gets a leading apostrophe: text starting with =, +, -, @ (or
their full-width forms), a tab or a carriage return, or with such a sign after leading white
space or invisible characters (a space, a no-break or zero-width space, a byte-order mark), which
LibreOffice skips before deciding. Numbers are written as numbers and never neutralised.

Any stored text can be written, whatever it holds. CSV keeps it exactly (only an unpaired
surrogate, which no UTF-8 file can hold, becomes U+FFFD). XLSX is XML 1.0, which forbids most
control characters: there a vertical tab or form feed becomes a line break and every other
forbidden character (the C0 controls except tab, line feed and carriage return; U+FFFE, U+FFFF;
an unpaired surrogate) becomes U+FFFD, the replacement character (a question mark in a diamond). A spreadsheet cell holds
at most 32,767 characters, so longer text is cut there with a note saying the CSV export holds it
in full.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from coopeval.domain.framework import RecordField
from coopeval.domain.progress import Steps
from coopeval.reporting.data import BidDetail, ReportData, answers_to

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
FORMULA_SIGNS = frozenset("=+-@\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63")  # with full-width and small forms
TEXT, INT, NUMBER, POINTS, AUTO, BOOL, TIME = "text", "int", "number", "points", "auto", "bool", "time"
KINDS = (TEXT, INT, NUMBER, POINTS, AUTO, BOOL, TIME)  # AUTO: a number when the text is one, else text
POINTS_FORMAT = "0.00"
XLSX_CELL_LIMIT = 32_767  # characters a spreadsheet cell can hold
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
REPLACEMENT = "\ufffd"


@dataclass(frozen=True)
class Column:
    name: str
    kind: str = TEXT


@dataclass(frozen=True)
class ExportTable:
    name: str  # file and sheet name
    columns: tuple[Column, ...]
    rows: tuple[tuple[Any, ...], ...]


def _leading_blank(char: str) -> bool:
    """A character a spreadsheet may skip before deciding whether text is a formula."""
    return char.isspace() or unicodedata.category(char) in ("Cf", "Zs")


def neutralise(value: str) -> str:
    """CSV text a spreadsheet would take for a formula, with a leading apostrophe."""
    if value.startswith(FORMULA_STARTS):
        return "'" + value
    start = 0
    while start < len(value) and _leading_blank(value[start]):
        start += 1
    return "'" + value if start < len(value) and value[start] in FORMULA_SIGNS else value


def xlsx_text(value: str) -> str:
    """Text as an XLSX cell can hold it (see the module note): forbidden characters replaced, cut
    at a cell's limit."""
    value = _XML_FORBIDDEN.sub(lambda m: "\n" if m.group() in "\v\f" else REPLACEMENT, value)
    if len(value) > XLSX_CELL_LIMIT:
        note = f" … [cut at {XLSX_CELL_LIMIT:,} of {len(value):,} characters; the CSV export holds the full text]"
        value = value[:XLSX_CELL_LIMIT - len(note)] + note
    return value


def columns(*spec: str) -> tuple[Column, ...]:
    """Columns from "name" or "name:kind"; a name may itself hold ":" (only a known kind is split off)."""
    out = []
    for item in spec:
        name, _, kind = item.rpartition(":")
        out.append(Column(name, kind) if name and kind in KINDS else Column(item, TEXT))
    return tuple(out)


def _num(text: str | None) -> Decimal | None:
    if text in (None, ""):
        return None
    try:
        return Decimal(str(text).strip())
    except ArithmeticError:
        return None


def export_tables(data: ReportData) -> list[ExportTable]:
    measures = {m.code: m for m in data.measures}
    active = [b for b in data.bids if not b.withdrawn]
    scores, consensus, commitments = [], [], []
    for bid in active:
        for item in bid.items:
            for s in item.scores:
                scores.append((bid.identifier, bid.legal_name, item.code, item.title, s.member, s.value, s.abstained,
                               s.abstain_reason, s.rationale, s.evidence_refs, s.status, s.submitted_at))
            consensus.append((bid.identifier, bid.legal_name, item.code, item.title, item.kind, item.has_consensus,
                              item.consensus_value, _num(item.accepted), item.quantity_reason, item.consensus_rationale,
                              item.reached_by, ", ".join(item.present), item.recorded_by, item.recorded_at or None,
                              item.points, item.weight))
            if item.kind == "quantitative":
                committed, accepted = _num(item.committed), _num(item.accepted)
                difference = accepted - committed if committed is not None and accepted is not None else None
                commitments.append((bid.identifier, bid.legal_name, item.code, item.title, measures[item.code].unit or "",
                                    committed, accepted, difference, item.quantity_reason, item.page_refs))
    declarations = [(d.member, d.scope, d.interest, d.nature or "", d.details, d.declared_at, d.resolution or "",
                     d.resolution_note, d.resolved_by or "", d.resolved_at, not d.superseded)
                    for d in data.declarations]
    themes = data.results.themes
    results = [(b.rank, b.identifier, b.name, b.total, b.tender_points, b.disqualified, ", ".join(b.failed_thresholds),
                *b.themes) for b in data.results.ranking]
    measure_points = [(bid.identifier, bid.legal_name, item.code, item.title, item.value, item.points, item.weight)
                      for bid in active for item in bid.items]
    record_heads, record_cells = record_columns(data.record_fields)
    bid_rows = [(bid.identifier, bid.legal_name, bid.trading_name, bid.received_on, bid.withdrawn, bid.withdrawn_reason,
                 *record_cells(bid)) for bid in data.bids]
    return [
        ExportTable("scores", columns("bid_identifier", "bid_name", "measure_code", "measure_title", "evaluator",
                                    "score:int", "abstained:bool", "abstain_reason", "rationale", "evidence_refs",
                                    "status", "submitted_at_utc:time"), tuple(scores)),
        ExportTable("consensus", columns("bid_identifier", "bid_name", "measure_code", "measure_title", "kind",
                                       "agreed:bool", "consensus_score:int", "accepted_quantity:number",
                                       "quantity_reason", "rationale", "reached_by", "present", "recorded_by",
                                       "recorded_at_utc:time", "points:points", "weight:number"), tuple(consensus)),
        ExportTable("commitments", columns("bid_identifier", "bid_name", "measure_code", "measure_title", "unit",
                                         "committed_quantity:number", "accepted_quantity:number", "difference:number",
                                         "quantity_reason", "page_refs"), tuple(commitments)),
        ExportTable("declarations", columns("member", "scope", "interest", "nature", "details", "declared_at_utc:time",
                                          "resolution", "resolution_note", "resolved_by", "resolved_at_utc:time",
                                          "current:bool"), tuple(declarations)),
        ExportTable("results", columns("rank:int", "bid_identifier", "bid_name", "total:points", "tender_points:points",
                                     "disqualified:bool", "failed_thresholds")
                    + tuple(Column(f"{t.framework}: {t.theme} (of {t.available})", POINTS) for t in themes),
                    tuple(results)),
        ExportTable("bids", columns("bid_identifier", "bid_name", "trading_name", "received_on", "withdrawn:bool",
                                  "withdrawn_reason") + tuple(Column(h) for h in record_heads), tuple(bid_rows)),
        ExportTable("measure_points", columns("bid_identifier", "bid_name", "measure_code", "measure_title", "value:auto",
                                            "points:points", "weight:number"), tuple(measure_points)),
    ]


def record_columns(fields: tuple[RecordField, ...]) -> tuple[list[str], Callable[[BidDetail], list[str]]]:
    """The headers of a tender's record fields (each field's title, then "<title> — evidence" where it takes evidence;
    a title given twice gets its code) and a function giving a bid's cells under them: its answers' values joined by
    "; ", and their evidence ("value: evidence" for each of several answers)."""
    heads: list[str] = []
    for f in fields:
        title = f.title if f.title not in heads else f"{f.title} ({f.code})"
        heads += [title, f"{title} — evidence"] if f.evidence else [title]

    def cells(bid: BidDetail) -> list[str]:
        out = []
        for f in fields:
            given = answers_to(f, bid.records)
            out.append("; ".join(a.value for a in given))
            if f.evidence:
                out.append("; ".join(a.evidence if len(given) == 1 else f"{a.value}: {a.evidence}"
                                     for a in given if a.evidence))
        return out

    return heads, cells


def _time(value: Any) -> dt.datetime | None:
    if not value:
        return None
    try:
        moment = dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
    return moment.replace(microsecond=0)


def _typed(value: Any, kind: str) -> Any:
    """A value as the cell type its column declares: a number, true/false, a date-time, or text
    (as stored: each format protects it in its own way). A figure that is not a finite number
    (old data) stays text rather than becoming a cell no spreadsheet can read."""
    if value is None:
        return None
    if kind == TIME:
        return _time(value)
    if kind == BOOL:
        return bool(value)
    if kind == INT:
        return value if isinstance(value, int) else _num(str(value))
    if kind in (NUMBER, POINTS, AUTO):
        number = value if isinstance(value, Decimal) else _num(str(value))
        if number is not None and number.is_finite():
            return number
        return None if kind != AUTO and value in ("", None) else str(value)
    return str(value)


def _csv_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%dT%H:%M:%SZ")
    if isinstance(value, Decimal):
        return f"{value:f}"
    if isinstance(value, int):
        return str(value)
    return _SURROGATE.sub(REPLACEMENT, neutralise(str(value)))


def write_csv_folder(tables: list[ExportTable], folder: Path, *, steps: Steps | None = None) -> list[str]:
    """One `<table>.csv` per table in `folder`; returns the file names."""
    names = []
    for table in tables:
        name = f"{table.name}.csv"
        with open(Path(folder) / name, "w", encoding="utf-8-sig", newline="") as f:
            writer = csv.writer(f)
            writer.writerow([_csv_value(c.name) for c in table.columns])
            for row in table.rows:
                writer.writerow([_csv_value(_typed(v, c.kind)) for v, c in zip(row, table.columns)])
        names.append(name)
        if steps is not None:
            steps.step(f"Exported {table.name}")
    return names


def _xlsx_value(value: Any) -> Any:
    return xlsx_text(value) if isinstance(value, str) else value


def write_xlsx(tables: list[ExportTable], path: Path, *, steps: Steps | None = None) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=False)
    book.remove(book.active)
    bold = Font(bold=True)
    for table in tables:
        sheet = book.create_sheet(table.name[:31])
        sheet.append([xlsx_text(c.name) for c in table.columns])
        for cell in sheet[1]:
            cell.font = bold
            cell.data_type = "s"
        for row in table.rows:
            sheet.append([_xlsx_value(_typed(v, c.kind)) for v, c in zip(row, table.columns)])
        for index, column in enumerate(table.columns, start=1):
            letter = get_column_letter(index)
            for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
                if isinstance(cell.value, str):
                    # Text is text even if it looks like a formula: an explicit string cell, never run.
                    cell.data_type = "s"
                elif column.kind == TIME:
                    cell.number_format = "yyyy-mm-dd hh:mm:ss"
                elif column.kind == POINTS and cell.value is not None:
                    cell.number_format = POINTS_FORMAT
            sheet.column_dimensions[letter].width = 40 if column.name in ("rationale", "details") else 18
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = sheet.dimensions
        if steps is not None:
            steps.step(f"Exported {table.name}")
    book.save(path)
