"""Wrong, truncated, tampered and hostile evaluator packs: each gets a clear error naming what is
wrong, and the workspace is left exactly as it was (audit head and row counts)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

import pytest

from coopeval.services.bids import entry as bids
from coopeval.services.packs.common import (
    CLOCK_TOLERANCE,
    NewerPackError,
    NotAPackError,
    TamperedPackError,
    WrongPackError,
)
from coopeval.services.panel import members as panel
from coopeval.services.publishing import files
from coopeval.services.rows import tender_row
from coopeval.services.workspace import Workspace
from coopeval.storage import audit
from coopeval.storage.sqlite import AUDIT_TRIGGERS
from coopeval.storage.tables import DeclarationRow, MemberRow, ResponseRow, ScoreRow, TenderRow
from tests.helpers.packs import (
    OFFICER,
    PACK_PASS,
    REF,
    do_import,
    export,
    give_passphrases,
    opened,
    reseal,
    returned,
    run_cli,
    score_in_pack,
    state,
)
from tests.helpers.workspaces import advance, build, copy_workspace, draft_tender, raw


def snapshot(con: sqlite3.Connection, model: type, row_id: int) -> dict:
    """A row as its audit snapshot records it (booleans as booleans)."""
    names = list(model.model_fields)
    values = con.execute(f'SELECT {", ".join(names)} FROM {model.__tablename__} WHERE id = ?', (row_id,)).fetchone()
    return {n: (bool(v) if model.model_fields[n].annotation is bool else v) for n, v in zip(names, values)}


def forge(con: sqlite3.Connection, *, action: str, entity: str, entity_id: int | None, after: dict,
          before: dict | None = None) -> None:
    """Append a correctly chained audit event, as someone who has read the source would."""
    seq, prev = con.execute("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1").fetchone()
    event = SimpleNamespace(seq=seq + 1, at=audit.now_utc(), actor="ann", action=action, entity=entity,
                            entity_id=entity_id, tender_ref=REF, before=None if before is None else audit.canonical(before),
                            after=audit.canonical(after), note="", prev_hash=prev)
    event.hash = audit.event_hash(event)
    con.execute("INSERT INTO audit_event (seq, at, actor, action, entity, entity_id, tender_ref, before, after, note, "
                "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (event.seq, event.at, event.actor, event.action, event.entity, event.entity_id, event.tender_ref,
                 event.before, event.after, event.note, event.prev_hash, event.hash))


def edited(pack: Path, *statements: str) -> Path:
    """The pack decrypted, edited with a database editor, and sealed again signed by its member."""
    with opened(pack) as plain:
        con = raw(plain)
        for statement in statements:
            con.execute(statement)
        con.close()
    return pack


def insert_score(con: sqlite3.Connection, member_id: int) -> int:
    cur = con.execute("INSERT INTO score (member_id, bid_id, measure_id, value, abstained, abstain_reason, rationale, "
                      "evidence_refs, status, created_at, updated_at, submitted_at) SELECT ?, bid_id, measure_id, 5, 0, "
                      "'', 'Planted.', '', 'submitted', created_at, updated_at, submitted_at FROM score LIMIT 1",
                      (member_id,))
    return cur.lastrowid


# --- the bad files, each built from a good one ----------------------------------------------------

def not_sqlite(ctx) -> Path:
    bad = ctx.tmp / "scores.coopeval-pack"
    bad.write_text("member,bid,score\nAnn,IP000,4\n", encoding="utf-8")
    return bad


def sealed_not_sqlite(ctx) -> Path:
    return reseal(not_sqlite(ctx), ctx.tmp / "sealed-scores.coopeval-pack", signer=None)


def truncated(ctx) -> Path:
    pack = returned(ctx.path)
    data = pack.read_bytes()
    pack.write_bytes(data[: len(data) // 2])
    return pack


def truncated_inside(ctx) -> Path:
    """A pack whose SQLite file was cut short before it was sealed (and signed)."""
    pack = returned(ctx.path)
    with opened(pack) as plain:
        data = plain.read_bytes()
        plain.write_bytes(data[: len(data) // 2])
    return pack


def plain_workspace(ctx) -> Path:
    other = ctx.tmp / "copy.coopeval"
    copy_workspace(ctx.path, other)
    return other


def sealed_workspace(ctx) -> Path:
    return reseal(plain_workspace(ctx), ctx.tmp / "copy.coopeval-pack", signer=None)


def foreign_sqlite(ctx) -> Path:
    bad = ctx.tmp / "notes.sqlite"
    con = sqlite3.connect(bad)
    con.execute("CREATE TABLE notes (body TEXT)")
    con.commit()
    con.close()
    return reseal(bad, ctx.tmp / "notes.coopeval-pack", signer=None)


def another_tender(ctx) -> Path:
    copy = ctx.tmp / "saved-copy.coopeval"  # "Save a copy": the same workspace id, then a tender only the copy has
    copy_workspace(ctx.path, copy)
    with Workspace.open(copy, actor=OFFICER) as ws:
        t2 = draft_tender(ws, "T2")
        advance(ws, t2, "evaluation")
    pack = export(copy, "Ann", ctx.tmp / "t2.coopeval-pack", reference="T2")
    score_in_pack(pack, reference="T2")
    return pack


def unrecorded_export(ctx) -> Path:
    copy = ctx.tmp / "saved-copy.coopeval"
    copy_workspace(ctx.path, copy)
    pack = export(copy, "Ann", ctx.tmp / "from-copy.coopeval-pack")
    score_in_pack(pack)
    return pack


def another_workspace(ctx) -> Path:
    other = ctx.tmp / "other" / "panel.coopeval"
    other.parent.mkdir()
    build(other, "evaluation")
    give_passphrases(other)
    pack = export(other, "Ann", ctx.tmp / "other.coopeval-pack")
    score_in_pack(pack)
    return pack


def member_inserted(ctx) -> Path:
    pack = returned(ctx.path)
    with opened(pack) as plain:
        con = raw(plain)
        member = con.execute("INSERT INTO member (tender_id, name, role, email) VALUES (1, 'Cal', 'chair', '')").lastrowid
        insert_score(con, member)
        con.close()
    return pack


def member_inserted_with_events(ctx) -> Path:
    pack = returned(ctx.path)
    with opened(pack) as plain:
        con = raw(plain)
        member = con.execute("INSERT INTO member (tender_id, name, role, email) VALUES (1, 'Cal', 'chair', '')").lastrowid
        forge(con, action="create", entity="member", entity_id=member, after=snapshot(con, MemberRow, member))
        score = insert_score(con, member)
        forge(con, action="score", entity="score", entity_id=score, after=snapshot(con, ScoreRow, score))
        con.close()
    return pack


def score_of_someone_else_with_events(ctx) -> Path:
    pack = returned(ctx.path)
    with opened(pack) as plain:
        con = raw(plain)
        score = insert_score(con, 7)  # a member id the pack does not hold
        forge(con, action="score", entity="score", entity_id=score, after=snapshot(con, ScoreRow, score))
        con.close()
    return pack


def score_edited(ctx) -> Path:
    return edited(returned(ctx.path), "UPDATE score SET value = 5 WHERE id = 1")


def history_rewritten(ctx) -> Path:
    """A response edited and every later event re-hashed, so the pack's own chain verifies again."""
    pack = returned(ctx.path)
    with opened(pack) as plain:
        con = raw(plain)
        con.execute("DROP TRIGGER audit_event_no_update")
        con.execute("UPDATE response SET text = 'A better answer.' WHERE id = 1")
        (seq,) = con.execute("SELECT max(seq) FROM audit_event WHERE entity = 'response' AND entity_id = 1").fetchone()
        con.execute("UPDATE audit_event SET after = ? WHERE seq = ?", (audit.canonical(snapshot(con, ResponseRow, 1)), seq))
        prev = con.execute("SELECT hash FROM audit_event WHERE seq = ?", (seq - 1,)).fetchone()[0]
        columns = "seq, at, actor, action, entity, entity_id, tender_ref, before, after, note, person"
        for row in con.execute(f"SELECT {columns} FROM audit_event WHERE seq >= ? ORDER BY seq", (seq,)).fetchall():
            event = SimpleNamespace(**dict(zip(columns.split(", "), row)), prev_hash=prev)
            prev = audit.event_hash(event)
            con.execute("UPDATE audit_event SET prev_hash = ?, hash = ? WHERE seq = ?", (event.prev_hash, prev, event.seq))
        con.execute(AUDIT_TRIGGERS[0])
        con.close()
        with Workspace.open(plain, read_only=True) as p, p.reading() as session:
            assert audit.verify(session).ok  # consistent on its own: only the workspace's recorded head catches it
    return pack


