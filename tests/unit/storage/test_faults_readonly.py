"""Item 8 of issue 14: a healthy workspace on read-only media opens read-only and is called healthy.

On a read-only mount SQLite cannot create the `-shm` file a WAL database needs, so `mode=ro` alone
fails with "unable to open database file" (which `check` used to call DAMAGED). The fix opens such a
file `immutable=1`, only when nothing can write it. Root ignores folder permissions, so the
read-only mount is injected where CoopEval decides it (`on_read_only_medium`) and SQLite is made
unable to create the `-shm` (a dangling `-shm` link: exactly the error a read-only mount gives).
A real read-only tmpfs mount is tried too, where the sandbox allows it."""

from __future__ import annotations

import io
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from coopeval import cli
from coopeval.services.maintenance import check as check_module
from coopeval.services.maintenance.check import check_workspace
from coopeval.services.setup import tenders
from coopeval.services.workspace import Workspace, WorkspaceNotWritableError
from coopeval.storage import sqlite as storage_sqlite
from coopeval.storage import workspace_file
from coopeval.storage.lock import lock_path_for
from tests.helpers.workspaces import REPO, scale, staged_file


@pytest.fixture
def path(tmp_path_factory, tmp_path):
    target = tmp_path / "media" / "w.coopeval"
    target.parent.mkdir()
    staged_file(tmp_path_factory, target, "evaluation")
    assert not target.with_name(target.name + "-wal").exists()
    return target


def read_only_mount(monkeypatch, path: Path) -> None:
    """Make `path`'s folder behave as a read-only mount: CoopEval is told so, and SQLite cannot make
    the -shm file there."""
    def on_read_only_medium(p: Path) -> bool:
        return Path(p).parent == path.parent

    for module in (storage_sqlite, workspace_file, check_module):
        monkeypatch.setattr(module, "on_read_only_medium", on_read_only_medium)
    path.with_name(path.name + "-shm").symlink_to(path.parent / "no-such-folder" / "shm")


def beside(path: Path) -> set[str]:
    return {p.name for p in path.parent.iterdir()} - {path.name, path.name + "-shm"}


def test_the_injected_situation_is_what_a_read_only_mount_gives(path, monkeypatch):
    read_only_mount(monkeypatch, path)
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError, match="unable to open database file"):
        con.execute("PRAGMA quick_check").fetchall()
    con.close()
    path.with_name(path.name + "-wal").unlink(missing_ok=True)


def test_check_calls_a_healthy_workspace_on_read_only_media_healthy(path, monkeypatch):
    read_only_mount(monkeypatch, path)
    report = check_workspace(path)
    assert report.ok, report.lines
    assert "Integrity: ok" in report.lines
    assert any(line.startswith("Disk: read-only") for line in report.lines)
    assert not any("DAMAGED" in line for line in report.lines)
    assert beside(path) == set()  # no -wal, no lock file


def test_it_opens_read_only_says_so_and_writes_nothing_there(path, monkeypatch):
    read_only_mount(monkeypatch, path)
    with Workspace.open(path, read_only=True) as ws:
        assert [t.reference for t in tenders.list_tenders(ws)] == ["T1"]
        assert ws.warning is not None and "read-only disk" in ws.warning
    assert not lock_path_for(path).exists()
    assert beside(path) == set()


def test_the_tenders_command_lists_it(path, monkeypatch):
    read_only_mount(monkeypatch, path)
    out, err = io.StringIO(), io.StringIO()
    assert cli.main(["tenders", str(path)], out=out, err=err) == 0, err.getvalue()
    assert out.getvalue().startswith("T1\t")


def test_opening_it_for_changes_says_the_disk_is_read_only(path, monkeypatch):
    read_only_mount(monkeypatch, path)
    monkeypatch.setattr(workspace_file, "is_writable", lambda p: False)  # what EROFS makes os.access say
    with pytest.raises(WorkspaceNotWritableError, match="is on a read-only disk, so nothing was changed"):
        Workspace.open(path, actor="officer")
    assert not lock_path_for(path).exists()


def test_a_file_nobody_may_write_opened_read_only_leaves_no_wal_or_shm(path):
    os.chmod(path, 0o444)
    try:
        with Workspace.open(path, read_only=True) as ws:
            assert [t.reference for t in tenders.list_tenders(ws)] == ["T1"]
        assert check_workspace(path).ok
        assert {p.name for p in path.parent.iterdir()} == {path.name}
    finally:
        os.chmod(path, 0o644)


def test_a_wal_holding_changes_is_read_not_ignored(path, monkeypatch):
    """Immutable would ignore a -wal file: with one present the file is read normally."""
    with Workspace.open(path, actor="officer") as ws:
        keep = sqlite3.connect(str(path))  # holds the log open so closing does not fold it in
        keep.execute("PRAGMA journal_mode").fetchall()
        tenders.create_tender(ws, reference="T2", title="Parks", scale=scale())
        os.chmod(path, 0o444)
        try:
            assert not storage_sqlite.reads_immutable(path)
            with Workspace.open(path, read_only=True) as reader:
                assert [t.reference for t in tenders.list_tenders(reader)] == ["T1", "T2"]
        finally:
            os.chmod(path, 0o644)
            keep.close()


def _can_mount() -> str | None:
    if os.name != "posix" or shutil.which("unshare") is None or os.geteuid() != 0:
        return "needs root and unshare to make a real read-only mount"
    probe = subprocess.run(["unshare", "-m", "true"], capture_output=True)
    return None if probe.returncode == 0 else "this sandbox does not allow a private mount namespace"


@pytest.mark.skipif(_can_mount() is not None, reason=str(_can_mount()))
def test_on_a_real_read_only_mount(path, tmp_path):
    mount = tmp_path / "mnt"
    mount.mkdir()
    script = (
        f"mount -t tmpfs -o size=8m tmpfs '{mount}' && cp '{path}' '{mount}/w.coopeval' && "
        f"mount -o remount,ro '{mount}' && "
        f"'{sys.executable}' -m coopeval check '{mount}/w.coopeval' && "
        f"'{sys.executable}' -m coopeval tenders '{mount}/w.coopeval'; echo \"rc=$?\"; ls -a '{mount}'")
    done = subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True, text=True, cwd=REPO,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    if "mount:" in done.stderr and "rc=" not in done.stdout:
        pytest.skip(f"mounting failed here: {done.stderr.strip()}")
    assert "Integrity: ok" in done.stdout, done.stdout + done.stderr
    assert "Disk: read-only" in done.stdout
    assert "DAMAGED" not in done.stdout
    assert "T1\t" in done.stdout and "rc=0" in done.stdout
    assert "w.coopeval.lock" not in done.stdout and "w.coopeval-wal" not in done.stdout
