"""Evaluator packs: export exactly one member's share, score in the pack, return it, import it back;
re-import changes nothing; different submitted scores are listed and only replaced on request."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from coopeval.domain.errors import CoopEvalError
from coopeval.services.bids import entry as bids
from coopeval.services.demo import build_demo
from coopeval.services.evaluation import items as scoring_items
from coopeval.services.evaluation import scores as evaluation
from coopeval.services.packs import sealed
from coopeval.services.packs.common import (
    NotSignedByMemberError,
    PackConflictError,
    PackError,
    PackNotReturnedError,
    WrongPackError,
    default_return_path,
    pack_info,
)
from coopeval.services.packs.export import export_pack
from coopeval.services.packs.returning import return_pack
from coopeval.services.panel import members as panel
from coopeval.services.workspace import Workspace
from coopeval.storage import audit
from tests.helpers.packs import (
    OFFICER,
    PACK_PASS,
    PASSPHRASES,
    RATIONALE,
    REF,
    do_import,
    export,
    give_passphrases,
    opened,
    returned,
    run_cli,
    score_in_pack,
    state,
)
from tests.helpers.workspaces import copy_workspace, staged_file


def my_scores(path: Path, member: str = "Ann") -> dict:
    with Workspace.open(path, read_only=True) as ws:
        m = panel.find_member(ws, REF, member)
        return {(s.bid_id, s.measure_id): s for s in evaluation.my_scores(ws, m.id)}


def events(path: Path, action: str) -> list:
    with Workspace.open(path, read_only=True) as ws, ws.reading() as session:
        return [e for e in audit.history(session) if e.action == action]


# --- the round trip -----------------------------------------------------------------------------

def lo4_values(path: Path) -> dict:
    """Ann's submitted LOC-04 score for each bid (None: none submitted), read directly: results stay
    hidden while the tender is in evaluation."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = con.execute("SELECT b.identifier, (SELECT s.value FROM score s JOIN member m ON m.id = s.member_id "
                           "JOIN tender_measure tm ON tm.id = s.measure_id WHERE s.bid_id = b.id AND m.name = 'Ann' "
                           "AND tm.code = 'LOC-04' AND s.status = 'submitted') FROM bid b").fetchall()
    finally:
        con.close()
    return dict(rows)


def test_round_trip_merges_the_submitted_scores_with_events_naming_the_pack(panel_ws):
    path, t = panel_ws
    assert lo4_values(path) == {"IP000": None, "IP001": None}
    pack = returned(path, value=2)
    result = do_import(path, pack)
    assert (result.added, result.declarations, result.overridden) == (2, 0, 0)
    assert result.summary() == "Imported Ann's evaluator pack Ann-returned.coopeval-pack for T1: 2 new score(s)."
    scores = my_scores(path)
    assert {k: (s.value, s.status) for k, s in scores.items()} == {(b, t.qualitative): (2, "submitted") for b in t.bids}
    assert lo4_values(path) == {"IP000": 2, "IP001": 2}  # Ann's scores are in the workspace, submitted
    imported = events(path, "pack_import")
    assert [e.entity for e in imported] == ["score", "score", "evaluator_pack"]
    assert all("from evaluator pack Ann-returned.coopeval-pack" in e.note for e in imported[:2])
    summary = json.loads(imported[-1].after)
    assert summary["member"] == "Ann" and summary["added"] == 2 and summary["pack_file"] == pack.name
    with Workspace.open(path, read_only=True) as ws:
        with ws.reading() as session:
            assert audit.verify(session).ok
        assert evaluation.progress(ws, t.evaluator).submitted


def test_pack_chain_verifies_and_records_its_export(panel_ws):
    path, _ = panel_ws
    head_before = state(path)[0]
    pack = export(path)
    with sealed.decrypted(pack, PACK_PASS) as plain, Workspace.open(plain.plain, read_only=True) as p:
        info = pack_info(p)
        with p.reading() as session:
            report = audit.verify(session)
        meta = dict(sqlite3.connect(plain.plain).execute("SELECT key, value FROM workspace_meta").fetchall())
    assert report.ok and info.member == "Ann" and info.tender_reference == REF
    (record,) = events(path, "pack_export")
    after = json.loads(record.after)
    assert after["member"] == "Ann" and after["pack_file"] == pack.name and after["pack_head"] == report.head
    assert record.note.startswith("exported an evaluator pack for Ann to Ann.coopeval-pack")
    assert meta["kind"] == "evaluator-pack" and meta["source_audit_head"] == head_before
    assert meta["tender_reference"] == REF and len(meta["setup_fingerprint"]) == 64


