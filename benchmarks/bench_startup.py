"""Start-up: from launch to the first painted main window, on the demo workspace.

Baseline, measured in the same run: a bare PySide6 window started the same way (a fresh Python
process that shows a QMainWindow and quits once it has painted). Prints the median of several runs
of each and the ratio. No pass or fail: machines here are shared and noisy.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

RUNS = 5
BARE = """
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
class Quit(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, QApplication.instance().quit)
        return False
app = QApplication([])
w = QMainWindow(); w.resize(1280, 800); w.show()
q = Quit(); w.installEventFilter(q)
app.exec()
"""


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    return time.perf_counter() - start


def main() -> None:
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                   XDG_DATA_HOME=os.path.join(home, "data"), XDG_CONFIG_HOME=os.path.join(home, "config"))
        app = [sys.executable, "-m", "coopeval", "--demo", "--exit-after-startup"]
        timed(app, env)  # builds the demo workspace once; not counted
        bare = [timed([sys.executable, "-c", BARE], env) for _ in range(RUNS)]
        ours = [timed(app, env) for _ in range(RUNS)]
    b, o = statistics.median(bare), statistics.median(ours)
    print(f"start-up to first paint (median of {RUNS}):")
    print(f"  bare PySide6 window   {b * 1000:8.0f} ms   (baseline)")
    print(f"  CoopEval on the demo  {o * 1000:8.0f} ms   ratio {o / b:5.2f}x")


if __name__ == "__main__":
    main()
