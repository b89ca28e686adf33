"""`coopeval --selftest`: every check passes on a good installation, a failure is one plain FAIL line
and a non-zero exit, Qt stays unloaded until the desktop check, and the user's data is never used."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import platformdirs
import pytest

from coopeval import __main__ as entry
from coopeval import __version__, selftest
from coopeval.paths import APP_AUTHOR, APP_NAME, user_data_dir

PLAIN_CHECKS = ["installation", "migration", "scoring", "report", "verify", "audit log"]

RUN_WITHOUT_QT = """
import sys
from coopeval.selftest import main
code = main(desktop=False)
print("qt loaded" if "PySide6" in sys.modules else "qt not loaded")
sys.exit(code)
"""


def test_every_check_passes_without_qt_and_without_the_users_data(tmp_path: Path):
    home = tmp_path / "home"
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "data"),
           "XDG_CONFIG_HOME": str(home / "config"), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", RUN_WITHOUT_QT], cwd=tmp_path, env=env, capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert [line.split(":")[0].split(None, 1)[1] for line in lines[:6]] == PLAIN_CHECKS
    assert all(line.startswith("ok  ") for line in lines[:6]), result.stdout
    assert lines[6] == f"CoopEval {__version__} self-test passed: all 6 checks."
    assert lines[7] == "qt not loaded"
    assert "schema 0001 workspace was backed up and upgraded" in result.stdout
    assert not home.exists() or not any(home.rglob("*")), "the self-test wrote into the user's folders"


def test_a_failing_check_is_one_plain_line_and_a_non_zero_exit(monkeypatch: pytest.MonkeyPatch):
    def broken(run):
        raise selftest.CheckFailed("the frameworks folder is missing")

    def crashing(run):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(selftest, "CHECKS", (("installation", broken), ("report", selftest.check_report),
                                             ("migration", crashing), ("fine", lambda run: "all good")))
    out = io.StringIO()
    assert selftest.main(out, desktop=False) == 1
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("FAIL  installation: the frameworks folder is missing [")
    assert lines[1].startswith("FAIL  report: not run: it needs the scoring check's workspace [")
    assert lines[2].startswith("FAIL  migration: RuntimeError: disk on fire [")
    assert lines[3].startswith("ok    fine: all good [")
    assert lines[4] == f"CoopEval {__version__} self-test FAILED: installation, report, migration."
    assert "Traceback" not in out.getvalue()


def test_the_user_data_folder_is_redirected_only_while_the_self_test_runs(tmp_path: Path):
    real = user_data_dir()
    original = platformdirs.user_data_path
    with selftest.user_data_redirected(tmp_path / "selftest-data") as folder:
        assert user_data_dir() == folder
        assert platformdirs.user_data_path(APP_NAME, APP_AUTHOR) == folder
    assert platformdirs.user_data_path is original
    assert user_data_dir() == real


def test_the_flag_runs_the_self_test_before_anything_opens_a_window(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(selftest, "main", lambda: 7)
    monkeypatch.setattr("coopeval.app.run_gui", lambda **kwargs: pytest.fail("the GUI was started"))
    assert entry.main(["--selftest"]) == 7
