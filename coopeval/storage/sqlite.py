"""Everything SQLite-specific lives here (pragmas, integrity checks, the online backup API, the
file header), so the rest of the code stays portable SQL for a future shared PostgreSQL server."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from coopeval.domain.errors import CoopEvalError

SQLITE_HEADER = b"SQLite format 3\x00"
READING_OPTION = "coopeval_reading"  # execution option: this transaction only reads
BUSY_TIMEOUT_MS = 5000


def looks_like_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(16) == SQLITE_HEADER
    except OSError:
        return False


def on_read_only_medium(path: Path) -> bool:
    """Whether the folder holding `path` is on a read-only mount (a CD, a write-protected stick, a
    share mounted read-only): then nothing at all can write the file, whoever asks."""
    folder = path.parent
    try:
        if hasattr(os, "statvfs"):
            return bool(os.statvfs(folder).f_flag & getattr(os, "ST_RDONLY", 1))
    except OSError:
        return False
    return False


def _wal_header(path: Path) -> bool:
    """Whether the file is in WAL mode (header bytes 18 and 19 are 2): a reader then needs a -shm file."""
    try:
        with path.open("rb") as fh:
            head = fh.read(20)
    except OSError:
        return False
    return len(head) == 20 and head[18] == 2 and head[19] == 2


def reads_immutable(path: Path) -> bool:
    """Whether a reader should open the file as immutable (no -shm or -wal made, no locks taken).

    Only when nothing can write it while we read: it is on a read-only mount, or it is a WAL file
    nobody may write (no write permission bits: how signed-off records are archived) and no writer
    has it open (a WAL writer always has a -wal file). A -wal that exists may hold committed
    changes, so then the file is read normally (`mode=ro`), which reads them."""
    if not _wal_header(path) or path.with_name(path.name + "-wal").exists():
        return False
    if on_read_only_medium(path):
        return True
    try:
        return not path.stat().st_mode & 0o222
    except OSError:
        return False


def _uri(path: Path, *, read_only: bool) -> str:
    mode = "ro" if read_only else "rwc"
    if read_only and reads_immutable(path):
        mode = "ro&immutable=1"
    return f"file:{quote(str(path.resolve()))}?mode={mode}"


class UnreadableFileError(CoopEvalError):
    """The file could not be read for a reason outside it (disk full, read-only, I/O, permission):
    the file itself may be perfectly healthy."""


CORRUPTION_CODES = {getattr(sqlite3, "SQLITE_CORRUPT", 11), getattr(sqlite3, "SQLITE_NOTADB", 26)}


def is_corruption(exc: sqlite3.Error) -> bool:
    """Whether SQLite's error says the file's content is damaged (rather than the disk refusing)."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in CORRUPTION_CODES
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text


def unreadable_message(path: Path, exc: sqlite3.Error) -> str:
    text = str(exc)
    code = getattr(exc, "sqlite_errorcode", 0) or 0
    if code & 0xFF == sqlite3.SQLITE_FULL or "disk is full" in text:
        free = _free(path.parent)
        return (f"{path.name} could not be read because the disk is full{free} (SQLite reports: {text}). "
                "The file itself is not known to be damaged; free some space and try again.")
    if code & 0xFF == sqlite3.SQLITE_CANTOPEN and on_read_only_medium(path):
        return (f"{path.name} is on a read-only disk and holds changes in {path.name}-wal that can only be "
                "read where that file can be written. Copy the workspace with its -wal file to a writable "
                "folder and open the copy.")
    return (f"{path.name} could not be read (SQLite reports: {text}). The file itself is not known to be "
            "damaged: check that the disk is connected and readable, and that you may read the file "
            "and its folder, then try again.")


def _free(folder: Path) -> str:
    try:
        return f" ({shutil.disk_usage(folder).free / (1024 * 1024):.1f} MB free)"
    except OSError:
        return ""


def connect_raw(path: Path, *, read_only: bool = True) -> sqlite3.Connection:
    """A plain sqlite3 connection, for checks and backups before any engine exists."""
    con = sqlite3.connect(_uri(path, read_only=read_only), uri=True, timeout=BUSY_TIMEOUT_MS / 1000,
                          isolation_level=None)
    con.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return con


def quick_check(path: Path) -> str | None:
    """None if the file passes SQLite's quick check; otherwise what SQLite said."""
    try:
        con = connect_raw(path, read_only=True)
        try:
            rows = con.execute("PRAGMA quick_check").fetchall()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.OperationalError) and not is_corruption(exc):
            raise UnreadableFileError(unreadable_message(path, exc)) from None
        return str(exc)
    finally:
        tidy_wal(path)
    result = "; ".join(str(r[0]) for r in rows[:5])
    return None if result == "ok" else result


