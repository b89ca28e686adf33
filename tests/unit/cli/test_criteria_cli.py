"""`coopeval criteria list|add|score|remove|import WORKSPACE --tender REF …` (issue 21)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from coopeval import cli
from coopeval.services.criteria import criteria
from coopeval.services.workspace import Workspace
from tests.helpers.workspaces import staged_file

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "criteria"


def run(*argv: object) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main([str(a) for a in argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture()
def signed_off(tmp_path_factory, tmp_path: Path) -> Path:
    path = tmp_path / "w.coopeval"
    staged_file(tmp_path_factory, path, "signed_off")
    return path


def test_add_score_list_and_remove(signed_off: Path) -> None:
    assert run("criteria", "add", signed_off, "--tender", "T1", "--name", "Price", "--kind", "price", "--weight",
               "60", "--out-of", "100", "--method", "lowest ÷ bid × 100")[0] == 0
    assert run("criteria", "add", signed_off, "--tender", "T1", "--name", "Quality", "--kind", "quality",
               "--weight", "30", "--out-of", "5")[0] == 0
    for crit, bid, score in (("price", "IP000", "100"), ("Price", "IP001", "50"), ("Quality", "IP000", "4"),
                             ("Quality", "IP001", "5")):
        code, out, err = run("criteria", "score", signed_off, "--tender", "T1", "--criterion", crit, "--bid", bid,
                             "--score", score, "--reasons", "Pricing schedule tab 2; method statement s.3.")
        assert code == 0, err
    code, out, _ = run("criteria", "list", signed_off, "--tender", "T1")
    assert code == 0
    assert "Price (price): 60%, out of 100; lowest ÷ bid × 100" in out
    assert "Most advantageous tender: IP000" in out  # 60 + 24 beats 30 + 30 whatever the social value (10 points)
    code, out, _ = run("criteria", "list", signed_off, "--tender", "T1", "--json")
    data = json.loads(out)
    assert data["whole_result"]["complete"] and data["whole_result"]["most_advantageous"] == "IP000"
    code, _, err = run("criteria", "remove", signed_off, "--tender", "T1", "--criterion", "Quality", "--reason",
                       "Wrong scale")
    assert code == 0, err
    with Workspace.open(signed_off) as ws:
        assert [c.name for c in criteria.list_criteria(ws, "T1")] == ["Price"]


def test_an_unknown_criterion_names_the_ones_held(signed_off: Path) -> None:
    run("criteria", "add", signed_off, "--tender", "T1", "--name", "Price", "--kind", "price", "--weight", "60",
        "--out-of", "100")
    code, _, err = run("criteria", "score", signed_off, "--tender", "T1", "--criterion", "Quality", "--bid", "IP000",
                       "--score", "3", "--reasons", "s.3")
    assert code == 1 and 'has no criterion \'Quality\' (its other criteria: "Price")' in err


def test_import_dry_run_writes_nothing_then_imports(signed_off: Path) -> None:
    code, out, _ = run("criteria", "import", signed_off, "--tender", "T1", FIXTURES / "good.csv", "--dry-run")
    assert code == 0 and "Would change 6 of 6 rows." in out
    with Workspace.open(signed_off) as ws:
        assert criteria.list_criteria(ws, "T1") == []
    assert run("criteria", "import", signed_off, "--tender", "T1", FIXTURES / "good.xlsx")[0] == 0
    code, out, _ = run("criteria", "import", signed_off, "--tender", "T1", FIXTURES / "good.csv")
    assert code == 0 and "Did change 0 of 6 rows (nothing new" in out


def test_import_of_a_hostile_file_lists_every_problem_and_fails(signed_off: Path) -> None:
    code, _, err = run("criteria", "import", signed_off, "--tender", "T1", FIXTURES / "hostile.csv")
    assert code == 1
    assert "hostile.csv: E3: T1 has no bid 'IP999'" in err and "Nothing was imported." in err
