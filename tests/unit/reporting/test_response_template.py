"""The XLSX response template (issue 18): laid out as `template_layout` says, guidance locked and answers unlocked,
drop-downs from the hidden Lists sheet, quantity validation only where a quantity is asked, a very hidden marker
naming the tender and its set-up, text never a formula; written by the service and `coopeval bids template`, and
kept in the workspace."""

from __future__ import annotations

import hashlib
import io
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest

from coopeval import cli
from coopeval.domain.errors import CoopEvalError
from coopeval.reporting.questionnaire import template_layout as lay
from coopeval.reporting.questionnaire.template import render_template
from coopeval.services.publishing import files
from coopeval.services.publishing.questionnaire import NotReadyToPublishError, questionnaire_data, write_template
from coopeval.services.setup import tenders
from tests.helpers.response_template import FINGERPRINT, LONG_CHOICES, MEASURES, RECORDS, measure, sample_data
from tests.helpers.workspaces import create_workspace, draft_tender

RC = lay.RESPONSE_COLUMNS
AC = lay.ABOUT_COLUMNS


def book_of(data: bytes) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(data))


@pytest.fixture(scope="module")
def book() -> openpyxl.Workbook:
    return book_of(render_template(sample_data()))


def response_row(n: int) -> int:
    return lay.RESPONSES_FIRST_ROW + n


def validations(sheet) -> list:
    return list(sheet.data_validations.dataValidation)


def covering(sheet, ref: str) -> list:
    return [dv for dv in validations(sheet) if ref in dv.sqref]


# --- the layout ------------------------------------------------------------------------------------------------------


def test_sheets_are_named_ordered_and_hidden_as_the_layout_says(book):
    assert book.sheetnames == [lay.ABOUT, lay.RESPONSES, lay.LISTS, lay.MARKER]
    states = {s.title: s.sheet_state for s in book.worksheets}
    assert states == {lay.ABOUT: "visible", lay.RESPONSES: "visible", lay.LISTS: "hidden", lay.MARKER: "veryHidden"}
    assert book.active.title == lay.ABOUT


def test_marker_names_the_tender_its_set_up_and_the_codes_in_order(book):
    marker = book[lay.MARKER]
    assert marker["A1"].value == lay.MARKER_TITLE
    assert marker["B1"].value == lay.TEMPLATE_FORMAT
    values = {marker.cell(row, 1).value: marker.cell(row, 2).value for row in range(2, 2 + len(lay.MARKER_KEYS))}
    assert list(values) == list(lay.MARKER_KEYS)
    assert values["format"] == lay.TEMPLATE_FORMAT
    assert values["tender_reference"] == "T-18"
    assert values["setup_fingerprint"] == FINGERPRINT
    assert values["measures"] == "M-PCT M-SHARE M-QUAL M-HOURS"
    assert values["record_fields"] == "R-FORM R-STATUS R-LONG R-NOTE"
    assert values["made_at"] == "7 Dec 2026"
    assert marker.protection.sheet


def test_one_response_row_per_measure_in_order_with_its_details(book):
    sheet = book[lay.RESPONSES]
    codes = [sheet[f"{RC['code']}{response_row(n)}"].value for n in range(len(MEASURES) + 1)]
    assert codes == [m.code for m in MEASURES] + [None]
    first = response_row(0)
    assert sheet[f"{RC['title']}{first}"].value == "Measure M-PCT"
    assert sheet[f"{RC['guidance']}{first}"].value.startswith("Say what you will do.")
    assert sheet[f"{RC['evidence']}{first}"].value == "A signed statement."
    assert sheet[f"{RC['word_limit']}{first}"].value == 300
    assert sheet[f"{RC['unit']}{first}"].value == "%"
    assert sheet[f"{RC['unit']}{response_row(2)}"].value is None  # qualitative: no unit
    assert sheet.protection.sheet


def test_about_you_asks_the_bid_details_then_every_record_field(book):
    sheet = book[lay.ABOUT]
    keys = [sheet[f"{AC['key']}{row}"].value for row in range(lay.ABOUT_FIRST_ROW, sheet.max_row + 2)]
    expected = [key for key, _, _ in lay.BID_DETAILS] + [f"{lay.RECORD_KEY}{r.code}" for r in RECORDS]
    assert keys == expected + [None]
    legal = sheet[f"{AC['label']}{lay.ABOUT_FIRST_ROW}"].value
    assert legal == "Legal name (required)"
    status_row = lay.ABOUT_FIRST_ROW + len(lay.BID_DETAILS) + 1  # R-STATUS, a "choices" field
    assert f'separated by "{lay.MULTI_SEPARATOR}"' in sheet[f"{AC['guidance']}{status_row}"].value
    assert sheet.protection.sheet


