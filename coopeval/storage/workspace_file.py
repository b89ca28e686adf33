"""Opening a workspace file safely: refuse what is not ours, check integrity before writing, lock
for one writer, back up before migrating, refuse files from a newer CoopEval.

The order matters: nothing is written to a file until it has passed every check.
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, inspect
from sqlalchemy.pool import NullPool
from sqlmodel import Session, col, select

from coopeval import __version__
from coopeval.domain import identity, text
from coopeval.domain.errors import CoopEvalError
from coopeval.storage import audit
from coopeval.storage.backups import latest_backup, take_backup
from coopeval.storage.location import location_warning
from coopeval.storage.lock import WorkspaceLock
from coopeval.storage.sqlite import (
    connect_raw,
    looks_like_sqlite,
    make_engine,
    on_read_only_medium,
    quick_check,
    tidy_wal,
)
from coopeval.storage.tables import AUDITED_TABLES, AuditEventRow, MemberRow, MetaRow, PersonRow

MIGRATIONS = Path(__file__).with_name("migrations")
APP_MARK = "coopeval-workspace"
BACKUP_PENDING = "backup_pending"  # workspace_meta key: a backup that could not be written, to retry


class WorkspaceError(CoopEvalError):
    """The file cannot be used as a workspace; the message says why and what to do."""


class DamagedWorkspaceError(WorkspaceError):
    pass


class NewerWorkspaceError(WorkspaceError):
    pass


class WorkspaceNotWritableError(WorkspaceError):
    """The file's permissions do not allow changes; it can still be opened read-only."""

    def __init__(self, path: Path):
        self.path = path
        if on_read_only_medium(path):
            super().__init__(f"{path.name} is on a read-only disk, so nothing was changed. Open it read-only, "
                             "or copy it to a writable folder and work on the copy.")
            return
        super().__init__(f"{path.name} is read-only (its file permissions do not allow changes), so nothing "
                         "was changed. Open it read-only, make the file writable, or work on a copy.")


@dataclass
class OpenWorkspace:
    path: Path
    engine: Engine
    read_only: bool
    lock: WorkspaceLock | None
    warning: str | None = None  # e.g. a network drive: shown to the user
    migrated_from: str | None = None
    notes: list[str] = field(default_factory=list)

    def close(self) -> None:
        self.engine.dispose()
        tidy_wal(self.path)  # a read-only engine cannot remove the -wal/-shm files it made
        if self.lock:
            self.lock.release()


def alembic_config(connection=None) -> Config:  # noqa: ANN001
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None  # the migrations form one line
    return head


def known_revisions() -> set[str]:
    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the shipped migrations on `engine`'s database up to `revision`, committed together."""
    with engine.connect() as conn:
        command.upgrade(alembic_config(conn), revision)
        conn.commit()


def create_at_revision(path: Path, revision: str, *, written_by: str | None = None) -> None:
    """A new file holding CoopEval's schema exactly as its migrations made it at `revision`: what an
    older CoopEval created. With `written_by`, also the marks that version wrote beside its schema
    (in plain SQL: today's tables may have later columns), so it opens as a workspace."""
    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool)
    try:
        upgrade(engine, revision)
    finally:
        engine.dispose()
    if written_by is None:
        return
    con = connect_raw(path, read_only=False)
    try:
        with con:
            con.executemany("INSERT INTO workspace_meta (key, value) VALUES (?, ?)", [
                ("app", APP_MARK), ("workspace_id", str(uuid.uuid4())), ("created_at", audit.now_utc()),
                ("created_by", written_by), ("last_written_by", written_by)])
    finally:
        con.close()


# The longest suffix SQLite and the lock add is "-journal" (8 bytes); file names stop at 255 bytes.
MAX_NAME_BYTES = 255 - len("-journal")


def open_workspace(path: str | Path, *, create: bool = False, read_only: bool = False,
                   actor: str = "", force_lock: bool = False) -> OpenWorkspace:
    path = Path(path).expanduser().absolute()
    exists = path.exists()
    if path.is_dir():
        raise WorkspaceError(f"{path} is a folder; choose a workspace file (*.coopeval).")
    if not exists and not create:
        raise WorkspaceError(f"There is no workspace at {path}.")
    if not exists and read_only:
        raise WorkspaceError(f"There is no workspace at {path} to open read-only.")
    if not exists and len(path.name.encode("utf-8")) > MAX_NAME_BYTES:
        raise WorkspaceError(f"The name {path.name[:40]}… is too long for a workspace: its working files "
                             f"(-journal, .lock) would pass the 255-byte limit of file names. Choose a name "
                             f"of at most {MAX_NAME_BYTES} bytes (about {MAX_NAME_BYTES // 2} accented letters).")
    revision = None
    if exists:
        _check_existing(path)
        # Read-only: a writable engine would switch someone else's database to WAL before we refuse it.
        revision = _check_ours(path)
        if not read_only and not is_writable(path):
            raise WorkspaceNotWritableError(path)
    warning = location_warning(path)
    if exists and read_only and on_read_only_medium(path):
        warning = (f"{path.name} is on a read-only disk, so it is open read-only and nothing can be changed "
                   "here. To make changes, copy it to a writable folder and open the copy.")
    lock = None
    if not read_only:
        lock = WorkspaceLock(path).acquire(force=force_lock)
    engine = None
    try:
        # WAL needs shared memory that network and sync folders cannot give; use a rollback journal there.
        engine = make_engine(path, read_only=read_only, wal=warning is None)
        ws = OpenWorkspace(path, engine, read_only, lock, warning)
        if not exists:
            _initialise(ws, actor)
        else:
            ws.notes.append(f"schema {revision}")
            if not read_only:
                _migrate(ws, actor)
                if lock and lock.taken_over:
                    _record_takeover(ws, actor)
                _retry_pending_backup(ws)
        return ws
    except BaseException:
        if engine is not None:
            engine.dispose()
            tidy_wal(path)
        if lock:
            lock.release()
        raise


