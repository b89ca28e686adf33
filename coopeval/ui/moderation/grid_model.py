"""The moderation grid as a table model: measures down, bids across, each cell an item showing its
agreement level (symbol, word and colour), its spread, and whether a consensus is recorded. Rows can
be limited to measures with an item needing discussion and ordered by their worst disagreement."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from coopeval.services.moderation.view import ModerationGrid, ModerationItem
from coopeval.ui.i18n import QT_TRANSLATE_NOOP, translate
from coopeval.ui.moderation.palette import CONSENSUS_MARK, DRAFTS_MARK, swatch

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
FRAMEWORK_ORDER, DISAGREEMENT_ORDER = "framework", "disagreement"



def level_text(level: str) -> str:
    """The level's symbol and word, e.g. "✗ split" (what a screen reader and a colour-blind user get)."""
    words = {"agree": translate("ModerationGrid", "agree"), "discuss": translate("ModerationGrid", "discuss"), "split": translate("ModerationGrid", "split"), "none": translate("ModerationGrid", "no scores"),
             "quantitative": translate("ModerationGrid", "quantity")}
    return f"{swatch(level).symbol} {words.get(level, level)}"


def consensus_text(item: ModerationItem) -> str:
    c = item.consensus
    if item.kind == "qualitative":
        return translate("ModerationGrid", "%1 agreed %2").replace("%1", CONSENSUS_MARK).replace("%2", str(c.value)) if c else translate("ModerationGrid", "no consensus")
    committed = item.committed if item.committed is not None else "—"
    if c is None:
        return translate("ModerationGrid", "committed %1").replace("%1", committed)
    if c.accepted_quantity == item.committed:
        return translate("ModerationGrid", "%1 accepted %2").replace("%1", CONSENSUS_MARK).replace("%2", committed)
    return translate("ModerationGrid", "%1 accepted %2 of %3").replace("%1", CONSENSUS_MARK).replace("%2", c.accepted_quantity or "—") \
        .replace("%3", committed)


def cell_text(item: ModerationItem) -> str:
    first = level_text(item.level)
    s = item.stats
    if s is not None and s.count:
        first += f" {s.min}–{s.max}" if s.min != s.max else f" {s.min}"
    second = consensus_text(item)
    if item.pending_drafts:
        second += f" {DRAFTS_MARK}"
    return f"{first}\n{second}"


def cell_description(item: ModerationItem) -> str:
    """A sentence for the tooltip and for assistive technology."""
    parts = [f"{item.code} · {item.bid_name}", level_text(item.level)]
    s = item.stats
    if s is not None and s.count:
        parts.append(translate("ModerationGrid", "%1 score(s) from %2 to %3, median %4").replace("%1", str(s.count)).replace("%2", str(s.min))
                     .replace("%3", str(s.max)).replace("%4", number_text(s.median)))
    parts.append(consensus_text(item))
    if item.pending_drafts:
        parts.append(translate("ModerationGrid", "%1 draft(s) still to be submitted or withdrawn").replace("%1", str(item.pending_drafts)))
    if item.conflicts:
        parts.append(translate("ModerationGrid", "declared interest: %1").replace("%1", ", ".join(c.name for c in item.conflicts)))
    return "; ".join(parts)


KINDS = {"qualitative": QT_TRANSLATE_NOOP("ModerationGrid", "qualitative"),
         "quantitative": QT_TRANSLATE_NOOP("ModerationGrid", "quantitative")}


def kind_text(kind: str) -> str:
    """A measure's kind as a word in the reader's language (an unknown kind is shown as stored)."""
    return translate("ModerationGrid", KINDS[kind]) if kind in KINDS else kind  # i18n: no


def number_text(value: Any) -> str:
    if value is None:
        return "—"
    return str(value.numerator) if value.denominator == 1 else f"{float(value):.1f}"


class ModerationGridModel(QAbstractTableModel):
    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self.grid: ModerationGrid | None = None
        self.rows: list = []  # MeasureView, in display order
        self.only_discussion = False
        self.order = FRAMEWORK_ORDER

    # shaping -------------------------------------------------------------------------------------
    def set_grid(self, grid: ModerationGrid | None) -> None:
        self.beginResetModel()
        self.grid = grid
        self._arrange()
        self.endResetModel()

    def set_view(self, *, only_discussion: bool | None = None, order: str | None = None) -> None:
        self.beginResetModel()
        if only_discussion is not None:
            self.only_discussion = only_discussion
        if order is not None:
            self.order = order
        self._arrange()
        self.endResetModel()

    def _arrange(self) -> None:
        g = self.grid
        if g is None or not g.items:
            self.rows = []
            return
        rows = list(g.measures)
        if self.only_discussion:
            rows = [m for m in rows if any(g.item(b.id, m.id).needs_discussion for b in g.bids)]
        if self.order == DISAGREEMENT_ORDER:
            def worst(m) -> tuple:  # noqa: ANN001
                shares = sorted((g.item(b.id, m.id).disagreement for b in g.bids), reverse=True)
                return tuple(-s for s in shares) + (m.position,)
            rows.sort(key=worst)
        self.rows = rows

    # navigation ----------------------------------------------------------------------------------
    def keys(self) -> list[tuple[int, int]]:
        """Every item shown, row by row."""
        if self.grid is None:
            return []
        return [(b.id, m.id) for m in self.rows for b in self.grid.bids]

    def index_of(self, key: tuple[int, int] | None) -> QModelIndex:
        if self.grid is None or key is None:
            return QModelIndex()
        bid_id, measure_id = key
        rows = [m.id for m in self.rows]
        cols = [b.id for b in self.grid.bids]
        if measure_id not in rows or bid_id not in cols:
            return QModelIndex()
        return self.index(rows.index(measure_id), cols.index(bid_id))

    def item_at(self, index: QModelIndex | QPersistentModelIndex) -> ModerationItem | None:
        if self.grid is None or not index.isValid():
            return None
        return self.grid.item(self.grid.bids[index.column()].id, self.rows[index.row()].id)

    # the model -----------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() or self.grid is None or not self.rows else len(self.grid.bids)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item_at(index)
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(item)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return cell_description(item)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(swatch(item.level).background)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(swatch(item.level).text)
        if role == Qt.ItemDataRole.FontRole and item.needs_discussion:
            font = QFont()
            font.setBold(True)
            return font
        if role == KEY_ROLE:
            return item.key
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if self.grid is None:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.grid.bids):
            bid = self.grid.bids[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return bid.display_name
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{bid.legal_name} ({bid.identifier})"
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.rows):
            measure = self.rows[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return measure.code
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{measure.code} {measure.title} ({kind_text(measure.kind)})"
        return None
