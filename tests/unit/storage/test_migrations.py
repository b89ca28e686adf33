"""Schema migrations: the shipped revisions build exactly the tables the code declares, and a
workspace written at the first schema is backed up, upgraded, audited and left with its data intact."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from types import SimpleNamespace

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlmodel import SQLModel

from coopeval import __version__
from coopeval.domain import text
from coopeval.services.panel import members
from coopeval.services.signoff import actions as signoff
from coopeval.services.workspace import Workspace
from coopeval.storage import audit
from coopeval.storage.backups import list_backups
from coopeval.storage.sqlite import make_engine
from coopeval.storage.tables import ENTITY_TABLES
from coopeval.storage.workspace_file import create_at_revision, head_revision
from tests.helpers.workspaces import raw, sha256_of, staged_file

FIRST = "0001"
OLD_VERSION = "0.0.9"


def to_first_schema(source: Path, target: Path) -> None:
    """Rewrite a workspace as CoopEval 0.1 wrote it at schema 0001: the same rows in the 0001 tables
    (columns added by later schemas left out), audit snapshots without those columns and the chain
    hashed over them, and the meta saying an older CoopEval wrote it. Independent of today's ORM."""
    create_at_revision(target, FIRST)
    con = raw(target)
    con.execute("ATTACH DATABASE ? AS src", (f"file:{source}?mode=ro",))
    con.execute("BEGIN")
    columns = {}
    for (table,) in con.execute("SELECT name FROM main.sqlite_master WHERE type = 'table' AND name != 'alembic_version'").fetchall():
        columns[table] = [r[1] for r in con.execute(f'PRAGMA main.table_info("{table}")')]
        names = ", ".join(f'"{c}"' for c in columns[table])
        con.execute(f'INSERT INTO main."{table}" ({names}) SELECT {names} FROM src."{table}"')
    prev = audit.GENESIS
    for seq, entity, before, after, *rest in con.execute(
            f"SELECT seq, entity, before, after, {', '.join(EVENT_FIELDS)} FROM audit_event ORDER BY seq").fetchall():
        keep = columns.get(ENTITY_TABLES[entity].__tablename__) if entity in ENTITY_TABLES else None
        before, after = (None if snap is None or keep is None else
                         audit.canonical({k: v for k, v in json.loads(snap).items() if k in keep})
                         for snap in (before, after))
        event = SimpleNamespace(seq=seq, entity=entity, before=before, after=after, **dict(zip(EVENT_FIELDS, rest)),
                                prev_hash=prev)
        event.hash = audit.event_hash(event)
        con.execute("UPDATE audit_event SET before = ?, after = ?, prev_hash = ?, hash = ? WHERE seq = ?",
                    (before, after, prev, "new:" + event.hash, seq))
        prev = event.hash
    con.execute("UPDATE audit_event SET hash = substr(hash, 5)")
    con.execute("UPDATE workspace_meta SET value = ? WHERE key IN ('created_by', 'last_written_by')", (OLD_VERSION,))
    con.execute("COMMIT")
    con.execute("DETACH DATABASE src")
    con.close()


def workspace_at_first_schema(tmp_path_factory, path: Path, stage: str = "scored") -> None:
    today = path.with_name("today-" + path.name)
    staged_file(tmp_path_factory, today, stage)
    to_first_schema(today, path)
    today.unlink()


