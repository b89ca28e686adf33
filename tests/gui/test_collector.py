"""The app's garbage collector runs on the main thread only, and its full passes wait while work runs."""

from __future__ import annotations

import gc
import sys
import threading
import weakref
from collections.abc import Iterator

import pytest

from coopeval.ui import collector as collector_module
from coopeval.ui.application import keep_responsive
from coopeval.ui.collector import MainThreadCollector


class _Node:
    def __init__(self) -> None:
        self.other: _Node | None = None


def _cycle() -> weakref.ref[_Node]:
    """A two-object cycle nobody holds: only the cyclic collector can free it."""
    a, b = _Node(), _Node()
    a.other, b.other = b, a
    return weakref.ref(a)


@pytest.fixture
def restored_gc() -> Iterator[None]:
    enabled, thresholds = gc.isenabled(), gc.get_threshold()
    yield
    gc.set_threshold(*thresholds)
    gc.enable() if enabled else gc.disable()


@pytest.fixture
def collections() -> Iterator[list[tuple[str, int]]]:
    """(thread name, generation) of every collection from here on."""
    seen: list[tuple[str, int]] = []

    def note(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            seen.append((threading.current_thread().name, info["generation"]))

    gc.callbacks.append(note)
    yield seen
    gc.callbacks.remove(note)


def test_start_turns_automatic_collection_off_and_stop_gives_it_back(qapp, restored_gc):
    gc.enable()
    collector = MainThreadCollector(lambda: False)
    collector.start()
    assert collector.running and not gc.isenabled()
    collector.stop()
    assert not collector.running and gc.isenabled()


def test_stop_leaves_collection_off_when_it_was_off_before(qapp, restored_gc):
    gc.disable()
    collector = MainThreadCollector(lambda: False)
    collector.start()
    collector.stop()
    assert not gc.isenabled()


def test_garbage_made_on_a_worker_is_collected_on_the_main_thread_only(qapp, restored_gc, collections):
    gc.set_threshold(50, 10, 10)
    collector = MainThreadCollector(lambda: False)
    collector.start()
    refs: list[weakref.ref[_Node]] = []

    def work() -> None:
        for _ in range(5_000):  # far over the youngest generation's threshold: Python alone would collect here
            refs.append(_cycle())

    worker = threading.Thread(target=work, name="worker")
    worker.start()
    worker.join()
    assert not [c for c in collections if c[0] == "worker"]
    assert any(r() is not None for r in refs)  # still there: nothing collected them yet
    while collector.tick() is not None:
        pass
    gc.collect(1)  # what the next ticks would do once their counts fill again
    assert all(r() is None for r in refs)
    assert collections and {name for name, _ in collections} == {threading.current_thread().name}
    collector.stop()


def test_a_tick_collects_only_a_generation_over_its_threshold(qapp, restored_gc):
    gc.set_threshold(100, 10, 10)
    collector = MainThreadCollector(lambda: False)
    collector.start()
    gc.collect()
    assert collector.tick() is None  # nothing allocated since: nothing to do
    ref = _cycle()
    held: list[list[int]] = [[] for _ in range(200)]  # allocations that stay and fill the youngest generation
    assert collector.tick() == 0
    assert ref() is None and len(held) == 200
    collector.stop()


def _ticks(collector: MainThreadCollector, held: list[list[int]], n: int) -> list[int | None]:
    """`n` ticks, each after 20 allocations that stay (they count towards the youngest generation)."""
    generations = []
    for _ in range(n):
        held.extend([] for _ in range(20))
        generations.append(collector.tick())
    return generations


def test_the_oldest_generation_waits_while_work_runs(qapp, restored_gc):
    busy = {"now": True}
    gc.set_threshold(10, 1, 1)
    collector = MainThreadCollector(lambda: busy["now"])
    collector.start()
    held: list[list[int]] = []
    while_busy = _ticks(collector, held, 40)
    assert 2 not in while_busy and 1 in while_busy
    busy["now"] = False
    assert 2 in _ticks(collector, held, 8)  # the older generations as soon as the work is done
    collector.stop()


def test_full_collections_keep_to_a_small_share_of_the_time(qapp, restored_gc, monkeypatch):
    clock = {"now": 1000.0}
    monkeypatch.setattr("coopeval.ui.collector.time.monotonic", lambda: clock["now"])
    gc.set_threshold(10, 1, 1)
    collector = MainThreadCollector(lambda: False)
    collector.start()
    collector._last_full_took = 0.2
    collector._last_full_at = clock["now"]
    held: list[list[int]] = []
    clock["now"] += 5  # 5 s later: less than 50 × 200 ms
    soon = _ticks(collector, held, 10)
    assert 2 not in soon and 1 in soon
    clock["now"] += 6  # 11 s after it
    assert 2 in _ticks(collector, held, 3)
    collector.stop()


def test_the_app_waits_for_its_work_before_a_full_collection(window, restored_gc):
    gc.set_threshold(10, 1, 1)
    interval = sys.getswitchinterval()
    collector = keep_responsive(window)
    held: list[list[int]] = []
    try:
        assert not gc.isenabled()
        assert sys.getswitchinterval() == pytest.approx(0.001)  # the window takes the GIL back within a millisecond
        window.controller._set_busy("a long import")
        while_busy = _ticks(collector, held, 20)
        assert 2 not in while_busy and 1 in while_busy
        window.controller._set_busy(None)
        assert 2 in _ticks(collector, held, 8)
    finally:
        collector.stop()
        sys.setswitchinterval(interval)


def test_work_that_runs_for_long_still_gets_a_full_collection_now_and_then(qapp, restored_gc, monkeypatch):
    """Garbage that reached the oldest generation (cycles made, then dropped, in a long import) is freed only by a
    full collection: while work runs for minutes, one still comes now and then, or memory grows until it ends."""
    clock = {"now": 1000.0}
    monkeypatch.setattr("coopeval.ui.collector.time.monotonic", lambda: clock["now"])
    gc.set_threshold(10, 1, 1)
    collector = MainThreadCollector(lambda: True)  # busy from start to end
    collector.start()
    held: list[list[int]] = []
    clock["now"] += 5
    assert 2 not in _ticks(collector, held, 10)  # not in the first seconds of the work
    node = _Node()
    node.other = _Node()
    node.other.other = node
    ref = weakref.ref(node)
    gc.collect(1)  # the cycle, still held, moves to the oldest generation; then dropped, only a full pass frees it
    del node
    assert 2 not in _ticks(collector, held, 10) and ref() is not None
    clock["now"] += collector_module.BUSY_FULL_EVERY
    assert 2 in _ticks(collector, held, 5)
    assert ref() is None
    clock["now"] += 1
    assert 2 not in _ticks(collector, held, 10)  # and then not again for a while
    collector.stop()


def test_a_full_collection_in_long_work_waits_from_when_the_work_began(qapp, restored_gc, monkeypatch):
    """An idle spell without a full collection does not make the first seconds of the next work pay for one."""
    clock = {"now": 1000.0}
    monkeypatch.setattr("coopeval.ui.collector.time.monotonic", lambda: clock["now"])
    busy = {"now": False}
    gc.set_threshold(10, 1, 1)
    collector = MainThreadCollector(lambda: busy["now"])
    collector.start()
    clock["now"] += 10 * collector_module.BUSY_FULL_EVERY  # idle, and no full collection was due
    busy["now"] = True
    held: list[list[int]] = []
    assert 2 not in _ticks(collector, held, 10)
    clock["now"] += collector_module.BUSY_FULL_EVERY
    assert 2 in _ticks(collector, held, 5)
    collector.stop()


def test_the_timer_collects_while_a_modal_dialog_runs_its_own_event_loop(qapp, restored_gc, collections):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog

    gc.set_threshold(50, 10, 10)
    collector = MainThreadCollector(lambda: False, tick_ms=5)
    collector.start()
    dialog = QDialog()
    refs: list[weakref.ref[_Node]] = []

    def look() -> None:
        if not refs:
            refs.extend(_cycle() for _ in range(500))  # garbage made while the dialog is open
        elif all(r() is None for r in refs):
            dialog.accept()

    watcher = QTimer()
    watcher.setInterval(10)
    watcher.timeout.connect(look)
    watcher.start()
    QTimer.singleShot(10_000, dialog.reject)  # a safety net only: the test fails then
    try:
        assert dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        watcher.stop()
        collector.stop()
    assert collections and {name for name, _ in collections} == {threading.current_thread().name}