def make_engine(path: Path, *, read_only: bool = False, wal: bool = True) -> Engine:
    """An engine whose every connection is durable: WAL (or a rollback journal on network
    drives), synchronous=FULL, foreign keys on, a busy timeout, and BEGIN IMMEDIATE so a write
    transaction takes the write lock at its start rather than failing half-way.

    Connections are kept (a small pool per workspace, closed by `engine.dispose()` when the
    workspace closes) so each action does not reconnect and re-run the PRAGMAs; every connection
    still gets them once, when it is made. A connection handed back is rolled back first."""
    uri = _uri(path, read_only=read_only)

    def creator() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)

    engine = create_engine("sqlite+pysqlite://", creator=creator, poolclass=QueuePool, pool_size=2, max_overflow=6,
                           pool_reset_on_return="rollback")

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # noqa: ANN001 - SQLAlchemy's hook
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
        cur = dbapi_connection.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys = ON")
        if not read_only:
            cur.execute(f"PRAGMA journal_mode = {'WAL' if wal else 'DELETE'}")
            cur.execute("PRAGMA synchronous = FULL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # Readers take no write lock (WAL lets them run beside the writer); writers take it at once.
        reading = read_only or conn.get_execution_options().get(READING_OPTION, False)
        conn.exec_driver_sql("BEGIN" if reading else "BEGIN IMMEDIATE")

    return engine


def tidy_wal(path: Path) -> None:
    """Remove the empty `-wal` and `-shm` files a read-only connection leaves beside a WAL database.

    SQLite deletes them when the last connection closes, but only a connection that can write does
    so: a read-only one (a check, a read-only open, a refused file) leaves them behind. So, when the
    write-ahead log is empty and the file may be written, open and close one writing connection: if
    it is the last, SQLite itself removes both (with the locks that make that safe); if anyone else
    has the file open, nothing happens. An empty log means nothing is written to the database file;
    a log holding changes (a writer at work, or one that stopped) is left for a writer to fold in."""
    wal = path.with_name(path.name + "-wal")
    shm = path.with_name(path.name + "-shm")
    try:
        if not (wal.exists() or shm.exists()) or (wal.exists() and wal.stat().st_size > 0):
            return
        writable = os.access(path, os.W_OK) and bool(path.stat().st_mode & 0o222) and os.access(path.parent, os.W_OK)
    except OSError:
        return
    if not writable:
        return
    try:
        con = sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=rw", uri=True, timeout=0,
                              isolation_level=None)
        try:
            con.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()  # opens the (empty) log
        finally:
            con.close()
    except sqlite3.Error:
        pass  # a damaged or busy file: leave the files for SQLite to reuse


def journal_mode(engine: Engine) -> str:
    with engine.connect() as conn:
        return str(conn.exec_driver_sql("PRAGMA journal_mode").scalar())


AUDIT_TRIGGERS = (
    """CREATE TRIGGER IF NOT EXISTS audit_event_no_update BEFORE UPDATE ON audit_event
       BEGIN SELECT RAISE(ABORT, 'audit events are never changed'); END""",
    """CREATE TRIGGER IF NOT EXISTS audit_event_no_delete BEFORE DELETE ON audit_event
       BEGIN SELECT RAISE(ABORT, 'audit events are never deleted'); END""",
)


def backup_to(source: Path, target: Path) -> None:
    """Copy a live database with SQLite's online backup API (consistent even mid-WAL), durably.
    The copy is made in a temporary file beside `target`, removed if anything fails (a full disk
    leaves no half-made file); a disk problem is raised as a plain `StorageError`."""
    from coopeval.storage.safe_files import atomic_path

    with atomic_path(target, f"The copy {target.name}") as tmp:
        tmp.unlink()  # SQLite makes its own file
        try:
            src = connect_raw(source, read_only=True)
            try:
                dst = sqlite3.connect(str(tmp))
                try:
                    src.backup(dst)
                    dst.execute("PRAGMA journal_mode = DELETE")
                finally:
                    dst.close()
            finally:
                src.close()
                tidy_wal(source)
        finally:
            for side in ("-journal", "-wal", "-shm"):
                tmp.with_name(tmp.name + side).unlink(missing_ok=True)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def checkpoint(path: Path) -> None:
    """Fold any write-ahead log back into the file, so the one file alone is complete (to move it)."""
    if path.with_name(path.name + "-wal").exists():
        con = connect_raw(path, read_only=False)
        try:
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            con.close()
