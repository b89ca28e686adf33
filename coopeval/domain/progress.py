"""How long operations report progress and notice a cancel.

A long operation takes keyword-only `progress(done, total, what)` and `cancel()` (True once the
user has asked to stop). Both may be None. Cancelling raises `Cancelled`, which the caller turns
into "nothing was written": every writer here works on a temporary file first.
"""

from __future__ import annotations

from collections.abc import Callable

from coopeval.domain.errors import CoopEvalError
from coopeval.i18n import _

ProgressFn = Callable[[int, int, str], None]
CancelFn = Callable[[], bool]


class Cancelled(CoopEvalError):
    """The user cancelled; nothing was written."""

    def __init__(self, message: str = _("Cancelled: nothing was written.")) -> None:
        super().__init__(message)


class Steps:
    """Progress over a known number of steps, checking for a cancel at every step."""

    def __init__(self, total: int, progress: ProgressFn | None, cancel: CancelFn | None):
        self.total, self.done = max(total, 1), 0
        self._progress, self._cancel = progress, cancel

    def check(self) -> None:
        if self._cancel is not None and self._cancel():
            raise Cancelled()

    def step(self, what: str, count: int = 1) -> None:
        self.check()
        self.done = min(self.total, self.done + count)
        if self._progress is not None:
            self._progress(self.done, self.total, what)
