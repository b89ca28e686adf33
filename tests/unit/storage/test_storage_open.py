"""Opening a workspace file: what is refused (not SQLite, empty, someone else's database, damaged,
from a newer CoopEval) and that a refused file is left exactly as it was."""

from __future__ import annotations

import random
import sqlite3

import pytest

from coopeval import __version__
from coopeval.domain.errors import CoopEvalError
from coopeval.services.setup import tenders
from coopeval.services.workspace import ReadOnlyError, Workspace
from coopeval.storage import audit
from coopeval.storage.backups import take_backup
from coopeval.storage.lock import lock_path_for
from coopeval.storage.sqlite import journal_mode, quick_check
from coopeval.storage.workspace_file import (
    DamagedWorkspaceError,
    NewerWorkspaceError,
    WorkspaceError,
    head_revision,
)
from tests.helpers.workspaces import raw, sha256_of, staged_file


@pytest.fixture
def workspace_file(tmp_path_factory, tmp_path):
    """A closed workspace file holding a scored tender, fully checkpointed (no -wal beside it)."""
    path = tmp_path / "meals.coopeval"
    staged_file(tmp_path_factory, path, "scored")
    con = raw(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return path


def test_a_new_workspace_is_durable_and_audited(tmp_path):
    path = tmp_path / "new.coopeval"
    with Workspace.create(path, actor="officer") as ws:
        assert journal_mode(ws.engine) == "wal"
        assert ws.warning is None
        with ws.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() > 0
    with Workspace.open(path, actor="officer") as ws:
        assert ws._handle.notes == [f"schema {head_revision()}"]
        with ws.reading() as s:
            events = audit.history(s)
            assert audit.verify(s).ok
    assert [(e.action, e.entity, e.actor) for e in events] == [("create", "workspace", "officer")]
    con = raw(path)
    assert dict(con.execute("SELECT key, value FROM workspace_meta"))["app"] == "coopeval-workspace"
    con.close()


def test_creating_over_an_existing_file_is_refused(workspace_file):
    before = sha256_of(workspace_file)
    with pytest.raises(CoopEvalError, match="meals.coopeval already exists"):
        Workspace.create(workspace_file)
    assert sha256_of(workspace_file) == before


def test_missing_file_and_folder_are_refused(tmp_path):
    with pytest.raises(WorkspaceError, match="There is no workspace at"):
        Workspace.open(tmp_path / "absent.coopeval")
    with pytest.raises(WorkspaceError, match="is a folder; choose a workspace file"):
        Workspace.open(tmp_path)
    assert not (tmp_path / "absent.coopeval").exists()


@pytest.mark.parametrize("content", [b"", b"reference,title\nT1,Meals\n", b"SQLite format 2\x00" + bytes(200)],
                         ids=["empty", "csv", "almost-sqlite"])
@pytest.mark.parametrize("read_only", [False, True])
def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path, content, read_only):
    path = tmp_path / "tender.coopeval"
    path.write_bytes(content)
    with pytest.raises(WorkspaceError, match="tender.coopeval is not a CoopEval workspace \\(it is not an SQLite database\\)"):
        Workspace.open(path, read_only=read_only)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tender.coopeval"]


@pytest.mark.parametrize("schema", [
    ["CREATE TABLE patients (id INTEGER PRIMARY KEY, name TEXT)", "INSERT INTO patients VALUES (1, 'x')"],
    ["CREATE TABLE workspace_meta (key TEXT PRIMARY KEY, value TEXT)", "CREATE TABLE alembic_version (version_num TEXT)",
     "INSERT INTO workspace_meta VALUES ('app', 'someone-else')", "INSERT INTO alembic_version VALUES ('0002')"],
], ids=["unrelated", "look-alike"])
def test_another_programs_database_is_refused_and_not_changed(tmp_path, schema):
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    for statement in schema:
        con.execute(statement)
    con.commit()
    con.close()
    before = sha256_of(path)
    with pytest.raises(WorkspaceError, match="other.db is an SQLite database but not a CoopEval workspace"):
        Workspace.open(path)
    assert sha256_of(path) == before
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA journal_mode").fetchone() == ("delete",)  # not switched to WAL
    con.close()
    assert not lock_path_for(path).exists()


def corrupt_middle(path, *, seed: int = 7) -> None:
    """Overwrite a run of pages in the middle of the file with noise, leaving the header intact."""
    size = path.stat().st_size
    start, length = size // 3, size // 3
    noise = random.Random(seed).randbytes(length)
    with path.open("r+b") as fh:
        fh.seek(start)
        fh.write(noise)