def newer_schema(ctx) -> Path:
    return edited(returned(ctx.path), "UPDATE alembic_version SET version_num = '0999'",
                  "UPDATE workspace_meta SET value = '9.0' WHERE key = 'last_written_by'")


def newer_format(ctx) -> Path:
    return edited(returned(ctx.path), "UPDATE workspace_meta SET value = '2' WHERE key = 'pack_format'")


def extra_trigger(ctx) -> Path:
    return edited(returned(ctx.path), "CREATE TRIGGER sneaky AFTER INSERT ON score BEGIN SELECT 1; END")


def extra_view(ctx) -> Path:
    return edited(returned(ctx.path), "CREATE VIEW v_scores AS SELECT * FROM score")


def extra_table(ctx) -> Path:
    return edited(returned(ctx.path), "CREATE TABLE payload (x BLOB)")


def facts_edited(ctx) -> Path:
    return edited(returned(ctx.path), "UPDATE workspace_meta SET value = 'Cal' WHERE key = 'pack_member'")


def binary_in_text(ctx) -> Path:
    return edited(returned(ctx.path), "UPDATE score SET rationale = X'00ff10' WHERE id = 1")


def resolved_own_interest(ctx) -> Path:
    pack = export(ctx.path)
    with opened(pack, signed=False) as plain, Workspace.open(plain, actor="ann") as p:
        view, _ = panel.declare(p, 1, interest="personal", nature="perceived", details="A friend works there.", bid_id=1)
        panel.resolve(p, view.id, resolution="no_action")
    score_in_pack(pack)
    return pack


