"""Item 11 of issue 14: the lock file never follows a link. A `W.coopeval.lock` that is a symbolic
link (to any file) or is not a regular file is refused with a plain message, and the file it points
at is left byte for byte as it was."""

from __future__ import annotations

import os

import pytest

from coopeval.services.workspace import Workspace
from coopeval.storage.lock import LockFileError, WorkspaceLock, lock_path_for, lock_state, read_holder
from tests.helpers.workspaces import staged_file

pytestmark = pytest.mark.skipif(os.name != "posix", reason="symbolic links need POSIX here")


@pytest.fixture
def path(tmp_path_factory, tmp_path):
    target = tmp_path / "w.coopeval"
    staged_file(tmp_path_factory, target, "draft")
    return target


@pytest.mark.parametrize("victim_kind", ["text", "other-workspace", "dangling"])
def test_a_symlinked_lock_file_is_refused_and_its_target_untouched(path, tmp_path, victim_kind):
    victim = tmp_path / "elsewhere" / "precious.txt"
    victim.parent.mkdir()
    if victim_kind == "text":
        victim.write_bytes(b"the council's only copy\n")
    elif victim_kind == "other-workspace":
        victim.write_bytes(path.read_bytes())
    before = victim.read_bytes() if victim.exists() else None
    lock_path_for(path).symlink_to(victim)
    with pytest.raises(LockFileError, match="symbolic link, not a CoopEval lock file") as caught:
        Workspace.open(path, actor="officer")
    assert "w.coopeval.lock" in str(caught.value)
    if before is None:
        assert not victim.exists()  # a dangling link must not create its target either
    else:
        assert victim.read_bytes() == before
    assert lock_path_for(path).is_symlink()  # left for the user to look at


def test_a_folder_where_the_lock_file_goes_is_refused(path):
    lock_path_for(path).mkdir()
    with pytest.raises(LockFileError, match="not a regular file"):
        WorkspaceLock(path).acquire()


def test_reading_who_holds_the_lock_does_not_follow_a_link(path, tmp_path):
    victim = tmp_path / "holder.json"
    victim.write_text('{"host": "h", "pid": 1, "user": "mallory", "since": "x"}', encoding="utf-8")
    lock_path_for(path).symlink_to(victim)
    assert read_holder(path) is None
    assert lock_state(path) == (None, False)


def test_a_symlinked_lock_does_not_stop_read_only_opening(path, tmp_path):
    victim = tmp_path / "precious.txt"
    victim.write_bytes(b"keep")
    lock_path_for(path).symlink_to(victim)
    with Workspace.open(path, read_only=True) as ws:
        assert ws.read_only
    assert victim.read_bytes() == b"keep"


def test_an_ordinary_lock_still_works_and_is_removed(path):
    with Workspace.open(path, actor="officer") as ws:
        assert lock_path_for(path).is_file() and not lock_path_for(path).is_symlink()
        assert ws.lock is not None and ws.lock.held
    assert not lock_path_for(path).exists()
