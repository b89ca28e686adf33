"""Choose columns: which of the spend file's headers holds each field (date, supplier and amount are needed; the
rest help matching and the figures by area). Shown when CoopEval does not recognise the file's headers, or when
the officer asks ("Choose columns…" in the preview). A mapping saved under a name is offered for the next file."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from coopeval.domain.spend import FIELDS, REQUIRED
from coopeval.services.spend.views import MappingView
from coopeval.ui.i18n import translate
from coopeval.ui.widgets import PROBLEM_STYLE


def field_label(name: str) -> str:
    """A field of `domain.spend.FIELDS` as the dialog names it."""
    return {"date": translate("MappingDialog", "Payment date"),
            "supplier": translate("MappingDialog", "Supplier name"),
            "amount": translate("MappingDialog", "Amount (£)"),
            "supplier_id": translate("MappingDialog", "Supplier ID"),
            "company_number": translate("MappingDialog", "Company number"),
            "transaction": translate("MappingDialog", "Transaction number"),
            "expense_area": translate("MappingDialog", "Expense area")}.get(name, name)


class MappingDialog(QDialog):
    """One combo per field listing the file's headers ("(not in this file)" for an optional field left out), a
    saved mapping to start from, and a name to save this one under. `mapping()` is the result."""

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None, *,
                 current: Mapping[str, str] | None = None, saved: Sequence[MappingView] = (), file_name: str = "",
                 recognised: bool = True, can_save: bool = True):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose columns"))
        self.setAccessibleName(self.windowTitle())
        self.headers = [h for h in headers]
        self.saved = list(saved)
        form = QFormLayout(self)
        if not file_name:
            intro = (self.tr("CoopEval did not recognise the columns of the file. Say which column holds each field; "
                             "those marked * are needed.") if not recognised else
                     self.tr("Say which column of the file holds each field; those marked * are needed."))
        else:
            intro = (self.tr("CoopEval did not recognise the columns of {file}. Say which column holds each field; "
                             "those marked * are needed.") if not recognised else
                     self.tr("Say which column of {file} holds each field; those marked * are needed.")
                     ).format(file=file_name)
        note = QLabel(intro, self)
        note.setWordWrap(True)
        form.addRow(note)
        self.start_from = QComboBox(self)
        self.start_from.addItem(self.tr("(none)"), "")
        for view in self.saved:
            self.start_from.addItem(view.name, view.name)
        self.start_from.setAccessibleName(self.tr("Start from a saved mapping"))
        self.start_from.currentIndexChanged.connect(self._start_from)
        if self.saved:
            form.addRow(self._label(self.tr("Start &from:"), self.start_from), self.start_from)
        else:
            self.start_from.hide()
        self.combos: dict[str, QComboBox] = {}
        for name in FIELDS:
            combo = QComboBox(self)
            combo.addItem(self.tr("(choose a column)") if name in REQUIRED else self.tr("(not in this file)"), "")
            for header in self.headers:
                combo.addItem(header, header)
            label = field_label(name) + (" *" if name in REQUIRED else "")
            combo.setAccessibleName(label)
            combo.currentIndexChanged.connect(self._check)
            self.combos[name] = combo
            form.addRow(self._label(label + ":", combo), combo)
        self.save_as = QLineEdit(self)
        self.save_as.setPlaceholderText(self.tr("e.g. Council payments over £500"))
        self.save_as.setAccessibleName(self.tr("Save this mapping as"))
        self.save_as.setToolTip(self.tr("Leave empty to use these columns for this file only."))
        form.addRow(self._label(self.tr("&Save this mapping as:"), self.save_as), self.save_as)
        if not can_save:  # a read-only workspace: these columns for this file only
            self.save_as.setEnabled(False)
            self.save_as.setToolTip(self.tr("The workspace is open read-only: nothing can be saved in it."))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(PROBLEM_STYLE)
        self.message.setAccessibleName(self.tr("Problem with the columns"))
        form.addRow(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Use these columns"))
        self.ok_button.setAccessibleName(self.tr("Use these columns"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        if current:
            self.set_columns(current)
        self._check()

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def set_columns(self, columns: Mapping[str, str]) -> None:
        for name, combo in self.combos.items():
            index = combo.findData(columns.get(name, ""))
            combo.setCurrentIndex(max(index, 0))

    def _start_from(self) -> None:
        name = self.start_from.currentData()
        view = next((v for v in self.saved if v.name == name), None)
        if view is not None:
            self.set_columns(view.columns)
            self.save_as.setText(view.name)

    def columns(self) -> dict[str, str]:
        return {name: combo.currentData() for name, combo in self.combos.items() if combo.currentData()}

    def problem(self) -> str:
        columns = self.columns()
        missing = [field_label(n) for n in REQUIRED if n not in columns]
        if missing:
            return self.tr("Choose a column for: {fields}.").format(fields=", ".join(missing))
        used = list(columns.values())
        twice = sorted({h for h in used if used.count(h) > 1})
        if twice:
            return self.tr("Each column can hold one field only: {columns} is chosen twice.").format(
                columns=", ".join(twice))
        return ""

    def _check(self) -> None:
        problem = self.problem()
        self.message.setText(problem)
        self.message.setVisible(bool(problem))
        self.ok_button.setEnabled(not problem)

    def accept(self) -> None:
        if not self.problem():
            super().accept()

    def mapping(self) -> MappingView:
        return MappingView(self.save_as.text().strip(), self.columns())
