"""A workspace's backups, in the `backups/` folder beside it: listing them, and restoring one under
the workspace's lock, so no running copy of the app has the file open while it is replaced."""

from __future__ import annotations

from pathlib import Path

from coopeval.domain.errors import CoopEvalError
from coopeval.i18n import _
from coopeval.storage import backups as stored
from coopeval.storage.backups import BackupInfo, NotThisWorkspaceError
from coopeval.storage.lock import WorkspaceLock

__all__ = ["BackupInfo", "NotThisWorkspaceError", "backups_folder", "list_backups", "restore"]


def backups_folder(path: Path) -> Path:
    return stored.backups_dir(Path(path).absolute())


def list_backups(path: Path) -> list[BackupInfo]:
    """Newest first."""
    return stored.list_backups(Path(path).absolute())


def restore(path: Path, backup: Path, *, accept_other: bool = False) -> Path | None:
    """Replace the workspace at `path` with `backup` (a path, or a name in its backups folder). The
    file it replaces is backed up first (that copy is never pruned); returns it (None if there was
    no file). Only a backup of this workspace (the same workspace id) is restored: another
    workspace's file raises `NotThisWorkspaceError` (its `what` names the file, `may_confirm` says
    whether asking again with `accept_other=True` is allowed); a pack or an unrelated database is
    always refused."""
    given, path, backup = Path(path), Path(path).absolute(), Path(backup)
    found = backup if backup.is_absolute() or backup.exists() else stored.backups_dir(path) / backup
    if path.exists() and found.exists() and found.samefile(path):
        raise CoopEvalError(_("{backup} is the workspace itself, not a backup of it; nothing was restored. "
                            "`coopeval backups list {given}` lists its backups.").format(backup=backup, given=given))
    lock = WorkspaceLock(path).acquire()
    try:
        return stored.restore_backup(path, backup, accept_other=accept_other)
    finally:
        lock.release()