def test_reimporting_the_same_pack_changes_nothing_and_says_so(panel_ws):
    path, _ = panel_ws
    pack = returned(path)
    do_import(path, pack)
    settled = state(path)
    again = do_import(path, pack)
    assert not again.changed
    assert again.summary() == "Nothing changed: Ann's declarations and scores in Ann-returned.coopeval-pack are already in the workspace."
    assert state(path) == settled


def test_a_pack_not_returned_is_refused(panel_ws):
    path, _ = panel_ws
    pack = export(path)
    score_in_pack(pack, submit=False)
    settled = state(path)
    with pytest.raises(NotSignedByMemberError, match="not written by Ann: it is not signed.*choose Return pack"):
        do_import(path, pack)  # as the app saves it while Ann works: unsigned
    with opened(pack, signed=True):
        pass  # signed by Ann, but her scores are still drafts
    with pytest.raises(PackNotReturnedError, match="has not submitted their scores .* choose Return pack"):
        do_import(path, pack)
    assert state(path) == settled


def test_return_pack_refuses_until_every_item_is_scored(panel_ws):
    path, _ = panel_ws
    pack = export(path)
    with sealed.working_copy(pack, PACK_PASS) as plain, Workspace.open(plain) as p:
        with pytest.raises(Exception, match="cannot be submitted yet: 2 item"):
            return_pack(p, default_return_path(pack), pack_passphrase=PACK_PASS, passphrase=PASSPHRASES["Ann"])
    assert not default_return_path(pack).exists()


def test_different_submitted_scores_are_listed_and_change_nothing_until_the_pack_is_preferred(panel_ws):
    path, t = panel_ws
    pack = export(path)
    score_in_pack(pack, value=2)
    with Workspace.open(path, actor="ann") as ws:  # meanwhile Ann scored in the office too
        for bid in t.bids:
            evaluation.save_score(ws, t.evaluator, bid, t.qualitative, value=4, rationale=RATIONALE)
        evaluation.submit_scores(ws, t.evaluator)
    settled = state(path)
    with pytest.raises(PackConflictError) as caught:
        do_import(path, pack)
    assert caught.value.differences == ["IP000 LOC-04: workspace 4, pack 2 (rationales differ)",
                                        "IP001 LOC-04: workspace 4, pack 2 (rationales differ)"]
    assert "nothing was imported" in str(caught.value) and "--prefer pack --reason TEXT" in str(caught.value)
    assert state(path) == settled
    with pytest.raises(CoopEvalError, match="reason for preferring"):
        do_import(path, pack, prefer="pack", reason=" ")
    result = do_import(path, pack, prefer="pack", reason="Ann confirmed the pack holds her considered scores.")
    assert result.overridden == 2 and result.added == 0
    assert {s.value for s in my_scores(path).values()} == {2}
    overrides = events(path, "pack_override")
    assert len(overrides) == 2
    assert all("preferred: Ann confirmed the pack holds her considered scores." in e.note for e in overrides)
    assert json.loads(events(path, "pack_import")[-1].after)["reason"].startswith("Ann confirmed")


def test_a_declaration_made_in_the_pack_is_appended_then_scores_merge(panel_ws):
    path, t = panel_ws
    with Workspace.open(path, actor=OFFICER) as ws:
        panel.add_member(ws, REF, name="Dee", role="evaluator")
    give_passphrases(path, ["Dee"])
    pack = export(path, "Dee")
    score_in_pack(pack, 3, member="Dee", declare=True)
    result = do_import(path, pack)
    assert (result.declarations, result.added) == (1, 2)
    with Workspace.open(path, read_only=True) as ws:
        dee = panel.find_member(ws, REF, "Dee")
        (declaration,) = [d for d in panel.register(ws, REF) if d.member_id == dee.id]
        assert declaration.interest == "none" and evaluation.progress(ws, dee.id).submitted
    assert not do_import(path, pack).changed  # the declaration is recognised, not appended twice


