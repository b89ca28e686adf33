"""The Report page's "Records" box: the retention date (PA 2023 s.98) with "Set retention date…" before an award,
and "Records bundle…", which writes the tender's record as one signed ZIP (services/records/bundle.py).

The bundle is signed with what the page's "Sign with" names; a bundle is always signed, so with "Do not sign" it is
signed with your own CoopEval key (as `coopeval records bundle` does without --sign). It runs in the background with
the shared progress dialog and Cancel, through the page's one runner; the box only asks and says.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QGroupBox, QHBoxLayout, QInputDialog, QLabel, QPushButton, QVBoxLayout

from coopeval.domain import lifecycle
from coopeval.domain.dates import date_text
from coopeval.services.records import retention as records_retention
from coopeval.services.records.bundle import write_bundle
from coopeval.services.records.views import BundleView, Retention
from coopeval.services.reports import writing as reports
from coopeval.ui.i18n import translate

if TYPE_CHECKING:
    from coopeval.ui.pages.report import ReportPage


class RecordsBox(QGroupBox):
    def __init__(self, page: ReportPage, *, say: Callable[..., None], start: Callable[..., None],
                 signing_key: Callable[..., object]):
        """`say`, `start` and `signing_key` are the page's: its result line, its one background runner, and the key its
        "Sign with" names."""
        super().__init__(translate("RecordsBox", "Records (Procurement Act 2023 s.98)"), page)
        self.page = page
        self.say, self.start, self.signing_key = say, start, signing_key
        self.retention_line = QLabel(self)
        self.retention_line.setWordWrap(True)
        self.retention_line.setAccessibleName(self.tr("How long this tender's record must be kept"))
        self.retention_button = QPushButton(self.tr("Set &retention date…"), self)
        self.retention_button.setAccessibleName(self.tr("Set retention date"))
        self.retention_button.clicked.connect(self.set_retention)
        self.bundle_button = QPushButton(self.tr("Records &bundle…"), self)
        self.bundle_button.setAccessibleName(self.tr("Records bundle"))
        self.bundle_button.clicked.connect(self.write_bundle)
        note = QLabel(self.tr("One ZIP file with the signed report, the assessment summaries, the tender JSON, the "
                              "audit log (JSON and CSV), the frameworks used, the kept files, and a signed manifest "
                              "of every file's SHA-256, signed as “Sign with” says (a bundle is always signed: with “Do not sign”, "
                              "by your own key). Anyone can check it with “coopeval records verify”."), self)
        note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.bundle_button)
        row.addWidget(self.retention_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.retention_line)
        layout.addWidget(note)
        layout.addLayout(row)
        self.retention: Retention | None = None

    def reload(self) -> None:
        page = self.page
        self.retention = None
        if page.tender_id is not None and page.controller.is_open:
            got = page.controller.op(records_retention.retention, page.tender_id, inline=self.retention_line.setText,
                                     parent=page)
            self.retention = got.value if got.ok else None
        self.retention_line.setText(self.tr("Keep this tender's record: %1.").replace("%1", self.retention.text)
                                    if self.retention is not None else "")

    def update_controls(self, idle: bool, status: str | None) -> None:
        self.bundle_button.setEnabled(idle and status in lifecycle.SIGNED_OFF_OR_LATER)
        before_award = status is not None and status not in lifecycle.AFTER_AWARD
        self.retention_button.setVisible(before_award)
        self.retention_button.setEnabled(idle and before_award)

    def set_retention(self) -> None:
        page = self.page
        current = self.retention.until if self.retention is not None and self.retention.source == "officer" else None
        typed, ok = QInputDialog.getText(
            page, self.tr("Set retention date"),
            self.tr("Keep the record until (for example 31 Mar 2031; leave empty for “to be set at award”). From the "
                    "award on, the record is kept for three years from the day the contract is entered into."),
            text=date_text(current))
        if not ok:
            return
        page.controller.op(records_retention.set_retention, page.tender_id, typed, inline=self.say, parent=page,
                           on_done=lambda kept: self.say(self.tr("Retention: %1.").replace("%1", kept.text)))

    def write_bundle(self) -> None:
        page = self.page
        suggested = str(page.controller.folder / f"records-{reports.safe_name(page.reference)}.zip")
        path, _ = QFileDialog.getSaveFileName(page, self.tr("Write the records bundle"), suggested,
                                              self.tr("ZIP files (*.zip)"))
        if not path:
            return
        out = Path(path) if path.lower().endswith(".zip") else Path(path + ".zip")
        key = self.signing_key(always=True)
        if key is None or not isinstance(key, reports.SigningKey):
            return  # backed out, or the key could not be had (already said)

        def done(view: BundleView) -> None:
            self.say(self.tr("Wrote %1: %2 files and a manifest, signed by %3. Manifest SHA-256 %4.")
                      .replace("%1", view.path).replace("%2", str(len(view.entries))).replace("%3", view.signed_by)
                      .replace("%4", view.manifest_sha256), file=Path(view.path))

        self.start(self.tr("Writing the records bundle…"), write_bundle, out, key=key, on_done=done)

