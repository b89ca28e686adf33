"""The hash-chained audit log: append an event in the caller's transaction, and verify the chain.

Each event's SHA-256 covers a canonical JSON form of its fields and the previous event's hash.
Every audited row's current values must equal the `after` snapshot of its latest event, so a row
changed with a raw SQL editor is caught whether or not its event was edited too. A chain can be
recomputed by whoever edits the file; that is why its head is also recorded outside the file
(signed reports, evaluator packs) and `verify(expect=HEAD)` checks a recorded head is still there.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

from sqlalchemy import func, insert
from sqlmodel import Session, col, select

from coopeval.storage.tables import AUDITED_TABLES, AuditedRow, AuditEventRow

GENESIS = "0" * 64


_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)  # made once, not per call


def canonical(value: Any) -> str:
    return _CANONICAL.encode(value)  # json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def now_utc() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def event_hash(event: AuditEventRow) -> str:
    body = canonical({
        "seq": event.seq, "at": event.at, "actor": event.actor, "action": event.action,
        "entity": event.entity, "entity_id": event.entity_id, "tender_ref": event.tender_ref,
        "before": event.before, "after": event.after, "note": event.note, "prev": event.prev_hash,
        # the acting person, since schema 0004; absent from older events, so their hashes stand
        **({"person": person} if (person := getattr(event, "person", None)) is not None else {}),
    })
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def head(session: Session) -> tuple[int, str]:
    last = session.exec(select(AuditEventRow.seq, AuditEventRow.hash)
                        .order_by(col(AuditEventRow.seq).desc()).limit(1)).first()
    return (last[0], last[1]) if last else (0, GENESIS)


def append(session: Session, *, actor: str, action: str, entity: str, entity_id: int | None = None,
           tender_ref: str | None = None, before: dict | None = None, after: dict | None = None,
           note: str = "", person: str | None = None) -> AuditEventRow:
    """Add one event to the chain inside the caller's transaction (the caller commits). `actor` is
    the computer account; `person` the signed-in person who acted, when someone is signed in."""
    seq, prev = head(session)
    event = AuditEventRow(
        seq=seq + 1, at=now_utc(), actor=actor, action=action, entity=entity, entity_id=entity_id,
        tender_ref=tender_ref, before=None if before is None else canonical(before),
        after=None if after is None else canonical(after), note=note, prev_hash=prev, hash="", person=person,
    )
    event.hash = event_hash(event)
    session.add(event)
    return event


def record_change(session: Session, row: AuditedRow, *, actor: str, action: str, before: dict | None,
                  tender_ref: str | None, note: str = "", person: str | None = None) -> AuditEventRow:
    """Flush `row` (so it has an id) and audit its new state against `before`."""
    session.add(row)
    session.flush()
    return append(session, actor=actor, action=action, entity=type(row).__entity__, entity_id=row.id,
                  tender_ref=tender_ref, before=before, after=row.snapshot(), note=note, person=person)


class Chain:
    """Many audited rows written in the caller's transaction with one head read: rows go in with
    Core bulk inserts and every row still gets its own event, with its own hash, chained in order.

    The head is kept here between writes, so nothing else may append to the chain in the same
    session while events are pending: call `flush()` before anything else appends (it writes the
    pending events) and `resync()` after (it reads the head again). `flush()` must also be called
    before the transaction commits."""

    def __init__(self, session: Session, *, actor: str, person: str | None = None, note: str = "") -> None:
        self.session, self.actor, self.person, self.note = session, actor, person, note
        self.seq, self.prev = head(session)
        self.pending: list[dict[str, Any]] = []
        self._next_id: dict[str, int] = {}

    def resync(self) -> None:
        if self.pending:
            raise RuntimeError("flush the pending audit events before reading the head again")
        self.seq, self.prev = head(self.session)
        self._next_id.clear()

    def event(self, *, action: str, entity: str, entity_id: int | None = None, tender_ref: str | None = None,
              before: dict | None = None, after: dict | None = None, note: str | None = None) -> dict[str, Any]:
        """Add one event (written by the next `flush()`); the same fields and hash as `append`."""
        self.seq += 1
        event: dict[str, Any] = {"seq": self.seq, "at": now_utc(), "actor": self.actor, "action": action, "entity": entity,
                                 "entity_id": entity_id, "tender_ref": tender_ref,
                                 "before": None if before is None else canonical(before),
                                 "after": None if after is None else canonical(after),
                                 "note": self.note if note is None else note, "prev_hash": self.prev, "hash": "",
                                 "person": self.person}
        event["hash"] = event_hash(SimpleNamespace(**event))  # type: ignore[arg-type]  # the same fields
        self.prev = event["hash"]
        self.pending.append(event)
        return event

    def new_id(self, table: type[AuditedRow]) -> int:
        """The next id for a row of `table` (the caller holds the write lock: BEGIN IMMEDIATE)."""
        name = str(table.__tablename__)
        if name not in self._next_id:
            last = self.session.execute(select(func.max(table.id))).scalar()
            self._next_id[name] = (last or 0) + 1
        ident = self._next_id[name]
        self._next_id[name] = ident + 1
        return ident

    def insert(self, rows: Sequence[AuditedRow], *, action: str, tender_ref: str | None,
               audited: bool = True) -> None:
        """Insert new rows of one table in bulk (each given an id here, set on the object) and, when
        `audited`, one event per row with its snapshot as `after`."""
        if not rows:
            return
        table = type(rows[0])
        for row in rows:
            if row.id is None:
                row.id = self.new_id(table)
        self.insert_snapshots(table, [row.snapshot() for row in rows], action=action, tender_ref=tender_ref,
                              audited=audited)

    def insert_snapshots(self, table: type[AuditedRow], snapshots: list[dict[str, Any]], *, action: str,
                         tender_ref: str | None, audited: bool = True) -> None:
        """As `insert`, for rows given as complete snapshots (every field of `table`, its id
        included, as `snapshot()` would give them), without making an object per row."""
        if not snapshots:
            return
        self.session.execute(insert(table.__table__), snapshots)  # type: ignore[attr-defined]
        if audited:
            entity = table.__entity__
            for snap in snapshots:
                self.event(action=action, entity=entity, entity_id=snap["id"], tender_ref=tender_ref, after=snap)

    def flush(self) -> None:
        if self.pending:
            self.session.execute(insert(AuditEventRow.__table__), self.pending)  # type: ignore[attr-defined]
            self.pending = []


@dataclass
class AuditReport:
    ok: bool
    events: int
    head: str
    problems: list[str] = field(default_factory=list)
    first_bad_seq: int | None = None


VERIFY_BATCH = 2_000  # rows fetched at a time while verifying: memory stays bounded however long the chain


def _stream(session: Session, query: Any) -> Any:
    """Core rows of `query`, fetched a batch at a time: no ORM object, nothing kept in the session."""
    return session.connection().execute(query.execution_options(yield_per=VERIFY_BATCH))


def verify(session: Session, *, expect: str | None = None) -> AuditReport:
    """Walk the chain in order, keeping only the previous hash, then compare every audited table's
    rows with the latest events of its entity, both read in id order a batch at a time: the
    memory used does not grow with the number of events or rows."""
    session.flush()  # anything pending in the caller's session is read as the ORM would have
    problems: list[str] = []
    first_bad: int | None = None
    prev, expected_seq, count, found_expected = GENESIS, 1, 0, expect is None
    events = AuditEventRow.__table__  # type: ignore[attr-defined]
    for event in _stream(session, select(events).order_by(events.c.seq)):
        count += 1
        fault = None
        if event.seq != expected_seq:
            fault = f"event {expected_seq} is missing (found {event.seq} next)"
        elif event.prev_hash != prev:
            fault = f"event {event.seq} does not follow event {event.seq - 1} (previous hash differs)"
        elif event_hash(event) != event.hash:
            fault = f"event {event.seq} ({event.action} {event.entity} {event.entity_id}) was altered: its hash does not match its contents"
        if fault and first_bad is None:
            first_bad = event.seq
            problems.append(fault)
        if expect is not None and event.hash == expect:
            found_expected = True
        prev, expected_seq = event.hash, event.seq + 1
    problems += _state_mismatches(session)
    if not found_expected:
        problems.append(f"the recorded head {expect} is not in this workspace's audit chain; "
                        "its history was rewritten or this is a different workspace")
    return AuditReport(not problems, count, prev, problems, first_bad)


def _latest_events(session: Session, entity: str) -> Any:
    """(entity_id, seq, after, first seq) of each `entity` row's latest event, in entity_id order."""
    events = AuditEventRow.__table__  # type: ignore[attr-defined]
    last = (select(events.c.entity_id, func.max(events.c.seq).label("seq"), func.min(events.c.seq).label("first"))
            .where(events.c.entity == entity, events.c.entity_id.is_not(None))
            .group_by(events.c.entity_id).subquery())
    return _stream(session, select(last.c.entity_id, last.c.seq, events.c.after, last.c.first)
                   .join_from(last, events, events.c.seq == last.c.seq).order_by(last.c.entity_id))


