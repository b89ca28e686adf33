"""`coopeval delivery template WORKSPACE --tender REF --period YYYY-Qn --out RETURN.xlsx` and `coopeval delivery
import WORKSPACE --tender REF RETURN.xlsx … [--dry-run]` (issue 19): a line per entry a return creates or changes;
problems one per line as `FILE: Sheet!CELL: message`, exit 1, nothing written; a dry run writes nothing and needs
no --as."""

from __future__ import annotations

import argparse
import io
from pathlib import Path

import pytest
from sqlmodel import func, select

from coopeval import cli
from coopeval.cli import delivery as delivery_cli
from coopeval.services.delivery import entries
from coopeval.services.workspace import Workspace
from coopeval.storage.tables import DeliveryRow
from tests.helpers.delivery_returns import delivering, fill


def run(*argv: object) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main([str(a) for a in argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture()
def workspace(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    ws, _, _ = delivering(tmp_path, tmp_path_factory)  # started April 2025, so 2025-Q2 is in the past
    ws.close()
    return tmp_path / "delivery.coopeval"


def stored(path: Path) -> int:
    with Workspace.open(path) as ws, ws.reading() as session:
        return session.exec(select(func.count()).select_from(DeliveryRow)).one()


def test_template_then_import_records_pending_entries(workspace: Path, tmp_path: Path) -> None:
    out = tmp_path / "Q2.xlsx"
    code, printed, err = run("delivery", "template", workspace, "--tender", "T1", "--period", "2025-Q2", "--out", out)
    assert code == 0, err
    assert printed.startswith(f"Wrote {out}: the delivery return for 2025-Q2 (version 1, SHA-256 ")
    filled = fill(out, tmp_path / "acme-q2.xlsx", {"LOC-01": (3, "Payroll", ""), "LOC-04": ("partly", "", "")})

    code, printed, err = run("delivery", "import", workspace, "--tender", "T1", filled, "--dry-run")
    assert code == 0, err
    lines = printed.splitlines()
    assert lines[0].startswith("acme-q2.xlsx: 2025-Q2, SHA-256 ")
    assert lines[1:] == ["  LOC-01: new entry 3 FTE", "  LOC-04: new entry partly",
                         "Dry run: 1 of 1 return(s) would change the delivery record; nothing was written."]
    assert stored(workspace) == 0

    code, printed, err = run("delivery", "import", workspace, "--tender", "T1", filled)
    assert code == 0, err
    assert printed.splitlines()[-1].startswith("Imported 1 of 1 return(s) into tender T1; the entries wait for your "
                                               "check")
    with Workspace.open(workspace) as ws:
        grid = entries.delivery_grid(ws, "T1")
        assert sorted((v.period, v.actual or v.answer, v.check) for v in grid.entries.values()) == [
            ("2025-Q2", "3", "pending"), ("2025-Q2", "partly", "pending")]
        view = next(v for v in grid.entries.values() if v.actual == "3")
        entries.check_delivery(ws, view.id, "accepted")
    again = fill(out, tmp_path / "acme-q2-v2.xlsx", {"LOC-01": (4, "Payroll", ""), "LOC-04": ("partly", "", "")})
    code, printed, err = run("delivery", "import", workspace, "--tender", "T1", again)
    assert code == 0, err
    assert "  LOC-01: changes 3; evidence: Payroll (accepted) to 4 FTE; its accepted check goes back to pending" in \
        printed.splitlines()
    assert "  LOC-04: partly (unchanged)" in printed.splitlines()


def test_problems_are_printed_one_per_line_and_nothing_is_written(workspace: Path, tmp_path: Path) -> None:
    out = tmp_path / "Q2.xlsx"
    assert run("delivery", "template", workspace, "--tender", "T1", "--period", "2025-Q2", "--out", out)[0] == 0
    bad = fill(out, tmp_path / "bad.xlsx", {"LOC-01": ("lots", "", ""), "LOC-04": ("maybe", "", "")})
    for extra in ((), ("--dry-run",)):
        code, printed, err = run("delivery", "import", workspace, "--tender", "T1", bad, *extra)
        assert (code, printed) == (1, "")
        assert err.splitlines() == [
            "bad.xlsx: Delivery!E6: what LOC-01 delivered must be a number; 'lots' is not one",
            "bad.xlsx: Delivery!E9: LOC-04 is answered yes, no or partly; 'maybe' is none of them",
            "coopeval: 2 problem(s) in the returns; nothing was written."]
    assert stored(workspace) == 0
    code, _, err = run("delivery", "import", workspace, "--tender", "T1", tmp_path / "nowhere")
    assert code == 1 and "nowhere" in err


def test_template_refuses_a_period_outside_the_contract(workspace: Path, tmp_path: Path) -> None:
    code, printed, err = run("delivery", "template", workspace, "--tender", "T1", "--period", "2030-Q1", "--out",
                             tmp_path / "x.xlsx")
    assert code == 1 and "2030-Q1 (April to June 2030) is not a quarter of the contract" in err
    assert not (tmp_path / "x.xlsx").exists()


def test_the_group_exposes_its_sub_parsers_for_the_report_command() -> None:
    parser = argparse.ArgumentParser()
    delivery_cli._add_delivery(parser.add_subparsers())
    assert delivery_cli.delivery_sub is not None
    assert {"template", "import", "report"} <= set(delivery_cli.delivery_sub.choices)
