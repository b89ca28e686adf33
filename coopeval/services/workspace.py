"""An open workspace as the services see it: who is acting, one transaction per user action, and
the change record every mutation returns so screens refresh only what changed."""

from __future__ import annotations

import getpass
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session

from coopeval.domain.errors import CoopEvalError
from coopeval.domain.identity import Actor
from coopeval.i18n import _
from coopeval.storage import audit
from coopeval.storage.lock import WorkspaceLockedError  # noqa: F401 - re-exported for the app
from coopeval.storage.sqlite import READING_OPTION, backup_to
from coopeval.storage.workspace_file import (
    OpenWorkspace,
    WorkspaceNotWritableError,  # noqa: F401 - re-exported for the app
    open_workspace,
)


class ReadOnlyError(CoopEvalError):
    pass


class NotFoundError(CoopEvalError):
    pass


@dataclass(frozen=True)
class WorkspaceInfo:
    """What the app may know of an open workspace without holding it."""

    path: Path
    read_only: bool
    warning: str | None
    actor: str  # the computer account
    person: str | None = None  # the person signed in, if anyone is


def default_actor() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown user"


class Workspace:
    """The one object the services need. Open with `Workspace.open()` or `Workspace.create()`."""

    def __init__(self, handle: OpenWorkspace, actor: str):
        self._handle = handle
        self.actor = actor  # the computer account, recorded with every change
        self.person: Actor | None = None  # who is signed in (services.identity.sessions), if anyone

    @property
    def person_name(self) -> str | None:
        return self.person.name if self.person is not None else None

    @classmethod
    def open(cls, path: str | Path, *, read_only: bool = False, actor: str | None = None,
             force_lock: bool = False) -> Workspace:
        actor = actor or default_actor()
        return cls(open_workspace(path, read_only=read_only, actor=actor, force_lock=force_lock), actor)

    @classmethod
    def create(cls, path: str | Path, *, actor: str | None = None) -> Workspace:
        path = Path(path)
        if path.exists():
            raise CoopEvalError(_("{name} already exists; open it, or choose another name.").format(name=path.name))
        actor = actor or default_actor()
        return cls(open_workspace(path, create=True, actor=actor), actor)

    @classmethod
    def open_or_create(cls, path: str | Path, *, actor: str | None = None) -> Workspace:
        return cls.open(path, actor=actor) if Path(path).exists() else cls.create(path, actor=actor)

    @property
    def path(self) -> Path:
        return self._handle.path

    @property
    def read_only(self) -> bool:
        return self._handle.read_only

    @property
    def warning(self) -> str | None:
        return self._handle.warning

    @property
    def migrated_from(self) -> str | None:
        """The schema revision opening this workspace upgraded it from (None: it was current)."""
        return self._handle.migrated_from

    @property
    def info(self) -> WorkspaceInfo:
        return WorkspaceInfo(self.path, self.read_only, self.warning, self.actor, self.person_name)

    @property
    def engine(self):  # noqa: ANN201 - the SQLAlchemy engine, for storage-level helpers
        return self._handle.engine

    @property
    def lock(self):  # noqa: ANN201
        return self._handle.lock

    def close(self) -> None:
        self._handle.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session that only reads: it takes no write lock, so it never waits for (or holds up)
        a save in progress."""
        with Session(self._handle.engine.execution_options(**{READING_OPTION: True}),
                     expire_on_commit=False) as session:
            yield session

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """One user action: everything in the block, its audit events included, commits together
        or not at all."""
        if self.read_only:
            raise ReadOnlyError(_("{name} is open read-only; nothing can be changed. "
                                "Close it and open it normally to make changes.").format(name=self.path.name))
        with Session(self._handle.engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def audit_head(self) -> str:
        with self.reading() as session:
            return audit.head(session)[1]


def save_copy(ws: Workspace, target: Path) -> Path:
    """File → Save a copy: the open workspace copied to `target` (see `copy_workspace`)."""
    return copy_workspace(ws.path, target)


def make_local_copy(ws: Workspace) -> Path:
    """A copy of a workspace kept on a network or sync folder, made in the user's own data folder
    to work on safely; an earlier local copy of the same name is kept beside it as `.previous`."""
    from coopeval.paths import user_data_dir

    target = user_data_dir() / "local copies" / ws.path.name
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists():
            os.replace(target, target.with_suffix(".previous.coopeval"))
    except OSError as exc:
        raise CoopEvalError(_("Cannot make a local copy in {parent} ({value}); "
                            "the workspace itself is unchanged.").format(parent=target.parent, value=exc.strerror or exc)) from None
    return copy_workspace(ws.path, target)


def copy_workspace(source: Path, target: Path) -> Path:
    """A consistent copy of a workspace (SQLite's online backup, so even one open for writing),
    written to a temporary file and moved into place. Never over the workspace itself."""
    source, target = Path(source).absolute(), Path(target).absolute()
    if target == source or (target.exists() and target.resolve() == source.resolve()):
        raise CoopEvalError(_("Choose a different file for the copy; a workspace cannot be copied onto itself."))
    if not target.parent.is_dir():
        raise CoopEvalError(_("The folder {parent} does not exist.").format(parent=target.parent))
    try:
        backup_to(source, target)
    except OSError as exc:
        raise CoopEvalError(_("The copy could not be written to {target} ({value}); "
                            "the workspace itself is unchanged.").format(target=target, value=exc.strerror or exc)) from None
    return target