def test_a_damaged_workspace_is_refused_names_the_newest_backup_and_is_not_touched(workspace_file):
    take_backup(workspace_file, "older")
    newest = take_backup(workspace_file, "newest")
    corrupt_middle(workspace_file)
    assert quick_check(workspace_file) is not None
    before = sha256_of(workspace_file)
    for read_only in (False, True):
        with pytest.raises(DamagedWorkspaceError) as caught:
            Workspace.open(workspace_file, read_only=read_only)
        message = str(caught.value)
        assert message.startswith("meals.coopeval is damaged and was not opened or changed")
        assert f"The newest backup is {newest}" in message
        assert newest.name in message and "older" not in message
        assert sha256_of(workspace_file) == before
    assert not lock_path_for(workspace_file).exists()


def test_a_damaged_workspace_without_backups_says_so(workspace_file):
    corrupt_middle(workspace_file, seed=11)
    with pytest.raises(DamagedWorkspaceError, match="No backup was found beside it"):
        Workspace.open(workspace_file)


def test_a_workspace_from_a_newer_coopeval_is_refused_and_not_changed(workspace_file):
    con = raw(workspace_file)
    con.execute("UPDATE alembic_version SET version_num = '0099_future'")
    con.execute("UPDATE workspace_meta SET value = '9.9.9' WHERE key = 'last_written_by'")
    con.close()
    before = sha256_of(workspace_file)
    for read_only in (False, True):
        with pytest.raises(NewerWorkspaceError) as caught:
            Workspace.open(workspace_file, read_only=read_only)
        message = str(caught.value)
        assert "written by CoopEval 9.9.9 (schema 0099_future)" in message
        assert f"this is CoopEval {__version__}, which reads schemas up to {head_revision()}" in message
        assert "Update CoopEval to open it" in message
        assert sha256_of(workspace_file) == before
    assert issubclass(NewerWorkspaceError, WorkspaceError)


def test_read_only_open_changes_nothing_and_refuses_writes(workspace_file):
    before = sha256_of(workspace_file)
    with Workspace.open(workspace_file, read_only=True, actor="auditor") as ws:
        assert ws.read_only and ws.lock is None
        assert tenders.get_tender(ws, "T1").status == "evaluation"
        with pytest.raises(ReadOnlyError, match="is open read-only; nothing can be changed"):
            tenders.create_tender(ws, reference="T2", title="Parks", scale=tenders.tender_scale(ws, "T1"))
    assert sha256_of(workspace_file) == before
    assert not lock_path_for(workspace_file).exists()


def test_reopening_a_workspace_keeps_its_audit_chain_valid(workspace_file):
    with Workspace.open(workspace_file, actor="officer") as ws:
        with ws.reading() as s:
            report = audit.verify(s)
    assert report.ok, report.problems
    assert report.events > 20


def test_a_sync_folder_gets_a_warning_and_a_rollback_journal(tmp_path):
    folder = tmp_path / "Dropbox" / "tenders"
    folder.mkdir(parents=True)
    with Workspace.create(folder / "t.coopeval", actor="officer") as ws:
        assert "cloud-sync folder (dropbox)" in ws.warning
        assert journal_mode(ws.engine) == "delete"


def test_a_long_read_does_not_hold_up_a_save(tmp_path):
    """Reading takes no write lock: a save made while a report or a page is reading goes through."""
    from sqlmodel import select

    from coopeval.services.setup import tenders
    from coopeval.storage.tables import TenderRow
    from tests.helpers.workspaces import create_workspace, scale

    with create_workspace(tmp_path / "busy.coopeval") as ws:
        tenders.create_tender(ws, reference="T1", title="First", scale=scale())
        with ws.reading() as session:
            assert [t.reference for t in session.exec(select(TenderRow))] == ["T1"]  # read transaction open
            tenders.create_tender(ws, reference="T2", title="Saved during the read", scale=scale())
        assert [t.reference for t in tenders.list_tenders(ws)] == ["T1", "T2"]


def test_a_name_too_long_for_the_working_files_is_refused_before_anything_is_written(tmp_path):
    from coopeval.storage.workspace_file import MAX_NAME_BYTES, open_workspace

    longest = tmp_path / ("é" * ((MAX_NAME_BYTES - len(".coopeval")) // 2) + ".coopeval")
    assert len(longest.name.encode()) <= MAX_NAME_BYTES
    open_workspace(longest, create=True, actor="t").close()  # the longest allowed name works, journal and all

    too_long = tmp_path / ("é" * ((MAX_NAME_BYTES - len(".coopeval")) // 2 + 1) + ".coopeval")
    with pytest.raises(WorkspaceError, match="too long"):
        open_workspace(too_long, create=True, actor="t")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in tmp_path.iterdir()
                                                               if p.name.startswith(longest.name))
