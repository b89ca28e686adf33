"""The portfolio's PDF and spreadsheet (reporting/portfolio via services/portfolio/documents.write_portfolio): the
answer first, page X of Y, the sections in order; a sheet per table with money as £ numbers, UK dates, frozen
headers and text that never runs as a formula; the suffix decides and nothing half-written is left."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from coopeval.domain.errors import CoopEvalError
from coopeval.services.portfolio import documents
from coopeval.services.portfolio.views import (
    AreaShare,
    AwardYear,
    Conflict,
    MeasureTotal,
    ModelShare,
    PortfolioTender,
    PortfolioView,
    SpendYear,
    Trend,
)

TENDER = PortfolioTender(
    reference="T1", title="=HYPERLINK(\"http://x\")", authority="Elmbridge Vale Council",
    workspaces=("a.coopeval", "b.coopeval"), year="2026-27", notice_date="2027-03-01", value_pence=1_250_000_00,
    supplier="Greenways", legal_form="registered society", model="worker co-operative", democratic=True,
    coop_bid=True, bids=3, status="in_delivery", supply_chain_promised_pence=125_000_00,
    supply_chain_delivered_pence=50_000_00)
VIEW = PortfolioView(
    workspaces=("a.coopeval", "b.coopeval"), year="2026-27", baseline="2025-26", years=("2025-26", "2026-27"),
    tenders=(TENDER,),
    award_years=(AwardYear("2026-27", 1, 1_250_000_00, 1_250_000_00, "100.0", 1, 1,
                           (ModelShare("worker co-operative", True, 1_250_000_00, "100.0"),)),),
    measures=(MeasureTotal("LOC-01", "Jobs", "FTE", "higher", 1, "12", "8", "66.7"),),
    spend_years=(SpendYear("2025-26", 9_000_000_00, 300_000_00, 7_000_000_00, 200_000_00, 1_500_000_00, "3.3", 900),
                 SpendYear("2026-27", 10_000_000_00, 420_000_00, 7_800_000_00, 280_000_00, 1_500_000_00, "4.2",
                           1000)),
    spend_areas=(AreaShare("2026-27", "Environment", 4_000_000_00, 420_000_00, 500_000_00, "10.5"),
                 AreaShare("2026-27", "", 6_000_000_00, 0, 1_000_000_00, "0.0")),
    spend_models=(ModelShare("investor-owned", False, 7_800_000_00, "78.0"),
                  ModelShare("unmatched", None, 1_500_000_00, "15.0")),
    trend=(Trend("2025-26", None, None, "3.3", "0.0"), Trend("2026-27", "100.0", None, "4.2", "+0.9")),
    conflicts=(Conflict("T9", ("a.coopeval", "c.coopeval"), "the award differs: value £1.00 / £2.00"),),
    supply_chain_promised_pence=125_000_00, supply_chain_delivered_pence=50_000_00, spend_lines=1900,
    duplicate_lines=12, notes=("c.coopeval was not read: it is damaged",))


def test_pdf_answers_first_then_every_section(tmp_path: Path):
    out = documents.write_portfolio(VIEW, tmp_path / "portfolio.pdf", deterministic=True)
    reader = PdfReader(out)
    pages = [" ".join(page.extract_text().split()) for page in reader.pages]
    first = pages[0]
    assert ("In 2026-27, 4.2% of the council's spend (£420,000 of £10,000,000) went to co-operative and democratic "
            "businesses; £1,500,000 (15.0%) is not yet matched") in first
    assert first.index("4.2% of the council's spend") < first.index("Awards")
    assert f"Page 1 of {len(pages)}" in first
    text = " ".join(pages)
    order = ["The council's spend", "Promised and delivered", "Tenders counted", "Conflicts (left out of the figures)",
             "Notes", "How these figures are made"]
    assert [text.index(h) for h in order] == sorted(text.index(h) for h in order)
    assert "Against 2025-26: spend share +0.9 points" in text
    assert "£50,000 delivered of £125,000 promised" in text
    assert "not given" in text and "1 Mar 2027" in text
    assert "c.coopeval was not read: it is damaged" in text
    assert not list(tmp_path.glob(".*part"))


def test_xlsx_sheets_with_pounds_dates_and_safe_text(tmp_path: Path):
    out = documents.write_portfolio(VIEW, tmp_path / "portfolio.xlsx")
    book = openpyxl.load_workbook(out)
    assert {"Summary", "Awards by year", "Spend by year", "Spend by area", "Spend by model", "Trend", "Tenders",
            "Promised and delivered", "Conflicts", "Notes"} <= set(book.sheetnames)
    spend = book["Spend by year"]
    assert spend.freeze_panes == "A2"
    row = [c for c in spend[3]]
    assert row[0].value == "2026-27" and row[1].value == 10_000_000 and "£" in row[1].number_format
    assert row[3].value == pytest.approx(4.2) and row[3].number_format == "0.0"
    tender = book["Tenders"]
    cells = {tender.cell(1, i).value: tender.cell(2, i) for i in range(1, tender.max_column + 1)}
    assert cells["Award notice"].number_format == "dd/mm/yyyy" and cells["Award notice"].value.year == 2027
    assert cells["Title"].data_type == "s" and cells["Title"].value == TENDER.title  # kept as text, never a formula
    assert cells["CV-CC-01 delivered"].value == 50_000
    assert book["Summary"]["A2"].value.startswith("In 2026-27, 4.2% of the council's spend")


def test_suffix_decides_and_a_missing_folder_is_refused(tmp_path: Path):
    with pytest.raises(CoopEvalError, match=r"\.pdf or \.xlsx"):
        documents.write_portfolio(VIEW, tmp_path / "portfolio.docx")
    with pytest.raises(CoopEvalError, match="does not exist"):
        documents.write_portfolio(VIEW, tmp_path / "no-such-folder" / "portfolio.pdf")
    assert list(tmp_path.iterdir()) == []
