"""A bid's record answers (legal form, statuses, ownership model, register numbers, each with its evidence): the
fields a tender asks come from its frameworks in the versions it was set up with, never from a list of the app's own.
Never scored.

Reading: `tender_record_fields` (the fields, parsed from the framework text the workspace stores, each text parsed
once: `setup.frameworks.parsed_framework`) and `bid_records` (every bid's answers in one query; a bid entered before
answers had their own rows is read through `records.legacy_answers`). Writing: `write_answers`, inside a bid
service's transaction: the difference between the stored answers and the new ones, one audited event per row.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlmodel import Session, col, select

from coopeval.domain import records as rec
from coopeval.domain import text as text_rules
from coopeval.domain.framework import RecordField
from coopeval.domain.records import RecordAnswer
from coopeval.services.rows import row_id, save, tender_row
from coopeval.services.setup.frameworks import parsed_framework
from coopeval.services.workspace import Workspace
from coopeval.storage import audit
from coopeval.storage.tables import BidRecordRow, BidRow, FrameworkRow, TenderMeasureRow


def tender_record_fields(session: Session, tender_id: int) -> tuple[RecordField, ...]:
    """The record fields of the frameworks the tender's measures come from, each in the version the tender was set up
    with: frameworks in the order of their first measure, then the file's order (`records.record_fields`)."""
    used: list[tuple[str, str]] = []
    for fw_id, version in session.exec(select(TenderMeasureRow.framework_id, TenderMeasureRow.framework_version)
                                       .where(TenderMeasureRow.tender_id == tender_id)
                                       .order_by(col(TenderMeasureRow.position), col(TenderMeasureRow.id))):
        if (fw_id, version) not in used:
            used.append((fw_id, version))
    if not used:
        return ()
    stored = {(r[0], r[1]): r[2] for r in session.exec(
        select(FrameworkRow.framework_id, FrameworkRow.version, FrameworkRow.content)
        .where(col(FrameworkRow.framework_id).in_({fw for fw, _ in used})))}
    # A measure whose framework text is not held asks nothing; each text is parsed once (`parsed_framework`).
    frameworks = [parsed_framework(stored[(fw_id, version)], f"{fw_id}-{version}.toml")
                  for fw_id, version in used if (fw_id, version) in stored]
    return rec.record_fields(frameworks)


def record_fields_for(ws: Workspace, tender: int | str) -> tuple[RecordField, ...]:
    """`tender_record_fields` for the tender with this id or reference (for the Bids page and the CLI)."""
    with ws.reading() as session:
        return tender_record_fields(session, row_id(tender_row(session, tender)))


def bid_records(session: Session, bid_ids: Iterable[int]) -> dict[int, tuple[RecordAnswer, ...]]:
    """Each bid's answers (every requested bid a key), in the order they were saved; a bid with no answer rows has its
    1.0.0-era organisation form and evidence read as answers (`records.legacy_answers`)."""
    ids = list(dict.fromkeys(bid_ids))
    if not ids:
        return {}
    out: dict[int, list[RecordAnswer]] = {i: [] for i in ids}
    for r in session.exec(select(BidRecordRow).where(col(BidRecordRow.bid_id).in_(ids)).order_by(col(BidRecordRow.id))):
        out[r.bid_id].append(RecordAnswer(r.code, r.value, r.evidence))
    legacy = [i for i, answers in out.items() if not answers]
    if legacy:
        for bid_id, form, evidence in session.exec(select(BidRow.id, BidRow.org_form, BidRow.org_evidence)
                                                   .where(col(BidRow.id).in_(legacy))):
            if bid_id is not None:
                out[bid_id] = list(rec.legacy_answers(form, evidence))
    return {i: tuple(a) for i, a in out.items()}


def answers_problems(fields: Sequence[RecordField], answers: Sequence[RecordAnswer],
                     current: Sequence[RecordAnswer] = ()) -> list[str]:
    """`records.answer_problems`, except that an answer exactly as it is stored (`current`) is never refused: an
    answer saved under an older rule, or to a field the tender no longer asks, never blocks changing another one."""
    problems = rec.answer_problems(fields, answers)
    kept = [a for a in answers if a in set(current)]
    if not kept:
        return problems
    tolerated = set(rec.answer_problems(fields, kept))
    return [p for p in problems if p not in tolerated]


