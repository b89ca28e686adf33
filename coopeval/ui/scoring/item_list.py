"""The list of items to score, in the evaluator's chosen order, each saying how far it has got."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from coopeval.services.evaluation.items import ScoringItem
from coopeval.ui.i18n import translate


def item_state(item: ScoringItem, unsaved: bool, ctx: QObject) -> str:
    if unsaved:
        return translate("ItemList", "NOT SAVED")
    score = item.score
    if score is not None and score.abstained:
        return translate("ItemList", "abstained")
    if score is not None and score.value is not None:
        return translate("ItemList", "scored %1").replace("%1", str(score.value))
    return translate("ItemList", "not scored")


class ItemList(QListWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Items to score"))
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setMinimumWidth(160)

    def set_items(self, items: list[ScoringItem], unsaved: set[tuple[int, int]]) -> None:
        self.blockSignals(True)
        try:
            self.clear()
            for item in items:
                row = QListWidgetItem(self)
                self._fill(row, item, item.key in unsaved)
        finally:
            self.blockSignals(False)

    def update_row(self, index: int, item: ScoringItem, unsaved: bool) -> None:
        row = self.item(index)
        if row is not None:
            self._fill(row, item, unsaved)

    def select_row(self, index: int) -> None:
        self.blockSignals(True)
        try:
            self.setCurrentRow(index)
            self.scrollToItem(self.item(index))
        finally:
            self.blockSignals(False)

    def _fill(self, row: QListWidgetItem, item: ScoringItem, unsaved: bool) -> None:
        state = item_state(item, unsaved, self)
        marker = "⚠" if unsaved else ("✓" if item.done else "○")
        row.setText(f"{marker} {item.code} · {item.bid_name}\n    {state}")
        row.setToolTip(f"{item.code} {item.title} — {item.bid_name}: {state}")
