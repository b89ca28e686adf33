"""Backups beside a workspace: taken consistently from a live file, newest first, at most 20 kept,
and a restore that first keeps the current file and refuses a damaged backup."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from coopeval.services.moderation import consensus as moderation
from coopeval.services.setup import tenders
from coopeval.services.signoff import actions as signoff
from coopeval.services.workspace import Workspace
from coopeval.storage import audit
from coopeval.storage.backups import (
    KEEP,
    BackupError,
    backups_dir,
    latest_backup,
    list_backups,
    restore_backup,
    take_backup,
)
from coopeval.storage.sqlite import quick_check
from tests.helpers.workspaces import scale, sha256_of, staged_file


@pytest.fixture
def path(tmp_path_factory, tmp_path):
    target = tmp_path / "meals.coopeval"
    staged_file(tmp_path_factory, target, "evaluation")
    return target


def dump(path: Path) -> list[str]:
    """The logical content of a database (schema and rows), independent of its page layout."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def tender_refs(path: Path) -> list[str]:
    with Workspace.open(path, read_only=True) as ws:
        return [t.reference for t in tenders.list_tenders(ws)]


def add_tender(path: Path, reference: str) -> None:
    with Workspace.open(path, actor="officer") as ws:
        tenders.create_tender(ws, reference=reference, title="Parks", scale=scale())


def test_a_backup_of_a_live_workspace_holds_every_committed_change(path):
    with Workspace.open(path, actor="officer") as ws:
        tenders.create_tender(ws, reference="T2", title="Parks", scale=scale())
        backup = take_backup(path, "manual")
    assert backup.parent == backups_dir(path) == path.parent / "backups"
    assert backup.name.startswith("meals-") and backup.name.endswith("-manual.coopeval")
    assert quick_check(backup) is None
    assert dump(backup) == dump(path)
    assert tender_refs(backup) == ["T1", "T2"]


def test_backups_are_listed_newest_first(path):
    taken = [take_backup(path, reason) for reason in ("first", "second", "third")]
    listed = list_backups(path)
    assert [b.path for b in listed] == taken[::-1]
    assert [b.reason for b in listed] == ["third", "second", "first"]
    assert [b.taken_at for b in listed] == sorted((b.taken_at for b in listed), reverse=True)
    assert all(b.size == b.path.stat().st_size for b in listed)
    assert latest_backup(path) == taken[-1]


def test_no_more_than_twenty_backups_are_kept(path):
    taken = [take_backup(path, f"n{i}") for i in range(KEEP + 3)]
    kept = list_backups(path)
    assert KEEP == 20
    assert [b.path for b in kept] == taken[:2:-1]
    assert not any(p.exists() for p in taken[:3])
    assert sorted(p.name for p in backups_dir(path).iterdir()) == sorted(p.name for p in taken[3:])


def test_a_reason_cannot_escape_the_backups_folder(path):
    backup = take_backup(path, "../../etc/passwd")
    assert backup.parent == backups_dir(path)
    assert "/" not in list_backups(path)[0].reason


def test_restore_replaces_the_file_and_first_backs_up_the_current_one(path):
    backup = take_backup(path, "before-parks")
    add_tender(path, "T2")
    current = dump(path)
    safety = restore_backup(path, backup)
    assert dump(path) == dump(backup)
    assert tender_refs(path) == ["T1"]
    assert safety is not None and safety.parent == backups_dir(path)
    assert safety.name.endswith("-before-restore.coopeval")
    assert dump(safety) == current
    assert list_backups(path)[0].path == safety
    assert not path.with_name(path.name + ".restoring").exists()
    with Workspace.open(path, actor="officer") as ws, ws.reading() as s:
        assert audit.verify(s).ok


def test_a_backup_can_be_named_by_its_file_name(path):
    backup = take_backup(path, "named")
    add_tender(path, "T2")
    restore_backup(path, Path(backup.name))
    assert tender_refs(path) == ["T1"]


def test_the_oldest_of_twenty_backups_can_be_restored(path):
    """The safety backup taken by the restore must not prune the very backup being restored."""
    oldest = take_backup(path, "oldest")
    add_tender(path, "T2")
    for i in range(KEEP - 1):
        take_backup(path, f"later{i}")
    assert list_backups(path)[-1].path == oldest
    restore_backup(path, oldest)
    assert tender_refs(path) == ["T1"]
    kept = list_backups(path)  # the copy the restore replaced is kept besides the newest twenty
    assert len(kept) == KEEP + 1
    assert kept[0].reason == "before-restore"


def damage(path: Path) -> None:
    size = path.stat().st_size
    with path.open("r+b") as fh:
        fh.seek(size // 3)
        fh.write(random.Random(3).randbytes(size // 3))


def test_a_damaged_backup_is_not_restored(path):
    backup = take_backup(path, "to-damage")
    damage(backup)
    before, backups_before = sha256_of(path), list_backups(path)
    with pytest.raises(BackupError, match=f"The backup {backup.name} is itself damaged .*; choose another"):
        restore_backup(path, backup)
    assert sha256_of(path) == before
    assert list_backups(path) == backups_before


@pytest.mark.parametrize("content", [b"", b"not a database at all"])
def test_something_that_is_not_a_backup_is_not_restored(path, tmp_path, content):
    fake = tmp_path / "fake.coopeval"
    fake.write_bytes(content)
    before = sha256_of(path)
    with pytest.raises(BackupError, match="fake.coopeval is not a workspace backup"):
        restore_backup(path, fake)
    with pytest.raises(BackupError, match="is not a workspace backup"):
        restore_backup(path, tmp_path / "missing.coopeval")
    assert sha256_of(path) == before


def test_restoring_over_a_damaged_workspace_keeps_the_damaged_bytes(path):
    backup = take_backup(path, "good")
    damage(path)
    damaged = path.read_bytes()
    path.with_name(path.name + "-wal").write_bytes(b"frames a forensic examiner may need")
    safety = restore_backup(path, backup)
    assert safety is not None and "damaged" in safety.name and safety.read_bytes() == damaged
    assert safety.with_name(safety.name + "-wal").read_bytes() == b"frames a forensic examiner may need"
    assert not path.with_name(path.name + "-wal").exists()
    assert quick_check(path) is None
    assert tender_refs(path) == ["T1"]


def test_finalising_a_tender_takes_a_backup(tmp_path_factory, tmp_path):
    path = tmp_path / "meals.coopeval"
    t = staged_file(tmp_path_factory, path, "moderation")
    with Workspace.open(path, actor="officer") as ws:
        for bid in t.bids:
            for measure in t.measures:
                moderation.record_consensus(ws, bid, measure, value=3 if measure == t.qualitative else None,
                                            rationale="Agreed.")
        for member in t.scorers:
            signoff.sign(ws, member, "I confirm.")
        signoff.finalise(ws, t.reference, t.chair)
    [backup] = list_backups(path)
    assert backup.reason == "signed-off-T1"
    with Workspace.open(backup.path, read_only=True) as copy:
        assert tenders.get_tender(copy, "T1").status == "signed_off"
