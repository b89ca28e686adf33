"""`coopeval performance-notice WORKSPACE --tender REF --period YYYY-YYYY --out FILE.pdf|.json` and `coopeval delivery
report WORKSPACE --tender REF --out FILE.pdf|FILE.xlsx [--self-signed | --sign CERT.p12]` (issue 19 §4)."""

from __future__ import annotations

import io
import json

from coopeval import cli
from coopeval.services.delivery import ratings
from tests.unit.reporting.test_delivery_documents import YEAR, contract

__all__ = ["contract"]


def run(*argv: object) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main([str(a) for a in argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_performance_notice_is_refused_until_every_kpi_is_rated_then_written(contract, tmp_path) -> None:
    ws, built, cs = contract
    path, out = tmp_path / "awarded.coopeval", tmp_path / "notice.json"
    code, printed, err = run("performance-notice", path, "--tender", "T1", "--period", YEAR, "--out", out)
    assert code == 1 and "not yet rated: LOC-05" in err and not out.exists()
    ratings.record_rating(ws, cs["LOC-05"].id, YEAR, "other", "the only figure was for another contract")
    code, printed, err = run("performance-notice", path, "--tender", "T1", "--period", YEAR, "--out", out)
    assert code == 0, err
    assert printed.startswith(f"Wrote {out}: the details of a contract performance notice for {YEAR}.")
    assert "does not publish" in printed
    assert [k["code"] for k in json.loads(out.read_text(encoding="utf-8"))["kpis"]] == ["LOC-01", "LOC-03", "LOC-05"]
    code, printed, err = run("performance-notice", path, "--tender", "T1", "--period", "2031-2032", "--out",
                             tmp_path / "later.pdf")
    assert code == 1 and "2031-2032 is not one of this contract's rating periods" in err


def test_delivery_report_self_signed_verifies_against_the_workspace(contract, tmp_path) -> None:
    path, out = tmp_path / "awarded.coopeval", tmp_path / "delivery.pdf"
    code, printed, err = run("delivery", "report", path, "--tender", "T1", "--out", out, "--self-signed")
    assert code == 0, err
    assert printed.startswith(f"Wrote {out}: the delivery report of T1, digitally signed")
    code, printed, err = run("verify", out, "--workspace", path)
    assert code == 0, printed + err
    assert "tender T1" in printed and "All checks passed." in printed


def test_delivery_report_as_a_spreadsheet_and_never_signed(contract, tmp_path) -> None:
    path = tmp_path / "awarded.coopeval"
    code, printed, err = run("delivery", "report", path, "--tender", "T1", "--out", tmp_path / "d.xlsx",
                             "--self-signed")
    assert code == 1 and "Only a PDF delivery report can be signed" in err
    code, printed, err = run("delivery", "report", path, "--tender", "T1", "--out", tmp_path / "d.xlsx")
    assert code == 0, err
    assert (tmp_path / "d.xlsx").is_file()
    code, printed, err = run("delivery", "report", path, "--tender", "T1", "--out", tmp_path / "d.xlsx")
    assert code == 1 and "--overwrite" in err