def canonical(fields: Sequence[RecordField], answers: Sequence[RecordAnswer]) -> tuple[RecordAnswer, ...]:
    """The answers as they are stored: the field's own spelling of its code, values and evidence trimmed."""
    by_code = {text_rules.identity_key(f.code): f.code for f in fields}
    return tuple(RecordAnswer(by_code.get(text_rules.identity_key(a.code), a.code.strip()), a.value.strip(),
                              a.evidence.strip()) for a in answers)


def write_answers(ws: Workspace, session: Session, bid: BidRow, answers: Sequence[RecordAnswer],
                  tender_ref: str, *, note: str = "") -> bool:
    """Make the bid's stored answers `answers` (already checked), in the caller's transaction: an answer whose value
    stays gets its evidence updated, a field's changed value updates its row, what is gone is deleted, what is new
    inserted, each row audited. A bid that still held its answers in its own 1.0.0-era columns has them cleared (and
    audited). `note` goes on every audit event (an import names its file). True if anything changed."""
    bid_id = row_id(bid)
    stored = list(session.exec(select(BidRecordRow).where(BidRecordRow.bid_id == bid_id).order_by(col(BidRecordRow.id))))
    legacy = not stored and bool(bid.org_form or bid.org_evidence)
    current = tuple(RecordAnswer(r.code, r.value, r.evidence) for r in stored) if not legacy else \
        rec.legacy_answers(bid.org_form, bid.org_evidence)
    if sorted(map(_key, current)) == sorted(map(_key, answers)):
        return False
    changed = False
    by_code: dict[str, tuple[list[BidRecordRow], list[RecordAnswer]]] = {}
    for r in stored:
        by_code.setdefault(text_rules.identity_key(r.code), ([], []))[0].append(r)
    for a in answers:
        by_code.setdefault(text_rules.identity_key(a.code), ([], []))[1].append(a)
    inserts: list[RecordAnswer] = []
    for old, new in by_code.values():
        same = {r.value: r for r in old}
        unmatched_new = [a for a in new if a.value not in same]
        kept_values = {a.value for a in new}
        unmatched_old = [r for r in old if r.value not in kept_values]
        for a in new:
            if a.value in same:
                changed |= _update(ws, session, same[a.value], a, tender_ref, note)
        for r, a in zip(unmatched_old, unmatched_new):
            changed |= _update(ws, session, r, a, tender_ref, note)
        for r in unmatched_old[len(unmatched_new):]:
            gone = r.snapshot()
            session.delete(r)
            session.flush()
            audit.append(session, actor=ws.actor, person=ws.person_name, action="delete", entity=BidRecordRow.__entity__,
                         entity_id=gone["id"], tender_ref=tender_ref, before=gone, after=None, note=note)
            changed = True
        inserts.extend(unmatched_new[len(unmatched_old):])
    for a in inserts:
        save(ws, session, BidRecordRow(bid_id=bid_id, code=a.code, value=a.value, evidence=a.evidence), "create",
             None, tender_ref, note=note)
        changed = True
    if bid.org_form or bid.org_evidence:  # the answers now live in their own rows
        before = bid.snapshot()
        bid.org_form, bid.org_evidence = "", ""
        save(ws, session, bid, "update", before, tender_ref,
             note="; ".join(filter(None, ("organisation answers moved to record rows", note))))
        changed = True
    return changed


def _key(a: RecordAnswer) -> tuple[str, str, str]:
    return text_rules.identity_key(a.code), a.value, a.evidence


def _update(ws: Workspace, session: Session, row: BidRecordRow, answer: RecordAnswer, tender_ref: str,
            note: str = "") -> bool:
    if (row.code, row.value, row.evidence) == (answer.code, answer.value, answer.evidence):
        return False
    before = row.snapshot()
    row.code, row.value, row.evidence = answer.code, answer.value, answer.evidence
    save(ws, session, row, "update", before, tender_ref, note=note)
    return True
