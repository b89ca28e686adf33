"""The Delivery page's grid: a row per contract commitment, a column per reporting period (financial quarter, a short
first or last one marked), each cell what the supplier reported (a figure, or yes / no / partly) and the officer's
check on it in a mark and a word as well as a colour; a period that ended with nothing reported says "Overdue"."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from coopeval.domain.dates import date_text
from coopeval.domain.periods import Period, period_text
from coopeval.services.delivery.views import CommitmentView, DeliveryView
from coopeval.ui.delivery import palette

Index = QModelIndex | QPersistentModelIndex
ANSWERS = {"yes": "Yes", "no": "No", "partly": "Partly"}
CHECK_WORDS = {"accepted": "Accepted", "queried": "Queried", "rejected": "Rejected", "pending": "Pending"}


def reported_text(entry: DeliveryView, unit: str | None = None) -> str:
    """What the supplier reported, as the grid and lists show it."""
    if entry.answer:
        return ANSWERS.get(entry.answer, entry.answer)
    if entry.actual is None:
        return "—"
    return f"{entry.actual} {unit or ''}".strip()


def check_text(check: str) -> str:
    swatch = palette.CHECKS.get(check, palette.CHECKS["pending"])
    return f"{swatch.mark} {CHECK_WORDS.get(check, check)}"


def commitment_name(c: CommitmentView) -> str:
    """The code and what the commitment is: the measure's title for a figure, the lifted commitment itself for a
    qualitative one (several may come from one measure)."""
    what = c.text if c.kind == "qualitative" else (c.title or c.text)
    return f"{c.code}  {what}".strip()


def promised_text(c: CommitmentView) -> str:
    if c.target is None:
        return "—"
    direction = " or fewer" if c.direction == "lower" else ""
    return f"{c.target} {c.unit or ''}".strip() + direction


@dataclass(frozen=True)
class GridData:
    commitments: tuple[CommitmentView, ...]
    periods: tuple[Period, ...]
    entries: dict[tuple[int, str], DeliveryView]
    overdue: frozenset[tuple[int, str]]


class DeliveryGridModel(QAbstractTableModel):
    """A row per commitment (its header names it and what it promised, so it stays in view as the periods scroll),
    a column per period."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.data_ = GridData((), (), {}, frozenset())

    def set_data(self, data: GridData) -> None:
        self.beginResetModel()
        self.data_ = data
        self.endResetModel()

    # where things are ---------------------------------------------------------------------------
    def commitment_at(self, row: int) -> CommitmentView | None:
        rows = self.data_.commitments
        return rows[row] if 0 <= row < len(rows) else None

    def period_at(self, column: int) -> Period | None:
        periods = self.data_.periods
        return periods[column] if 0 <= column < len(periods) else None

    def entry_at(self, row: int, column: int) -> DeliveryView | None:
        c, p = self.commitment_at(row), self.period_at(column)
        return self.data_.entries.get((c.id, p.key)) if c is not None and p is not None else None

    def is_overdue(self, row: int, column: int) -> bool:
        c, p = self.commitment_at(row), self.period_at(column)
        return c is not None and p is not None and (c.id, p.key) in self.data_.overdue

    def row_of(self, commitment_id: int) -> int:
        return next((i for i, c in enumerate(self.data_.commitments) if c.id == commitment_id), -1)

    def column_of(self, period: str) -> int:
        return next((i for i, p in enumerate(self.data_.periods) if p.key == period), -1)

    # Qt's side ----------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's name and default
        return 0 if parent.isValid() else len(self.data_.commitments)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else (len(self.data_.periods) if self.data_.commitments else 0)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Vertical:
            return self.commitment_header(section, role)
        period = self.period_at(section)
        if period is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return period.key + ("\n" + self.tr("short") if period.short else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            text = period_text(period.key)
            if period.short:
                text += self.tr(" — a short period: %1 to %2").replace("%1", date_text(period.first)).replace(
                    "%2", date_text(period.last))
            return text
        return None

    def commitment_header(self, row: int, role: int) -> Any:
        c = self.commitment_at(row)
        if c is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            kpi = self.tr("KPI · ") if c.s52_kpi else ""
            return kpi + commitment_name(c) + "\n" + self.tr("Promised: %1").replace("%1", promised_text(c))
        if role == Qt.ItemDataRole.ToolTipRole:
            return c.text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def cell_text(self, row: int, column: int) -> str:
        c = self.commitment_at(row)
        if c is None:
            return ""
        entry = self.entry_at(row, column)
        if entry is not None:
            n = entry.evidence_files
            files = "" if not n else self.tr(" · 1 file") if n == 1 else self.tr(" · %1 files").replace("%1", str(n))
            return reported_text(entry, c.unit) + files + "\n" + self.tr(check_text(entry.check))
        if self.is_overdue(row, column):
            return self.tr("—\n%1 Overdue").replace("%1", palette.OVERDUE.mark)
        return "—"

    def swatch(self, row: int, column: int) -> palette.Swatch | None:
        entry = self.entry_at(row, column)
        if entry is not None:
            return palette.CHECKS.get(entry.check, palette.CHECKS["pending"])
        return palette.OVERDUE if self.is_overdue(row, column) else palette.NOT_DUE

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(row, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            c, period = self.commitment_at(row), self.period_at(column)
            where = f"{c.code} {period.key}: " if c is not None and period is not None else ""
            return where + self.cell_text(row, column).replace("\n", ", ")
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            swatch = self.swatch(row, column)
            if swatch is None:
                return None
            colour = swatch.background if role == Qt.ItemDataRole.BackgroundRole else swatch.text
            return QBrush(QColor(colour))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _tip(self, row: int, column: int) -> str:
        c = self.commitment_at(row)
        if c is None:
            return ""
        entry = self.entry_at(row, column)
        if entry is None:
            return self.tr("Nothing reported; the period has ended.") if self.is_overdue(row, column) else ""
        lines = [self.tr("Reported: %1").replace("%1", reported_text(entry, c.unit)),
                 self.tr("Check: %1").replace("%1", self.tr(check_text(entry.check)))]
        if entry.check_reason:
            lines.append(self.tr("Reason: %1").replace("%1", entry.check_reason))
        if entry.evidence_refs:
            lines.append(self.tr("Evidence: %1").replace("%1", entry.evidence_refs))
        if entry.evidence_files:
            lines.append(self.tr("%n evidence file(s) attached", "", entry.evidence_files))
        if entry.note:
            lines.append(self.tr("Note: %1").replace("%1", entry.note))
        return "\n".join(lines)