def bid_edited_in_pack(ctx) -> Path:
    pack = export(ctx.path)
    with opened(pack, signed=False) as plain, Workspace.open(plain, actor="ann") as p:
        bids.set_response(p, 1, 4, text="What I wish they had said.")
    score_in_pack(pack)
    return pack


def kept_file_planted(ctx) -> Path:
    """A kept file (issue 18) slipped into a returned pack with a correctly chained event: a pack never holds one."""
    pack = returned(ctx.path)
    with opened(pack) as plain:
        con = raw(plain)
        values = {"tender_id": 1, "kind": "return", "version": 1, "media": "xlsx", "name": "planted.xlsx",
                  "sha256": hashlib.sha256(b"PK").hexdigest(), "size": 2, "setup_fingerprint": "",
                  "content_digest": "", "bid_identifier": "", "made_at": audit.now_utc()}
        ident = con.execute(f"INSERT INTO tender_file ({', '.join(values)}, data) VALUES "
                            f"({', '.join('?' * len(values))}, X'504b')", tuple(values.values())).lastrowid
        forge(con, action="keep_file", entity="tender_file", entity_id=ident, after={"id": ident, **values})
        con.close()
    return pack


def award_planted(ctx) -> Path:
    """An award (issue 19) slipped into a returned pack with a correctly chained event: the after-award record never
    travels in a pack."""
    pack = returned(ctx.path)
    with opened(pack) as plain:
        con = raw(plain)
        values = {"tender_id": 1, "bid_id": 1, "notice_date": "2026-03-02", "entered_on": None, "start_on": "2026-04-01",
                  "end_on": "2029-03-31", "value_pence": 100, "summaries_sent_on": None, "standstill_applies": True,
                  "standstill_exemption": "", "standstill_reason": "", "standstill_ends": None, "withdrawn": False, "withdrawn_reason": "", "made_at": audit.now_utc()}
        ident = con.execute(f"INSERT INTO award ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})",
                            tuple(values.values())).lastrowid
        forge(con, action="award", entity="award", entity_id=ident, after={"id": ident, **values})
        con.close()
    return pack


