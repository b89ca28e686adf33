"""Fixtures for driving the real main window on a real workspace file under tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from coopeval.services.catalogue import load_catalogue
from coopeval.ui.application import build_window
from coopeval.ui.settings import Settings
from tests.helpers.moderation_demo import moderation_templates
from tests.helpers.tasks import ImmediateTaskRunner

__all__ = ["moderation_templates"]  # a fixture from tests/helpers, registered here for the GUI tests


@pytest.fixture
def catalogue():
    return load_catalogue()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def _shown(qtbot, win):
    qtbot.addWidget(win)
    win.show()
    yield win
    win.controller.close(emit=False)


@pytest.fixture
def window(qtbot, catalogue, settings):
    """The main window with no workspace open, long work on the real background thread; closed (with
    its workspace) at the end."""
    yield from _shown(qtbot, build_window(catalogue, settings=settings))


@pytest.fixture
def sync_window(qtbot, catalogue, settings):
    """The main window whose long work runs at once, in step with the test (so a Cancel pressed from
    a progress callback lands mid-operation)."""
    yield from _shown(qtbot, build_window(catalogue, settings=settings, tasks=ImmediateTaskRunner()))


@pytest.fixture
def workspace_window(window, tmp_path: Path):
    """The main window on a new, empty workspace file."""
    assert window.file_actions.open_path(tmp_path / "test.coopeval", create=True)
    return window


@pytest.fixture
def user_i18n(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The user data folder's `i18n/` (a council's own catalogues, issue 22) in tmp_path; English again afterwards."""
    from PySide6.QtWidgets import QApplication

    from coopeval import i18n
    from coopeval.ui import i18n as ui_i18n

    folder = tmp_path / "user-data" / "i18n"
    folder.mkdir(parents=True)
    monkeypatch.setattr(ui_i18n, "user_catalogue_dir", lambda: folder)
    yield folder
    ui_i18n.apply_language("en", QApplication.instance())
    i18n.set_override_dirs([])
