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
import json.encoder
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, insert
from sqlalchemy import text as text_sql
from sqlmodel import Session, col, select

from coopeval.storage.tables import AUDITED_TABLES, AuditedRow, AuditEventRow

GENESIS = "0" * 64


# The canonical form is exactly `json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)`:
# every hash in every workspace and pack depends on it, so it must never change by a byte.
# tests/unit/storage/test_audit_encoding.py compares the faster paths below with that over hostile values.
_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)  # made once, not per call
_C_ENCODER = getattr(json.encoder, "c_make_encoder", None)  # None where Python was built without _json
_ESCAPE: Callable[[str], str] = json.encoder.encode_basestring  # the string encoder json.dumps uses here


def canonical(value: Any) -> str:
    """The canonical JSON of `value`. Where the C encoder is there, this is what `_CANONICAL.encode`
    does, called directly: the same encoder with the same settings and a fresh circular-reference
    check, without the Python wrappers around it (audit snapshots are encoded tens of thousands of
    times in a pack import)."""
    if _C_ENCODER is None:
        return _CANONICAL.encode(value)
    return "".join(_C_ENCODER({}, _CANONICAL.default, _ESCAPE, None, ":", ",", True, False, True)(value, 0))


def now_utc() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def event_body(seq: Any, at: Any, actor: Any, action: Any, entity: Any, entity_id: Any, tender_ref: Any,
               before: Any, after: Any, note: Any, prev: Any, person: Any = None) -> str:
    """The canonical JSON an event's hash covers: the event's fields, keyed as below and sorted, with
    `person` (since schema 0004) only when it is not None, so older events' hashes stand.

    When every field has the type an event gives it (strings, ints, None where a column may be
    NULL), the text is written here field by field in sorted key order, each value as the encoder
    writes it; any other value (a bool, a float, a subclass, a missing `at`...) goes through
    `canonical` of the same dictionary. Either way the text is exactly `canonical` of it."""
    if (type(seq) is int and type(at) is str and type(actor) is str and type(action) is str and type(entity) is str
            and (entity_id is None or type(entity_id) is int) and (tender_ref is None or type(tender_ref) is str)
            and (before is None or type(before) is str) and (after is None or type(after) is str)
            and type(note) is str and type(prev) is str and (person is None or type(person) is str)):
        escape = _ESCAPE
        # sorted keys: action actor after at before entity entity_id note [person] prev seq tender_ref
        return "".join((
            '{"action":', escape(action), ',"actor":', escape(actor),
            ',"after":', "null" if after is None else escape(after), ',"at":', escape(at),
            ',"before":', "null" if before is None else escape(before), ',"entity":', escape(entity),
            ',"entity_id":', "null" if entity_id is None else int.__repr__(entity_id), ',"note":', escape(note),
            "" if person is None else ',"person":', "" if person is None else escape(person),
            ',"prev":', escape(prev), ',"seq":', int.__repr__(seq),
            ',"tender_ref":', "null" if tender_ref is None else escape(tender_ref), "}"))
    return canonical({
        "seq": seq, "at": at, "actor": actor, "action": action, "entity": entity, "entity_id": entity_id,
        "tender_ref": tender_ref, "before": before, "after": after, "note": note, "prev": prev,
        **({"person": person} if person is not None else {}),
    })


def event_hash(event: AuditEventRow) -> str:
    body = event_body(event.seq, event.at, event.actor, event.action, event.entity, event.entity_id,
                      event.tender_ref, event.before, event.after, event.note, event.prev_hash,
                      # the acting person, since schema 0004; absent from older events, so their hashes stand
                      getattr(event, "person", None))
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def mapping_hash(event: Mapping[str, Any]) -> str:
    """`event_hash` of an event given as plain values (an audit_event row's columns, `person` optional)."""
    body = event_body(event["seq"], event["at"], event["actor"], event["action"], event["entity"],
                      event["entity_id"], event["tender_ref"], event["before"], event["after"], event["note"],
                      event["prev_hash"], event.get("person"))
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


# The chain's head, asked before every change and by every view kept per head: one statement made once (building a
# select per call cost more than SQLite's answer).
_HEAD = text_sql("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1")


def head(session: Session) -> tuple[int, str]:
    last = session.execute(_HEAD).first()
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
        event["hash"] = mapping_hash(event)
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
