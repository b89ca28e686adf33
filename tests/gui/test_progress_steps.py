"""The progress dialog shows a long run of steps without repainting for every one of them."""

from __future__ import annotations

from coopeval.ui.ops import ProgressPanel


def _shown(panel: ProgressPanel) -> list[tuple[int, int, str]]:
    seen: list[tuple[int, int, str]] = []
    panel.progressed.connect(lambda done, total, what: seen.append((done, total, what)))
    return seen


def test_steps_in_quick_succession_are_shown_at_most_every_50_ms_with_the_first_and_last(qapp, monkeypatch):
    clock = {"now": 100.0}
    monkeypatch.setattr("coopeval.ui.ops.time.monotonic", lambda: clock["now"])
    panel = ProgressPanel()
    seen = _shown(panel)
    panel.start(None, "Writing the report…", cancellable=False)
    for page in range(1, 1501):
        clock["now"] += 0.001  # a page a millisecond
        panel.report(page, 1500, "pages")
    panel.finish()
    assert seen[0] == (1, 1500, "pages") and seen[-1] == (1500, 1500, "pages")
    assert 25 <= len(seen) <= 35  # 1.5 s of steps, one shown each 50 ms


def test_a_new_step_name_is_always_shown(qapp, monkeypatch):
    monkeypatch.setattr("coopeval.ui.ops.time.monotonic", lambda: 5.0)  # all at the same moment
    panel = ProgressPanel()
    seen = _shown(panel)
    panel.start(None, "Importing…", cancellable=False)
    panel.report(0, 0, "reading")
    panel.report(1, 3, "bids")
    panel.report(2, 3, "bids")
    panel.report(1, 2, "scores")
    panel.report(2, 2, "scores")
    panel.finish()
    assert seen == [(0, 0, "reading"), (1, 3, "bids"), (1, 2, "scores"), (2, 2, "scores")]


def test_the_dialog_shows_the_last_step(qapp, monkeypatch):
    monkeypatch.setattr("coopeval.ui.ops.time.monotonic", lambda: 5.0)
    panel = ProgressPanel()
    panel.start(None, "Working…", cancellable=False)
    for done in range(1, 11):
        panel.report(done, 10, "rows")
    assert panel.dialog is not None and panel.dialog.value() == 10 and panel.dialog.maximum() == 10
    panel.finish()


def test_a_step_left_out_is_shown_once_no_other_follows(qtbot, monkeypatch):
    """The last report of a run can fall within 50 ms of the one before (work that says "7 of 10" and then takes
    a minute over it): left out then, it is still shown soon after, rather than the bar standing at an older step."""
    monkeypatch.setattr("coopeval.ui.ops.time.monotonic", lambda: 5.0)  # all at the same moment
    panel = ProgressPanel()
    seen = _shown(panel)
    panel.start(None, "Working…", cancellable=False)
    dialog = panel.dialog
    assert dialog is not None
    for done in range(1, 8):
        panel.report(done, 10, "rows")
    assert dialog.value() == 1  # the steps after the first were left out for now
    qtbot.waitUntil(lambda: dialog.value() == 7)
    assert seen[-1] == (7, 10, "rows")
    panel.finish()


def test_a_step_left_out_on_a_worker_thread_is_shown(qtbot, monkeypatch):
    import threading

    monkeypatch.setattr("coopeval.ui.ops.time.monotonic", lambda: 5.0)
    panel = ProgressPanel()
    panel.start(None, "Working…", cancellable=False)
    dialog = panel.dialog
    assert dialog is not None

    def work() -> None:
        for done in range(1, 5):
            panel.report(done, 9, "pages")

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: dialog.value() == 4 and dialog.maximum() == 9)
    panel.finish()


def test_nothing_is_shown_after_the_dialog_is_finished(qtbot, monkeypatch):
    monkeypatch.setattr("coopeval.ui.ops.time.monotonic", lambda: 5.0)
    panel = ProgressPanel()
    seen = _shown(panel)
    panel.start(None, "Working…", cancellable=False)
    panel.report(1, 10, "rows")
    panel.report(2, 10, "rows")  # left out, then the work ends
    panel.finish()
    panel.start(None, "Next…", cancellable=False)
    dialog = panel.dialog
    assert dialog is not None
    qtbot.wait(200)  # the left-out step of the finished work must not turn up in the next one's dialog
    assert dialog.value() <= 0 and seen == [(1, 10, "rows")]
    panel.finish()
