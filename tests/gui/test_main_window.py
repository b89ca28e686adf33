"""The main window around a workspace: opening, creating a tender, read-only and locked files."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from coopeval.services.setup import tenders
from coopeval.services.workspace import Workspace
from coopeval.ui.main_window import SHORTCUTS
from coopeval.ui.setup.new_tender_dialog import NewTenderDialog
from tests.helpers.bids_page import COMPANY, SOCIETY, add_bid, make_tender
from tests.helpers.moderation_demo import open_on_moderation
from tests.helpers.widgets import CTRL


def test_welcome_page_without_a_workspace(window):
    assert window.stack.currentWidget() is window.welcome
    assert not window.new_tender_button.isEnabled()


def test_new_tender_through_the_dialog(qtbot, workspace_window, catalogue):
    win = workspace_window
    assert win.windowTitle().startswith("test.coopeval")
    dialog = NewTenderDialog(win.controller, catalogue.scales, win)
    qtbot.keyClicks(dialog.reference, "EV-2026-001")
    qtbot.keyClicks(dialog.title_edit, "Community meals")
    qtbot.keyClicks(dialog.value, "250,000")
    dialog.accept()
    assert dialog.created is not None and dialog.created.contract_value_pence == 25_000_000
    win.reload_tenders(dialog.created.id)
    assert win.tender_model.rowCount() == 1
    assert "EV-2026-001 — Community meals" in win.tender_model.item(0).text()
    assert "Community meals" in win.pages[0].summary.text()


def test_refused_tender_keeps_the_dialog_open(qtbot, workspace_window, catalogue, monkeypatch):
    shown = []
    monkeypatch.setattr("coopeval.ui.ops.show_error", lambda parent, exc, title=None: shown.append(str(exc)))
    dialog = NewTenderDialog(workspace_window.controller, catalogue.scales, workspace_window)
    qtbot.keyClicks(dialog.title_edit, "No reference")
    dialog.accept()
    assert dialog.created is None and dialog.title_edit.text() == "No reference"
    assert shown == [] and dialog.message.text() == "Not created: Tender reference is required."


def test_locked_workspace_is_offered_read_only(qtbot, window, tmp_path, monkeypatch, catalogue):
    path = tmp_path / "shared.coopeval"
    with Workspace.create(path) as ws:
        tenders.create_tender(ws, reference="T1", title="Held elsewhere", scale=catalogue.scales["0-5"])
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys, time
            from coopeval.services.workspace import Workspace
            ws = Workspace.open({str(path)!r})
            print("locked", flush=True)
            sys.stdin.readline()
        """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        questions = []

        def answer(parent, title, text, buttons):
            questions.append(text)
            return QMessageBox.StandardButton.Yes

        monkeypatch.setattr(QMessageBox, "question", answer)
        assert window.file_actions.open_path(path)
        assert "is open in" in questions[0] and "Open it read-only?" in questions[0]
        assert window.controller.read_only
        assert "[read-only]" in window.windowTitle()
        assert not window.new_tender_button.isEnabled()
        assert window.tender_model.rowCount() == 1
    finally:
        holder.communicate("\n", timeout=30)


def test_damaged_file_is_explained_and_left_alone(window, tmp_path, monkeypatch):
    path = tmp_path / "notes.coopeval"
    path.write_bytes(b"this is not a database at all")
    errors = []
    monkeypatch.setattr("coopeval.ui.ops.show_error", lambda parent, exc, title=None: errors.append(str(exc)))
    assert not window.file_actions.open_path(path)
    assert "not a CoopEval workspace" in errors[0]
    assert path.read_bytes() == b"this is not a database at all"
    assert window.stack.currentWidget() is window.welcome


def test_demo_exit_after_startup_exits_zero(tmp_path):
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"),
               QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-m", "coopeval", "--demo", "--exit-after-startup"],
                            env=env, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert (tmp_path / "data" / "CoopEval" / "demo.coopeval").is_file()


def test_opening_a_missing_file_from_the_command_line_explains(tmp_path):
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"),
               QT_QPA_PLATFORM="offscreen")
    script = textwrap.dedent(f"""
        from PySide6.QtWidgets import QMessageBox
        shown = []
        QMessageBox.exec = lambda self: shown.append(self.text()) or 0
        from coopeval.__main__ import main
        import sys
        code = main([{str(tmp_path / 'nope.coopeval')!r}, "--exit-after-startup"])
        print("SHOWN:", shown)
        sys.exit(code)
    """)
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "There is no workspace at" in result.stdout
    assert "Traceback" not in result.stderr


def test_unexpected_error_becomes_a_plain_message_and_a_log_entry(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QApplication

    from coopeval.crashlog import log_path
    from coopeval.ui.application import install_exception_hook

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    previous = sys.excepthook
    install_exception_hook(QApplication.instance())
    try:
        try:
            raise RuntimeError("a bug deep inside")
        except RuntimeError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        sys.excepthook = previous
    assert "unexpected problem (RuntimeError)" in shown[0]
    assert "Traceback" not in shown[0]
    assert "a bug deep inside" in log_path().read_text(encoding="utf-8")


def test_geometry_and_recent_files_persist(qtbot, catalogue, settings, tmp_path):
    from coopeval.ui.application import build_window

    first = build_window(catalogue, settings=settings)
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 500)
    size = (first.width(), first.height())
    assert size != (1280, 800)  # differs from the default, so the check below means something
    assert first.file_actions.open_path(tmp_path / "kept.coopeval", create=True)
    first.close()
    second = build_window(catalogue, settings=settings)
    qtbot.addWidget(second)
    assert settings.geometry is not None
    # The offscreen screen is narrower than the window's minimum width, so Qt clamps the width on
    # restore; the height shows the saved geometry was applied.
    assert second.height() == size[1]
    assert settings.recent_files == [str(tmp_path / "kept.coopeval")]
    assert settings.last_workspace == str(tmp_path / "kept.coopeval")
    second.controller.close(emit=False)


