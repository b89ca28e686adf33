"""The Bids page's two doors for bidders' files: "Response template…" writes the XLSX return bidders fill in, and
"Import returns…" (several files, a folder, or files and folders dropped on the page) reads them on the worker,
shows the preview, and imports them all at once when the officer says so. Everything goes through the controller."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from coopeval.services.bids.returns import ImportPreview, ReturnsError, import_returns, preview_returns
from coopeval.services.publishing.questionnaire import write_template
from coopeval.ui.bids.returns_preview import ReturnsPreviewDialog
from coopeval.ui.controller import WorkspaceController
from coopeval.ui.i18n import QT_TRANSLATE_NOOP, translate

XLSX_FILTER = QT_TRANSLATE_NOOP("ReturnsActions", "Excel workbooks (*.xlsx)")


def xlsx_filter() -> str:
    """The file dialogs' filter for response workbooks, in the user's language."""
    return translate("ReturnsActions", XLSX_FILTER)  # i18n: no


def importable_drop(urls: Iterable[QUrl]) -> list[Path]:
    """The dropped things the import takes: local .xlsx files and folders (the service picks the returns out of a
    folder); anything else is left out."""
    found = []
    for url in urls:
        if not url.isLocalFile():
            continue
        path = Path(url.toLocalFile())
        if path.is_dir() or (path.suffix.lower() == ".xlsx" and path.is_file() and not path.name.startswith("~$")):
            found.append(path)
    return found


class ReturnsActions(QObject):
    """`note(text)` is emitted with one sentence for the page to show (what was written or imported)."""

    note = Signal(str)

    def __init__(self, controller: WorkspaceController, parent: QWidget):
        super().__init__(parent)
        self.controller = controller
        self.widget = parent
        self.tender_id: int | None = None
        self.reference = ""
        self.dialog: ReturnsPreviewDialog | None = None
        self._paths: list[Path] = []

    def show_tender(self, tender_id: int | None, reference: str = "") -> None:
        if tender_id != self.tender_id:
            self.forget()
        self.tender_id, self.reference = tender_id, reference

    def forget(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.reject()
        self._paths = []

    # the response template ---------------------------------------------------------------------
    def write_template(self) -> None:
        if self.tender_id is None:
            return
        suggested = str(self.controller.folder / f"{self.reference or 'tender'}-response.xlsx")
        name, _ = QFileDialog.getSaveFileName(self.widget, self.tr("Response template"), suggested, xlsx_filter())
        if not name:
            return
        path = Path(name) if name.lower().endswith(".xlsx") else Path(name + ".xlsx")
        self.controller.op(write_template, self.tender_id, path, background=True,
                           progress=self.tr("Writing the response template…"), parent=self.widget,
                           error_title=self.tr("Cannot write the response template"),
                           on_done=lambda view: self.note.emit(
                               self.tr("Wrote the response template (version {version}) to {file}. Send it to bidders "
                                       "with the questionnaire.").format(version=view.version, file=path)))

    # importing ---------------------------------------------------------------------------------
    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self.widget, self.tr("Import returns"), str(self.controller.folder),
                                                xlsx_filter())
        if names:
            self.preview([Path(n) for n in names])

    def choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self.widget, self.tr("Import the returns in a folder"),
                                                str(self.controller.folder))
        if name:
            self.preview([Path(name)])

    def preview(self, paths: list[Path]) -> None:
        """Read and check the files on the worker, then show what importing them would do."""
        if self.tender_id is None or not paths:
            return
        self._paths = list(paths)
        read, progress, title = self.reading()
        self.controller.op(read, self.tender_id, self._paths, background=True, cancellable=self.CANCELLABLE_READ,
                           progress=progress, parent=self.widget, error_title=title, on_done=self._show_preview)

    # what a subclass for other returns changes (the Delivery page's)
    CANCELLABLE_READ = True  # the reading service takes progress= and cancel=

    def reading(self) -> tuple[Callable[..., Any], str, str]:
        """The service that previews the returns, what the progress says, and the title of its errors."""
        return preview_returns, self.tr("Reading the returns…"), self.tr("Cannot read the returns")

    def importing(self) -> tuple[Callable[..., Any], str, str]:
        return import_returns, self.tr("Importing the returns…"), self.tr("Cannot import the returns")

    def preview_dialog(self, preview: Any) -> ReturnsPreviewDialog:
        return ReturnsPreviewDialog(preview, self.widget)

    def _show_preview(self, preview: Any) -> None:
        if self.dialog is not None:
            self.dialog.reject()
        dialog = self.preview_dialog(preview)
        dialog.import_requested.connect(self._import)
        dialog.finished.connect(lambda _result, d=dialog: self._closed(d))
        self.dialog = dialog
        dialog.open()

    def _closed(self, dialog: ReturnsPreviewDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _import(self) -> None:
        dialog, tender_id = self.dialog, self.tender_id
        if dialog is None or tender_id is None:
            return

        def refused(exc: BaseException) -> bool:  # a file changed since the preview: its problems, in the dialog
            if isinstance(exc, ReturnsError) and self.dialog is dialog:
                dialog.show_problems(exc.problems)
                return True
            return False

        def imported(preview: Any) -> None:
            if self.dialog is dialog:
                dialog.accept()
            self.note.emit(self.imported_text(preview))

        run, progress, title = self.importing()
        self.controller.op(run, tender_id, self._paths, background=True, progress=progress, parent=dialog,
                           on_error=refused, error_title=title, on_done=imported)

    def imported_text(self, preview: ImportPreview) -> str:
        counts = {a: sum(1 for p in preview.plans if p.action == a) for a in ("create", "update", "unchanged")}
        if counts["create"] + counts["update"] == 0:
            return self.tr("Nothing changed: every return was already imported.")
        return self.tr("Imported {count} returns: {new} new bids, {updated} updated, {unchanged} unchanged.").format(
            count=len(preview.plans), new=counts["create"], updated=counts["update"], unchanged=counts["unchanged"])
