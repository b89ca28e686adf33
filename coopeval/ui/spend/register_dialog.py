"""Import register…: a register file, which register it is (Co-operatives UK open data, the FCA Mutuals Public
Register extract, or the council's own list), and where it came from. CoopEval ships no register data."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
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

from coopeval.ui.spend.tables import kind_label

KINDS = ("coops-uk", "fca-mutuals", "custom")


class RegisterDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, folder: Path | None = None):
        super().__init__(parent)
        self.folder = folder or Path.home()
        self.setWindowTitle(self.tr("Import register"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(520)
        form = QFormLayout(self)
        note = QLabel(self.tr("Suppliers are matched against the latest import of each register. Download the "
                              "register yourself: CoopEval ships none."), self)
        note.setWordWrap(True)
        form.addRow(note)
        self.path = QLineEdit(self)
        self.path.setAccessibleName(self.tr("Register file"))
        self.browse = QPushButton(self.tr("&Browse…"), self)
        self.browse.setAccessibleName(self.tr("Browse for the register file"))
        self.browse.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        label = QLabel(self.tr("&File:"), self)
        label.setBuddy(self.path)
        form.addRow(label, row)
        self.kind = QComboBox(self)
        descriptions = {"coops-uk": self.tr("Co-operatives UK open data (CSV)"),
                        "fca-mutuals": self.tr("FCA Mutuals Public Register extract (CSV)"),
                        "custom": self.tr("Own list: Name, Number, Ownership model, Democratic")}
        for kind in KINDS:
            self.kind.addItem(descriptions.get(kind, kind_label(kind)), kind)
        self.kind.setAccessibleName(self.tr("Which register"))
        label = QLabel(self.tr("&Register:"), self)
        label.setBuddy(self.kind)
        form.addRow(label, self.kind)
        self.source = QLineEdit(self)
        self.source.setPlaceholderText(self.tr("e.g. downloaded from the register's website on 1 Dec 2026"))
        self.source.setAccessibleName(self.tr("Where it came from"))
        label = QLabel(self.tr("&Where it came from:"), self)
        label.setBuddy(self.source)
        form.addRow(label, self.source)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Import"))
        self.ok_button.setAccessibleName(self.tr("Import"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.path.textChanged.connect(self._check)
        self._check()

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Register file"), str(self.folder),
                                              self.tr("CSV files (*.csv *.txt);;All files (*)"))
        if name:
            self.path.setText(name)

    def _check(self) -> None:
        self.ok_button.setEnabled(bool(self.path.text().strip()))

    def accept(self) -> None:
        if self.path.text().strip():
            super().accept()

    def chosen(self) -> tuple[Path, str, str]:
        """The file, the register kind and the source text."""
        return Path(self.path.text().strip()), self.kind.currentData(), self.source.text().strip()
