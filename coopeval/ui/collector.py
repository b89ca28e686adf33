"""Python's cyclic garbage collector, run by the app on the main thread only.

Left to itself, the collector runs on whichever thread happens to allocate when a generation fills up. In CoopEval
that is often the worker thread (a report, an import, a page read), with two consequences:

- a collection on the worker frees whatever Qt objects are in the garbage there, and Qt objects freed off the GUI
  thread can crash the process (Anki turns the automatic collector off for the same reason);
- a full collection holds the GIL for as long as it walks every object: during the signed report of a large tender
  the worker's full passes grew to 350 ms, and the window froze for each (measured with benchmarks/bench_stalls.py).

So the app turns automatic collection off and a timer on the main thread collects instead, by the collector's own
thresholds: the young generations whenever they are over them (they hold only what was made in the last few ticks, a
few tens of milliseconds to walk), the oldest only while no background work runs (it holds the work's own objects, most
of which reference counting frees when the work ends) and not more often than keeps it to a small share of the main
thread's time. Work that runs for minutes (a long import) still gets a full collection every `BUSY_FULL_EVERY` seconds:
garbage cycles that reached the oldest generation are freed by nothing else, and would otherwise pile up until the
work ends. Installed by the app (`ui/application.run`); tests and the command line keep Python's automatic collection.

The timer runs in every event loop of the main thread, modal dialogs' and `WorkspaceController.wait_until`'s included;
while the main thread does not return to one (a synchronous step on it), nothing collects, as nothing would for a
thread that holds the GIL with automatic collection off.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

TICK_MS = 50  # how often the main thread looks at the generations' counts
FULL_SHARE = 50  # a full collection waits at least this many times as long as the last one took
BUSY_FULL_EVERY = 60.0  # seconds: while work runs, a full collection waits this long (from the last, or the work's start)


class MainThreadCollector(QObject):
    """Collects garbage on the main thread, by generation; the oldest only while `busy()` is False."""

    def __init__(self, busy: Callable[[], bool], parent: QObject | None = None, *, tick_ms: int = TICK_MS):
        super().__init__(parent)
        self._busy = busy
        self._thresholds = gc.get_threshold()
        self._was_enabled = False
        self._running = False
        self._last_full_at = time.monotonic()
        self._last_full_took = 0.0
        self._busy_since: float | None = None  # when the tick first saw the current work running
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self.tick)

    @property
    def running(self) -> bool:
        return self._running

    def start(self) -> None:
        """Turn automatic collection off and start collecting from the main thread's timer."""
        if self._running:
            return
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._running = True
        self._timer.start()

    def stop(self) -> None:
        """Stop the timer and give collection back to Python as it was before `start`."""
        if not self._running:
            return
        self._timer.stop()
        self._running = False
        if self._was_enabled:
            gc.enable()

    def tick(self) -> int | None:
        """One look at the counts; the generation collected, if any."""
        busy = self._busy()
        if not busy:
            self._busy_since = None
        elif self._busy_since is None:
            self._busy_since = time.monotonic()
        count0, count1, count2 = gc.get_count()
        limit0, limit1, limit2 = self._thresholds
        generation: int | None = None
        if count0 > limit0:
            generation = 0
        if count1 > limit1:
            generation = 1
        if count2 > limit2 and self._full_allowed(busy):
            generation = 2  # seldom while work runs: the oldest generation holds its objects, and walking them all
            # freezes the window (reference counting frees most of them when the work ends)
        if generation is None:
            return None
        began = time.monotonic()
        gc.collect(generation)
        if generation == 2:
            self._last_full_at = time.monotonic()
            self._last_full_took = self._last_full_at - began
        return generation

    def _full_allowed(self, busy: bool) -> bool:
        now = time.monotonic()
        if now - self._last_full_at < FULL_SHARE * self._last_full_took:
            return False
        return not busy or now - max(self._last_full_at, self._busy_since or now) >= BUSY_FULL_EVERY