def _live_rows(session: Session, table: type[AuditedRow]) -> Any:
    """(id, snapshot) of every row of `table`, in id order. Rows are read as plain values unless
    the table makes its own snapshot (it hides secrets), which needs the row object."""
    if table.snapshot is AuditedRow.snapshot:
        core = table.__table__  # type: ignore[attr-defined]
        names = table.audited_fields()  # never a kept file's bytes: thousands of files are not read into memory
        for row in _stream(session, select(*(core.c[name] for name in names)).order_by(core.c.id)):
            values = row._mapping  # noqa: SLF001 - SQLAlchemy's public row mapping
            yield values["id"], {name: values[name] for name in names}
    else:
        query = select(table).order_by(col(table.id)).execution_options(yield_per=VERIFY_BATCH)
        for obj in session.exec(query):
            yield obj.id, obj.snapshot()


def _state_mismatches(session: Session) -> list[str]:
    """Every audited row against the `after` of its latest event: the two in step, by id."""
    problems: list[str] = []
    for table in AUDITED_TABLES:
        entity = table.__entity__
        deleted: list[tuple[int, str]] = []
        recorded = iter(_latest_events(session, entity))
        pending = next(recorded, None)
        for ident, snapshot in _live_rows(session, table):
            while pending is not None and pending[0] < ident:  # events of rows no longer there
                if pending[2] is not None:
                    deleted.append((pending[3], f"{entity} {pending[0]} was deleted outside CoopEval "
                                                f"(last event {pending[1]})"))
                pending = next(recorded, None)
            if pending is None or pending[0] != ident:
                problems.append(f"{entity} {ident} has no audit event: it was added outside CoopEval")
                continue
            if pending[2] != canonical(snapshot):
                problems.append(f"{entity} {ident} differs from its last audit event ({pending[1]}): "
                                "it was changed outside CoopEval")
            pending = next(recorded, None)
        while pending is not None:
            if pending[2] is not None:
                deleted.append((pending[3], f"{entity} {pending[0]} was deleted outside CoopEval "
                                            f"(last event {pending[1]})"))
            pending = next(recorded, None)
        problems += [message for _, message in sorted(deleted)]  # in the order the chain first named them
    return problems


def history(session: Session, *, tender_ref: str | None = None) -> list[AuditEventRow]:
    query = select(AuditEventRow).order_by(col(AuditEventRow.seq))
    if tender_ref is not None:
        query = query.where(AuditEventRow.tender_ref == tender_ref)
    return list(session.exec(query))