def test_only_answer_cells_are_unlocked(book):
    responses = book[lay.RESPONSES]
    for n, m in enumerate(MEASURES):
        row = response_row(n)
        for name in ("code", "title", "guidance", "evidence", "word_limit", "unit"):
            assert responses[f"{RC[name]}{row}"].protection.locked, (m.code, name)
        assert not responses[f"{RC['response']}{row}"].protection.locked
        assert not responses[f"{RC['page_refs']}{row}"].protection.locked
        quantitative = m.kind == "quantitative"
        assert responses[f"{RC['quantity']}{row}"].protection.locked is not quantitative, m.code
    about = book[lay.ABOUT]
    for row in range(lay.ABOUT_FIRST_ROW, lay.ABOUT_FIRST_ROW + len(lay.BID_DETAILS) + len(RECORDS)):
        assert about[f"{AC['key']}{row}"].protection.locked
        assert about[f"{AC['label']}{row}"].protection.locked
        assert about[f"{AC['guidance']}{row}"].protection.locked
        assert not about[f"{AC['answer']}{row}"].protection.locked
    evidence_unlocked = [not about[f"{AC['evidence']}{row}"].protection.locked
                         for row in range(lay.ABOUT_FIRST_ROW, lay.ABOUT_FIRST_ROW + len(lay.BID_DETAILS) + len(RECORDS))]
    assert evidence_unlocked == [False] * len(lay.BID_DETAILS) + [r.evidence for r in RECORDS]


def test_quantity_validation_covers_the_quantitative_measures_only(book):
    sheet = book[lay.RESPONSES]
    quantity = {m.code: f"{RC['quantity']}{response_row(n)}" for n, m in enumerate(MEASURES)}
    decimals = [dv for dv in validations(sheet) if dv.type == "decimal"]
    covered = {str(cell) for dv in decimals for r in dv.sqref.ranges for cell in _cells(r)}
    assert covered == {quantity["M-PCT"], quantity["M-SHARE"], quantity["M-HOURS"]}
    for code in ("M-PCT", "M-SHARE"):  # "%" and "% of contract value" are both percentages: 0 to 100
        (dv,) = covering(sheet, quantity[code])
        assert (dv.operator, dv.formula1, dv.formula2) == ("between", "0", "100")
        assert dv.showErrorMessage and dv.error
    (hours,) = covering(sheet, quantity["M-HOURS"])
    assert (hours.operator, hours.formula1) == ("greaterThanOrEqual", "0")
    assert "hours" in hours.prompt
    assert sheet[quantity["M-PCT"]].number_format == "General"  # 12 stays 12; a typed 12% becomes 0.12 with "0%"


def _cells(cell_range) -> list[str]:
    from openpyxl.utils import get_column_letter

    return [f"{get_column_letter(c)}{r}" for r in range(cell_range.min_row, cell_range.max_row + 1)
            for c in range(cell_range.min_col, cell_range.max_col + 1)]


def test_choice_drop_downs_point_at_the_lists_sheet_even_past_255_characters(book):
    about, lists = book[lay.ABOUT], book[lay.LISTS]
    first_record = lay.ABOUT_FIRST_ROW + len(lay.BID_DETAILS)
    by_code = {r.code: f"{AC['answer']}{first_record + n}" for n, r in enumerate(RECORDS)}
    assert len(";".join(LONG_CHOICES)) > 255
    for record in RECORDS:
        found = covering(about, by_code[record.code])
        if record.kind == "text":
            assert found == []
            continue
        (dv,) = found
        assert dv.type == "list"
        assert dv.formula1.startswith(f"'{lay.LISTS}'!$")  # a range, never an inline list
        column = dv.formula1.split("!$")[1].split("$")[0]
        assert lists[f"{column}1"].value == record.code
        listed = [lists[f"{column}{row}"].value for row in range(2, 2 + len(record.choices) + 1)]
        assert listed == list(record.choices) + [None]
        assert dv.formula1.endswith(f"${len(record.choices) + 1}")
        assert dv.showErrorMessage is (record.kind == "choice")  # "choices": several typed with ";" are allowed


def test_text_that_looks_like_a_formula_stays_text():
    hostile = "=HYPERLINK(\"http://x\",\"click\")"
    data = sample_data(reference="+44", measures=(
        measure("M-1", guidance=hostile, title="-1 jobs", unit="@hours"),),
        record_fields=(replace(RECORDS[0], description="@SUM(1)", choices=("=1+1", "Other")),))
    book = book_of(render_template(data))
    responses, about, lists = book[lay.RESPONSES], book[lay.ABOUT], book[lay.LISTS]
    row = response_row(0)
    cells = [responses[f"{RC['guidance']}{row}"], responses[f"{RC['title']}{row}"],
             responses[f"{RC['unit']}{row}"], responses["A1"], lists["A2"], book[lay.MARKER]["B3"]]
    for cell in cells:
        assert cell.data_type == "s", cell.coordinate
        assert cell.quotePrefix, cell.coordinate
    assert responses[f"{RC['guidance']}{row}"].value.startswith(hostile)
    assert about[f"{AC['guidance']}{lay.ABOUT_FIRST_ROW + len(lay.BID_DETAILS)}"].value.startswith("@SUM(1)")
    assert lists["A2"].value == "=1+1"
    assert book[lay.MARKER]["B3"].value == "+44"


