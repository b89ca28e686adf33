"""Thin table models for the Spend and registers window: the review queue (one row per candidate), suppliers, spend
imports and register imports. Each holds the service's views as given and works out a cell's text when asked."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt

from coopeval.domain.dates import date_text
from coopeval.domain.numbers import number_text, pence_to_text
from coopeval.services.registers.views import (
    EntryView,
    MatchView,
    RegisterImportView,
    ReviewItem,
    SupplierView,
)
from coopeval.services.spend.views import SpendImportView

R = TypeVar("R")
_Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's view (a ReviewRow, SupplierView, …)


def _tr(text: str) -> str:
    return QCoreApplication.translate("SpendTables", text)


def kind_label(kind: str) -> str:
    """A register kind as officers know it."""
    return {"coops-uk": _tr("Co-operatives UK"), "fca-mutuals": _tr("FCA Mutuals"),
            "custom": _tr("Own list")}.get(kind, kind)


def status_label(status: str) -> str:
    return {"democratic": _tr("Co-operative or democratic"), "not-democratic": _tr("Not democratic"),
            "awaiting-review": _tr("Awaiting review"), "unmatched": _tr("Not matched"),
            "applied": _tr("Applied"), "candidate": _tr("Candidate"), "rejected": _tr("Rejected"),
            "replaced": _tr("Replaced")}.get(status, status)


def method_label(method: str) -> str:
    return {"number": _tr("Same register number"), "name": _tr("Same name"), "fuzzy": _tr("Similar name, accepted"),
            "picked": _tr("Picked by hand"), "hand": _tr("Set by hand")}.get(method, method)


def when_text(stamp: str | None) -> str:
    """A stored date or date-time as a UK date: '7 Dec 2026'."""
    return date_text((stamp or "")[:10]) if stamp else ""


def count_text(n: int) -> str:
    return number_text(n)


@dataclass(frozen=True)
class Column(Generic[R]):
    header: str
    cell: Callable[[R], str]
    numeric: bool = False
    tooltip: str = ""


@dataclass(frozen=True)
class ReviewRow:
    """One candidate of one supplier in the review queue."""

    item: ReviewItem
    candidate: MatchView
    first: bool  # the supplier's first (best) candidate: its row shows the supplier's spend


class ViewTableModel(QAbstractTableModel, Generic[R]):
    """A read-only table over a list of views; `columns` names what each column shows."""

    columns: Sequence[Column[R]] = ()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.rows: list[R] = []

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row(self, index: int) -> R | None:
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.columns[section].tooltip or None
        return None

    def text(self, row: int, column: int) -> str:
        return self.columns[column].cell(self.rows[row])

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(index.row(), index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[index.column()].numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ROW_ROLE:
            return self.rows[index.row()]
        return None


def _entry(match: MatchView, part: Callable[[EntryView], str]) -> str:
    return part(match.entry) if match.entry is not None else ""


def _candidate_status(row: ReviewRow) -> str:
    entry = row.candidate.entry
    if entry is not None and not entry.live:
        gone = when_text(entry.dissolved_on)
        return _tr("Candidate — dissolved %1").replace("%1", gone) if gone else _tr("Candidate — dissolved")
    return status_label(row.candidate.status)


class ReviewModel(ViewTableModel[ReviewRow]):
    SUPPLIER, SPEND, CANDIDATE, NUMBER, SCORE, REGISTER, STATUS = range(7)
    columns = (
        Column(_tr("Supplier"), lambda r: r.item.supplier_name),
        Column(_tr("Spend"), lambda r: pence_to_text(r.item.spend_pence), True, _tr("All the supplier's spend")),
        Column(_tr("Candidate"), lambda r: _entry(r.candidate, lambda e: e.name + (
            f" ({e.trading_name})" if e.trading_name and e.trading_name != e.name else "")),
            tooltip=_tr("The register entry proposed for this supplier")),
        Column(_tr("Number"), lambda r: _entry(r.candidate, lambda e: e.number)),
        Column(_tr("Score"), lambda r: "" if r.candidate.score is None else str(r.candidate.score), True,
               _tr("How alike the names are, out of 100")),
        Column(_tr("Register"), lambda r: _entry(r.candidate, lambda e: kind_label(e.kind))),
        Column(_tr("Status"), _candidate_status),
    )

    def set_queue(self, items: Sequence[ReviewItem]) -> None:
        self.set_rows([ReviewRow(item, c, i == 0) for item in items for i, c in enumerate(item.candidates)])

    def row_of_match(self, match_id: int) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.candidate.id == match_id), None)

    def row_of_supplier(self, supplier_key: str) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.item.supplier_key == supplier_key), None)

    def suppliers(self) -> int:
        return len({r.item.supplier_key for r in self.rows})


class SuppliersModel(ViewTableModel[SupplierView]):
    SUPPLIER, NUMBER, LINES, SPEND, STATUS, MODEL, HOW = range(7)
    columns = (
        Column(_tr("Supplier"), lambda s: s.supplier_name),
        Column(_tr("Company number"), lambda s: s.company_number),
        Column(_tr("Lines"), lambda s: count_text(s.lines), True, _tr("Payments to it in the spend files")),
        Column(_tr("Spend"), lambda s: pence_to_text(s.spend_pence), True),
        Column(_tr("Status"), lambda s: status_label(s.status)),
        Column(_tr("Ownership model"), lambda s: s.model),
        Column(_tr("How decided"), lambda s: _how(s)),
    )

    def row_of_supplier(self, supplier_key: str) -> int | None:
        return next((i for i, s in enumerate(self.rows) if s.supplier_key == supplier_key), None)


def _how(s: SupplierView) -> str:
    if s.applied is None:
        return ""
    text = method_label(s.applied.method)
    if s.applied.entry is not None:
        text += f": {s.applied.entry.name} ({kind_label(s.applied.entry.kind)} {s.applied.entry.number})"
    return text


class SpendImportsModel(ViewTableModel[SpendImportView]):
    FILE, IMPORTED, BY, ADDED, ALREADY, REFUSED, AMOUNT, PAID = range(8)
    columns = (
        Column(_tr("File"), lambda v: v.file_name),
        Column(_tr("Imported"), lambda v: when_text(v.imported_at)),
        Column(_tr("By"), lambda v: v.imported_by),
        Column(_tr("Lines added"), lambda v: count_text(v.lines_added), True),
        Column(_tr("Already held"), lambda v: count_text(v.lines_already), True,
               _tr("Lines already in the workspace from an earlier file")),
        Column(_tr("Left out"), lambda v: count_text(v.lines_refused), True,
               _tr("Lines with problems, left out when the file was imported")),
        Column(_tr("Amount added"), lambda v: pence_to_text(v.added_pence), True),
        Column(_tr("Paid"), lambda v: _span(v.first_paid, v.last_paid), tooltip=_tr("First and last payment dates")),
    )


def _span(first: str | None, last: str | None) -> str:
    if not first:
        return ""
    return when_text(first) if first == last or not last else f"{when_text(first)} – {when_text(last)}"


class RegisterImportsModel(ViewTableModel[RegisterImportView]):
    REGISTER, FILE, SOURCE, ENTRIES, LIVE, IMPORTED, BY, CURRENT = range(8)
    columns = (
        Column(_tr("Register"), lambda v: kind_label(v.kind)),
        Column(_tr("File"), lambda v: v.file_name),
        Column(_tr("Source"), lambda v: v.source),
        Column(_tr("Entries"), lambda v: count_text(v.entries), True),
        Column(_tr("Live"), lambda v: count_text(v.live_entries), True, _tr("Entries not dissolved")),
        Column(_tr("Imported"), lambda v: when_text(v.imported_at)),
        Column(_tr("By"), lambda v: v.imported_by),
        Column(_tr("In use"), lambda v: _tr("Yes") if v.current else _tr("No, replaced"),
               tooltip=_tr("Suppliers are matched against the latest import of each register")),
    )


class EntriesModel(ViewTableModel[EntryView]):
    NAME, TRADING, NUMBER, REGISTER, MODEL, STATE = range(6)
    columns = (
        Column(_tr("Name"), lambda e: e.name),
        Column(_tr("Trading name"), lambda e: e.trading_name),
        Column(_tr("Number"), lambda e: e.number),
        Column(_tr("Register"), lambda e: kind_label(e.kind)),
        Column(_tr("Ownership model"), lambda e: e.model),
        Column(_tr("State"), lambda e: _tr("Live") if e.live else (
            _tr("Dissolved %1").replace("%1", when_text(e.dissolved_on)) if e.dissolved_on else _tr("Dissolved"))),
    )
