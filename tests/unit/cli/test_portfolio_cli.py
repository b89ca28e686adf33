"""`coopeval portfolio WORKSPACE [WORKSPACE …] [--year] [--baseline] [--json] [--out FILE.pdf|.xlsx]` (issue 20):
the answer first in plain text, JSON for scripts, documents by suffix; unreadable files are notes, and only when no
file can be read does it fail. Reading needs no sign-in and changes nothing."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
from pathlib import Path

import pytest

from coopeval import cli
from tests.helpers.awarded import awarded_tender
from tests.unit.services.test_spend_share import LINES, MATCHES, insert_spend


def run(*argv: object) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main([str(a) for a in argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture()
def workspace(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    ws, _, _ = awarded_tender(tmp_path, factory=tmp_path_factory)
    ws.close()
    insert_spend(tmp_path / "awarded.coopeval", LINES, MATCHES)
    return tmp_path / "awarded.coopeval"


def test_plain_text_answers_first(workspace: Path):
    before = hashlib.sha256(workspace.read_bytes()).hexdigest()
    code, out, err = run("portfolio", workspace, "--year", "2026-27", "--baseline", "2025-26")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == ("In 2026-27, 5.0% of the council's spend (£50 of £1,000) went to co-operative and democratic "
                        "businesses; £20 (2.0%) is not yet matched; £30 (3.0%) awaits review.")
    assert lines[1].startswith("In 2026-27, 0.0% of the value awarded (£0 of £1,250,000, 1 tender)")
    assert "  T1  School meals  2026-27  £1,250,000  Bidder 0 Co-operative Ltd (ownership not recorded)" in lines
    assert hashlib.sha256(workspace.read_bytes()).hexdigest() == before


def test_json_counts_a_copied_tender_once(workspace: Path):
    copy = workspace.with_name("copy.coopeval")
    shutil.copy(workspace, copy)
    code, out, err = run("portfolio", workspace, copy, "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["format"] == 1 and data["workspaces"] == ["awarded.coopeval", "copy.coopeval"]
    assert [t["reference"] for t in data["tenders"]] == ["T1"]
    assert data["tenders"][0]["workspaces"] == ["awarded.coopeval", "copy.coopeval"]
    assert data["duplicate_lines"] == len(LINES) and data["spend_lines"] == len(LINES)
    assert data["headline"][0].startswith("In 2026-27, 5.0% of the council's spend")
    assert {y["year"]: y["share"] for y in data["spend_years"]} == {"2025-26": None, "2026-27": "5.0"}


def test_out_writes_the_document_and_unreadable_files_are_notes(workspace: Path, tmp_path: Path):
    bad = tmp_path / "bad.coopeval"
    bad.write_text("hello", encoding="utf-8")
    code, out, err = run("portfolio", workspace, bad, "--out", tmp_path / "p.pdf")
    assert code == 0, err
    assert (tmp_path / "p.pdf").read_bytes().startswith(b"%PDF")
    assert "bad.coopeval was not read" in out and f"Wrote {tmp_path / 'p.pdf'}" in out
    code, out, err = run("portfolio", workspace, "--out", tmp_path / "p.xlsx", "--json")
    assert code == 0 and (tmp_path / "p.xlsx").exists() and json.loads(out)["format"] == 1
    assert "Wrote" in err


def test_fails_when_nothing_can_be_read_or_the_year_is_malformed(tmp_path: Path, workspace: Path):
    code, out, err = run("portfolio", tmp_path / "missing.coopeval")
    assert code == 1 and out == "" and "missing.coopeval was not read" in err
    code, out, err = run("portfolio", workspace, "--year", "2026")
    assert code == 1 and "write it as 2026-27" in err
    code, out, err = run("portfolio", workspace, "--out", tmp_path / "p.docx")
    assert code == 1 and ".pdf or .xlsx" in err
