"""The contract performance notice's details (PDF and JSON) and the delivery report (PDF signed like the moderation
report, or XLSX): what they say, what they refuse, and that the signature verifies (issue 19 §4)."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pypdf
import pytest
from openpyxl import load_workbook

from coopeval.domain.errors import CoopEvalError
from coopeval.services.delivery import award, commitments, documents, entries, ratings
from coopeval.services.reports import writing
from tests.helpers.awarded import awarded_tender
from tests.helpers.reports import flat, pdf_pages

DOC = Path(__file__).resolve().parents[3] / "docs" / "delivery-json.md"
LATER = dt.date(2029, 6, 1)
YEAR = "2027-2028"
FORMULA = '=HYPERLINK("http://example.invalid","click")'


def _deliver(ws, commitment: int, period: str, check: str = "accepted", reason: str = "", **values):
    view, _ = entries.record_delivery(ws, commitment, period, today=LATER, **values)
    if check != "pending":
        entries.check_delivery(ws, view.id, check, reason)
    return view


@pytest.fixture
def contract(tmp_path, tmp_path_factory):
    """T1 in delivery a year on: LOC-01, LOC-03 and LOC-05 the KPIs; LOC-03 short; one entry queried, one rejected,
    one with an evidence file; LOC-02's target changed by a contract change; LOC-01 and LOC-03 rated for 2027-2028."""
    ws, built, _ = awarded_tender(tmp_path, factory=tmp_path_factory)
    with ws:
        award.start_delivery(ws, built.reference)
        cs = {c.code: c for c in commitments.list_commitments(ws, built.reference)}
        for code in ("LOC-01", "LOC-03", "LOC-05"):
            commitments.set_s52_kpi(ws, cs[code].id, True, reason="one of the contract's KPIs")
        commitments.update_commitment(ws, cs["LOC-02"].id, target="40", reason="the training provider closed")
        fte = _deliver(ws, cs["LOC-01"].id, "2027-Q1", actual=cs["LOC-01"].target, note=FORMULA)
        evidence = tmp_path / "payroll.csv"
        evidence.write_text("post,fte\ncook,1\n", encoding="utf-8")
        entries.attach_evidence(ws, fte.id, evidence)
        _deliver(ws, cs["LOC-03"].id, "2027-Q1", actual="1")
        _deliver(ws, cs["LOC-03"].id, "2027-Q2", "queried", "no timesheets sent", actual="40")
        _deliver(ws, cs["LOC-05"].id, "2027-Q1", "rejected", "figures for another contract", actual="9")
        ratings.record_rating(ws, cs["LOC-01"].id, YEAR, ratings_suggestion(ws, built.reference, cs["LOC-01"].id))
        ratings.record_rating(ws, cs["LOC-03"].id, YEAR, "improvement",
                              "volunteering began late; the second quarter's hours are queried")
        yield ws, built, cs


def ratings_suggestion(ws, tender: str, commitment: int) -> str:
    return next(x for x in ratings.rating_lines(ws, tender, YEAR) if x.commitment.id == commitment).suggestion


def test_a_notice_is_refused_while_a_kpi_of_the_period_is_unrated(contract, tmp_path) -> None:
    ws, built, cs = contract
    out = tmp_path / "notice.json"
    with pytest.raises(CoopEvalError, match="Rate every KPI for 2027-2028 first; not yet rated: LOC-05") as refused:
        documents.write_performance_notice(ws, built.reference, YEAR, out)
    assert "LOC-01" not in str(refused.value) and not out.exists()
    with pytest.raises(CoopEvalError, match="FILE.pdf or FILE.json"):
        documents.write_performance_notice(ws, built.reference, YEAR, tmp_path / "notice.txt")


def test_notice_json_holds_what_a_performance_notice_needs(contract, tmp_path) -> None:
    ws, built, cs = contract
    ratings.record_rating(ws, cs["LOC-05"].id, YEAR, "other", "the only figure was for another contract")
    out = documents.write_performance_notice(ws, built.reference, YEAR, tmp_path / "notice.json")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert (data["format"], data["version"]) == ("coopeval-performance-notice", 1)
    assert "does not publish" in data["note"] and "section 52" in data["statement"]
    assert data["tender"] == {"reference": "T1", "title": data["tender"]["title"]} and data["tender"]["title"]
    assert data["supplier"]["identifier"] == "IP000" and data["supplier"]["name"]
    assert data["contract"]["value_pence"] == 125_000_000 and data["contract"]["value"] == "£1,250,000.00"
    assert data["contract"]["start"] == "2027-04-15" and data["contract"]["end"] == "2029-04-14"
    assert data["period"] == {"key": YEAR, "text": "April 2027 to March 2028", "first_day": "2027-04-15",
                              "last_day": "2028-03-31", "final": False}
    kpis = {k["code"]: k for k in data["kpis"]}
    assert list(kpis) == ["LOC-01", "LOC-03", "LOC-05"]  # the KPIs only, in contract order
    assert kpis["LOC-03"]["rating"] == "improvement" and kpis["LOC-03"]["rating_words"] == "Requires improvement"
    assert kpis["LOC-03"]["delivered"] == "1" and "queried" in kpis["LOC-03"]["reason"]
    assert kpis["LOC-05"]["delivered"] is None and kpis["LOC-05"]["rating_words"] == "Other"
    target = Decimal(cs["LOC-03"].target)
    assert Decimal(kpis["LOC-03"]["promised"]) == (target * 352 / 731).quantize(Decimal("0.01"))
    documented = json.loads(DOC.read_text(encoding="utf-8").split("```json\n")[1].split("```")[0].replace("…", ""))
    assert keys(documented) == keys(data)  # docs/delivery-json.md describes exactly what is written


