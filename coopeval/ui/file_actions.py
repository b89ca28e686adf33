"""The File menu and the rules for opening a workspace: a locked file, or one whose permissions
forbid changes, is offered read-only (File → Open read-only opens any file so), a damaged one is explained with its newest backup, one on a network or sync folder is offered as a
local copy. Nothing here loses or half-writes a file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from coopeval.domain.errors import CoopEvalError
from coopeval.ui.i18n import QT_TRANSLATE_NOOP, translate
from coopeval.ui.ops import route_error

# The services are imported where they are used: this module is part of the window's shell, painted
# before the storage libraries load (see ui/main_window.py).

if TYPE_CHECKING:
    from coopeval.ui.main_window import MainWindow

WORKSPACE_FILTER = QT_TRANSLATE_NOOP("FileActions", "CoopEval workspaces (*.coopeval);;All files (*)")
JSON_FILTER = QT_TRANSLATE_NOOP("FileActions", "Tender JSON (*.json);;All files (*)")
OPEN_FILTER = QT_TRANSLATE_NOOP("FileActions",
                                "CoopEval workspaces and evaluator packs (*.coopeval *.coopeval-pack);;All files (*)")


def _filter(text: str) -> str:
    return translate("FileActions", text)  # i18n: no - the filters above



def set_shortcut(action: QAction, shortcut: QKeySequence.StandardKey | str) -> None:
    """`action`'s key: a standard key (with every binding the platform gives it) or keys such as "Ctrl+L".
    `setShortcuts`, not `setShortcut`: PySide6 settles the latter's overloads by making Qt's whole `Qt` namespace
    (~12 ms), and the menus are built before the window's first paint (tests/unit/test_startup_imports.py)."""
    action.setShortcuts([QKeySequence(shortcut)] if isinstance(shortcut, str) else shortcut)

