"""`audit.verify` reads a long chain and large tables a batch at a time: no ORM object per event
or per row, and every fault still found, in the same words and order, across batch boundaries."""

from __future__ import annotations

import pytest
from sqlalchemy import event

from coopeval.services.workspace import Workspace
from coopeval.storage import audit
from coopeval.storage.tables import AUDITED_TABLES, AuditEventRow
from tests.helpers.workspaces import raw, staged_file


@pytest.fixture
def scored(tmp_path_factory, tmp_path):
    path = tmp_path / "meals.coopeval"
    t = staged_file(tmp_path_factory, path, "scored")
    return path, t


def verify(path) -> audit.AuditReport:
    with Workspace.open(path, read_only=True) as ws, ws.reading() as s:
        return audit.verify(s)


def test_verify_makes_no_orm_object_per_event_or_row(scored):
    """The chain and the audited rows are read as plain values; only a table that hides secrets in
    its snapshot (people) is read as objects, a batch at a time."""
    path, _ = scored
    loaded: list[str] = []
    classes = [AuditEventRow, *(t for t in AUDITED_TABLES if t.snapshot is AUDITED_TABLES[0].snapshot)]

    def on_load(target, _context):
        loaded.append(type(target).__name__)

    for cls in classes:
        event.listen(cls, "load", on_load)
    try:
        report = verify(path)
    finally:
        for cls in classes:
            event.remove(cls, "load", on_load)
    assert report.ok and report.events > 20
    assert loaded == []


def test_faults_across_batches_are_all_reported_in_order(scored, monkeypatch):
    """A changed, an added and two deleted rows of one table, with batches of two rows: the same
    messages as ever, rows in id order, then deletions in the order the chain first named them."""
    monkeypatch.setattr(audit, "VERIFY_BATCH", 2)
    path, _ = scored
    con = raw(path)
    ids = [i for (i,) in con.execute("SELECT id FROM score ORDER BY id")]
    assert len(ids) >= 4
    changed, gone_late, gone_early = ids[1], ids[2], ids[0]
    last = {i: con.execute("SELECT max(seq) FROM audit_event WHERE entity = 'score' AND entity_id = ?",
                           (i,)).fetchone()[0] for i in ids}
    con.execute("UPDATE score SET rationale = rationale || ' (edited)' WHERE id = ?", (changed,))
    con.execute("DELETE FROM score WHERE id IN (?, ?)", (gone_late, gone_early))
    top = con.execute("SELECT max(id) FROM score").fetchone()[0]
    con.execute("INSERT INTO score (id, member_id, bid_id, measure_id, value, abstained, abstain_reason, rationale, "
                "evidence_refs, status, created_at, updated_at, submitted_at) SELECT ?, member_id, bid_id, "
                "measure_id + 100000, value, abstained, abstain_reason, rationale, evidence_refs, status, created_at, "
                "updated_at, submitted_at FROM score WHERE id = ?", (top + 1, ids[3]))
    con.close()
    report = verify(path)
    first = sorted([gone_early, gone_late],
                   key=lambda i: raw_first_seq(path, i))
    assert report.problems == [
        f"score {changed} differs from its last audit event ({last[changed]}): it was changed outside CoopEval",
        f"score {top + 1} has no audit event: it was added outside CoopEval",
        *(f"score {i} was deleted outside CoopEval (last event {last[i]})" for i in first),
    ]
    assert report.first_bad_seq is None


def raw_first_seq(path, ident: int) -> int:
    con = raw(path)
    try:
        return con.execute("SELECT min(seq) FROM audit_event WHERE entity = 'score' AND entity_id = ?",
                           (ident,)).fetchone()[0]
    finally:
        con.close()


def test_a_long_chain_verifies_in_small_batches_and_finds_an_altered_event(scored, monkeypatch):
    monkeypatch.setattr(audit, "VERIFY_BATCH", 3)
    path, _ = scored
    whole = verify(path)
    assert whole.ok
    con = raw(path)
    for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_event'").fetchall():
        con.execute(f"DROP TRIGGER {name}")
    con.execute("UPDATE audit_event SET note = 'rewritten' WHERE seq = 7")
    con.close()
    report = verify(path)
    assert report.first_bad_seq == 7
    assert report.events == whole.events and report.head == whole.head
    assert report.problems[0].startswith("event 7 (")
