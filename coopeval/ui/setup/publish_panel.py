"""The questionnaire for bidders on the Set-up page: "Publish questionnaire…" (PDF or Word), disabled with the reason
while the set-up is incomplete; a banner saying whether the latest published version still matches the set-up (and
offering "Publish new version…" when it does not); and every published version, each with "Save a copy…"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopeval.domain.dates import date_text
from coopeval.services.publishing import files
from coopeval.services.publishing.questionnaire import PublicationStatus, publication_status, publish_questionnaire
from coopeval.ui.controller import WorkspaceController
from coopeval.ui.i18n import QT_TRANSLATE_NOOP, translate
from coopeval.ui.setup.inline import InlineMessage

FILTERS = QT_TRANSLATE_NOOP("PublishPanel", "PDF (*.pdf);;Word document (*.docx)")
XLSX_FILTER = QT_TRANSLATE_NOOP("PublishPanel", "Excel (*.xlsx)")
VERSION, FORMAT, PUBLISHED, SHA = range(4)
BANNER_STYLES = {
    "current": "QLabel { background: #e8f3e8; color: #0b3d0b; border-left: 4px solid #107c10; padding: 6px; }",  # i18n: no
    "stale": "QLabel { background: #fff4ce; color: #3b2f00; border-left: 4px solid #8a6d00; padding: 6px; }",  # i18n: no
}


class PublishPanel(QGroupBox):
    """`banner` belongs to the page's top (the page places it); the rest is this group."""

    def __init__(self, controller: WorkspaceController, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Questionnaire for bidders"))
        self.controller = controller
        self.tender_id: int | None = None
        self.reference = ""
        self.status: PublicationStatus | None = None
        self.versions: list[files.TenderFileView] = []
        self.banner = QLabel(parent)
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName(self.tr("Published questionnaire"))
        self.banner.hide()
        self.publish_button = QPushButton(self.tr("Pu&blish questionnaire…"), self)
        self.publish_button.setAccessibleName(self.tr("Publish questionnaire"))
        self.publish_button.clicked.connect(self.publish)
        self.reason = QLabel(self)
        self.reason.setWordWrap(True)
        self.reason.setAccessibleName(self.tr("Why the questionnaire cannot be published yet"))
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Version"), self.tr("Format"), self.tr("Published"),
                                              self.tr("SHA-256")])
        self.table.setAccessibleName(self.tr("Published versions of the questionnaire"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        self.table.setMaximumHeight(self.fontMetrics().lineSpacing() * 10)  # a few versions; more scroll
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.copy_button = QPushButton(self.tr("Save a copy…"), self)
        self.copy_button.setAccessibleName(self.tr("Save a copy of the chosen version"))
        self.copy_button.clicked.connect(self.save_copy)
        self.message = InlineMessage(self.tr("Questionnaire message"), self)

        top = QHBoxLayout()
        top.addWidget(self.publish_button)
        top.addStretch(1)
        top.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.reason)
        layout.addWidget(self.table)
        layout.addWidget(self.message)

    # showing ------------------------------------------------------------------------------------
    def load(self, tender_id: int | None, reference: str = "") -> None:
        self.tender_id, self.reference = tender_id, reference
        if tender_id is None or not self.controller.is_open:
            self.status, self.versions = None, []
        else:
            self.status = self.controller.read(publication_status, tender_id)
            self.versions = list(reversed(self.controller.read(files.list_files, tender_id, "questionnaire")))
        self._show()

    def _show(self) -> None:
        status = self.status
        problem = status.problem if status is not None else None
        writable = status is not None and not self.controller.read_only
        stale = status is not None and status.out_of_date
        self.publish_button.setText(self.tr("Pu&blish new version…") if stale else self.tr("Pu&blish questionnaire…"))
        self.publish_button.setAccessibleName(self.publish_button.text().replace("&", "").removesuffix("…"))
        self.publish_button.setEnabled(writable and problem is None)
        if status is None:
            reason = ""
        elif self.controller.read_only:
            reason = self.tr("This workspace is open read-only, so nothing can be published from it.")
        else:
            reason = problem or ""
        self.publish_button.setToolTip(reason or self.tr("Write the questionnaire as PDF or Word and keep a copy "
                                                         "of it, with its SHA-256, in the tender's record."))
        self.reason.setText(reason)
        self.reason.setVisible(bool(reason))
        text = status.message if status is not None else ""
        self.banner.setText(text)
        self.banner.setStyleSheet(BANNER_STYLES["stale" if stale else "current"])
        self.banner.setAccessibleDescription(text)
        self.banner.setVisible(bool(text))
        self.table.setRowCount(len(self.versions))
        for row, f in enumerate(self.versions):
            cells = {VERSION: str(f.version), FORMAT: "PDF" if f.media == "pdf" else self.tr("Word"),
                     PUBLISHED: f"{date_text(f.made_at[:10])} {f.made_at[11:16]}", SHA: f.sha256[:12]}
            for column, value in cells.items():
                item = QTableWidgetItem(value)
                if column == SHA:
                    item.setToolTip(f.sha256)
                self.table.setItem(row, column, item)
        self.table.setVisible(bool(self.versions))
        if self.versions and not self.table.selectedItems():
            self.table.selectRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.copy_button.setVisible(bool(self.versions))
        self.copy_button.setEnabled(self.chosen() is not None)

    def chosen(self) -> files.TenderFileView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.versions[rows[0].row()] if rows and rows[0].row() < len(self.versions) else None

    # acting -------------------------------------------------------------------------------------
    def publish(self) -> None:
        if self.tender_id is None:
            return
        suggested = str(self.controller.folder / f"{self.reference or 'tender'}-questionnaire.pdf")
        name, chosen_filter = QFileDialog.getSaveFileName(self, self.tr("Publish questionnaire"), suggested,
                                                          translate("PublishPanel", FILTERS))  # i18n: no
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in (".pdf", ".docx"):
            path = path.with_name(path.name + (".docx" if "docx" in chosen_filter else ".pdf"))
        tender_id = self.tender_id

        def published(view: files.TenderFileView) -> None:
            self.message.note(self.tr("Published version {version} to {file}.").format(version=view.version, file=path))

        self.message.clear()
        self.controller.op(publish_questionnaire, tender_id, path, background=True,
                           progress=self.tr("Publishing the questionnaire…"), inline=self.message.problem,
                           parent=self, on_done=published)

    def save_copy(self) -> None:
        f = self.chosen()
        if f is None:
            return
        suggested = str(self.controller.folder / f.name)
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy of version {version}").format(version=f.version),
                                              suggested, translate("PublishPanel", FILTERS if f.media != "xlsx" else XLSX_FILTER))  # i18n: no
        if not name:
            return
        if self.controller.op(files.save_copy, f.id, Path(name), inline=self.message.problem, parent=self).ok:
            self.message.note(self.tr("Saved a copy of version {version} to {file}.").format(version=f.version, file=name))
