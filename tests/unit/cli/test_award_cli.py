"""`coopeval award WORKSPACE --tender REF --bid ID --notice-date … --start … --end … --value POUNDS [--entered …]
[--json]` (issue 19): records the award and prints the last day of standstill in UK form; --json prints the award."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from coopeval import cli
from coopeval.services.delivery import award
from coopeval.services.setup import tenders
from coopeval.services.workspace import Workspace
from tests.helpers.workspaces import staged_file

ARGS = ("--tender", "T1", "--bid", "IP001", "--notice-date", "2026-12-18", "--start", "2027-02-01", "--end",
        "2030-01-31", "--value", "1250000")


def run(*argv: object) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main([str(a) for a in argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture()
def signed_off(tmp_path_factory, tmp_path: Path) -> Path:
    path = tmp_path / "w.coopeval"
    staged_file(tmp_path_factory, path, "signed_off")
    return path


def test_award_prints_the_last_day_of_standstill(signed_off: Path) -> None:
    code, out, err = run("award", signed_off, *ARGS, "--entered", "2027-01-04")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "Awarded to Bidder 1 Co-operative Ltd (IP001) for £1,250,000.00."
    assert "Standstill ends at the end of 31 Dec 2026; the contract may be entered into from 1 Jan 2027." in lines
    assert "Entered into on 4 Jan 2027." in lines
    with Workspace.open(signed_off) as ws:
        assert tenders.get_tender(ws, "T1").status == "awarded"
        current = award.current_award(ws, "T1")
    assert current is not None and current.entered_on == "2027-01-04"


def test_award_json(signed_off: Path) -> None:
    code, out, err = run("award", signed_off, *ARGS, "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["bid_identifier"] == "IP001" and data["value_pence"] == 125_000_000
    assert data["standstill_ends"] == "2026-12-31" and data["standstill_applies"] is True


def test_award_inside_standstill_is_refused_plainly(signed_off: Path) -> None:
    code, out, err = run("award", signed_off, *ARGS, "--entered", "2026-12-30")
    assert code == 1 and out == ""
    assert "standstill runs until the end of 31 Dec 2026" in err and "Traceback" not in err
    with Workspace.open(signed_off) as ws:
        assert tenders.get_tender(ws, "T1").status == "signed_off"


def test_award_twice_is_refused(signed_off: Path) -> None:
    assert run("award", signed_off, *ARGS)[0] == 0
    code, _, err = run("award", signed_off, *ARGS)
    assert code == 1 and "already awarded" in err


def test_after_award_commands_are_registered() -> None:
    assert {"award", "commitments", "delivery", "performance-notice"} <= set(cli.command_names())
