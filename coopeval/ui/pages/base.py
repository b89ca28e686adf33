"""What every tender page has: the controller, the tender it shows, the change kinds that make it
reload, one place a reload's error is shown, and one place it forgets a workspace that was closed."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from coopeval.services.changes import ChangeKind, Changes
from coopeval.ui.controller import WorkspaceController
from coopeval.ui.i18n import QT_TRANSLATE_NOOP, translate
from coopeval.ui.ops import route_error


def loading_text() -> str:
    """What a page says while its read runs on the worker."""
    return translate("TenderPage", "Loading…")


class TenderPage(QWidget):
    """Subclasses set `title` and `relevant` (the change kinds that make them reload) and implement
    `reload()` and `forget()`; pages that hold typing override `flush()`."""

    title = QT_TRANSLATE_NOOP("TenderPage", "Page")  # the key select_page uses; shown translated
    relevant: frozenset[ChangeKind] = frozenset()
    navigate = Signal(str)  # asks the window to show the page with this title

    def __init__(self, controller: WorkspaceController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.tender_id: int | None = None
        self._stale = False
        controller.data_changed.connect(self._on_data_changed)
        controller.about_to_close.connect(self.flush)
        controller.person_changing.connect(self.flush)  # typing is saved as the person who typed it
        # Connected as the page is built, so before the main window (which builds its pages first) hears
        # of the new workspace and selects a tender in it: Qt calls slots in the order they were connected.
        controller.workspace_opened.connect(self._workspace_opened)

    def flush(self) -> None:
        """Save what is being typed: the workspace is about to close."""

    def forget(self) -> None:  # pragma: no cover - every page overrides it
        """Drop everything the page holds of the workspace that was open: the ids it caches, the dialogs
        and windows it opened, the last result it said. Called when another workspace (or none) opens,
        after `flush()` saved what was being typed into the old one; `tender_id` is already None and
        `reload()` follows, so the page shows nothing of the old file and acts on none of its ids, even
        where the new file's ids coincide."""
        raise NotImplementedError

    def prepare_screenshot(self) -> None:
        """For `make screenshots`: put the page in its most telling state (by default, as it is)."""

    def show_tender(self, tender_id: int | None) -> None:
        """Show this tender. A page hidden behind another tab of a window on screen only takes note, and
        loads the tender as it is next shown (`_catch_up`): choosing a tender reads one page, not eleven."""
        self.tender_id = tender_id
        if tender_id is not None and self.waits_until_shown():
            self._stale = True
            return
        self._stale = False
        self.refresh()

    def waits_until_shown(self) -> bool:
        """Whether a reload can wait until the page is shown: it is hidden (another tab is in front) in a
        window that is on screen. A page on its own, or in a window not yet shown, loads at once."""
        window = self.window()
        return window is not self and window.isVisible() and not self.isVisible()

    def _workspace_opened(self, _info: object) -> None:
        self.tender_id = None
        self._stale = False
        self.forget()
        self.refresh()

    def refresh(self) -> None:
        """Reload, showing a failure plainly (a dialog; unexpected ones logged), never a traceback."""
        try:
            self.reload()
        except Exception as exc:  # noqa: BLE001 - routed like any operation's error
            route_error(exc, parent=self, on_error=None, inline=None, title=None)

    def setVisible(self, visible: bool) -> None:  # noqa: N802 - Qt's name
        # A tab brought to the front is shown through here: the page reads what it missed while still hidden,
        # so the widgets a reload adds appear with it (added to a page already on screen, Qt would show them
        # only on the next pass of the event loop, out of the tab order meanwhile).
        if visible and not self.isVisible():
            self._catch_up()
        super().setVisible(visible)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._catch_up()  # shown with its window, or by a path that did not pass through setVisible

    def _catch_up(self) -> None:
        """Reload if a tender was noted, or a change heard, while the page was hidden."""
        if self._stale and self.tender_id is not None and self.controller.is_open:
            self._stale = False
            self.refresh()

    def reload(self) -> None:  # pragma: no cover - every page overrides it
        raise NotImplementedError

    def _on_data_changed(self, changes: Changes) -> None:
        if self.tender_id is None or not self.controller.is_open:
            return
        if changes.tender_id not in (None, self.tender_id):
            return
        if changes.touches(self.relevant):
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True  # a hidden page catches up when it is next shown
