"""Issue 18, bidders' returns attacked as an expert checker would: cells written as no template filler writes them
(a number Excel's own float cannot hold, formats that only look like percentages, twin sheet names, a tampered
marker), misleading quantities ("12,5", "150%"), files given twice or not at all. Each is refused as
`FILE: Sheet!CELL: message` (or `FILE: message`) and nothing is written; none raises."""

from __future__ import annotations

import io
import os
import re
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from coopeval import cli
from coopeval.services.bids import entry, returns
from coopeval.services.workspace import Workspace
from tests.helpers.returns import coop_values_tender, fill, template_bytes
from tests.helpers.workspaces import create_workspace

ABOUT = {"legal_name": "Gwŷr a Gwragedd y Cwm Cyf", "identifier": "RS007788", "email": "post@cwm.example"}
# The co-operative values "light" set: CV-EE-01 (a ratio) on Responses row 5, CV-EE-02 (a percentage) on row 6.
RESPONSES = {"CV-EE-01": ("Ratio 3:1.", 3, ""), "CV-EE-02": ("The Real Living Wage.", 12, "")}


@pytest.fixture()
def coop(tmp_path: Path):
    ws = create_workspace(tmp_path / "w.coopeval")
    coop_values_tender(ws)
    yield ws, template_bytes(ws, "R1", tmp_path)
    ws.close()


def filled(template: bytes, path: Path, **changes: Any) -> Path:
    args: dict[str, Any] = {"about": ABOUT, "responses": RESPONSES}
    args.update(changes)
    return fill(template, path, **args)


def set_cell(path: Path, member: str, cell: str, xml: str) -> Path:
    """Write cell `cell` of the sheet part `member` as the raw XML `xml` (what openpyxl will not write)."""
    pattern = re.compile(rb'<c r="' + cell.encode() + rb'"[^>]*?(?:/>|>.*?</c>)', re.S)
    return rewrite(path, {member: lambda data: pattern.sub(xml.encode(), data, count=1)})


