"""The chosen measures with their weights: an editable table, a live total that must be exactly 100
(worded as well as coloured), sharing the weights equally, removing a measure, and editing how a
quantitative measure is marked."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coopeval.services.setup import tenders
from coopeval.services.setup.weights import share_weights_equally
from coopeval.services.views import MeasureView
from coopeval.ui.controller import WorkspaceController
from coopeval.ui.setup.inline import InlineMessage
from coopeval.ui.setup.method_dialog import SetupMethodDialog
from coopeval.ui.setup.weights_model import METHOD, TITLE, WeightsTableModel, percent_text

TOTAL_STYLES = {
    True: "QLabel { background: #e8f3e8; color: #0b3d0b; border-left: 4px solid #107c10; padding: 4px; }",  # i18n: no
    False: "QLabel { background: #fde7e9; color: #5c0a10; border-left: 4px solid #a4262c; padding: 4px; }",  # i18n: no
}


class WeightsPanel(QGroupBox):
    def __init__(self, controller: WorkspaceController, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Chosen measures and their weights"))
        self.controller = controller
        self.tender_id: int | None = None
        self.model = WeightsTableModel(self._save, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Chosen measures: weight, minimum and word limit can be edited"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move within it
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(METHOD, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        delete_shortcut = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        delete_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_shortcut.activated.connect(self.remove_current)

        self.total = QLabel(self)
        self.total.setAccessibleName(self.tr("Weight total"))
        self.share_button = self._button(self.tr("Share e&qually"), self.share_equally)
        self.share_button.setToolTip(self.tr("Give every measure the same weight, to two decimals, totalling exactly 100."))
        self.method_button = self._button(self.tr("Edit &method…"), self.edit_method)
        self.remove_button = self._button(self.tr("&Remove measure"), self.remove_current)
        self.message = InlineMessage(self.tr("Weights message"), self)

        buttons = QHBoxLayout()
        buttons.addWidget(self.total, 1)
        for button in (self.share_button, self.method_button, self.remove_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

    def _button(self, text: str, slot) -> QPushButton:  # noqa: ANN001
        button = QPushButton(text, self)
        button.setAccessibleName(text.replace("&", "").removesuffix("…"))
        button.clicked.connect(slot)
        return button

    def load(self, tender_id: int | None, measures: list[MeasureView], editable: bool) -> None:
        self.tender_id = tender_id
        self.model.set_measures(measures, editable)
        total = self.model.total()
        complete = total == Decimal(100)
        if complete:
            text = self.tr("Total {total}% — complete").format(total=percent_text(total))
        else:
            text = self.tr("Total {total}% — must be exactly 100").format(total=percent_text(total))
        self.total.setText(text)
        self.total.setAccessibleDescription(text)
        self.total.setStyleSheet(TOTAL_STYLES[complete])
        self.share_button.setEnabled(editable and bool(measures))
        self._update_buttons()

    def current_measure(self) -> MeasureView | None:
        index = self.table.currentIndex()
        return self.model.measures[index.row()] if index.isValid() and index.row() < len(self.model.measures) else None

    def _update_buttons(self) -> None:
        m = self.current_measure()
        editable = self.model.editable
        self.method_button.setEnabled(editable and m is not None and m.kind == "quantitative")
        self.remove_button.setEnabled(editable and m is not None)

    def _save(self, measure: MeasureView, field: str, text: str) -> bool:
        value = None if field in ("minimum", "word_limit") and not text else text
        return self._change(tenders.set_measure, measure.id, **{field: value})

    def _change(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> bool:
        """Run a change; a refusal is shown under the table, and cleared by the next change that goes through."""
        ok = bool(self.controller.op(fn, *args, inline=self.message.problem, parent=self, **kwargs).ok)
        if ok:
            self.message.clear()
        return ok

    def _activated(self, index: QModelIndex) -> None:
        if index.column() == METHOD:
            self.edit_method()

    def share_equally(self) -> None:
        if self.tender_id is not None:
            self._change(share_weights_equally, self.tender_id)

    def edit_method(self) -> None:
        m = self.current_measure()
        if m is None or m.kind != "quantitative" or not self.model.editable:
            return
        SetupMethodDialog(self.controller, m, self).exec()

    def remove_current(self) -> None:
        m = self.current_measure()
        if m is not None and self.model.editable:
            row = self.table.currentIndex().row()
            if self._change(tenders.remove_measure, m.id) and self.model.rowCount():
                self.table.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1), 0))
