"""Exports: XLSX with one sheet per table, typed cells and frozen header rows; a folder of UTF-8 CSV
files with headers; formula-like text neutralised in both; Welsh text intact; nothing before
moderation; nothing half-written."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from coopeval.domain.errors import CoopEvalError
from coopeval.domain.lifecycle import LifecycleError
from coopeval.domain.progress import Cancelled
from coopeval.reporting.exports import neutralise
from coopeval.services.reports import writing as reports
from coopeval.services.workspace import Workspace
from tests.helpers.reports import DEMO_DONE, DEMO_OPEN, FORMULA_RATIONALE, WELSH

TABLES = ["scores", "consensus", "commitments", "declarations", "results", "bids", "measure_points"]


def export(path: Path, tender: str, fmt: str, out: Path, **kwargs) -> list[Path]:
    with Workspace.open(path, read_only=True) as ws:
        return reports.export_tender(ws, tender, fmt, out, **kwargs)


def test_xlsx_has_a_sheet_per_table_typed_cells_and_frozen_headers(welsh, tmp_path, run):
    out = tmp_path / "record.xlsx"
    code, stdout, err = run("export", welsh, "--tender", WELSH, "--format", "xlsx", "--out", out)
    assert code == 0, err
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == TABLES
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2"
    scores = book["scores"]
    header = [c.value for c in scores[1]]
    rows = [dict(zip(header, (c.value for c in row))) for row in scores.iter_rows(min_row=2)]
    assert len(rows) == 9  # 3 bids x 1 qualitative measure x 3 scorers
    first = rows[0]
    assert isinstance(first["score"], int) and first["abstained"] is False
    assert isinstance(first["submitted_at_utc"], dt.datetime)
    assert {r["evaluator"] for r in rows} == {"Siân Llŵyd", "Gwenllïan Ŵyn", "Łukasz Wójcik"}
    results = book["results"]
    header = [c.value for c in results[1]]
    ranked = [dict(zip(header, (c.value for c in row))) for row in results.iter_rows(min_row=2)]
    assert ranked[0]["rank"] == 1 and ranked[0]["bid_name"].startswith("Cwmni Tŷ Coch Cyf")
    assert isinstance(ranked[0]["total"], (int, float)) and ranked[0]["disqualified"] is False
    commitments = book["commitments"]
    header = [c.value for c in commitments[1]]
    rows = [dict(zip(header, (c.value for c in row))) for row in commitments.iter_rows(min_row=2)]
    over_claim = next(r for r in rows if r["quantity_reason"])
    assert over_claim["committed_quantity"] == 9 and over_claim["accepted_quantity"] == 7
    assert over_claim["difference"] == -2  # a number: never neutralised


def test_formula_like_text_is_a_string_cell_in_xlsx_shown_as_typed(welsh, tmp_path):
    out = tmp_path / "record.xlsx"
    export(welsh, WELSH, "xlsx", out)
    book = openpyxl.load_workbook(out)
    cells = [c for sheet in book.worksheets for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    assert not any(c.data_type == "f" for c in cells)
    dangerous = [c for c in cells if c.value.startswith(("=", "+", "-", "@"))]
    assert dangerous and all(c.data_type == "s" for c in dangerous)
    assert any(c.value == FORMULA_RATIONALE for c in cells)  # as typed: no apostrophe showing in the cell
    assert any(c.value.startswith("@Mae fy nghefnder") for c in cells)  # a declaration's details
    assert not any(c.value.startswith("'") for c in cells)


def test_results_headers_are_whole_and_points_are_numbers_shown_to_two_places(welsh, tmp_path):
    out = tmp_path / "record.xlsx"
    export(welsh, WELSH, "xlsx", out)
    results = openpyxl.load_workbook(out)["results"]
    header = [c.value for c in results[1]]
    themes = header[7:]
    assert themes and all(h.startswith("example-local-measures: ") and "(of " in h for h in themes)
    assert len(set(themes)) == len(themes)
    for row in results.iter_rows(min_row=2):
        for cell in row[3:5] + row[7:]:
            assert cell.data_type == "n" and isinstance(cell.value, (int, float)), (cell.coordinate, cell.value)
            assert cell.number_format == "0.00"
    points = openpyxl.load_workbook(out)["measure_points"]
    header = [c.value for c in points[1]]
    values = [row[header.index("value")].value for row in points.iter_rows(min_row=2)]
    assert values and all(isinstance(v, (int, float)) for v in values)  # scores and quantities are numbers
    folder = tmp_path / "csv"
    export(welsh, WELSH, "csv", folder)
    with open(folder / "results.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][7:] == themes
    assert all(Decimal(v) >= 0 for row in rows[1:] for v in row[7:])  # plain numbers, no apostrophe


def test_csv_is_a_folder_of_utf8_files_with_headers_and_neutralised_text(welsh, tmp_path, run):
    folder = tmp_path / "csv"
    code, stdout, err = run("export", welsh, "--tender", WELSH, "--format", "csv", "--out", folder)
    assert code == 0, err
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{t}.csv" for t in TABLES)
    raw = (folder / "scores.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with a BOM, so Excel reads ŵ and ŷ
    with open(folder / "scores.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0])[:5] == ["bid_identifier", "bid_name", "measure_code", "measure_title", "evaluator"]
    assert {r["evaluator"] for r in rows} == {"Siân Llŵyd", "Gwenllïan Ŵyn", "Łukasz Wójcik"}
    assert any(r["rationale"] == "'" + FORMULA_RATIONALE for r in rows)
    assert all(not r["rationale"].startswith(("=", "+", "-", "@")) for r in rows)
    with open(folder / "commitments.csv", encoding="utf-8-sig", newline="") as f:
        commitments = list(csv.DictReader(f))
    assert any(r["difference"] == "-2" for r in commitments)


@pytest.mark.parametrize("text, expected", [
    ("=1+1", "'=1+1"), ("+44 20", "'+44 20"), ("-5 jobs", "'-5 jobs"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\t=x", "'\t=x"), ("\r=x", "'\r=x"), ("Tŷ Bwyd = good", "Tŷ Bwyd = good"), ("", ""),
    (" =1+1", "' =1+1"), ("\u00a0=1+1", "'\u00a0=1+1"), ("\u200b=1+1", "'\u200b=1+1"), ("\ufeff=1+1", "'\ufeff=1+1"),
    ("\uff1d1+1", "'\uff1d1+1"), ("\u00a0\uff1d1+1", "'\u00a0\uff1d1+1"), ("  plain", "  plain"),
])
def test_neutralise(text, expected):
    assert neutralise(text) == expected


def test_exports_wait_for_moderation_and_a_csv_needs_a_folder(demo, tmp_path, run):
    with pytest.raises(LifecycleError, match="blind"):
        export(demo, DEMO_OPEN, "xlsx", tmp_path / "x.xlsx")
    code, _, err = run("export", demo, "--tender", DEMO_DONE, "--format", "csv", "--out", tmp_path / "scores.csv")
    assert code == 1 and "names a folder" in err
    with pytest.raises(CoopEvalError, match=".xlsx"):
        export(demo, DEMO_DONE, "xlsx", tmp_path / "record.csv")
    written = {p.name for p in tmp_path.iterdir()} - {p.name for p in tmp_path.glob("demo.coopeval*")}
    assert written <= {"backups"}


def test_a_cancelled_export_writes_nothing(demo, tmp_path):
    out = tmp_path / "record.xlsx"
    calls = []
    with pytest.raises(Cancelled):
        export(demo, DEMO_DONE, "xlsx", out, cancel=lambda: calls.append(1) or len(calls) > 3)
    assert not out.exists() and not list(tmp_path.glob(".*"))
    folder = tmp_path / "csv"
    calls.clear()
    with pytest.raises(Cancelled):
        export(demo, DEMO_DONE, "csv", folder, cancel=lambda: calls.append(1) or len(calls) > 4)
    assert list(folder.iterdir()) == []


def test_decimal_values_stay_exact_in_csv(demo, tmp_path):
    folder = tmp_path / "csv"
    export(demo, DEMO_DONE, "csv", folder)
    with open(folder / "results.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [Decimal(r["total"]) for r in rows] == sorted((Decimal(r["total"]) for r in rows), reverse=True)
    assert rows[0]["bid_name"].startswith("Hearth & Table Ltd")
