"""Reading a file a user named, safely: only a regular file, and never more than a cap.

`/dev/zero`, a FIFO, a socket or a terminal given where a file is expected would otherwise be read
until memory runs out, or wait for ever for a writer. The file is opened without blocking (a FIFO
with no writer opens at once), checked with `fstat` on the open handle (so a swap between check
and read changes nothing), and read up to `limit + 1` bytes, so a file that grows while read is
still refused.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from coopeval.domain.errors import InvalidFileError, Problem
from coopeval.i18n import _


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return _("a folder")
    if stat.S_ISFIFO(mode):
        return _("a pipe (FIFO)")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return _("a device")
    if stat.S_ISSOCK(mode):
        return _("a socket")
    return _("not a regular file")


def read_regular_file(path: str | Path, *, limit: int, what: str) -> bytes:
    """The bytes of `path`, or InvalidFileError (location "file") saying why it cannot be `what`
    ("a tender file", "a framework file", …): missing, not a regular file, larger than `limit`
    bytes, or unreadable."""
    path = Path(path)
    name = path.name or str(path)

    def refuse(message: str) -> InvalidFileError:
        return InvalidFileError([Problem(name, "file", message)])

    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise refuse(_("not found: {path}").format(path=path)) from None
    except IsADirectoryError:
        raise refuse(_("is a folder, not {what}").format(what=what)) from None
    except OSError as exc:
        if exc.errno == errno.ENXIO:  # a socket, or a FIFO on some systems
            raise refuse(_("is not a regular file, so it cannot be {what}").format(what=what)) from None
        raise refuse(_("cannot be read: {value}").format(value=exc.strerror or exc)) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise refuse(_("{path} is {kind}, not {what}").format(path=path, kind=_kind(info.st_mode), what=what))
        if info.st_size > limit:
            raise refuse(_("is {st_size:,} bytes; {what} is at most {limit:,} bytes").format(st_size=info.st_size, what=what, limit=limit))
        if hasattr(os, "O_NONBLOCK"):
            os.set_blocking(fd, True)
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:
            raise refuse(_("is more than {limit:,} bytes; {what} is at most {limit:,} bytes").format(limit=limit, what=what))
        return b"".join(chunks)
    except OSError as exc:
        raise refuse(_("cannot be read: {value}").format(value=exc.strerror or exc)) from None
    finally:
        os.close(fd)
