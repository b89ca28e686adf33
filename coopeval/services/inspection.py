"""Looking at a workspace from outside: its health (integrity, schema, lock, audit head), its
history as readable lines, and restoring a backup safely."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from alembic.runtime.migration import MigrationContext

from coopeval.domain.errors import CoopEvalError
from coopeval.services.workspace import Workspace
from coopeval.storage import audit
from coopeval.storage.backups import latest_backup, restore_backup
from coopeval.storage.lock import WorkspaceLock, lock_state
from coopeval.storage.sqlite import looks_like_sqlite, quick_check
from coopeval.storage.workspace_file import head_revision, read_meta


@dataclass
class CheckReport:
    ok: bool = True
    lines: list[str] = field(default_factory=list)

    def add(self, line: str, *, fails: bool = False) -> None:
        self.lines.append(line)
        if fails:
            self.ok = False


def check_workspace(path: Path) -> CheckReport:
    report = CheckReport()
    path = Path(path).absolute()
    if path.is_dir():
        report.add(f"{path}: is a folder; give the workspace file (*.coopeval)", fails=True)
        return report
    if not path.is_file():
        report.add(f"{path}: no such file", fails=True)
        return report
    if not looks_like_sqlite(path):
        report.add(f"{path.name}: not a CoopEval workspace (not an SQLite database)", fails=True)
        return report
    problem = quick_check(path)
    if problem:
        backup = latest_backup(path)
        report.add(f"Integrity: DAMAGED ({problem})", fails=True)
        report.add(f"Newest backup: {backup if backup else 'none found'}")
        return report
    report.add("Integrity: ok")
    holder, active = lock_state(path)
    if holder and active:
        report.add(f"Lock: held by {holder.describe()}")
    elif holder:
        report.add(f"Lock: left by {holder.describe()}, which is no longer running; the next opener takes it over")
    else:
        report.add("Lock: not held")
    try:
        with Workspace.open(path, read_only=True) as ws:
            with ws.engine.connect() as conn:
                revision = MigrationContext.configure(conn).get_current_revision()
            meta = read_meta(ws.engine)
            report.add(f"Schema: {revision} (this CoopEval writes {head_revision()}); "
                       f"created by CoopEval {meta.get('created_by', '?')}, last written by {meta.get('last_written_by', '?')}")
            with ws.reading() as session:
                result = audit.verify(session)
    except CoopEvalError as exc:
        report.add(f"Workspace: {exc}", fails=True)
        return report
    if result.ok:
        report.add(f"Audit: intact, {result.events} events, head {result.head}")
    else:
        report.add(f"Audit: BROKEN — {result.problems[0]}" + (f" (+{len(result.problems) - 1} more)" if len(result.problems) > 1 else ""), fails=True)
    return report


def audit_log_lines(ws: Workspace, tender_ref: str | None = None) -> list[str]:
    with ws.reading() as session:
        events = audit.history(session, tender_ref=tender_ref)
    lines = []
    for e in events:
        what = f"{e.entity} {e.entity_id}" if e.entity_id is not None else e.entity
        head = f"{e.seq:>6}  {e.at}  {e.actor}  {e.action} {what}" + (f"  [{e.tender_ref}]" if e.tender_ref else "")
        lines.append(head + (f"  — {e.note}" if e.note else ""))
        for change in _diff(e.before, e.after):
            lines.append(f"        {change}")
    return lines


def _diff(before: str | None, after: str | None) -> list[str]:
    old = json.loads(before) if before else {}
    new = json.loads(after) if after else {}
    out = []
    for key in sorted(set(old) | set(new)):
        if key == "id" or old.get(key) == new.get(key):
            continue
        if not before:
            if new.get(key) not in (None, "", False, "[]"):
                out.append(f"{key}: {_short(new.get(key))}")
        else:
            out.append(f"{key}: {_short(old.get(key))} → {_short(new.get(key))}")
    return out


def _short(value: object, limit: int = 80) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value.replace("\n", " ")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def restore(path: Path, backup: Path) -> Path | None:
    """Restore under the workspace's lock, so no running copy of the app has it open."""
    path = Path(path).absolute()
    lock = WorkspaceLock(path).acquire()
    try:
        return restore_backup(path, Path(backup))
    finally:
        lock.release()
