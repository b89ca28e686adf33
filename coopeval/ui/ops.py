"""How the outcome of an operation reaches the user: the one progress dialog (with a Cancel that
works) and the one place an error is routed, inline beside the control or in a dialog.

`WorkspaceController.op()` decides where work runs; this module decides how it looks. Expected
errors (a `CoopEvalError`) go to the caller's inline message when it gave one, else to a dialog;
anything unexpected is written to the crash log and shown as one plain sentence. Never a traceback.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from coopeval.domain.errors import CoopEvalError
from coopeval.domain.progress import Cancelled
from coopeval.ui.errors import error_text, show_error

PROGRESS_EVERY = 0.05  # seconds: progress steps closer together than this are not shown one by one
Inline = Callable[[str], None]  # shows a refusal beside the control it concerns
ErrorHandler = Callable[[BaseException], bool]  # True: handled, nothing more to show


@dataclass
class Outcome:
    """What became of one operation. `ok` is None while it runs in the background."""

    ok: bool | None = None
    value: Any = None
    error: BaseException | None = None

    @property
    def finished(self) -> bool:
        return self.ok is not None


class _ProgressRelay(QObject):
    """Carries progress from the worker thread to the dialog on the main thread."""

    progressed = Signal(int, int, str)


class ProgressPanel(QObject):
    """The one progress dialog: a label, a bar, and Cancel when the work can stop. One operation at
    a time shows it; `cancel_requested()` is what the work polls."""

    progressed = Signal(int, int, str)  # re-emitted on the main thread, for anyone watching

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.dialog: QProgressDialog | None = None
        self._cancel = threading.Event()
        self._label = ""
        self._last_what: str | None = None  # the step last shown, and when (see `report`)
        self._last_shown = 0.0
        self._latest: tuple[int, int, str] | None = None  # the last step reported, shown or not
        self._shown: tuple[int, int, str] | None = None  # the last step shown
        self._relay = _ProgressRelay(self)
        self._relay.progressed.connect(self._show_progress)
        # A step left out (see `report`) is shown once the steps stop coming: the main thread looks again after each
        # one it shows, so the bar never stands at an older step while the work spends long on the last one reported.
        self._catch_up = QTimer(self)
        self._catch_up.setSingleShot(True)
        self._catch_up.setInterval(round(PROGRESS_EVERY * 2000))
        self._catch_up.timeout.connect(self._show_latest)

    def start(self, parent: QWidget | None, label: str, *, cancellable: bool) -> None:
        self._cancel = threading.Event()
        self._label = label
        self._last_what, self._last_shown = None, 0.0
        self._latest = self._shown = None
        self._catch_up.stop()
        dialog = QProgressDialog(label, self.tr("Cancel") if cancellable else "", 0, 0, parent)
        dialog.setObjectName("operationProgress")
        dialog.setWindowTitle(self.tr("CoopEval"))
        dialog.setWindowModality(QtCore.Qt.WindowModality.WindowModal)  # `Qt` first made here, after the first paint
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        dialog.setMinimumWidth(380)
        if cancellable:
            dialog.canceled.connect(self._cancel.set)
            dialog.canceled.connect(lambda: dialog.setLabelText(self.tr("Cancelling…")))
        else:
            dialog.setCancelButton(None)  # Qt takes None: no button
        self.dialog = dialog
        dialog.show()

    def finish(self) -> None:
        self._catch_up.stop()
        self._latest = None
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    def report(self, done: int, total: int, what: str) -> None:
        """The `progress` callback handed to the work; safe to call from any thread. Steps closer together than
        `PROGRESS_EVERY` are left out (a report of 1,500 pages says so for each page, and every update repaints the
        dialog on the main thread); a new step's name, the first and the last are always shown, and a step left out
        is shown shortly after if no other follows it."""
        now = time.monotonic()
        self._latest = (done, total, what)
        if what == self._last_what and 0 < done < total and now - self._last_shown < PROGRESS_EVERY:
            return
        self._last_what, self._last_shown = what, now
        self._relay.progressed.emit(done, total, what)

    def cancel(self) -> None:
        """Ask the running work to stop (as the Cancel button does)."""
        self._cancel.set()

    def cancel_requested(self) -> bool:
        """The `cancel` callback handed to the work; safe to call from any thread."""
        return self._cancel.is_set()

    def _show_progress(self, done: int, total: int, what: str) -> None:
        dialog = self.dialog
        if dialog is not None and not self._cancel.is_set():
            dialog.setMaximum(max(total, 1))
            dialog.setValue(min(done, max(total, 1)))
            if what:
                dialog.setLabelText(f"{self._label}\n{what}")
        self._shown = (done, total, what)
        self.progressed.emit(done, total, what)
        if dialog is not None:
            self._catch_up.start()

    def _show_latest(self) -> None:
        latest = self._latest
        if latest is not None and latest != self._shown and self.dialog is not None:
            self._show_progress(*latest)


def route_error(exc: BaseException, *, parent: QWidget | None, on_error: ErrorHandler | None,
                inline: Inline | None, title: str | None) -> None:
    """Show a failed operation's error where it belongs (see the module's docstring)."""
    if on_error is not None and on_error(exc):
        return
    if isinstance(exc, Cancelled):
        if inline is not None:
            inline(str(exc))
        else:
            QMessageBox.information(parent, title or QCoreApplication.translate("Operations", "Cancelled"), str(exc))
        return
    if isinstance(exc, CoopEvalError) and inline is not None:
        inline(error_text(exc))
        return
    show_error(parent, exc, title)
