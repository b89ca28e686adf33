"""The main window: the workspace's tenders on the left, the selected tender's pages in the centre,
and the File menu that opens, creates and copies workspaces."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QItemSelectionModel, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coopeval import __version__
from coopeval.services.changes import ChangeKind, Changes
from coopeval.ui import file_actions
from coopeval.ui.controller import WorkspaceController
from coopeval.ui.i18n import QT_TRANSLATE_NOOP, translate
from coopeval.ui.pages.loading import Loader
from coopeval.ui.settings import Settings
from coopeval.ui.welcome import WelcomePage

# The window paints its shell (menus, tender list, status) before anything below is imported: these
# bring in the storage, reporting, signing and spreadsheet libraries, which take seconds to load
# (tests/unit/test_startup_imports.py keeps it so). `MainWindow(None, …)` builds the shell alone and
# `finish_startup(catalogue)` the rest, right after the first paint (ui/application.py).
if TYPE_CHECKING:
    from collections.abc import Callable

    from coopeval.services.catalogue import Catalogue
    from coopeval.services.tender_list import TenderSummary
    from coopeval.services.workspace import WorkspaceInfo
    from coopeval.ui.framework_browser import FrameworkBrowser
    from coopeval.ui.identity.session import Session
    from coopeval.ui.packs.pack_mode import PackMode
    from coopeval.ui.pages.base import TenderPage
    from coopeval.ui.pages.scoring import ScoringPage

# Qt's `Qt` namespace is first touched after the shell has painted: making its ~90 enums takes ~12 ms, more than
# anything else the shell does (tests/unit/test_startup_imports.py keeps it so). Hence `QtCore.Qt` in the methods.
TENDER_ID_ROLE = 0x0100 + 1  # Qt.ItemDataRole.UserRole + 1
# The tender list's counts change with these. A bid, member or declaration is one deliberate action, shown
# at once; scores autosave while someone types, so the list waits for a pause before counting them.
COUNTS_AT_ONCE = frozenset({ChangeKind.BID, ChangeKind.MEMBER, ChangeKind.DECLARATION})
LIST_COUNTS = COUNTS_AT_ONCE | {ChangeKind.SCORE}
WELSH_QUICK_START = "Cychwyn cyflym yn Gymraeg"  # i18n: no - the Welsh heading in docs/guide.md
SIDEBAR_WIDTH = 220  # the tender list's width until the user drags the splitter
# Score rows from which the tender list is counted on the worker (~0.1 s a 100,000 with the counting index).
LIST_BACKGROUND_FROM = 50_000


def _escape(text: str) -> str:
    from html import escape  # here: the shell paints before `html` loads (start-up imports only what it needs)

    return escape(text)


class MainWindow(QMainWindow):
    """`catalogue` None builds the shell alone (menus, tender list, status), for a first paint before
    the heavy imports; `finish_startup(catalogue)` then builds the pages. With a catalogue, both at once."""

    catalogue: Catalogue
    framework_browser: FrameworkBrowser
    frameworks_page: QWidget
    scoring_page: ScoringPage
    session: Session
    pack_mode: PackMode

    def __init__(self, catalogue: Catalogue | None, controller: WorkspaceController, settings: Settings,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.controller, self.settings = controller, settings
        self.started = False  # the pages, session and pack mode are built (finish_startup)
        self.pages: list[TenderPage] = []
        controller.dialog_parent = self
        self._list_loader = Loader(controller, self)  # counts a large workspace's scores on the worker
        self._list_refresh = QTimer(self)
        self._list_refresh.setSingleShot(True)
        self._list_refresh.setInterval(1500)
        self._list_refresh.timeout.connect(self.refresh_counts)
        self.resize(1280, 800)
        self._tenders_of: Path | None = None  # the file whose tenders the list shows
        self.tender_model = QStandardItemModel(self)
        self.tender_list = QListView(self)
        self.tender_list.setModel(self.tender_model)
        self.tender_list.setAccessibleName(self.tr("Tenders in this workspace"))
        self.tender_list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.tender_list.setWordWrap(True)
        self.tender_list.selectionModel().currentChanged.connect(lambda *_: self._show_selected_tender())
        self.new_tender_button = QPushButton(self.tr("&New tender…"), self)
        self.new_tender_button.setAccessibleName(self.tr("New tender"))
        self.new_tender_button.clicked.connect(self.new_tender)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("<b>Tenders</b>"), left)
        left_layout.addWidget(heading)
        left_layout.addWidget(self.tender_list)
        left_layout.addWidget(self.new_tender_button)

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Tender pages"))
        self.no_tender = QLabel(self)  # its words and alignment come with the pages (finish_startup)
        self.tender_area = QStackedWidget(self)
        self.tender_area.addWidget(self.no_tender)
        self.tender_area.addWidget(self.tabs)

        self.workspace_view = QSplitter(parent=self)  # side by side, a splitter's default (by keyword: see TENDER_ID_ROLE)
        self.workspace_view.addWidget(left)
        self.workspace_view.addWidget(self.tender_area)
        # The tender list keeps its width whatever a page shows (the user may still drag the handle): only
        # the pages stretch, and no page asks for more than the window leaves them (tests/gui/test_window_sizes.py).
        self.workspace_view.setStretchFactor(0, 0)
        self.workspace_view.setStretchFactor(1, 1)
        self.workspace_view.setCollapsible(0, False)
        self.workspace_view.setSizes([SIDEBAR_WIDTH, 1280 - SIDEBAR_WIDTH])
        self.welcome = WelcomePage(self)
        self.stack = QStackedWidget(self)
        for widget in (self.welcome, self.workspace_view):
            self.stack.addWidget(widget)
        self.setCentralWidget(self.stack)

        self.file_actions = file_actions.FileActions(self)
        self._build_menus()
        self.set_tender_editing(False)
        if settings.geometry is not None:
            self.restoreGeometry(settings.geometry)
        if catalogue is not None:
            self.finish_startup(catalogue)
        else:  # the shell, until finish_startup: nothing in it can be used yet
            self.stack.setEnabled(False)
            self.menuBar().setEnabled(False)
            self.statusBar().showMessage(self.tr("Starting…"))

    def show_opening(self, what: str) -> None:
        """The shell's look while a workspace is being opened: the tender list, saying so."""
        self.stack.setCurrentWidget(self.workspace_view)
        placeholder = QStandardItem(self.tr("Opening %1…").replace("%1", what))
        placeholder.setEnabled(False)
        self.tender_model.appendRow(placeholder)
        self.statusBar().showMessage(self.tr("Opening %1…").replace("%1", what))

    def finish_startup(self, catalogue: Catalogue) -> None:
        """Build what the shell lacks: the tender pages, the frameworks page, who is signed in and the
        evaluator pack mode; then show the workspace that is open (if any)."""
        if self.started:
            return
        from coopeval.ui.framework_browser import FrameworkBrowser
        from coopeval.ui.identity.session import Session
        from coopeval.ui.packs.pack_mode import PackMode
        from coopeval.ui.pages.award import AwardPage
        from coopeval.ui.pages.bids import BidsPage
        from coopeval.ui.pages.delivery import DeliveryPage
        from coopeval.ui.pages.moderation import ModerationPage
        from coopeval.ui.pages.overview import OverviewPage
        from coopeval.ui.pages.panel import PanelPage
        from coopeval.ui.pages.report import ReportPage
        from coopeval.ui.pages.results import ResultsPage
        from coopeval.ui.pages.scoring import ScoringPage
        from coopeval.ui.pages.setup import SetupPage
        from coopeval.ui.pages.signoff import SignOffPage

        controller, settings = self.controller, self.settings
        self.catalogue = catalogue
        self.no_tender.setText(self.tr("Choose a tender on the left, or create one with New tender."))
        self.no_tender.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
        self.tender_model.clear()  # the shell's placeholder
        self.scoring_page = ScoringPage(controller, settings, self)
        self.pages = [
            OverviewPage(controller, self), SetupPage(controller, catalogue, self), BidsPage(controller, self),
            PanelPage(controller, self), self.scoring_page, ModerationPage(controller, self),
            ResultsPage(controller, self), SignOffPage(controller, self), AwardPage(controller, self),
            DeliveryPage(controller, self), ReportPage(controller, self)]
        for page in self.pages:
            self.tabs.addTab(page, translate("TenderPage", page.title))  # i18n: no - marked where defined
            page.navigate.connect(self.select_page)
        self.framework_browser = FrameworkBrowser(catalogue.frameworks, self)
        self.frameworks_page = self._frameworks_page(catalogue)
        self.stack.addWidget(self.frameworks_page)

        self.session = Session(self, controller)  # who is signed in; its actions join the File menu
        self.file_actions.add_session_actions(self.session.actions())
        self.welcome.new_requested.connect(self.file_actions.new_workspace)
        self.welcome.open_requested.connect(self.file_actions.open_dialog)
        self.welcome.open_read_only_requested.connect(self.file_actions.open_read_only_dialog)
        self.welcome.demo_requested.connect(self.file_actions.open_demo)
        self.welcome.frameworks_requested.connect(self.show_frameworks)
        self.welcome.recent_chosen.connect(self.file_actions.open_path)
        self.pack_mode = PackMode(self, controller)  # an evaluator pack opens in pack mode
        controller.workspace_opened.connect(self._workspace_opened)
        controller.data_changed.connect(self._data_changed)
        self.started = True
        # What start-up made lives as long as the app: keep it out of the collector's full passes, so that one
        # falling during a large load (on either thread; it holds the GIL) no longer walks it all (pauses of up to
        # ~150 ms on the Results page before this, measured with benchmarks/bench_results.py).
        if not gc.get_freeze_count():  # once a process (a test run builds many windows)
            gc.freeze()
        self.stack.setEnabled(True)
        self.menuBar().setEnabled(True)
        self.statusBar().clearMessage()
        self._workspace_opened(controller.info)

    # menus ---------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.file_actions.populate(file_menu)
        tender_menu = bar.addMenu(self.tr("&Tender"))
        self.new_tender_action = self._action(self.tr("&New tender…"), self.new_tender, "Ctrl+T")
        tender_menu.addAction(self.new_tender_action)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(self._action(self.tr("&Workspace"), self.show_workspace, "Ctrl+1"))
        view_menu.addAction(self._action(self.tr("&Frameworks"), self.show_frameworks, "Ctrl+2"))
        settings_menu = bar.addMenu(self.tr("&Settings"))
        settings_menu.addAction(self._action(self.tr("&Language…"), self._choose_language))
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&User guide"), self._user_guide))
        help_menu.addAction(self._action(self.tr("&Keyboard shortcuts"), self._shortcuts, QKeySequence.StandardKey.HelpContents))
        help_menu.addAction(self._action(self.tr("&About CoopEval"), self._about))
        # Ctrl+Tab / Ctrl+Shift+Tab move between the pages from anywhere in the window: a table with the
        # focus would otherwise take the keys itself. Tab alone still moves within a page.
        for keys, step in ((("Ctrl+Tab",), 1), (("Ctrl+Shift+Tab", "Ctrl+Shift+Backtab"), -1)):
            shortcut = QShortcut(self)
            shortcut.setKeys([QKeySequence(k) for k in keys])  # in the whole window: a shortcut's default context
            shortcut.activated.connect(lambda step=step: self.step_page(step))

    def _user_guide(self) -> None:
        from coopeval import i18n
        from coopeval.ui.help_window import HelpWindow, show_user_guide

        # In Welsh the guide first opens at its Welsh quick start (the rest of the guide is in English).
        first = self.findChild(HelpWindow, options=QtCore.Qt.FindChildOption.FindDirectChildrenOnly) is None
        show_user_guide(self, WELSH_QUICK_START if first and i18n.app_language() == "cy" else None)

    def _action(self, text: str, slot, shortcut=None) -> QAction:  # noqa: ANN001
        action = QAction(text, self)
        if shortcut is not None:
            file_actions.set_shortcut(action, shortcut)
        action.triggered.connect(slot)
        return action

    # workspace -----------------------------------------------------------------------------
    def _workspace_opened(self, ws: WorkspaceInfo | None) -> None:
        # Every page has already forgotten the old file (`TenderPage.forget`, connected before this), so
        # the tender selected below is loaded afresh on each page, even where the new file's ids coincide.
        if ws is None:
            self.setWindowTitle(self.tr("CoopEval"))
            self.stack.setCurrentWidget(self.welcome)
            self.welcome.set_recent(self.settings.recent_files)
            self.tender_model.clear()
            for page in self.pages:
                page.show_tender(None)
        else:
            self.setWindowTitle((self.tr("{name} [read-only] — CoopEval") if ws.read_only
                                 else self.tr("{name} — CoopEval")).format(name=ws.path.name))
            self.setWindowFilePath(str(ws.path))
            self.stack.setCurrentWidget(self.workspace_view)
            if ws.path != self._tenders_of:
                self.tender_model.clear()  # another file: its first tender, not the one with the old tender's id
            self.reload_tenders()
            if ws.read_only:
                opened = self.tr("Opened read-only: nothing can be changed.")
                warning = ws.warning or ""
                self.statusBar().showMessage(warning if "read-only" in warning else f"{opened} {warning}".strip())
            elif ws.warning:
                self.statusBar().showMessage(ws.warning)
        self._tenders_of = ws.path if ws is not None else None
        self.set_tender_editing(ws is not None and not ws.read_only)
        self.pack_mode.workspace_opened(ws)
        self._update_actions()
        if not self.pack_mode.active:  # a pack's member signs in inside the pack (ui/packs)
            self.session.workspace_opened(ws)
        else:
            self.session.update()

    def set_tender_editing(self, enabled: bool) -> None:
        """New tender (button and menu) on or off: off when read-only, and in an evaluator pack."""
        self.new_tender_button.setEnabled(enabled)
        self.new_tender_action.setEnabled(enabled)

    def set_tender_list_visible(self, visible: bool) -> None:
        tender_list = self.workspace_view.widget(0)
        if tender_list is not None:
            tender_list.setVisible(visible)

    def show_only_pages(self, titles: tuple[str, ...] | None) -> None:
        """Show just these pages' tabs (None: every page)."""
        for index, page in enumerate(self.pages):
            self.tabs.setTabVisible(index, titles is None or page.title in titles)

    def _update_actions(self) -> None:
        if not self.started:
            return
        self.file_actions.update_enabled(tender_selected=self.current_tender_id() is not None,
                                         in_pack=self.pack_mode.active)

    def reload_tenders(self, select_id: int | None = None) -> None:
        current = select_id if select_id is not None else self.current_tender_id()
        if not self.controller.is_open:
            self._list_loader.cancel()
            self.tender_model.clear()
            return
        self._summaries(lambda summaries: self._fill_tenders(summaries, current))

    def _summaries(self, then: Callable[[list[TenderSummary]], None]) -> None:
        """The tender list's lines, to `then`: read at once, or on the worker when counting a large workspace's scores
        would hold the window up (kept per audit head, so usually at once)."""
        from coopeval.services.tender_list import counting_cost, tender_summaries

        try:
            background = self.controller.read(counting_cost) >= LIST_BACKGROUND_FROM
        except Exception:  # noqa: BLE001 - the read itself says what is wrong
            background = False
        self._list_loader.start(tender_summaries, on_done=then, background=background)

    def _fill_tenders(self, summaries: list[TenderSummary], current: int | None) -> None:
        self.tender_model.clear()
        for s in summaries:
            item = QStandardItem(self.tender_text(s))
            item.setData(s.tender.id, TENDER_ID_ROLE)
            item.setToolTip(s.tender.title)
            self.tender_model.appendRow(item)
        rows = [self.tender_model.item(r).data(TENDER_ID_ROLE) for r in range(self.tender_model.rowCount())]
        if rows:
            row = rows.index(current) if current in rows else 0
            self.tender_list.selectionModel().setCurrentIndex(
                self.tender_model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._show_selected_tender()

    def tender_text(self, s: TenderSummary) -> str:
        """A tender's line in the list: reference and title, then its stage and counts."""
        t = s.tender
        bids = (self.tr("1 bid") if s.bids == 1 else self.tr("%1 bids").replace("%1", str(s.bids)))
        scored = (self.tr(" · %1/%2 scored").replace("%1", str(s.scored)).replace("%2", str(s.to_score))
                  if s.to_score else "")
        from coopeval.domain import lifecycle  # after the first paint (start-up imports only what the shell needs)

        return f"{t.reference} — {t.title}\n{lifecycle.label(t.status)} · {bids}{scored}"

    def refresh_counts(self) -> None:
        """Bring each tender's line up to date in place, keeping the selection (the whole list is
        rebuilt only if the tenders themselves changed)."""
        self._list_refresh.stop()
        if not self.controller.is_open:
            return
        self._summaries(self._update_counts)

    def _update_counts(self, summaries: list[TenderSummary]) -> None:
        items = [self.tender_model.item(r) for r in range(self.tender_model.rowCount())]
        if [s.tender.id for s in summaries] != [i.data(TENDER_ID_ROLE) for i in items]:
            self._fill_tenders(summaries, self.current_tender_id())
            return
        for item, summary in zip(items, summaries, strict=True):
            text = self.tender_text(summary)
            if item.text() != text:
                item.setText(text)

    def current_tender_id(self) -> int | None:
        index = self.tender_list.currentIndex()
        return index.data(TENDER_ID_ROLE) if index.isValid() else None

    def _show_selected_tender(self) -> None:
        if not self.started:
            return
        tender_id = self.current_tender_id()
        self.tender_area.setCurrentWidget(self.tabs if tender_id is not None else self.no_tender)
        for page in self.pages:
            if page.tender_id != tender_id:
                page.show_tender(tender_id)
        self._update_actions()

    def _data_changed(self, changes: Changes) -> None:
        if ChangeKind.TENDER in changes.kinds:
            self.reload_tenders(changes.tender_id)
        elif changes.touches(COUNTS_AT_ONCE):
            self.refresh_counts()
        elif changes.touches(LIST_COUNTS):
            # Autosaves come every second while someone types: refresh the list's counts once they pause.
            self._list_refresh.start()

    def new_tender(self) -> None:
        from coopeval.ui.setup.new_tender_dialog import NewTenderDialog

        dialog = NewTenderDialog(self.controller, self.catalogue.scales, self)
        if dialog.exec() and dialog.created:
            self.reload_tenders(dialog.created.id)
            self.tabs.setCurrentIndex(1)

    def show_workspace(self) -> None:
        self.stack.setCurrentWidget(self.workspace_view if self.controller.is_open else self.welcome)

    def show_frameworks(self) -> None:
        if not self.started:
            return
        self.stack.setCurrentWidget(self.frameworks_page)

    def _frameworks_page(self, catalogue: Catalogue) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.problems_banner = QLabel(page)
        self.problems_banner.setWordWrap(True)
        self.problems_banner.setAccessibleName(self.tr("Framework files that could not be loaded"))
        self.problems_banner.setStyleSheet("QLabel { background: #fff4ce; color: #3b2f00; padding: 6px; }")
        self.problems_banner.setVisible(bool(catalogue.problems))
        if catalogue.problems:
            lines = "<br>".join(_escape(str(p)) for p in catalogue.problems[:10])
            more = len(catalogue.problems) - 10
            self.problems_banner.setText(
                self.tr("Some framework files could not be loaded and are not shown:")
                + f"<br>{lines}" + ("<br>" + self.tr("… and {count} more").format(count=more) if more > 0 else ""))
        back = QPushButton(self.tr("Back to the workspace"), page)
        back.setAccessibleName(self.tr("Back to the workspace"))
        back.clicked.connect(self.show_workspace)
        layout.addWidget(self.problems_banner)
        layout.addWidget(self.framework_browser)
        layout.addWidget(back)
        return page

    def select_page(self, title: str) -> TenderPage:
        for i, page in enumerate(self.pages):
            if page.title == title:
                self.tabs.setCurrentIndex(i)
                return page
        raise KeyError(title)

    def step_page(self, step: int) -> None:
        """The next (step 1) or previous (-1) visible page, round from the last to the first; nothing while
        the pages are not shown."""
        if not self.tabs.isVisible():
            return
        count = self.tabs.count()
        index = self.tabs.currentIndex()
        for _ in range(count):
            index = (index + step) % count
            if self.tabs.isTabVisible(index) and self.tabs.isTabEnabled(index):
                self.tabs.setCurrentIndex(index)
                return

    # help ----------------------------------------------------------------------------------
    def _shortcuts(self) -> None:
        rows = "".join(f"<tr><td><b>{_escape(translate('Shortcuts', k))}</b></td>"  # i18n: no - marked below
                       f"<td>{_escape(translate('Shortcuts', v))}</td></tr>" for k, v in SHORTCUTS)
        table = f"<table cellpadding='3'>{rows}</table>"  # i18n: no - markup
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), table)

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About CoopEval"), self.about_text())

    def about_text(self) -> str:
        """The About box: what CoopEval is, and that the Welsh is a draft a council can correct (issue 22)."""
        from coopeval.ui.i18n import user_catalogue_dir

        try:
            folder = str(user_catalogue_dir() / "cy")
        except OSError:
            folder = "i18n/cy"
        return self.tr(
            "<h3>CoopEval %1</h3><p>Score the co-operative social value of tender bids, beside your "
            "council's own TOMs.</p>").replace("%1", __version__) + self.tr(
            "<p>Cymraeg: the Welsh translation is a draft, to be reviewed by a fluent speaker. A council can correct "
            "it without a new version of CoopEval: put the compiled catalogues <code>coopeval_cy.qm</code> (the "
            "screens) and <code>coopeval.mo</code> (messages and documents) in the folder <code>{folder}</code>; "
            "they take precedence over the ones shipped, from the next start.</p>").format(folder=_escape(folder))

    def _choose_language(self) -> None:
        from coopeval.ui.language_dialog import LanguageDialog

        LanguageDialog(self.settings, self).exec()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.controller.close(emit=False)  # pages flush what is being typed first (about_to_close)
        if self.started:
            self.pack_mode.window_closing()  # an open evaluator pack is sealed back into its file
        self.settings.geometry = self.saveGeometry()
        self.settings.sync()
        super().closeEvent(event)