def test_export_refuses_what_a_pack_cannot_carry(panel_ws, tmp_path_factory, tmp_path):
    path, t = panel_ws
    with Workspace.open(path, actor=OFFICER) as ws:
        with pytest.raises(PackError, match="only evaluators and the chair score"):
            export_pack(ws, REF, "Oz", tmp_path / "oz.coopeval-pack", passphrase=PACK_PASS)
        with pytest.raises(Exception, match="Nobody is not on the panel"):
            export_pack(ws, REF, "Nobody", tmp_path / "x.coopeval-pack", passphrase=PACK_PASS)
        export_pack(ws, REF, "Ann", tmp_path / "ann.coopeval-pack", passphrase=PACK_PASS)
        with pytest.raises(PackError, match="already exists"):
            export_pack(ws, REF, "Ann", tmp_path / "ann.coopeval-pack", passphrase=PACK_PASS)
    scored = tmp_path / "scored.coopeval"
    staged_file(tmp_path_factory, scored, "scored")
    with Workspace.open(scored, actor=OFFICER) as ws:
        with pytest.raises(PackError, match="already submitted their scores"):
            export_pack(ws, REF, "Ann", tmp_path / "late.coopeval-pack", passphrase=PACK_PASS)
    draft = tmp_path / "draft.coopeval"
    staged_file(tmp_path_factory, draft, "draft")
    with Workspace.open(draft, actor=OFFICER) as ws:
        with pytest.raises(PackError, match="only while a tender is in evaluation"):
            export_pack(ws, REF, "Ann", tmp_path / "early.coopeval-pack", passphrase=PACK_PASS)
    assert not any((tmp_path / n).exists() for n in ("oz.coopeval-pack", "late.coopeval-pack", "early.coopeval-pack"))


def test_a_changed_bid_since_export_is_named_and_nothing_is_imported(panel_ws):
    path, t = panel_ws
    pack = returned(path)
    with Workspace.open(path, actor=OFFICER) as ws:
        bids.set_response(ws, t.bids[1], t.qualitative, text="A late correction to the response.")
    settled = state(path)
    with pytest.raises(WrongPackError, match=r"T1 has changed since Ann's pack was exported \(bid IP001 or its responses\)"):
        do_import(path, pack)
    assert state(path) == settled


def test_scores_for_a_bid_the_member_is_now_excluded_from_are_refused(panel_ws):
    path, t = panel_ws
    pack = returned(path)
    with Workspace.open(path, actor=OFFICER) as ws:
        view, _ = panel.declare(ws, t.evaluator, interest="personal", nature="actual", details="My brother runs it.",
                                bid_id=t.bids[0])
        panel.resolve(ws, view.id, resolution="excluded")
    settled = state(path)
    with pytest.raises(WrongPackError, match="Ann may not score some of what .* IP000 LOC-04: Ann is excluded"):
        do_import(path, pack)
    assert state(path) == settled


# --- what a pack holds, read directly --------------------------------------------------------------

@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    return build_demo(tmp_path_factory.mktemp("packs-demo") / "demo.coopeval")  # members know their passphrases


