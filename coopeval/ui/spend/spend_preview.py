"""What importing a spend file would do, shown before anything is written: lines read, new, already in the
workspace, the pounds and dates of the new lines, a sample, and every line's problem. "Import" stays disabled while
any line has a problem; "Import without the N bad lines" is the separate, explicit choice to leave them out (the
import's record names them). "Choose columns…" asks which column holds each field."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopeval.domain.numbers import number_text, pence_to_text
from coopeval.domain.spend import FIELDS
from coopeval.services.spend.views import SpendPreview
from coopeval.ui.setup.inline import STYLES
from coopeval.ui.spend.mapping_dialog import field_label
from coopeval.ui.spend.tables import when_text


class SpendPreviewDialog(QDialog):
    """`import_requested(skip_bad_lines)` asks the window to import; `choose_columns_requested` to show the
    mapping dialog. The window closes the dialog once the file is in."""

    import_requested = Signal(bool)
    choose_columns_requested = Signal()

    def __init__(self, preview: SpendPreview, parent: QWidget | None = None, *, read_only: bool = False):
        super().__init__(parent)
        self.read_only = read_only
        self.setWindowTitle(self.tr("Import spend: preview"))
        self.setAccessibleName(self.windowTitle())
        self.resize(820, 540)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setAccessibleName(self.tr("What importing would do"))
        self.problems_label = QLabel(self)
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet(STYLES["problem"])
        self.problems = QListWidget(self)
        self.problems.setAccessibleName(self.tr("Problems, one a line"))
        self.copy_button = QPushButton(self.tr("C&opy problems"), self)
        self.copy_button.setAccessibleName(self.tr("Copy problems"))
        self.copy_button.clicked.connect(self.copy_problems)
        self.problems_box = QWidget(self)
        box = QVBoxLayout(self.problems_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.problems_label)
        box.addWidget(self.problems, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.copy_button)
        box.addLayout(row)
        self.sample_label = QLabel(self.tr("The first lines as read:"), self)
        self.sample = QTableWidget(self)
        self.sample.setAccessibleName(self.tr("The first lines as read"))
        self.sample.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.sample.verticalHeader().hide()
        self.sample.horizontalHeader().setStretchLastSection(True)

        self.buttons = QDialogButtonBox(self)
        self.columns_button = self.buttons.addButton(self.tr("Choose &columns…"), QDialogButtonBox.ButtonRole.ResetRole)
        self.columns_button.setAccessibleName(self.tr("Choose columns"))
        self.skip_button = self.buttons.addButton(self.tr("Import without the bad lines"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setAccessibleName(self.tr("Import"))
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.columns_button.clicked.connect(self.choose_columns_requested)
        self.skip_button.clicked.connect(self._skip_clicked)
        self.import_button.clicked.connect(self._import_clicked)
        self.buttons.rejected.connect(self.reject)
        self.import_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems_box, 2)
        layout.addWidget(self.sample_label)
        layout.addWidget(self.sample, 2)
        layout.addWidget(self.buttons)
        self.preview = preview
        self.show_preview(preview)

    # showing ------------------------------------------------------------------------------------
    def show_preview(self, preview: SpendPreview) -> None:
        self.preview = preview
        self.summary.setText(self.summary_text(preview))
        self.summary.setAccessibleDescription(self.summary.text())
        problems = [p.message for p in preview.problems]
        if preview.file_problem:
            problems.insert(0, preview.file_problem)
        self.problems.clear()
        self.problems.addItems(problems)
        self.problems_box.setVisible(bool(problems))
        bad = len({p.line_no for p in preview.problems})
        if preview.file_problem:
            self.problems_label.setText(self.tr("The file cannot be imported:"))
        elif bad:
            self.problems_label.setText(
                (self.tr("1 line has a problem.") if bad == 1 else self.tr("{count} lines have problems."))
                .format(count=number_text(bad)) + " " + self.tr(
                    "Correct the file and import it again, or import the other lines without them."))
        self._fill_sample(preview)
        usable = not preview.file_problem and preview.mapping is not None
        self.import_button.setEnabled(usable and not preview.problems and preview.new_lines > 0 and not self.read_only)
        self.import_button.setToolTip(self.tr("Every line must be right first; or import without the bad lines.")
                                      if preview.problems else "")
        skip_text = (self.tr("Import without the 1 bad line") if bad == 1 else
                     self.tr("Import without the {count} bad lines").format(count=number_text(bad)))
        self.skip_button.setText(skip_text)
        self.skip_button.setAccessibleName(skip_text)
        self.skip_button.setVisible(usable and bad > 0)
        self.skip_button.setEnabled(usable and bad > 0 and preview.new_lines > 0 and not self.read_only)
        self.columns_button.setEnabled(bool(preview.headers))

    def summary_text(self, p: SpendPreview) -> str:
        if p.file_problem and not p.lines_read:
            return self.tr("{file} could not be read.").format(file=p.file_name)
        if p.mapping is None:
            return self.tr("{file}: CoopEval did not recognise its columns. Choose them to see what it holds.").format(
                file=p.file_name)
        parts = [self.tr("{file}: {read} lines read; {new} new, {already} already in the workspace.")
                 .format(file=p.file_name, read=number_text(p.lines_read), new=number_text(p.new_lines),
                         already=number_text(p.already))]
        if p.new_lines:
            parts.append(self.tr("New spend: {amount}, paid {first} to {last}.").format(
                amount=pence_to_text(p.new_pence), first=when_text(p.first_paid), last=when_text(p.last_paid))
                if p.first_paid else self.tr("New spend: {amount}.").format(amount=pence_to_text(p.new_pence)))
        elif not p.problems:
            parts.append(self.tr("Nothing new: every line is already in the workspace."))
        columns = ", ".join(f"{field_label(f)} ← {p.mapping.columns[f]}" for f in FIELDS if f in p.mapping.columns)
        parts.append(self.tr("Columns (mapping “{mapping}”): {columns}.").format(mapping=p.mapping.name, columns=columns)
                     if p.mapping.name else self.tr("Columns: {columns}.").format(columns=columns))
        if self.read_only:
            parts.append(self.tr("The workspace is open read-only: nothing can be imported."))
        return "\n".join(parts)

    def _fill_sample(self, p: SpendPreview) -> None:
        fields = [f for f in FIELDS if any(f in line for line in p.sample)]
        if not fields and p.sample:  # keyed by the file's own headers
            fields = list(p.sample[0])
        self.sample.clear()
        self.sample.setColumnCount(len(fields))
        self.sample.setRowCount(len(p.sample))
        self.sample.setHorizontalHeaderLabels([field_label(f) for f in fields])
        for r, line in enumerate(p.sample):
            for c, f in enumerate(fields):
                self.sample.setItem(r, c, QTableWidgetItem(line.get(f, "")))
        self.sample.resizeColumnsToContents()
        self.sample_label.setVisible(bool(p.sample))
        self.sample.setVisible(bool(p.sample))

    # acting -------------------------------------------------------------------------------------
    def copy_problems(self) -> None:
        QGuiApplication.clipboard().setText("\n".join(self.problems.item(i).text()
                                                      for i in range(self.problems.count())))

    def _import_clicked(self) -> None:
        if self.import_button.isEnabled():
            self.import_requested.emit(False)

    def _skip_clicked(self) -> None:
        if self.skip_button.isEnabled() and self.skip_button.isVisible():
            self.import_requested.emit(True)
