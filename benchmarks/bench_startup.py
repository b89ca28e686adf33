"""Start-up: from launch to the first painted main window, on the demo workspace.

Baseline, measured in the same run: a bare PySide6 window started the same way (a fresh Python
process that shows a QMainWindow and quits once it has painted). Prints the median of several runs
of each and the ratio. No pass or fail: machines here are shared and noisy.

The first paint is timed inside each process: a small driver notes the moment the first main window
paints (`time.perf_counter()`, the system's monotonic clock, shared by the processes here) and the
figure is that moment less the moment the process was launched. CoopEval runs as `coopeval --demo
--exit-after-startup`, which carries on after the first paint until the demo workspace is open and
its pages are filled; that whole run is printed too ("workspace ready"), against the same baseline.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

from benchmarks.rss import print_peak_rss

RUNS = 5
# Notes when the first QMainWindow paints, on stderr: "PAINTED <perf_counter>".
MARK = """
import sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QMainWindow
class _Mark(QObject):
    done = False
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            print("PAINTED", time.perf_counter(), file=sys.stderr, flush=True)
        return False
_mark = _Mark()
_show = QMainWindow.show
def _showing(self):
    self.installEventFilter(_mark)
    _show(self)
QMainWindow.show = _showing
"""
BARE = MARK + """
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
APP = MARK + """
from coopeval.__main__ import main
sys.exit(main(["--demo", "--exit-after-startup"]))
"""


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(launch to first paint, launch to exit) in seconds."""
    start = time.perf_counter()
    done = subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                          timeout=120)
    end = time.perf_counter()
    painted = [float(line.split()[1]) for line in done.stderr.splitlines() if line.startswith("PAINTED ")]
    return (painted[0] - start if painted else float("nan")), end - start


def main() -> None:
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                   XDG_DATA_HOME=os.path.join(home, "data"), XDG_CONFIG_HOME=os.path.join(home, "config"))
        # An installed app has its modules compiled (pip and PyInstaller write the bytecode); a shell that says
        # PYTHONDONTWRITEBYTECODE would have every run compile them all from source again (~40 ms here).
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        app = [sys.executable, "-c", APP]
        timed(app, env)  # builds the demo workspace (and writes the bytecode) once; not counted
        bare = [timed([sys.executable, "-c", BARE], env) for _ in range(RUNS)]
        ours = [timed(app, env) for _ in range(RUNS)]
    b = statistics.median(p for p, _ in bare)
    o = statistics.median(p for p, _ in ours)
    ready = statistics.median(e for _, e in ours)
    print(f"start-up to first paint (median of {RUNS}):")
    print(f"  bare PySide6 window   {b * 1000:8.0f} ms   (baseline)")
    print(f"  CoopEval on the demo  {o * 1000:8.0f} ms   ratio {o / b:5.2f}x")
    print(f"  ... workspace ready   {ready * 1000:8.0f} ms   ratio {ready / b:5.2f}x  (demo open, pages filled, exited)")


if __name__ == "__main__":
    main()
    print_peak_rss()
