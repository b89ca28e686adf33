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
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session, col, select

from coopeval.storage.tables import AUDITED_TABLES, AuditedRow, AuditEventRow

GENESIS = "0" * 64


def canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


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
    last = session.exec(select(AuditEventRow).order_by(col(AuditEventRow.seq).desc()).limit(1)).first()
    return (last.seq, last.hash) if last else (0, GENESIS)


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


@dataclass
class AuditReport:
    ok: bool
    events: int
    head: str
    problems: list[str] = field(default_factory=list)
    first_bad_seq: int | None = None


def verify(session: Session, *, expect: str | None = None) -> AuditReport:
    problems: list[str] = []
    first_bad: int | None = None
    prev, expected_seq, count, found_expected = GENESIS, 1, 0, expect is None
    latest: dict[tuple[str, int | None], tuple[int, str | None]] = {}
    for event in session.exec(select(AuditEventRow).order_by(col(AuditEventRow.seq))):
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
        if event.entity_id is not None:
            latest[(event.entity, event.entity_id)] = (event.seq, event.after)
        prev, expected_seq = event.hash, event.seq + 1
    problems += _state_mismatches(session, latest)
    if not found_expected:
        problems.append(f"the recorded head {expect} is not in this workspace's audit chain; "
                        "its history was rewritten or this is a different workspace")
    return AuditReport(not problems, count, prev, problems, first_bad)


def _state_mismatches(session: Session, latest: dict[tuple[str, int | None], tuple[int, str | None]]) -> list[str]:
    problems: list[str] = []
    for table in AUDITED_TABLES:
        entity = table.__entity__
        seen: set[int | None] = set()
        for row in session.exec(select(table)):
            seen.add(row.id)
            recorded = latest.get((entity, row.id))
            if recorded is None:
                problems.append(f"{entity} {row.id} has no audit event: it was added outside CoopEval")
            elif recorded[1] != canonical(row.snapshot()):
                problems.append(f"{entity} {row.id} differs from its last audit event ({recorded[0]}): "
                                "it was changed outside CoopEval")
        for (ent, ident), (seq, after) in latest.items():
            if ent == entity and ident not in seen and after is not None:
                problems.append(f"{entity} {ident} was deleted outside CoopEval (last event {seq})")
    return problems


def history(session: Session, *, tender_ref: str | None = None) -> list[AuditEventRow]:
    query = select(AuditEventRow).order_by(col(AuditEventRow.seq))
    if tender_ref is not None:
        query = query.where(AuditEventRow.tender_ref == tender_ref)
    return list(session.exec(query))
