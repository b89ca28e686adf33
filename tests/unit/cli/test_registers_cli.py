"""`coopeval registers import|list` and `coopeval matches list|accept|reject|pick|set|search|history` (issue 20)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from coopeval import cli
from coopeval.services.workspace import Workspace
from tests.helpers.supplier_spend import REGISTERS, add_spend

CUK = REGISTERS / "coops-uk-sample.csv"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def path(tmp_path: Path) -> Path:
    target = tmp_path / "w.coopeval"
    with Workspace.create(target, actor="officer") as ws:
        add_spend(ws, [("Fernbrook Bread", 120_000), ("Marshgate Community Energy", 340_000),
                       ("Zebedee Plumbing Ltd", 9_900)])
    return target


def imported(path: Path) -> None:
    code, _, err = run("registers", "import", str(path), str(CUK), "--kind", "coops-uk", "--source", "CUK, Dec 2026")
    assert (code, err) == (0, "")


def test_import_reports_entries_matches_and_notes_then_nothing_new(path: Path) -> None:
    code, out, err = run("registers", "import", str(path), str(CUK), "--kind", "coops-uk")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "Imported coops-uk-sample.csv as the coops-uk register: 9 entries, 7 live (read as cp1252).",
        "Matched 1 supplier(s) automatically; 1 candidate(s) wait for review (coopeval matches list WORKSPACE "
        "--review).",
        "1 note(s):",
        "  line 9: no name, so it cannot be matched; left out",
    ]
    code, out, _ = run("registers", "import", str(path), str(CUK), "--kind", "coops-uk")
    assert code == 0 and "nothing new, nothing written" in out


@pytest.mark.identity
def test_import_without_as_names_the_option(path: Path) -> None:
    code, _, err = run("registers", "import", str(path), str(CUK), "--kind", "coops-uk")
    assert code == 1 and "coopeval registers import" in err and "--as NAME" in err


def test_a_wrong_kind_names_the_missing_columns(path: Path) -> None:
    code, _, err = run("registers", "import", str(path), str(REGISTERS / "custom-sample.csv"), "--kind", "coops-uk")
    assert code == 1
    assert "custom-sample.csv: headings:" in err and "Ownership Classification" in err


def test_list_shows_the_imports(path: Path) -> None:
    imported(path)
    code, out, _ = run("registers", "list", str(path))
    assert code == 0
    assert out.startswith("1  coops-uk  coops-uk-sample.csv  9 entries (7 live)")
    assert out.rstrip().endswith("current; source: CUK, Dec 2026")
    code, out, _ = run("registers", "list", str(path), "--json")
    assert json.loads(out)["imports"][0]["entries"] == 9


def test_matches_list_shows_each_supplier_and_the_review_queue(path: Path) -> None:
    imported(path)
    code, out, _ = run("matches", "list", str(path))
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Marshgate Community Energy  £3,400.00  awaiting-review"
    assert lines[1].startswith("Fernbrook Bread  £1,200.00  democratic  worker co-operative: Fernbrook Bakers")
    assert lines[2] == "Zebedee Plumbing Ltd  £99.00  unmatched"
    code, out, _ = run("matches", "list", str(path), "--review")
    assert out.splitlines()[0] == "Marshgate Community Energy: 1 line(s), £3,400.00"
    assert "community-owned, democratic  by fuzzy score 100" in out
    code, out, _ = run("matches", "list", str(path), "--status", "unmatched", "--json")
    assert [s["supplier_key"] for s in json.loads(out)["suppliers"]] == ["zebedee plumbing"]


def _candidate(path: Path) -> int:
    _, out, _ = run("matches", "list", str(path), "--review", "--json")
    return int(json.loads(out)["review"][0]["candidates"][0]["id"])


def test_accept_and_reject_decide_a_candidate(path: Path) -> None:
    imported(path)
    match = _candidate(path)
    code, out, err = run("matches", "reject", str(path), str(match), "--reason", "Not the same Marshgate.")
    assert (code, err) == (0, "")
    assert out.startswith(f"Match {match}: Marshgate Community Energy → Marshgate Community Energy Society Limited")
    assert "rejected (fuzzy)" in out
    code, _, err = run("matches", "accept", str(path), str(match))
    assert code == 1 and f"Match {match} is rejected, not a candidate" in err


def test_search_pick_set_and_history(path: Path) -> None:
    imported(path)
    code, out, _ = run("matches", "search", str(path), "Riverside Housing", "--json")
    entry = json.loads(out)["entries"][0]
    assert entry["name"] == "Riverside Housing Co-operative Limited"
    code, out, err = run("matches", "pick", str(path), "Zebedee Plumbing Ltd", "--entry", str(entry["id"]),
                         "--reason", "Trades as Zebedee for its repairs.")
    assert (code, err) == (0, "")
    assert "applied (picked)" in out
    code, out, err = run("matches", "set", str(path), "Zebedee Plumbing Ltd", "--model", "investor-owned",
                         "--democratic", "no", "--evidence", "Companies House: one shareholder.")
    assert (code, err) == (0, "")
    assert "set by hand: applied (hand); investor-owned, not democratic." in out
    code, out, _ = run("matches", "history", str(path), "Zebedee Plumbing Ltd")
    lines = out.splitlines()
    assert len(lines) == 2
    assert "Test Runner  picked replaced: Riverside Housing Co-operative Limited (31008R)" in lines[0]
    assert lines[1].endswith("hand applied: set by hand  “Companies House: one shareholder.”")


def test_set_refuses_a_model_the_framework_does_not_have(path: Path) -> None:
    with pytest.raises(SystemExit):
        run("matches", "set", str(path), "Zebedee", "--model", "co-op", "--democratic", "yes", "--evidence", "x")

