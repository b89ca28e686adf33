"""Opening a workspace (integrity check, migrations, the backup before them) runs on the worker while the window keeps
answering; its errors still reach the user as before, and an application quitting mid-open is not left hanging."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from PySide6.QtCore import QTimer

from coopeval.services.workspace import Workspace


def test_the_opening_runs_on_the_worker_while_the_event_loop_turns(window, tmp_path: Path, monkeypatch):
    path = tmp_path / "big.coopeval"
    Workspace.create(path, actor="test").close()
    real_open = Workspace.open.__func__
    seen: dict[str, object] = {}

    def slow_open(cls, *args, **kwargs):
        seen["thread"] = threading.current_thread()
        time.sleep(0.3)  # a large file's integrity check
        return real_open(cls, *args, **kwargs)

    monkeypatch.setattr(Workspace, "open", classmethod(slow_open))
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    assert window.file_actions.open_path(path)
    timer.stop()
    assert seen["thread"] is not threading.main_thread()
    assert len(ticks) >= 5, "the event loop stood still while the workspace opened"
    assert window.controller.info is not None and window.controller.info.path == path


def test_an_opening_error_is_shown_as_before(window, tmp_path: Path, monkeypatch):
    bad = tmp_path / "not-a-workspace.coopeval"
    bad.write_bytes(b"this is not SQLite" * 100)
    shown: list[str] = []
    monkeypatch.setattr("coopeval.ui.file_actions.route_error",
                        lambda exc, **kw: shown.append(str(exc)), raising=False)
    monkeypatch.setattr(window.file_actions, "_refuse", lambda exc, title: shown.append(f"{title}: {exc}"))
    assert not window.file_actions.open_path(bad)
    assert shown and "Cannot open the workspace" in shown[0]
    assert window.controller.info is None
    assert not window.controller.busy


def test_another_workspace_opens_while_work_for_the_current_one_runs(window, tmp_path: Path, qtbot):
    """The opening has a thread of its own: work queued on the task runner for the current workspace never holds the
    next one up (closing the current one waits for that work, as before)."""
    first, second = tmp_path / "first.coopeval", tmp_path / "second.coopeval"
    for path in (first, second):
        Workspace.create(path, actor="test").close()
    assert window.file_actions.open_path(first)
    release = threading.Event()
    outcome = window.controller.op(lambda ws: release.wait(5) and "done", background=True)
    assert window.controller.busy
    threading.Timer(0.2, release.set).start()  # the work ends while the next workspace is being opened
    assert window.file_actions.open_path(second)
    assert window.controller.info is not None and window.controller.info.path == second
    qtbot.waitUntil(lambda: outcome.finished)  # its news arrives, and is not announced to the new workspace
    assert outcome.ok and outcome.value == "done"
    assert not window.controller.opening


def test_what_start_up_made_is_kept_out_of_full_collections(window):
    import gc

    assert window.started
    assert gc.get_freeze_count() > 10_000  # the app's modules, widgets and catalogue: frozen once started (once a process)


def test_a_large_workspaces_tender_list_is_counted_on_the_worker(window, tmp_path: Path, monkeypatch, qtbot):
    from coopeval.services import tender_list
    from coopeval.ui import main_window as mw
    from tests.helpers.workspaces import create_workspace, draft_tender

    path = tmp_path / "large.coopeval"
    with create_workspace(path) as ws:
        draft_tender(ws, "T1", bid_count=2)
        draft_tender(ws, "T2", bid_count=1)
    assert window.file_actions.open_path(path)
    assert window.tender_model.rowCount() == 2
    monkeypatch.setattr(mw, "LIST_BACKGROUND_FROM", 0)  # every workspace counts as large
    threads: list[threading.Thread] = []
    real = tender_list.tender_summaries
    monkeypatch.setattr(tender_list, "tender_summaries", lambda ws: threads.append(threading.current_thread()) or real(ws))
    tender_list.clear_cache()
    window.reload_tenders()
    qtbot.waitUntil(lambda: bool(threads) and not window.controller.busy and window.tender_model.rowCount() == 2)
    assert threads and threads[0] is not threading.main_thread()
    assert "T1" in window.tender_model.item(0).text() and "2 bids" in window.tender_model.item(0).text()