def table_rows(path: Path, *, columns_of: Path | None = None) -> dict[str, list[tuple]]:
    """Every row of every table, in the columns the file `columns_of` (default: `path`) has."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    shape = sqlite3.connect(f"file:{columns_of or path}?mode=ro", uri=True)
    try:
        out = {}
        for name in SQLModel.metadata.tables:
            columns = ", ".join(f'"{r[1]}"' for r in shape.execute(f'PRAGMA table_info("{name}")'))
            if not columns:  # a table newer than the file
                continue
            out[name] = con.execute(f'SELECT {columns} FROM "{name}" ORDER BY rowid').fetchall()
        return out
    finally:
        con.close()
        shape.close()


def schema_objects(path: Path, kind: str) -> set[str]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = ?", (kind,))}
    finally:
        con.close()


EVENT_FIELDS = ("at", "actor", "action", "entity_id", "tender_ref", "note")


@pytest.fixture
def old(tmp_path_factory, tmp_path):
    path = tmp_path / "old.coopeval"
    workspace_at_first_schema(tmp_path_factory, path)
    return path


def test_a_first_schema_workspace_is_backed_up_upgraded_and_audited(old):
    before = table_rows(old)
    assert not schema_objects(old, "trigger")
    assert head_revision() != FIRST

    with Workspace.open(old, actor="officer") as ws:
        assert ws._handle.migrated_from == FIRST
        with ws.engine.connect() as conn:
            assert MigrationContext.configure(conn).get_current_revision() == head_revision()
        with ws.reading() as s:
            report = audit.verify(s)
            events = audit.history(s)
    assert report.ok, report.problems

    [backup] = list_backups(old)
    assert backup.reason == f"before-migration-{FIRST}"
    con = raw(backup.path)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (FIRST,)
    con.close()
    assert table_rows(backup.path) == before

    # Every row is still there with the values it had; only the audit log grew.
    after = table_rows(old, columns_of=backup.path)
    for name, rows in before.items():
        if name == "audit_event":
            assert after[name][:len(rows)] == rows
        elif name == "workspace_meta":
            assert dict(after[name]) == dict(rows) | {"last_written_by": __version__}
        elif name == "alembic_version":
            assert after[name] == [(head_revision(),)]
        else:
            assert after[name] == rows, name
    migrate, *later = events[len(before["audit_event"]):]
    assert (migrate.action, migrate.entity, migrate.actor) == ("migrate", "workspace", "officer")
    assert migrate.note == f"schema {FIRST} → {head_revision()}; backup {backup.name}"
    resnapshots = [e for e in later if ": new " in e.note]
    linked = [e for e in later if e not in resnapshots]  # panel seats given their people (schema 0004)
    assert resnapshots and linked and all(e.action == "migrate" for e in linked)
    for event in resnapshots:  # rows given a value for a column added since 0001
        old_values, new_values = json.loads(event.before), json.loads(event.after)
        assert event.action == "migrate" and set(old_values) < set(new_values)
        assert {k: new_values[k] for k in old_values} == old_values


def test_migrating_gives_each_panel_seat_its_person(tmp_path_factory, tmp_path):
    """Seats from before schema 0004 have no person: one person per distinct name (ignoring case),
    a workspace officer when they sit as an officer, each change audited, and the chain verifies."""
    today, old = tmp_path / "today.coopeval", tmp_path / "old.coopeval"
    built = staged_file(tmp_path_factory, today, "scored")
    with Workspace.open(today) as ws:
        members.add_member(ws, built.reference, name="Oli", role="officer")
    to_first_schema(today, old)
    con = raw(old)
    seats = con.execute("SELECT name, role FROM member ORDER BY id").fetchall()
    con.close()
    assert seats and any(role == "officer" for _, role in seats)
    with Workspace.open(old, actor="officer") as ws:
        with ws.reading() as s:
            report = audit.verify(s)
            events = [e for e in audit.history(s) if e.action == "migrate" and e.entity in ("person", "member")
                      and ": new " not in e.note]  # not the re-snapshots for the new columns
    assert report.ok, report.problems
    con = raw(old)
    people = dict(con.execute("SELECT name, roles FROM person").fetchall())
    linked = con.execute("SELECT m.name, p.name, m.role FROM member m JOIN person p ON p.id = m.person_id").fetchall()
    unlinked = con.execute("SELECT count(*) FROM member WHERE person_id IS NULL").fetchone()[0]
    con.close()
    names = {text.identity_key(name) for name, _ in seats}
    assert len(people) == len(names) and unlinked == 0 and len(linked) == len(seats)
    assert all(text.identity_key(seat) == text.identity_key(person) for seat, person, _ in linked)
    assert json.loads(people["Oli"]) == ["officer"] and json.loads(people["Ann"]) == []
    for seat, person, _role in linked:
        assert ("officer" in json.loads(people[person])) == any(
            r == "officer" for n, r in seats if text.identity_key(n) == text.identity_key(seat))
    # one event per new person and one per seat, each naming the migration
    assert sum(e.entity == "person" for e in events) == len(people)
    assert sum(e.entity == "member" for e in events) == len(seats)


def test_a_row_changed_outside_coopeval_before_migrating_is_still_reported(old):
    con = raw(old)
    con.execute("UPDATE tender SET title = 'Altered' WHERE reference = 'T1'")
    tender_id = con.execute("SELECT id FROM tender WHERE reference = 'T1'").fetchone()[0]
    con.close()
    with Workspace.open(old, actor="officer") as ws, ws.reading() as s:
        report = audit.verify(s)
    assert not report.ok
    assert len(report.problems) == 1
    assert report.problems[0].startswith(f"tender {tender_id} differs from its last audit event")


def test_a_tender_reopened_before_migrating_still_needs_new_signatures(tmp_path_factory, tmp_path):
    today = tmp_path / "today.coopeval"
    staged_file(tmp_path_factory, today, "signed_off")
    with Workspace.open(today, actor="officer") as ws:
        signoff.reopen(ws, "T1", "Bidder challenge")
        assert signoff.checklist(ws, "T1").unsigned_members == ("Ann", "Cal")
    old = tmp_path / "old.coopeval"
    to_first_schema(today, old)
    with Workspace.open(old, actor="officer") as ws:
        assert signoff.checklist(ws, "T1").unsigned_members == ("Ann", "Cal")


def test_after_migrating_the_audit_log_is_guarded(old):
    con = raw(old)
    con.execute("UPDATE audit_event SET note = note WHERE seq = 1")  # nothing stops this at 0001
    con.close()
    Workspace.open(old, actor="officer").close()
    assert {"audit_event_no_update", "audit_event_no_delete"} <= schema_objects(old, "trigger")
    assert {"ix_score_bid_measure", "ix_audit_event_entity"} <= schema_objects(old, "index")
    con = raw(old)
    with pytest.raises(sqlite3.DatabaseError, match="audit events are never changed"):
        con.execute("UPDATE audit_event SET note = 'edited' WHERE seq = 1")
    with pytest.raises(sqlite3.DatabaseError, match="audit events are never deleted"):
        con.execute("DELETE FROM audit_event WHERE seq = 1")
    con.close()


def test_a_second_open_does_not_migrate_again(old):
    Workspace.open(old, actor="officer").close()
    with Workspace.open(old, actor="officer") as ws:
        assert ws._handle.migrated_from is None
    assert len(list_backups(old)) == 1


def test_read_only_open_of_an_old_workspace_does_not_migrate_it(old):
    before = sha256_of(old)
    with Workspace.open(old, read_only=True) as ws:
        with ws.engine.connect() as conn:
            assert MigrationContext.configure(conn).get_current_revision() == FIRST
    assert sha256_of(old) == before
    assert list_backups(old) == []


def differences(path: Path) -> list:
    engine = make_engine(path, read_only=True)
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            return compare_metadata(context, SQLModel.metadata)
    finally:
        engine.dispose()


def test_a_new_workspace_matches_the_declared_tables_exactly(tmp_path):
    path = tmp_path / "new.coopeval"
    Workspace.create(path, actor="officer").close()
    assert differences(path) == []


def test_a_migrated_workspace_matches_the_declared_tables_exactly(old):
    Workspace.open(old, actor="officer").close()
    assert differences(old) == []


def test_the_comparison_notices_a_missing_index(tmp_path):
    path = tmp_path / "new.coopeval"
    Workspace.create(path, actor="officer").close()
    con = raw(path)
    con.execute("DROP INDEX ix_score_bid_measure")
    con.close()
    assert [d[0] for d in differences(path)] == ["add_index"]


def test_every_declared_table_has_columns_and_indexes_in_the_file(tmp_path):
    """compare_metadata is the real check; this states its premise: the declared tables are all there."""
    path = tmp_path / "new.coopeval"
    Workspace.create(path, actor="officer").close()
    declared_indexes = {i.name for t in SQLModel.metadata.tables.values() for i in t.indexes}
    assert set(SQLModel.metadata.tables) | {"alembic_version"} == schema_objects(path, "table")
    assert declared_indexes <= schema_objects(path, "index")
