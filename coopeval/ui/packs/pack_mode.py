"""Pack mode: the main window on an evaluator pack. The evaluator sees the tender's Overview and the
guided Scoring page exactly as in the full app, with "I am" fixed to the pack's member; every other
page, the tender list and the workspace-changing menu items are put away.

A pack file is encrypted: opening one asks for its pack passphrase and decrypts it into a private
temporary folder (`sealed.open_working`); scores autosave into that copy, which is sealed back into
the pack file when the pack is closed (or another file opened) and then deleted. "Return pack" asks
for the member's own passphrase, submits the scores and writes the signed, encrypted file to hand
back."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QPushButton, QSizePolicy, QToolBar

from coopeval.services.packs import sealed
from coopeval.services.packs.common import PackError, PackInfo, default_return_path, pack_info
from coopeval.services.packs.returning import return_pack
from coopeval.services.panel.members import find_member
from coopeval.services.setup.tenders import get_tender
from coopeval.services.workspace import WorkspaceInfo
from coopeval.ui.controller import WorkspaceController
from coopeval.ui.i18n import QT_TRANSLATE_NOOP, translate
from coopeval.ui.ops import route_error
from coopeval.ui.packs import passphrases
from coopeval.ui.pages.overview import OverviewPage
from coopeval.ui.pages.scoring import ScoringPage

if TYPE_CHECKING:
    from coopeval.ui.main_window import MainWindow

PACK_FILTER = QT_TRANSLATE_NOOP("PackMode", "CoopEval evaluator packs (*.coopeval-pack);;All files (*)")


def pack_filter() -> str:
    """The file dialogs' filter for evaluator packs, in the reader's language."""
    return translate("PackMode", PACK_FILTER)  # i18n: no
PACK_PAGES = (OverviewPage.title, ScoringPage.title)
BANNER_STYLE = "QLabel { background: #e8f1fb; color: #0b2a4a; padding: 6px; }"  # i18n: no


class PackMode(QObject):
    """Puts the window into pack mode and out again, through what the window offers."""

    def __init__(self, window: MainWindow, controller: WorkspaceController):
        super().__init__(window)
        self.window, self.controller = window, controller
        self.info: PackInfo | None = None
        self.working: sealed.WorkingPack | None = None  # the decrypted pack being worked on
        self.working_read_only = False
        self.bar = QToolBar(self.tr("Evaluator pack"), window)
        self.bar.setObjectName("packBar")
        self.bar.setMovable(False)
        self.bar.setFloatable(False)
        self.banner = QLabel(self.bar)
        self.banner.setAccessibleName(self.tr("About this evaluator pack"))
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.return_button = QPushButton(self.tr("&Return pack…"), self.bar)
        self.return_button.setAccessibleName(self.tr("Return pack: submit my scores and write the file to hand back"))
        self.return_button.clicked.connect(self.return_pack)
        self.bar.addWidget(self.banner)
        self.bar.addWidget(self.return_button)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.bar)
        self.bar.hide()

    @property
    def active(self) -> bool:
        return self.info is not None

    @staticmethod
    def is_sealed_pack(path: Path) -> bool:
        return sealed.is_sealed(Path(path).expanduser())

    def open_sealed(self, path: Path, *, read_only: bool = False) -> bool:
        """Ask for the pack passphrase, decrypt the pack privately and open the copy in pack mode."""
        w = self.window
        path = Path(path).expanduser().absolute()
        if self.working is not None and self.working.origin == path:
            return True  # already open here
        while True:
            passphrase = passphrases.ask(w, self.tr("Open evaluator pack"), self.tr(
                "The pack passphrase for %1 (the officer gave it to you separately, e.g. by phone):").replace(
                "%1", path.name))
            if passphrase is None:
                return False
            outcome = self.controller.op(sealed.open_working, path, passphrase, uses_workspace=False, parent=w,
                                         error_title=self.tr("Cannot open the evaluator pack"))
            if outcome.ok:
                break
            if not isinstance(outcome.error, sealed.WrongPackPassphraseError):
                return False  # shown by the runner; asking again would not help
        working: sealed.WorkingPack = outcome.value
        previous, previous_read_only = self.working, self.working_read_only  # sealed back once it is closed
        self.working, self.working_read_only = working, read_only
        if not w.file_actions.open_path(working.plain, read_only=read_only):
            self.working, self.working_read_only = previous, previous_read_only
            working.discard()
            return False
        if previous is not None:
            self._finish(previous, previous_read_only)
        settings = w.file_actions.settings  # remember the pack file, never its temporary copy
        settings.remove_recent(str(working.plain))
        settings.add_recent(str(path))
        settings.last_workspace = str(path)
        return True

    def window_closing(self) -> None:
        """The window closes (its workspace already closed): seal the work back into the pack."""
        self._finish_working()

    def _finish_working(self) -> None:
        working, self.working = self.working, None
        if working is not None:
            self._finish(working, self.working_read_only)

    def _finish(self, working: sealed.WorkingPack, read_only: bool) -> None:
        """Seal the work back into the pack file and delete the decrypted copy (the copy is closed)."""
        if not read_only:
            try:
                working.save()
            except Exception as exc:  # noqa: BLE001 - the work is kept where it is, and the user told where
                route_error(exc, parent=self.window, on_error=None, inline=None,
                            title=self.tr("Cannot save the evaluator pack"))
                return
        working.discard()

    def workspace_opened(self, ws: WorkspaceInfo | None) -> None:
        if self.working is not None and (ws is None or ws.path != self.working.plain):
            self._finish_working()
        info = None
        if ws is not None:
            try:
                info = self.controller.read(pack_info)
            except Exception:  # noqa: BLE001 - not readable as a pack: treated as the workspace it opened as
                info = None
        if info is None or ws is None:
            self._leave()
        else:
            self._enter(ws, info)

    def _enter(self, ws: WorkspaceInfo, info: PackInfo) -> None:
        w = self.window
        self.info = info
        w.set_tender_list_visible(False)  # a pack holds one tender
        w.show_only_pages(PACK_PAGES)
        w.set_tender_editing(False)
        shown = self.working.origin.name if self.working is not None else ws.path.name
        w.setWindowTitle(self.tr("{file} — evaluator pack — CoopEval").format(file=shown))
        text = self.tr("Evaluator pack for %1 — tender %2. Score, then Return pack.").replace(
            "%1", info.member).replace("%2", info.tender_reference)
        if ws.read_only:
            text += " " + self.tr("Opened read-only: nothing you type can be saved.")
        self.banner.setText(text)
        self.return_button.setEnabled(not ws.read_only)
        self.bar.show()
        try:
            tender = self.controller.read(get_tender, info.tender_reference)
            member = self.controller.read(find_member, info.tender_reference, info.member)
        except Exception as exc:  # noqa: BLE001 - a pack without its tender or member: shown, nothing else offered
            self.return_button.setEnabled(False)
            route_error(exc, parent=w, on_error=None, inline=None, title=self.tr("Cannot show the evaluator pack"))
            return
        w.reload_tenders(tender.id)
        w.scoring_page.fix_member(member.id)  # "I am" is the pack's member, always
        w.select_page(ScoringPage.title)

    def _leave(self) -> None:
        if self.info is None:
            return
        self.info = None
        w = self.window
        w.set_tender_list_visible(True)
        w.show_only_pages(None)
        w.scoring_page.fix_member(None)
        self.bar.hide()

    def return_pack(self) -> None:
        w = self.window
        info = self.controller.info
        if info is None or self.info is None:
            return
        if not w.scoring_page.autosaver.save_now():
            w.scoring_page.say(self.tr("A note could not be saved; see the item marked unsaved, then return the pack."))
            return
        question = self.tr("Submit your scores and write the pack to hand back? Submitted scores become read-only.")
        if QMessageBox.question(w, self.tr("Return pack"), question) != QMessageBox.StandardButton.Yes:
            return
        origin = self.working.origin if self.working is not None else info.path
        name, _ = QFileDialog.getSaveFileName(w, self.tr("Return pack"), str(default_return_path(origin)), pack_filter())
        if not name:
            return
        if self.working is None:
            route_error(PackError(self.tr("This pack was not opened from its encrypted file; open the .coopeval-pack "
                                         "file the officer sent, then choose Return pack.")),
                        parent=w, on_error=None, inline=None, title=self.tr("Cannot return the pack"))
            return
        own = passphrases.ask(w, self.tr("Return pack"), self.tr(
            "Your own passphrase, %1 (the one you sign in with, not the pack passphrase): the returned pack is "
            "signed with it so the officer knows you wrote it.").replace("%1", self.info.member))
        if own is None:
            return
        pack_passphrase = self.working.passphrase

        def returned(path: Path) -> None:
            done = self.tr("Returned: %1 holds your submitted scores. Send that file to the officer.").replace("%1", str(path))
            self.banner.setText(done)
            QMessageBox.information(w, self.tr("Pack returned"), done)

        # e.g. not every item scored: the service says what is missing
        self.controller.op(return_pack, Path(name), pack_passphrase=pack_passphrase, passphrase=own, background=True,
                           progress=self.tr("Writing the pack to hand back…"),
                           parent=w, error_title=self.tr("Cannot return the pack"), on_done=returned)
