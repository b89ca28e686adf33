"""Exports of the evaluation record for spreadsheets: individual scores with rationales, consensus,
commitments and accepted quantities, declarations, results.

XLSX: one sheet per table, typed cells (numbers, true/false, UTC date-times), frozen header row.
CSV: one UTF-8 file per table (with a byte-order mark so Excel reads the accents), a header row,
in a folder; several tables with different columns do not fit one honest CSV.

Text a user typed that starts like a formula (=, +, -, @, or a tab or carriage return) is
neutralised with a leading apostrophe in both formats, so no spreadsheet ever runs it. Numbers
are written as numbers and never neutralised.
"""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from coopeval.domain.progress import Steps
from coopeval.reporting.data import ReportData

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
TEXT, INT, NUMBER, BOOL, TIME = "text", "int", "number", "bool", "time"


@dataclass(frozen=True)
class Column:
    name: str
    kind: str = TEXT


@dataclass(frozen=True)
class ExportTable:
    name: str  # file and sheet name
    columns: tuple[Column, ...]
    rows: tuple[tuple[Any, ...], ...]


def neutralise(value: str) -> str:
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def _cols(*spec: str) -> tuple[Column, ...]:
    out = []
    for item in spec:
        name, _, kind = item.partition(":")
        out.append(Column(name, kind or TEXT))
    return tuple(out)


def _num(text: str | None) -> Decimal | None:
    if text in (None, ""):
        return None
    try:
        return Decimal(text)
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
    return [
        ExportTable("scores", _cols("bid_identifier", "bid_name", "measure_code", "measure_title", "evaluator",
                                    "score:int", "abstained:bool", "abstain_reason", "rationale", "evidence_refs",
                                    "status", "submitted_at_utc:time"), tuple(scores)),
        ExportTable("consensus", _cols("bid_identifier", "bid_name", "measure_code", "measure_title", "kind",
                                       "agreed:bool", "consensus_score:int", "accepted_quantity:number",
                                       "quantity_reason", "rationale", "reached_by", "present", "recorded_by",
                                       "recorded_at_utc:time", "points:number", "weight:number"), tuple(consensus)),
        ExportTable("commitments", _cols("bid_identifier", "bid_name", "measure_code", "measure_title", "unit",
                                         "committed_quantity:number", "accepted_quantity:number", "difference:number",
                                         "quantity_reason", "page_refs"), tuple(commitments)),
        ExportTable("declarations", _cols("member", "scope", "interest", "nature", "details", "declared_at_utc:time",
                                          "resolution", "resolution_note", "resolved_by", "resolved_at_utc:time",
                                          "current:bool"), tuple(declarations)),
        ExportTable("results", _cols("rank:int", "bid_identifier", "bid_name", "total:number", "tender_points:number",
                                     "disqualified:bool", "failed_thresholds",
                                     *(f"{t.framework}: {t.theme} (of {t.available}):number" for t in themes)),
                    tuple(results)),
        ExportTable("measure_points", _cols("bid_identifier", "bid_name", "measure_code", "measure_title", "value",
                                            "points:number", "weight:number"), tuple(measure_points)),
    ]


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
    """A value as the cell type its column declares; text neutralised."""
    if value is None:
        return None
    if kind == TIME:
        return _time(value)
    if kind == BOOL:
        return bool(value)
    if kind == INT:
        return int(value)
    if kind == NUMBER:
        return value if isinstance(value, Decimal) else _num(str(value))
    return neutralise(str(value))


def _csv_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%dT%H:%M:%SZ")
    if isinstance(value, Decimal):
        return f"{value:f}"
    return str(value)


def write_csv_folder(tables: list[ExportTable], folder: Path, *, steps: Steps | None = None) -> list[str]:
    """One `<table>.csv` per table in `folder`; returns the file names."""
    names = []
    for table in tables:
        name = f"{table.name}.csv"
        with open(Path(folder) / name, "w", encoding="utf-8-sig", newline="") as f:
            writer = csv.writer(f)
            writer.writerow([c.name for c in table.columns])
            for row in table.rows:
                writer.writerow([_csv_value(_typed(v, c.kind)) for v, c in zip(row, table.columns)])
        names.append(name)
        if steps is not None:
            steps.step(f"Exported {table.name}")
    return names


def write_xlsx(tables: list[ExportTable], path: Path, *, steps: Steps | None = None) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=False)
    book.remove(book.active)
    bold = Font(bold=True)
    for table in tables:
        sheet = book.create_sheet(table.name[:31])
        sheet.append([c.name for c in table.columns])
        for cell in sheet[1]:
            cell.font = bold
            cell.data_type = "s"
        for row in table.rows:
            sheet.append([_typed(v, c.kind) for v, c in zip(row, table.columns)])
        for index, column in enumerate(table.columns, start=1):
            letter = get_column_letter(index)
            if column.kind == TEXT:
                # A text cell is text even if it looks like something else: never a formula.
                for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
                    if cell.value is not None:
                        cell.data_type = "s"
            elif column.kind == TIME:
                for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
                    cell.number_format = "yyyy-mm-dd hh:mm:ss"
            sheet.column_dimensions[letter].width = 40 if column.name in ("rationale", "details") else 18
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = sheet.dimensions
        if steps is not None:
            steps.step(f"Exported {table.name}")
    book.save(path)
