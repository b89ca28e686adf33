"""Nothing stored can break an output (issue 14, item 5): text that the services now refuse but an
older version, an import or a database editor left in the workspace — control characters, a
vertical tab pasted from Word, non-characters, direction overrides, formula-like starts — is
written into every export format and every PDF."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from coopeval.reporting.exports import (
    XLSX_CELL_LIMIT,
    Column,
    ExportTable,
    neutralise,
    write_csv_folder,
    write_xlsx,
    xlsx_text,
)
from coopeval.services.reports import writing as reports
from coopeval.services.workspace import Workspace
from tests.helpers.reports import WELSH, pdf_pages
from tests.helpers.workspaces import raw

# Every character XML 1.0 forbids that SQLite can hold, and some it allows that the services refuse.
FORBIDDEN = "".join(chr(c) for c in range(0x20) if chr(c) not in "\t\n\r") + "\ufffe\uffff"
ALLOWED_BUT_HOSTILE = "\x7f\x85\u202e\u200b\ufeff\u2028\t\r"
HOSTILE = f"[{FORBIDDEN}{ALLOWED_BUT_HOSTILE}]"
PREFIX = "\x0b=1+1 "  # a vertical tab before a formula

# Every stored text field the exports or reports read.
TEXT_COLUMNS = {
    "tender": ("reference", "title", "authority", "description"),
    "tender_measure": ("code", "theme"),
    "bid": ("identifier", "legal_name", "trading_name", "address", "email", "org_form", "org_evidence"),
    "response": ("text", "page_refs"),
    "member": ("name", "email"),
    "declaration": ("details", "resolution_note"),
    "score": ("abstain_reason", "rationale", "evidence_refs"),
    "consensus": ("quantity_reason", "rationale", "recorded_by"),
    "sign_off": ("statement",),
}


def spoil(path: Path) -> int:
    """Write hostile text straight into every text column (bypassing the services, which refuse
    it); returns the tender's id."""
    con = raw(path)
    try:
        for table, columns in TEXT_COLUMNS.items():
            sets = ", ".join(f"{c} = ? || {c} || ?" for c in columns)
            con.execute(f"UPDATE {table} SET {sets}", [PREFIX, HOSTILE] * len(columns))
        (tender_id,) = con.execute("SELECT id FROM tender WHERE reference LIKE ?", (f"%{WELSH}%",)).fetchone()
    finally:
        con.close()
    return tender_id


@pytest.fixture
def hostile(welsh) -> tuple[Path, int]:
    return welsh, spoil(welsh)


def test_xlsx_export_writes_every_hostile_stored_text(hostile, tmp_path):
    path, tender = hostile
    out = tmp_path / "record.xlsx"
    with Workspace.open(path, read_only=True) as ws:
        reports.export_tender(ws, tender, "xlsx", out)
    book = openpyxl.load_workbook(out)
    texts = [c for sheet in book.worksheets for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    spoilt = [c for c in texts if "[" in c.value and "\u202e" in c.value]
    assert len(spoilt) > 50  # every text field of every table came through
    for cell in spoilt:
        assert cell.data_type == "s"
        assert not any(ch in cell.value for ch in FORBIDDEN)
        assert "\n=1+1 " in cell.value and not cell.value.startswith("'")  # \v became a line break; no apostrophe
        # \v and \f became line breaks, the other forbidden characters U+FFFD; the rest is kept
        assert ("[" + "\ufffd" * 9 + "\n\n" + "\ufffd" * 20 + ALLOWED_BUT_HOSTILE + "]") in cell.value
    assert any("Ymateb cryf" in c.value for c in spoilt)


def test_csv_export_keeps_hostile_stored_text_exactly(hostile, tmp_path):
    path, tender = hostile
    folder = tmp_path / "csv"
    with Workspace.open(path, read_only=True) as ws:
        reports.export_tender(ws, tender, "csv", folder)
    with open(folder / "scores.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert rows
    for row in rows:
        for column in ("bid_name", "evaluator", "rationale", "evidence_refs", "measure_code"):
            value = row[column]
            assert value.startswith("'" + PREFIX) and value.endswith(HOSTILE), column  # faithful, neutralised
    with open(folder / "declarations.csv", encoding="utf-8-sig", newline="") as f:
        details = [r["details"] for r in csv.DictReader(f) if r["details"]]
    assert details and all(d.endswith(HOSTILE) for d in details)


def test_report_and_summaries_render_hostile_stored_text(hostile, tmp_path):
    path, tender = hostile
    with Workspace.open(path, read_only=True) as ws:
        reports.write_report(ws, tender, tmp_path / "report.pdf", deterministic=True)
        files = reports.write_summaries(ws, tender, tmp_path / "summaries", deterministic=True)
    text = "".join(pdf_pages(tmp_path / "report.pdf"))
    assert "Ymateb cryf" in text
    assert files and all(Path(f).stat().st_size > 0 for f in files)


@pytest.mark.parametrize("char", [*FORBIDDEN, "\ud800", "\udfff"], ids=lambda c: f"U+{ord(c):04X}")
def test_xlsx_holds_any_character(char, tmp_path):
    value = f"=a{char}b"
    table = ExportTable("t", (Column(f"head{char}"), Column("n", "points")), ((value, "24"),))
    write_xlsx([table], tmp_path / "t.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "t.xlsx")["t"]
    expected = "\n" if char in "\v\f" else "\ufffd"
    assert sheet["A1"].value == f"head{expected}"
    assert sheet["A2"].value == f"=a{expected}b" and sheet["A2"].data_type == "s"
    write_csv_folder([table], tmp_path)
    written = (tmp_path / "t.csv").read_text(encoding="utf-8-sig")
    surrogate = 0xD800 <= ord(char) <= 0xDFFF  # no UTF-8 file can hold one: U+FFFD; all else as stored
    assert (f"'=a{char}b" if not surrogate else "'=a\ufffdb") in written


def test_xlsx_cuts_text_beyond_a_cells_limit_and_says_so():
    value = xlsx_text("x" * 100_000)
    assert len(value) == XLSX_CELL_LIMIT and value.endswith("the CSV export holds the full text]")
    assert "100,000" in value
    assert xlsx_text("short") == "short"


@pytest.mark.parametrize("lead", [" ", "\u00a0", "\u200b", "\ufeff", "\u3000", " \u00a0\u200b", "\n"])
@pytest.mark.parametrize("sign", ["=", "+", "-", "@", "\uff1d"])
def test_csv_neutralises_formula_signs_behind_blank_or_invisible_characters(lead, sign):
    assert neutralise(f"{lead}{sign}1+1") == f"'{lead}{sign}1+1"
    assert neutralise(f"{sign}1+1") == f"'{sign}1+1"
    assert neutralise(f"{lead}Tŷ {sign} good") == f"{lead}Tŷ {sign} good"
