"""The Panel page's "Export evaluator pack…" and "Import evaluator pack…": choose whose pack and
where, run the service through the controller's one operation runner (in the background, with the
shared progress dialog whose Cancel works), and say what happened. An import that meets different
submitted scores lists them and offers to prefer the pack's, asking for the reason the audit log
keeps."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from coopeval.domain import lifecycle
from coopeval.services.packs import export as packs_export
from coopeval.services.packs import importing as packs_import
from coopeval.services.packs.common import PackConflictError, PackError, default_pack_name
from coopeval.services.packs.export import ExportedPack
from coopeval.services.packs.importing import PackImport
from coopeval.services.setup.tenders import get_tender
from coopeval.ui.controller import WorkspaceController
from coopeval.ui.errors import show_error
from coopeval.ui.i18n import translate
from coopeval.ui.packs import passphrases
from coopeval.ui.packs.pack_mode import pack_filter

if TYPE_CHECKING:
    from coopeval.ui.pages.panel import PanelPage


class PackActions:
    """Export and import of evaluator packs for the tender the Panel page shows."""

    def __init__(self, controller: WorkspaceController, page: PanelPage):
        self.controller, self.page = controller, page

    def tr(self, text: str) -> str:
        return translate("PackActions", text)  # i18n: no

    def export_pack(self) -> None:
        page = self.page
        if not self.controller.is_open or page.standing is None or page.tender_id is None:
            return
        scorers = [s.member for s in page.standing.members if s.member.role in lifecycle.SCORING_ROLES]
        chosen = next((m for m in scorers if m.id == page.selected_member_id()), None)
        if chosen is None:
            if not scorers:
                show_error(page, PackError(self.tr("No evaluator is on this tender's panel.")))
                return
            name, ok = QInputDialog.getItem(page, self.tr("Export evaluator pack"), self.tr("Whose pack?"),
                                            [m.name for m in scorers], 0, False)
            chosen = next((m for m in scorers if m.name == name), None) if ok else None
            if chosen is None:
                return
        reference = self.controller.read(get_tender, page.tender_id).reference
        default = self.controller.folder / default_pack_name(reference, chosen.name)
        path, _ = QFileDialog.getSaveFileName(page, self.tr("Export evaluator pack for %1").replace("%1", chosen.name),
                                              str(default), pack_filter())
        if not path:
            return
        passphrase = passphrases.ask_new(page, self.tr("Pack passphrase"), self.tr(
            "The pack is encrypted: choose a pack passphrase (at least 10 characters; three random words are good). "
            "Give it to %1 another way than the file, e.g. by phone, never in the same email.").replace(
            "%1", chosen.name))
        if passphrase is None:
            return

        def done(exported: ExportedPack) -> None:
            QMessageBox.information(page, self.tr("Evaluator pack"), self.tr(
                "Wrote %1. Give it to %2, and tell them the pack passphrase another way (by phone or in person, "
                "never with the file): they open it in CoopEval, sign in as themselves, score, and choose Return "
                "pack.").replace("%1", str(exported.path)).replace("%2", exported.member))

        self.controller.op(packs_export.export_pack, reference, chosen.name, Path(path), passphrase=passphrase,
                           overwrite=True,
                           background=True, progress=self.tr("Exporting %1's evaluator pack…").replace("%1", chosen.name),
                           cancellable=True, on_done=done, parent=page)

    def import_pack(self, path: Path | None = None, reason: str = "", passphrase: str | None = None) -> None:
        """Import a returned pack (asking which when `path` is None, and its pack passphrase); with a
        `reason`, the pack's scores replace different submitted ones."""
        page = self.page
        if not self.controller.is_open:
            return
        if path is None:
            name, _ = QFileDialog.getOpenFileName(page, self.tr("Import evaluator pack"), str(self.controller.folder),
                                                  pack_filter())
            if not name:
                return
            path = Path(name)
        chosen = path
        if passphrase is None:
            passphrase = passphrases.ask(page, self.tr("Import evaluator pack"), self.tr(
                "The pack passphrase for %1 (agreed when the pack was exported):").replace("%1", chosen.name))
            if passphrase is None:
                return
        secret = passphrase

        def done(outcome: PackImport) -> None:
            QMessageBox.information(page, self.tr("Evaluator pack"), outcome.summary())

        def conflict(exc: BaseException) -> bool:
            if not isinstance(exc, PackConflictError):
                return False
            why = self._ask_to_prefer(exc)
            if why:
                self.import_pack(chosen, why, secret)
            return True

        self.controller.op(packs_import.import_pack, chosen, passphrase=secret, prefer="pack" if reason else None,
                           reason=reason,
                           background=True, progress=self.tr("Importing %1…").replace("%1", chosen.name),
                           cancellable=True, on_done=done, on_error=conflict, parent=page)

    def _ask_to_prefer(self, conflict: PackConflictError) -> str | None:
        page = self.page
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Different submitted scores"),
                          str(conflict).split("\nTo use the pack's")[0], QMessageBox.StandardButton.NoButton, page)
        box.setObjectName("packConflict")
        use = box.addButton(self.tr("Use the pack's scores…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Keep the workspace's"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is not use:
            return None
        reason, ok = QInputDialog.getText(page, self.tr("Why prefer the pack?"), self.tr(
            "Why do the pack's scores replace the submitted ones? The reason is kept in the audit log."))
        return reason.strip() if ok and reason.strip() else None
