"""No `-wal` or `-shm` file is left beside a workspace once nothing holds it open: after a CLI
command, a workspace opened and closed (read-only too), a file refused as damaged, and an evaluator
pack imported. SQLite removes them only when the last connection to close can write, so read-only
connections used to leave them behind."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from coopeval.services.workspace import Workspace
from coopeval.storage.sqlite import quick_check
from coopeval.storage.workspace_file import DamagedWorkspaceError
from tests.helpers.packs import do_import, panel_ws, returned, run_cli  # noqa: F401 - panel_ws is a fixture
from tests.helpers.workspaces import raw, sha256_of, staged_file
from tests.unit.storage.test_storage_open import corrupt_middle


def strays(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.name.endswith(("-wal", "-shm")))


@pytest.fixture
def closed_file(tmp_path_factory, tmp_path) -> Path:
    """A closed workspace holding T1 signed off, fully checkpointed, with nothing beside it."""
    path = tmp_path / "meals.coopeval"
    staged_file(tmp_path_factory, path, "signed_off")
    con = raw(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    assert strays(tmp_path) == []
    return path


@pytest.mark.parametrize("argv", [
    ("tenders", "{file}"),
    ("check", "{file}"),
    ("audit", "verify", "{file}"),
    ("results", "{file}", "--tender", "T1"),
    ("backups", "list", "{file}"),
    ("export", "{file}", "--tender", "T1", "--format", "csv", "--out", "{folder}/out"),
    ("summaries", "{file}", "--tender", "T1", "--out-dir", "{folder}/summaries"),
])
def test_a_cli_command_leaves_no_wal_or_shm(closed_file, argv):
    args = [a.format(file=closed_file, folder=closed_file.parent) for a in argv]
    code, _out, err = run_cli(*args)
    assert code == 0, err
    assert strays(closed_file.parent) == []


@pytest.mark.parametrize("read_only", [False, True])
def test_opening_and_closing_a_workspace_leaves_no_wal_or_shm(closed_file, read_only):
    before = sha256_of(closed_file)
    with Workspace.open(closed_file, read_only=read_only) as ws:
        ws.audit_head()
    assert strays(closed_file.parent) == []
    if read_only:
        assert sha256_of(closed_file) == before


def test_a_read_only_close_leaves_the_files_while_another_connection_has_it_open(closed_file):
    """Removing them is SQLite's own decision on its last connection, never ours while others read."""
    other = sqlite3.connect(f"file:{closed_file}?mode=ro", uri=True)
    try:
        other.execute("BEGIN")
        assert other.execute("SELECT count(*) FROM audit_event").fetchone()[0] > 0
        with Workspace.open(closed_file, read_only=True) as ws:
            ws.audit_head()
        assert strays(closed_file.parent) == ["meals.coopeval-shm", "meals.coopeval-wal"]
        assert other.execute("SELECT count(*) FROM audit_event").fetchone()[0] > 0
    finally:
        other.close()


@pytest.mark.parametrize("read_only", [False, True])
def test_a_refused_damaged_file_is_left_alone_with_nothing_beside_it(closed_file, read_only):
    corrupt_middle(closed_file)
    before = sha256_of(closed_file)
    with pytest.raises(DamagedWorkspaceError):
        Workspace.open(closed_file, read_only=read_only)
    assert quick_check(closed_file) is not None
    assert strays(closed_file.parent) == []
    assert sha256_of(closed_file) == before


def test_importing_an_evaluator_pack_leaves_no_wal_or_shm(panel_ws):  # noqa: F811 - the fixture
    path, _ = panel_ws
    pack = returned(path)
    do_import(path, pack)
    assert strays(path.parent) == []
