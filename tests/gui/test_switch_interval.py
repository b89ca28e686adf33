"""The short GIL switch interval is the desktop app's alone (issue 16): set by `keep_responsive` when the app runs,
not by importing the app or the command line, whose long single-threaded work gains nothing from it."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap


def test_importing_the_app_or_the_command_line_leaves_the_switch_interval_alone():
    code = textwrap.dedent("""
        import sys
        before = sys.getswitchinterval()
        import coopeval.ui.application, coopeval.ui.main_window, coopeval.cli, coopeval.__main__
        assert sys.getswitchinterval() == before, sys.getswitchinterval()
        from coopeval.ui.application import SWITCH_INTERVAL
        assert SWITCH_INTERVAL < before
        print("ok")
    """)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
