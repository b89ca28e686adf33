"""`coopeval spend import WORKSPACE SPEND.csv [--mapping NAME|FILE.toml] [--skip-bad-lines] [--dry-run] --as NAME`,
`coopeval spend mappings WORKSPACE` and `coopeval spend imports WORKSPACE` (issue 20)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from coopeval import cli
from coopeval.services.spend import imports
from coopeval.services.workspace import Workspace

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "spend"
Q1 = FIXTURES / "anytown-2026-q1.csv"


def run(*argv: object) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main([str(a) for a in argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture()
def workspace(tmp_path: Path) -> Path:
    path = tmp_path / "w.coopeval"
    Workspace.create(path, actor="officer").close()
    return path


def test_import_prints_what_was_added_and_again_nothing_new(workspace: Path) -> None:
    code, out, err = run("spend", "import", workspace, Q1)
    assert code == 0, err
    assert out.splitlines()[0] == ("Imported anytown-2026-q1.csv (import 1): 6 new line(s), £13,764.56, paid "
                                   "1 Apr 2026 to 30 Jun 2026; 0 already held.")
    code, out, err = run("spend", "import", workspace, Q1)
    assert code == 0, err
    assert out.strip() == "anytown-2026-q1.csv: nothing new; all 6 line(s) are already in the workspace."


def test_a_dry_run_changes_nothing(workspace: Path) -> None:
    code, out, err = run("spend", "import", workspace, Q1, "--dry-run")
    assert code == 0, err
    assert "6 new (£13,764.56, paid 1 Apr 2026 to 30 Jun 2026)" in out and "Dry run: nothing was changed." in out
    with Workspace.open(workspace) as ws:
        assert imports.list_spend_imports(ws) == []


def test_bad_lines_refuse_the_file_unless_skipped(workspace: Path) -> None:
    bad = FIXTURES / "bad-lines.csv"
    code, out, err = run("spend", "import", workspace, bad)
    assert code == 1
    assert "bad-lines.csv: line 3: the date '31/02/2026'" in err and "line 4: the amount 'twelve'" in err
    code, out, err = run("spend", "import", workspace, bad, "--dry-run")
    assert code == 1 and "--skip-bad-lines" in out
    code, out, err = run("spend", "import", workspace, bad, "--skip-bad-lines")
    assert code == 0, err
    assert "2 new line(s)" in out and "Left out 2 line(s) with problems" in out


def test_unknown_headers_ask_for_a_mapping_and_a_toml_mapping_is_saved(workspace: Path) -> None:
    unusual = FIXTURES / "unusual-columns.csv"
    code, out, err = run("spend", "import", workspace, unusual)
    assert code == 1 and "not recognised" in err and "'Paid on'" in err
    code, out, err = run("spend", "import", workspace, unusual, "--mapping", FIXTURES / "unusual-columns.toml")
    assert code == 0, err
    code, out, err = run("spend", "mappings", workspace)
    assert out.strip() == ("Unusual council: date = 'Paid on', supplier = 'Who', amount = 'How much', "
                           "expense_area = 'Where'")
    code, out, err = run("spend", "import", workspace, unusual, "--mapping", "Unusual council", "--dry-run")
    assert code == 0 and "0 new" in out
    code, out, err = run("spend", "import", workspace, unusual, "--mapping", "Nobody's")
    assert code == 1 and "'Unusual council'" in err


def test_imports_lists_newest_first_with_json(workspace: Path) -> None:
    run("spend", "import", workspace, Q1)
    run("spend", "import", workspace, FIXTURES / "anytown-2026-q1-q2.csv")
    code, out, err = run("spend", "imports", workspace)
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].startswith("2  anytown-2026-q1-q2.csv  2 line(s) £5,210.00  paid 1 Jul 2026 to 1 Aug 2026")
    assert lines[1].startswith("1  anytown-2026-q1.csv  6 line(s)")
    code, out, err = run("spend", "imports", workspace, "--json")
    listed = json.loads(out)
    assert [v["lines_added"] for v in listed] == [2, 6] and listed[0]["lines_already"] == 2


def test_a_file_that_is_not_a_csv_is_a_plain_message(workspace: Path, tmp_path: Path) -> None:
    fake = tmp_path / "spend.csv"
    fake.write_bytes(b"PK\x03\x04" + bytes(100))
    code, out, err = run("spend", "import", workspace, fake)
    assert code == 1 and "Excel workbook" in err and "Traceback" not in err
    code, out, err = run("spend", "import", workspace, tmp_path / "none.csv")
    assert code == 1 and "not found" in err


def test_import_needs_as_when_not_acting(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.conftest import _REAL_INIT

    monkeypatch.setattr(Workspace, "__init__", _REAL_INIT)
    code, out, err = run("spend", "import", workspace, Q1)
    assert code == 1 and "`coopeval spend import` needs to know who is acting: add --as NAME" in err