CASES: list[tuple[Callable, type, str]] = [
    (not_sqlite, NotAPackError, "not an evaluator pack CoopEval wrote: a pack is encrypted, and this file is not"),
    (sealed_not_sqlite, NotAPackError, "not a CoopEval evaluator pack: it is not an SQLite database"),
    (truncated, NotAPackError, "is damaged or incomplete .*cut short"),
    (truncated_inside, NotAPackError, r"is incomplete: it is .* bytes, and its header says"),
    (plain_workspace, NotAPackError, "a pack is encrypted, and this file is not"),
    (sealed_workspace, NotAPackError, "is a CoopEval workspace, not an evaluator pack"),
    (foreign_sqlite, NotAPackError, "is an SQLite database but not a CoopEval evaluator pack"),
    (another_tender, WrongPackError, "is a pack for tender T2, which is not in panel.coopeval"),
    (unrecorded_export, WrongPackError, "this workspace has no record of exporting it"),
    (another_workspace, WrongPackError, "was exported from another workspace, not from panel.coopeval"),
    (member_inserted, TamperedPackError, "member 2 was added without an audit event"),
    (member_inserted_with_events, TamperedPackError, r"it holds 1 tender\(s\) and 2 panel member\(s\)"),
    (score_of_someone_else_with_events, TamperedPackError, "belongs to someone other than Ann"),
    (score_edited, TamperedPackError, "score 1 differs from its last audit event"),
    (history_rewritten, TamperedPackError, "its audit history was rewritten"),
    (newer_schema, NewerPackError, r"written by CoopEval 9.0 \(schema 0999\).*Update CoopEval"),
    (newer_format, NewerPackError, "format 2, from a newer CoopEval"),
    (extra_trigger, NotAPackError, r"contains a trigger \(sneaky\) that CoopEval did not create"),
    (extra_view, NotAPackError, r"contains a view \(v_scores\), which CoopEval never creates"),
    (extra_table, NotAPackError, "tables are not as CoopEval writes them: it has table payload"),
    (facts_edited, TamperedPackError, "its recorded facts .* were edited"),
    (binary_in_text, NotAPackError, "score row 1, rationale holds 3 bytes of binary data"),
    (resolved_own_interest, TamperedPackError, r"\(resolve declaration\) changed what only the office may change"),
    (bid_edited_in_pack, TamperedPackError, r"response\) changed what only the office may change"),
    (kept_file_planted, TamperedPackError, "it holds tender_file rows, which a pack never holds"),
    (award_planted, TamperedPackError, "it holds award rows, which a pack never holds"),
]


@pytest.mark.parametrize(("make", "error", "message"), CASES, ids=[c[0].__name__ for c in CASES])
def test_a_bad_pack_is_refused_clearly_and_writes_nothing(panel_ws, tmp_path, make, error, message):
    path, t = panel_ws
    bad = make(SimpleNamespace(path=path, t=t, tmp=tmp_path))
    before = state(path)
    with pytest.raises(error, match=message) as caught:
        do_import(path, bad)
    assert "Nothing was imported" in str(caught.value) or "nothing was imported" in str(caught.value)
    assert state(path) == before


def test_a_pack_never_carries_the_tenders_kept_files(panel_ws):
    path, _ = panel_ws
    with Workspace.open(path, actor=OFFICER) as ws, ws.writing() as session:
        files.keep_file(ws, session, tender_row(session, REF), kind="questionnaire", media="pdf", name="T1.pdf",
                        data=b"%PDF-1.7 published")
    pack = returned(path)
    with opened(pack) as plain:
        con = raw(plain)
        (count,) = con.execute("SELECT count(*) FROM tender_file").fetchone()
        con.close()
    assert count == 0
    assert do_import(path, pack) is not None  # and the returned pack imports as ever


