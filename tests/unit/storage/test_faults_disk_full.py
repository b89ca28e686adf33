"""Item 9 of issue 14 (storage side): a full disk gives a plain message and leaves no half-made
file; a full disk is not damage; backup names fit in 255 bytes whatever the workspace is called.
The full disk is injected at the boundary: SQLite's backup raising 'database or disk is full', a
write raising ENOSPC, shutil.disk_usage reporting little free space."""

from __future__ import annotations

import errno
import io
import random
import sqlite3
from pathlib import Path

import pytest

from coopeval import cli
from coopeval.services.maintenance.backups import restore
from coopeval.services.maintenance.check import check_workspace
from coopeval.storage import safe_files
from coopeval.storage import sqlite as storage_sqlite
from coopeval.storage.backups import BackupError, backups_dir, list_backups, take_backup
from coopeval.storage.safe_files import DiskFullError, StorageError, atomic_write
from tests.helpers.workspaces import sha256_of, staged_file

REAL_CONNECT_RAW = storage_sqlite.connect_raw


@pytest.fixture
def path(tmp_path_factory, tmp_path):
    target = tmp_path / "w.coopeval"
    staged_file(tmp_path_factory, target, "evaluation")
    return target


class FullDiskSource:
    """A source connection whose backup stops as a full disk stops it, after starting the copy."""

    def __init__(self, real: sqlite3.Connection):
        self.real = real

    def backup(self, target: sqlite3.Connection, **_: object) -> None:
        target.execute("CREATE TABLE half_made (x)")  # something was written before the disk filled
        raise sqlite3.OperationalError("database or disk is full")

    def execute(self, *args: object) -> object:
        return self.real.execute(*args)  # type: ignore[arg-type]

    def close(self) -> None:
        self.real.close()


def fill_the_disk(monkeypatch, free: int = 300 * 1024) -> None:
    monkeypatch.setattr(storage_sqlite, "connect_raw",
                        lambda p, read_only=True: FullDiskSource(REAL_CONNECT_RAW(p, read_only=read_only)))
    monkeypatch.setattr(safe_files.shutil, "disk_usage", lambda p: type("U", (), {"free": free, "total": 0, "used": 0})())


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if ".part" in p.name or ".restoring" in p.name)


def test_a_backup_on_a_full_disk_says_so_and_leaves_no_part_file(path, monkeypatch):
    fill_the_disk(monkeypatch)
    with pytest.raises(DiskFullError, match=r"the disk is full \(0\.3 MB free in .*\)\. Free some space and try again"):
        take_backup(path, "manual")
    assert leftovers(path.parent) == []
    assert list_backups(path) == []


def test_restore_on_a_full_disk_says_so_changes_nothing_and_leaves_no_restoring_part(path, monkeypatch):
    backup = take_backup(path, "manual")
    before = sha256_of(path)
    fill_the_disk(monkeypatch)
    with pytest.raises(BackupError, match="the disk is full.*w.coopeval is unchanged and nothing was restored"):
        restore(path, backup)
    assert sha256_of(path) == before
    assert leftovers(path.parent) == []


class FullDiskCheck:
    def __init__(self, real: sqlite3.Connection):
        self.real = real

    def execute(self, sql: str, *args: object) -> object:
        if "quick_check" in sql:
            raise sqlite3.OperationalError("database or disk is full")
        return self.real.execute(sql, *args)

    def close(self) -> None:
        self.real.close()


def test_check_and_tenders_do_not_call_a_healthy_file_damaged_on_a_full_disk(path, monkeypatch):
    monkeypatch.setattr(storage_sqlite, "connect_raw",
                        lambda p, read_only=True: FullDiskCheck(REAL_CONNECT_RAW(p, read_only=read_only)))
    report = check_workspace(path)
    assert not report.ok
    text = "\n".join(report.lines)
    assert "DAMAGED" not in text and "disk is full" in text and "not known to be damaged" in text
    out, err = io.StringIO(), io.StringIO()
    assert cli.main(["tenders", str(path)], out=out, err=err) == 1
    assert "disk is full" in err.getvalue() and "is damaged" not in err.getvalue()
    assert "unexpected problem" not in err.getvalue()


def test_real_corruption_is_still_called_damaged(path):
    size = path.stat().st_size
    with path.open("r+b") as fh:  # the middle third overwritten with noise
        fh.seek(size // 3)
        fh.write(random.Random(3).randbytes(size // 3))
    report = check_workspace(path)
    assert not report.ok and report.lines[0].startswith("Integrity: DAMAGED")


@pytest.mark.parametrize("failure, message", [
    (errno.ENOSPC, "the disk is full"),
    (errno.EDQUOT, "the disk is full"),
    (errno.EROFS, "is on a read-only disk"),
    (errno.EACCES, "you are not allowed to write in"),
])
def test_atomic_write_keeps_the_old_file_and_leaves_no_temp(tmp_path, failure, message):
    target = tmp_path / "out.pdf"
    target.write_bytes(b"the previous version")

    def writer(fh) -> None:
        fh.write(b"half of the new")
        raise OSError(failure, "simulated")

    with pytest.raises(StorageError, match=message):
        atomic_write(target, writer, "The report")
    assert target.read_bytes() == b"the previous version"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.pdf"]


def test_atomic_write_replaces_the_file_when_it_succeeds(tmp_path):
    target = tmp_path / "out.txt"
    atomic_write(target, b"new", "The file")
    assert target.read_bytes() == b"new" and sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]


@pytest.mark.parametrize("name", [
    "é" * 115,  # 230 bytes: about the longest name SQLite's -journal file beside it allows
    "a" * 230,
    "🙂" * 57 + "x",  # four-byte characters: cut on a character boundary
    "Ty Bwyd Łódź " * 14,
])
def test_backup_names_fit_in_255_bytes_whatever_the_workspace_is_called(tmp_path, path, name):
    long = tmp_path / f"{name}.coopeval"
    assert len(long.name.encode("utf-8")) <= 255
    path.rename(long)
    taken = take_backup(long, "signed-off-" + "EVC-2026-014-" * 20)
    assert len(taken.name.encode("utf-8")) <= 250  # room for a temporary suffix too
    taken.name.encode("utf-8").decode("utf-8")
    assert [b.path for b in list_backups(long)] == [taken]


def test_two_long_names_with_the_same_beginning_keep_their_backups_apart(tmp_path, path):
    first, second = tmp_path / ("x" * 200 + "-one.coopeval"), tmp_path / ("x" * 200 + "-two.coopeval")
    path.rename(first)
    first.with_name(first.name).read_bytes()
    second.write_bytes(first.read_bytes())
    a, b = take_backup(first, "a"), take_backup(second, "b")
    assert [x.path for x in list_backups(first)] == [a]
    assert [x.path for x in list_backups(second)] == [b]
    assert backups_dir(first) == backups_dir(second)
