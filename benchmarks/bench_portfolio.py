"""Benchmark: the Portfolio over a council year of spend (100,000 lines, 6,000 suppliers, matched against a
10,000-organisation register), as `bench_spend.py` builds and caches it.

Timed:
- (d) `build_portfolio(ws)` on the workspace opened read only: the spend share per year, expense area and ownership
  model aggregated in SQL, the awards and their conflicts (median of 3);
- (e) File → Portfolio… in the real main window with that workspace open (`file_actions.open_portfolio`, as the menu
  calls it): until the window has first painted ("Reading…"), and until it is filled (the one `build_portfolio`
  call on the worker has ended and the window shows its figures), with the longest event-loop stall meanwhile
  (medians of 3, the window made afresh each time).
Baseline, in the same run: a bare Qt window of the same size shown until it has painted (as `bench_startup` and
`bench_stalls` compare with a bare window). Goal: the window filled well under a second. Nothing here asserts on
time.

Run: QT_QPA_PLATFORM=offscreen PYTHONPATH=. python benchmarks/bench_portfolio.py [--dir DIR]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtWidgets import QApplication, QWidget

from benchmarks import bench_spend
from benchmarks.rss import print_peak_rss
from benchmarks.stall import load_with_stall


class Painted(QObject):
    """Notes when the widget it watches first paints."""

    def __init__(self) -> None:
        super().__init__()
        self.at: float | None = None

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and self.at is None:
            self.at = time.perf_counter()
        return False


def shown_until_painted(make) -> float:
    mark = Painted()
    start = time.perf_counter()
    widget = make(mark)
    while mark.at is None:
        QApplication.processEvents()
        time.sleep(0.0005)
    seconds = mark.at - start
    widget.close()
    widget.deleteLater()
    QApplication.processEvents()
    return seconds


def filled(window: QWidget) -> bool:
    """The main window's Portfolio window exists, has read its figures and the worker is free."""
    portfolio = getattr(window.file_actions, "portfolio_window", None)
    return (portfolio is not None and portfolio.view is not None and not portfolio.reading
            and not window.controller.busy)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "coopeval-bench")
    args = parser.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    made, path = bench_spend.timed(bench_spend.build, args.dir)
    print(f"Workspace: {path.name}, {path.stat().st_size / 1e6:.0f} MB (made or found in {made:.1f} s, not counted)")

    from coopeval.services.portfolio.build import build_portfolio
    from coopeval.services.workspace import Workspace

    with Workspace.open(path, read_only=True) as ws:
        runs = [bench_spend.timed(build_portfolio, ws) for _ in range(3)]
    view = runs[-1][1]
    built = statistics.median(seconds for seconds, _ in runs)
    years = ", ".join(f"{y.year}: {y.share or '-'}% of {y.lines:,} lines co-operative" for y in view.spend_years)
    print(f"  (d) build_portfolio over the workspace                {built * 1000:>8.0f} ms   ({years or 'no years'})")

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    with tempfile.TemporaryDirectory() as home:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, home)
        app = QApplication.instance() or QApplication(sys.argv[:1])
        from coopeval.services.catalogue import load_catalogue
        from coopeval.ui.application import build_window, keep_responsive

        def bare(mark: Painted) -> QWidget:
            widget = QWidget()
            widget.resize(1100, 720)
            widget.installEventFilter(mark)
            widget.show()
            return widget

        shown_until_painted(bare)  # warm-up
        base = statistics.median(shown_until_painted(bare) for _ in range(5))
        print(f"      baseline: a bare Qt window shown until painted      {base * 1000:>8.1f} ms")

        window = build_window(load_catalogue())
        keep_responsive(window)  # as the app runs (ui/application.keep_responsive)
        window.resize(1280, 800)
        window.show()
        app.processEvents()
        if not window.file_actions.open_path(path, read_only=True):
            raise SystemExit(f"could not open {path}")
        load_with_stall(lambda: None, lambda: not window.controller.busy, timeout=600)  # the pages have loaded

        firsts, fills, stalls = [], [], []
        original = QWidget.show
        for _ in range(3):  # File → Portfolio… opened afresh each time; medians printed
            painted = Painted()

            def showing(widget: QWidget, mark: Painted = painted) -> None:
                if type(widget).__name__ == "PortfolioWindow":
                    widget.installEventFilter(mark)
                original(widget)

            QWidget.show = showing  # type: ignore[method-assign]
            began = time.perf_counter()
            seconds, stall = load_with_stall(window.file_actions.open_portfolio, lambda: filled(window), timeout=600)
            QWidget.show = original  # type: ignore[method-assign]
            firsts.append((painted.at - began) if painted.at is not None else float("nan"))
            fills.append(seconds)
            stalls.append(stall)
            portfolio = window.file_actions.portfolio_window
            portfolio.close()
            portfolio.deleteLater()
            del window.file_actions.portfolio_window
            app.processEvents()
        first, seconds = statistics.median(firsts), statistics.median(fills)
        print(f"  (e) File → Portfolio…: first painted                  {first * 1000:>8.1f} ms   ({first / base:5.1f}x bare)")
        print(f"      File → Portfolio…: filled with the figures         {seconds * 1000:>8.1f} ms   ({seconds / base:5.1f}x bare)"
              f"   longest stall {max(stalls) * 1000:.1f} ms")
        window.controller.close()
        window.close()
        app.processEvents()
    print("Goal: the Portfolio window filled well under a second.")


if __name__ == "__main__":
    main()
    print_peak_rss()
