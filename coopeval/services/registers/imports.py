"""Importing a register of co-operative and democratic businesses, and listing what was imported.

An import is one transaction: the audited `register_import` row (with the digest of its entries),
its entries inserted in bulk (they are not audited one by one; the digest stands for them), and
matching of every supplier that has no match applied yet. The latest import of a kind is the current
register of that kind; earlier ones stay, so every past match keeps its evidence. Importing the file
that is already the current register of its kind (same SHA-256) writes nothing and says so.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, insert
from sqlmodel import Session, col, select

from coopeval.domain import registers as reg
from coopeval.domain import text as text_rules
from coopeval.domain.errors import CoopEvalError
from coopeval.domain.identity import Permission
from coopeval.domain.progress import CancelFn, ProgressFn, Steps
from coopeval.i18n import _
from coopeval.services.changes import ChangeKind, Changes
from coopeval.services.identity.guard import require_workspace
from coopeval.services.registers.matching import match_suppliers
from coopeval.services.registers.reading import RegisterFile, read_register
from coopeval.services.registers.views import RegisterImportView
from coopeval.services.rows import row_id, save
from coopeval.services.workspace import Workspace
from coopeval.storage import audit
from coopeval.storage.tables import AuditEventRow, RegisterEntryRow, RegisterImportRow

SOURCE_LIMIT = 300
BATCH = 2_000  # entries inserted per statement


def _source(text: str) -> str:
    value = text_rules.normalise(text or "")
    problem = text_rules.text_problem(value, "line", SOURCE_LIMIT)
    if problem:
        raise CoopEvalError(_("The source {problem}.").format(problem=problem))
    return value


def import_register(ws: Workspace, path: str | Path, *, kind: str, source: str = "",
                    progress: ProgressFn | None = None, cancel: CancelFn | None = None
                    ) -> tuple[RegisterImportView, Changes]:
    """Import a register file of `kind` (coops-uk, fca-mutuals or custom) and match the suppliers."""
    if kind not in reg.KINDS:
        raise CoopEvalError(_("Unknown register kind {kind!r}; choose one of {KINDS}.").format(kind=kind, KINDS=', '.join(reg.KINDS)))
    where = _source(source)
    steps = Steps(4, progress, cancel)
    read = read_register(path, kind)
    steps.step(_("Read {count:,} entries from {file_name}").format(count=len(read.entries), file_name=read.file_name))
    with ws.writing() as session:
        require_workspace(ws, session, Permission.SPEND)
        current = _current(session).get(kind)
        if current is not None and current.sha256 == read.sha256:
            return (_view(session, current, True, unchanged=True, notes=read.notes, encoding=read.encoding),
                    Changes.none())
        steps.check()
        row = _write(ws, session, read, where)
        steps.step(_("Saved the register"))
        summary = match_suppliers(ws, session)
        steps.step(_("Matched {matched:,} suppliers; {candidates:,} candidates to review").format(matched=summary.matched, candidates=summary.candidates))
        view = _view(session, row, True, matched=summary.matched, candidates=summary.candidates, notes=read.notes,
                     encoding=read.encoding)
        steps.step(_("Done"))
        kinds = [ChangeKind.REGISTER] + ([ChangeKind.SUPPLIER_MATCH] if summary.matched or summary.candidates else [])
        return view, Changes.of(*kinds)


def _write(ws: Workspace, session: Session, read: RegisterFile, source: str) -> RegisterImportRow:
    entries = [e.as_dict() for e in read.entries]
    note = f"imported the register {read.file_name}"
    if read.lines_skipped:
        skipped = [n.split(":", 1)[0] for n in read.notes if n.endswith("left out")]
        note += f"; {read.lines_skipped:,} line(s) left out: " + ", ".join(skipped[:50])
        if len(skipped) > 50:
            note += ", …"
    row = RegisterImportRow(kind=read.kind, file_name=read.file_name, sha256=read.sha256, encoding=read.encoding,
                            source=source, entries=len(entries), live_entries=sum(1 for e in read.entries if e.live),
                            entries_digest=reg.entries_digest(entries), imported_at=audit.now_utc())
    save(ws, session, row, "import", None, None, note=note)
    ident = row_id(row)
    table = RegisterEntryRow.__table__  # type: ignore[attr-defined]
    for start in range(0, len(entries), BATCH):
        session.execute(insert(table), [{**e, "import_id": ident} for e in entries[start:start + BATCH]])
    return row


def _current(session: Session) -> dict[str, RegisterImportRow]:
    latest = select(RegisterImportRow.kind, func.max(RegisterImportRow.id)).group_by(RegisterImportRow.kind)
    ids = [ident for _, ident in session.execute(latest)]
    rows = session.exec(select(RegisterImportRow).where(col(RegisterImportRow.id).in_(ids))).all() if ids else []
    return {r.kind: r for r in rows}


def _imported_by(session: Session, ids: list[int]) -> dict[int, str]:
    query = (select(AuditEventRow.entity_id, AuditEventRow.person, AuditEventRow.actor)
             .where(AuditEventRow.entity == RegisterImportRow.__entity__, col(AuditEventRow.entity_id).in_(ids),
                    AuditEventRow.action == "import"))
    return {int(ident): person or actor for ident, person, actor in session.execute(query)}


def _view(session: Session, row: RegisterImportRow, current: bool, *, matched: int = 0, candidates: int = 0,
          unchanged: bool = False, notes: tuple[str, ...] = (), encoding: str = "") -> RegisterImportView:
    ident = row_id(row)
    return RegisterImportView(ident, row.kind, row.file_name, row.sha256, row.source, row.entries, row.live_entries,
                              row.imported_at, _imported_by(session, [ident]).get(ident, ""), current, matched,
                              candidates, unchanged, notes, encoding or row.encoding)


def list_register_imports(ws: Workspace) -> list[RegisterImportView]:
    """Every register imported, newest first; `current` marks the latest of each kind."""
    with ws.reading() as session:
        rows = session.exec(select(RegisterImportRow).order_by(col(RegisterImportRow.id).desc())).all()
        current = {r.id for r in _current(session).values()}
        who = _imported_by(session, [row_id(r) for r in rows]) if rows else {}
        return [RegisterImportView(row_id(r), r.kind, r.file_name, r.sha256, r.source, r.entries, r.live_entries,
                                   r.imported_at, who.get(row_id(r), ""), r.id in current, encoding=r.encoding)
                for r in rows]


def check_register_imports(session: Session) -> list[str]:
    """Problems with the stored registers: an import whose entries are not those imported (their digest
    recomputed from the stored entries differs from the audited one, or their number does)."""
    problems: list[str] = []
    table = RegisterEntryRow.__table__  # type: ignore[attr-defined]
    names = [c for c in reg.DIGEST_FIELDS]
    for row in session.exec(select(RegisterImportRow).order_by(col(RegisterImportRow.id))).all():
        stored = [dict(r._mapping) for r in session.execute(  # noqa: SLF001 - SQLAlchemy's public row mapping
            select(*(table.c[n] for n in names)).where(table.c.import_id == row.id))]
        label = f"register import {row.id} ({row.file_name}, {row.kind})"
        if len(stored) != row.entries:
            problems.append(_("{label}: holds {count:,} entries; {entries:,} were imported").format(label=label, count=len(stored), entries=row.entries))
        elif reg.entries_digest(stored) != row.entries_digest:
            problems.append(_("{label}: its entries have changed since they were imported (their digest differs)").format(label=label))
    return problems
