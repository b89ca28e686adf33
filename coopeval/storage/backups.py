"""Backups of a workspace in a `backups/` folder beside it: taken with SQLite's online backup API
before every migration and at every sign-off, the newest 20 kept, restored only after the current
file has itself been backed up."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from coopeval.domain.errors import CoopEvalError
from coopeval.storage.safe_files import disk_errors, temp_name
from coopeval.storage.sqlite import backup_to, connect_raw, looks_like_sqlite, quick_check, tidy_wal

KEEP = 20
_SAFE = re.compile(r"[^A-Za-z0-9._-]+")
STEM_BYTES = 120  # a workspace name longer than this is shortened in its backups' names
REASON_CHARS = 60
NEVER_PRUNED = "before-restore"  # the copy a restore replaced is kept until the user removes it
APP_MARK = "coopeval-workspace"
PACK_KIND = "evaluator-pack"


class BackupError(CoopEvalError):
    pass


class NotThisWorkspaceError(BackupError):
    """The chosen file is not a backup of this workspace; `what` names what it is."""

    def __init__(self, message: str, what: str, *, may_confirm: bool):
        self.what, self.may_confirm = what, may_confirm
        super().__init__(message)


@dataclass(frozen=True)
class FileIdentity:
    """What an SQLite file is, from its own records: a CoopEval workspace (with its id), an
    evaluator pack, or something else."""

    kind: str  # "workspace", "pack", "other"
    workspace_id: str | None = None
    created_at: str | None = None

    def describe(self) -> str:
        if self.kind == "pack":
            return "an evaluator pack, not a workspace backup"
        if self.kind == "other":
            return "an SQLite database that is not a CoopEval workspace"
        return f"a backup of another workspace (workspace id {self.workspace_id}, created {self.created_at or '?'})"


def identify(path: Path) -> FileIdentity | None:
    """The identity a file records, None if it cannot be read at all."""
    from coopeval.storage.untrusted import PACK_MAGIC  # here: untrusted needs workspace_file, which needs us

    try:
        with Path(path).open("rb") as fh:
            if fh.read(len(PACK_MAGIC)) == PACK_MAGIC:  # an encrypted evaluator pack
                return FileIdentity("pack")
    except OSError:
        return None
    try:
        con = connect_raw(path, read_only=True)
        try:
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "workspace_meta" not in tables:
                return FileIdentity("other")
            meta = dict(con.execute("SELECT key, value FROM workspace_meta").fetchall())
        finally:
            con.close()
            tidy_wal(path)
    except (sqlite3.Error, CoopEvalError):
        return None
    if meta.get("app") != APP_MARK:
        return FileIdentity("other")
    if meta.get("kind") == PACK_KIND:
        return FileIdentity("pack", meta.get("workspace_id"), meta.get("created_at"))
    return FileIdentity("workspace", meta.get("workspace_id"), meta.get("created_at"))


def backup_stem(workspace: Path) -> str:
    """The workspace's name as its backups start with: shortened (on a character boundary, with a
    short hash so two long names stay apart) so every backup name fits in 255 bytes."""
    stem = workspace.stem
    raw = stem.encode("utf-8")
    if len(raw) <= STEM_BYTES:
        return stem
    digest = hashlib.sha256(raw).hexdigest()[:8]
    return raw[:STEM_BYTES - 9].decode("utf-8", errors="ignore") + "~" + digest


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
    return re.compile(re.escape(backup_stem(workspace)) + r"-(\d{8}T\d{6}\d{6}Z)-(.*)\.coopeval$")


def take_backup(workspace: Path, reason: str) -> Path:
    folder = backups_dir(workspace)
    with disk_errors(folder, "The backup"):
        folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    label = _SAFE.sub('-', reason).strip('-')[:REASON_CHARS].strip('-') or 'backup'
    target = folder / f"{backup_stem(workspace)}-{stamp}-{label}.coopeval"
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
    prunable = [b for b in list_backups(workspace) if not b.reason.startswith(NEVER_PRUNED)]
    for old in prunable[KEEP:]:
        try:
            old.path.unlink()
        except OSError:
            pass


def check_belongs(workspace: Path, backup: Path, *, accept_other: bool = False) -> FileIdentity | None:
    """Refuse a file that is not a backup of `workspace`: an unrelated database or an evaluator
    pack always; another workspace's file unless `accept_other` (the user said so, naming it).
    Returns the backup's identity."""
    found = identify(backup)
    if found is None:
        raise BackupError(f"{backup.name} could not be read as a workspace backup; nothing was restored.")
    if found.kind == "other":
        raise NotThisWorkspaceError(f"{backup.name} is {found.describe()}; nothing was restored.",
                                    found.describe(), may_confirm=False)
    if found.kind == "pack":
        raise NotThisWorkspaceError(
            f"{backup.name} is {found.describe()}; nothing was restored. Bring a returned pack in with "
            "`coopeval pack import` instead.", found.describe(), may_confirm=False)
    mine = identify(workspace) if workspace.exists() else None
    if mine is not None and mine.kind == "workspace" and mine.workspace_id == found.workspace_id:
        return found
    if mine is None and _listed_backup(workspace, backup):
        return found  # the workspace is gone or unreadable: its own backups folder is trusted
    if accept_other:
        return found
    if mine is None:
        what = f"a workspace backup whose id ({found.workspace_id}) cannot be compared, because {workspace.name} cannot be read"
    else:
        what = found.describe()
    raise NotThisWorkspaceError(f"{backup.name} is {what}, not a backup of {workspace.name}; nothing was restored.",
                                what, may_confirm=True)