def test_the_command_line_says_what_is_wrong_without_a_traceback(panel_ws, monkeypatch):
    path, _ = panel_ws
    monkeypatch.setenv("COOPEVAL_PACK_PASSPHRASE", PACK_PASS)
    bad = score_edited(SimpleNamespace(path=path))
    before = state(path)
    code, out, err = run_cli("pack", "import", str(path), str(bad))
    assert code == 1 and out == ""
    assert err.startswith("coopeval: Ann-returned.coopeval-pack is not as CoopEval exported and returned it: after "
                          "export, score 1 differs from its last audit event.")
    assert "Traceback" not in err and state(path) == before


# --- edited content with the chain recomputed: the import rules, not the chain, must refuse it ------------
# Anyone can recompute the hash chain, so each of these packs is internally consistent: every row equals its
# last audit event and the head recorded at export is still in the chain. What stops them is the import
# re-applying what submitting in CoopEval applies.

SYNCED = {"score": ScoreRow, "declaration": DeclarationRow, "tender": TenderRow}


def rehash(con: sqlite3.Connection) -> None:
    """Recompute every event's links and hash, as someone who has read the source would."""
    columns = "seq, at, actor, action, entity, entity_id, tender_ref, before, after, note, person"
    prev = audit.GENESIS
    for row in con.execute(f"SELECT {columns} FROM audit_event ORDER BY seq").fetchall():
        event = SimpleNamespace(**dict(zip(columns.split(", "), row)), prev_hash=prev)
        prev = audit.event_hash(event)
        con.execute("UPDATE audit_event SET prev_hash = ?, hash = ? WHERE seq = ?", (event.prev_hash, prev, event.seq))


def rechained(pack: Path, *statements: str, sync: tuple[str, ...] = ("score",)) -> Path:
    """Run `statements` on the pack, make each row's last audit event match it, and recompute the chain."""
    with opened(pack) as plain:
        con = raw(plain)
        con.execute("DROP TRIGGER audit_event_no_update")
        for statement in statements:
            con.execute(statement)
        (exported,) = con.execute("SELECT seq FROM audit_event WHERE action = 'pack_create'").fetchone()
        for entity in sync:
            model = SYNCED[entity]
            for (ident,) in con.execute(f"SELECT id FROM {model.__tablename__}").fetchall():
                now = snapshot(con, model, ident)
                (last,) = con.execute("SELECT after FROM audit_event WHERE entity = ? AND entity_id = ? ORDER BY seq DESC",
                                      (entity, ident)).fetchone()
                was = json.loads(last)
                edits = {k: (was.get(k), v) for k, v in now.items() if was.get(k) != v}
                # Every event made in the pack: the edited values wherever the old ones stood, so each event
                # still starts where the one before it ended.
                for seq, before, after in con.execute(
                        "SELECT seq, before, after FROM audit_event WHERE entity = ? AND entity_id = ? AND seq > ?",
                        (entity, ident, exported)).fetchall():
                    before, after = (None if b is None else {k: edits[k][1] if k in edits and v == edits[k][0] else v
                                                             for k, v in json.loads(b).items()} for b in (before, after))
                    con.execute("UPDATE audit_event SET before = ?, after = ? WHERE seq = ?",
                                (None if before is None else audit.canonical(before), audit.canonical(after), seq))
        rehash(con)
        con.execute(AUDIT_TRIGGERS[0])
        con.close()
    return pack


def score_update(assignments: str) -> str:
    return f"UPDATE score SET {assignments} WHERE id = 1"


def empty_rationale(ctx) -> Path:
    return rechained(returned(ctx.path), score_update("rationale = '   '"))


def abstained_without_reason(ctx) -> Path:
    return rechained(returned(ctx.path), score_update("value = NULL, abstained = 1, abstain_reason = ''"))


def value_off_the_scale(ctx) -> Path:
    return rechained(returned(ctx.path), score_update("value = 7"))


def submitted_before_export(ctx) -> Path:
    return rechained(returned(ctx.path), score_update("submitted_at = '2020-01-01T09:00:00.000000Z'"))


def submitted_in_the_future(ctx) -> Path:
    return rechained(returned(ctx.path), score_update("submitted_at = '2099-01-01T09:00:00.000000Z'"))


def impossible_date(ctx) -> Path:
    return rechained(returned(ctx.path), score_update("updated_at = '2026-02-30T25:61:61Z'"))