def is_writable(path: Path) -> bool:
    """Whether the file may be changed: its permissions let this user write it, and let someone write
    it at all. A file no one may write (chmod 444, how signed-off records are archived) is kept
    unchanged even for root, whom the permission check alone would let through."""
    return os.access(path, os.W_OK) and bool(path.stat().st_mode & 0o222)


def _check_existing(path: Path) -> None:
    if not looks_like_sqlite(path):
        raise WorkspaceError(
            f"{path.name} is not a CoopEval workspace (it is not an SQLite database). "
            "Choose a *.coopeval file, or import a tender from JSON instead."
        )
    problem = quick_check(path)
    if problem:
        backup = latest_backup(path)
        hint = (f" The newest backup is {backup}; restore it with "
                f"`coopeval backups restore {path.name} {backup.name}`.") if backup else " No backup was found beside it."
        raise DamagedWorkspaceError(
            f"{path.name} is damaged and was not opened or changed (SQLite reports: {problem}).{hint}"
        )


def _check_ours(path: Path) -> str:
    """The file's schema revision, once it is known to be a CoopEval workspace we can read."""
    engine = make_engine(path, read_only=True)
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            if "workspace_meta" not in tables or "alembic_version" not in tables:
                raise WorkspaceError(f"{path.name} is an SQLite database but not a CoopEval workspace.")
        revision = current_revision(engine)
        meta = read_meta(engine)
    finally:
        engine.dispose()
        tidy_wal(path)
    if meta.get("app") != APP_MARK:
        raise WorkspaceError(f"{path.name} is an SQLite database but not a CoopEval workspace.")
    if revision not in known_revisions():
        writer = meta.get("last_written_by", "a newer version")
        raise NewerWorkspaceError(
            f"{path.name} was written by CoopEval {writer} (schema {revision}); this is CoopEval "
            f"{__version__}, which reads schemas up to {head_revision()}. Update CoopEval to open it."
        )
    return revision


def read_meta(engine: Engine) -> dict[str, str]:
    with Session(engine) as session:
        return {row.key: row.value for row in session.exec(select(MetaRow))}


def _initialise(ws: OpenWorkspace, actor: str) -> None:
    upgrade(ws.engine)
    with Session(ws.engine) as session:
        for key, value in {
            "app": APP_MARK, "workspace_id": str(uuid.uuid4()), "created_at": audit.now_utc(),
            "created_by": __version__, "last_written_by": __version__,
        }.items():
            session.add(MetaRow(key=key, value=value))
        audit.append(session, actor=actor, action="create", entity="workspace", note=f"CoopEval {__version__}")
        session.commit()


def _migrate(ws: OpenWorkspace, actor: str) -> None:
    current = current_revision(ws.engine)
    target = head_revision()
    if current != target:
        backup = take_backup(ws.path, f"before-migration-{current}")
        columns_before = _columns(ws.engine)
        upgrade(ws.engine)
        ws.migrated_from = current
        added = {table: names - columns_before.get(table, names) for table, names in _columns(ws.engine).items()}
        with Session(ws.engine) as session:
            audit.append(session, actor=actor, action="migrate", entity="workspace",
                         note=f"schema {current} → {target}; backup {backup.name}")
            _audit_new_columns(session, actor, added, f"schema {current} → {target}")
            if "person_id" in added.get("member", set()):
                _link_people(session, actor, f"schema {current} → {target}")
            session.commit()
    with Session(ws.engine) as session:
        row = session.get(MetaRow, "last_written_by")
        if row is None or row.value != __version__:
            session.merge(MetaRow(key="last_written_by", value=__version__))
            session.commit()


