"""A report names its tender and audit head in its own document-info key, /CoopEvalReport (JSON, in
the signed revision), and `verify --workspace` reads them back exactly: a reference holding ";" or
"tender=" verifies against its own tender, never another. Before, the reference was cut out of the
Keywords at the first ";", so "EVC;014" failed a genuine report and "T1; tender=T2" was checked
against tender T2. Reports made before the key existed are still read, exactly, from their Keywords."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pypdf
import pytest

from coopeval.reporting.layout import IDENTITY_KEY
from coopeval.reporting.verify import identity_from_info, identity_from_keywords
from coopeval.services.signoff import actions as signoff
from coopeval.services.workspace import Workspace
from tests.helpers.workspaces import advance, copy_workspace, create_workspace, draft_tender

HEAD = "ab" * 32
SEMICOLON = "EVC;2026/014"
DISGUISED = "T1; tender=T2"  # a reference that, cut at ";", names tender T2


@pytest.fixture(scope="module")
def workspace_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three signed-off tenders: T2, then one whose reference holds ";", then one that names T2."""
    path = tmp_path_factory.mktemp("identity") / "master.coopeval"
    with create_workspace(path) as ws:
        for reference in ("T2", SEMICOLON, DISGUISED):
            advance(ws, draft_tender(ws, reference), "signed_off")
    return path


@pytest.fixture
def workspace(workspace_master: Path, tmp_path: Path) -> Path:
    target = tmp_path / "w.coopeval"
    copy_workspace(workspace_master, target)
    return target


def signed_report(run, workspace: Path, reference: str, out: Path) -> Path:
    code, stdout, err = run("report", workspace, "--tender", reference, "--out", out, "--self-signed")
    assert code == 0, err
    return out


def test_the_identity_is_a_document_info_key_holding_json(run, workspace, tmp_path):
    report = signed_report(run, workspace, DISGUISED, tmp_path / "r.pdf")
    info = pypdf.PdfReader(report).trailer["/Info"].get_object()
    identity = json.loads(str(info[f"/{IDENTITY_KEY}"]))
    assert identity["tender_ref"] == DISGUISED and identity["kind"] == "moderation report"
    assert len(identity["audit_head"]) == 64


def test_a_genuine_report_of_a_reference_with_a_semicolon_verifies_against_its_workspace(run, workspace, tmp_path):
    report = signed_report(run, workspace, SEMICOLON, tmp_path / "r.pdf")
    code, out, err = run("verify", report, "--workspace", workspace)
    assert code == 0, out + err
    assert f"tender {SEMICOLON}, made from audit head" in out
    assert "ok   audit head: the report's audit head is in w.coopeval's intact chain" in out
    assert f"tender {SEMICOLON} has not changed since" in out


def test_a_reference_naming_another_tender_is_checked_as_itself_not_as_that_tender(run, workspace, tmp_path):
    report = signed_report(run, workspace, DISGUISED, tmp_path / "r.pdf")
    code, out, err = run("verify", report, "--workspace", workspace)
    assert code == 0, out + err
    assert f"tender {DISGUISED} has not changed since" in out
    with Workspace.open(workspace) as ws:
        signoff.reopen(ws, DISGUISED, "A score was mis-keyed.")
    code, out, err = run("verify", report, "--workspace", workspace)
    # The tender the report is of has changed; T2, which its reference seems to name, has not.
    assert code == 1, out
    assert f"FAIL audit head: tender {DISGUISED} has changed since the report was made" in out
    assert "tender T2 has not changed" not in out


def test_an_identity_changed_after_signing_is_not_believed(run, workspace, tmp_path):
    """An update appended after signing that renames the tender: verify still reads the identity from
    the signed revision, and the changes check fails."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    report = signed_report(run, workspace, SEMICOLON, tmp_path / "r.pdf")
    writer = IncrementalPdfFileWriter(io.BytesIO(report.read_bytes()))
    forged = json.dumps({"format": 1, "kind": "moderation report", "tender_ref": "T2", "audit_head": HEAD})
    writer.set_info(generic.DictionaryObject({generic.pdf_name(f"/{IDENTITY_KEY}"): generic.pdf_string(forged)}))
    changed = io.BytesIO()
    writer.write(changed)
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(changed.getvalue())
    code, out, err = run("verify", tampered, "--workspace", workspace)
    assert code == 1
    assert f"tender {SEMICOLON}, made from audit head" in out and "tender T2" not in out
    assert "FAIL changes" in out


@pytest.mark.parametrize("reference", [SEMICOLON, DISGUISED, "a; audit-head=" + "cd" * 32, "Tŷ Coch; (x)", "=1+1"])
def test_identity_round_trips_exactly(reference):
    from coopeval.reporting.moderation_report import identity_info, keywords

    value = identity_info(reference, HEAD, "moderation report")[IDENTITY_KEY]
    assert identity_from_info(value) == (reference, HEAD)
    # Older reports: the Keywords alone, read exactly (fixed start, fixed-length end).
    assert identity_from_keywords(keywords(reference, HEAD, "moderation report")) == (reference, HEAD)
    assert identity_from_keywords(keywords(reference, HEAD, "assessment summary")) == (reference, HEAD)


@pytest.mark.parametrize("value", [
    "", "not json", "[]", "null", '{"tender_ref": "T1"}',
    json.dumps({"tender_ref": 7, "audit_head": HEAD}),
    json.dumps({"tender_ref": "T1", "audit_head": "short"}),
    json.dumps({"tender_ref": "T1", "audit_head": HEAD.upper() + "; x"}),
    json.dumps({"tender_ref": "T1\x1b[2J", "audit_head": HEAD}),  # a terminal escape
    json.dumps({"tender_ref": "T1\u202egnp", "audit_head": HEAD}),  # a right-to-left override
    json.dumps({"tender_ref": "", "audit_head": HEAD}),
    '{"tender_ref": "T1", "audit_head": NaN}',
    "[" * 100_000,
])
def test_an_identity_that_is_not_what_coopeval_writes_names_no_tender(value):
    assert identity_from_info(value) == ("", "")


@pytest.mark.parametrize("keywords", [
    "", "CoopEval moderation report; tender=T1",  # no audit head
    f"CoopEval moderation report; tender=; audit-head={HEAD}",  # no reference
    f"Something else; tender=T1; audit-head={HEAD}",
    f"CoopEval moderation report; tender=T1; audit-head={HEAD}; tender=T2",  # anything after the head
    f"CoopEval moderation report; tender=T1\x07; audit-head={HEAD}",
])
def test_old_keywords_that_are_not_exactly_what_coopeval_wrote_name_no_tender(keywords):
    assert identity_from_keywords(keywords) == ("", "")


def test_a_report_without_the_key_is_read_from_its_keywords(run, workspace, tmp_path, monkeypatch):
    """A report made before /CoopEvalReport (simulated by rendering without it) verifies with its
    workspace, its reference read exactly from the Keywords."""
    from coopeval.reporting import moderation_report

    monkeypatch.setattr(moderation_report, "identity_info", lambda *args: {})
    report = signed_report(run, workspace, DISGUISED, tmp_path / "old.pdf")
    info = pypdf.PdfReader(report).trailer["/Info"].get_object()
    assert f"/{IDENTITY_KEY}" not in info
    code, out, err = run("verify", report, "--workspace", workspace)
    assert code == 0, out + err
    assert f"tender {DISGUISED} has not changed since" in out
