"""The longest event-loop stall while something loads: a QTimer ticks every 5 ms and the largest gap
between ticks (or between the start and the first tick, or the last tick and the end) is how long
input would have waited. Shared by the benchmarks of pages that load on the worker."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

TICK_MS = 5


def load_with_stall(start: Callable[[], None], done: Callable[[], bool], timeout: float = 60.0) -> tuple[float, float]:
    """Call `start()` (which may return at once, leaving work on the worker), then run the event loop
    until `done()`; returns (seconds until done, longest stall in seconds)."""
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    began = time.perf_counter()
    ticks.append(began)
    start()
    while not done():
        QApplication.processEvents()
        if time.perf_counter() - began > timeout:
            raise TimeoutError("the load did not finish")
        time.sleep(0.0005)
    QApplication.processEvents()  # layout and paint of what was loaded
    ended = time.perf_counter()
    ticks.append(ended)
    timer.stop()
    return ended - began, max(b - a for a, b in zip(ticks, ticks[1:]))
