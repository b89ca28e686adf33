"""A workspace's audit log: verifying its hash chain (and that every record matches it), and its
history as lines a user reads, each change shown as before → after. Both only read."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import select

from coopeval.services.identity.guard import BLIND_STATUSES
from coopeval.services.rows import tender_row
from coopeval.services.workspace import Workspace
from coopeval.storage import audit
from coopeval.storage.tables import TenderRow

SCORE_ENTITIES = ("score", "consensus")  # their content is blind while the tender is in evaluation
HIDDEN = "[hidden until moderation opens]"


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


def audit_log_lines(ws: Workspace, tender_ref: str | None = None) -> list[str]:
    """The history, oldest first; with `tender_ref`, that tender's only (an unknown one is an error,
    not an empty history)."""
    with ws.reading() as session:
        if tender_ref is not None:
            tender_row(session, tender_ref)
        events = audit.history(session, tender_ref=tender_ref)
        blind = {t.reference for t in session.exec(select(TenderRow)) if t.status in BLIND_STATUSES}
    lines = []
    for e in events:
        what = f"{e.entity} {e.entity_id}" if e.entity_id is not None else e.entity
        who = f"{e.person} (account {e.actor})" if e.person else e.actor  # events before schema 0004: the account
        head = f"{e.seq:>6}  {e.at}  {who}  {e.action} {what}" + (f"  [{e.tender_ref}]" if e.tender_ref else "")
        lines.append(head + (f"  — {e.note}" if e.note else ""))
        if e.entity in SCORE_ENTITIES and e.tender_ref in blind:
            lines.append(f"        {HIDDEN}")  # scoring is blind: the log must not give scores away
            continue
        for change in _diff(e.before, e.after):
            lines.append(f"        {change}")
    return lines


def audit_log_file(path: Path, tender_ref: str | None = None) -> list[str]:
    """`audit_log_lines` on a workspace opened read-only."""
    with Workspace.open(path, read_only=True) as ws:
        return audit_log_lines(ws, tender_ref)


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