def event_in_the_future(ctx) -> Path:
    return rechained(returned(ctx.path),
                     "UPDATE audit_event SET at = '2099-01-01T09:00:00.000000Z' WHERE seq = (SELECT max(seq) FROM audit_event)")


def nul_in_rationale(ctx) -> Path:
    return rechained(returned(ctx.path), score_update("rationale = 'Good' || char(0) || ' commitments, well evidenced.'"))


def control_character_in_reason(ctx) -> Path:
    return rechained(returned(ctx.path), score_update(
        "value = NULL, abstained = 1, abstain_reason = 'I know' || char(27) || '[2J them'"))


def migrate_rewrites_the_title(ctx) -> Path:
    pack = returned(ctx.path)
    with opened(pack) as plain:
        con = raw(plain)
        con.execute("UPDATE tender SET title = 'A different tender'")
        forge(con, action="migrate", entity="tender", entity_id=1, before={}, after=snapshot(con, TenderRow, 1))
        con.close()
    return pack


def workspace_event_with_content(ctx) -> Path:
    pack = returned(ctx.path)
    with opened(pack) as plain:
        con = raw(plain)
        forge(con, action="lock_takeover", entity="workspace", entity_id=None, after={"title": "A different tender"})
        con.close()
    return pack


def submit_changes_the_score(ctx) -> Path:
    """The `submit` event's snapshot and the row both say 4: submitting never changes a value."""
    pack = returned(ctx.path)
    with opened(pack) as plain:
        con = raw(plain)
        con.execute("DROP TRIGGER audit_event_no_update")
        con.execute(score_update("value = 4"))
        con.execute("UPDATE audit_event SET after = ? WHERE seq = (SELECT max(seq) FROM audit_event WHERE entity = 'score' "
                    "AND entity_id = 1)", (audit.canonical(snapshot(con, ScoreRow, 1)),))
        rehash(con)
        con.execute(AUDIT_TRIGGERS[0])
        con.close()
    return pack


def rescored_after_submitting(ctx) -> Path:
    pack = returned(ctx.path)
    with opened(pack) as plain:
        con = raw(plain)
        before = snapshot(con, ScoreRow, 1)
        con.execute(score_update("value = 4"))
        forge(con, action="rescore", entity="score", entity_id=1, before=before, after=snapshot(con, ScoreRow, 1))
        con.close()
    return pack


def declared_an_unknown_interest(ctx) -> Path:
    out = returned(ctx.path, declare=True)  # Ann declares no interest again in the pack
    with opened(out) as plain:
        con = raw(plain)
        (latest,) = con.execute("SELECT max(id) FROM declaration").fetchone()
        con.close()
    return rechained(out, f"UPDATE declaration SET interest = 'none', nature = 'actual' WHERE id = {latest}",
                     sync=("declaration",))


def reference_edited(ctx) -> Path:
    """The pack renamed to another tender in the workspace, everything recomputed to match."""
    with Workspace.open(ctx.path, actor=OFFICER) as ws:
        draft_tender(ws, "T2")
    pack = returned(ctx.path)
    with opened(pack) as plain:
        con = raw(plain)
        con.execute("DROP TRIGGER audit_event_no_update")
        con.execute("UPDATE tender SET reference = 'T2'")
        con.execute("UPDATE workspace_meta SET value = 'T2' WHERE key = 'tender_reference'")
        con.execute("UPDATE audit_event SET tender_ref = 'T2' WHERE tender_ref = 'T1'")
        (seq,) = con.execute("SELECT seq FROM audit_event WHERE action = 'pack_create'").fetchone()
        facts = {**json.loads(con.execute("SELECT after FROM audit_event WHERE seq = ?", (seq,)).fetchone()[0]),
                 "tender_reference": "T2"}
        con.execute("UPDATE audit_event SET after = ? WHERE seq = ?", (audit.canonical(facts), seq))
        (seq,) = con.execute("SELECT max(seq) FROM audit_event WHERE entity = 'tender'").fetchone()
        con.execute("UPDATE audit_event SET after = ? WHERE seq = ?", (audit.canonical(snapshot(con, TenderRow, 1)), seq))
        rehash(con)
        con.execute(AUDIT_TRIGGERS[0])
        con.close()
    return pack


