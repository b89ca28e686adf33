"""The app's hold on the open workspace, and the one way the UI calls a service.

`op()` runs a service `fn(ws, …)` on the main thread or on the task runner, shows the one progress
dialog with a working Cancel when asked, routes errors (see `ui.ops`), and announces the `Changes`
the service returned through `data_changed`, so each page reloads only what a change touches.
`read()` is its twin for quick queries on the main thread. Nothing else in the UI holds the
workspace: widgets know only the `WorkspaceInfo` this controller shares (path, read-only, warning).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QEventLoop, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from coopeval.domain.errors import CoopEvalError
from coopeval.services.changes import ChangeKind, Changes
from coopeval.ui.ops import ErrorHandler, Inline, Outcome, ProgressPanel, route_error
from coopeval.ui.tasks import Runner, collected_here, start_apart

if TYPE_CHECKING:  # imported when a workspace opens: the window paints before the storage libraries load
    from coopeval.services.identity.guard import NotSignedInError
    from coopeval.services.workspace import Workspace, WorkspaceInfo

T = TypeVar("T")
OPEN_PROGRESS_BYTES = 50 * 1024 * 1024  # a file this large shows "Opening …" while it is checked


class WorkspaceController(QObject):
    workspace_opened = Signal(object)  # the WorkspaceInfo, or None when closed
    about_to_close = Signal()  # pages save what is being typed before the workspace goes
    data_changed = Signal(object)  # Changes
    busy_changed = Signal(bool)  # a background operation started (True) or ended (False)
    person_changing = Signal()  # someone signs in, out or switches: pages save what is typed as the one leaving
    signed_in_changed = Signal(object)  # the name of the person now signed in, or None
    sign_in_requested = Signal(str, str)  # a page asks the window to sign in this person (name, why)

    def __init__(self, tasks: Runner, *, actor: str | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._workspace: Workspace | None = None
        self._tasks = tasks
        self._busy_with: str | None = None
        self._opening = False
        self.actor = actor
        self.progress = ProgressPanel(self)
        self.dialog_parent: QWidget | None = None  # the main window, for dialogs no widget asked for
        # Shown instead of a plain error when a service says nobody is signed in (the window offers to sign in).
        self.not_signed_in: Callable[[NotSignedInError], None] | None = None

    # what widgets may know -------------------------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self._workspace is not None

    @property
    def read_only(self) -> bool:
        return self._workspace is None or self._workspace.read_only

    @property
    def info(self) -> WorkspaceInfo | None:
        return self._workspace.info if self._workspace is not None else None

    @property
    def folder(self) -> Path:
        """Where file dialogs start: beside the open workspace, else the home folder."""
        return self._workspace.path.parent if self._workspace is not None else Path.home()

    @property
    def person(self) -> str | None:
        """The name of the person signed in on the open workspace, if anyone is."""
        info = self.info
        return info.person if info is not None else None

    @property
    def busy(self) -> bool:
        return self._busy_with is not None

    @property
    def workspace(self) -> Workspace | None:
        """The open workspace, for the tests that arrange data behind the app's back. UI code goes
        through `op()` and `read()`; a test keeps it that way."""
        return self._workspace

    # opening and closing ---------------------------------------------------------------------------
    def open(self, path: str | Path, *, read_only: bool = False, force_lock: bool = False,
             create: bool = False) -> WorkspaceInfo:
        """Open (or create) a workspace, closing the current one only once the new one is open.

        The opening itself (integrity check, migrations, the backup of the file before they run) runs on a thread of
        its own while the window keeps painting (with "Opening …" for a large file), not on the task runner: work
        still running there for the current workspace must not hold the next one up (closing waits for it). This
        waits for the opening and raises what it raised, so callers keep one straight line of code."""
        from coopeval.services.workspace import Workspace

        box: dict[str, Any] = {}

        def opening() -> None:
            try:
                if create:
                    box["ws"] = Workspace.create(path, actor=self.actor)
                else:
                    box["ws"] = Workspace.open(path, read_only=read_only, actor=self.actor, force_lock=force_lock)
                    _warm(box["ws"])
            except BaseException as exc:  # noqa: BLE001 - raised to the caller on the main thread
                box["error"] = exc

        label = None
        try:
            if not create and Path(path).stat().st_size >= OPEN_PROGRESS_BYTES:
                label = self.tr("Opening %1…").replace("%1", Path(path).name)
        except OSError:
            pass  # the opening says what is wrong with the file
        self._opening = True
        if label is not None:
            self.progress.start(self.dialog_parent, label, cancellable=False)
        try:
            with collected_here():  # no collection on the opening's thread may free Qt objects there
                thread = start_apart(opening, "coopeval-open")
                self.wait_until(lambda: not thread.is_alive())
                thread.join()  # the application may be quitting, which ends every event loop
        finally:
            self._opening = False
            if label is not None:
                self.progress.finish()
        if "error" in box:
            raise box["error"]
        ws = box["ws"]
        self.close(emit=False)
        self._workspace = ws
        self.workspace_opened.emit(ws.info)
        return ws.info

    @property
    def opening(self) -> bool:
        """A workspace is being opened (the window is waiting for it)."""
        return self._opening

    def close(self, *, emit: bool = True) -> None:
        if self._workspace is None:
            return
        self.progress.cancel()  # work still running is asked to stop, then waited for
        self._tasks.wait()
        self.about_to_close.emit()
        self._workspace.close()
        self._workspace = None
        if emit:
            self.workspace_opened.emit(None)

    def wait_until(self, done: Callable[[], bool]) -> None:
        """Let the window paint and answer until `done()` (a nested event loop, as a modal dialog runs one), for a
        caller that needs something finished elsewhere before it goes on. Returns early if the application quits."""
        if done():
            return
        loop = QEventLoop()
        timer = QTimer()
        timer.setInterval(5)
        timer.timeout.connect(lambda: loop.quit() if done() else None)
        timer.start()
        loop.exec()
        timer.stop()

    # running ---------------------------------------------------------------------------------------
    def read(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
        """A quick query on the main thread: `fn(ws, …)`'s value. Errors are raised to the caller
        (a page's reload routes them through `ui.ops.route_error`)."""
        if self._workspace is None:
            raise CoopEvalError(self.tr("No workspace is open."))
        return fn(self._workspace, *args, **kwargs)

    def op(self, fn: Callable[..., Any], /, *args: Any, background: bool = False, progress: str | None = None,
           cancellable: bool = False, on_done: Callable[[Any], object] | None = None,
           on_error: ErrorHandler | None = None, inline: Inline | None = None, parent: QWidget | None = None,
           error_title: str | None = None, uses_workspace: bool = True, **kwargs: Any) -> Outcome:
        """Run `fn(ws, *args, **kwargs)` (or `fn(*args, **kwargs)` when `uses_workspace` is False).

        background: on the task runner, one at a time; the returned Outcome fills in when done.
        progress / cancellable: show the progress dialog with this label (and Cancel), and hand
        `progress=` and `cancel=` callbacks to `fn`.
        on_done(value): after success and after `data_changed` was announced.
        on_error(exc) -> True when it dealt with the error; else it goes to `inline(text)` when
        expected, or to a dialog over `parent`.
        """
        outcome = Outcome()
        parent = parent or self.dialog_parent
        ws = self._workspace

        def failed(exc: BaseException) -> None:
            from coopeval.services.identity.guard import NotSignedInError

            outcome.ok, outcome.error = False, exc
            if on_error is not None and on_error(exc):
                return
            if isinstance(exc, NotSignedInError) and inline is None and self.not_signed_in is not None:
                self.not_signed_in(exc)
                return
            route_error(exc, parent=parent, on_error=None, inline=inline, title=error_title)

        if uses_workspace and ws is None:
            failed(CoopEvalError(self.tr("No workspace is open.")))
            return outcome
        if background and self._busy_with is not None:
            failed(CoopEvalError(self.tr("CoopEval is still busy with “{task}”; try again when it has finished.")
                                 .format(task=self._busy_with)))
            return outcome
        showing = progress is not None or cancellable
        if showing and accepts(fn, "progress"):
            kwargs["progress"] = self.progress.report
        if cancellable:
            kwargs["cancel"] = self.progress.cancel_requested  # a fn that cannot stop must not offer Cancel

        person_before = _who(ws)

        def call() -> Any:
            return fn(ws, *args, **kwargs) if uses_workspace else fn(*args, **kwargs)

        def ended() -> None:
            if showing:
                self.progress.finish()
            if background:
                self._set_busy(None)

        def succeeded(result: Any) -> None:
            ended()
            value, changes = split_result(result)
            outcome.ok, outcome.value = True, value
            if uses_workspace and ws is not self._workspace:
                return  # another workspace was opened meanwhile: this news is not about it
            if uses_workspace and _who(ws) != person_before:
                self.signed_in_changed.emit(self.person)
                if changes is None or ChangeKind.PERSON not in changes.kinds:
                    changes = Changes(frozenset({ChangeKind.PERSON, *(changes.kinds if changes else ())}),
                                      changes.tender_id if changes else None)
            if changes is not None and changes.kinds:
                self.data_changed.emit(changes)
            if on_done is not None:
                on_done(value)

        def errored(exc: BaseException) -> None:
            ended()
            failed(exc)
            saved = getattr(exc, "changes", None)  # saved, then a later step failed (e.g. BackupPendingError)
            if uses_workspace and ws is self._workspace and getattr(saved, "kinds", None):
                self.data_changed.emit(saved)

        if showing:
            self.progress.start(parent, progress or "", cancellable=cancellable)
        if background:
            self._set_busy(progress or getattr(fn, "__name__", "an operation").replace("_", " "))
            self._tasks.run(call, succeeded, errored)
            return outcome
        try:
            result = call()
        except Exception as exc:  # noqa: BLE001 - routed to the user; unexpected ones are logged there
            errored(exc)
        else:
            succeeded(result)
        return outcome

    def _set_busy(self, what: str | None) -> None:
        self._busy_with = what
        self.busy_changed.emit(what is not None)


def _warm(ws: Workspace) -> None:
    """While still on the worker, count the tender list once (it is kept per audit head), so that the window's first
    look at a large workspace finds it ready. A problem here is left for the list's own read to report."""
    from coopeval.services.tender_list import tender_summaries

    try:
        tender_summaries(ws)
    except Exception:  # noqa: BLE001 - the tender list reads again and says what is wrong
        pass


def _who(ws: Workspace | None) -> tuple[int, str, frozenset[str]] | None:
    person = ws.person if ws is not None else None
    return (person.person_id, person.name, person.roles) if person is not None else None


def accepts(fn: Callable[..., Any], name: str) -> bool:
    try:
        return name in inspect.signature(fn).parameters
    except (TypeError, ValueError):  # a builtin without a signature
        return False


def split_result(result: Any) -> tuple[Any, Changes | None]:
    """A service returns `Changes`, `(value, Changes)`, or a plain value."""
    if isinstance(result, Changes):
        return None, result
    if isinstance(result, tuple) and len(result) == 2 and isinstance(result[1], Changes):
        return result[0], result[1]
    return result, None
