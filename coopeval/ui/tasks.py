"""The one way long work leaves the main thread: `TaskRunner.run(fn, on_done, on_error)`.

Results and errors always come back on the main thread. Only `WorkspaceController.op()` uses it;
tests hand the controller a synchronous runner instead (the Picard habit of a fake pool).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class Runner(Protocol):
    def run(self, fn: Callable[[], Any], on_done: Callable[[Any], None],
            on_error: Callable[[BaseException], None]) -> None: ...

    def wait(self, msecs: int = 30_000) -> bool: ...


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay):
        super().__init__()
        self._fn, self._relay = fn, relay

    @Slot()
    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the main thread's error handler, never lost
            self._relay.failed.emit(exc)
        else:
            self._relay.done.emit(result)


class TaskRunner(QObject):
    """Runs work on one background thread: database work is serialised, never concurrent."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relays: set[_Relay] = set()

    def run(self, fn: Callable[[], Any], on_done: Callable[[Any], None],
            on_error: Callable[[BaseException], None]) -> None:
        relay = _Relay()
        self._relays.add(relay)

        def finish(handler: Callable[[Any], None], value: Any) -> None:
            self._relays.discard(relay)
            handler(value)

        relay.done.connect(lambda value: finish(on_done, value))
        relay.failed.connect(lambda exc: finish(on_error, exc))
        self._pool.start(_Job(fn, relay))

    def wait(self, msecs: int = 30_000) -> bool:
        return self._pool.waitForDone(msecs)


@contextmanager
def collected_here() -> Iterator[None]:
    """Collect garbage now, on this (the main) thread, and pause automatic collection until the block ends: a
    collection triggered on another thread would free the Qt objects in that garbage there, and Qt objects freed off
    the GUI thread crash the process (Anki disables the collector for the same reason). For waits on work apart. When
    automatic collection is already off (the app's `ui.collector` collects on the main thread), nothing to do."""
    if not gc.isenabled():
        yield
        return
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def start_apart(fn: Callable[[], None], name: str) -> threading.Thread:
    """Run `fn` on a thread of its own, started now (opening a workspace: work queued on the runner for the current
    one must not hold the next one up). `fn` catches its own errors; the caller waits for the thread."""
    thread = threading.Thread(target=fn, name=name, daemon=True)
    thread.start()
    return thread
