"""`coopeval summaries WORKSPACE --tender REF --out-dir DIR [--force]` (issue 21): refuses, naming every regulation 31
problem, while something a summary needs is missing, and writes nothing; with --force writes them, prints the problems
as warnings and records them in the audit log; missing other award criteria is only a warning."""

from __future__ import annotations

import io

from coopeval import cli
from coopeval.services.workspace import Workspace
from coopeval.storage import audit
from tests.helpers.workspaces import staged_file
from tests.unit.services.test_summary_checks import signed_off


def run(*argv: object) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main([str(a) for a in argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_summaries_refuse_then_force(tmp_path_factory, tmp_path):
    path = tmp_path / "w.coopeval"
    t = staged_file(tmp_path_factory, path, "moderation")
    signed_off(path, t, {(t.bids[1], t.qualitative): "Fine.", (t.bids[0], t.measures[0]): "Agreed."})
    out_dir = tmp_path / "out"
    code, out, err = run("summaries", path, "--tender", "T1", "--out-dir", out_dir)
    assert code == 1 and out == ""
    assert "were not written" in err and err.count("do not refer to the tender") == 3  # IP001's in both summaries
    assert "IP000 (Bidder 0 Co-operative Ltd): Your tender" in err and "--force" in err
    assert not out_dir.exists() or not any(out_dir.iterdir())

    code, out, err = run("summaries", path, "--tender", "T1", "--out-dir", out_dir, "--force")
    assert code == 0, err
    assert out.count("Wrote ") == 2 and len(list(out_dir.iterdir())) == 2
    assert err.count("coopeval: warning:") == 4  # three problems and the social value part
    assert "do not refer to the tender" in err and "social value part" in err
    with Workspace.open(path, read_only=True) as ws, ws.reading() as session:
        assert audit.history(session, tender_ref="T1")[-1].action == "summaries_forced"


def test_missing_other_criteria_alone_only_warns(tmp_path_factory, tmp_path):
    path = tmp_path / "w.coopeval"
    signed_off(path, staged_file(tmp_path_factory, path, "moderation"))
    code, out, err = run("summaries", path, "--tender", "T1", "--out-dir", tmp_path / "out")
    assert code == 0, err
    assert out.count("Wrote ") == 2
    assert err.count("coopeval: warning:") == 1 and "social value part" in err