SHORTCUTS = (  # the Help → Keyboard shortcuts table; shown through translate("Shortcuts", …)
    (QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+N"), QT_TRANSLATE_NOOP("Shortcuts", "New workspace")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+O"), QT_TRANSLATE_NOOP("Shortcuts", "Open a workspace")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+Shift+S"), QT_TRANSLATE_NOOP("Shortcuts", "Save a copy")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+T"), QT_TRANSLATE_NOOP("Shortcuts", "New tender")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+1 / Ctrl+2"), QT_TRANSLATE_NOOP("Shortcuts", "Workspace / Frameworks")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+F"), QT_TRANSLATE_NOOP("Shortcuts", "Search frameworks")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+Q"), QT_TRANSLATE_NOOP("Shortcuts", "Quit")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+L"), QT_TRANSLATE_NOOP("Shortcuts", "Sign out / lock")),
    ("F1", QT_TRANSLATE_NOOP("Shortcuts", "This list")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+Tab / Ctrl+Shift+Tab"), QT_TRANSLATE_NOOP("Shortcuts", "Next / previous page of the tender")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Scoring: 0–9 (Alt+0–9 in a text field)"), QT_TRANSLATE_NOOP("Shortcuts", "Choose the scale point in that position")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Scoring: + / −"), QT_TRANSLATE_NOOP("Shortcuts", "Next / previous scale point")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Scoring: Alt+Right / Alt+Left"), QT_TRANSLATE_NOOP("Shortcuts", "Next / previous item")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Scoring: Ctrl+U"), QT_TRANSLATE_NOOP("Shortcuts", "First unscored item")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Scoring: Ctrl+Enter"), QT_TRANSLATE_NOOP("Shortcuts", "Submit my scores")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Scoring: Alt+R / Alt+W / Alt+A"), QT_TRANSLATE_NOOP("Shortcuts", "Rationale / Where in the bid / Abstain")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Scoring: Alt+I / Alt+O"), QT_TRANSLATE_NOOP("Shortcuts", "Who I am / Order of items")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Moderation: Alt+Right / Alt+Left"), QT_TRANSLATE_NOOP("Shortcuts", "Next / previous item")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Moderation: Ctrl+D"), QT_TRANSLATE_NOOP("Shortcuts", "Next item needing discussion")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Moderation: Ctrl+H"), QT_TRANSLATE_NOOP("Shortcuts", "History of the item")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Moderation: Alt+0–9"), QT_TRANSLATE_NOOP("Shortcuts", "Choose the consensus score")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Moderation: Ctrl+Enter"), QT_TRANSLATE_NOOP("Shortcuts", "Record consensus")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Moderation: F11"), QT_TRANSLATE_NOOP("Shortcuts", "Meeting mode")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Meeting mode: → / ← / D / R / Esc"), QT_TRANSLATE_NOOP("Shortcuts", "Next / previous / next needing discussion / reveal scores / leave")),
)
