"""The desktop app paints its window's shell before it loads the storage, reporting, signing and
spreadsheet libraries (issue 16): nothing heavy is imported until the first paint has happened.
No timing here; benchmarks/bench_startup.py measures the start-up."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

HEAVY = ("sqlmodel", "sqlalchemy", "alembic", "reportlab", "pyhanko", "openpyxl", "argon2", "cryptography",
         "pydantic")

# Starts the app the way `coopeval` does and, at the moment it loads the catalogue to build the pages
# (right after the first paint), records what is imported and whether the window has painted; then
# quits instead of building the pages.
PROBE = textwrap.dedent("""
    import json, sys
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QMainWindow

    import PySide6.QtCore
    seen = {"painted": False}
    class Painted(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and not seen["painted"]:
                seen["painted"] = True
                seen["qt_namespace_at_paint"] = "Qt" in vars(PySide6.QtCore)  # made on first use, not before
            return False
    painted = Painted()
    show = QMainWindow.show
    def showing(self):
        self.installEventFilter(painted)
        show(self)
    QMainWindow.show = showing

    import coopeval.app
    from coopeval.ui.main_window import MainWindow
    load = coopeval.app._catalogue
    def catalogue():
        seen["modules"] = sorted(sys.modules)
        return load()
    coopeval.app._catalogue = catalogue
    MainWindow.finish_startup = lambda self, catalogue: QApplication.quit()

    from coopeval.__main__ import main
    code = main(sys.argv[1:])
    print(json.dumps(seen))
    sys.exit(code)
""")


def _start(tmp_path, *args: str) -> dict:
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"),
               QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", PROBE, *args], env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def _heavy(modules: list[str]) -> list[str]:
    return sorted({m.split(".")[0] for m in modules} & set(HEAVY))


def test_the_shell_paints_before_the_heavy_libraries_load(tmp_path):
    seen = _start(tmp_path, "--exit-after-startup")
    assert seen["painted"], "the pages were built before the window first painted"
    assert _heavy(seen["modules"]) == []
    assert not any(m.startswith(("coopeval.storage", "coopeval.reporting", "coopeval.cli")) for m in seen["modules"])


def test_the_shell_paints_before_qt_makes_its_qt_namespace(tmp_path):
    """PySide6 makes the ~90 enums of Qt's `Qt` namespace the first time anything touches it (~12 ms, more than the
    shell's own widgets); the shell is built without it, on the welcome page and while opening a workspace."""
    for args in (("--exit-after-startup",), (str(tmp_path / "some.coopeval"), "--exit-after-startup")):
        seen = _start(tmp_path, *args)
        assert seen["painted"] and seen["qt_namespace_at_paint"] is False, args


def test_the_shell_paints_first_when_a_workspace_is_opened_too(tmp_path):
    seen = _start(tmp_path, str(tmp_path / "some.coopeval"), "--exit-after-startup")
    assert seen["painted"] and _heavy(seen["modules"]) == []


def test_the_desktop_entry_knows_every_command_without_importing_the_cli():
    from coopeval import cli
    from coopeval.__main__ import COMMANDS

    assert set(cli.command_names()) == COMMANDS
