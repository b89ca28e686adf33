"""Item 9 of issue 14 (services): finalising with too little space is refused before anything is
saved; a backup that fails after the sign-off is saved is reported truthfully and retried at the next
open; summaries and pack export on a full disk say so plainly and leave nothing behind."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest

from coopeval.services.identity.people import set_passphrase
from coopeval.services.moderation import consensus as moderation
from coopeval.services.packs.export import export_pack
from coopeval.services.reports import writing as reports
from coopeval.services.signoff import actions as signoff
from coopeval.services.workspace import Workspace
from coopeval.storage import safe_files
from coopeval.storage import sqlite as storage_sqlite
from coopeval.storage.backups import list_backups
from coopeval.storage.safe_files import DiskFullError
from coopeval.storage.workspace_file import BACKUP_PENDING, read_meta
from tests.helpers.workspaces import staged_file

REAL_CONNECT_RAW = storage_sqlite.connect_raw


def free_space(monkeypatch, free: int) -> None:
    usage = type("Usage", (), {"free": free, "total": 10 * free, "used": 9 * free})()
    monkeypatch.setattr(safe_files.shutil, "disk_usage", lambda p: usage)


class FullDiskSource:
    def __init__(self, real: sqlite3.Connection):
        self.real = real

    def backup(self, target: sqlite3.Connection, **_: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    def execute(self, *args: object) -> object:
        return self.real.execute(*args)  # type: ignore[arg-type]

    def close(self) -> None:
        self.real.close()


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if ".part" in p.name or ".restoring" in p.name)


@pytest.fixture
def ready(tmp_path_factory, tmp_path):
    """A workspace whose tender is signed by every scorer, waiting for the chair to finalise."""
    path = tmp_path / "w.coopeval"
    t = staged_file(tmp_path_factory, path, "moderation")
    with Workspace.open(path, actor="officer") as ws:
        for bid in t.bids:
            for measure in t.measures:
                moderation.record_consensus(ws, bid, measure, value=3 if measure == t.qualitative else None,
                                            rationale="Agreed from the response (p. 1).", present=["Ann", "Cal"])
        for member in t.scorers:
            signoff.sign(ws, member, "I confirm the evaluation was fair.")
    return path, t


def status(path: Path) -> str:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return str(con.execute("SELECT status FROM tender WHERE reference = 'T1'").fetchone()[0])
    finally:
        con.close()


def test_finalising_with_too_little_space_for_its_backup_is_refused_before_saving(ready, monkeypatch):
    path, t = ready
    free_space(monkeypatch, 500 * 1024)
    with Workspace.open(path, actor="officer") as ws:
        with pytest.raises(DiskFullError, match=r"needs about .* MB but the disk has 0\.5 MB free .*T1 was not "
                                                r"finalised; nothing was changed\. Free some space"):
            signoff.finalise(ws, t.reference, t.chair)
    assert status(path) == "moderation"
    assert list_backups(path) == [] and leftovers(path.parent) == []


def test_a_backup_failing_after_the_sign_off_is_saved_is_reported_truthfully_and_retried(ready, monkeypatch):
    path, t = ready
    monkeypatch.setattr(storage_sqlite, "connect_raw",
                        lambda p, read_only=True: FullDiskSource(REAL_CONNECT_RAW(p, read_only=read_only)))
    with Workspace.open(path, actor="officer") as ws:
        with pytest.raises(signoff.BackupPendingError) as caught:
            signoff.finalise(ws, t.reference, t.chair)
    message = str(caught.value)
    assert message.startswith("T1 is signed off and saved, but the backup could not be written")
    assert "the disk is full" in message and "will be retried" in message
    assert "Nothing already saved was changed" not in message and "nothing was changed" not in message.lower()
    assert caught.value.changes.tender_id == t.id and caught.value.changes.kinds
    assert status(path) == "signed_off"
    assert leftovers(path.parent) == [] and list_backups(path) == []
    monkeypatch.undo()  # the disk has room again
    with Workspace.open(path, actor="officer") as ws:
        assert BACKUP_PENDING not in read_meta(ws.engine)
    assert [b.reason for b in list_backups(path)] == ["signed-off-T1"]
    with Workspace.open(path, actor="officer"):
        pass
    assert len(list_backups(path)) == 1  # taken once, not at every open


def test_a_backup_still_failing_at_the_next_open_is_reported_again(ready, monkeypatch):
    path, t = ready
    monkeypatch.setattr(storage_sqlite, "connect_raw",
                        lambda p, read_only=True: FullDiskSource(REAL_CONNECT_RAW(p, read_only=read_only)))
    with Workspace.open(path, actor="officer") as ws:
        with pytest.raises(signoff.BackupPendingError):
            signoff.finalise(ws, t.reference, t.chair)
    with Workspace.open(path, actor="officer") as ws:
        assert ws.warning is not None and "still missing" in ws.warning and "disk is full" in ws.warning
        assert read_meta(ws.engine)[BACKUP_PENDING] == "signed-off-T1"
    assert leftovers(path.parent) == []


def test_a_finalise_with_room_takes_its_backup_and_leaves_no_mark(ready):
    path, t = ready
    with Workspace.open(path, actor="officer") as ws:
        signoff.finalise(ws, t.reference, t.chair)
        assert BACKUP_PENDING not in read_meta(ws.engine)
    assert [b.reason for b in list_backups(path)] == ["signed-off-T1"]


@pytest.fixture
def evaluation_ws(tmp_path_factory, tmp_path):
    path = tmp_path / "w.coopeval"
    staged_file(tmp_path_factory, path, "evaluation")
    with Workspace.open(path, actor="officer") as ws:  # a pack carries Ann's passphrase hash and key
        set_passphrase(ws, "Ann", "ann walks the long road")
    return path


def test_pack_export_on_a_full_disk_says_so_and_records_nothing(evaluation_ws, tmp_path, monkeypatch):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    free_space(monkeypatch, 200 * 1024)

    def no_room(*args: object, **kwargs: object) -> str:
        raise OSError(errno.ENOSPC, "No space left on device")

    with Workspace.open(evaluation_ws, actor="officer") as ws:
        head = ws.audit_head()
        monkeypatch.setattr("coopeval.services.packs.sealed.tempfile.mkdtemp", no_room)
        with pytest.raises(DiskFullError, match=r"The evaluator pack could not be written: the disk is full "
                                                r"\(0\.2 MB free in .*out\)\. Free some space and try again"):
            export_pack(ws, "T1", "Ann", out_dir / "ann.coopeval-pack", passphrase="copper kettle morning")
        assert ws.audit_head() == head  # the export was not recorded
    assert list(out_dir.iterdir()) == []


def test_pack_export_whose_copy_fills_the_disk_leaves_no_part(evaluation_ws, tmp_path, monkeypatch):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    def full(*args: object) -> bytes:  # the sealed pack fills the disk as it is written
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("coopeval.services.packs.sealed.AESGCM.encrypt", full)
    with Workspace.open(evaluation_ws, actor="officer") as ws:
        with pytest.raises(DiskFullError, match="the disk is full"):
            export_pack(ws, "T1", "Ann", out_dir / "ann.coopeval-pack", passphrase="copper kettle morning")
    assert list(out_dir.iterdir()) == []


def test_summaries_on_a_full_disk_say_so_and_leave_nothing(ready, tmp_path, monkeypatch):
    path, t = ready
    with Workspace.open(path, actor="officer") as ws:
        signoff.finalise(ws, t.reference, t.chair)
    out = tmp_path / "summaries"
    free_space(monkeypatch, 100 * 1024)

    def no_room(summary: object, target: str, **kwargs: object) -> None:
        Path(target).write_bytes(b"%PDF-1.4 half")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(reports.summaries, "render_summary", no_room)
    with Workspace.open(path, read_only=True) as ws:
        with pytest.raises(DiskFullError, match=r"The assessment summaries could not be written: the disk is full "
                                                r"\(0\.1 MB free in .*summaries\)"):
            reports.write_summaries(ws, t.reference, out)
    assert list(out.iterdir()) == []