def test_typing_cells_are_text_formatted_but_quantities_are_numbers(book):
    sheet = book[lay.RESPONSES]
    row = response_row(0)
    assert sheet[f"{RC['response']}{row}"].number_format == "@"  # "- a bullet" or "=x" typed stays as typed
    assert sheet[f"{RC['page_refs']}{row}"].number_format == "@"
    assert book[lay.ABOUT][f"{AC['answer']}{lay.ABOUT_FIRST_ROW}"].number_format == "@"


def test_the_same_data_gives_the_same_cells():
    def cells(data: bytes) -> list:
        wb = book_of(data)
        return [(s.title, c.coordinate, c.value, c.protection.locked) for s in wb.worksheets for r in s.iter_rows()
                for c in r]

    assert cells(render_template(sample_data())) == cells(render_template(sample_data()))


def test_print_setup_and_frozen_headings(book):
    for name in (lay.ABOUT, lay.RESPONSES):
        sheet = book[name]
        assert sheet.page_setup.orientation == "landscape"
        assert sheet.page_setup.fitToWidth == 1
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.freeze_panes.endswith(str(lay.RESPONSES_FIRST_ROW if name == lay.RESPONSES
                                               else lay.ABOUT_FIRST_ROW))


# --- the service and the command line --------------------------------------------------------------------------------


def ready(path: Path):
    ws = create_workspace(path)
    built = draft_tender(ws, "T1")
    tenders.update_tender(ws, "T1", deadline="2027-01-15T12:00", clarification_route="Ask through the portal.")
    return ws, built


def test_write_template_writes_and_keeps_it(tmp_path):
    ws, _ = ready(tmp_path / "w.coopeval")
    out = tmp_path / "RESPONSE.xlsx"
    kept, _ = write_template(ws, "T1", out)
    data = out.read_bytes()
    assert (kept.kind, kept.media, kept.version, kept.name) == ("template", "xlsx", 1, "RESPONSE.xlsx")
    assert kept.sha256 == hashlib.sha256(data).hexdigest()
    listed = files.list_files(ws, "T1", kind="template")
    assert [f.sha256 for f in listed] == [kept.sha256]
    copy = files.save_copy(ws, kept.id, tmp_path / "copy.xlsx")
    assert copy.read_bytes() == data
    marker = book_of(data)[lay.MARKER]
    expected = questionnaire_data(ws, "T1")
    assert marker["B3"].value == "T1"
    assert marker["B4"].value == expected.setup_fingerprint == kept.setup_fingerprint
    assert marker["B5"].value == " ".join(m.code for m in expected.measures)
    second, _ = write_template(ws, "T1", tmp_path / "again.xlsx")
    assert second.version == 2


def test_write_template_refused_while_the_set_up_is_incomplete(tmp_path):
    ws = create_workspace(tmp_path / "w.coopeval")
    draft_tender(ws, "T1")  # no deadline, no clarification route
    out = tmp_path / "RESPONSE.xlsx"
    with pytest.raises(NotReadyToPublishError, match="deadline"):
        write_template(ws, "T1", out)
    assert not out.exists()
    assert files.list_files(ws, "T1", kind="template") == []


def test_write_template_refuses_a_name_not_ending_in_xlsx(tmp_path):
    ws, _ = ready(tmp_path / "w.coopeval")
    with pytest.raises(CoopEvalError, match=r"\.xlsx"):
        write_template(ws, "T1", tmp_path / "RESPONSE.csv")
    assert files.list_files(ws, "T1", kind="template") == []


def run(*argv: object) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main([str(a) for a in argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_cli_bids_template(tmp_path):
    ws, _ = ready(tmp_path / "w.coopeval")
    ws.close()
    out = tmp_path / "RESPONSE.xlsx"
    code, text, err = run("bids", "template", tmp_path / "w.coopeval", "--tender", "T1", "--out", out)
    assert (code, err) == (0, "")
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    assert f"SHA-256 {digest}" in text
    assert book_of(out.read_bytes()).sheetnames == [lay.ABOUT, lay.RESPONSES, lay.LISTS, lay.MARKER]


def test_cli_bids_template_refusals_are_clean(tmp_path):
    ws = create_workspace(tmp_path / "w.coopeval")
    draft_tender(ws, "T1")
    ws.close()
    code, _, err = run("bids", "template", tmp_path / "w.coopeval", "--tender", "T1", "--out", tmp_path / "R.xlsx")
    assert code == 1 and "cannot be written yet" in err and "Traceback" not in err
    code, _, err = run("bids", "template", tmp_path / "w.coopeval", "--tender", "T1", "--out", tmp_path / "R.ods")
    assert code == 1 and ".xlsx" in err and "Traceback" not in err
    assert not (tmp_path / "R.xlsx").exists()


@pytest.mark.parametrize(("unit", "percent"), [
    ("%", True), ("% of contract value", True), (" Per  cent of staff", True), ("percentage", True),
    ("hours", False), ("FTE", False), ("percentile", False), ("hours per £100k", False), (None, False)])
def test_which_units_are_percentages(unit, percent):
    assert lay.is_percent_unit(unit) is percent
