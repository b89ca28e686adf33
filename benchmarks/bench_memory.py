"""Benchmark: memory with the 50 x 40 x 60 x 5 workspace open in the app.

The workspace is `bench_workspace`'s (50 tenders x 40 bids x 60 measures x 5 evaluators, 600,000
scores, about half a gigabyte; built by its `build` and cached under the temp folder). A copy of it
is opened in the real MainWindow (offscreen), the officer signs in, one tender in the middle is
selected and each main page of it is visited in turn, waiting for pages that load on the worker.
Then the process prints its peak RSS (`resource.getrusage` ru_maxrss) and its current RSS.

Baseline, in the same run: a bare QApplication + QMainWindow, shown, in a process of its own (so the
two never share a heap). Both are measured in child processes of this one, which only builds the
workspace when it is not cached. Goal: <= 250 MB RSS with the workspace open. Nothing here asserts.

--tracemalloc prints the 20 places (by line) holding the most Python memory at the end of the app
run (tracemalloc slows the run and adds its own memory, so its RSS figures are not the benchmark's).

Run: PYTHONPATH=. QT_QPA_PLATFORM=offscreen python benchmarks/bench_memory.py [--tracemalloc]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.rss import print_peak_rss

GOAL_MB = 250
TENDER = "BENCH-025"


def rss_now_mb() -> float | None:
    """This process's resident set now (Linux /proc; None elsewhere)."""
    try:
        with open("/proc/self/statm") as f:
            pages = int(f.read().split()[1])
    except OSError:
        return None
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def rss_peak_mb() -> float:
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1e6 if sys.platform == "darwin" else peak * 1024 / 1e6  # bytes on macOS, KiB elsewhere


def settle(app) -> None:  # app: the QApplication
    for _ in range(5):
        app.processEvents()


def child_bare() -> dict[str, float | None]:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication.instance() or QApplication([])
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()
    settle(app)
    return {"peak": rss_peak_mb(), "now": rss_now_mb()}


def child_app(path: Path, trace: bool) -> dict[str, object]:
    import faulthandler

    faulthandler.dump_traceback_later(600, exit=True)  # a dialog waiting for a click would hang the run
    if trace:
        import tracemalloc

        tracemalloc.start(1)
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from benchmarks.bench_workspace import OFFICER, PASSPHRASE
    from benchmarks.stall import load_with_stall
    from coopeval.services.catalogue import load_catalogue
    from coopeval.services.identity import sessions
    from coopeval.services.setup.tenders import get_tender
    from coopeval.ui.application import build_window, keep_responsive
    from coopeval.ui.settings import Settings

    app = QApplication.instance() or QApplication([])
    settings = Settings(QSettings(str(path.with_name("settings.ini")), QSettings.Format.IniFormat))
    window = build_window(load_catalogue(), settings=settings)
    keep_responsive(window)  # as the app runs (ui/application.keep_responsive)
    window.resize(1280, 800)
    window.show()
    settle(app)
    phases = {"window built": rss_peak_mb()}
    assert window.file_actions.open_path(path), "could not open the workspace"
    settle(app)
    phases["workspace open"] = rss_peak_mb()
    samples = [rss_now_mb() or 0.0]  # resident memory after each step, signing in apart
    assert window.controller.op(sessions.sign_in, OFFICER, PASSPHRASE).ok, "could not sign in"
    phases["signed in (Argon2id's 64 MiB working memory, deliberate)"] = rss_peak_mb()
    tender_id = window.controller.read(get_tender, TENDER).id
    window.reload_tenders(tender_id)
    settle(app)
    after_open = rss_now_mb()
    samples.append(after_open or 0.0)
    phases["workspace open, tender selected"] = rss_peak_mb()
    visited = []
    for page in list(window.pages):
        loader = getattr(page, "loader", None)
        load_with_stall(lambda title=page.title: window.select_page(title),
                        lambda loader=loader: loader is None or not loader.loading, timeout=600)
        settle(app)
        visited.append(page.title)
        phases[f"page {page.title}"] = rss_peak_mb()
        samples.append(rss_now_mb() or 0.0)
    out: dict[str, object] = {"peak": rss_peak_mb(), "now": rss_now_mb(), "after_open": after_open,
                              "pages": visited, "phases": phases,
                              "without_kdf": max(max(samples), phases["workspace open"])}
    if trace:
        import tracemalloc

        snapshot = tracemalloc.take_snapshot()
        out["top"] = [str(stat) for stat in snapshot.statistics("lineno")[:20]]
        out["traced_mb"] = tracemalloc.get_traced_memory()[0] / 1e6
    window.close()
    window.controller.close(emit=False)
    return out


def run_child(*argv: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    result = subprocess.run([sys.executable, os.path.abspath(__file__), "--child", *argv], env=env, capture_output=True, text=True,
                            check=False)
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if result.returncode != 0 or not lines:
        raise SystemExit(f"child {argv} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return json.loads(lines[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "coopeval-bench",
                        help="where bench_workspace caches the built workspace")
    parser.add_argument("--tracemalloc", action="store_true")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, *rest = args.child
        result = child_bare() if kind == "bare" else child_app(Path(rest[0]), args.tracemalloc)
        print(json.dumps(result))
        sys.stdout.flush()
        os._exit(0)  # skip PySide6's teardown (see bench_results)

    from benchmarks.bench_workspace import SIZE, build

    args.dir.mkdir(parents=True, exist_ok=True)
    cached = args.dir / f"workspace-{SIZE}-people.coopeval"
    if not cached.exists():
        shutil.rmtree(args.dir / "backups", ignore_errors=True)
        build(cached)
    with tempfile.TemporaryDirectory(prefix="coopeval-bench-memory-", dir=args.dir) as scratch:
        path = Path(scratch) / cached.name  # a copy: never meet another benchmark's lock, never change the cache
        shutil.copyfile(cached, path)
        bare = run_child("bare")
        ours = run_child("app", str(path), *(["--tracemalloc"] if args.tracemalloc else []))
    size_mb = cached.stat().st_size / 1e6
    print(f"Memory: workspace {SIZE} ({size_mb:,.0f} MB) open in the main window, tender {TENDER}, pages visited: "
          + ", ".join(ours["pages"]))
    now = lambda v: "n/a" if v is None else f"{v:7.1f} MB"  # noqa: E731
    print(f"  bare QApplication + QMainWindow      peak {bare['peak']:7.1f} MB   now {now(bare['now'])}")
    print(f"  CoopEval, workspace open, pages seen  peak {ours['peak']:7.1f} MB   now {now(ours['now'])}"
          f"   (after open, before the pages: {now(ours['after_open'])})")
    print(f"ratio peak RSS CoopEval / bare window: {ours['peak'] / bare['peak']:.2f}x; "
          f"peak {ours['peak']:.0f} MB (goal <= {GOAL_MB} MB)"
          + ("" if not args.tracemalloc else " [with tracemalloc running: not the benchmark's figure]"))
    print(f"  without the sign-in's deliberate key derivation: {ours['without_kdf']:.0f} MB (the peak before signing "
          f"in, and the resident memory after every later step; goal <= {GOAL_MB} MB)")
    print("  peak RSS after each step: " + "; ".join(f"{k} {v:.0f} MB" for k, v in ours["phases"].items()))
    if args.tracemalloc:
        print(f"tracemalloc: {ours['traced_mb']:.1f} MB of Python objects traced; top 20 by line:")
        for line in ours["top"]:
            print(f"  {line}")


if __name__ == "__main__":
    main()
    print_peak_rss()
