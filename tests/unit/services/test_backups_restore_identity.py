"""Item 10 of issue 14: `backups restore` restores only a backup of this workspace (the same
workspace id in its records). Another workspace's file is refused unless the user confirms, naming
it; an evaluator pack or an unrelated database is always refused; the copy a restore replaces is
never pruned."""

from __future__ import annotations

import io
import shutil
import sqlite3
from pathlib import Path

import pytest

from coopeval import cli
from coopeval.services.identity import people
from coopeval.services.maintenance.backups import NotThisWorkspaceError, list_backups, restore
from coopeval.services.packs.export import export_pack
from coopeval.services.setup import tenders
from coopeval.services.workspace import Workspace
from coopeval.storage.backups import KEEP, take_backup
from tests.helpers.workspaces import scale, sha256_of, staged_file


@pytest.fixture
def path(tmp_path_factory, tmp_path):
    target = tmp_path / "w.coopeval"
    staged_file(tmp_path_factory, target, "evaluation")
    return target


def refs(path: Path) -> list[str]:
    with Workspace.open(path, read_only=True) as ws:
        return [t.reference for t in tenders.list_tenders(ws)]


@pytest.fixture
def other(tmp_path):
    other = tmp_path / "elsewhere" / "other.coopeval"
    other.parent.mkdir()
    with Workspace.create(other, actor="someone") as ws:
        tenders.create_tender(ws, reference="OTHER-1", title="Another council's tender", scale=scale())
    return other


def unrelated_database(folder: Path, kind: str) -> Path:
    target = folder / f"{kind}.coopeval"
    con = sqlite3.connect(target)
    if kind == "plain":
        con.execute("CREATE TABLE contacts (name TEXT)")
    elif kind == "meta-without-mark":
        con.execute("CREATE TABLE workspace_meta (key TEXT PRIMARY KEY, value TEXT)")
        con.execute("INSERT INTO workspace_meta VALUES ('workspace_id', 'x')")
    con.commit()
    con.close()
    return target


def test_a_backup_of_this_workspace_restores(path):
    backup = take_backup(path, "manual")
    with Workspace.open(path, actor="officer") as ws:
        tenders.create_tender(ws, reference="T2", title="Parks", scale=scale())
    restore(path, backup)
    assert refs(path) == ["T1"]


def test_a_plain_copy_of_this_workspace_from_elsewhere_restores(path, tmp_path):
    copy = tmp_path / "usb" / "copy.coopeval"
    copy.parent.mkdir()
    shutil.copyfile(path, copy)  # the same workspace id: it is this workspace
    restore(path, copy)
    assert refs(path) == ["T1"]


def test_another_workspace_is_refused_naming_it_and_nothing_changes(path, other):
    before = sha256_of(path)
    with pytest.raises(NotThisWorkspaceError, match=r"other.coopeval is a backup of another workspace "
                                                    r"\(workspace id [0-9a-f-]{36}, created .*\), not a backup of "
                                                    r"w.coopeval; nothing was restored") as caught:
        restore(path, other)
    assert caught.value.may_confirm
    assert sha256_of(path) == before
    assert list_backups(path) == []  # refused before any safety copy was needed


def test_another_workspace_restores_when_confirmed_and_its_before_copy_is_never_pruned(path, other):
    safety = restore(path, other, accept_other=True)
    assert refs(path) == ["OTHER-1"]
    assert safety is not None and safety.exists() and refs(safety) == ["T1"]
    for i in range(KEEP + 3):
        take_backup(path, f"later{i}")
    assert safety.exists()
    assert safety in [b.path for b in list_backups(path)]


@pytest.mark.parametrize("kind", ["plain", "meta-without-mark"])
def test_an_unrelated_database_is_always_refused(path, tmp_path, kind):
    foreign = unrelated_database(tmp_path, kind)
    before = sha256_of(path)
    for accept in (False, True):
        with pytest.raises(NotThisWorkspaceError, match="is an SQLite database that is not a CoopEval workspace; "
                                                        "nothing was restored") as caught:
            restore(path, foreign, accept_other=accept)
        assert not caught.value.may_confirm
    assert sha256_of(path) == before


def test_an_evaluator_pack_is_always_refused(path, tmp_path):
    pack = tmp_path / "ann.coopeval-pack"
    with Workspace.open(path, actor="officer") as ws:
        people.set_passphrase(ws, "Ann", "ann walks the long road")  # a pack carries her passphrase hash and key
    with Workspace.open(path, actor="officer") as ws:
        export_pack(ws, "T1", "Ann", pack, passphrase="copper kettle morning")
    before = sha256_of(path)
    for accept in (False, True):
        with pytest.raises(NotThisWorkspaceError, match="is an evaluator pack, not a workspace backup; nothing was "
                                                        "restored. Bring a returned pack in with"):
            restore(path, pack, accept_other=accept)
    assert sha256_of(path) == before


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return cli.main(list(argv), out=out, err=err), out.getvalue(), err.getvalue()


def test_the_cli_refuses_another_workspace_and_says_how_to_confirm(path, other):
    before = sha256_of(path)
    code, out, err = run("backups", "restore", str(path), str(other))
    assert code == 1 and out == ""
    assert "is a backup of another workspace" in err and "--other-workspace" in err
    assert sha256_of(path) == before
    code, out, err = run("backups", "restore", str(path), str(other), "--other-workspace")
    assert code == 0, err
    assert out.startswith("Restored w.coopeval from other.coopeval. The file it replaced was kept as w-")
    assert refs(path) == ["OTHER-1"]


def test_the_cli_refuses_an_unrelated_database_without_offering_to_confirm(path, tmp_path):
    foreign = unrelated_database(tmp_path, "plain")
    code, out, err = run("backups", "restore", str(path), str(foreign), "--other-workspace")
    assert code == 1
    assert "not a CoopEval workspace" in err and "--other-workspace" not in err
