"""A page's read on the worker: `Loader.start(fn, *args, on_done=…)` runs `fn(ws, …)` through
`controller.op(..., background=True)`, so a large tender never blocks input while it is read. Only
the latest load's answer is shown (a reload or another tender makes earlier ones stale), and a load
asked for while the worker is busy starts as soon as it is free. A small read (under
`BACKGROUND_FROM` bid × measure items, or one already kept for the current audit head) is done at
once on the main thread: a few milliseconds, with no "Loading…" flicker."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from coopeval.ui.controller import WorkspaceController
from coopeval.ui.ops import ErrorHandler, Inline

BACKGROUND_FROM = 200  # bid × measure items: a tender this large is read on the worker (~40 ms and more)


class Loader(QObject):
    def __init__(self, controller: WorkspaceController, page: QWidget):
        super().__init__(page)
        self.controller, self.page = controller, page
        self._token = 0
        self._waiting: Callable[[], None] | None = None
        self.loading = False
        controller.busy_changed.connect(self._busy_changed)

    def start(self, fn: Callable[..., Any], /, *args: Any, on_done: Callable[[Any], object],
              on_error: ErrorHandler | None = None, inline: Inline | None = None, background: bool = True) -> None:
        """`background` False: a small read, done at once on the main thread (no "Loading…" flicker)."""
        self._token += 1
        token = self._token
        self.loading = True

        def current() -> bool:
            return token == self._token

        def done(value: Any) -> None:
            if current():
                self.loading = False
                on_done(value)

        def failed(exc: BaseException) -> bool:
            if not current():
                return True  # a stale load's error is no news
            self.loading = False
            return on_error(exc) if on_error is not None else False

        def said(text: str) -> None:
            if current() and inline is not None:
                inline(text)

        def run() -> None:
            if not current():
                return
            if background and self.controller.busy:
                self._waiting = run  # the worker runs one thing at a time: this load follows it
                return
            self._waiting = None
            self.controller.op(fn, *args, background=background, on_done=done, on_error=failed,
                               inline=said if inline is not None else None, parent=self.page)

        run()

    def worth_background(self, cost: Callable[..., int], /, *args: Any) -> bool:
        """Whether to read on the worker: `cost(ws, …)` (bid × measure items still to read) is large.
        A cost that cannot be told (the tender is gone…) is read at once: the read then says why."""
        try:
            return self.controller.read(cost, *args) >= BACKGROUND_FROM
        except Exception:  # noqa: BLE001 - the read itself reports the problem
            return False

    def cancel(self) -> None:
        """Whatever is loading is no longer wanted (another workspace, or nothing to show)."""
        self._token += 1
        self._waiting = None
        self.loading = False

    def _busy_changed(self, busy: bool) -> None:
        if not busy and self._waiting is not None:
            run, self._waiting = self._waiting, None
            QTimer.singleShot(0, run)  # after the finished operation has announced its changes