def _listed_backup(workspace: Path, backup: Path) -> bool:
    try:
        return any(b.path.samefile(backup) for b in list_backups(workspace))
    except OSError:
        return False


def restore_backup(workspace: Path, backup: Path, *, accept_other: bool = False) -> Path | None:
    """Replace `workspace` with `backup`. The current file, if readable, is backed up first; the
    caller must hold the workspace's lock and have closed its engine. Returns that safety backup.
    Only a backup of this workspace is restored, unless `accept_other` (see `check_belongs`)."""
    if not backup.is_absolute() and not backup.exists():
        backup = backups_dir(workspace) / backup
    if backup.is_file() and not looks_like_sqlite(backup) and getattr(identify(backup), "kind", None) == "pack":
        check_belongs(workspace, backup, accept_other=accept_other)  # an encrypted evaluator pack: named as one
    if not backup.is_file() or not looks_like_sqlite(backup):
        raise BackupError(f"{backup} is not a workspace backup.")
    problem = quick_check(backup)
    if problem:
        raise BackupError(f"The backup {backup.name} is itself damaged ({problem}); choose another.")
    check_belongs(workspace, backup, accept_other=accept_other)
    unchanged = f"{workspace.name} is unchanged and nothing was restored."
    # Copy the backup aside first: the safety backup below prunes the oldest, which may be this one.
    tmp = temp_name(workspace, ".restoring")
    try:
        backup_to(backup, tmp)
    except CoopEvalError as exc:
        raise BackupError(f"{exc} {unchanged}") from None
    safety = None
    try:
        if workspace.exists():
            if quick_check(workspace) is None:
                safety = take_backup(workspace, NEVER_PRUNED)
            else:
                # A damaged file cannot go through the backup API; keep its bytes as they are.
                safety = backups_dir(workspace) / f"{backup_stem(workspace)}-damaged-{dt.datetime.now(dt.UTC):%Y%m%dT%H%M%S%f}.coopeval"
                safety.parent.mkdir(parents=True, exist_ok=True)
                os.replace(workspace, safety)
                for suffix in ("-wal", "-journal"):  # committed changes may still be in these
                    side = workspace.with_name(workspace.name + suffix)
                    if side.exists():
                        os.replace(side, safety.with_name(safety.name + suffix))
    except CoopEvalError as exc:
        tmp.unlink(missing_ok=True)
        raise BackupError(f"{exc} {unchanged}") from None
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