REFUSED = "is not as CoopEval exported and returned it"
CONTENT_CASES: list[tuple[Callable, str]] = [
    (empty_rationale, "the score for .* has no rationale"),
    (abstained_without_reason, "the score for .* is an abstention without a reason"),
    (value_off_the_scale, "the score for .*: 7 is not a point on the"),
    (submitted_before_export, r"the score for .* was submitted at 2020-01-01T09:00:00.000000Z, before the pack was exported"),
    (submitted_in_the_future, r"the score for .* was submitted at 2099-01-01T09:00:00.000000Z, which is in the future"),
    (impossible_date, r"the score for .* was updated at '2026-02-30T25:61:61Z', which is not a real date and time"),
    (event_in_the_future, r"event \d+ \(submit score\) is dated 2099-01-01T09:00:00.000000Z, which is in the future"),
    (nul_in_rationale, "the score for .*'s rationale contains a NUL character at character 5"),
    (control_character_in_reason, r"reason for abstaining contains a control character \(U\+001B"),
    (migrate_rewrites_the_title, r"event \d+ \(migrate tender\) .*changed what only the office may change"),
    (workspace_event_with_content, r"event \d+ \(lock_takeover workspace\) carries content"),
    (submit_changes_the_score, r"event \d+ \(submit score\) changed more than submitting changes"),
    (rescored_after_submitting, r"event \d+ \(rescore score\) changed a submitted score"),
    (declared_an_unknown_interest, r"declaration \d+ .*gives the nature of an interest but declares none"),
]


@pytest.mark.parametrize(("make", "message"), CONTENT_CASES, ids=[c[0].__name__ for c in CONTENT_CASES])
def test_content_the_app_would_refuse_is_refused_even_with_the_chain_recomputed(panel_ws, tmp_path, make, message):
    path, t = panel_ws
    bad = make(SimpleNamespace(path=path, t=t, tmp=tmp_path))
    with opened(bad) as plain, Workspace.open(plain, read_only=True) as p, p.reading() as session:
        assert audit.verify(session).ok  # the pack's own chain is consistent: the chain alone cannot catch it
    before = state(path)
    with pytest.raises(TamperedPackError, match=message) as caught:
        do_import(path, bad)
    assert REFUSED in str(caught.value) and "Nothing was imported" in str(caught.value)
    assert "altered outside CoopEval" in str(caught.value)
    assert state(path) == before


def test_an_edited_tender_reference_is_named_as_tampering_not_as_the_other_tenders_status(panel_ws, tmp_path):
    path, t = panel_ws
    bad = reference_edited(SimpleNamespace(path=path, t=t, tmp=tmp_path))
    before = state(path)
    with pytest.raises(TamperedPackError) as caught:
        do_import(path, bad)
    message = str(caught.value)
    assert "does not match the tender it was exported from" in message or "altered outside CoopEval" in message
    assert "draft" not in message and "Nothing was imported" in message and "export a new pack" in message
    assert state(path) == before


def test_clocks_a_few_minutes_apart_are_tolerated(panel_ws):
    """The evaluator's computer five minutes slow: every stamp made in the pack predates the export."""
    path, _ = panel_ws
    pack = returned(path)
    with opened(pack) as plain:
        con = raw(plain)
        (exported,) = con.execute("SELECT value FROM workspace_meta WHERE key = 'exported_at'").fetchone()
        early = (dt.datetime.fromisoformat(exported) - dt.timedelta(minutes=5)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        (seq,) = con.execute("SELECT seq FROM audit_event WHERE action = 'pack_create'").fetchone()
        con.close()
    rechained(pack, f"UPDATE score SET updated_at = '{early}', submitted_at = '{early}'",
              f"UPDATE audit_event SET at = '{early}' WHERE seq > {seq}")
    outcome = do_import(path, pack)
    assert outcome.added == 2


def test_the_tolerance_is_one_named_constant_of_minutes():
    assert dt.timedelta(minutes=1) < CLOCK_TOLERANCE <= dt.timedelta(minutes=30)
