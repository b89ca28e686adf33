"""The hash-chained audit log against someone with a database editor: a row changed behind its event,
an event changed too, the whole chain recomputed, rows and events deleted or added."""

from __future__ import annotations

import json
import sqlite3

import pytest
from sqlalchemy.exc import DatabaseError

from coopeval.domain.lifecycle import LifecycleError
from coopeval.services.evaluation import scores as evaluation
from coopeval.services.setup import tenders
from coopeval.services.workspace import Workspace
from coopeval.storage import audit
from coopeval.storage.tables import AuditEventRow
from tests.helpers.workspaces import raw, staged_file

EVENT_COLUMNS = ("seq", "at", "actor", "action", "entity", "entity_id", "tender_ref", "before", "after", "note",
                 "prev_hash", "hash", "person")


@pytest.fixture
def scored(tmp_path_factory, tmp_path):
    """(path, tender, head) of a closed workspace whose tender has submitted scores."""
    path = tmp_path / "meals.coopeval"
    t = staged_file(tmp_path_factory, path, "scored")
    with Workspace.open(path, read_only=True) as ws:
        head = ws.audit_head()
    return path, t, head


def verify(path, **kwargs) -> audit.AuditReport:
    with Workspace.open(path, read_only=True) as ws, ws.reading() as s:
        return audit.verify(s, **kwargs)


def a_score(con: sqlite3.Connection, member: int) -> tuple[int, int]:
    """(score id, its value) of one of `member`'s scores."""
    return con.execute("SELECT id, value FROM score WHERE member_id = ? ORDER BY id LIMIT 1", (member,)).fetchone()


def last_event_for(con: sqlite3.Connection, entity: str, entity_id: int) -> tuple[int, str]:
    return con.execute("SELECT seq, after FROM audit_event WHERE entity = ? AND entity_id = ? ORDER BY seq DESC LIMIT 1",
                       (entity, entity_id)).fetchone()


def drop_triggers(con: sqlite3.Connection) -> None:
    for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_event'").fetchall():
        con.execute(f"DROP TRIGGER {name}")


def rehash_from(con: sqlite3.Connection, first_seq: int) -> None:
    """What a careful attacker does: recompute every hash from `first_seq` on so the chain is consistent."""
    prev = con.execute("SELECT hash FROM audit_event WHERE seq = ?", (first_seq - 1,)).fetchone()
    prev_hash = prev[0] if prev else audit.GENESIS
    rows = con.execute(f"SELECT {', '.join(EVENT_COLUMNS)} FROM audit_event WHERE seq >= ? ORDER BY seq",
                       (first_seq,)).fetchall()
    for values in rows:
        event = AuditEventRow(**dict(zip(EVENT_COLUMNS, values)))
        event.prev_hash = prev_hash
        event.hash = audit.event_hash(event)
        # Hashes are unique, so move each out of the way before writing the new one.
        con.execute("UPDATE audit_event SET prev_hash = ?, hash = ? WHERE seq = ?",
                    (event.prev_hash, "x" + event.hash, event.seq))
        prev_hash = event.hash
    con.execute("UPDATE audit_event SET hash = substr(hash, 2) WHERE seq >= ? AND hash LIKE 'x%'", (first_seq,))


def test_an_untouched_workspace_verifies_and_its_head_is_the_last_event(scored):
    path, _, head = scored
    report = verify(path, expect=head)
    assert report.ok, report.problems
    assert report.head == head and report.first_bad_seq is None
    con = raw(path)
    assert report.events == con.execute("SELECT count(*) FROM audit_event").fetchone()[0]
    con.close()


def test_every_change_is_audited_in_its_own_transaction(scored):
    path, t, head = scored
    with Workspace.open(path, actor="officer") as ws:
        tenders.create_tender(ws, reference="T2", title="Parks", scale=tenders.tender_scale(ws, "T1"))
        with ws.reading() as s:
            event = audit.history(s)[-1]
        assert (event.action, event.entity, event.actor, event.tender_ref) == ("create", "tender", "officer", "T2")
        assert event.before is None and json.loads(event.after)["reference"] == "T2"
        after_create = ws.audit_head()
        with pytest.raises(LifecycleError, match="submitted"):
            evaluation.save_score(ws, t.evaluator, t.bids[0], t.qualitative, value=1, rationale="refused")
        assert ws.audit_head() == after_create  # a refused action leaves no trace
        with ws.reading() as s:
            assert audit.verify(s, expect=head).ok  # the earlier head is still in the chain


def test_a_score_changed_behind_its_event_is_reported(scored):
    path, t, _ = scored
    con = raw(path)
    score_id, value = a_score(con, t.evaluator)
    seq, _ = last_event_for(con, "score", score_id)
    con.execute("UPDATE score SET value = ? WHERE id = ?", (1 if value != 1 else 2, score_id))
    con.close()
    report = verify(path)
    assert not report.ok
    assert report.first_bad_seq is None  # the chain itself is intact
    assert report.problems == [f"score {score_id} differs from its last audit event ({seq}): it was changed outside CoopEval"]