def rewrite(path: Path, changes: dict[str, Any], extra: dict[str, bytes] | None = None) -> Path:
    source = zipfile.ZipFile(io.BytesIO(path.read_bytes()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for info in source.infolist():
            data = source.read(info)
            zf.writestr(info, changes[info.filename](data) if info.filename in changes else data)
        for member, data in (extra or {}).items():
            zf.writestr(member, data)
    path.write_bytes(out.getvalue())
    return path


RESPONSES_PART, MARKER_PART = "xl/worksheets/sheet2.xml", "xl/worksheets/sheet4.xml"


def problems_of(ws: Workspace, *paths: Path) -> list[str]:
    return [str(p) for p in returns.preview_returns(ws, "R1", list(paths)).problems]


def quantities(ws: Workspace, path: Path) -> dict[str, str | None]:
    preview = returns.preview_returns(ws, "R1", [path])
    assert preview.ok, preview.problems
    return {r.code: r.quantity for r in preview.plans[0].responses}


# --- quantities ------------------------------------------------------------------------------


@pytest.mark.parametrize("raw", ["1E+999999999", "1E-999999"])
def test_a_number_beyond_any_quantity_is_a_problem_not_a_crash_or_a_silent_zero(coop, tmp_path: Path,
                                                                                  raw: str) -> None:
    ws, template = coop
    path = set_cell(filled(template, tmp_path / "n.xlsx"), RESPONSES_PART, "G5", f'<c r="G5" t="n"><v>{raw}</v></c>')
    [problem] = problems_of(ws, path)
    assert problem.startswith("n.xlsx: Responses!G5: the quantity for CV-EE-01 ") and raw in problem
    assert len(problem) < 300


def test_a_quantity_beyond_the_largest_names_the_limit_not_hundreds_of_digits(coop, tmp_path: Path) -> None:
    ws, template = coop
    path = set_cell(filled(template, tmp_path / "n.xlsx"), RESPONSES_PART, "G5", '<c r="G5" t="n"><v>1E+308</v></c>')
    assert problems_of(ws, path) == ["n.xlsx: Responses!G5: the quantity for CV-EE-01 must be at most "
                                     "1,000,000,000,000; '1E+308' is larger"]


@pytest.mark.parametrize("typed", ["12,5", "1_000", "１２", "١٢", "1 200", "£1,20"])
def test_a_quantity_typed_as_text_is_a_plain_number_or_a_problem(coop, tmp_path: Path, typed: str) -> None:
    ws, template = coop
    path = filled(template, tmp_path / "t.xlsx", responses={**RESPONSES, "CV-EE-01": ("Ratio.", typed, "")})
    assert problems_of(ws, path) == [f"t.xlsx: Responses!G5: the quantity for CV-EE-01 must be a number; "
                                     f"{typed!r} is not one"]


@pytest.mark.parametrize("typed, stored", [(" 12 ", "12"), ("1,200", "1200"), ("£1,200.50", "1200.5"), ("1e3", "1000"),
                                           ("-0", "0"), ("4.", "4")])
def test_a_quantity_typed_as_text_reads_as_the_number_it_shows(coop, tmp_path: Path, typed: str, stored: str) -> None:
    ws, template = coop
    path = filled(template, tmp_path / "t.xlsx", responses={**RESPONSES, "CV-EE-01": ("Ratio.", typed, "")})
    assert quantities(ws, path)["CV-EE-01"] == stored


@pytest.mark.parametrize("number_format", ['0"%"', "0\\%", '"%: "0'])
def test_a_format_that_only_prints_a_percent_sign_is_not_read_as_a_fraction(coop, tmp_path: Path,
                                                                            number_format: str) -> None:
    ws, template = coop
    path = filled(template, tmp_path / "p.xlsx")
    wb = openpyxl.load_workbook(path)
    wb["Responses"]["G6"].number_format = number_format  # 12 shown as "12%", not 1200%
    wb.save(path)
    assert quantities(ws, path)["CV-EE-02"] == "12"


@pytest.mark.parametrize("value, percent_format, shown", [(1.5, True, "150%"), ("150%", False, "150%"),
                                                          (101, False, "101%")])
def test_a_percentage_over_100_is_refused(coop, tmp_path: Path, value: Any, percent_format: bool, shown: str) -> None:
    ws, template = coop
    path = filled(template, tmp_path / "p.xlsx", responses={**RESPONSES, "CV-EE-02": ("Wage.", value, "")},
                  percent_cells=("CV-EE-02",) if percent_format else ())
    assert problems_of(ws, path) == [f"p.xlsx: Responses!G6: the quantity for CV-EE-02 is a percentage, from 0 to "
                                     f"100; {shown} is more than 100"]


@pytest.mark.parametrize("value, percent_format, shown", [(0.5, True, "50%"), ("12.5%", False, "12.5%")])
def test_a_percentage_for_a_measure_not_in_percent_is_refused(coop, tmp_path: Path, value: Any,
                                                              percent_format: bool, shown: str) -> None:
    ws, template = coop
    path = filled(template, tmp_path / "p.xlsx", responses={**RESPONSES, "CV-EE-01": ("Ratio.", value, "")},
                  percent_cells=("CV-EE-01",) if percent_format else ())
    [problem] = problems_of(ws, path)
    assert problem.startswith(f"p.xlsx: Responses!G5: the quantity for CV-EE-01 is given as a percentage ('{shown}'), "
                              "but CV-EE-01 is measured in ratio")


# --- the workbook ----------------------------------------------------------------------------


@pytest.mark.parametrize("twin", ["responses", "Responses", "CoopEval"])
def test_two_sheets_of_the_same_name_whatever_its_case_are_refused(coop, tmp_path: Path, twin: str) -> None:
    ws, template = coop
    path = rewrite(filled(template, tmp_path / "twin.xlsx"),
                   {"xl/workbook.xml": lambda d: d.replace(b'name="Lists"', f'name="{twin}"'.encode())})
    [problem] = problems_of(ws, path)
    assert problem.startswith("twin.xlsx: has two sheets named ") and "which Excel treats as the same name" in problem


def test_a_macro_enabled_workbook_renamed_xlsx_is_refused_by_name(coop, tmp_path: Path) -> None:
    ws, template = coop
    path = rewrite(filled(template, tmp_path / "macro.xlsx"),
                   {"[Content_Types].xml": lambda d: d.replace(b"spreadsheetml.sheet.main+xml",
                                                               b"ms-excel.sheet.macroEnabled.main+xml")},
                   {"xl/vbaProject.bin": b"\xd0\xcf\x11\xe0" + bytes(100)})
    [problem] = problems_of(ws, path)
    assert problem.startswith("macro.xlsx: is a macro-enabled workbook (.xlsm)")


@pytest.mark.parametrize("xml", ['<c r="B4" t="str"><f>"x"</f><v>{fp}</v></c>', '<c r="B4" t="e"><v>#REF!</v></c>'])
def test_a_formula_or_error_in_the_marker_says_the_marker_was_changed(coop, tmp_path: Path, xml: str) -> None:
    ws, template = coop
    path = filled(template, tmp_path / "m.xlsx")
    fingerprint = re.search(rb"[0-9a-f]{64}", zipfile.ZipFile(path).read(MARKER_PART)).group().decode()  # type: ignore[union-attr]
    set_cell(path, MARKER_PART, "B4", xml.format(fp=fingerprint))
    assert problems_of(ws, path) == ["m.xlsx: CoopEval!B4: the hidden sheet saying what the return answers has been "
                                     "changed (it holds a formula or an error); ask the bidder to copy their answers "
                                     "into a fresh template"]


def test_a_marker_rewritten_with_the_same_values_in_other_forms_still_reads(coop, tmp_path: Path) -> None:
    ws, template = coop
    path = filled(template, tmp_path / "m.xlsx")
    fingerprint = re.search(rb"[0-9a-f]{64}", zipfile.ZipFile(path).read(MARKER_PART)).group().decode()  # type: ignore[union-attr]
    set_cell(path, MARKER_PART, "B2", '<c r="B2" t="n"><v>1.0</v></c>')  # the format as a number a program wrote
    set_cell(path, MARKER_PART, "B4", f'<c r="B4" t="inlineStr"><is><t>{fingerprint.upper()}</t></is></c>')
    assert problems_of(ws, path) == []


def test_a_required_detail_of_only_invisible_characters_is_missing(coop, tmp_path: Path) -> None:
    ws, template = coop
    path = filled(template, tmp_path / "zw.xlsx", about={**ABOUT, "legal_name": "\u200b\u200b"})
    assert problems_of(ws, path) == ["zw.xlsx: About you!C5: Legal name is required; the bidder gave only invisible "
                                     "characters"]


# --- which files -----------------------------------------------------------------------------


def test_the_same_file_through_a_link_a_relative_path_or_its_folder_is_read_once(coop, tmp_path: Path,
                                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    ws, template = coop
    folder = tmp_path / "returns"
    folder.mkdir()
    path = filled(template, folder / "cwm.xlsx")
    (tmp_path / "link.xlsx").symlink_to(path)
    monkeypatch.chdir(folder)
    given = [folder, path, tmp_path / "link.xlsx", Path("cwm.xlsx"), folder / ".." / "returns" / "cwm.xlsx"]
    assert returns.return_files(given) == [path]
    preview, _ = returns.import_returns(ws, "R1", given)
    assert [p.action for p in preview.plans] == ["create"]


def test_a_folder_with_no_returns_is_a_problem_and_nothing_is_written(coop, tmp_path: Path) -> None:
    ws, template = coop
    path = filled(template, tmp_path / "cwm.xlsx")
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "~$cwm.xlsx").write_bytes(b"lock")
    (empty / "notes.txt").write_text("x")
    (empty / "loop.xlsx").symlink_to(empty / "loop.xlsx")
    assert problems_of(ws, path, empty) == ["empty: is a folder with no .xlsx returns in it"]
    with pytest.raises(returns.ReturnsError, match="empty: is a folder with no .xlsx returns in it"):
        returns.import_returns(ws, "R1", [path, empty])
    assert [b.identifier for b in entry.list_bids(ws, "R1")] == []


def test_the_cli_names_the_cell_of_a_number_no_quantity_can_be(coop, tmp_path: Path) -> None:
    ws, template = coop
    path = set_cell(filled(template, tmp_path / "n.xlsx"), RESPONSES_PART, "G5",
                    '<c r="G5" t="n"><v>1E+999999999</v></c>')
    workspace = Path(ws.path) if hasattr(ws, "path") else tmp_path / "w.coopeval"
    ws.close()
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(["bids", "import", str(workspace), "--tender", "R1", "--dry-run", os.fspath(path)], out=out, err=err)
    assert code == 1
    assert err.getvalue().splitlines()[0].startswith("n.xlsx: Responses!G5: the quantity for CV-EE-01 must be a number")
