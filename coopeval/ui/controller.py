"""The app's hold on the open workspace: every page calls services through it, and it tells every
page what changed (`data_changed(Changes)`), so pages refresh only what a change touches."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from coopeval.services.workspace import Changes, Workspace


class WorkspaceController(QObject):
    workspace_opened = Signal(object)  # the Workspace, or None when closed
    about_to_close = Signal()  # pages save what is being typed before the workspace goes
    data_changed = Signal(object)  # Changes

    def __init__(self, actor: str | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.workspace: Workspace | None = None
        self.actor = actor

    @property
    def is_open(self) -> bool:
        return self.workspace is not None

    @property
    def read_only(self) -> bool:
        return self.workspace is None or self.workspace.read_only

    def open(self, path: str | Path, *, read_only: bool = False, force_lock: bool = False,
             create: bool = False) -> Workspace:
        """Open (or create) a workspace, closing the current one only once the new one is open."""
        if create:
            ws = Workspace.create(path, actor=self.actor)
        else:
            ws = Workspace.open(path, read_only=read_only, actor=self.actor, force_lock=force_lock)
        self.close(emit=False)
        self.workspace = ws
        self.workspace_opened.emit(ws)
        return ws

    def close(self, *, emit: bool = True) -> None:
        if self.workspace is not None:
            self.about_to_close.emit()
            self.workspace.close()
            self.workspace = None
            if emit:
                self.workspace_opened.emit(None)

    def query(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Call a reading service with the open workspace."""
        return fn(self._ws(), *args, **kwargs)

    def mutate(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Call a changing service; announce its Changes; return its value (if it has one)."""
        result = fn(self._ws(), *args, **kwargs)
        changes, value = result, None
        if isinstance(result, tuple) and len(result) == 2 and isinstance(result[1], Changes):
            value, changes = result
        if isinstance(changes, Changes) and changes.kinds:
            self.data_changed.emit(changes)
        return value

    def _ws(self) -> Workspace:
        if self.workspace is None:
            raise RuntimeError("no workspace is open")
        return self.workspace