def test_save_a_copy_runs_off_the_main_thread_and_refuses_the_workspace_itself(qtbot, workspace_window, catalogue,
                                                                                   tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from coopeval.services.workspace import Workspace as Ws

    win = workspace_window
    win.controller.op(tenders.create_tender, reference="T1", title="Kept in the copy", scale=catalogue.scales["0-5"])
    target = tmp_path / "copy.coopeval"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    win.file_actions.save_copy()
    qtbot.waitUntil(lambda: "Saved a copy to" in win.statusBar().currentMessage(), timeout=10_000)
    with Ws.open(target, read_only=True) as copy:
        assert [t.title for t in tenders.list_tenders(copy)] == ["Kept in the copy"]
    errors = []
    monkeypatch.setattr("coopeval.ui.ops.show_error", lambda parent, exc, title=None: errors.append(str(exc)))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(win.controller.workspace.path), ""))
    before = win.controller.workspace.path.read_bytes()
    win.file_actions.save_copy()
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert "cannot be copied onto itself" in errors[0]
    assert win.controller.workspace.path.read_bytes() == before


def test_tender_list_counts_a_saved_bid_at_once_in_words(qtbot, workspace_window, catalogue):
    """Saving a bid shows in the tender list straight away (no stale "0 bids"), as "1 bid", then "2 bids",
    and the tender stays selected."""
    win = workspace_window
    tender, _ = make_tender(win, catalogue)
    assert win.tender_model.item(0).text().endswith("draft · 0 bids")
    page = win.select_page("Bids")
    add_bid(qtbot, page, "IP31245R", "Riverside Care Co-operative Limited", "Riverside Care",
            SOCIETY, "FCA Mutuals Register 31245R")
    assert win.tender_model.item(0).text().endswith("draft · 1 bid")  # at once: no waiting for a timer
    add_bid(qtbot, page, "09876543", "Hartwell Support Services Ltd", "Hartwell Support",
            COMPANY, "Companies House 09876543")
    assert win.tender_model.item(0).text().endswith("draft · 2 bids")
    assert win.current_tender_id() == tender.id and page.current_bid_id is not None


def test_ctrl_tab_moves_between_pages_even_from_a_table(qtbot, window, moderation_templates, tmp_path):
    shift = Qt.KeyboardModifier.ShiftModifier
    page, _ = open_on_moderation(qtbot, window, moderation_templates, tmp_path, opened=True)
    titles = [p.title for p in window.pages]
    grid = page.ui.grid
    grid.setFocus()
    qtbot.waitUntil(grid.hasFocus)
    qtbot.keyClick(grid, Qt.Key.Key_Tab, CTRL)  # a table takes Ctrl+Tab itself unless the window does first
    assert titles[window.tabs.currentIndex()] == titles[titles.index("Moderation") + 1]
    panel = window.select_page("Panel")
    panel.member_view.setFocus()
    qtbot.waitUntil(panel.member_view.hasFocus)
    qtbot.keyClick(panel.member_view, Qt.Key.Key_Tab, CTRL)
    assert titles[window.tabs.currentIndex()] == titles[titles.index("Panel") + 1]
    focused = QApplication.focusWidget()
    qtbot.keyClick(focused, Qt.Key.Key_Backtab, CTRL | shift)  # Ctrl+Shift+Tab, as the keyboard sends it
    assert titles[window.tabs.currentIndex()] == "Panel"
    window.select_page(titles[0])
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Backtab, CTRL | shift)
    assert titles[window.tabs.currentIndex()] == titles[-1]  # round from the first to the last
    window.show_only_pages(("Scoring", "Results"))  # as in an evaluator pack: hidden pages are skipped
    window.select_page("Scoring")
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab, CTRL)
    assert titles[window.tabs.currentIndex()] == "Results"
    # Tab alone still moves within the page, not between pages.
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
    assert titles[window.tabs.currentIndex()] == "Results"
    assert any(keys.startswith("Ctrl+Tab") for keys, _ in SHORTCUTS)


def test_new_tender_dialog_lists_every_problem(qtbot, workspace_window, catalogue):
    dialog = NewTenderDialog(workspace_window.controller, catalogue.scales, workspace_window)
    qtbot.keyClicks(dialog.value, "lots")
    dialog.accept()
    assert dialog.created is None and dialog.value.text() == "lots"
    assert dialog.message.text().splitlines() == [
        "Not created, 3 problems:", "• Tender reference is required.", "• Tender title is required.",
        "• Contract value (£): 'lots' is not a number."]
    shown = dialog.value.contentsRect().width() - 4  # the hint is whole, not squashed
    assert shown >= dialog.value.fontMetrics().horizontalAdvance(dialog.value.placeholderText())


def test_a_workspace_on_a_read_only_disk_says_so_in_the_status_bar(window, tmp_path, monkeypatch, catalogue):
    from coopeval.storage import workspace_file

    path = tmp_path / "archive.coopeval"
    with Workspace.create(path) as ws:
        tenders.create_tender(ws, reference="T1", title="Archived", scale=catalogue.scales["0-5"])
    monkeypatch.setattr(workspace_file, "on_read_only_medium", lambda p: True)
    assert window.file_actions.open_path(path, read_only=True)
    message = window.statusBar().currentMessage()
    assert "read-only disk" in message and "copy it to a writable folder" in message
