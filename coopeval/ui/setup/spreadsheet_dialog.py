"""Import a council's own table of measures (.xlsx or .csv): which file, under what licence and
source, and where to keep the framework file it becomes. The conversion itself runs in the
background (see `MeasurePicker.import_spreadsheet`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from coopeval.ui.setup.inline import InlineMessage


@dataclass(frozen=True)
class SpreadsheetRequest:
    path: Path
    out: Path
    licence: str
    source: str
    name: str | None


class SetupSpreadsheetDialog(QDialog):
    def __init__(self, folder: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.folder = folder
        self.request: SpreadsheetRequest | None = None
        self.setWindowTitle(self.tr("Import a council spreadsheet of measures"))
        self.path = QLineEdit(self)
        self.out = QLineEdit(self)
        self.licence = QLineEdit(self)
        self.licence.setPlaceholderText(self.tr("e.g. Licensed to Vale Council for its own procurement"))
        self.source = QLineEdit(self)
        self.source.setPlaceholderText(self.tr("e.g. the licensor and edition of the measures"))
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("optional; the file's name if left empty"))
        intro = QLabel(self.tr("Each row of the table becomes a quantitative measure, grouped by its theme and "
                               "outcome. Columns needed: Theme, Outcome, Code, Measure, Unit."), self)
        intro.setWordWrap(True)
        self.message = InlineMessage(self.tr("Spreadsheet import message"), self)
        form = QFormLayout(self)
        form.addRow(intro)
        row, self.browse_in = self._with_browse(self.path, self._browse_in, self.tr("Choose the spreadsheet"))
        form.addRow(self._buddy(self.tr("&Spreadsheet"), self.path), row)
        form.addRow(self.tr("&Licence"), self.licence)
        form.addRow(self.tr("S&ource"), self.source)
        form.addRow(self.tr("&Name"), self.name)
        row, self.browse_out = self._with_browse(self.out, self._browse_out,
                                                 self.tr("Choose where to save the framework file"))
        form.addRow(self._buddy(self.tr("Save the &framework file as"), self.out), row)
        for label, widget in ((self.tr("Spreadsheet"), self.path), (self.tr("Licence"), self.licence),
                              (self.tr("Source"), self.source), (self.tr("Name"), self.name),
                              (self.tr("Save the framework file as"), self.out)):
            widget.setAccessibleName(label)
        form.addRow(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        # Tab goes as the rows read (moving a field into its row with Browse put it last in the order).
        chain = [self.path, self.browse_in, self.licence, self.source, self.name, self.out, self.browse_out]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)
        self.path.editingFinished.connect(self._suggest_out)

    def _with_browse(self, edit: QLineEdit, slot, name: str) -> tuple[QWidget, QPushButton]:  # noqa: ANN001
        """A row of `edit` and a Browse button beside it: the row and the button."""
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        button = QPushButton(self.tr("Browse…"), box)
        button.setAccessibleName(name)
        button.clicked.connect(slot)
        row.addWidget(edit, 1)
        row.addWidget(button)
        return box, button

    def _buddy(self, text: str, edit: QLineEdit) -> QLabel:
        """The row's label, whose shortcut goes to the field (not to the row around it, which would then be
        a stop of its own in the Tab order)."""
        label = QLabel(text, self)
        label.setBuddy(edit)
        return label

    def _browse_in(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the council's spreadsheet"), str(self.folder),
                                              self.tr("Spreadsheets (*.xlsx *.csv)"))
        if path:
            self.path.setText(path)
            self._suggest_out()

    def _browse_out(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the framework file as"), self.out.text() or str(self.folder),
                                              self.tr("Framework files (*.toml)"))
        if path:
            self.out.setText(path)

    def _suggest_out(self) -> None:
        text = self.path.text().strip()
        if text and not self.out.text().strip():
            self.out.setText(str(self.folder / f"{Path(text).stem}.toml"))

    def accept(self) -> None:
        self._suggest_out()
        missing = [label for label, edit in ((self.tr("the spreadsheet"), self.path), (self.tr("the licence"), self.licence),
                                             (self.tr("the source"), self.source), (self.tr("where to save"), self.out))
                   if not edit.text().strip()]
        if missing:
            self.message.problem(self.tr("Fill in {fields}.").format(fields=", ".join(missing)))
            return
        self.request = SpreadsheetRequest(Path(self.path.text().strip()), Path(self.out.text().strip()),
                                          self.licence.text().strip(), self.source.text().strip(),
                                          self.name.text().strip() or None)
        super().accept()
