"""The Delivery page's grid: a row per contract commitment, a column per reporting period (financial quarter, a short
first or last one marked), each cell what the supplier reported (a figure, or yes / no / partly) and the officer's
check on it in a mark and a word as well as a colour; a period that ended with nothing reported says "Overdue"."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from coopeval.domain import ratings
from coopeval.domain.dates import date_text
from coopeval.domain.periods import Period, period_text
from coopeval.services.delivery.views import CommitmentView, DeliveryView
from coopeval.ui.delivery import palette
from coopeval.ui.i18n import QT_TRANSLATE_NOOP, translate

Index = QModelIndex | QPersistentModelIndex
CONTEXT = "DeliveryGrid"  # the context of the words below (marked here, translated where shown)
ANSWERS = {"yes": QT_TRANSLATE_NOOP("DeliveryGrid", "Yes"), "no": QT_TRANSLATE_NOOP("DeliveryGrid", "No"),
           "partly": QT_TRANSLATE_NOOP("DeliveryGrid", "Partly")}
CHECK_WORDS = {"accepted": QT_TRANSLATE_NOOP("DeliveryGrid", "Accepted"),
               "queried": QT_TRANSLATE_NOOP("DeliveryGrid", "Queried"),
               "rejected": QT_TRANSLATE_NOOP("DeliveryGrid", "Rejected"),
               "pending": QT_TRANSLATE_NOOP("DeliveryGrid", "Pending")}
RATING_LABELS = {ratings.GOOD: QT_TRANSLATE_NOOP("DeliveryGrid", "Good"),
                 ratings.APPROACHING: QT_TRANSLATE_NOOP("DeliveryGrid", "Approaching target"),
                 ratings.IMPROVEMENT: QT_TRANSLATE_NOOP("DeliveryGrid", "Requires improvement"),
                 ratings.INADEQUATE: QT_TRANSLATE_NOOP("DeliveryGrid", "Inadequate"),
                 ratings.OTHER: QT_TRANSLATE_NOOP("DeliveryGrid", "Other")}


def answer_text(answer: str) -> str:
    """A qualitative commitment's answer ("yes", "no", "partly") in the user's language."""
    return translate(CONTEXT, ANSWERS[answer]) if answer in ANSWERS else answer  # i18n: no - marked above


def rating_label(rating: str) -> str:
    """A KPI rating code ("good", "approaching"…) as PA 2023's words, in the user's language."""
    return translate(CONTEXT, RATING_LABELS[rating]) if rating in RATING_LABELS else rating  # i18n: no


def reported_text(entry: DeliveryView, unit: str | None = None) -> str:
    """What the supplier reported, as the grid and lists show it."""
    if entry.answer:
        return answer_text(entry.answer)
    if entry.actual is None:
        return "—"
    return f"{entry.actual} {unit or ''}".strip()


def check_text(check: str) -> str:
    """An officer's check as its mark and its word, in the user's language ("✓ Accepted")."""
    swatch = palette.CHECKS.get(check, palette.CHECKS["pending"])
    word = translate(CONTEXT, CHECK_WORDS[check]) if check in CHECK_WORDS else check  # i18n: no - marked above
    return f"{swatch.mark} {word}"


def commitment_name(c: CommitmentView) -> str:
    """The code and what the commitment is: the measure's title for a figure, the lifted commitment itself for a
    qualitative one (several may come from one measure)."""
    what = c.text if c.kind == "qualitative" else (c.title or c.text)
    return f"{c.code}  {what}".strip()


def promised_text(c: CommitmentView) -> str:
    if c.target is None:
        return "—"
    figure = f"{c.target} {c.unit or ''}".strip()
    return translate("DeliveryGrid", "{figure} or fewer").format(figure=figure) if c.direction == "lower" else figure


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
            return self.tr("{period}\nshort").format(period=period.key) if period.short else period.key
        if role == Qt.ItemDataRole.ToolTipRole:
            if period.short:
                return self.tr("{period} — a short period: {first} to {last}").format(
                    period=period_text(period.key), first=date_text(period.first), last=date_text(period.last))
            return period_text(period.key)
        return None

    def commitment_header(self, row: int, role: int) -> Any:
        c = self.commitment_at(row)
        if c is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            text = (self.tr("KPI · {name}\nPromised: {promised}") if c.s52_kpi else
                    self.tr("{name}\nPromised: {promised}"))
            return text.format(name=commitment_name(c), promised=promised_text(c))
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
            reported = reported_text(entry, c.unit)
            if n:
                reported = (self.tr("{reported} · 1 file") if n == 1 else self.tr("{reported} · {count} files")).format(
                    reported=reported, count=str(n))
            return reported + "\n" + check_text(entry.check)
        if self.is_overdue(row, column):
            return self.tr("—\n{mark} Overdue").format(mark=palette.OVERDUE.mark)
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
        lines = [self.tr("Reported: {reported}").format(reported=reported_text(entry, c.unit)),
                 self.tr("Check: {check}").format(check=check_text(entry.check))]
        if entry.check_reason:
            lines.append(self.tr("Reason: {reason}").format(reason=entry.check_reason))
        if entry.evidence_refs:
            lines.append(self.tr("Evidence: {references}").format(references=entry.evidence_refs))
        if entry.evidence_files:
            lines.append(self.tr("1 evidence file attached") if entry.evidence_files == 1 else
                         self.tr("{count} evidence files attached").format(count=str(entry.evidence_files)))
        if entry.note:
            lines.append(self.tr("Note: {note}").format(note=entry.note))
        return "\n".join(lines)
