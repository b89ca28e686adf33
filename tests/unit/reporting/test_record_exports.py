"""A bid's record answers (legal form, statuses, ownership, register numbers, with evidence) in the exports and the
moderation report (issue 17 §3): one column per record field, evidence beside it, text cells as strings; a bid entered
before record fields shows its form and evidence in the same way."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from coopeval.domain.framework import RecordField
from coopeval.domain.records import RecordAnswer
from coopeval.reporting.data import organisation
from coopeval.services.interchange import tender_json as interchange
from coopeval.services.reports import writing as reports
from coopeval.services.workspace import Workspace
from tests.helpers.reports import flat, pdf_pages
from tests.unit.services.test_interchange import small_document, small_document_v2

FORMULA = "=HYPERLINK(\"http://x.example\", \"register\")"
FIXED = ["bid_identifier", "bid_name", "trading_name", "received_on", "withdrawn", "withdrawn_reason"]


@pytest.fixture
def answered(tmp_path: Path) -> Path:
    """A tender in moderation whose framework asks record fields; bid A1 answers them, B2 gives one answer."""
    document = small_document_v2()
    document["bids"][0]["records"][0]["evidence"] = FORMULA
    document["bids"][0]["records"][3]["value"] = "01234567"  # a register number: text, its leading zero kept
    document["bids"][1]["records"] = [{"code": "R-FORM", "value": "company", "evidence": ""}]
    path = tmp_path / "answered.coopeval"
    with Workspace.create(path) as ws:
        interchange.import_tender(ws, document)
    return path


@pytest.fixture
def legacy(tmp_path: Path) -> Path:
    """A version-1 tender: bid A1 holds an organisation form and its evidence in the bid itself."""
    document = small_document()
    document["bids"][0].update(org_form="worker co-operative", org_evidence="-FCA 1234R")
    path = tmp_path / "legacy.coopeval"
    with Workspace.create(path) as ws:
        interchange.import_tender(ws, document)
    return path


def export(path: Path, fmt: str, out: Path) -> None:
    with Workspace.open(path, read_only=True) as ws:
        reports.export_tender(ws, "S1", fmt, out)


def xlsx_bids(path: Path, tmp_path: Path) -> tuple[list[str], list[list[openpyxl.cell.Cell]]]:
    out = tmp_path / "record.xlsx"
    export(path, "xlsx", out)
    sheet = openpyxl.load_workbook(out)["bids"]
    return [c.value for c in sheet[1]], [list(row) for row in sheet.iter_rows(min_row=2)]


def csv_bids(path: Path, tmp_path: Path) -> list[list[str]]:
    folder = tmp_path / "csv"
    export(path, "csv", folder)
    with open(folder / "bids.csv", encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def test_xlsx_has_a_column_per_record_field_with_its_evidence_as_string_cells(answered: Path, tmp_path: Path):
    header, rows = xlsx_bids(answered, tmp_path)
    assert header == [*FIXED, "Legal form", "Legal form — evidence", "Status", "Status — evidence",
                      "Companies House number"]
    a1 = dict(zip(header, rows[0]))
    assert a1["bid_identifier"].value == "A1"
    assert a1["Legal form"].value == "co-operative society"
    assert a1["Legal form — evidence"].value == FORMULA and a1["Legal form — evidence"].data_type == "s"
    assert a1["Status"].value == "community interest company; registered charity"
    assert a1["Status — evidence"].value == "community interest company: CIC34 report 2025"
    assert a1["Companies House number"].value == "01234567" and a1["Companies House number"].data_type == "s"
    b2 = {h: c.value for h, c in zip(header, rows[1])}
    assert (b2["Legal form"], b2["Status"], b2["Companies House number"]) == ("company", None, None)


def test_csv_has_the_same_columns_and_neutralises_formula_like_answers(answered: Path, tmp_path: Path):
    rows = csv_bids(answered, tmp_path)
    assert rows[0] == [*FIXED, "Legal form", "Legal form — evidence", "Status", "Status — evidence",
                       "Companies House number"]
    a1 = dict(zip(rows[0], rows[1]))
    assert a1["Legal form — evidence"] == "'" + FORMULA
    assert a1["Status"] == "community interest company; registered charity"
    assert a1["Companies House number"] == "01234567"
    assert dict(zip(rows[0], rows[2]))["Status"] == ""


def test_a_bid_entered_before_record_fields_shows_its_form_and_evidence(legacy: Path, tmp_path: Path):
    header, rows = xlsx_bids(legacy, tmp_path)
    assert header == [*FIXED, "Organisation form", "Evidence of organisation form"]
    assert [c.value for c in rows[0][-2:]] == ["worker co-operative", "-FCA 1234R"]
    assert all(c.data_type == "s" for c in rows[0][-2:])
    assert [c.value for c in rows[1][-2:]] == [None, None]
    csv_rows = csv_bids(legacy, tmp_path)
    assert csv_rows[1][-2:] == ["worker co-operative", "'-FCA 1234R"]


def test_the_moderation_report_names_legal_form_status_and_ownership(answered: Path, legacy: Path, tmp_path: Path):
    with Workspace.open(answered, read_only=True) as ws:
        reports.write_report(ws, "S1", tmp_path / "answered.pdf", deterministic=True)
    text = flat(" ".join(pdf_pages(tmp_path / "answered.pdf")))
    assert "Identifier: A1 · Legal form: co-operative society · Status: community interest company; registered " \
           "charity" in text
    assert "Identifier: B2 · Legal form: company" in text
    assert "01234567" not in text  # a register number is not the organisation's form
    with Workspace.open(legacy, read_only=True) as ws:
        reports.write_report(ws, "S1", tmp_path / "legacy.pdf", deterministic=True)
    text = flat(" ".join(pdf_pages(tmp_path / "legacy.pdf")))
    assert "Identifier: A1 · Form: worker co-operative" in text
    assert "Identifier: B2 ·" not in text and "Identifier: B2" in text


def test_the_report_names_the_organisation_by_role_never_its_register_numbers():
    fields = (RecordField(code="OWN", title="Ownership", kind="choice", choices=("worker co-operative",),
                          role="ownership"),
              RecordField(code="CH", title="Companies House number", kind="text", role="register_id"),
              RecordField(code="FORM", title="Legal form", kind="choice", choices=("company",), role="legal_form"))
    answers = (RecordAnswer("CH", "01234567"), RecordAnswer("form", "company", "Articles"),
               RecordAnswer("OWN", "worker co-operative"))
    assert organisation(fields, answers) == (("Ownership", "worker co-operative"), ("Legal form", "company"))
    assert organisation(fields, (RecordAnswer("CV-ORG-FORM", "charity"), RecordAnswer("CH", "1"))) == \
        (("Form", "charity"),)
    assert organisation((), ()) == ()