def all_text(path: Path) -> str:
    """Every value in every table of the (decrypted) file, as one text, read with plain sqlite3."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return "\n".join(str(v) for t in tables for row in con.execute(f'SELECT * FROM "{t}"') for v in row)
    finally:
        con.close()


@pytest.mark.parametrize("member", ["Deborah Nwosu", "Priya Raman"])
def test_a_pack_holds_no_other_members_names_scores_notes_or_declarations(demo_template, tmp_path, member):
    path = tmp_path / "demo.coopeval"
    copy_workspace(demo_template, path)
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    others = [r[0] for r in con.execute("SELECT name FROM member WHERE tender_id = "
                                        "(SELECT id FROM tender WHERE reference = 'EVC-2026-021')")]
    mine = {r[0] for r in con.execute(
        "SELECT s.rationale FROM score s JOIN member m ON m.id = s.member_id WHERE m.name = :n UNION ALL "
        "SELECT d.details FROM declaration d JOIN member m ON m.id = d.member_id WHERE m.name = :n UNION ALL "
        "SELECT d.resolution_note FROM declaration d JOIN member m ON m.id = d.member_id WHERE m.name = :n",
        {"n": member})}
    theirs = [r[0] for r in con.execute(
        "SELECT rationale FROM score UNION ALL SELECT abstain_reason FROM score UNION ALL "
        "SELECT details FROM declaration UNION ALL SELECT resolution_note FROM declaration")]
    resolvers = {r[0] for r in con.execute("SELECT d.resolved_by FROM declaration d JOIN member m ON m.id = d.member_id "
                                           "WHERE m.name = ? AND d.resolved_by IS NOT NULL", (member,))}
    con.close()
    assert len(others) == 4 and len(theirs) > 20
    sealed_pack = export(path, member, reference="EVC-2026-021")
    folder = tmp_path / "decrypted"
    folder.mkdir()
    pack = sealed.unseal(sealed_pack, PACK_PASS, folder).plain
    text = all_text(pack)
    for name in others:  # the officer who resolved her own declaration is named on it
        assert (name in text) == (name == member or name in resolvers), name
    assert member.encode() not in sealed_pack.read_bytes()  # sealed: not even her name is readable
    for note in theirs:
        if note and note not in mine:
            assert note not in text, note
    con = sqlite3.connect(f"file:{pack}?mode=ro", uri=True)
    assert [r[0] for r in con.execute("SELECT name FROM member")] == [member]
    assert con.execute("SELECT count(DISTINCT member_id) FROM score").fetchone()[0] <= 1
    assert con.execute("SELECT count(*) FROM declaration WHERE member_id != 1").fetchone()[0] == 0
    for table in ("consensus", "sign_off", "clarification", "framework"):
        assert con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
    young_vale = con.execute("SELECT id, address, org_evidence FROM bid WHERE legal_name = 'Young Vale Trust'").fetchone()
    responses = con.execute("SELECT count(*) FROM response WHERE bid_id = ?", (young_vale[0],)).fetchone()[0]
    if member == "Deborah Nwosu":  # excluded from Young Vale: its name travels (her declaration names it), nothing else
        assert young_vale[1:] == ("", "") and responses == 0
        assert con.execute("SELECT count(*) FROM declaration").fetchone()[0] == 2
    else:
        assert young_vale[1] != "" and responses > 0
        assert con.execute("SELECT count(*) FROM score WHERE status = 'draft'").fetchone()[0] == 5  # her drafts travel
    assert [r[0] for r in con.execute("SELECT name FROM person")] == [member]  # only her own person row
    con.close()


def test_an_excluded_member_scores_only_what_they_may_see_in_the_pack(demo_template, tmp_path):
    path = tmp_path / "demo.coopeval"
    copy_workspace(demo_template, path)
    pack = export(path, "Deborah Nwosu", reference="EVC-2026-021")
    with sealed.decrypted(pack, PACK_PASS) as plain, Workspace.open(plain.plain) as p:
        m = panel.find_member(p, "EVC-2026-021", "Deborah Nwosu")
        sheet = scoring_items.scoring_sheet(p, m.id)
    assert sheet.access == scoring_items.OK and sheet.hidden_excluded == 1
    assert {i.bid_name for i in sheet.items}.isdisjoint({"Young Vale Trust"}) and len(sheet.items) == 8


# --- the command line --------------------------------------------------------------------------

def test_cli_exports_imports_and_lists_a_conflict(panel_ws, monkeypatch):
    path, t = panel_ws
    monkeypatch.setenv("COOPEVAL_PACK_PASSPHRASE", PACK_PASS)
    out = path.with_name("ann.coopeval-pack")
    code, text, err = run_cli("pack", "export", str(path), "--tender", REF, "--member", "Ann", "--out", str(out))
    assert code == 0 and err == "" and text.startswith(f"Wrote {out}: Ann's evaluator pack for T1, 2 bid(s) to score.")
    score_in_pack(out, 1)
    with Workspace.open(path, actor="ann") as ws:
        for bid in t.bids:
            evaluation.save_score(ws, t.evaluator, bid, t.qualitative, value=5, rationale=RATIONALE)
        evaluation.submit_scores(ws, t.evaluator)
    code, text, err = run_cli("pack", "import", str(path), str(out))
    assert code == 1 and "IP000 LOC-04: workspace 5, pack 1" in err and "Traceback" not in err
    code, _, err = run_cli("pack", "import", str(path), str(out), "--prefer", "pack")
    assert code == 1 and "--prefer pack needs --reason TEXT" in err
    code, text, err = run_cli("pack", "import", str(path), str(out), "--prefer", "pack", "--reason", "Agreed with Ann.")
    assert code == 0 and "2 score(s) replacing different submitted ones" in text
    code, text, _ = run_cli("pack", "import", str(path), str(out))
    assert code == 0 and text.startswith("Nothing changed")