def _retry_pending_backup(ws: OpenWorkspace) -> None:
    """A backup that could not be written earlier (a full disk after a sign-off) is taken now; if
    it still cannot be, the user is told again and it stays pending."""
    pending = read_meta(ws.engine).get(BACKUP_PENDING)
    if not pending:
        return
    try:
        backup = take_backup(ws.path, pending)
    except CoopEvalError as exc:
        ws.notes.append(f"The backup after {pending} still could not be written: {exc}")
        ws.warning = (ws.warning + " " if ws.warning else "") + (
            f"The backup taken at {pending} is still missing ({exc}); it will be retried the next time the "
            "workspace is opened.")
        return
    clear_pending_backup(ws.engine)
    ws.notes.append(f"took the pending backup {backup.name}")


def clear_pending_backup(engine: Engine) -> None:
    with Session(engine) as session:
        row = session.get(MetaRow, BACKUP_PENDING)
        if row is not None:
            session.delete(row)
            session.commit()


def _columns(engine: Engine) -> dict[str, set[str]]:
    with engine.connect() as conn:
        inspector = inspect(conn)
        return {table: {c["name"] for c in inspector.get_columns(table)} for table in inspector.get_table_names()}


def _audit_new_columns(session: Session, actor: str, added: dict[str, set[str]], note: str) -> None:
    """A column added by a migration changes every row of its table: audit each row's new state, so
    rows still equal their last events. A row whose other values differ from its last event was
    changed outside CoopEval before the migration; it is left alone for `audit.verify` to report."""
    for table in AUDITED_TABLES:
        if not added.get(str(table.__tablename__)):
            continue
        entity = table.__entity__
        latest = {entity_id: (after, ref) for entity_id, after, ref in session.exec(
            select(AuditEventRow.entity_id, AuditEventRow.after, AuditEventRow.tender_ref)
            .where(AuditEventRow.entity == entity).order_by(col(AuditEventRow.seq)))}
        for row in session.exec(select(table)).all():
            recorded, tender_ref = latest.get(row.id, (None, None))
            if recorded is None:
                continue
            old, new = json.loads(recorded), row.snapshot()
            if set(old) < set(new) and audit.canonical({k: new[k] for k in old}) == recorded:
                audit.append(session, actor=actor, action="migrate", entity=entity, entity_id=row.id,
                             tender_ref=tender_ref, before=old, after=new,
                             note=f"{note}: new {', '.join(sorted(set(new) - set(old)))}")


def _link_people(session: Session, actor: str, note: str) -> None:
    """Schema 0004 puts a person behind each panel seat. Seats from before have none: one person is
    made per distinct member name (compared by `text.identity_key`), a workspace officer when any of
    their seats is an officer's, and each seat is pointed at its person; every change is audited.
    A seat changed outside CoopEval (its values differ from its last event) is left alone, for
    `audit.verify` to report."""
    latest = {entity_id: (after, ref) for entity_id, after, ref in session.exec(
        select(AuditEventRow.entity_id, AuditEventRow.after, AuditEventRow.tender_ref)
        .where(AuditEventRow.entity == MemberRow.__entity__).order_by(col(AuditEventRow.seq)))}
    seats: dict[str, list[tuple[MemberRow, str | None]]] = {}
    for member in session.exec(select(MemberRow).where(col(MemberRow.person_id).is_(None))
                               .order_by(col(MemberRow.id))).all():
        recorded, tender_ref = latest.get(member.id, (None, None))
        if recorded != audit.canonical(member.snapshot()):
            continue
        seats.setdefault(text.identity_key(member.name), []).append((member, tender_ref))
    people = {p.name_key: p for p in session.exec(select(PersonRow)).all()}
    for key, members in seats.items():
        officer = any(m.role == identity.OFFICER for m, _ in members)
        person = people.get(key)
        if person is None:
            now = audit.now_utc()
            first = members[0][0]
            person = PersonRow(name=first.name, name_key=key, email=first.email,
                               roles=json.dumps([identity.OFFICER] if officer else []), created_at=now, updated_at=now)
            audit.record_change(session, person, actor=actor, action="migrate", before=None, tender_ref=None,
                                note=f"{note}: the person on {first.name}'s panel seats")
            people[key] = person
        elif officer and identity.OFFICER not in json.loads(person.roles or "[]"):
            before = person.snapshot()
            person.roles = json.dumps(sorted({*json.loads(person.roles or "[]"), identity.OFFICER}))
            person.updated_at = audit.now_utc()
            audit.record_change(session, person, actor=actor, action="migrate", before=before, tender_ref=None,
                                note=f"{note}: an officer on a panel")
        for member, tender_ref in members:
            before = member.snapshot()
            member.person_id = person.id
            audit.record_change(session, member, actor=actor, action="migrate", before=before, tender_ref=tender_ref,
                                note=f"{note}: the seat's person")


def _record_takeover(ws: OpenWorkspace, actor: str) -> None:
    stale = ws.lock.taken_over if ws.lock else None
    with Session(ws.engine) as session:
        audit.append(session, actor=actor, action="lock_takeover", entity="workspace",
                     note=f"took over a lock left by {stale.describe() if stale else 'an unknown process'}")
        session.commit()

