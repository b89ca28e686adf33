"""The Portfolio window's tables as thin read-only models over the portfolio's views (the Vorta habit): each holds a
tuple of frozen views, names its columns once, and formats a cell only when Qt asks for it, so a portfolio of
thousands of tenders costs a tuple, never a widget per row. Money is shown as "£1,234.56", dates as "15 Jan 2027",
shares as "12.5%"."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from coopeval.domain.dates import date_text
from coopeval.domain.numbers import number_text, pence_to_text
from coopeval.services.portfolio.views import AreaShare, Conflict, MeasureTotal, ModelShare, PortfolioTender
from coopeval.ui.i18n import translate

_Index = QModelIndex | QPersistentModelIndex
V = TypeVar("V")

T_REFERENCE, T_TITLE, T_YEAR, T_AWARDED, T_VALUE, T_SUPPLIER, T_MODEL, T_DEMOCRATIC, T_COOP_BID, T_BIDS, T_STATUS, \
    T_CHAIN_PROMISED, T_CHAIN_DELIVERED, T_WORKSPACES = range(14)
M_CODE, M_TITLE, M_UNIT, M_TENDERS, M_PROMISED, M_DELIVERED, M_SHARE = range(7)
A_YEAR, A_AREA, A_TOTAL, A_DEMOCRATIC, A_UNMATCHED, A_SHARE = range(6)
O_MODEL, O_DEMOCRATIC, O_AMOUNT, O_SHARE = range(4)
C_REFERENCE, C_WORKSPACES, C_MESSAGE = range(3)

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def money(pence: int | None) -> str:
    return pence_to_text(pence) if pence is not None else "—"


def percent(share: str | None) -> str:
    """An exact share text ("12.5") as "12.5%"; nothing to divide by → "—"."""
    return f"{share}%" if share is not None else "—"


def figure(text: str | None, unit: str = "") -> str:
    if text is None:
        return "—"
    try:
        shown = number_text(text)
    except (ValueError, ArithmeticError):
        shown = text
    if unit in ("£", "GBP", "pounds"):
        return "£" + shown
    return f"{shown} {unit}".strip() if unit and unit != "%" else (shown + "%" if unit == "%" else shown)


class ViewTableModel(QAbstractTableModel, Generic[V]):
    """A read-only table of frozen views; subclasses name the headers, the cells and the right-aligned columns."""

    numeric: frozenset[int] = frozenset()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.rows: tuple[V, ...] = ()

    def set_rows(self, rows: Sequence[V]) -> None:
        self.beginResetModel()
        self.rows = tuple(rows)
        self.endResetModel()

    def headers(self) -> tuple[str, ...]:  # pragma: no cover - every table overrides it
        raise NotImplementedError

    def cells(self, row: V) -> tuple[str, ...]:  # pragma: no cover - every table overrides it
        raise NotImplementedError

    def tooltip(self, row: V, column: int) -> str | None:
        return None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable  # read only: nothing here changes a file

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cells(row)[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, col) or self.cells(row)[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col in self.numeric:
            return int(RIGHT.value)
        return None


def _yes_no(value: bool | None) -> str:
    if value is None:
        return translate("PortfolioModels", "not recorded")
    return translate("PortfolioModels", "yes") if value else translate("PortfolioModels", "no")


class TenderTableModel(ViewTableModel[PortfolioTender]):
    numeric = frozenset({T_VALUE, T_BIDS, T_CHAIN_PROMISED, T_CHAIN_DELIVERED})

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Reference"), self.tr("Title"), self.tr("Year"), self.tr("Award notice"), self.tr("Value"),
                self.tr("Winning bidder"), self.tr("Ownership model"), self.tr("Co-op or democratic"),
                self.tr("A co-op bid"), self.tr("Bids"), self.tr("Status"), self.tr("Supply chain promised"),
                self.tr("Supply chain delivered"), self.tr("Workspaces"))

    def cells(self, t: PortfolioTender) -> tuple[str, ...]:
        statuses = {"awarded": self.tr("awarded"), "in_delivery": self.tr("in delivery"), "closed": self.tr("closed")}
        return (t.reference, t.title, t.year, date_text(t.notice_date), money(t.value_pence), t.supplier,
                t.model or self.tr("not recorded"), _yes_no(t.democratic), _yes_no(t.coop_bid),
                str(t.bids), statuses.get(t.status, t.status), money(t.supply_chain_promised_pence),
                money(t.supply_chain_delivered_pence), ", ".join(t.workspaces))

    def tooltip(self, t: PortfolioTender, column: int) -> str | None:
        if column == T_SUPPLIER and t.legal_form:
            return self.tr("{name} (legal form: {form})").format(name=t.supplier, form=t.legal_form)
        if column == T_TITLE:
            return f"{t.title} — {t.authority}" if t.authority else t.title
        return None


class MeasureTableModel(ViewTableModel[MeasureTotal]):
    numeric = frozenset({M_TENDERS, M_PROMISED, M_DELIVERED, M_SHARE})

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Code"), self.tr("Measure"), self.tr("Unit"), self.tr("Tenders"), self.tr("Promised"),
                self.tr("Delivered"), self.tr("Delivered share"))

    def cells(self, m: MeasureTotal) -> tuple[str, ...]:
        return (m.code, m.title, m.unit, str(m.tenders), figure(m.promised, m.unit), figure(m.delivered, m.unit),
                percent(m.delivered_share))

    def tooltip(self, m: MeasureTotal, column: int) -> str | None:
        if column == M_PROMISED:
            return self.tr("Lower is better") if m.direction == "lower" else self.tr("Higher is better")
        return None


class AreaTableModel(ViewTableModel[AreaShare]):
    numeric = frozenset({A_TOTAL, A_DEMOCRATIC, A_UNMATCHED, A_SHARE})

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Year"), self.tr("Expense area"), self.tr("Spend"), self.tr("Co-op or democratic"),
                self.tr("Unmatched"), self.tr("Share"))

    def cells(self, a: AreaShare) -> tuple[str, ...]:
        return (a.year, a.area or self.tr("not given"), money(a.total_pence), money(a.democratic_pence),
                money(a.unmatched_pence), percent(a.share))


class ModelShareTableModel(ViewTableModel[ModelShare]):
    numeric = frozenset({O_AMOUNT, O_SHARE})

    def headers(self) -> tuple[str, ...]:
        return self.tr("Ownership model"), self.tr("Co-op or democratic"), self.tr("Amount"), self.tr("Share")

    def cells(self, m: ModelShare) -> tuple[str, ...]:
        return m.model, _yes_no(m.democratic), money(m.pence), percent(m.share)


class ConflictTableModel(ViewTableModel[Conflict]):
    def headers(self) -> tuple[str, ...]:
        return self.tr("Reference"), self.tr("Workspaces"), self.tr("What differs")

    def cells(self, c: Conflict) -> tuple[str, ...]:
        return c.reference, ", ".join(c.workspaces), c.message
