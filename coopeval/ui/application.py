"""Starting the Qt application: the composition of controller, settings and window; which workspace
to open first; and the one handler that turns an unexpected error into a plain message."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from coopeval import __version__
from coopeval.crashlog import plain_message, record_unexpected
from coopeval.paths import resources_dir
from coopeval.ui.collector import MainThreadCollector
from coopeval.ui.controller import WorkspaceController
from coopeval.ui.i18n import apply_language, resolve
from coopeval.ui.main_window import MainWindow
from coopeval.ui.settings import Settings
from coopeval.ui.tasks import Runner, TaskRunner

if TYPE_CHECKING:
    from coopeval.services.catalogue import Catalogue


def install_exception_hook(app: QApplication) -> None:
    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            app.quit()
            return
        message = plain_message(exc, record_unexpected(exc))
        QMessageBox.critical(app.activeWindow(), QCoreApplication.translate("ErrorDialog", "Unexpected problem"), message)

    sys.excepthook = hook


class _QuitWhenStarted(QObject):
    """Quits the application once the window has painted and the first workspace is open, with no
    work left running (for smoke checks: `--exit-after-startup`)."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window, self.painted = window, False
        window.installEventFilter(self)
        window.controller.busy_changed.connect(lambda _: self._quit_if_started())
        window.controller.workspace_opened.connect(lambda _: self._quit_if_started())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            QTimer.singleShot(0, self._quit_if_started)
        return False

    def _quit_if_started(self) -> None:
        if self._ready():
            QTimer.singleShot(0, lambda: QApplication.quit() if self._ready() else None)  # still so when it fires

    def _ready(self) -> bool:
        controller = self.window.controller
        return self.painted and self.window.started and not controller.busy and not controller.opening


class _AfterFirstPaint(QObject):
    """Runs `then` once the window has first painted (or after `FALLBACK_MS`, should it never paint,
    e.g. started minimised): the shell shows at once, the heavy rest follows."""

    FALLBACK_MS = 1000

    def __init__(self, window: MainWindow, then: Callable[[], None]):
        super().__init__(window)
        self.then, self.done = then, False
        window.installEventFilter(self)
        QTimer.singleShot(self.FALLBACK_MS, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and not self.done:
            QTimer.singleShot(0, self._run)
        return False

    def _run(self) -> None:
        if not self.done:
            self.done = True
            self.then()


def build_window(catalogue: Catalogue | None, *, settings: Settings | None = None, tasks: Runner | None = None) -> MainWindow:
    """The composition root of the desktop app: one task runner, one controller, one window; each
    part receives what it needs through its constructor. Without a catalogue, the window's shell alone
    (`MainWindow.finish_startup` builds the rest)."""
    runner = tasks if tasks is not None else TaskRunner()
    controller = WorkspaceController(runner)
    window = MainWindow(catalogue, controller, settings or Settings())
    controller.setParent(window)
    if isinstance(runner, TaskRunner):
        runner.setParent(window)
    return window


# How long a thread holding the GIL may keep it while another waits (Python's default is 5 ms). The window's every call
# into Qt lets the GIL go and takes it back; while the worker computes, each taking back waited up to 5 ms, and a page's
# repaint makes dozens of them (Results page stall median 81 → 41 ms at 1 ms, benchmarks/bench_results.py).
SWITCH_INTERVAL = 0.001


def keep_responsive(window: MainWindow) -> MainThreadCollector:
    """What keeps the window answering while work runs on the worker: a short GIL switch interval, and Python's garbage
    collector run on the main thread only, its full passes while no work runs (`ui/collector.py` says why); the
    collector is given back to Python when the application quits."""
    sys.setswitchinterval(SWITCH_INTERVAL)
    controller = window.controller
    collector = MainThreadCollector(lambda: controller.busy or controller.opening, window)
    collector.start()
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(collector.stop)
    return collector


def widget_application(argv: list[str]) -> QApplication:
    """The running QApplication, or a new one made with `argv`."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    return QApplication(argv)


def open_initial(window: MainWindow, *, path: Path | None, demo: bool, read_only: bool = False) -> None:
    if demo:
        window.file_actions.open_demo()
        return
    if path is None:
        last = window.settings.last_workspace
        path = Path(last) if last and Path(last).is_file() else None
    if path is not None:
        window.file_actions.open_path(path, read_only=read_only)


def run(*, catalogue: Catalogue | Callable[[], Catalogue], path: Path | None = None, demo: bool = False,
        read_only: bool = False, exit_after_startup: bool = False, argv: list[str] | None = None,
        language: str | None = None) -> int:
    """Paint the window's shell first, then (right after the first paint) load the catalogue, build
    the pages and open the first workspace. `catalogue` may be a function that loads it."""
    app = widget_application(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("CoopEval")
    app.setOrganizationName("CoopEval")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("org.coopeval.CoopEval")
    # One light palette everywhere: our status colours are chosen (and tested) for contrast on light
    # backgrounds, and a dark system theme would put dark text on dark.
    app.setStyle("Fusion")  # i18n: no - a style's name
    app.setPalette(app.style().standardPalette())
    icon = resources_dir() / "icons" / "coopeval-256.png"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    install_exception_hook(app)
    settings = Settings()
    apply_language(resolve(language or settings.language), app)  # before any window: its words are read once
    window = build_window(None, settings=settings)
    keep_responsive(window)
    opening = initial_path(window, path=path, demo=demo)
    if opening is not None:
        window.show_opening(opening)
    window.show()
    quitter = _QuitWhenStarted(window) if exit_after_startup else None

    def finish() -> None:
        window.finish_startup(catalogue() if callable(catalogue) else catalogue)
        open_initial(window, path=path, demo=demo, read_only=read_only)
        if quitter is not None:
            quitter._quit_if_started()  # noqa: SLF001 - its own check, once more now the workspace is open

    _AfterFirstPaint(window, finish)
    return app.exec()


def initial_path(window: MainWindow, *, path: Path | None, demo: bool) -> str | None:
    """The name of the workspace `open_initial` will open, if any (for the shell to say so)."""
    if demo:
        return QCoreApplication.translate("MainWindow", "the demo workspace")
    if path is None:
        last = window.settings.last_workspace
        path = Path(last) if last and Path(last).is_file() else None
    return path.name if path is not None else None
