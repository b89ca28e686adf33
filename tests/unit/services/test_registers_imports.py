"""Importing registers (services/registers/imports.py): one audited import row with its entries' digest, entries
in bulk, suppliers matched in the same transaction; the current register is the latest of its kind; the same file
again writes nothing; `check_register_imports` finds entries changed behind the app's back."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlmodel import func, select

from coopeval.domain.errors import CoopEvalError, InvalidFileError
from coopeval.domain.identity import Actor
from coopeval.services.changes import ChangeKind
from coopeval.services.identity.guard import NotPermittedError
from coopeval.services.registers import imports
from coopeval.services.workspace import Workspace
from coopeval.storage import audit
from coopeval.storage.tables import AuditEventRow, RegisterEntryRow
from tests.helpers.supplier_spend import REGISTERS, add_spend

CUK = REGISTERS / "coops-uk-sample.csv"
FCA = REGISTERS / "fca-mutuals-sample.csv"


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    workspace = Workspace.create(tmp_path / "w.coopeval", actor="officer")
    add_spend(workspace, [("Fernbrook Bread", 120_000), ("Riverside Housing Co-op Ltd", 50_000)])
    return workspace


def events(ws: Workspace) -> int:
    with ws.reading() as s:
        return int(s.exec(select(func.count()).select_from(AuditEventRow)).one())


def test_an_import_stores_its_entries_and_matches_the_suppliers(ws: Workspace) -> None:
    with ws:
        view, changes = imports.import_register(ws, CUK, kind="coops-uk", source="Co-operatives UK, 1 Dec 2026")
        assert (view.kind, view.file_name, view.entries, view.live_entries) == ("coops-uk", CUK.name, 9, 7)
        assert (view.source, view.current, view.unchanged, view.encoding) == (
            "Co-operatives UK, 1 Dec 2026", True, False, "cp1252")
        assert view.imported_by == "Test Runner"
        assert view.matched == 2  # Fernbrook by trading name, Riverside by name
        assert view.notes == ("line 9: no name, so it cannot be matched; left out",)
        assert changes.kinds == {ChangeKind.REGISTER, ChangeKind.SUPPLIER_MATCH}
        with ws.reading() as s:
            assert s.exec(select(func.count()).select_from(RegisterEntryRow)).one() == 9
            assert audit.verify(s).ok
            note = s.exec(select(AuditEventRow.note).where(AuditEventRow.entity == "register_import")).one()
        assert note == "imported the register coops-uk-sample.csv; 1 line(s) left out: line 9"


def test_the_same_file_again_writes_nothing_and_says_so(ws: Workspace) -> None:
    with ws:
        first, _ = imports.import_register(ws, CUK, kind="coops-uk")
        before = events(ws)
        again, changes = imports.import_register(ws, CUK, kind="coops-uk")
        assert again.unchanged and again.id == first.id
        assert changes.kinds == frozenset()
        assert events(ws) == before
        assert len(imports.list_register_imports(ws)) == 1


def test_the_latest_import_of_a_kind_is_current(ws: Workspace, tmp_path: Path) -> None:
    newer = tmp_path / "cuk-newer.csv"
    newer.write_bytes(CUK.read_bytes().replace(b"Hazelbank", b"Hazelbrook"))
    with ws:
        imports.import_register(ws, CUK, kind="coops-uk")
        imports.import_register(ws, FCA, kind="fca-mutuals")
        imports.import_register(ws, newer, kind="coops-uk")
        listed = imports.list_register_imports(ws)
    assert [(v.file_name, v.current) for v in listed] == [("cuk-newer.csv", True), (FCA.name, True),
                                                          (CUK.name, False)]


def test_an_earlier_file_imported_again_becomes_current_again(ws: Workspace, tmp_path: Path) -> None:
    newer = tmp_path / "cuk-newer.csv"
    newer.write_bytes(CUK.read_bytes().replace(b"Hazelbank", b"Hazelbrook"))
    with ws:
        imports.import_register(ws, CUK, kind="coops-uk")
        imports.import_register(ws, newer, kind="coops-uk")
        view, _ = imports.import_register(ws, CUK, kind="coops-uk")
    assert not view.unchanged and view.current and view.id == 3


def test_a_refused_file_writes_nothing(ws: Workspace) -> None:
    with ws:
        before = events(ws)
        with pytest.raises(InvalidFileError, match="Registered Name"):
            imports.import_register(ws, FCA, kind="coops-uk")
        with pytest.raises(CoopEvalError, match="Unknown register kind"):
            imports.import_register(ws, FCA, kind="mutuals")
        with pytest.raises(CoopEvalError, match="The source contains a NUL character at character 4"):
            imports.import_register(ws, FCA, kind="fca-mutuals", source="bad\x00")
        assert events(ws) == before


def test_importing_needs_the_spend_permission(ws: Workspace) -> None:
    with ws:
        ws.person = Actor(7, "Pat Viewer", frozenset())
        with pytest.raises(NotPermittedError, match="Only a workspace officer may import spend and registers"):
            imports.import_register(ws, CUK, kind="coops-uk")


def test_check_finds_entries_changed_or_removed_behind_the_apps_back(ws: Workspace, tmp_path: Path) -> None:
    with ws:
        imports.import_register(ws, CUK, kind="coops-uk")
        imports.import_register(ws, FCA, kind="fca-mutuals")
        with ws.reading() as s:
            assert imports.check_register_imports(s) == []
    with sqlite3.connect(tmp_path / "w.coopeval") as raw:
        raw.execute("UPDATE register_entry SET democratic = 0 WHERE name LIKE 'Fernbrook%' AND import_id = 1")
        raw.execute("DELETE FROM register_entry WHERE import_id = 2 AND name LIKE 'Westmere%'")
    with Workspace.open(tmp_path / "w.coopeval", read_only=True) as again, again.reading() as s:
        problems = imports.check_register_imports(s)
    assert problems == [
        "register import 1 (coops-uk-sample.csv, coops-uk): its entries have changed since they were imported "
        "(their digest differs)",
        "register import 2 (fca-mutuals-sample.csv, fca-mutuals): holds 5 entries; 6 were imported",
    ]
