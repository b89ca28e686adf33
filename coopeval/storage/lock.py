"""One writer per workspace: a lock file beside the workspace, held with an OS file lock.

The lock file (`NAME.coopeval.lock`) records host, process id, user and time so a second opener can
be told who holds it. The OS lock (fcntl on POSIX, msvcrt on Windows) is released by the kernel
when a process dies, so a lock file whose OS lock can be taken was left by a crashed process: on
the same host it is taken over (and the caller records that in the audit log).
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import socket
import stat
import sys
from dataclasses import dataclass
from pathlib import Path

from coopeval.domain.errors import CoopEvalError


@dataclass(frozen=True)
class LockHolder:
    host: str
    pid: int
    user: str
    since: str

    def describe(self) -> str:
        return f"{self.user} on {self.host} (process {self.pid}, since {self.since})"


class WorkspaceLockedError(CoopEvalError):
    def __init__(self, path: Path, holder: LockHolder | None):
        self.path, self.holder = path, holder
        who = holder.describe() if holder else "another CoopEval"
        super().__init__(
            f"{path.name} is open in {who}. Only one copy of CoopEval may change a workspace at a time. "
            "Open it read-only, or ask them to close it."
        )


class LockFileError(CoopEvalError):
    """The lock file's place holds something that is not a lock file (a link, a folder, a device)."""

    def __init__(self, path: Path, what: str):
        self.path = path
        super().__init__(
            f"{path.name} is {what}, not a CoopEval lock file, so the workspace was not opened (CoopEval "
            f"never writes through a link). Remove {path.name} (it is not CoopEval's) and try again, or "
            "open the workspace read-only.")


NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def lock_path_for(workspace: Path) -> Path:
    return workspace.with_name(workspace.name + ".lock")


def _refuse_odd(path: Path) -> None:
    """Refuse a lock path that is a symbolic link or anything but a regular file."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return
    except OSError:
        return  # the open below reports what is wrong
    if stat.S_ISLNK(st.st_mode):
        raise LockFileError(path, "a symbolic link")
    if not stat.S_ISREG(st.st_mode):
        raise LockFileError(path, "not a regular file")


def _open_lock(path: Path, flags: int) -> int:
    """Open the lock file without following a link; refuse one that is not a regular file."""
    _refuse_odd(path)
    try:
        fd = os.open(path, flags | NOFOLLOW, 0o644)
    except OSError as exc:
        if os.path.islink(path):  # ELOOP: it became a link after the check
            raise LockFileError(path, "a symbolic link") from None
        raise exc
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise LockFileError(path, "not a regular file")
    return fd


def _me() -> LockHolder:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "unknown user"
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return LockHolder(socket.gethostname(), os.getpid(), user, now)


def read_holder(workspace: Path) -> LockHolder | None:
    path = lock_path_for(workspace)
    if os.path.islink(path) or (path.exists() and not path.is_file()):
        return None  # never read through a link (acquiring refuses it)
    try:
        fd = os.open(path, os.O_RDONLY | NOFOLLOW)
        with os.fdopen(fd, "rb") as fh:
            text = fh.read(4096).decode("utf-8")
        data = json.loads(text)
        return LockHolder(str(data["host"]), int(data["pid"]), str(data["user"]), str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _try_os_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


class WorkspaceLock:
    """Held while a workspace is open for writing. `taken_over` names a stale holder it replaced."""

    def __init__(self, workspace: Path):
        self.workspace = workspace
        self.path = lock_path_for(workspace)
        self.taken_over: LockHolder | None = None
        self._fd: int | None = None

    def acquire(self, *, force: bool = False) -> WorkspaceLock:
        """Take the lock. `force` takes over a lock file left by another host (the user was asked)."""
        _refuse_odd(self.path)
        previous = read_holder(self.workspace)
        fd = self._open_locked(previous)
        me = _me()
        if previous and (previous.host, previous.pid) != (me.host, me.pid):
            if previous.host != me.host and not force and _pid_may_be_alive_elsewhere(previous):
                # Another machine's process may still be writing over a network share.
                os.close(fd)
                raise WorkspaceLockedError(self.workspace, previous)
            self.taken_over = previous
        payload = json.dumps(me.__dict__).encode("utf-8")
        os.lseek(fd, 0, os.SEEK_SET)
        os.ftruncate(fd, 0)
        os.write(fd, payload)
        os.fsync(fd)
        self._fd = fd
        return self

    def _open_locked(self, previous: LockHolder | None) -> int:
        """Open the lock file and take its OS lock. On POSIX a releasing holder unlinks the file
        while still holding the lock, so check that the file we locked is still the one at the
        path; if not, it was removed under us and we try again with the new one."""
        for _ in range(10):
            fd = _open_lock(self.path, os.O_RDWR | os.O_CREAT)
            if not _try_os_lock(fd):
                os.close(fd)
                raise WorkspaceLockedError(self.workspace, previous)
            if os.name != "posix" or _same_file(fd, self.path):
                return fd
            os.close(fd)
        raise WorkspaceLockedError(self.workspace, previous)

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        if os.name == "posix":
            # Removed while still locked, so nobody can lock the old file thinking it is current.
            try:
                self.path.unlink()
            except OSError:
                pass
        else:
            try:  # Windows cannot remove an open file; an empty lock file means nobody holds it
                os.ftruncate(fd, 0)
            except OSError:
                pass
        os.close(fd)

    @property
    def held(self) -> bool:
        return self._fd is not None


def _same_file(fd: int, path: Path) -> bool:
    try:
        return os.fstat(fd).st_ino == os.stat(path).st_ino
    except OSError:
        return False


def _pid_may_be_alive_elsewhere(holder: LockHolder) -> bool:
    """We cannot see another host's processes; OS locks over SMB/NFS are unreliable, so assume alive."""
    return True


def lock_state(workspace: Path) -> tuple[LockHolder | None, bool]:
    """Who the lock file names, and whether a live process really holds it (False: left by a crash)."""
    holder = read_holder(workspace)
    path = lock_path_for(workspace)
    if holder is None or not path.exists():
        return holder, False
    try:
        fd = _open_lock(path, os.O_RDWR)
    except (OSError, LockFileError):
        return holder, True
    try:
        if _try_os_lock(fd):
            return holder, False  # closing fd below drops the lock we just took
        return holder, True
    finally:
        os.close(fd)
