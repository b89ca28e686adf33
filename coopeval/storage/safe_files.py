"""Writing files so that a full disk, a read-only disk or a refused permission ends with a plain
message and nothing half-written: every output goes to a temporary file in its own folder, is
flushed to disk, and only then replaces the destination (`os.replace`). On failure the temporary
file is removed and the error says what happened and what to do."""

from __future__ import annotations

import errno
import functools
import inspect
import os
import secrets
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, ParamSpec, TypeVar

from coopeval.domain.errors import CoopEvalError

MB = 1024 * 1024
DISK_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EROFS, errno.EACCES, errno.EPERM}


class StorageError(CoopEvalError):
    """A file could not be written or read because of the disk (full, read-only, not permitted,
    failing), not because of what the file holds."""


class DiskFullError(StorageError):
    pass


def free_bytes(folder: Path) -> int | None:
    """Free space for this user in `folder` (or the nearest folder that exists), None if unknown."""
    folder = Path(folder)
    while not folder.exists() and folder.parent != folder:
        folder = folder.parent
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def _mb(size: int) -> str:
    return f"{size / MB:.1f} MB" if size < 10 * MB else f"{size // MB:,} MB"


def disk_full_message(folder: Path, what: str) -> str:
    free = free_bytes(folder)
    where = f" ({_mb(free)} free in {folder})" if free is not None else f" ({folder})"
    return f"{what} could not be written: the disk is full{where}. Free some space and try again."


def is_disk_full(exc: BaseException) -> bool:
    if isinstance(exc, OSError):
        return exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))
    if isinstance(exc, sqlite3.Error):
        return getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL or "disk is full" in str(exc)
    return False


def storage_error(exc: BaseException, folder: Path, what: str) -> StorageError | None:
    """A plain StorageError for a disk problem (full, read-only, refused, failing), else None.
    `what` starts the sentence ("The summaries", "The backup")."""
    orig = getattr(exc, "orig", None)  # SQLAlchemy wraps the driver's error
    if isinstance(orig, BaseException):
        exc = orig
    if is_disk_full(exc):
        return DiskFullError(disk_full_message(folder, what))
    if isinstance(exc, OSError) and exc.errno in DISK_ERRNOS:
        if exc.errno == errno.EROFS:
            return StorageError(f"{what} could not be written: {folder} is on a read-only disk. "
                                "Choose a folder on a writable disk.")
        return StorageError(f"{what} could not be written: you are not allowed to write in {folder}. "
                            "Choose another folder, or ask IT for permission.")
    if isinstance(exc, sqlite3.OperationalError) and getattr(exc, "sqlite_errorcode", None) in (
            sqlite3.SQLITE_IOERR, sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN):
        return StorageError(f"{what} could not be written ({exc}) in {folder}. Check that the disk is "
                            "connected, writable and not full, then try again.")
    return None


@contextmanager
def disk_errors(folder: Path, what: str) -> Iterator[None]:
    """Turn a disk problem raised in the block into a plain StorageError (others pass unchanged)."""
    try:
        yield
    except (OSError, sqlite3.Error) as exc:
        plain = storage_error(exc, Path(folder), what)
        if plain is None:
            raise
        raise plain from None
    except Exception as exc:  # SQLAlchemy's wrapped driver errors
        plain = storage_error(exc, Path(folder), what) if isinstance(getattr(exc, "orig", None), sqlite3.Error) else None
        if plain is None:
            raise
        raise plain from None


P = ParamSpec("P")
R = TypeVar("R")


def on_disk_errors(what: str, folder_arg: str) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Decorate a function that writes an output: a disk problem it meets (full, read-only, not
    permitted) becomes a plain StorageError naming `what` and the folder its `folder_arg` names
    (a file's folder, or the folder itself), instead of an unexpected-problem report."""

    def wrap(fn: Callable[P, R]) -> Callable[P, R]:
        signature = inspect.signature(fn)

        @functools.wraps(fn)
        def inner(*args: P.args, **kwargs: P.kwargs) -> R:
            try:
                return fn(*args, **kwargs)
            except CoopEvalError:
                raise
            except Exception as exc:
                plain = storage_error(exc, _folder_of(signature, folder_arg, args, kwargs), what)
                if plain is None:
                    raise
                raise plain from None

        return inner

    return wrap


def _folder_of(signature: inspect.Signature, name: str, args: tuple[object, ...], kwargs: dict[str, object]) -> Path:
    try:
        given = Path(str(signature.bind_partial(*args, **kwargs).arguments[name])).expanduser().absolute()
    except (KeyError, TypeError):
        return Path.cwd()
    return given if given.is_dir() else given.parent


def require_free_space(folder: Path, needed: int, what: str, *, after: str = "Nothing was changed.") -> None:
    """Refuse before starting when `folder` has less than `needed` bytes free (unknown: go ahead)."""
    free = free_bytes(folder)
    if free is not None and free < needed:
        raise DiskFullError(f"{what} needs about {_mb(needed)} but the disk has {_mb(free)} free ({folder}). "
                            f"{after} Free some space and try again.")


def temp_name(target: Path, suffix: str = ".part") -> Path:
    """A hidden temporary name beside `target`, short enough for any file system (255 bytes)."""
    stem = target.name.encode("utf-8")[:120].decode("utf-8", errors="ignore")
    return target.with_name(f".{stem}.{secrets.token_hex(6)}{suffix}")


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextmanager
def atomic_path(target: Path, what: str, *, suffix: str = ".part") -> Iterator[Path]:
    """A temporary path beside `target` for the block to write; when the block ends without error it
    is flushed and moved over `target`. On any failure the temporary file is removed, and a disk
    problem becomes a StorageError naming `what`."""
    target = Path(target)
    temp = temp_name(target, suffix)
    try:
        with disk_errors(target.parent, what):
            os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
            yield temp
            fd = os.open(temp, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
            os.replace(temp, target)
            fsync_dir(target.parent)
    finally:
        temp.unlink(missing_ok=True)


def atomic_write(target: Path, data: bytes | Callable[[BinaryIO], None], what: str) -> Path:
    """Write `data` (bytes, or a function writing to a binary file) to `target` atomically."""
    with atomic_path(target, what) as temp:
        with temp.open("wb") as fh:
            if isinstance(data, bytes):
                fh.write(data)
            else:
                data(fh)
            fh.flush()
    return Path(target)
