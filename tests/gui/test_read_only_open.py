"""Opening a workspace read-only from the app: a file whose permissions forbid changes is offered
read-only, File → Open read-only and the welcome page open any file so, and nothing is then editable."""

from __future__ import annotations

import stat

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from coopeval.services.setup import tenders
from coopeval.services.workspace import Workspace
from coopeval.ui.pages.setup import SetupPage


@pytest.fixture
def archived(tmp_path, catalogue):
    """A workspace holding one draft tender."""
    path = tmp_path / "archived.coopeval"
    with Workspace.create(path) as ws:
        tenders.create_tender(ws, reference="T1", title="Kept as it was", scale=catalogue.scales["0-5"])
    return path


def _questions(monkeypatch, answer=QMessageBox.StandardButton.Yes):
    asked = []

    def question(parent, title, text, buttons):
        asked.append((title, text))
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def _choose(monkeypatch, path):
    chosen = []

    def get_open_file_name(parent, caption, folder, filters):
        chosen.append(caption)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", get_open_file_name)
    return chosen


def _assert_opened_read_only(qtbot, win, path, before: bytes):
    qtbot.waitUntil(lambda: win.controller.is_open, timeout=10_000)
    assert win.controller.read_only
    assert win.stack.currentWidget() is win.workspace_view
    assert win.windowTitle().startswith(f"{path.name} [read-only]")
    assert "read-only" in win.statusBar().currentMessage()
    assert win.tender_model.rowCount() == 1
    # Nothing can be changed: no new or imported tender, and the draft's set-up is frozen.
    assert not win.new_tender_button.isEnabled() and not win.new_tender_action.isEnabled()
    assert not win.file_actions.import_action.isEnabled()
    setup = next(page for page in win.pages if isinstance(page, SetupPage))
    assert setup.tender_id is not None
    win.select_page(SetupPage.title)  # a page behind another tab reads its tender when shown (issue 16)
    assert not setup.start_button.isEnabled()
    assert "open read-only" in setup.banner.text()
    assert not path.with_name(path.name + ".lock").exists()
    assert path.read_bytes() == before


def test_unwritable_file_is_offered_read_only(qtbot, window, archived, monkeypatch):
    archived.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)  # chmod 444: even root is told it is read-only
    before = archived.read_bytes()
    asked = _questions(monkeypatch)
    assert window.file_actions.open_path(archived)
    assert len(asked) == 1
    title, text = asked[0]
    assert title == "Workspace is read-only"
    assert "file permissions do not allow changes" in text and text.endswith("Open it read-only?")
    _assert_opened_read_only(qtbot, window, archived, before)


def test_unwritable_file_declined_stays_closed(qtbot, window, archived, monkeypatch):
    archived.chmod(0o444)
    before = archived.read_bytes()
    asked = _questions(monkeypatch, QMessageBox.StandardButton.No)
    assert not window.file_actions.open_path(archived)
    assert len(asked) == 1
    assert not window.controller.is_open
    assert window.stack.currentWidget() is window.welcome
    assert archived.read_bytes() == before


def test_file_menu_opens_a_writable_file_read_only(qtbot, window, archived, monkeypatch):
    before = archived.read_bytes()
    asked = _questions(monkeypatch)
    chosen = _choose(monkeypatch, archived)
    action = window.file_actions.open_read_only_action
    assert action.text().replace("&", "") == "Open read-only…"
    assert action in window.menuBar().actions()[0].menu().actions()
    action.trigger()
    assert chosen == ["Open workspace read-only"]
    assert asked == []  # the user asked for read-only: nothing to ask
    _assert_opened_read_only(qtbot, window, archived, before)


def test_welcome_page_opens_read_only(qtbot, window, archived, monkeypatch):
    before = archived.read_bytes()
    _questions(monkeypatch)
    chosen = _choose(monkeypatch, archived)
    button = window.welcome.open_read_only_button
    assert button.isVisible() and button.accessibleName() == "Open a workspace read-only"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert chosen == ["Open workspace read-only"]
    _assert_opened_read_only(qtbot, window, archived, before)
