"""The Panel page's "Export evaluator pack…" and "Import evaluator pack…": choose whose pack and
where, run the service on the window's task runner with a progress dialog whose Cancel works, and
say what happened. An import that meets different submitted scores lists them and offers to prefer
the pack's, asking for the reason the audit log keeps."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QProgressDialog, QWidget

from coopeval.domain import lifecycle
from coopeval.reporting.progress import Cancelled
from coopeval.services import packs_export, packs_import
from coopeval.services.packs_common import PackConflictError, PackError, default_pack_name
from coopeval.services.tenders import get_tender
from coopeval.ui.errors import show_error
from coopeval.ui.pack_mode import PACK_FILTER
from coopeval.ui.tasks import ImmediateTaskRunner


class _Relay(QObject):
    progressed = Signal(int, int, str)


def export_pack(page) -> None:  # noqa: ANN001 - the PanelPage
    tr, controller = page.tr, page.controller
    ws = controller.workspace
    if ws is None or page.standing is None or page.tender_id is None:
        return
    scorers = [s.member for s in page.standing.members if s.member.role in lifecycle.SCORING_ROLES]
    chosen = next((m for m in scorers if m.id == page.selected_member_id()), None)
    if chosen is None:
        if not scorers:
            show_error(page, PackError("No evaluator is on this tender's panel."))
            return
        name, ok = QInputDialog.getItem(page, tr("Export evaluator pack"), tr("Whose pack?"),
                                        [m.name for m in scorers], 0, False)
        chosen = next((m for m in scorers if m.name == name), None) if ok else None
        if chosen is None:
            return
    reference = controller.query(get_tender, page.tender_id).reference
    default = ws.path.parent / default_pack_name(reference, chosen.name)
    path, _ = QFileDialog.getSaveFileName(page, tr("Export evaluator pack for %1").replace("%1", chosen.name),
                                          str(default), PACK_FILTER)
    if not path:
        return

    def done(result: Any) -> None:
        exported, changes = result
        controller.data_changed.emit(changes)
        QMessageBox.information(page, tr("Evaluator pack"), tr(
            "Wrote %1. Give it to %2: they open it in CoopEval, score, and choose Return pack.").replace(
            "%1", str(exported.path)).replace("%2", exported.member))

    _run(page, tr("Exporting %1's evaluator pack…").replace("%1", chosen.name),
         lambda progress, cancel: packs_export.export_pack(ws, reference, chosen.name, Path(path), overwrite=True,
                                                          progress=progress, cancel=cancel), done)


def import_pack(page, path: Path | None = None, reason: str = "") -> None:  # noqa: ANN001
    tr, controller = page.tr, page.controller
    ws = controller.workspace
    if ws is None:
        return
    if path is None:
        name, _ = QFileDialog.getOpenFileName(page, tr("Import evaluator pack"), str(ws.path.parent), PACK_FILTER)
        if not name:
            return
        path = Path(name)
    prefer = "pack" if reason else None

    def done(result: Any) -> None:
        outcome, changes = result
        if changes.kinds:
            controller.data_changed.emit(changes)
        QMessageBox.information(page, tr("Evaluator pack"), outcome.summary())

    def failed(exc: BaseException) -> bool:
        if not isinstance(exc, PackConflictError):
            return False
        why = _ask_to_prefer(page, exc)
        if why:
            import_pack(page, path, why)
        return True

    _run(page, tr("Importing %1…").replace("%1", path.name),
         lambda progress, cancel: packs_import.import_pack(ws, path, prefer=prefer, reason=reason, progress=progress,
                                                          cancel=cancel), done, failed)


def _ask_to_prefer(page: QWidget, conflict: PackConflictError) -> str | None:
    tr = page.tr
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Different submitted scores"),
                      str(conflict).split("\nTo use the pack's")[0], QMessageBox.StandardButton.NoButton, page)
    box.setObjectName("packConflict")
    use = box.addButton(tr("Use the pack's scores…"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("Keep the workspace's"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is not use:
        return None
    reason, ok = QInputDialog.getText(page, tr("Why prefer the pack?"), tr(
        "Why do the pack's scores replace the submitted ones? The reason is kept in the audit log."))
    return reason.strip() if ok and reason.strip() else None


def _run(page: QWidget, label: str, work: Callable[[Any, Any], Any], on_done: Callable[[Any], None],
         on_failed: Callable[[BaseException], bool] | None = None) -> None:
    """`work(progress, cancel)` off the main thread, with a progress dialog whose Cancel stops it."""
    tasks = getattr(page.window(), "tasks", None) or ImmediateTaskRunner()
    cancel = threading.Event()
    relay = _Relay(page)
    dialog = QProgressDialog(label, page.tr("Cancel"), 0, 0, page)
    dialog.setObjectName("packProgress")
    dialog.setWindowTitle(page.tr("CoopEval"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumDuration(0)
    dialog.canceled.connect(cancel.set)

    def progressed(done: int, total: int, what: str) -> None:
        if not cancel.is_set():
            dialog.setMaximum(max(total, 1))
            dialog.setValue(min(done, max(total, 1)))
            dialog.setLabelText(f"{label}\n{what}")

    relay.progressed.connect(progressed)
    dialog.show()

    def finish() -> None:
        dialog.close()
        dialog.deleteLater()
        relay.deleteLater()

    def done(value: Any) -> None:
        finish()
        on_done(value)

    def failed(exc: BaseException) -> None:
        finish()
        if on_failed is not None and on_failed(exc):
            return
        if isinstance(exc, Cancelled):
            QMessageBox.information(page, page.tr("Evaluator pack"), str(exc))
        else:
            show_error(page, exc)

    tasks.run(lambda: work(relay.progressed.emit, cancel.is_set), done, failed)
