"""A person's decisions about a supplier beyond accepting or rejecting a candidate: "Pick another…" (search the
current registers and choose the entry, with a reason) and "Set by hand…" (the ownership model from the framework's
choices, whether it counts as democratic, and the evidence, which is required)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coopeval.services.registers.views import EntryView
from coopeval.ui.i18n import translate
from coopeval.ui.spend.tables import EntriesModel
from coopeval.ui.widgets import PROBLEM_STYLE

Search = Callable[[str], Sequence[EntryView]]  # the window's search of the current registers


def _buttons(dialog: QDialog, ok_text: str) -> tuple[QDialogButtonBox, QPushButton]:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    ok.setAccessibleName(ok_text.replace("&", ""))
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(translate("SpendDecisions", "Cancel"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, ok


def _label(dialog: QWidget, text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text, dialog)
    label.setBuddy(buddy)
    return label


class SetByHandDialog(QDialog):
    """The supplier's ownership model, set by a person with the evidence for it."""

    def __init__(self, supplier_name: str, models: Sequence[str], democratic: Sequence[str],
                 parent: QWidget | None = None, *, model: str = ""):
        super().__init__(parent)
        self.democratic_models = set(democratic)
        self.setWindowTitle(self.tr("Set by hand: {name}").format(name=supplier_name))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(480)
        form = QFormLayout(self)
        note = QLabel(self.tr("Say how {name} is owned and controlled, and what shows it (its rules, the "
                              "register entry, the trust deed…).").format(name=supplier_name), self)
        note.setWordWrap(True)
        form.addRow(note)
        self.model = QComboBox(self)
        for m in models:
            self.model.addItem(m, m)
        self.model.setAccessibleName(self.tr("Ownership model"))
        form.addRow(_label(self, self.tr("&Ownership model:"), self.model), self.model)
        self.democratic = QCheckBox(self.tr("Counts as &co-operative or democratic"), self)
        self.democratic.setAccessibleName(self.tr("Counts as co-operative or democratic"))
        form.addRow(self.democratic)
        self.evidence = QPlainTextEdit(self)
        self.evidence.setAccessibleName(self.tr("Evidence"))
        self.evidence.setPlaceholderText(self.tr("Required: what shows this, e.g. rules registered with the FCA, "
                                                 "society number 1234R"))
        self.evidence.setTabChangesFocus(True)
        form.addRow(_label(self, self.tr("&Evidence:"), self.evidence), self.evidence)
        self.message = QLabel(self)
        self.message.setStyleSheet(PROBLEM_STYLE)
        self.message.setWordWrap(True)
        form.addRow(self.message)
        self.buttons, self.ok_button = _buttons(self, self.tr("&Set"))
        form.addRow(self.buttons)
        self.model.currentIndexChanged.connect(self._model_changed)
        self.evidence.textChanged.connect(self._check)
        if model and self.model.findData(model) >= 0:
            self.model.setCurrentIndex(self.model.findData(model))
        self._model_changed()

    def _model_changed(self) -> None:
        self.democratic.setChecked(self.model.currentData() in self.democratic_models)
        self._check()

    def _check(self) -> None:
        missing = not self.evidence.toPlainText().strip()
        self.message.setText(self.tr("Give the evidence.") if missing else "")
        self.message.setVisible(missing)
        self.ok_button.setEnabled(not missing and self.model.currentIndex() >= 0)

    def accept(self) -> None:
        if self.ok_button.isEnabled():
            super().accept()

    def chosen(self) -> tuple[str, bool, str]:
        return self.model.currentData(), self.democratic.isChecked(), self.evidence.toPlainText().strip()


class PickEntryDialog(QDialog):
    """Search the current registers for the supplier's entry; the reason is required."""

    def __init__(self, supplier_name: str, search: Search, parent: QWidget | None = None):
        super().__init__(parent)
        self.search_fn = search
        self.setWindowTitle(self.tr("Pick another entry: {name}").format(name=supplier_name))
        self.setAccessibleName(self.windowTitle())
        self.resize(760, 460)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.search = QLineEdit(supplier_name, self)
        self.search.setAccessibleName(self.tr("Search the registers"))
        form.addRow(_label(self, self.tr("&Search:"), self.search), self.search)
        layout.addLayout(form)
        self.model = EntriesModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Register entries found"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.found = QLabel(self)
        layout.addWidget(self.found)
        reason_form = QFormLayout()
        self.reason = QLineEdit(self)
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("Required: why this entry is the supplier"))
        reason_form.addRow(_label(self, self.tr("&Reason:"), self.reason), self.reason)
        layout.addLayout(reason_form)
        self.buttons, self.ok_button = _buttons(self, self.tr("&Pick"))
        layout.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self.run_search)
        self.reason.textChanged.connect(self._check)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._check())
        self.run_search()

    def run_search(self) -> None:
        self._timer.stop()
        text = self.search.text().strip()
        entries = list(self.search_fn(text)) if text else []
        self.model.set_rows(entries)
        self.found.setText(self.tr("No entry found.") if text and not entries else "")
        if entries:
            self.table.selectRow(0)
        self._check()

    def entry(self) -> EntryView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _check(self) -> None:
        self.ok_button.setEnabled(self.entry() is not None and bool(self.reason.text().strip()))

    def accept(self) -> None:
        if self.ok_button.isEnabled():
            super().accept()

    def chosen(self) -> tuple[EntryView, str]:
        entry = self.entry()
        assert entry is not None
        return entry, self.reason.text().strip()


__all__ = ["PickEntryDialog", "SetByHandDialog"]
