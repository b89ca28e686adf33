"""`coopeval commitments WORKSPACE --tender REF [--json]` (issue 19 §2): the contract's commitments with promised and
delivered figures, the latest rating, the s.52 KPI marks and the s.52 warning."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest

from coopeval import cli
from coopeval.services.delivery import award, commitments, entries, ratings
from tests.helpers.awarded import awarded_tender
from tests.helpers.workspaces import build


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def contract(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """T1 awarded for £6m, a year into delivery: LOC-01 marked as a KPI, 5.5 FTE accepted and rated."""
    ws, _, _ = awarded_tender(tmp_path, value="6,000,000", factory=tmp_path_factory)
    with ws:
        jobs = commitments.list_commitments(ws, "T1")[0]
        commitments.set_s52_kpi(ws, jobs.id, True)
        award.start_delivery(ws, "T1")
        for period, figure in (("2027-Q1", "3"), ("2027-Q2", "2.5")):
            entry, _ = entries.record_delivery(ws, jobs.id, period, actual=figure, today=date(2028, 5, 1))
            entries.check_delivery(ws, entry.id, "accepted")
        ratings.record_rating(ws, jobs.id, "2027-2028", "inadequate", reason="Far short of the promise.")
    return tmp_path / "awarded.coopeval"


def test_the_table_shows_promised_delivered_rating_and_kpi(contract: Path) -> None:
    code, out, err = run("commitments", str(contract), "--tender", "T1")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].split() == ["code", "commitment", "promised", "delivered", "to", "date", "latest", "rating",
                                "s.52", "KPI"]
    jobs = next(line for line in lines if line.startswith("LOC-01"))
    assert "10 FTE" in jobs and "2.5 FTE" in jobs and "Inadequate" in jobs and jobs.endswith("KPI")
    carbon = next(line for line in lines if line.startswith("LOC-05"))
    assert "10 tCO2e" in carbon and not carbon.endswith("KPI")
    assert "5 commitment(s); 1 marked as s.52 KPI(s)." in lines
    assert ("Warning: This contract is worth more than £5 million: PA 2023 s.52 needs at least three KPIs; "
            "1 is marked.") in lines
    assert any(line.startswith("To do: LOC-04") for line in lines)


def test_json_gives_every_commitment_in_full(contract: Path) -> None:
    code, out, _ = run("commitments", str(contract), "--tender", "T1", "--json")
    assert code == 0
    data = json.loads(out)
    assert [c["code"] for c in data["commitments"]] == ["LOC-01", "LOC-02", "LOC-03", "LOC-04", "LOC-05"]
    jobs = data["commitments"][0]
    assert (jobs["target"], jobs["unit"], jobs["delivered"], jobs["latest_rating"], jobs["s52_kpi"]) == \
        ("10", "FTE", "2.5", "inadequate", True)
    assert jobs["text"] == "FTE posts held by Vale residents, reported quarterly."
    assert data["s52_warning"].endswith("1 is marked.")
    assert data["to_lift"] == ["LOC-04"]


def test_a_tender_without_an_award_has_none(tmp_path: Path) -> None:
    build(tmp_path / "s.coopeval", "signed_off")
    code, out, _ = run("commitments", str(tmp_path / "s.coopeval"), "--tender", "T1")
    assert (code, out) == (0, "Tender T1 has no award, so no contract commitments yet.\n")
    code, out, _ = run("commitments", str(tmp_path / "s.coopeval"), "--tender", "T1", "--json")
    assert json.loads(out) == {"tender": "T1", "commitments": [], "s52_warning": None, "to_lift": []}


def test_an_unknown_tender_is_a_plain_error(contract: Path) -> None:
    code, out, err = run("commitments", str(contract), "--tender", "NOPE")
    assert code == 1 and out == ""
    assert "There is no tender 'NOPE'" in err and "Traceback" not in err
