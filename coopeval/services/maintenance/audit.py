"""A workspace's audit log: verifying its hash chain (and that every record matches it), and its
history as lines a user reads, each change shown as before → after. Both only read."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import select

from coopeval.i18n import N_, _
from coopeval.services.identity.guard import BLIND_STATUSES
from coopeval.services.rows import tender_row
from coopeval.services.workspace import Workspace
from coopeval.storage import audit
from coopeval.storage.tables import AuditEventRow, TenderRow

SCORE_ENTITIES = ("score", "consensus")  # their content is blind while the tender is in evaluation
HIDDEN = N_("[hidden until moderation opens]")  # _() where shown


@dataclass(frozen=True)
class ChainReport:
    """What verifying the audit chain found: `problems` is empty when `ok`."""

    ok: bool
    events: int
    head: str
    problems: tuple[str, ...]


def verify_audit(ws: Workspace, *, expect: str | None = None) -> ChainReport:
    """Check the chain's links, every audited row against its last event, and (given `expect`) that
    a head recorded earlier, in a signed report or a pack, is still in the chain."""
    with ws.reading() as session:
        report = audit.verify(session, expect=expect)
    return ChainReport(report.ok, report.events, report.head, tuple(report.problems))


def verify_audit_file(path: Path, *, expect: str | None = None) -> ChainReport:
    """`verify_audit` on a workspace opened read-only, so it works while the app has it open."""
    with Workspace.open(path, read_only=True) as ws:
        return verify_audit(ws, expect=expect)


LOG_BATCH = 2_000  # events fetched at a time for the log: memory stays bounded however long the history


def audit_log_lines(ws: Workspace, tender_ref: str | None = None) -> Iterator[str]:
    """The history, oldest first, a line at a time (events are read a batch at a time, so memory
    does not grow with the history); with `tender_ref`, that tender's only. An unknown tender is an
    error, raised here at once, not an empty history."""
    if tender_ref is not None:
        with ws.reading() as session:
            tender_row(session, tender_ref)
    return _log_lines(ws, tender_ref)


def _log_lines(ws: Workspace, tender_ref: str | None) -> Iterator[str]:
    with ws.reading() as session:
        blind = {t.reference for t in session.exec(select(TenderRow)) if t.status in BLIND_STATUSES}
        table = AuditEventRow.__table__  # type: ignore[attr-defined]
        query = select(table).order_by(table.c.seq)
        if tender_ref is not None:
            query = query.where(table.c.tender_ref == tender_ref)
        # Core rows, a batch at a time: no ORM object per event, nothing kept in the session
        for e in session.connection().execute(query.execution_options(yield_per=LOG_BATCH)):
            what = f"{e.entity} {e.entity_id}" if e.entity_id is not None else e.entity
            who = f"{e.person} (account {e.actor})" if e.person else e.actor  # events before schema 0004: the account
            head = f"{e.seq:>6}  {e.at}  {who}  {e.action} {what}" + (f"  [{e.tender_ref}]" if e.tender_ref else "")
            yield head + (f"  — {e.note}" if e.note else "")
            if e.entity in SCORE_ENTITIES and e.tender_ref in blind:
                yield "        " + _(HIDDEN)  # i18n: no - scoring is blind: the log must not give scores away
                continue
            for change in _diff(e.before, e.after):
                yield f"        {change}"


def audit_log_file(path: Path, tender_ref: str | None = None) -> Iterator[str]:
    """`audit_log_lines` on a workspace opened read-only (and closed once the lines are all read, or
    the iterator is closed)."""
    ws = Workspace.open(path, read_only=True)
    try:
        lines = audit_log_lines(ws, tender_ref)
    except BaseException:
        ws.close()
        raise
    return _closing(ws, lines)


def _closing(ws: Workspace, lines: Iterator[str]) -> Iterator[str]:
    with ws:
        yield from lines


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