class FileActions:
    def __init__(self, window: MainWindow):
        self.window = window
        self.controller = window.controller
        self.settings = window.settings
        self.recent_menu: QMenu | None = None

    def populate(self, menu: QMenu) -> None:
        w = self.window
        self.new_action = self._add(menu, translate("FileActions", "&New workspace…"), self.new_workspace, QKeySequence.StandardKey.New)
        self.open_action = self._add(menu, translate("FileActions", "&Open…"), self.open_dialog, QKeySequence.StandardKey.Open)
        self.open_read_only_action = self._add(menu, translate("FileActions", "Open rea&d-only…"), self.open_read_only_dialog)
        self.recent_menu = menu.addMenu(translate("FileActions", "Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.copy_action = self._add(menu, translate("FileActions", "Save a &copy…"), self.save_copy, QKeySequence.StandardKey.SaveAs)
        menu.addSeparator()
        self.import_action = self._add(menu, translate("FileActions", "&Import tender (JSON)…"), self.import_tender)
        self.export_action = self._add(menu, translate("FileActions", "&Export tender (JSON)…"), self.export_tender)
        menu.addSeparator()
        self.spend_action = self._add(menu, translate("FileActions", "Spend and re&gisters…"), self.open_spend)
        self.portfolio_action = self._add(menu, translate("FileActions", "Por&tfolio…"), self.open_portfolio)
        menu.addSeparator()
        self._session_end = menu.addSeparator()  # the session's actions go above it (add_session_actions)
        self._add(menu, translate("FileActions", "&Quit"), w.close, QKeySequence.StandardKey.Quit)
        self.file_menu = menu

    def add_session_actions(self, actions: list[QAction]) -> None:
        """Sign in…, Switch user…, Sign out / Lock, People…: added once the session exists."""
        self.file_menu.insertActions(self._session_end, actions)

    def _add(self, menu: QMenu, text: str, slot, shortcut=None) -> QAction:  # noqa: ANN001
        action = QAction(text, self.window)
        if shortcut is not None:
            set_shortcut(action, shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def update_enabled(self, *, tender_selected: bool, in_pack: bool) -> None:
        """A pack holds one tender, as exported: no tender comes in or goes out of it."""
        is_open = self.controller.is_open
        self.copy_action.setEnabled(is_open)
        self.spend_action.setEnabled(is_open and not in_pack)  # read-only: shown, changing actions disabled
        self.import_action.setEnabled(is_open and not self.controller.read_only and not in_pack)
        self.export_action.setEnabled(is_open and tender_selected and not in_pack)

    def _fill_recent(self) -> None:
        assert self.recent_menu is not None
        self.recent_menu.clear()
        files = self.settings.recent_files
        if not files:
            self.recent_menu.addAction(translate("FileActions", "(none)")).setEnabled(False)
        for path in files:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _=False, p=path: self.open_path(Path(p)))

    # opening -------------------------------------------------------------------------------
    def new_workspace(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self.window, translate("FileActions", "New workspace"), "", _filter(WORKSPACE_FILTER))
        if name:
            path = Path(name) if name.endswith(".coopeval") else Path(name + ".coopeval")
            if path.exists():
                self._refuse(CoopEvalError(translate("FileActions", "{name} already exists; open it instead, or choose another "
                                                        "name.").format(name=path.name)),
                             translate("FileActions", "Cannot create the workspace"))
                return
            self.open_path(path, create=True)

    def open_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self.window, translate("FileActions", "Open workspace"), "", _filter(OPEN_FILTER))
        if name:
            self.open_path(Path(name))

    def open_read_only_dialog(self) -> None:
        """Open a workspace so that nothing in it can change: an archived record, or a look at a file
        someone else is working on."""
        name, _ = QFileDialog.getOpenFileName(self.window, translate("FileActions", "Open workspace read-only"), "",
                                              _filter(WORKSPACE_FILTER))
        if name:
            self.open_path(Path(name), read_only=True)

    def open_demo(self) -> None:
        """The demo workspace, built in the user data folder the first time."""
        from coopeval.services.demo import ensure_demo

        self.controller.op(ensure_demo, uses_workspace=False, background=True, progress=translate("FileActions", "Preparing the demo workspace…"),
                           error_title=translate("FileActions", "Cannot build the demo workspace"), on_done=self.open_path)

    def open_path(self, path: Path, *, create: bool = False, read_only: bool = False) -> bool:
        """Open `path`, asking the user what to do when it is locked or on a network drive."""
        from coopeval.services.workspace import WorkspaceLockedError, WorkspaceNotWritableError

        current = self.controller.info
        if current is not None and not create and current.path == Path(path).expanduser().absolute():
            return True  # already open here; a second handle would only meet our own lock
        if not create and self.window.pack_mode.is_sealed_pack(path):  # an encrypted evaluator pack
            return self.window.pack_mode.open_sealed(Path(path), read_only=read_only)
        try:
            ws = self.controller.open(path, create=create, read_only=read_only)
        except (WorkspaceLockedError, WorkspaceNotWritableError) as exc:
            title = (translate("FileActions", "Workspace in use") if isinstance(exc, WorkspaceLockedError)
                     else translate("FileActions", "Workspace is read-only"))
            answer = QMessageBox.question(
                self.window, title, f"{exc}\n\n" + translate("FileActions", "Open it read-only?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return False
            return self.open_path(path, read_only=True)
        except Exception as exc:  # noqa: BLE001 - a user's file problem, shown plainly; never a traceback
            self._refuse(exc, translate("FileActions", "Cannot open the workspace"))
            if isinstance(exc, CoopEvalError) and not path.exists():
                self.settings.remove_recent(str(path))
            return False
        self.settings.add_recent(str(ws.path))
        self.settings.last_workspace = str(ws.path)
        if ws.warning and not ws.read_only:
            self._offer_local_copy(ws.path, ws.warning)
        return True

    def _refuse(self, exc: BaseException, title: str) -> None:
        route_error(exc, parent=self.window, on_error=None, inline=None, title=title)

    def _offer_local_copy(self, path: Path, warning: str) -> None:
        from coopeval.services.workspace import make_local_copy

        box = QMessageBox(QMessageBox.Icon.Warning, translate("FileActions", "Workspace on a shared drive"), warning,
                          QMessageBox.StandardButton.NoButton, self.window)
        local = box.addButton(translate("FileActions", "Work on a local copy"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(translate("FileActions", "Keep working here"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is not local:
            return

        def copied(target: Path) -> None:
            if self.open_path(target):
                self.window.statusBar().showMessage(translate("FileActions",
                    "Working on a local copy; use File → Save a copy to put it back on the shared drive."))

        self.controller.op(make_local_copy, background=True, progress=translate("FileActions", "Making a local copy…"),
                           on_done=copied, error_title=translate("FileActions", "Cannot make a local copy"))

    # copies and interchange --------------------------------------------------------------
    def save_copy(self) -> None:
        from coopeval.services.workspace import save_copy

        info = self.controller.info
        if info is None:
            return
        suggested = str(info.path.with_name(info.path.stem + " copy.coopeval"))
        name, _ = QFileDialog.getSaveFileName(self.window, translate("FileActions", "Save a copy"), suggested, _filter(WORKSPACE_FILTER))
        if not name:
            return
        self.window.statusBar().showMessage(translate("FileActions", "Saving a copy…"))

        def saved(path: Path) -> None:
            self.window.statusBar().showMessage(translate("FileActions", "Saved a copy to %1").replace("%1", str(path)))

        def failed(exc: BaseException) -> bool:  # shown by the runner; the workspace is untouched
            self.window.statusBar().clearMessage()
            return False

        # A large workspace takes a while to copy: off the main thread, through the one runner.
        self.controller.op(save_copy, Path(name), background=True, on_done=saved, on_error=failed)

    def import_tender(self) -> None:
        from coopeval.services.interchange.tender_json import import_tender_file

        name, _ = QFileDialog.getOpenFileName(self.window, translate("FileActions", "Import tender"), str(self.controller.folder),
                                              _filter(JSON_FILTER))
        if name:  # all or nothing: a refused file changes nothing
            self.controller.op(import_tender_file, Path(name), background=True,
                               progress=translate("FileActions", "Importing %1…").replace("%1", Path(name).name),
                               error_title=translate("FileActions", "Cannot import the tender"),
                               on_done=lambda view: self.window.reload_tenders(view.id))

    def export_tender(self) -> None:
        from coopeval.services.interchange.tender_json import write_tender_json

        tender_id = self.window.current_tender_id()
        if tender_id is None:
            return
        name, _ = QFileDialog.getSaveFileName(self.window, translate("FileActions", "Export tender"), str(self.controller.folder),
                                              _filter(JSON_FILTER))
        if name:  # written to a temporary file and moved into place
            self.controller.op(write_tender_json, tender_id, Path(name), background=True,
                               progress=translate("FileActions", "Exporting the tender…"),
                               on_done=lambda path: self.window.statusBar().showMessage(
                                   translate("FileActions", "Exported to %1").replace("%1", str(path))))

    # the portfolio (issue 20): read only, so it opens with or without a workspace ---------------
    def open_portfolio(self) -> None:
        from coopeval.ui.portfolio.window import PortfolioWindow

        window = getattr(self, "portfolio_window", None)
        if window is None:
            window = self.portfolio_window = PortfolioWindow(self.controller, self.settings, self.window)
            window.show()
            window.rebuild()
        else:
            window.show()
        window.raise_()
        window.activateWindow()

    # the council's spend and the registers (issue 20) ------------------------------------------
    def open_spend(self) -> None:
        from coopeval.ui.spend import open_spend_window

        if self.controller.is_open:
            open_spend_window(self.window, self.controller, self.window.catalogue)
