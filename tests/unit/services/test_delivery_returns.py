"""Suppliers' delivery returns (issue 19): the XLSX written for a quarter reads back into pending entries; every
refusal is located as `FILE: Sheet!CELL: message`; a dry run and a refused import write nothing."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlmodel import func, select

from coopeval.domain.errors import CoopEvalError
from coopeval.reporting.delivery import template_layout as lay
from coopeval.services.bids.returns import ReturnsError
from coopeval.services.delivery import award, entries, returns
from coopeval.services.publishing import files
from coopeval.storage.tables import AuditEventRow, DeliveryRow, TenderFileRow
from tests.helpers.delivery_returns import delivering, edit, fill, marker_cell

TODAY = date(2026, 1, 20)
FIGURES = {"LOC-01": (3, "Payroll extract p.2", "Three local posts"), "LOC-02": ("4.5", "", ""),
           "LOC-04": ("Yes", "Plan report", "All activities held")}


@pytest.fixture()
def contract(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory):
    ws, built, commitments = delivering(tmp_path, tmp_path_factory)
    with ws:
        yield ws, tmp_path, {c.code: c for c in commitments}


def template(ws, tmp_path: Path, period: str = "2025-Q2") -> Path:
    out = tmp_path / f"template-{period}.xlsx"
    returns.write_delivery_template(ws, "T1", period, out)
    return out


def filled(ws, tmp_path: Path, rows=None, *, period: str = "2025-Q2", name: str = "return.xlsx") -> Path:
    return fill(template(ws, tmp_path, period), tmp_path / name, FIGURES if rows is None else rows)


def counts(ws) -> tuple[int, int, int]:
    with ws.reading() as session:
        return (session.exec(select(func.count()).select_from(DeliveryRow)).one(),
                session.exec(select(func.count()).select_from(TenderFileRow)
                             .where(TenderFileRow.kind == "delivery_return")).one(),
                session.exec(select(func.count()).select_from(AuditEventRow)).one())


def problems(ws, *paths: Path) -> list[str]:
    before = counts(ws)
    preview = returns.preview_delivery_returns(ws, "T1", list(paths), today=TODAY)
    with pytest.raises(ReturnsError) as caught:
        returns.import_delivery_returns(ws, "T1", list(paths), today=TODAY)
    assert [str(p) for p in caught.value.problems] == [str(p) for p in preview.problems]
    assert counts(ws) == before  # nothing written
    return [str(p) for p in preview.problems]


def test_the_template_has_a_row_per_commitment_and_a_marker(contract) -> None:
    ws, tmp_path, c = contract
    out = tmp_path / "Q2.xlsx"
    kept, _ = returns.write_delivery_template(ws, "T1", "2025-Q2", out)
    assert (kept.kind, kept.media) == ("delivery_template", "xlsx")
    book = openpyxl.load_workbook(out)
    sheet = book[lay.DELIVERY]
    assert [sheet[f"B{lay.FIRST_ROW + n}"].value for n in range(5)] == ["LOC-01", "LOC-02", "LOC-03", "LOC-04",
                                                                       "LOC-05"]
    assert sheet[f"A{lay.FIRST_ROW}"].value == c["LOC-01"].id
    assert sheet[f"D{lay.FIRST_ROW}"].value == "10 FTE"
    assert "2025-Q2 (July to September 2025)" in sheet["A2"].value
    assert not sheet[f"E{lay.FIRST_ROW}"].protection.locked and sheet[f"C{lay.FIRST_ROW}"].protection.locked
    lists = {str(dv.sqref): dv.type for dv in sheet.data_validations.dataValidation}
    assert lists[f"E{lay.FIRST_ROW + 3}"] == "list"  # LOC-04, qualitative: yes / no / partly
    marker = book[lay.MARKER]
    values = {marker[f"A{r}"].value: marker[f"B{r}"].value for r in range(2, 9)}
    assert values["period"] == "2025-Q2" and values["tender_reference"] == "T1" and values["kind"] == lay.KIND
    assert values["commitments"] == " ".join(str(c[k].id) for k in ("LOC-01", "LOC-02", "LOC-03", "LOC-04", "LOC-05"))
    first = tmp_path / "Q1.xlsx"
    returns.write_delivery_template(ws, "T1", "2025-Q1", first)
    assert "15 Apr 2025 to 30 Jun 2025" in openpyxl.load_workbook(first)[lay.DELIVERY]["A2"].value  # a short quarter
    with pytest.raises(CoopEvalError, match="not a quarter of the contract"):
        returns.write_delivery_template(ws, "T1", "2030-Q1", tmp_path / "late.xlsx")
    with pytest.raises(CoopEvalError, match="name ending in .xlsx"):
        returns.write_delivery_template(ws, "T1", "2025-Q2", tmp_path / "late.csv")


def test_a_filled_return_round_trips_into_pending_entries(contract) -> None:
    ws, tmp_path, c = contract
    path = filled(ws, tmp_path)
    preview = returns.preview_delivery_returns(ws, "T1", [path], today=TODAY)
    assert preview.ok and counts(ws)[:2] == (0, 0)  # the dry run writes nothing
    [plan] = preview.plans
    assert (plan.file, plan.period, plan.action) == ("return.xlsx", "2025-Q2", "import")
    assert [(line.code, line.action, line.actual, line.answer) for line in plan.lines] == [
        ("LOC-01", "create", "3", None), ("LOC-02", "create", "4.5", None), ("LOC-04", "create", None, "yes")]
    got, changes = returns.import_delivery_returns(ws, "T1", [path], today=TODAY)
    assert changes.tender_id is not None
    grid = entries.delivery_grid(ws, "T1", today=TODAY)
    one = grid.entries[(c["LOC-01"].id, "2025-Q2")]
    assert (one.actual, one.evidence_refs, one.note, one.check, one.source) == (
        "3", "Payroll extract p.2", "Three local posts", "pending", "return.xlsx")
    assert grid.entries[(c["LOC-04"].id, "2025-Q2")].answer == "yes"
    assert (c["LOC-03"].id, "2025-Q2") not in grid.entries  # an empty row reports nothing
    kept = files.list_files(ws, "T1", "delivery_return")
    assert [(k.name, k.sha256) for k in kept] == [("return.xlsx", plan.sha256)]
    with ws.reading() as session:
        notes = {e.note for e in session.exec(select(AuditEventRow).where(AuditEventRow.entity == "delivery"))}
    assert notes == {"imported from the delivery return return.xlsx"}
    again = returns.import_delivery_returns(ws, "T1", [path], today=TODAY)[0]
    assert again.plans[0].action == "unchanged" and len(files.list_files(ws, "T1", "delivery_return")) == 1


def test_a_return_changing_an_accepted_entry_says_the_check_goes_back_to_pending(contract) -> None:
    ws, tmp_path, c = contract
    view, _ = entries.record_delivery(ws, c["LOC-01"].id, "2025-Q2", actual="2", today=TODAY)
    entries.check_delivery(ws, view.id, "accepted")
    path = filled(ws, tmp_path)
    line = returns.preview_delivery_returns(ws, "T1", [path], today=TODAY).plans[0].lines[0]
    assert (line.action, line.before, line.resets_check) == ("change", "2 (accepted)", "accepted")
    returns.import_delivery_returns(ws, "T1", [path], today=TODAY)
    after = entries.delivery_grid(ws, "T1", today=TODAY).entries[(c["LOC-01"].id, "2025-Q2")]
    assert (after.actual, after.check) == ("3", "pending")


def test_excel_percent_cells_and_text_numbers_are_read_as_typed(contract) -> None:
    ws, tmp_path, c = contract
    path = filled(ws, tmp_path, {"LOC-01": ("1,200", "", ""), "LOC-02": (" 7 ", "", "")})
    lines = returns.preview_delivery_returns(ws, "T1", [path], today=TODAY).plans[0].lines
    assert [(x.code, x.actual) for x in lines] == [("LOC-01", "1200"), ("LOC-02", "7")]
    percent = filled(ws, tmp_path, {"LOC-01": ("12%", "", "")}, name="percent.xlsx")
    assert problems(ws, percent) == ["percent.xlsx: Delivery!E6: LOC-01 is measured in FTE, not as a percentage; type "
                                     "the number itself, without %"]


ROW = lay.FIRST_ROW  # LOC-01's row; LOC-04 (qualitative) is ROW + 3


@pytest.mark.parametrize(("rows", "expected"), [
    ({"LOC-01": ("lots", "", "")}, f"Delivery!E{ROW}: what LOC-01 delivered must be a number; 'lots' is not one"),
    ({"LOC-01": (-2, "", "")}, f"Delivery!E{ROW}: what LOC-01 delivered must be 0 or more; '-2' is negative"),
    ({"LOC-01": ("=1+2", "", "")}, f"Delivery!E{ROW}: holds a formula; type the value itself"),
    ({"LOC-01": ("0.1234567", "", "")}, f"Delivery!E{ROW}: what LOC-01 delivered has more than 6 decimal places"),
    ({"LOC-04": ("maybe", "", "")}, f"Delivery!E{ROW + 3}: LOC-04 is answered yes, no or partly; 'maybe' is none"),
    ({"LOC-01": (3, "", "Bad_x0007_bell")}, f"Delivery!H{ROW}: the note contains a control character (U+0007"),
    ({"LOC-01": (None, "Payroll", "")}, f"Delivery!E{ROW}: LOC-01: evidence or a note is given but not what was "
                                        "delivered"),
])
def test_a_bad_cell_is_refused_at_its_place(contract, rows, expected) -> None:
    ws, tmp_path, _ = contract
    path = filled(ws, tmp_path, rows)
    [found] = problems(ws, path)
    assert found.startswith(f"return.xlsx: {expected}"), found


def test_a_return_for_another_tender_period_or_award_or_with_moved_rows_is_refused(contract) -> None:
    ws, tmp_path, c = contract
    base = filled(ws, tmp_path)

    def variant(name: str, sheet: str, cell: str | None, key: str, value: object) -> Path:
        path = shutil.copyfile(base, tmp_path / name)
        return edit(Path(path), sheet, cell or marker_cell(path, key), value)

    tender = variant("tender.xlsx", lay.MARKER, None, "tender_reference", "T9")
    later = variant("later.xlsx", lay.MARKER, None, "period", "2026-Q1")
    outside = variant("outside.xlsx", lay.MARKER, None, "period", "2030-Q1")
    old = variant("old.xlsx", lay.MARKER, None, "award_id", "99")
    moved = variant("moved.xlsx", lay.DELIVERY, f"A{ROW + 1}", "", c["LOC-03"].id)
    changed = variant("changed.xlsx", lay.MARKER, None, "commitments", "1 2 3")
    formula = variant("formula.xlsx", lay.MARKER, None, "period", "=A1")
    found = problems(ws, tender, later, outside, old, moved, changed, formula)
    tender_cell, period_cell = marker_cell(base, "tender_reference"), marker_cell(base, "period")
    assert found == [
        f"changed.xlsx: CoopEval!{marker_cell(base, 'commitments')}: the contract's commitments have changed since "
        "this return was written (a contract change added or removed one); ask the supplier to copy their figures "
        "into a fresh return",
        "formula.xlsx: CoopEval!B" + period_cell[1:] + ": the hidden sheet saying what the return reports on has been "
        "changed (it holds a formula or an error); ask the supplier to copy their figures into a fresh return",
        f"later.xlsx: CoopEval!{period_cell}: 2026-Q1 (April to June 2026) has not started yet (it starts 1 Apr "
        "2026); a return reports what was delivered, so it can be recorded once the quarter has begun",
        f"moved.xlsx: Delivery!A{ROW + 1}: should hold '{c['LOC-02'].id}' but holds '{c['LOC-03'].id}': rows were "
        "moved, inserted or deleted; ask the supplier to copy their figures into a fresh return",
        f"old.xlsx: CoopEval!{marker_cell(base, 'award_id')}: this return was made for an earlier award of tender T1 "
        "(since withdrawn); ask the supplier to copy their figures into a fresh return",
        f"outside.xlsx: CoopEval!{period_cell}: 2030-Q1 (April to June 2030) is not a quarter of the contract, which "
        "runs from 15 Apr 2025 to 14 Apr 2027 (quarters 2025-Q1 to 2027-Q1)",
        f"tender.xlsx: CoopEval!{tender_cell}: this is a return for tender 'T9', not 'T1'; import it into tender 'T9'",
    ]


def test_files_that_are_not_delivery_returns_are_refused(contract, tmp_path) -> None:
    ws, _, _ = contract
    from coopeval.reporting.questionnaire import template_layout as response_layout

    response = tmp_path / "response.xlsx"  # a bidder's response template has a marker sheet of the same name
    book = openpyxl.Workbook()
    marker = book.create_sheet(response_layout.MARKER)
    marker["A1"], marker["B1"] = response_layout.MARKER_TITLE, 1
    marker["A2"], marker["B2"] = "tender_reference", "T1"
    book.save(response)
    book = openpyxl.Workbook()
    book.active["A1"] = "not a return"
    plain = tmp_path / "plain.xlsx"
    book.save(plain)
    text = tmp_path / "notes.xlsx"
    text.write_text("hello", encoding="utf-8")
    found = problems(ws, plain, text, response)
    assert found[0].startswith("notes.xlsx: is not an Excel .xlsx file (it is not a zip archive)")
    assert found[1:] == [
        'plain.xlsx: is not a CoopEval delivery return: it has no hidden sheet "CoopEval" saying what it reports on; '
        "ask the supplier to fill in the return the council sent",
        "response.xlsx: CoopEval: is a bidder's response template, not a delivery return; import it with `bids import`"]


def test_two_returns_for_one_period_and_a_return_before_delivery_are_refused(contract, tmp_path_factory) -> None:
    ws, tmp_path, _ = contract
    first = filled(ws, tmp_path, name="first.xlsx")
    second = filled(ws, tmp_path, {"LOC-01": (5, "", "")}, name="second.xlsx")
    assert problems(ws, first, second) == ["second.xlsx: is for the same period (2025-Q2) as first.xlsx; import one "
                                           "return per period"]
    other = tmp_path / "other"
    other.mkdir()
    ws2, built, _ = delivering(other, tmp_path_factory, start=False)
    with ws2:
        path = filled(ws2, other, name="early.xlsx")
        assert problems(ws2, path) == ["early.xlsx: would record delivery for 2025-Q2, but tender T1 is awarded but "
                                       "delivery has not started: start delivery first (the supplier reports on what "
                                       "was delivered), then import a delivery return"]
        award.start_delivery(ws2, built.reference)
        assert returns.import_delivery_returns(ws2, "T1", [path], today=TODAY)[0].plans[0].action == "import"
