"""`coopeval check`: a workspace's health seen from outside (integrity, schema version, lock holder,
audit head, the kept files' bytes against their SHA-256), as lines a user reads; it never writes to the file."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import inspect, select

from coopeval.domain.errors import CoopEvalError
from coopeval.services.maintenance.audit import verify_audit
from coopeval.services.workspace import Workspace
from coopeval.storage.backups import latest_backup
from coopeval.storage.lock import lock_state
from coopeval.storage.sqlite import looks_like_sqlite, on_read_only_medium, quick_check
from coopeval.storage.tables import TenderFileRow, TenderRow
from coopeval.storage.workspace_file import current_revision, head_revision, read_meta


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
    try:
        problem = quick_check(path)
    except CoopEvalError as exc:  # the disk refused (full, read-only, I/O): not the file's fault
        report.add(f"Integrity: not checked — {exc}", fails=True)
        return report
    if problem:
        backup = latest_backup(path)
        report.add(f"Integrity: DAMAGED ({problem})", fails=True)
        report.add(f"Newest backup: {backup if backup else 'none found'}")
        return report
    report.add("Integrity: ok")
    if on_read_only_medium(path):
        report.add("Disk: read-only; the workspace can be read and checked here, not changed")
    holder, active = lock_state(path)
    if holder and active:
        report.add(f"Lock: held by {holder.describe()}")
    elif holder:
        report.add(f"Lock: left by {holder.describe()}, which is no longer running; the next opener takes it over")
    else:
        report.add("Lock: not held")
    try:
        with Workspace.open(path, read_only=True) as ws:
            meta = read_meta(ws.engine)
            report.add(f"Schema: {schema_revision(ws)} (this CoopEval writes {head_revision()}); "
                       f"created by CoopEval {meta.get('created_by', '?')}, last written by {meta.get('last_written_by', '?')}")
            result = verify_audit(ws)
            kept, changed = kept_file_problems(ws)
    except CoopEvalError as exc:
        report.add(f"Workspace: {exc}", fails=True)
        return report
    if result.ok:
        report.add(f"Audit: intact, {result.events} events, head {result.head}")
    else:
        report.add(f"Audit: BROKEN — {result.problems[0]}" + (f" (+{len(result.problems) - 1} more)" if len(result.problems) > 1 else ""), fails=True)
    if not changed:
        report.add(f"Kept files: {kept}, each as it was kept (its size and SHA-256 match)" if kept else "Kept files: none")
    for problem in changed:
        report.add(f"Kept files: CHANGED — {problem}", fails=True)
    return report


KEPT_BATCH = 8  # kept files read at a time (each up to 20 MB)


def kept_file_problems(ws: Workspace) -> tuple[int, list[str]]:
    """(how many kept files there are, one line for each whose bytes no longer match the size and SHA-256 recorded
    with them). The audit chain covers the digest and size, not the bytes; this covers the bytes."""
    problems: list[str] = []
    count = 0
    table = TenderFileRow.__table__  # type: ignore[attr-defined]
    if not inspect(ws.engine).has_table(table.name):  # an older workspace opened read-only (not migrated)
        return 0, []
    with ws.reading() as session:
        tender = TenderRow.__table__  # type: ignore[attr-defined]
        references = {r.id: r.reference for r in session.connection().execute(select(tender.c.id, tender.c.reference))}
        query = select(table.c.id, table.c.tender_id, table.c.kind, table.c.version, table.c.media, table.c.name,
                       table.c.sha256, table.c.size, table.c.data).order_by(table.c.id)
        for row in session.connection().execute(query.execution_options(yield_per=KEPT_BATCH)):
            count += 1
            what = (f"{row.name!r} (tender {references.get(row.tender_id, row.tender_id)}, {row.kind} version "
                    f"{row.version}, {row.media})")
            data = row.data
            if isinstance(data, str):  # a raw edit stored text where the bytes were
                data = data.encode("utf-8")
            if not isinstance(data, (bytes, bytearray, memoryview)):
                problems.append(f"{what} has no bytes: it was changed outside CoopEval")
            elif len(data) != row.size:
                recorded = f"{row.size:,}" if isinstance(row.size, int) else repr(row.size)
                problems.append(f"{what} is {len(data):,} bytes, not the {recorded} recorded when it was kept: "
                                "it was changed outside CoopEval")
            elif hashlib.sha256(data).hexdigest() != row.sha256:
                problems.append(f"{what} no longer matches the SHA-256 recorded when it was kept: it was changed "
                                "outside CoopEval")
    return count, problems


def schema_revision(ws: Workspace) -> str | None:
    """The schema revision the open workspace is at (after any migration opening it made)."""
    return current_revision(ws.engine)
