"""Pack mode: the main window on an evaluator pack. The evaluator sees the tender's Overview and the
guided Scoring page exactly as in the full app, with "I am" fixed to the pack's member; every other
page, the tender list and the workspace-changing menu items are put away. Scores autosave into the
pack. "Return pack" submits the scores and writes a copy of the pack to hand back."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QPushButton, QSizePolicy, QToolBar

from coopeval.services.packs_common import PackInfo, default_return_path, pack_info
from coopeval.services.packs_return import return_pack
from coopeval.services.panel import find_member
from coopeval.services.tenders import get_tender
from coopeval.ui.errors import show_error
from coopeval.ui.pages.overview import OverviewPage
from coopeval.ui.pages.scoring import ScoringPage

if TYPE_CHECKING:
    from coopeval.ui.main_window import MainWindow

PACK_FILTER = "CoopEval evaluator packs (*.coopeval-pack);;All files (*)"
PACK_PAGES = (OverviewPage.title, ScoringPage.title)
BANNER_STYLE = "QLabel { background: #e8f1fb; color: #0b2a4a; padding: 6px; }"


class PackMode(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.info: PackInfo | None = None
        self.bar = QToolBar(window.tr("Evaluator pack"), window)
        self.bar.setObjectName("packBar")
        self.bar.setMovable(False)
        self.bar.setFloatable(False)
        self.banner = QLabel(self.bar)
        self.banner.setAccessibleName(window.tr("About this evaluator pack"))
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.return_button = QPushButton(window.tr("&Return pack…"), self.bar)
        self.return_button.setAccessibleName(window.tr("Return pack: submit my scores and write the file to hand back"))
        self.return_button.clicked.connect(self.return_pack)
        self.bar.addWidget(self.banner)
        self.bar.addWidget(self.return_button)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.bar)
        self.bar.hide()

    @property
    def active(self) -> bool:
        return self.info is not None

    @property
    def scoring(self) -> ScoringPage:
        return next(p for p in self.window.pages if isinstance(p, ScoringPage))

    def workspace_opened(self, ws) -> None:  # noqa: ANN001 - the Workspace, or None
        info = None
        if ws is not None:
            try:
                info = self.window.controller.query(pack_info)
            except Exception:  # not readable as a pack: treated as the workspace it opened as
                info = None
        if info is None:
            self._leave()
        else:
            self._enter(ws, info)

    def _enter(self, ws, info: PackInfo) -> None:  # noqa: ANN001
        w, tr = self.window, self.window.tr
        self.info = info
        w.workspace_view.widget(0).setVisible(False)  # the tender list: a pack holds one tender
        for index, page in enumerate(w.pages):
            w.tabs.setTabVisible(index, page.title in PACK_PAGES)
        w.new_tender_button.setEnabled(False)
        w.new_tender_action.setEnabled(False)
        w.setWindowTitle(f"{ws.path.name} — {tr('evaluator pack')} — CoopEval")
        text = tr("Evaluator pack for %1 — tender %2. Score, then Return pack.").replace(
            "%1", info.member).replace("%2", info.tender_reference)
        if ws.read_only:
            text += " " + tr("Opened read-only: nothing you type can be saved.")
        self.banner.setText(text)
        self.return_button.setEnabled(not ws.read_only)
        self.bar.show()
        w.file_actions.update_enabled()
        try:
            tender = w.controller.query(get_tender, info.tender_reference)
            member = w.controller.query(find_member, info.tender_reference, info.member)
        except Exception as exc:  # a pack without its tender or member: shown, nothing else offered
            self.return_button.setEnabled(False)
            show_error(w, exc, tr("Cannot show the evaluator pack"))
            return
        w.reload_tenders(tender.id)
        scoring = self.scoring
        scoring.member_id = member.id
        scoring.member.setEnabled(False)  # "I am" is the pack's member, always
        scoring.reload()
        w.select_page(ScoringPage.title)

    def _leave(self) -> None:
        if self.info is None:
            return
        self.info = None
        w = self.window
        w.workspace_view.widget(0).setVisible(True)
        for index in range(w.tabs.count()):
            w.tabs.setTabVisible(index, True)
        self.scoring.member.setEnabled(True)
        self.bar.hide()
        w.file_actions.update_enabled()

    def return_pack(self) -> None:
        w, tr = self.window, self.window.tr
        ws = w.controller.workspace
        if ws is None or self.info is None:
            return
        if not self.scoring.autosaver.save_now():
            self.scoring.say(tr("A note could not be saved; see the item marked unsaved, then return the pack."))
            return
        question = tr("Submit your scores and write the pack to hand back? Submitted scores become read-only.")
        if QMessageBox.question(w, tr("Return pack"), question) != QMessageBox.StandardButton.Yes:
            return
        name, _ = QFileDialog.getSaveFileName(w, tr("Return pack"), str(default_return_path(ws.path)), PACK_FILTER)
        if not name:
            return
        try:
            path = w.controller.mutate(return_pack, Path(name))
        except Exception as exc:  # e.g. not every item scored: the service says what is missing
            show_error(w, exc, tr("Cannot return the pack"))
            return
        done = tr("Returned: %1 holds your submitted scores. Send that file to the officer.").replace("%1", str(path))
        self.banner.setText(done)
        QMessageBox.information(w, tr("Pack returned"), done)
