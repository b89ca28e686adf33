"""The one operation runner (`WorkspaceController.op`): where work runs, what the user is shown,
and what is announced. Driven with a real workspace file and, where it matters, the real thread."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton

from coopeval.domain.errors import CoopEvalError
from coopeval.domain.progress import Cancelled, Steps
from coopeval.services.changes import ChangeKind, Changes
from coopeval.services.setup import tenders
from coopeval.ui import ops
from coopeval.ui.controller import WorkspaceController
from coopeval.ui.tasks import TaskRunner
from tests.helpers.tasks import ImmediateTaskRunner


class Shown:
    """Stands in for the error dialog, recording what it would have said."""

    def __init__(self):
        self.errors: list[BaseException] = []

    def __call__(self, parent, exc, title=None):
        self.errors.append(exc)


@pytest.fixture
def shown(monkeypatch) -> Shown:
    recorder = Shown()
    monkeypatch.setattr(ops, "show_error", recorder)
    return recorder


def controller_on(tmp_path: Path, runner) -> WorkspaceController:
    controller = WorkspaceController(runner)
    controller.open(tmp_path / "ops.coopeval", create=True)
    return controller


@pytest.fixture
def controller(qtbot, tmp_path):
    c = controller_on(tmp_path, ImmediateTaskRunner())
    yield c
    c.close(emit=False)


def create(ws, reference: str):
    from coopeval.services.catalogue import load_catalogue

    return tenders.create_tender(ws, reference=reference, title="Meals", scale=load_catalogue().scales["0-5"])


def test_a_change_is_announced_then_on_done_gets_the_value(controller, shown):
    announced, done = [], []
    controller.data_changed.connect(announced.append)
    controller.data_changed.connect(lambda _: done.append("announced first") if not done else None)
    outcome = controller.op(create, "T1", on_done=lambda view: done.append(view.reference))
    assert outcome.ok and outcome.value.reference == "T1" and outcome.error is None
    assert [c.kinds for c in announced] == [frozenset({ChangeKind.TENDER})]
    assert announced[0].tender_id == outcome.value.id
    assert done == ["announced first", "T1"]
    assert shown.errors == []


def test_nothing_is_announced_for_a_change_that_changed_nothing(controller, shown):
    announced = []
    controller.data_changed.connect(announced.append)
    assert controller.op(lambda ws: Changes.none()).ok
    assert controller.op(lambda ws: 42).value == 42
    assert announced == []


def test_an_expected_error_goes_inline_when_the_caller_has_a_place_for_it(controller, shown):
    said = []
    create(controller.workspace, "T1")
    outcome = controller.op(create, "T1", inline=said.append)
    assert outcome.ok is False and isinstance(outcome.error, CoopEvalError)
    assert len(said) == 1 and "T1" in said[0]
    assert shown.errors == []


def test_an_expected_error_without_an_inline_place_is_a_dialog(controller, shown):
    create(controller.workspace, "T1")
    assert controller.op(create, "T1").ok is False
    assert len(shown.errors) == 1 and isinstance(shown.errors[0], CoopEvalError)


def test_an_unexpected_error_is_always_a_dialog_even_with_an_inline_place(controller, shown):
    said = []

    def broken(ws):
        raise KeyError("bug")

    outcome = controller.op(broken, inline=said.append)
    assert outcome.ok is False and isinstance(outcome.error, KeyError)
    assert said == [] and isinstance(shown.errors[0], KeyError)


def test_on_error_can_take_the_error_over(controller, shown):
    seen = []
    create(controller.workspace, "T1")
    controller.op(create, "T1", on_error=lambda exc: seen.append(exc) or True)
    assert len(seen) == 1 and shown.errors == []
    controller.op(create, "T1", on_error=lambda exc: False)  # declined: the usual route
    assert len(shown.errors) == 1


def test_no_workspace_open_is_said_not_crashed(qtbot, shown):
    controller = WorkspaceController(ImmediateTaskRunner())
    outcome = controller.op(create, "T1")
    assert outcome.ok is False and "No workspace is open" in str(outcome.error)
    with pytest.raises(CoopEvalError):
        controller.read(tenders.list_tenders)


def test_progress_and_cancel_reach_the_work_and_cancel_stops_it(controller, shown):
    said, steps_seen = [], []

    def long_work(ws, *, progress, cancel):
        steps = Steps(10, progress, cancel)
        for n in range(10):
            steps.step(f"step {n}")
        return "finished"

    def press_cancel(done: int, total: int, what: str) -> None:
        steps_seen.append(done)
        if done == 3:
            button = controller.progress.dialog.findChild(QPushButton)
            assert controller.progress.dialog.isVisible() and button is not None
            button.click()

    controller.progress.progressed.connect(press_cancel)
    outcome = controller.op(long_work, background=True, progress="Working…", cancellable=True, inline=said.append)
    assert outcome.ok is False and isinstance(outcome.error, Cancelled)
    assert said == ["Cancelled: nothing was written."] and steps_seen == [1, 2, 3]
    assert controller.progress.dialog is None and not controller.busy


def test_progress_is_only_handed_to_work_that_takes_it(controller, shown):
    outcome = controller.op(lambda ws: "no progress parameter", progress="Working…")
    assert outcome.ok and outcome.value == "no progress parameter"
    assert controller.progress.dialog is None


def test_work_that_needs_no_workspace(qtbot, shown):
    controller = WorkspaceController(ImmediateTaskRunner())
    assert controller.op(lambda a, b: a + b, 2, 3, uses_workspace=False).value == 5


def test_background_work_runs_off_the_main_thread_one_at_a_time(qtbot, tmp_path, shown):
    import threading

    runner = TaskRunner()
    controller = controller_on(tmp_path, runner)
    release, threads, busy = threading.Event(), [], []
    controller.busy_changed.connect(busy.append)

    def slow(ws):
        threads.append(threading.current_thread())
        release.wait(10)
        return create(ws, "T1")

    announced = []
    controller.data_changed.connect(announced.append)
    first = controller.op(slow, background=True)
    assert first.ok is None and controller.busy
    second = controller.op(slow, background=True)  # refused while the first runs
    assert second.ok is False and "still busy" in str(second.error)
    release.set()
    qtbot.waitUntil(lambda: first.finished, timeout=10_000)
    assert first.ok and threads == [threads[0]] and threads[0] is not threading.main_thread()
    assert busy == [True, False] and [c.kinds for c in announced] == [frozenset({ChangeKind.TENDER})]
    controller.close(emit=False)


def test_news_of_a_closed_workspace_is_not_announced_to_the_next(qtbot, tmp_path, shown):
    class Deferred(ImmediateTaskRunner):
        """Holds the work until the test lets it run: as if it finished after the switch."""

        def __init__(self):
            self.pending = []

        def run(self, fn, on_done, on_error):
            self.pending.append((fn, on_done, on_error))

    runner = Deferred()
    controller = controller_on(tmp_path, runner)
    announced, done = [], []
    controller.data_changed.connect(announced.append)
    outcome = controller.op(create, "T1", background=True, on_done=done.append)
    (fn, on_done, _), = runner.pending
    result = fn()  # the work ran against the first workspace…
    controller.open(tmp_path / "other.coopeval", create=True)  # …which was closed before it reported
    on_done(result)
    assert outcome.ok and announced == [] and done == []
    controller.close(emit=False)
