"""Importing a council's spend file: previewed first (what would be added, what is already held, every problem),
then imported in one transaction, or not at all.

A line is added once: its key (`domain.spend.line_key`) is its whole content and its occurrence among identical lines
of its file, so the same file again, or an overlapping one, adds only what is new; when nothing is new nothing is
written at all. A file with problems is refused whole, unless the person says to leave the bad lines out
(`skip_bad_lines`): then the import row counts them and its audit note names their line numbers. Each import row
carries `lines_digest` over the keys of the lines it added, so `check_spend_imports` finds lines changed, added or
removed outside CoopEval. After the lines are in, the new suppliers are matched against the registers
(`services.registers.matching.match_suppliers`) in the same transaction.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import func
from sqlmodel import Session, col, select

from coopeval.domain import spend
from coopeval.domain.errors import CoopEvalError, InvalidFileError, Problem
from coopeval.domain.identity import Permission
from coopeval.domain.names import normalise_name
from coopeval.domain.periods import short_year_of
from coopeval.domain.progress import CancelFn, ProgressFn, Steps
from coopeval.i18n import _
from coopeval.services.changes import ChangeKind, Changes
from coopeval.services.identity.guard import require_workspace
from coopeval.services.registers import matching
from coopeval.services.rows import row_id, save
from coopeval.services.spend.mappings import store_mapping
from coopeval.services.spend.reading import SpendFile, read_spend_file
from coopeval.services.spend.views import MappingView, SpendImportView, SpendPreview
from coopeval.services.workspace import Workspace
from coopeval.storage import audit
from coopeval.storage.tables import AuditEventRow, SpendImportRow, SpendLineRow

CHUNK = 900  # keys per `IN (…)`: under SQLite's limit on parameters
INSERT_CHUNK = 10_000
# The lines go in through the driver's executemany: the ORM's bulk insert costs more than SQLite does here.
_INSERT = ('INSERT INTO spend_line ("key", line_no, paid_on, "year", supplier_name, supplier_key, supplier_id, '
           'company_number, amount_pence, "transaction", expense_area, import_id) '
           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")  # a `Line`'s fields, then the import's id


def preview_spend(ws: Workspace, path: str | Path, *, mapping: MappingView | None = None) -> SpendPreview:
    """Read the file and compare it with the workspace; writes nothing."""
    read = read_spend_file(path, mapping)
    with ws.reading() as session:
        held = existing_keys(session, [line.key for line in read.lines])
    return _preview(read, held)


def _preview(read: SpendFile, held: set[str]) -> SpendPreview:
    new = [line for line in read.lines if line.key not in held]
    days = [line.paid_on for line in new]
    return SpendPreview(
        file_name=read.file_name, sha256=read.sha256, encoding=read.encoding, headers=read.headers,
        mapping=read.mapping, lines_read=read.lines_read, good_lines=len(read.lines), new_lines=len(new),
        already=len(read.lines) - len(new), problems=tuple(read.problems), file_problem=read.file_problem,
        first_paid=min(days) if days else None, last_paid=max(days) if days else None,
        new_pence=sum(line.amount_pence for line in new), sample=tuple(read.sample))


def refusal(read: SpendFile, *, skip_bad_lines: bool = False) -> InvalidFileError | CoopEvalError | None:
    """Why `read` cannot be imported as it is, or None."""
    if read.file_problem:
        return InvalidFileError([Problem(read.file_name, "file", read.file_problem)])
    if read.mapping is None:
        found = ", ".join(repr(h) for h in read.headers if h) or "none"
        return CoopEvalError(
            _("{file_name}: the columns were not recognised (headers found: {found}). Choose which column "
            "holds the date paid, the supplier and the amount: a saved mapping's name or a mapping file NAME.toml.").format(file_name=read.file_name, found=found))
    if read.problems and not skip_bad_lines:
        return InvalidFileError([Problem(read.file_name, f"line {p.line_no}", p.message.split(": ", 1)[-1],
                                         None) for p in read.problems])
    if not read.lines:
        return CoopEvalError(_("{file_name} has no lines of spend that can be imported.").format(file_name=read.file_name))
    return None


def import_spend(ws: Workspace, path: str | Path, *, mapping: MappingView | None = None, skip_bad_lines: bool = False,
                 progress: ProgressFn | None = None, cancel: CancelFn | None = None) -> tuple[SpendImportView, Changes]:
    """Import the file's new lines in one transaction; (view with id 0 and lines_added 0, no changes) when every
    line is already held. InvalidFileError listing every problem when the file has any, unless `skip_bad_lines`."""
    steps = Steps(4, progress, cancel)
    read = read_spend_file(path, mapping)
    steps.step(_("Read the file"))
    refused = refusal(read, skip_bad_lines=skip_bad_lines)
    if refused is not None:
        raise refused
    assert read.mapping is not None
    with ws.writing() as session:
        require_workspace(ws, session, Permission.SPEND)
        held = existing_keys(session, [line.key for line in read.lines])
        new = [line for line in read.lines if line.key not in held]
        steps.step(_("Compared with the spend already held"))
        if not new:
            return _nothing_new(read, len(held)), Changes.none()
        kinds = {ChangeKind.SPEND}
        if read.mapping.name:
            store_mapping(ws, session, read.mapping, note=f"used to import {read.file_name}")
        days = [line.paid_on for line in new]
        row = SpendImportRow(
            file_name=read.file_name, sha256=read.sha256, encoding=read.encoding,
            mapping=json.dumps({"name": read.mapping.name, "columns": read.mapping.columns}, sort_keys=True,
                               ensure_ascii=False),
            lines_read=read.lines_read, lines_added=len(new), lines_already=len(read.lines) - len(new),
            lines_refused=len(read.problems), first_paid=min(days), last_paid=max(days),
            added_pence=sum(line.amount_pence for line in new),
            lines_digest=spend.lines_digest(line.key for line in new), imported_at=audit.now_utc())
        save(ws, session, row, "import", None, None, note=_note(read, row))
        import_id = row_id(row)
        steps.check()
        connection = session.connection()
        new.sort(key=lambda line: line.key)  # SQLite fills the index of keys much faster in their order
        for start in range(0, len(new), INSERT_CHUNK):
            connection.exec_driver_sql(_INSERT, [line + (import_id,) for line in new[start:start + INSERT_CHUNK]])
            steps.check()
        steps.step(_("Added the new lines"))
        summary = matching.match_suppliers(ws, session, sorted({line.supplier_key for line in new}))
        matched, candidates = summary.matched, summary.candidates
        if matched or candidates:
            kinds.add(ChangeKind.SUPPLIER_MATCH)
        steps.step(_("Matched the new suppliers with the registers"))
        view = _view(row, ws.person_name or ws.actor, matched=matched, candidates=candidates)
    return view, Changes.of(*kinds)


def _note(read: SpendFile, row: SpendImportRow) -> str:
    note = (f"imported spend from {read.file_name}: {row.lines_added:,} new line(s), {row.lines_already:,} already "
            "held")
    if read.problems:
        note += (f"; {len(read.problems):,} line(s) with problems left out: lines "
                 f"{line_ranges([p.line_no for p in read.problems])}")
    return note


NOTE_RANGES = 500  # line ranges an audit note names before "… and N more lines"


def line_ranges(numbers: Sequence[int]) -> str:
    """Line numbers as ranges ("2-5, 9, 10, 12-40"), the first `NOTE_RANGES` of them, so a file of 50,000 bad lines
    does not make an audit note of half a megabyte."""
    ranges: list[list[int]] = []
    for n in sorted(set(numbers)):
        if ranges and n == ranges[-1][1] + 1:
            ranges[-1][1] = n
        else:
            ranges.append([n, n])
    shown = ", ".join(str(a) if a == b else f"{a}, {b}" if b == a + 1 else f"{a}-{b}" for a, b in ranges[:NOTE_RANGES])
    rest = sum(b - a + 1 for a, b in ranges[NOTE_RANGES:])
    return shown + (_(" … and {rest:,} more line(s)").format(rest=rest) if rest else "")


def _nothing_new(read: SpendFile, already: int) -> SpendImportView:
    assert read.mapping is not None
    return SpendImportView(
        id=0, file_name=read.file_name, sha256=read.sha256, encoding=read.encoding, mapping_name=read.mapping.name,
        lines_read=read.lines_read, lines_added=0, lines_already=already, lines_refused=len(read.problems),
        first_paid=None, last_paid=None, added_pence=0, imported_at="", imported_by="")


def _view(row: SpendImportRow, by: str, *, matched: int = 0, candidates: int = 0) -> SpendImportView:
    return SpendImportView(
        id=row_id(row), file_name=row.file_name, sha256=row.sha256, encoding=row.encoding,
        mapping_name=str(json.loads(row.mapping).get("name", "")), lines_read=row.lines_read,
        lines_added=row.lines_added, lines_already=row.lines_already, lines_refused=row.lines_refused,
        first_paid=row.first_paid, last_paid=row.last_paid, added_pence=row.added_pence,
        imported_at=row.imported_at, imported_by=by, matched=matched, candidates=candidates)


def existing_keys(session: Session, keys: Sequence[str]) -> set[str]:
    """Which of `keys` the workspace already holds, looked up `CHUNK` at a time."""
    held: set[str] = set()
    unique = list(dict.fromkeys(keys))
    connection = session.connection()
    for start in range(0, len(unique), CHUNK):
        chunk = unique[start:start + CHUNK]
        marks = ", ".join("?" * len(chunk))  # only placeholders are put into the text; the keys are parameters
        sql = f'SELECT "key" FROM spend_line WHERE "key" IN ({marks})'  # noqa: S608
        held.update(k for (k,) in connection.exec_driver_sql(sql, tuple(chunk)))
    return held


def list_spend_imports(ws: Workspace) -> list[SpendImportView]:
    """Every spend import, newest first, with who imported it (from its audit event)."""
    with ws.reading() as session:
        rows = session.exec(select(SpendImportRow).order_by(col(SpendImportRow.id).desc())).all()
        events = session.exec(select(AuditEventRow).where(AuditEventRow.entity == SpendImportRow.__entity__,
                                                          AuditEventRow.action == "import")).all()
        by = {e.entity_id: e.person or e.actor for e in events}
        return [_view(r, by.get(r.id, "")) for r in rows]


def check_spend_imports(session: Session) -> list[str]:
    """Problems where the stored spend lines no longer agree with their imports: an import whose lines' digest or
    count has changed (lines edited, added or removed outside CoopEval), or lines that belong to no import."""
    problems: list[str] = []
    keys: dict[int, list[str]] = defaultdict(list)
    for import_id, key in session.execute(select(SpendLineRow.import_id, SpendLineRow.key)):
        keys[import_id].append(key)
    imports = {row_id(r): r for r in session.exec(select(SpendImportRow)).all()}
    for import_id, row in sorted(imports.items()):
        held = keys.pop(import_id, [])
        if len(held) != row.lines_added:
            problems.append(_("spend import {import_id} ({file_name}) added {lines_added:,} line(s) but "
                            "{count:,} are stored: lines were added or removed outside CoopEval").format(import_id=import_id, file_name=row.file_name, lines_added=row.lines_added, count=len(held)))
        elif spend.lines_digest(held) != row.lines_digest:
            problems.append(_("spend import {import_id} ({file_name}): its lines no longer match the digest "
                            "recorded when it was imported: lines were changed outside CoopEval").format(import_id=import_id, file_name=row.file_name))
    for import_id, held in sorted(keys.items()):
        problems.append(_("{count:,} spend line(s) belong to an import {import_id} that is not recorded: added "
                        "outside CoopEval").format(count=len(held), import_id=import_id))
    problems.extend(_changed_content(session, set(imports)))
    return problems


_CONTENT = ('SELECT import_id, "key", paid_on, supplier_name, amount_pence, "transaction", expense_area, supplier_id, '
            "company_number, year, supplier_key FROM spend_line")


def _changed_content(session: Session, known: set[int]) -> list[str]:
    """Lines whose stored content no longer gives their key (the key itself left as it was), or whose derived year
    or supplier key no longer follows from their date and supplier name (an edit that moves spend to another year
    or reclassifies it under another supplier). A line that was the n-th of identical lines in its file has
    occurrence n, and the n - 1 before it are stored too (by this import or an earlier one), so n is at most the
    number of stored lines with that content."""
    rows = []
    derived_bad: dict[int, int] = defaultdict(int)
    keys: dict[str, str] = {}
    years: dict[str, str] = {}
    for import_id, key, paid_on, name, pence, transaction, area, supplier_id, number, year, supplier_key \
            in session.connection().exec_driver_sql(_CONTENT):
        rows.append((import_id, key, spend.line_content(paid_on, name, pence, transaction, area, supplier_id,
                                                          number)))
        if name not in keys:
            keys[name] = normalise_name(str(name))
        if paid_on not in years:
            years[paid_on] = _year_of(paid_on)
        if supplier_key != keys[name] or year != years[paid_on]:
            derived_bad[import_id] += 1
    stored: dict[str, int] = defaultdict(int)
    for _index, _name, content in rows:
        stored[content] += 1
    bad: dict[int, int] = defaultdict(int)
    for import_id, key, content in rows:
        if not any(spend.line_key(content, n) == key for n in range(1, stored[content] + 1)):
            bad[import_id] += 1
    return [_("spend import {import_id}: {count:,} line(s) were changed outside CoopEval (their content no longer "
            "gives their key)").format(import_id=import_id, count=count) for import_id, count in sorted(bad.items()) if import_id in known] + [
        _("spend import {import_id}: {count:,} line(s) have a year or supplier key that does not follow from their "
        "date and supplier name: changed outside CoopEval").format(import_id=import_id, count=count) for import_id, count in sorted(derived_bad.items())
        if import_id in known]


def _year_of(paid_on: object) -> str:
    try:
        return short_year_of(dt.date.fromisoformat(str(paid_on)))
    except ValueError:
        return ""


def spend_lines_count(session: Session) -> int:
    return int(session.exec(select(func.count()).select_from(SpendLineRow)).one())
