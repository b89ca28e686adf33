"""`coopeval check`: a workspace's health seen from outside (integrity, schema version, lock holder,
audit head, the kept files' bytes against their SHA-256, the after-award record: its counts and what does not hold
together, the spend lines and register entries against the digests their imports recorded), as lines a user reads;
it never writes to the file."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import func, inspect, select

from coopeval.domain import lifecycle, periods
from coopeval.domain.errors import CoopEvalError
from coopeval.domain.numbers import InputError
from coopeval.i18n import N_, _, month_name
from coopeval.services.maintenance.audit import verify_audit
from coopeval.services.workspace import Workspace
from coopeval.storage.backups import latest_backup
from coopeval.storage.lock import lock_state
from coopeval.storage.sqlite import looks_like_sqlite, on_read_only_medium, quick_check
from coopeval.storage.tables import (
    AwardRow,
    CommitmentRow,
    ContractChangeRow,
    DeliveryRow,
    EvidenceRow,
    RatingRow,
    RegisterEntryRow,
    RegisterImportRow,
    SpendImportRow,
    SpendLineRow,
    SupplierMatchRow,
    TenderFileRow,
    TenderRow,
)
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
        report.add(_("{path}: is a folder; give the workspace file (*.coopeval)").format(path=path), fails=True)
        return report
    if not path.is_file():
        report.add(_("{path}: no such file").format(path=path), fails=True)
        return report
    if not looks_like_sqlite(path):
        report.add(_("{name}: not a CoopEval workspace (not an SQLite database)").format(name=path.name), fails=True)
        return report
    try:
        problem = quick_check(path)
    except CoopEvalError as exc:  # the disk refused (full, read-only, I/O): not the file's fault
        report.add(_("Integrity: not checked — {exc}").format(exc=exc), fails=True)
        return report
    if problem:
        backup = latest_backup(path)
        report.add(_("Integrity: DAMAGED ({problem})").format(problem=problem), fails=True)
        report.add(_("Newest backup: {backup}").format(backup=backup if backup else 'none found'))
        return report
    report.add(_("Integrity: ok"))
    if on_read_only_medium(path):
        report.add(_("Disk: read-only; the workspace can be read and checked here, not changed"))
    holder, active = lock_state(path)
    if holder and active:
        report.add(_("Lock: held by {describe}").format(describe=holder.describe()))
    elif holder:
        report.add(_("Lock: left by {describe}, which is no longer running; the next opener takes it over").format(describe=holder.describe()))
    else:
        report.add(_("Lock: not held"))
    try:
        with Workspace.open(path, read_only=True) as ws:
            meta = read_meta(ws.engine)
            report.add(_("Schema: {schema_revision} (this CoopEval writes {head_revision}); "
                       "created by CoopEval {get}, last written by {get2}").format(schema_revision=schema_revision(ws), head_revision=head_revision(), get=meta.get('created_by', '?'), get2=meta.get('last_written_by', '?')))
            result = verify_audit(ws)
            kept, changed = kept_file_problems(ws)
            counts, after_problems = after_award_problems(ws)
            spend_counts, spend_problems = spend_register_problems(ws)
    except CoopEvalError as exc:
        report.add(_("Workspace: {exc}").format(exc=exc), fails=True)
        return report
    if result.ok:
        report.add(_("Audit: intact, {events} events, head {head}").format(events=result.events, head=result.head))
    else:
        report.add(_("Audit: BROKEN — {problems}").format(problems=result.problems[0]) + (_(" (+{value} more)").format(value=len(result.problems) - 1) if len(result.problems) > 1 else ""), fails=True)
    if not changed:
        report.add(_("Kept files: {kept}, each as it was kept (its size and SHA-256 match)").format(kept=kept) if kept else _("Kept files: none"))
    for problem in changed:
        report.add(_("Kept files: CHANGED — {problem}").format(problem=problem), fails=True)
    report.add(_("After the award: {counts}").format(counts=counts))
    for problem in after_problems:
        report.add(_("After the award: PROBLEM — {problem}").format(problem=problem), fails=True)
    report.add(_("Spend and registers: {spend_counts}").format(spend_counts=spend_counts))
    for problem in spend_problems:
        report.add(_("Spend and registers: PROBLEM — {problem}").format(problem=problem), fails=True)
    return report


def spend_register_problems(ws: Workspace) -> tuple[str, list[str]]:
    """(the spend imports, lines, registers and supplier decisions counted, in words; one line for each import whose
    stored lines or entries are no longer those it recorded: its digest, its count or a line's content differs).
    Spend lines and register entries are not audited one by one, so this is what shows an edit outside CoopEval."""
    if not inspect(ws.engine).has_table(SpendImportRow.__tablename__):  # an older workspace opened read-only
        return _("none (this workspace is from before spend was imported)"), []
    from coopeval.services.registers.imports import check_register_imports
    from coopeval.services.spend.imports import check_spend_imports

    with ws.reading() as session:
        def count(table: object) -> int:
            return int(session.connection().execute(
                select(func.count()).select_from(table.__table__)).scalar_one())  # type: ignore[attr-defined]

        counts = (f"{_plural(count(SpendImportRow), 'spend import')} ({_plural(count(SpendLineRow), 'line')}), "
                  f"{_plural(count(RegisterImportRow), 'register import')} "
                  f"({_plural(count(RegisterEntryRow), 'entry', 'entries')}), "
                  f"{_plural(count(SupplierMatchRow), 'supplier decision')}")
        return counts, check_spend_imports(session) + check_register_imports(session)


def _plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n:,} {one if n == 1 else (many or one + 's')}"


def _day(value: object) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def after_award_problems(ws: Workspace) -> tuple[str, list[str]]:
    """(the after-award records counted, in words; one line for each thing that does not hold together: a tender past
    its award with no current award or two, in delivery with no commitments, a delivery or rating whose period is
    malformed or outside the contract, evidence that is not a kept evidence file of the same tender, a queried or
    rejected entry or a rating differing from its suggestion with no reason). The services never make these; an
    edit outside CoopEval or a faulty import could."""
    if not inspect(ws.engine).has_table(AwardRow.__tablename__):  # an older workspace opened read-only
        return _("none (this workspace is from before awards were recorded)"), []
    problems: list[str] = []

    def rows(table: object) -> list:  # the raw rows, as stored (a raw edit may hold anything)
        t = table.__table__  # type: ignore[attr-defined]
        return list(session.connection().execute(select(t).order_by(t.c.id)))

    with ws.reading() as session:
        tenders = {t.id: t for t in rows(TenderRow)}
        awards, commitments = rows(AwardRow), rows(CommitmentRow)
        changes, deliveries, evidence, ratings = rows(ContractChangeRow), rows(DeliveryRow), rows(EvidenceRow), \
            rows(RatingRow)
        files = {f.id: (f.tender_id, f.kind, f.name) for f in session.connection().execute(
            select(TenderFileRow.__table__.c.id, TenderFileRow.__table__.c.tender_id,  # type: ignore[attr-defined]
                   TenderFileRow.__table__.c.kind, TenderFileRow.__table__.c.name))}  # type: ignore[attr-defined]

    def ref(tender_id: object) -> str:
        t = tenders.get(tender_id)
        return f"tender {t.reference}" if t is not None else _("tender #{tender_id}").format(tender_id=tender_id)

    award_of = {a.id: a for a in awards}
    commitment_of = {c.id: c for c in commitments}
    delivery_of = {d.id: d for d in deliveries}
    for tender_id, t in tenders.items():
        current = [a for a in awards if a.tender_id == tender_id and not a.withdrawn]
        if t.status in lifecycle.AFTER_AWARD and not current:
            problems.append(_("{ref} is {label} but has no award that was not withdrawn").format(ref=ref(tender_id), label=lifecycle.label(t.status)))
        if len(current) > 1:
            problems.append(_("{ref} has {count} awards not withdrawn; it has one at a time").format(ref=ref(tender_id), count=len(current)))
        if t.status in (lifecycle.IN_DELIVERY, lifecycle.CLOSED) and not any(
                c.tender_id == tender_id and not c.removed and c.award_id in {a.id for a in current} for c in commitments):
            problems.append(_("{ref} is in {label} but its award has no commitments").format(ref=ref(tender_id), label=lifecycle.label(t.status)))

    def contract(commitment_id: object) -> tuple[date, date] | None:
        c = commitment_of.get(commitment_id)
        a = award_of.get(c.award_id) if c is not None else None
        start, end = (_day(a.start_on), _day(a.end_on)) if a is not None else (None, None)
        return (start, end) if start and end else None

    def period_problem(what: str, row: object, quarter: bool) -> None:
        key = getattr(row, "period", None)
        where = _("{what} #{getattr} ({ref}, period {key!r})").format(what=what, getattr=getattr(row, 'id', '?'), ref=ref(getattr(row, 'tender_id', None)), key=key)
        if getattr(row, "commitment_id", None) not in commitment_of:
            problems.append(_("{where} belongs to no commitment").format(where=where))
            return
        try:
            first, last = periods.quarter_bounds(key) if quarter else periods.year_bounds(key)  # type: ignore[arg-type]
        except (InputError, TypeError):
            problems.append(_("{where} is not a {value}").format(where=where, value='quarter such as 2027-Q1' if quarter else 'financial year such as 2027-2028'))
            return
        dates = contract(getattr(row, "commitment_id", None))
        if dates is not None and (last < dates[0] or first > dates[1]):
            start, end = (f"{d.day} {month_name(d.month, short=True)} {d.year}" for d in dates)
            problems.append(_("{where} is outside the contract ({start} to {end})").format(
                where=where, start=start, end=end))

    for d in deliveries:
        period_problem("delivery", d, True)
        if d.check in ("queried", "rejected") and not (d.check_reason or "").strip():
            said = (N_("delivery #{id} ({ref}) was queried with no reason") if d.check == "queried"
                    else N_("delivery #{id} ({ref}) was rejected with no reason"))
            problems.append(_(said).format(id=d.id, ref=ref(d.tender_id)))  # i18n: no
    for r in ratings:
        period_problem("rating", r, False)
        if r.rating != r.suggested and not (r.reason or "").strip():
            problems.append(_("rating #{id} ({ref}) differs from its suggestion with no reason").format(id=r.id, ref=ref(r.tender_id)))
    for e in evidence:
        delivery, kept = delivery_of.get(e.delivery_id), files.get(e.file_id)
        if delivery is None or kept is None:
            problems.append(_("evidence link #{id} points at a delivery or file that is not there").format(id=e.id))
        elif kept[1] != "evidence" or kept[0] != delivery.tender_id:
            problems.append(_("evidence link #{id} ({ref}) points at {kept!r}, which is not "
                            "a kept evidence file of that tender").format(id=e.id, ref=ref(delivery.tender_id), kept=kept[2]))
    if not awards:
        return "none", problems
    withdrawn = sum(1 for a in awards if a.withdrawn)
    kpis = sum(1 for c in commitments if c.s52_kpi and not c.removed)
    queried = sum(1 for d in deliveries if d.check == "queried")
    rejected = sum(1 for d in deliveries if d.check == "rejected")
    counts = ", ".join((
        _plural(len(awards), "award") + (f" ({withdrawn:,} withdrawn)" if withdrawn else ""),
        _plural(len(commitments), "commitment") + f" ({_plural(kpis, 's.52 KPI')})",
        _plural(len(changes), "contract change"),
        _plural(len(deliveries), "delivery entry", "delivery entries") + f" ({queried:,} queried, {rejected:,} rejected)",
        _plural(len(evidence), "evidence file"),
        _plural(len(ratings), "rating")))
    return counts, problems


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
            what = (_("{name!r} (tender {get}, {kind} version "
                    "{version}, {media})").format(name=row.name, get=references.get(row.tender_id, row.tender_id), kind=row.kind, version=row.version, media=row.media))
            data = row.data
            if isinstance(data, str):  # a raw edit stored text where the bytes were
                data = data.encode("utf-8")
            if not isinstance(data, (bytes, bytearray, memoryview)):
                problems.append(_("{what} has no bytes: it was changed outside CoopEval").format(what=what))
            elif len(data) != row.size:
                recorded = f"{row.size:,}" if isinstance(row.size, int) else repr(row.size)
                problems.append(_("{what} is {count:,} bytes, not the {recorded} recorded when it was kept: "
                                "it was changed outside CoopEval").format(what=what, count=len(data), recorded=recorded))
            elif hashlib.sha256(data).hexdigest() != row.sha256:
                problems.append(_("{what} no longer matches the SHA-256 recorded when it was kept: it was changed "
                                "outside CoopEval").format(what=what))
    return count, problems


def schema_revision(ws: Workspace) -> str | None:
    """The schema revision the open workspace is at (after any migration opening it made)."""
    return current_revision(ws.engine)
