"""The portfolio as a spreadsheet (issue 20): a sheet per table, header rows frozen, money as numbers in £ (pence
divided by 100, formatted "£#,##0.00"), shares as numbers with one decimal place, dates as dates shown the UK way,
every text as text (never a formula)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

from coopeval.reporting.exports import xlsx_text

MONEY = '"£"#,##0.00;-"£"#,##0.00'
SHARE = "0.0"
UK_DATE = "dd/mm/yyyy"
M, S, D = "money", "share", "date"  # column kinds beside plain text and numbers


def _share(value: str | None) -> Decimal | None:
    return Decimal(value) if value not in (None, "") else None


def _pounds(pence: int | None) -> Decimal | None:
    return Decimal(pence) / 100 if pence is not None else None


def _flag(value: bool | None) -> str:
    return "" if value is None else "yes" if value else "no"


def sheets(view: Any, headline: list[str]) -> list[tuple[str, list[tuple[str, str]], list[tuple[Any, ...]]]]:
    """(sheet name, [(column title, kind)], rows) for every table of the portfolio."""
    about = [(line,) for line in headline] + [("",), ("Workspaces: " + ", ".join(view.workspaces),),
                                               (f"Year: {view.year or 'all years'}",),
                                               (f"Baseline: {view.baseline or 'none'}",)]
    return [
        ("Summary", [("The answer", "")], about),
        ("Awards by year", [("Year", ""), ("Tenders", ""), ("Awarded", M), ("To co-operative and democratic", M),
                            ("Share %", S), ("Co-op bid in", ""), ("Co-op won", "")],
         [(a.year, a.tenders, _pounds(a.value_pence), _pounds(a.democratic_pence), _share(a.share),
           a.coop_bid_tenders, a.coop_won_tenders) for a in view.award_years]),
        ("Awards by model", [("Year", ""), ("Ownership model", ""), ("Counted as democratic", ""), ("Awarded", M),
                             ("Share %", S)],
         [(a.year, m.model, _flag(m.democratic), _pounds(m.pence), _share(m.share))
          for a in view.award_years for m in a.by_model]),
        ("Spend by year", [("Year", ""), ("Total", M), ("Co-operative and democratic", M), ("Share %", S),
                           ("Not co-op", M), ("Awaiting review", M), ("Not yet matched", M), ("Lines", "")],
         [(s.year, _pounds(s.total_pence), _pounds(s.democratic_pence), _share(s.share),
           _pounds(s.not_democratic_pence), _pounds(s.awaiting_pence), _pounds(s.unmatched_pence), s.lines)
          for s in view.spend_years]),
        ("Spend by area", [("Year", ""), ("Expense area", ""), ("Total", M), ("Co-operative and democratic", M),
                           ("Share %", S), ("Not yet matched", M)],
         [(a.year, a.area or "not given", _pounds(a.total_pence), _pounds(a.democratic_pence), _share(a.share),
           _pounds(a.unmatched_pence)) for a in view.spend_areas]),
        ("Spend by model", [("Ownership model", ""), ("Counted as democratic", ""), ("Spend", M), ("Share %", S)],
         [(m.model, _flag(m.democratic), _pounds(m.pence), _share(m.share)) for m in view.spend_models]),
        ("Trend", [("Year", ""), ("Award share %", S), ("Award change (points)", S), ("Spend share %", S),
                   ("Spend change (points)", S)],
         [(t.year, _share(t.award_share), _share(t.award_change), _share(t.spend_share), _share(t.spend_change))
          for t in view.trend]),
        ("Tenders", [("Reference", ""), ("Title", ""), ("Authority", ""), ("Award notice", D), ("Year", ""),
                     ("Value", M), ("Winner", ""), ("Legal form", ""), ("Ownership model", ""),
                     ("Counted as democratic", ""), ("Co-op bid", ""), ("Bids", ""), ("Status", ""),
                     ("CV-CC-01 promised", M), ("CV-CC-01 delivered", M), ("Workspaces", "")],
         [(t.reference, t.title, t.authority, dt.date.fromisoformat(t.notice_date), t.year, _pounds(t.value_pence),
           t.supplier, t.legal_form, t.model, _flag(t.democratic), _flag(t.coop_bid), t.bids, t.status,
           _pounds(t.supply_chain_promised_pence), _pounds(t.supply_chain_delivered_pence), ", ".join(t.workspaces))
          for t in view.tenders]),
        ("Promised and delivered", [("Measure", ""), ("Title", ""), ("Unit", ""), ("Direction", ""), ("Tenders", ""),
                                    ("Promised", ""), ("Delivered", ""), ("Delivered share %", S)],
         [(m.code, m.title, m.unit, m.direction, m.tenders, Decimal(m.promised),
           Decimal(m.delivered) if m.delivered is not None else None, _share(m.delivered_share))
          for m in view.measures]),
        ("Conflicts", [("Tender", ""), ("Workspaces", ""), ("What differs", "")],
         [(c.reference, ", ".join(c.workspaces), c.message) for c in view.conflicts]),
        ("Notes", [("Note", "")], [(n,) for n in view.notes]),
    ]


def write_portfolio_xlsx(view: Any, out: Path, *, headline: list[str]) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    book.remove(book.active)
    bold = Font(bold=True)
    for name, columns, rows in sheets(view, headline):
        sheet = book.create_sheet(name)
        sheet.append([xlsx_text(title) for title, _ in columns])
        for cell in sheet[1]:
            cell.font = bold
        for row in rows:
            sheet.append([xlsx_text(v) if isinstance(v, str) else v for v in row])
            for cell, (_, kind) in zip(sheet[sheet.max_row], columns):
                if isinstance(cell.value, str):
                    cell.data_type = "s"
                elif kind == M:
                    cell.number_format = MONEY
                elif kind == S:
                    cell.number_format = SHARE
                elif kind == D:
                    cell.number_format = UK_DATE
        for index, (title, _) in enumerate(columns, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = 100 if name in ("Summary", "Notes") else max(
                14, min(40, len(title) + 4))
        sheet.freeze_panes = "A2"
    book.save(out)
