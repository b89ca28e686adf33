"""Test set-up shared by the unit and GUI suites."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from coopeval.services.identity import sessions
from coopeval.services.workspace import Workspace

# GUI tests run offscreen unless a display is asked for explicitly.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent

# Fixtures shared by the unit and GUI suites (pytest takes `pytest_plugins` only in this top-level conftest).
pytest_plugins = ["tests.helpers.packs"]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    gui_dir = REPO / "tests" / "gui"
    for item in items:
        if gui_dir in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _user_data_in_tmp(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep every test's logs and settings out of the real user data folder."""
    home = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("HOME", str(home))


@pytest.fixture(autouse=True)
def _english_after_each_test() -> Iterator[None]:
    """A test that switches the language (issue 22) leaves English behind it, with no override folders."""
    yield
    from coopeval import i18n

    i18n.set_app_language("en")
    if i18n.override_dirs():
        i18n.set_override_dirs([])


def _act_as_everyone(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every Workspace opened from now on acts as `Everyone`, and its sign-off confirmation asks nothing."""
    from tests.helpers.identity import Everyone

    original = Workspace.__init__

    def init(self: Workspace, *args: object, **kwargs: object) -> None:
        original(self, *args, **kwargs)  # type: ignore[arg-type]
        self.person = Everyone()

    monkeypatch.setattr(Workspace, "__init__", init)
    confirm = sessions.confirm

    def confirm_everyone(ws: Workspace, passphrase: str | None) -> None:
        if not isinstance(ws.person, Everyone):  # someone really signed in confirms for real
            confirm(ws, passphrase)

    monkeypatch.setattr(sessions, "confirm", confirm_everyone)


@pytest.fixture(scope="module", autouse=True)
def _module_acting_as_everyone() -> Iterator[None]:
    """Module-scoped fixtures (a workspace built once for a module's tests) act as `Everyone` too;
    they are set up before any one test's fixtures."""
    with pytest.MonkeyPatch.context() as monkeypatch:
        _act_as_everyone(monkeypatch)
        yield


@pytest.fixture(autouse=True)
def _acting_as_everyone(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Workspaces opened by tests that are not about identity act as `Everyone` (tests/helpers/identity.py);
    tests marked `identity` start with nobody signed in and sign in for real."""
    if request.node.get_closest_marker("identity"):
        monkeypatch.setattr(Workspace, "__init__", _REAL_INIT)  # undo the module's stand-in for this test
        monkeypatch.setattr(sessions, "confirm", _REAL_CONFIRM)
        return
    _act_as_everyone(monkeypatch)


_REAL_INIT = Workspace.__init__  # as the app has them, before any test's stand-in
_REAL_CONFIRM = sessions.confirm
