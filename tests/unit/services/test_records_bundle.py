"""The records bundle written from the demo's signed-off tender: what it holds, its signed manifest, the audit event,
and what it refuses."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import zipfile
from pathlib import Path

import pytest
from sqlmodel import select

from coopeval.domain.errors import CoopEvalError
from coopeval.domain.lifecycle import LifecycleError
from coopeval.domain.progress import Cancelled
from coopeval.reporting import cms, verify
from coopeval.services.records.bundle import write_bundle
from coopeval.services.workspace import Workspace
from coopeval.storage import audit
from coopeval.storage.tables import AuditEventRow, TenderFileRow
from tests.helpers.records import Written, written_bundle
from tests.helpers.reports import DEMO_DONE, DEMO_OPEN, demo_copy

PARKS = "EVC-2025-009"  # the demo's tender in delivery, with evidence files kept


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Written:
    return written_bundle(tmp_path_factory)


def _manifest(bundle: Path) -> dict:
    with zipfile.ZipFile(bundle) as zf:
        return json.loads(zf.read("manifest.json"))


def test_the_bundle_holds_the_record_of_the_tender(made: Written) -> None:
    with zipfile.ZipFile(made.bundle) as zf:
        names = zf.namelist()
    assert names[:2] == ["manifest.json", "manifest.json.p7s"]
    assert f"report/{DEMO_DONE} moderation report.pdf" in names
    assert len([n for n in names if n.startswith("summaries/") and n.endswith(".pdf")]) == 4  # one per assessed bid
    for name in (f"tender/{DEMO_DONE}.json", f"audit/{DEMO_DONE}-audit.json", f"audit/{DEMO_DONE}-audit.csv",
                 "frameworks/coop-values-2.1.0.toml", "frameworks/example-local-measures-1.0.0.toml"):
        assert name in names
    listed = {e["name"]: e for e in _manifest(made.bundle)["entries"]}
    assert set(listed) == set(names) - {"manifest.json", "manifest.json.p7s"}
    with zipfile.ZipFile(made.bundle) as zf:
        for name, entry in listed.items():
            data = zf.read(name)
            assert (hashlib.sha256(data).hexdigest(), len(data)) == (entry["sha256"], entry["size"])


def test_the_manifest_says_what_the_bundle_was_made_from(made: Written) -> None:
    manifest = _manifest(made.bundle)
    assert manifest["format"] == 1
    assert manifest["tender"]["reference"] == DEMO_DONE
    assert manifest["retention"] == {"until": None, "text": "to be set at award", "source": "unset"}
    assert manifest["made_by"] == "Test Runner"
    assert manifest["signed_by"] == "Olu Adebayo"
    frameworks = {f["id"]: f for f in manifest["frameworks"]}
    assert frameworks["coop-values"]["licence"] and frameworks["coop-values"]["source"]
    with Workspace.open(made.workspace, read_only=True) as ws, ws.reading() as session:
        events = audit.history(session)
    bundle_event = events[-1]
    assert manifest["audit_head"] == events[-2].hash  # the head before the bundle's own event
    assert bundle_event.action == "records_bundle" and bundle_event.entity == "tender"
    assert bundle_event.tender_ref == DEMO_DONE
    assert made.view.manifest_sha256 in bundle_event.note and "records.zip" in bundle_event.note
    with zipfile.ZipFile(made.bundle) as zf:
        assert hashlib.sha256(zf.read("manifest.json")).hexdigest() == made.view.manifest_sha256


def test_the_manifest_signature_is_detached_cms_by_the_key_given(made: Written) -> None:
    with zipfile.ZipFile(made.bundle) as zf:
        data, signature = zf.read("manifest.json"), zf.read("manifest.json.p7s")
    roots = verify.load_trust_roots([made.cert])
    status = cms.verify_detached(data, signature, roots)
    assert (status.intact, status.valid, status.trusted, status.signer) == (True, True, True, "Olu Adebayo")
    assert not cms.verify_detached(data.replace(b"Test Runner", b"Test Rummer"), signature, roots).intact


def test_the_audit_log_is_complete_in_json_and_csv(made: Written) -> None:
    with zipfile.ZipFile(made.bundle) as zf:
        events = json.loads(zf.read(f"audit/{DEMO_DONE}-audit.json"))
        text = zf.read(f"audit/{DEMO_DONE}-audit.csv").decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == len(events) == _manifest(made.bundle)["audit_events"]
    assert all(e["tender_ref"] == DEMO_DONE for e in events)
    assert [r["Hash"] for r in rows] == [e["hash"] for e in events]
    assert [r["Previous hash"] for r in rows] == [e["prev_hash"] for e in events]
    first = events[0]
    assert set(first) >= {"seq", "at", "actor", "person", "action", "entity", "before", "after", "note", "hash"}
    day = rows[0]["When (UTC)"]
    assert day.split()[1] in ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def test_the_workspace_chain_still_verifies_after_the_bundle_event(made: Written) -> None:
    with Workspace.open(made.workspace, read_only=True) as ws, ws.reading() as session:
        assert audit.verify(session).ok


def test_kept_files_go_in_with_their_stored_bytes(tmp_path_factory: pytest.TempPathFactory) -> None:
    made = written_bundle(tmp_path_factory, PARKS)
    with Workspace.open(made.workspace, read_only=True) as ws, ws.reading() as session:
        kept = {f.sha256 for f in session.exec(select(TenderFileRow))
                if f.kind == "evidence"}
    manifest = _manifest(made.bundle)
    evidence = [e for e in manifest["entries"] if e["kind"] == "evidence"]
    assert evidence and all(e["name"].startswith("files/evidence/") for e in evidence)
    assert {e["sha256"] for e in evidence} == kept
    assert manifest["retention"]["source"] == "contract"


def test_a_tender_not_signed_off_has_no_bundle(tmp_path_factory: pytest.TempPathFactory, tmp_path: Path,
                                                made: Written) -> None:
    workspace = demo_copy(tmp_path_factory, tmp_path / "demo.coopeval")
    with Workspace.open(workspace) as ws, pytest.raises(LifecycleError, match="signed-off"):
        write_bundle(ws, DEMO_OPEN, tmp_path / "b.zip", key=made.key)
    assert not (tmp_path / "b.zip").exists()


def test_a_cancelled_bundle_leaves_no_file_and_no_event(tmp_path_factory: pytest.TempPathFactory, tmp_path: Path,
                                                        made: Written) -> None:
    workspace = demo_copy(tmp_path_factory, tmp_path / "demo.coopeval")
    asked = []

    def cancel() -> bool:
        asked.append(1)
        return len(asked) > 8  # after the report, summaries and manifest: at the very end

    with Workspace.open(workspace) as ws, pytest.raises(Cancelled):
        write_bundle(ws, DEMO_DONE, tmp_path / "b.zip", key=made.key, cancel=cancel)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.coopeval"]
    with Workspace.open(workspace, read_only=True) as ws, ws.reading() as session:
        assert not session.exec(select(AuditEventRow).where(AuditEventRow.action == "records_bundle")).first()


def test_a_kept_file_changed_behind_coopevals_back_stops_the_bundle(tmp_path_factory: pytest.TempPathFactory,
                                                                    tmp_path: Path, made: Written) -> None:
    import sqlite3

    workspace = demo_copy(tmp_path_factory, tmp_path / "demo.coopeval")
    with sqlite3.connect(workspace) as db:
        db.execute("UPDATE tender_file SET data = CAST(X'00' || data AS BLOB) WHERE kind = 'evidence'")
    with Workspace.open(workspace) as ws, pytest.raises(CoopEvalError, match="no longer matches"):
        write_bundle(ws, PARKS, tmp_path / "b.zip", key=made.key)
    assert not (tmp_path / "b.zip").exists()


def test_summaries_with_gaps_are_recorded_by_the_bundle_event_alone(tmp_path_factory: pytest.TempPathFactory,
                                                                    tmp_path: Path, made: Written) -> None:
    """Regulation 31 gaps in the summaries go into the manifest and the bundle's own audit event, never an event of
    their own: a cancelled bundle leaves nothing behind, a finished one names the gaps."""
    import sqlite3

    workspace = demo_copy(tmp_path_factory, tmp_path / "demo.coopeval")
    with sqlite3.connect(workspace) as db:  # a reason that says nothing about the bid: a regulation 31 gap
        db.execute("UPDATE consensus SET rationale = 'Meets the standard.' WHERE id = (SELECT MIN(c.id) FROM "
                   "consensus c JOIN bid b ON b.id = c.bid_id JOIN tender t ON t.id = b.tender_id "
                   "WHERE t.reference = ? AND c.value IS NOT NULL)", (DEMO_DONE,))
    asked: list[int] = []

    def cancel() -> bool:
        asked.append(1)
        return len(asked) > 8

    def actions(ws: Workspace) -> list[AuditEventRow]:
        with ws.reading() as session:
            return list(session.exec(select(AuditEventRow).where(
                AuditEventRow.action.in_(("summaries_forced", "records_bundle")))))  # type: ignore[attr-defined]

    with Workspace.open(workspace) as ws:
        with pytest.raises(Cancelled):
            write_bundle(ws, DEMO_DONE, tmp_path / "b.zip", key=made.key, cancel=cancel)
        assert actions(ws) == [] and not (tmp_path / "b.zip").exists()
        write_bundle(ws, DEMO_DONE, tmp_path / "b.zip", key=made.key)
        [event] = actions(ws)
    assert event.action == "records_bundle" and "regulation 31 problem(s), listed in the manifest" in event.note
    assert any(note.startswith("problem: ") for note in _manifest(tmp_path / "b.zip")["summary_warnings"])
