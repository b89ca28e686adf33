"""Kept tender files (issue 18) seen from outside: `coopeval check` compares each file's bytes with the size and
SHA-256 kept with it, and `audit verify` (whose snapshot of a kept file leaves the bytes out) still catches an
edited digest."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from coopeval import cli
from coopeval.services.maintenance.audit import verify_audit_file
from coopeval.services.maintenance.check import check_workspace
from coopeval.services.publishing import files
from coopeval.services.rows import tender_row
from tests.helpers.workspaces import create_workspace, draft_tender, raw

PDF, RETURN = b"%PDF-1.7 the questionnaire", b"PK\x03\x04 a bidder's return"


@pytest.fixture
def path(tmp_path: Path) -> Path:
    path = tmp_path / "kept.coopeval"
    with create_workspace(path) as ws:
        draft_tender(ws)
        with ws.writing() as session:
            t = tender_row(session, "T1")
            files.keep_file(ws, session, t, kind="questionnaire", media="pdf", name="T1 questionnaire.pdf", data=PDF)
            files.keep_file(ws, session, t, kind="return", media="xlsx", name="IP001.xlsx", data=RETURN,
                            bid_identifier="IP001")
    return path


def run(*argv: object) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main([str(a) for a in argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_kept_files_as_kept_check_out_and_verify(path: Path):
    report = check_workspace(path)
    assert report.ok, report.lines
    assert "Kept files: 2, each as it was kept (its size and SHA-256 match)" in report.lines
    assert verify_audit_file(path).ok  # tender_file rows against their snapshots, bytes left out on both sides


def test_a_workspace_without_kept_files_says_none(tmp_path: Path):
    with create_workspace(tmp_path / "w.coopeval") as ws:
        draft_tender(ws)
    assert "Kept files: none" in check_workspace(tmp_path / "w.coopeval").lines


@pytest.mark.parametrize(("statement", "said"), [
    ("UPDATE tender_file SET data = X'00000000' || substr(data, 5) WHERE id = 1",
     "no longer matches the SHA-256 recorded when it was kept"),  # same size, other bytes
    ("UPDATE tender_file SET data = substr(data, 1, 10) WHERE id = 1", "is 10 bytes, not the 26 recorded"),
    ("UPDATE tender_file SET data = 'text where the bytes were' WHERE id = 1", "is 25 bytes, not the 26 recorded"),
])
def test_bytes_edited_in_sqlite_are_caught_by_check(path: Path, statement: str, said: str):
    con = raw(path)
    con.execute(statement)
    con.close()
    report = check_workspace(path)
    assert not report.ok
    changed = [line for line in report.lines if line.startswith("Kept files: CHANGED")]
    assert len(changed) == 1, report.lines
    assert "'T1 questionnaire.pdf' (tender T1, questionnaire version 1, pdf)" in changed[0]
    assert said in changed[0] and "changed outside CoopEval" in changed[0]
    code, out, _ = run("check", path)
    assert code != 0 and changed[0] in out.splitlines()
    # the audit chain covers the digest and size, not the bytes: only `check` sees this
    assert verify_audit_file(path).ok


def test_a_digest_edited_in_sqlite_is_caught_by_audit_verify(path: Path):
    con = raw(path)
    con.execute("UPDATE tender_file SET sha256 = ? WHERE id = 2", ("0" * 64,))
    con.close()
    chain = verify_audit_file(path)
    assert not chain.ok
    assert len(chain.problems) == 1 and chain.problems[0].startswith("tender_file 2 differs from its last audit event")
    report = check_workspace(path)
    assert not report.ok and any(line.startswith("Audit: BROKEN — tender_file 2 differs") for line in report.lines)
