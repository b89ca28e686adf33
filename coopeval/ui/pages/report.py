"""Report: write the moderation report (signed with the user's own CoopEval key, a .p12 file, or not
at all), the assessment summaries, and CSV/XLSX exports.

The own key's certificate names the signing officer (name, role, council): before the first key is
made the page asks who signs (SignerDialog, the name defaulting to whoever is signed in), and "Make a
new signing certificate…" replaces it (the old one is kept aside, so reports it signed still verify).

Each runs through the controller's one operation runner, in the background with the shared progress
dialog whose Cancel stops it; the services write to a temporary file and move it into place only when
complete, so a cancelled or failed run leaves nothing behind (and an earlier file of the same name
untouched). While any operation runs, the buttons wait.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QProcess, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coopeval.domain import lifecycle
from coopeval.domain.errors import CoopEvalError
from coopeval.services.changes import ChangeKind
from coopeval.services.reports import writing as reports
from coopeval.services.reports.summary_checks import summary_checks
from coopeval.services.setup import tenders
from coopeval.ui.controller import WorkspaceController
from coopeval.ui.i18n import QT_TRANSLATE_NOOP
from coopeval.ui.pages.base import TenderPage
from coopeval.ui.reports.bundle import RecordsBox
from coopeval.ui.reports.signer_dialog import SignerDialog

OWN_KEY, P12_FILE, UNSIGNED = "own", "p12", "none"
SUMMARY_PROBLEMS_SHOWN = 30  # in the question's details; the Sign-off page and `coopeval summaries` list them all
_BACKED_OUT = object()  # the user closed a file or password dialog: nothing to do


class ReportPage(TenderPage):
    title = QT_TRANSLATE_NOOP("TenderPage", "Report")  # the key select_page uses; shown translated
    relevant = frozenset({ChangeKind.TENDER, ChangeKind.AWARD})  # the award decides the retention date

    def __init__(self, controller: WorkspaceController, parent: QWidget | None = None):
        super().__init__(controller, parent)
        self.status: str | None = None
        self.reference = ""
        controller.busy_changed.connect(self._busy_changed)

        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.state.setAccessibleName(self.tr("What can be made for this tender"))

        self.sign_with = QComboBox(self)
        self.sign_with.addItem(self.tr("My CoopEval signing key (self-signed)"), OWN_KEY)
        self.sign_with.addItem(self.tr("A certificate file (.p12 / .pfx)…"), P12_FILE)
        self.sign_with.addItem(self.tr("Do not sign"), UNSIGNED)
        self.sign_with.setAccessibleName(self.tr("Sign the report with"))
        self.report_button = self._button(self.tr("Write &moderation report…"), self.write_report)
        self.cert_button = self._button(self.tr("Export my &certificate…"), self.export_certificate)
        self.new_cert_button = self._button(self.tr("Make a &new signing certificate…"), self.new_certificate)
        self.signer = QLabel(self)
        self.signer.setWordWrap(True)
        self.signer.setAccessibleName(self.tr("Who your own signing key names"))
        report_box = QGroupBox(self.tr("Moderation report (PDF)"), self)
        form = QFormLayout(report_box)
        form.addRow(self.tr("&Sign with:"), self.sign_with)
        form.addRow("", self.signer)
        form.addRow(self._row(self.report_button, self.cert_button, self.new_cert_button))
        note = QLabel(self.tr("The report is signed as PAdES. Others can check it with “coopeval verify”; give them "
                              "your certificate (Export my certificate) so they can trust your signature."), self)
        note.setWordWrap(True)
        form.addRow(note)

        self.summaries_button = self._button(self.tr("Write &assessment summaries…"), self.write_summaries)
        summaries_box = QGroupBox(self.tr("Assessment summaries (Procurement Act 2023 s.50)"), self)
        summaries_layout = QVBoxLayout(summaries_box)
        summaries_note = QLabel(self.tr("One PDF per bidder, in a folder you choose: the award criteria, its scores "
                                        "with their reasons, the same for the winning tender, and why that tender "
                                        "scored better. With the other award criteria recorded (Results page, Other "
                                        "award criteria…) they state the whole result and the most advantageous "
                                        "tender; until then they are the social value part of the council's "
                                        "assessment summary, and say so. Apart from the winning tender, no bidder "
                                        "sees another bidder's name or scores. Regulation 31's check runs first; the "
                                        "Sign-off page lists what is missing."), self)
        summaries_note.setWordWrap(True)
        summaries_layout.addWidget(summaries_note)
        summaries_layout.addLayout(self._row(self.summaries_button))

        self.xlsx_button = self._button(self.tr("Export to E&xcel (.xlsx)…"), lambda: self.export("xlsx"))
        self.csv_button = self._button(self.tr("Export to C&SV (a folder)…"), lambda: self.export("csv"))
        export_box = QGroupBox(self.tr("Exports"), self)
        export_layout = QVBoxLayout(export_box)
        export_note = QLabel(self.tr("Individual scores with rationales, consensus, commitments and accepted "
                                     "quantities, declarations and results: one sheet (or CSV file) per table."), self)
        export_note.setWordWrap(True)
        export_layout.addWidget(export_note)
        export_layout.addLayout(self._row(self.xlsx_button, self.csv_button))

        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.setAccessibleName(self.tr("What was written"))
        self.written_file: Path | None = None  # what the last run wrote, for Open and Show in folder
        self.written_folder: Path | None = None
        self.open_button = self._button(self.tr("&Open"), self.open_written)
        self.open_button.setAccessibleName(self.tr("Open the file written"))
        self.folder_button = self._button(self.tr("Show in &folder"), self.show_written)
        self.folder_button.setAccessibleName(self.tr("Show the folder it was written to"))
        result_row = QHBoxLayout()
        result_row.addWidget(self.result, 1)
        result_row.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        result_row.addWidget(self.folder_button, 0, Qt.AlignmentFlag.AlignTop)

        self.records = RecordsBox(self, say=self._say, start=self._start,  # retention date, records bundle
                                  signing_key=self._signing_key)
        layout = QVBoxLayout(self)
        for widget in (self.state, report_box, summaries_box, export_box, self.records):
            layout.addWidget(widget)
        layout.addLayout(result_row)
        layout.addStretch(1)
        self._update_controls()
        self._show_signer()
        self._say("")

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        return button

    def _row(self, *widgets: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        for w in widgets:
            row.addWidget(w)
        row.addStretch(1)
        return row

    # state ---------------------------------------------------------------------------------------
    def forget(self) -> None:
        """Another workspace (or none) is open: what was written for its tender is no longer news."""
        self.status, self.reference = None, ""
        self._say("")

    def reload(self) -> None:
        self.status = None
        if self.tender_id is not None and self.controller.is_open:
            tender = self.controller.read(tenders.get_tender, self.tender_id)
            self.status, self.reference = tender.status, tender.reference
        self.records.reload()
        self._update_controls()
        self._show_signer()

    def _show_signer(self) -> None:
        """Who reports signed with the own key will name, or that the page will ask."""
        got = self.controller.op(reports.user_signer, uses_workspace=False, inline=self.signer.setText, parent=self)
        if not got.ok:
            return
        current: reports.SignerView | None = got.value
        self.signer.setText(self.tr("Your own key signs as %1.").replace("%1", current.label) if current is not None
                            else self.tr("You have no signing certificate yet: you will be asked who signs."))

    def _update_controls(self) -> None:
        status = self.status
        reportable = status in (lifecycle.MODERATION, *lifecycle.SIGNED_OFF_OR_LATER)
        if status is None:
            self.state.setText("")
        elif status in lifecycle.SIGNED_OFF_OR_LATER:
            self.state.setText(self.tr("%1 is signed off: the report is final.").replace("%1", self.reference))
        elif status == lifecycle.MODERATION:
            self.state.setText(self.tr("%1 is in moderation: the report is marked “DRAFT — not signed off”. "
                                       "Assessment summaries are written once it is signed off.").replace("%1", self.reference))
        else:
            self.state.setText(self.tr("Reports and exports can be made once moderation opens: individual scores are "
                                       "blind until then. %1 is in %2.").replace("%1", self.reference)
                               .replace("%2", lifecycle.label(status)))
        idle = not self.busy
        for button in (self.report_button, self.xlsx_button, self.csv_button):
            button.setEnabled(idle and reportable)
        self.sign_with.setEnabled(idle and reportable)
        self.summaries_button.setEnabled(idle and status in lifecycle.SIGNED_OFF_OR_LATER)
        self.cert_button.setEnabled(idle)
        self.new_cert_button.setEnabled(idle)
        self.records.update_controls(idle, status)

    def _busy_changed(self, _busy: bool) -> None:
        self._update_controls()

    @property
    def busy(self) -> bool:
        """An operation is running (this page's or another's): the buttons wait for it."""
        return self.controller.busy

    # actions -------------------------------------------------------------------------------------
    def write_report(self) -> None:
        suggested = str(self.controller.folder / f"moderation-report-{reports.safe_name(self.reference)}.pdf")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Write the moderation report"), suggested,
                                              self.tr("PDF files (*.pdf)"))
        if not path:
            return
        out = Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf")
        key = self._signing_key()  # a wrong password or unreadable file is said before any work starts
        if key is _BACKED_OUT:
            return

        def done(written: reports.WrittenReport) -> None:
            state = self.tr("draft") if written.draft else self.tr("final")
            signed = (self.tr("signed by %1").replace("%1", written.signed_by) if written.signed_by
                      else self.tr("not signed"))
            self._say(self.tr("Wrote %1 (%2 pages, %3, %4).").replace("%1", str(written.path))
                      .replace("%2", str(written.pages)).replace("%3", state).replace("%4", signed),
                      file=written.path)

        self._start(self.tr("Writing the moderation report…"), reports.write_report, out, key=key, on_done=done)

    def _signing_key(self, *, always: bool = False) -> object:
        """The key chosen (None for unsigned), or `_BACKED_OUT` when the user backed out of a dialog
        or the key could not be had (already shown). With `always` (a records bundle), "Do not sign" means your
        own key: a bundle is always signed."""
        choice = self.sign_with.currentData()
        if choice == UNSIGNED and always:
            choice = OWN_KEY
        if choice == UNSIGNED:
            return None
        if choice == OWN_KEY:
            current = self.controller.op(reports.user_signer, uses_workspace=False, parent=self)
            if not current.ok:
                return _BACKED_OUT
            if current.value is None and self._ask_signer(None) is None:  # the first key names its signer
                return _BACKED_OUT
            got = self.controller.op(reports.user_signing_key, uses_workspace=False, parent=self)
            return got.value if got.ok else _BACKED_OUT
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Certificate to sign with"), str(self.controller.folder),
                                              self.tr("PKCS#12 certificates (*.p12 *.pfx)"))
        if not path:
            return _BACKED_OUT
        password, ok = QInputDialog.getText(self, self.tr("Certificate password"),
                                            self.tr("Password for %1:").replace("%1", Path(path).name),
                                            QLineEdit.EchoMode.Password)
        if not ok:
            return _BACKED_OUT
        got = self.controller.op(reports.p12_signing_key, Path(path), password or None, uses_workspace=False,
                                 parent=self)
        return got.value if got.ok else _BACKED_OUT

    def write_summaries(self) -> None:
        """Regulation 31's check first: with problems, the officer is asked (Write anyway = force, recorded in the
        audit log); then the folder."""
        try:
            checks = self.controller.read(summary_checks, self.tender_id)
        except CoopEvalError as exc:
            self._say(str(exc))
            return
        force = bool(checks.problems)
        if force and not self.confirm_summary_problems(checks):
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the assessment summaries"),
                                                  str(self.controller.folder))
        if not folder:
            return

        def done(paths: Any) -> None:
            said = self.tr("Wrote %1 assessment summaries in %2.").replace("%1", str(len(paths))).replace("%2", folder)
            if force:
                said += " " + self.tr("They were written with {count} regulation 31 problem(s), recorded in the audit log.").format(
                    count=len(paths.checks.problems))
            for warning in paths.checks.warnings:
                said += " " + self.tr("Warning: %1").replace("%1", warning.message)
            self._say(said, folder=Path(folder))

        self._start(self.tr("Writing the assessment summaries…"), reports.write_summaries, Path(folder), force=force,
                    on_done=done)

    def confirm_summary_problems(self, checks: Any) -> bool:
        """Ask before writing summaries that lack what regulation 31 asks for; True for Write anyway."""
        lines = checks.lines()
        shown = "\n".join(f"• {line}" for line in lines[:SUMMARY_PROBLEMS_SHOWN])
        if len(lines) > SUMMARY_PROBLEMS_SHOWN:
            shown += "\n" + self.tr("… and {count} more.").format(count=len(lines) - SUMMARY_PROBLEMS_SHOWN)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Assessment summaries"),
                          self.tr("{count} thing(s) regulation 31 asks for are missing from the bidders' summaries. The "
                                  "Sign-off page lists each with a link to where it is fixed.").format(count=len(lines)),
                          QMessageBox.StandardButton.Cancel, self)
        box.setInformativeText(self.tr("Write anyway? That is recorded in the audit log with the problems."))
        box.setDetailedText(shown)
        anyway = box.addButton(self.tr("&Write anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is anyway

    def export(self, fmt: str) -> None:
        stem = f"evaluation-{reports.safe_name(self.reference)}"
        if fmt == "xlsx":
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to Excel"),
                                                  str(self.controller.folder / f"{stem}.xlsx"),
                                                  self.tr("Excel workbooks (*.xlsx)"))
            if path and not path.lower().endswith(".xlsx"):
                path += ".xlsx"
        else:
            path = QFileDialog.getExistingDirectory(self, self.tr("Folder for the CSV files"), str(self.controller.folder))
        if not path:
            return
        out = Path(path)  # the workbook, or the folder of CSV files
        self._start(self.tr("Exporting…"), reports.export_tender, fmt, out,
                    on_done=lambda paths: self._say(self.tr("Exported %1 file(s): %2").replace("%1", str(len(paths)))
                                                    .replace("%2", ", ".join(p.name for p in paths)),
                                                    file=out if fmt == "xlsx" else None,
                                                    folder=out.parent if fmt == "xlsx" else out))

    def _ask_signer(self, current: reports.SignerView | None) -> reports.SignerView | None:
        """Ask who signs and make their key (replacing `current`, kept aside); None when backed out."""
        info = self.controller.info
        person = info.person if info is not None else None
        dialog = SignerDialog(self.controller, name=current.name if current else person or "",
                              role=current.role if current else "", council=current.council if current else "",
                              current=current, parent=self)
        dialog.exec()
        made = dialog.made
        self._show_signer()
        return made

    def new_certificate(self) -> None:
        """Make a new signing certificate (another name, role or council); the old one is kept aside."""
        current = self.controller.op(reports.user_signer, uses_workspace=False, parent=self)
        if not current.ok:
            return
        made = self._ask_signer(current.value)
        if made is not None:
            kept = (self.tr(" The previous key is kept in %1, so reports it signed still verify.")
                    .replace("%1", str(made.replaced)) if made.replaced else "")
            self._say(self.tr("Made a signing certificate for %1 (SHA-256 fingerprint %2).%3 Export it for whoever "
                              "checks your reports.").replace("%1", made.label).replace("%2", made.fingerprint)
                      .replace("%3", kept))

    def export_certificate(self) -> None:
        current = self.controller.op(reports.user_signer, uses_workspace=False, parent=self)
        if not current.ok or (current.value is None and self._ask_signer(None) is None):
            return  # a certificate names its signer: with none yet, it is made once they say who they are
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export my signing certificate"),
                                              str(self.controller.folder / "coopeval-signing-certificate.pem"),
                                              self.tr("Certificates (*.pem)"))
        if not path:
            return

        def done(result: tuple[Path, str]) -> None:
            written, fingerprint = result
            self._say(self.tr("Wrote %1. Its SHA-256 fingerprint is %2: confirm it with whoever receives the file.")
                      .replace("%1", str(written)).replace("%2", fingerprint), folder=written.parent)

        self.controller.op(reports.export_user_certificate, Path(path), uses_workspace=False, on_done=done,
                           parent=self)

    # running -------------------------------------------------------------------------------------
    def _start(self, label: str, fn: Callable[..., Any], /, *args: Any, on_done: Callable[[Any], None],
               **kwargs: Any) -> None:
        """`fn(ws, tender, *args, **kwargs)` in the background with the progress dialog and Cancel.
        A cancel or a refusal is said where the result would have been; nothing is written."""
        self._say("")
        self.controller.op(fn, self.tender_id, *args, background=True, progress=label, cancellable=True,
                           on_done=on_done, inline=self._say, parent=self, **kwargs)

    def _say(self, text: str, *, file: Path | None = None, folder: Path | None = None) -> None:
        """Say what happened; after something was written, offer Open (one file) and Show in folder."""
        self.result.setText(text)
        self.written_file = file
        self.written_folder = folder if folder is not None else file.parent if file is not None else None
        self.open_button.setVisible(file is not None)
        self.folder_button.setVisible(self.written_folder is not None)

    # what was written ----------------------------------------------------------------------------
    def open_written(self) -> None:
        """The file written, in the program this computer opens such files with."""
        if self.written_file is not None and not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written_file))):
            self._cannot_open(self.written_file)

    def show_written(self) -> None:
        """The folder it was written to, in the file manager (with the file selected where that is simple)."""
        folder, file = self.written_folder, self.written_file
        if folder is None:
            return
        if file is not None and select_in_file_manager(file):
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            self._cannot_open(folder)

    def _cannot_open(self, path: Path) -> None:
        self.result.setText(self.result.text() + "\n" + self.tr("%1 could not be opened: this computer has no "
                                                                 "program set up for it.").replace("%1", str(path)))


def select_in_file_manager(file: Path) -> bool:
    """Show `file` selected in its folder, where the platform makes that simple (Windows Explorer, the
    macOS Finder); False elsewhere (the folder alone is shown instead)."""
    if sys.platform == "win32":
        started, _pid = QProcess.startDetached("explorer.exe", ["/select,", str(file)])
        return bool(started)
    if sys.platform == "darwin":
        started, _pid = QProcess.startDetached("open", ["-R", str(file)])
        return bool(started)
    return False
