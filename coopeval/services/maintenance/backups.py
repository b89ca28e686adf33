"""A workspace's backups, in the `backups/` folder beside it: listing them, and restoring one under
the workspace's lock, so no running copy of the app has the file open while it is replaced."""

from __future__ import annotations

from pathlib import Path

from coopeval.domain.errors import CoopEvalError
from coopeval.storage import backups as stored
from coopeval.storage.backups import BackupInfo
from coopeval.storage.lock import WorkspaceLock

__all__ = ["BackupInfo", "backups_folder", "list_backups", "restore"]


def backups_folder(path: Path) -> Path:
    return stored.backups_dir(Path(path).absolute())


def list_backups(path: Path) -> list[BackupInfo]:
    """Newest first."""
    return stored.list_backups(Path(path).absolute())


def restore(path: Path, backup: Path) -> Path | None:
    """Replace the workspace at `path` with `backup` (a path, or a name in its backups folder). The
    file it replaces is backed up first; returns that safety backup (None if there was no file)."""
    given, path, backup = Path(path), Path(path).absolute(), Path(backup)
    found = backup if backup.is_absolute() or backup.exists() else stored.backups_dir(path) / backup
    if path.exists() and found.exists() and found.samefile(path):
        raise CoopEvalError(f"{backup} is the workspace itself, not a backup of it; nothing was restored. "
                            f"`coopeval backups list {given}` lists its backups.")
    lock = WorkspaceLock(path).acquire()
    try:
        return stored.restore_backup(path, backup)
    finally:
        lock.release()