def test_an_event_edited_to_match_is_reported_by_its_sequence_number(scored):
    path, t, _ = scored
    con = raw(path)
    score_id, value = a_score(con, t.evaluator)
    seq, after = last_event_for(con, "score", score_id)
    forged = json.loads(after) | {"value": 5}
    con.execute("UPDATE score SET value = 5 WHERE id = ?", (score_id,))
    with pytest.raises(sqlite3.DatabaseError, match="audit events are never changed"):
        con.execute("UPDATE audit_event SET after = ? WHERE seq = ?", (audit.canonical(forged), seq))
    drop_triggers(con)
    con.execute("UPDATE audit_event SET after = ? WHERE seq = ?", (audit.canonical(forged), seq))
    con.close()
    report = verify(path)
    assert not report.ok
    assert report.first_bad_seq == seq
    assert report.problems == [f"event {seq} (submit score {score_id}) was altered: its hash does not match its contents"]


def test_a_recomputed_chain_passes_alone_but_not_against_the_recorded_head(scored):
    path, t, head = scored
    con = raw(path)
    score_id, _ = a_score(con, t.evaluator)
    drop_triggers(con)
    for seq, after in con.execute("SELECT seq, after FROM audit_event WHERE entity = 'score' AND entity_id = ?",
                                  (score_id,)).fetchall():
        con.execute("UPDATE audit_event SET after = ? WHERE seq = ?", (audit.canonical(json.loads(after) | {"value": 0}), seq))
    first = con.execute("SELECT min(seq) FROM audit_event WHERE entity = 'score' AND entity_id = ?", (score_id,)).fetchone()[0]
    con.execute("UPDATE score SET value = 0 WHERE id = ?", (score_id,))
    rehash_from(con, first)
    con.close()
    alone = verify(path)
    assert alone.ok, alone.problems
    assert alone.head != head
    against = verify(path, expect=head)
    assert not against.ok
    assert against.problems == [f"the recorded head {head} is not in this workspace's audit chain; "
                                "its history was rewritten or this is a different workspace"]


def test_a_deleted_row_is_reported(scored):
    path, t, _ = scored
    con = raw(path)
    score_id, _ = a_score(con, t.chair)
    seq, _ = last_event_for(con, "score", score_id)
    con.execute("DELETE FROM score WHERE id = ?", (score_id,))
    con.close()
    report = verify(path)
    assert report.problems == [f"score {score_id} was deleted outside CoopEval (last event {seq})"]


def test_a_row_added_outside_coopeval_is_reported(scored):
    path, t, _ = scored
    con = raw(path)
    con.execute("INSERT INTO member (tender_id, name, role, email) VALUES (?, 'Mallory', 'evaluator', '')", (t.id,))
    new_id = con.execute("SELECT last_insert_rowid()").fetchone()[0]
    con.close()
    assert verify(path).problems == [f"member {new_id} has no audit event: it was added outside CoopEval"]


def test_a_deleted_event_is_reported(scored):
    path, _, _ = scored
    con = raw(path)
    with pytest.raises(sqlite3.DatabaseError, match="audit events are never deleted"):
        con.execute("DELETE FROM audit_event WHERE seq = 3")
    drop_triggers(con)
    con.execute("DELETE FROM audit_event WHERE seq = 3")
    con.close()
    report = verify(path)
    assert report.first_bad_seq == 4
    assert report.problems[0] == "event 3 is missing (found 4 next)"


def test_a_truncated_history_is_caught_only_by_the_recorded_head(scored):
    """Deleting the newest change and its event leaves a consistent chain: the head kept outside the
    file (signed report, evaluator pack) is what shows the history was cut short."""
    path, _, head = scored
    with Workspace.open(path, actor="officer") as ws:
        tenders.create_tender(ws, reference="T2", title="Parks", scale=tenders.tender_scale(ws, "T1"))
        recorded = ws.audit_head()
    con = raw(path)
    drop_triggers(con)
    con.execute("DELETE FROM audit_event WHERE seq = (SELECT max(seq) FROM audit_event)")
    con.execute("DELETE FROM tender WHERE reference = 'T2'")
    con.close()
    assert verify(path).ok
    assert verify(path, expect=head).ok
    assert not verify(path, expect=recorded).ok


def test_triggers_refuse_changes_to_events_through_the_app_too(scored):
    path, _, _ = scored
    with Workspace.open(path, actor="officer") as ws:
        for statement, message in (("UPDATE audit_event SET note = 'x' WHERE seq = 1", "never changed"),
                                   ("DELETE FROM audit_event WHERE seq = 1", "never deleted")):
            with pytest.raises(DatabaseError, match=message):
                with ws.writing() as s:
                    s.connection().exec_driver_sql(statement)
        with ws.reading() as s:
            assert audit.verify(s).ok
