"""Backups of a workspace in a `backups/` folder beside it: taken with SQLite's online backup API
before every migration and at every sign-off, the newest 20 kept, restored only after the current
file has itself been backed up."""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass
from pathlib import Path

from coopeval.domain.errors import CoopEvalError
from coopeval.storage.sqlite import backup_to, looks_like_sqlite, quick_check

KEEP = 20
_SAFE = re.compile(r"[^A-Za-z0-9._-]+")


class BackupError(CoopEvalError):
    pass


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: str
    reason: str
    size: int

    @property
    def name(self) -> str:
        return self.path.name


def backups_dir(workspace: Path) -> Path:
    return workspace.parent / "backups"


def _pattern(workspace: Path) -> re.Pattern[str]:
    return re.compile(re.escape(workspace.stem) + r"-(\d{8}T\d{6}\d{6}Z)-(.*)\.coopeval$")


def take_backup(workspace: Path, reason: str) -> Path:
    folder = backups_dir(workspace)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{workspace.stem}-{stamp}-{_SAFE.sub('-', reason).strip('-') or 'backup'}.coopeval"
    backup_to(workspace, target)
    _prune(workspace)
    return target


def list_backups(workspace: Path) -> list[BackupInfo]:
    """Newest first."""
    folder = backups_dir(workspace)
    if not folder.is_dir():
        return []
    pattern = _pattern(workspace)
    found = []
    for path in folder.iterdir():
        match = pattern.match(path.name)
        if match and path.is_file():
            stamp = match.group(1)
            when = dt.datetime.strptime(stamp, "%Y%m%dT%H%M%S%fZ").strftime("%Y-%m-%d %H:%M:%S UTC")
            found.append(BackupInfo(path, when, match.group(2), path.stat().st_size))
    found.sort(key=lambda b: b.path.name, reverse=True)
    return found


def latest_backup(workspace: Path) -> Path | None:
    backups = list_backups(workspace)
    return backups[0].path if backups else None


def _prune(workspace: Path) -> None:
    for old in list_backups(workspace)[KEEP:]:
        try:
            old.path.unlink()
        except OSError:
            pass


def restore_backup(workspace: Path, backup: Path) -> Path | None:
    """Replace `workspace` with `backup`. The current file, if readable, is backed up first; the
    caller must hold the workspace's lock and have closed its engine. Returns that safety backup."""
    if not backup.is_absolute() and not backup.exists():
        backup = backups_dir(workspace) / backup
    if not backup.is_file() or not looks_like_sqlite(backup):
        raise BackupError(f"{backup} is not a workspace backup.")
    problem = quick_check(backup)
    if problem:
        raise BackupError(f"The backup {backup.name} is itself damaged ({problem}); choose another.")
    # Copy the backup aside first: the safety backup below prunes the oldest, which may be this one.
    tmp = workspace.with_name(workspace.name + ".restoring")
    backup_to(backup, tmp)
    safety = None
    try:
        if workspace.exists():
            if quick_check(workspace) is None:
                safety = take_backup(workspace, "before-restore")
            else:
                # A damaged file cannot go through the backup API; keep its bytes as they are.
                safety = backups_dir(workspace) / f"{workspace.stem}-damaged-{dt.datetime.now(dt.UTC):%Y%m%dT%H%M%S%f}.coopeval"
                safety.parent.mkdir(parents=True, exist_ok=True)
                os.replace(workspace, safety)
                for suffix in ("-wal", "-journal"):  # committed changes may still be in these
                    side = workspace.with_name(workspace.name + suffix)
                    if side.exists():
                        os.replace(side, safety.with_name(safety.name + suffix))
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    try:
        for suffix in ("-wal", "-shm", "-journal"):
            workspace.with_name(workspace.name + suffix).unlink(missing_ok=True)
        os.replace(tmp, workspace)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise BackupError(f"{workspace.name} could not be replaced ({exc.strerror or exc}); it was not restored. "
                          "Check that the file and its folder are writable.") from None
    return safety