def keys(value: object, where: str = "") -> set[str]:
    if isinstance(value, dict):
        return {f"{where}.{k}" for k in value} | {x for k, v in value.items() for x in keys(v, f"{where}.{k}")}
    if isinstance(value, list) and value:
        return keys(value[0], where + "[]")
    return set()


def test_notice_pdf_reads_as_a_notice_with_bookmarks_and_page_numbers(contract, tmp_path) -> None:
    ws, built, cs = contract
    ratings.record_rating(ws, cs["LOC-05"].id, YEAR, "inadequate", "the only figure was for another contract")
    out = documents.write_performance_notice(ws, built.reference, YEAR, tmp_path / "notice.pdf")
    pages = pdf_pages(out)
    text = flat(" ".join(pages))
    for words in ("Contract performance notice", "April 2027 to March 2028", "CoopEval does not publish",
                  "Requires improvement", "Inadequate", "the only figure was for another contract", "IP000",
                  "£1,250,000.00", f"Page 1 of {len(pages)}"):
        assert words in text, words
    outline = [item.title for item in pypdf.PdfReader(out).outline if not isinstance(item, list)]
    assert outline[:2] == ["Notice", "Assessment against each KPI"]


def test_signed_delivery_report_verifies_and_shows_delivery_against_promise(contract, tmp_path) -> None:
    ws, built, cs = contract
    key, cert = writing.throwaway_signing_key(tmp_path / "keys", "Olu Adebayo")
    out = documents.write_delivery_report(ws, built.reference, tmp_path / "delivery.pdf", sign=key)
    report = writing.verify_report(out, trust=[cert])
    assert report.ok, report.failed
    assert (report.tender, report.audit_head) == ("T1", ws.audit_head())
    text = flat(" ".join(pdf_pages(out)))
    fte = Decimal(cs["LOC-01"].target)
    for words in ("Delivery report", "Delivered against promised", "Year by year", "Queried and rejected entries",
                  "no timesheets sent", "figures for another contract", "the training provider closed",
                  f"£{fte * 1000:,.2f}",  # LOC-01's proxy, £1,000 per FTE, × what was promised and delivered
                  "Requires improvement", "Not rated", "Invented illustrative figure"):
        assert words in text, words


def test_delivery_report_xlsx_holds_numbers_as_numbers_and_text_never_as_formulas(contract, tmp_path) -> None:
    ws, built, cs = contract
    out = documents.write_delivery_report(ws, built.reference, tmp_path / "delivery.xlsx")
    book = load_workbook(out)
    assert book.sheetnames == ["contract", "commitments", "ratings", "entries", "contract_changes"]
    rows = list(book["commitments"].iter_rows(values_only=True))
    head = rows[0]
    line = dict(zip(head, next(r for r in rows[1:] if r[0] == "LOC-01")))
    fte = Decimal(cs["LOC-01"].target)
    assert line["promised_for_contract"] == fte and line["delivered_to_date"] == fte
    assert line["promised_pounds"] == fte * 1000 and line["evidence_files"] == 1 and line["s52_kpi"] is True
    plan = dict(zip(head, next(r for r in rows[1:] if r[0] == "LOC-04")))
    assert plan["promised_pounds"] is None  # no proxy, no £
    note = next(c for c in book["entries"]["I"] if c.value == FORMULA)
    assert note.data_type == "s"
    checks = {(r[0], r[1]): r[4] for r in book["entries"].iter_rows(min_row=2, values_only=True)}
    assert checks[("LOC-03", "2027-Q2")] == "queried" and checks[("LOC-05", "2027-Q1")] == "rejected"
    changes = list(book["contract_changes"].iter_rows(min_row=2, values_only=True))
    assert ("LOC-02", "target", "40", "the training provider closed") in [(c[0], c[1], c[3], c[4]) for c in changes]


def test_a_spreadsheet_report_cannot_be_signed(contract, tmp_path) -> None:
    ws, built, _ = contract
    key, _ = writing.throwaway_signing_key(tmp_path / "keys", "Olu Adebayo")
    with pytest.raises(CoopEvalError, match="cannot carry a digital signature"):
        documents.write_delivery_report(ws, built.reference, tmp_path / "delivery.xlsx", sign=key)
    with pytest.raises(CoopEvalError, match="FILE.pdf or FILE.xlsx"):
        documents.write_delivery_report(ws, built.reference, tmp_path / "delivery.csv")
