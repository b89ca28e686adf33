"""What every tender page has: the controller, the tender it shows, and a refresh hook."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from coopeval.services.workspace import Changes
from coopeval.ui.controller import WorkspaceController
from coopeval.ui.errors import show_error


class TenderPage(QWidget):
    """Subclasses set `title` and implement `reload()`; `relevant` names the change kinds that
    make them reload."""

    title = "Page"
    relevant: frozenset[str] = frozenset()

    def __init__(self, controller: WorkspaceController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.tender_id: int | None = None
        controller.data_changed.connect(self._on_data_changed)
        controller.about_to_close.connect(self._flush_if_any)

    def _flush_if_any(self) -> None:
        flush = getattr(self, "flush", None)
        if flush is not None:
            flush()

    def show_tender(self, tender_id: int | None) -> None:
        self.tender_id = tender_id
        self._stale = False
        self.reload()

    _stale = False

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's name
        super().showEvent(event)
        if self._stale and self.tender_id is not None and self.controller.is_open:
            self._stale = False
            self.reload()

    def reload(self) -> None:  # pragma: no cover - every page overrides it
        raise NotImplementedError

    def _on_data_changed(self, changes: Changes) -> None:
        if self.tender_id is None or not self.controller.is_open:
            return
        if changes.tender_id not in (None, self.tender_id):
            return
        if not self.relevant or changes.kinds & self.relevant:
            if self.isVisible():
                self.reload()
            else:
                self._stale = True  # a hidden page catches up when it is next shown

    def run(self, fn, *args, **kwargs):  # noqa: ANN001, ANN201, ANN002, ANN003
        """Call a changing service and show any error: returns (value, True), or (None, False)."""
        try:
            return self.controller.mutate(fn, *args, **kwargs), True
        except Exception as exc:  # shown to the user by one handler, never a traceback
            show_error(self, exc)
            return None, False
