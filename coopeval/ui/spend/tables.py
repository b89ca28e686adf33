"""Thin table models for the Spend and registers window: the review queue (one row per candidate), suppliers, spend
imports and register imports. Each holds the service's views as given and works out a cell's text when asked."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

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
from coopeval.ui.i18n import QT_TRANSLATE_NOOP, translate

R = TypeVar("R")
_Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's view (a ReviewRow, SupplierView, …)


CONTEXT = "SpendTables"  # the context of this module's texts (headers are translated when shown)


def kind_label(kind: str) -> str:
    """A register kind as officers know it."""
    return {"coops-uk": translate("SpendTables", "Co-operatives UK"),
            "fca-mutuals": translate("SpendTables", "FCA Mutuals"),
            "custom": translate("SpendTables", "Own list")}.get(kind, kind)


def status_label(status: str) -> str:
    return {"democratic": translate("SpendTables", "Co-operative or democratic"),
            "not-democratic": translate("SpendTables", "Not democratic"),
            "awaiting-review": translate("SpendTables", "Awaiting review"),
            "unmatched": translate("SpendTables", "Not matched"),
            "applied": translate("SpendTables", "Applied"), "candidate": translate("SpendTables", "Candidate"),
            "rejected": translate("SpendTables", "Rejected"),
            "replaced": translate("SpendTables", "Replaced")}.get(status, status)


def method_label(method: str) -> str:
    return {"number": translate("SpendTables", "Same register number"),
            "name": translate("SpendTables", "Same name"),
            "fuzzy": translate("SpendTables", "Similar name, accepted"),
            "picked": translate("SpendTables", "Picked by hand"),
            "hand": translate("SpendTables", "Set by hand")}.get(method, method)


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
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return translate(CONTEXT, column.header)  # i18n: no - marked where the columns are defined
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate(CONTEXT, column.tooltip) if column.tooltip else None  # i18n: no
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
        return (translate("SpendTables", "Candidate — dissolved {date}").format(date=gone) if gone
                else translate("SpendTables", "Candidate — dissolved"))
    return status_label(row.candidate.status)


class ReviewModel(ViewTableModel[ReviewRow]):
    SUPPLIER, SPEND, CANDIDATE, NUMBER, SCORE, REGISTER, STATUS = range(7)
    columns = (
        Column(QT_TRANSLATE_NOOP("SpendTables", "Supplier"), lambda r: r.item.supplier_name),
        Column(QT_TRANSLATE_NOOP("SpendTables", "Spend"), lambda r: pence_to_text(r.item.spend_pence), True,
               QT_TRANSLATE_NOOP("SpendTables", "All the supplier's spend")),
        Column(QT_TRANSLATE_NOOP("SpendTables", "Candidate"), lambda r: _entry(r.candidate, lambda e: e.name + (
            f" ({e.trading_name})" if e.trading_name and e.trading_name != e.name else "")),
            tooltip=QT_TRANSLATE_NOOP("SpendTables", "The register entry proposed for this supplier")),
        Column(QT_TRANSLATE_NOOP("SpendTables", "Number"), lambda r: _entry(r.candidate, lambda e: e.number)),
        Column(QT_TRANSLATE_NOOP("SpendTables", "Score"),
               lambda r: "" if r.candidate.score is None else str(r.candidate.score), True,
               QT_TRANSLATE_NOOP("SpendTables", "How alike the names are, out of 100")),
        Column(QT_TRANSLATE_NOOP("SpendTables", "Register"),
               lambda r: _entry(r.candidate, lambda e: kind_label(e.kind))),
        Column(QT_TRANSLATE_NOOP("SpendTables", "Status"), _candidate_status),
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
        Column(QT_TRANSLATE_NOOP("SpendTables", "Supplier"), lambda s: s.supplier_name),
        Column(QT_TRANSLATE_NOOP("SpendTables", "Company number"), lambda s: s.company_number),
        Column(QT_TRANSLATE_NOOP("SpendTables", "Lines"), lambda s: count_text(s.lines), True,
               QT_TRANSLATE_NOOP("SpendTables", "Payments to it in the spend files")),
        Column(QT_TRANSLATE_NOOP("SpendTables", "Spend"), lambda s: pence_to_text(s.spend_pence), True),
        Column(QT_TRANSLATE_NOOP("SpendTables", "Status"), lambda s: status_label(s.status)),
        Column(QT_TRANSLATE_NOOP("SpendTables", "Ownership model"), lambda s: s.model),
        Column(QT_TRANSLATE_NOOP("SpendTables", "How decided"), lambda s: _how(s)),
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
        Column(QT_TRANSLATE_NOOP("SpendTables", "File"), lambda v: v.file_name),
        Column(QT_TRANSLATE_NOOP("SpendTables", "Imported"), lambda v: when_text(v.imported_at)),
        Column(QT_TRANSLATE_NOOP("SpendTables", "By"), lambda v: v.imported_by),
        Column(QT_TRANSLATE_NOOP("SpendTables", "Lines added"), lambda v: count_text(v.lines_added), True),
        Column(QT_TRANSLATE_NOOP("SpendTables", "Already held"), lambda v: count_text(v.lines_already), True,
               QT_TRANSLATE_NOOP("SpendTables", "Lines already in the workspace from an earlier file")),
        Column(QT_TRANSLATE_NOOP("SpendTables", "Left out"), lambda v: count_text(v.lines_refused), True,
               QT_TRANSLATE_NOOP("SpendTables", "Lines with problems, left out when the file was imported")),
        Column(QT_TRANSLATE_NOOP("SpendTables", "Amount added"), lambda v: pence_to_text(v.added_pence), True),
        Column(QT_TRANSLATE_NOOP("SpendTables", "Paid"), lambda v: _span(v.first_paid, v.last_paid),
               tooltip=QT_TRANSLATE_NOOP("SpendTables", "First and last payment dates")),
    )


def _span(first: str | None, last: str | None) -> str:
    if not first:
        return ""
    return when_text(first) if first == last or not last else f"{when_text(first)} – {when_text(last)}"


class RegisterImportsModel(ViewTableModel[RegisterImportView]):
    REGISTER, FILE, SOURCE, ENTRIES, LIVE, IMPORTED, BY, CURRENT = range(8)
    columns = (
        Column(QT_TRANSLATE_NOOP("SpendTables", "Register"), lambda v: kind_label(v.kind)),
        Column(QT_TRANSLATE_NOOP("SpendTables", "File"), lambda v: v.file_name),
        Column(QT_TRANSLATE_NOOP("SpendTables", "Source"), lambda v: v.source),
        Column(QT_TRANSLATE_NOOP("SpendTables", "Entries"), lambda v: count_text(v.entries), True),
        Column(QT_TRANSLATE_NOOP("SpendTables", "Live"), lambda v: count_text(v.live_entries), True,
               QT_TRANSLATE_NOOP("SpendTables", "Entries not dissolved")),
        Column(QT_TRANSLATE_NOOP("SpendTables", "Imported"), lambda v: when_text(v.imported_at)),
        Column(QT_TRANSLATE_NOOP("SpendTables", "By"), lambda v: v.imported_by),
        Column(QT_TRANSLATE_NOOP("SpendTables", "In use"),
               lambda v: translate("SpendTables", "Yes") if v.current else translate("SpendTables", "No, replaced"),
               tooltip=QT_TRANSLATE_NOOP("SpendTables",
                                         "Suppliers are matched against the latest import of each register")),
    )


def _state(e: EntryView) -> str:
    if e.live:
        return translate("SpendTables", "Live")
    if e.dissolved_on:
        return translate("SpendTables", "Dissolved {date}").format(date=when_text(e.dissolved_on))
    return translate("SpendTables", "Dissolved")


class EntriesModel(ViewTableModel[EntryView]):
    NAME, TRADING, NUMBER, REGISTER, MODEL, STATE = range(6)
    columns = (
        Column(QT_TRANSLATE_NOOP("SpendTables", "Name"), lambda e: e.name),
        Column(QT_TRANSLATE_NOOP("SpendTables", "Trading name"), lambda e: e.trading_name),
        Column(QT_TRANSLATE_NOOP("SpendTables", "Number"), lambda e: e.number),
        Column(QT_TRANSLATE_NOOP("SpendTables", "Register"), lambda e: kind_label(e.kind)),
        Column(QT_TRANSLATE_NOOP("SpendTables", "Ownership model"), lambda e: e.model),
        Column(QT_TRANSLATE_NOOP("SpendTables", "State"), lambda e: _state(e)),
    )
