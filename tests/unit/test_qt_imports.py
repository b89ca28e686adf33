"""PySide6's import hook no longer keeps the source of every module imported after it (ui/qt_imports.py)."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_modules_imported_after_the_app_do_not_stay_in_the_line_cache(tmp_path):
    (tmp_path / "plain_module.py").write_text("VALUE = 1\n" * 2000, encoding="utf-8")
    (tmp_path / "qt_module.py").write_text("import PySide6\nVALUE = 2\n", encoding="utf-8")
    script = textwrap.dedent("""
        import linecache, sys
        import coopeval.ui
        import shibokensupport.feature as feature
        import plain_module, qt_module
        print("cached:", any(name.endswith("plain_module.py") for name in linecache.cache))
        print("hook:", feature._mod_uses_pyside.__module__)
    """)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=tmp_path,
                         env={"PYTHONPATH": f"{tmp_path}:{sys.path[0] or '.'}", "PATH": ""}, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "cached: False" in out.stdout
    assert "hook: coopeval.ui.qt_imports" in out.stdout
