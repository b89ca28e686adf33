"""Issue 18, importing bidders' returns: the response template the app writes, filled in as a bidder would, read back
as an untrusted file, checked (every problem at once, `FILE: Sheet!CELL: message`), previewed and imported all or
nothing; a return saved again by LibreOffice Calc (a committed fixture) or by an openpyxl load-and-save (standing in
for Excel, which cannot run here) still imports."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlmodel import select

from coopeval.domain.progress import Cancelled
from coopeval.reporting.questionnaire import template_layout as layout
from coopeval.services.bids import entry, returns
from coopeval.services.interchange.tender_json import export_tender
from coopeval.services.publishing import files
from coopeval.services.reports.writing import export_tender as export_tables
from coopeval.services.setup import tenders
from coopeval.services.workspace import Workspace
from coopeval.storage import audit
from coopeval.storage.tables import AuditEventRow
from tests.helpers.returns import FIXTURE_ANSWERS, coop_values_tender, fill, publishable, template_bytes
from tests.helpers.workspaces import advance, create_workspace, scale

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "returns" / "libreoffice-resaved.xlsx"

ABOUT = {"legal_name": "Gwŷr a Gwragedd y Cwm Cyf", "trading_name": "Crêperie Noël 🍩",
         "identifier": "RS007788", "address": "2 Heol ŵ\nAberystwyth", "email": "post@cwm.example"}
RECORDS = {"CV-REC-LEGAL-FORM": ("registered society (co-operative or community benefit)", "FCA 7788"),
           "CV-REC-STATUS": ("community interest company; registered charity", "CIC register"),
           "CV-REC-COMPANIES-HOUSE": "IP007788"}
RESPONSES = {"CV-EE-01": ("Ratio 3:1.\nPublished yearly ✓", 3, "p. 2"),
             "CV-EE-02": ("Everyone is paid the Real Living Wage — ŷ ŵ.", 0.125, ""),
             "CV-PA-01": ("Workers elect\n\nthe board. 👷", None, "Annex A"),
             "CV-CC-02": ("Suppliers paid in 14 days.", None, ""),
             "CV-SE-01": ("Secure hours for all.", 12, ""),
             "CV-WB-01": ("Training for members.", "45.5", "p. 9")}


@pytest.fixture()
def coop(tmp_path: Path):
    ws = create_workspace(tmp_path / "w.coopeval")
    coop_values_tender(ws)
    yield ws, template_bytes(ws, "R1", tmp_path)
    ws.close()


@pytest.fixture()
def draft(tmp_path: Path):
    ws = create_workspace(tmp_path / "w.coopeval")
    built = publishable(ws)
    yield ws, built, template_bytes(ws, "T1", tmp_path)
    ws.close()


def head(ws: Workspace) -> tuple[int, str]:
    with ws.reading() as session:
        return audit.head(session)


def filled(template: bytes, path: Path, **changes: Any) -> Path:
    args: dict[str, Any] = {"about": ABOUT, "records": RECORDS, "responses": RESPONSES, "percent_cells": ("CV-EE-02",)}
    args.update(changes)
    return fill(template, path, **args)


def problems_of(ws: Workspace, reference: str, *paths: Path) -> list[str]:
    preview = returns.preview_returns(ws, reference, list(paths))
    return [str(p) for p in preview.problems]


def patch(path: Path, old: bytes, new: bytes, member: str | None = None) -> Path:
    """Replace bytes inside the .xlsx's parts (`member`, or any holding `old`) to write what openpyxl refuses to:
    control characters, a DOCTYPE."""
    source = zipfile.ZipFile(io.BytesIO(path.read_bytes()))
    out, found = io.BytesIO(), 0
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for info in source.infolist():
            data = source.read(info)
            if old in data and member in (None, info.filename):
                data, found = data.replace(old, new), found + 1
            zf.writestr(info, data)
    assert found
    path.write_bytes(out.getvalue())
    return path


# --- the round trip --------------------------------------------------------------------------


def test_a_filled_template_imports_to_exactly_what_was_filled_in(coop, tmp_path: Path) -> None:
    ws, template = coop
    path = filled(template, tmp_path / "cwm.xlsx")
    preview, changes = returns.import_returns(ws, "R1", [path])
    assert [p.action for p in preview.plans] == ["create"] and not preview.problems
    assert changes.tender_id is not None
    bid = next(b for b in export_tender(ws, "R1")["bids"] if b["identifier"] == "RS007788")
    assert {k: bid[k] for k in ABOUT} == ABOUT
    assert bid["records"] == [
        {"code": "CV-REC-LEGAL-FORM", "value": "registered society (co-operative or community benefit)",
         "evidence": "FCA 7788"},
        {"code": "CV-REC-STATUS", "value": "community interest company", "evidence": "CIC register"},
        {"code": "CV-REC-STATUS", "value": "registered charity", "evidence": "CIC register"},
        {"code": "CV-REC-COMPANIES-HOUSE", "value": "IP007788", "evidence": ""}]
    got = {r["measure"]: (r["text"], r["quantity"], r["page_refs"]) for r in bid["responses"]}
    assert got == {"CV-EE-01": ("Ratio 3:1.\nPublished yearly ✓", "3", "p. 2"),
                   "CV-EE-02": ("Everyone is paid the Real Living Wage — ŷ ŵ.", "12.5", ""),  # 12.5% typed
                   "CV-PA-01": ("Workers elect\n\nthe board. 👷", None, "Annex A"),
                   "CV-CC-02": ("Suppliers paid in 14 days.", None, ""),
                   "CV-SE-01": ("Secure hours for all.", "12", ""),
                   "CV-WB-01": ("Training for members.", "45.5", "p. 9")}
    kept = files.list_files(ws, "R1", kind="return")
    assert [(k.name, k.bid_identifier, k.media) for k in kept] == [("cwm.xlsx", "RS007788", "xlsx")]
    assert kept[0].sha256 == preview.plans[0].sha256
    with ws.reading() as session:
        notes = session.exec(select(AuditEventRow.entity, AuditEventRow.note)
                             .where(AuditEventRow.entity.in_(("bid", "bid_record", "response")))  # type: ignore[attr-defined]
                             .where(AuditEventRow.note.contains("cwm.xlsx"))).all()  # type: ignore[attr-defined]
    assert sorted({e for e, _ in notes}) == ["bid", "bid_record", "response"]
    assert len(notes) == 1 + 4 + 6  # the bid, its four answers, its six responses: one event each


@pytest.mark.parametrize(("stored", "number_format", "unit_is_percent", "read"), [
    (0.125, "0.0%", True, "12.5"), (0.12, "0%", True, "12"), (0.3333, "0.00%", True, "33.33"),
    (12, "General", True, "12"), ("12%", "@", True, "12")])  # a % format on another unit: test_bid_returns_hostile.py
def test_a_percentage_excel_stored_as_a_fraction_is_read_as_the_percentage(
        coop, tmp_path: Path, stored: Any, number_format: str, unit_is_percent: bool, read: str) -> None:
    ws, template = coop
    code = "CV-EE-02" if unit_is_percent else "CV-EE-01"  # "%" and "ratio (…)"
    path = filled(template, tmp_path / "pct.xlsx", percent_cells=())
    wb = openpyxl.load_workbook(path)
    sheet = wb[layout.RESPONSES]
    row = next(r for r in range(layout.RESPONSES_FIRST_ROW, sheet.max_row + 1) if sheet[f"A{r}"].value == code)
    sheet[f"G{row}"] = stored
    sheet[f"G{row}"].number_format = number_format
    wb.save(path)
    line = next(r for r in returns.preview_returns(ws, "R1", [path]).plans[0].responses if r.code == code)
    assert line.quantity == read


def test_a_return_saved_again_by_libreoffice_calc_imports(draft) -> None:
    ws, _, _ = draft
    preview, _ = returns.import_returns(ws, "T1", [FIXTURE])
    assert not preview.problems and [p.action for p in preview.plans] == ["create"]
    bid = next(b for b in export_tender(ws, "T1")["bids"] if b["identifier"] == "IP99999R")
    assert {k: bid[k] for k in FIXTURE_ANSWERS["about"]} == FIXTURE_ANSWERS["about"]
    expected = {code: (text, None if q is None else str(q), pages)
                for code, (text, q, pages) in FIXTURE_ANSWERS["responses"].items()}
    assert {r["measure"]: (r["text"], r["quantity"], r["page_refs"]) for r in bid["responses"]} == expected


def test_a_return_loaded_and_saved_again_by_openpyxl_imports(draft, tmp_path: Path) -> None:
    """Stands in for Excel saving the file again, which cannot run here."""
    ws, _, template = draft
    path = fill(template, tmp_path / "a.xlsx", about=FIXTURE_ANSWERS["about"], responses=FIXTURE_ANSWERS["responses"])
    wb = openpyxl.load_workbook(path)
    wb.save(tmp_path / "again.xlsx")
    first = returns.preview_returns(ws, "T1", [path]).plans[0]
    again = returns.preview_returns(ws, "T1", [tmp_path / "again.xlsx"]).plans[0]
    assert again.responses == first.responses and again.action == "create"


# --- re-importing ----------------------------------------------------------------------------


def test_importing_the_same_file_again_changes_nothing_and_says_so(coop, tmp_path: Path) -> None:
    ws, template = coop
    path = filled(template, tmp_path / "cwm.xlsx")
    returns.import_returns(ws, "R1", [path])
    before = head(ws)
    preview, changes = returns.import_returns(ws, "R1", [path])
    assert [(p.action, p.changes) for p in preview.plans] == [("unchanged", ())]
    assert changes.kinds == frozenset()
    assert head(ws) == before  # not even a kept copy
    assert len(files.list_files(ws, "R1", kind="return")) == 1


def test_a_changed_return_updates_its_bid_listing_every_change(coop, tmp_path: Path) -> None:
    ws, template = coop
    returns.import_returns(ws, "R1", [filled(template, tmp_path / "v1.xlsx")])
    responses = dict(RESPONSES, **{"CV-SE-01": ("Secure hours for all, guaranteed.", 15, "")})
    v2 = filled(template, tmp_path / "v2.xlsx", about=dict(ABOUT, email="tenders@cwm.example"), responses=responses,
                records={**RECORDS, "CV-REC-STATUS": ("registered charity", "CIC register")})
    preview, _ = returns.import_returns(ws, "R1", [v2])
    plan = preview.plans[0]
    assert plan.action == "update"
    assert {(c.what, c.before, c.after) for c in plan.changes} == {
        ("Contact email", "post@cwm.example", "tenders@cwm.example"),
        ("Statuses on top of the legal form (CV-REC-STATUS)",
         "community interest company (evidence: CIC register); registered charity (evidence: CIC register)",
         "registered charity (evidence: CIC register)"),
        ("CV-SE-01 response", "Secure hours for all.", "Secure hours for all, guaranteed."),
        ("CV-SE-01 quantity", "12", "15")}
    bid = next(b for b in export_tender(ws, "R1")["bids"] if b["identifier"] == "RS007788")
    assert bid["email"] == "tenders@cwm.example"
    assert [f.name for f in files.list_files(ws, "R1", kind="return")] == ["v1.xlsx", "v2.xlsx"]


def test_a_return_is_matched_by_identifier_else_by_legal_name(draft, tmp_path: Path) -> None:
    ws, built, template = draft
    by_id = fill(template, tmp_path / "by-id.xlsx", about={"legal_name": "Renamed Ltd", "identifier": "ip000",
                                                           "email": "a@b.example"},
                 responses=FIXTURE_ANSWERS["responses"])
    by_name = fill(template, tmp_path / "by-name.xlsx", about={"legal_name": "bidder 1 co-operative ltd",
                                                               "identifier": "NEW-1", "email": "a@b.example"},
                   responses=FIXTURE_ANSWERS["responses"])
    plans = {p.file: p for p in returns.preview_returns(ws, "T1", [by_id, by_name]).plans}
    assert plans["by-id.xlsx"].action == "update"
    assert ("Legal name", "Bidder 0 Co-operative Ltd", "Renamed Ltd") in {
        (c.what, c.before, c.after) for c in plans["by-id.xlsx"].changes}
    assert ("Register identifier", "IP001", "NEW-1") in {
        (c.what, c.before, c.after) for c in plans["by-name.xlsx"].changes}
    returns.import_returns(ws, "T1", [by_id, by_name])
    assert [b.identifier for b in entry.list_bids(ws, "T1")] == ["IP000", "NEW-1"]  # no new bid


def test_an_update_is_refused_once_moderation_opens(draft, tmp_path: Path) -> None:
    ws, built, template = draft
    advance(ws, built, "moderation")
    path = fill(template, tmp_path / "late.xlsx", about={"legal_name": "Bidder 0 Co-operative Ltd",
                                                         "identifier": "IP000", "email": "a@b.example"},
                responses=FIXTURE_ANSWERS["responses"])
    before = head(ws)
    with pytest.raises(returns.ReturnsError) as caught:
        returns.import_returns(ws, "T1", [path])
    assert len(caught.value.problems) == 1
    message = str(caught.value.problems[0])
    assert message.startswith("late.xlsx: would update the bid of Bidder 0 Co-operative Ltd (IP000)")
    assert "moderation" in message
    assert head(ws) == before


def test_a_dry_run_writes_nothing(coop, tmp_path: Path) -> None:
    ws, template = coop
    before = head(ws)
    preview = returns.preview_returns(ws, "R1", [filled(template, tmp_path / "cwm.xlsx")])
    assert preview.ok and preview.plans[0].action == "create"
    assert head(ws) == before and not files.list_files(ws, "R1", kind="return")


def test_a_cancelled_import_writes_nothing(coop, tmp_path: Path) -> None:
    ws, template = coop
    path = filled(template, tmp_path / "cwm.xlsx")
    before = head(ws)
    calls: list[int] = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(Cancelled):
        returns.import_returns(ws, "R1", [path], cancel=cancel)
    assert head(ws) == before


# --- refusals --------------------------------------------------------------------------------


def test_every_problem_of_a_return_is_listed_at_once_with_its_cell(coop, tmp_path: Path) -> None:
    ws, template = coop
    measures = {m.code: m for m in tenders.list_measures(ws, "R1")}
    tenders.set_measure(ws, measures["CV-CC-02"].id, word_limit=3)
    template = template_bytes(ws, "R1", tmp_path)  # the word limit is part of the set-up
    responses = dict(RESPONSES)
    responses["CV-EE-01"] = ("Ratio.", "lots", "")
    responses["CV-EE-02"] = ("Wage.", -1, "")
    responses["CV-SE-01"] = ("Hours.", 10**13, "")
    responses["CV-PA-01"] = ("Votes.", 5, "")
    responses["CV-CC-02"] = ("one two three four", None, "x" * 201)
    path = filled(template, tmp_path / "bad.xlsx", about=dict(ABOUT, legal_name=None, email="not an address"),
                  records={"CV-REC-LEGAL-FORM": "a partnership",
                           "CV-REC-STATUS": "registered charity; B Corp"},
                  responses=responses, percent_cells=(),
                  cells={(layout.RESPONSES, "F10"): "=1+1"})
    problems = problems_of(ws, "R1", path)
    assert problems == [
        "bad.xlsx: About you!C5: Legal name is required; the bidder left it empty",
        "bad.xlsx: About you!C9: 'not an address' is not an email address",
        "bad.xlsx: About you!C10: Legal form: 'a partnership' is not one of its choices (" +
        "; ".join(_choices(ws, "CV-REC-LEGAL-FORM")) + ")",
        "bad.xlsx: About you!C11: Statuses on top of the legal form: 'B Corp' is not one of its choices (" +
        "; ".join(_choices(ws, "CV-REC-STATUS")) + ")",
        "bad.xlsx: Responses!G5: the quantity for CV-EE-01 must be a number; 'lots' is not one",
        "bad.xlsx: Responses!G6: the quantity for CV-EE-02 must be 0 or more; '-1' is negative",
        "bad.xlsx: Responses!G7: CV-PA-01 is qualitative: it takes a written response, not a quantity; clear the cell",
        "bad.xlsx: Responses!F8: the response to CV-CC-02 has 4 words; the tender allows at most 3",
        "bad.xlsx: Responses!I8: the page references is too long (201 characters; at most 200)",
        "bad.xlsx: Responses!G9: the quantity for CV-SE-01 is a percentage, from 0 to 100; 10000000000000% is more than "
        "100",
        "bad.xlsx: Responses!F10: holds a formula; type the value itself"]


def _choices(ws: Workspace, code: str) -> tuple[str, ...]:
    from coopeval.services.bids.records import record_fields_for
    return next(f.choices for f in record_fields_for(ws, "R1") if f.code == code)


def test_a_vertical_tab_becomes_a_line_break_and_other_control_characters_are_refused(coop, tmp_path: Path) -> None:
    ws, template = coop
    responses = dict(RESPONSES, **{"CV-PA-01": ("VTAB-HERE", None, ""), "CV-CC-02": ("BELL-HERE", None, "")})
    path = filled(template, tmp_path / "ctl.xlsx", responses=responses)
    patch(path, b"VTAB-HERE", b"line one_x000B_line two")
    assert returns.preview_returns(ws, "R1", [path]).plans[0].responses[2].text == "line one\nline two"
    patch(path, b"BELL-HERE", b"ding_x0007_dong")
    assert problems_of(ws, "R1", path) == [
        "ctl.xlsx: Responses!F8: the response contains a control character (U+0007) at character 5; remove it"]


def test_a_template_of_another_tender_is_refused_naming_it(coop, tmp_path: Path) -> None:
    ws, template = coop
    path = filled(template, tmp_path / "other.xlsx")
    tenders.create_tender(ws, reference="R2", title="Other", scale=scale())
    assert problems_of(ws, "R2", path) == [
        "other.xlsx: CoopEval!B3: this is a return for tender 'R1', not 'R2'; import it into tender 'R1'"]


def test_a_template_of_an_earlier_set_up_is_refused(coop, tmp_path: Path) -> None:
    ws, template = coop
    path = filled(template, tmp_path / "old.xlsx")
    measure = tenders.list_measures(ws, "R1")[0]
    tenders.set_measure(ws, measure.id, word_limit=500)
    [problem] = problems_of(ws, "R1", path)
    assert problem.startswith("old.xlsx: CoopEval!B4: the template was made for an earlier set-up of tender R1")
    assert "copy their answers into the current template" in problem


def test_a_renamed_sheet_and_moved_rows_are_refused(coop, tmp_path: Path) -> None:
    ws, template = coop
    renamed = filled(template, tmp_path / "renamed.xlsx")
    wb = openpyxl.load_workbook(renamed)
    wb[layout.RESPONSES].title = "My answers"
    wb.save(renamed)
    moved = filled(template, tmp_path / "moved.xlsx")
    wb = openpyxl.load_workbook(moved)
    wb[layout.RESPONSES].delete_rows(layout.RESPONSES_FIRST_ROW + 1)
    wb.save(moved)
    assert problems_of(ws, "R1", moved, renamed) == [
        "moved.xlsx: Responses!A6: should hold 'CV-EE-02' but holds 'CV-PA-01': rows were moved, inserted or deleted; "
        "ask the bidder to copy their answers into a fresh template",
        'renamed.xlsx: has no sheet "Responses" (was it renamed or deleted?); its sheets are "About you", '
        '"My answers", "Lists", "CoopEval"']


def test_a_workbook_that_is_no_template_is_refused(coop, tmp_path: Path) -> None:
    ws, _ = coop
    path = tmp_path / "plain.xlsx"
    wb = openpyxl.Workbook()
    wb.active["A1"] = "Our answers"  # type: ignore[index]
    wb.save(path)
    [problem] = problems_of(ws, "R1", path)
    assert problem.startswith('plain.xlsx: is not a CoopEval response template: it has no hidden sheet "CoopEval"')


def test_two_returns_for_the_same_bid_are_refused(coop, tmp_path: Path) -> None:
    ws, template = coop
    a = filled(template, tmp_path / "a.xlsx")
    b = filled(template, tmp_path / "b.xlsx", about=dict(ABOUT, identifier="rs007788"))
    assert problems_of(ws, "R1", a, b) == [
        "b.xlsx: is for the same bid as a.xlsx (Gwŷr a Gwragedd y Cwm Cyf); import only one return per bid"]


def test_nothing_is_written_while_any_file_has_a_problem(coop, tmp_path: Path) -> None:
    ws, template = coop
    good = filled(template, tmp_path / "good.xlsx")
    bad = filled(template, tmp_path / "bad.xlsx", about=dict(ABOUT, identifier="OTHER-1", email=None))
    before = head(ws)
    with pytest.raises(returns.ReturnsError) as caught:
        returns.import_returns(ws, "R1", [good, bad])
    assert [str(p) for p in caught.value.problems] == [
        "bad.xlsx: About you!C9: Contact email is required; the bidder left it empty"]
    assert head(ws) == before and entry.list_bids(ws, "R1") == []


def test_a_return_larger_than_the_record_keeps_is_a_problem(coop, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    ws, template = coop
    path = filled(template, tmp_path / "big.xlsx")
    monkeypatch.setattr(files, "MAX_KEPT_BYTES", 1024)
    [problem] = problems_of(ws, "R1", path)
    assert problem.startswith("big.xlsx: is 0.0 MB; the record keeps returns up to 0 MB")


@pytest.mark.parametrize("kind", ["not a zip", "zip bomb", "entity bomb", "empty"])
def test_hostile_or_broken_files_are_refused_cleanly(coop, tmp_path: Path, kind: str) -> None:
    ws, template = coop
    path = tmp_path / "hostile.xlsx"
    if kind == "not a zip":
        path.write_text("legal_name,identifier\nAcme,1\n")
        expected = "is not an Excel .xlsx file (it is not a zip archive)"
    elif kind == "empty":
        path.write_bytes(b"")
        expected = "is empty"
    elif kind == "zip bomb":
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("xl/workbook.xml", "<workbook/>")
            zf.writestr("xl/worksheets/sheet1.xml", b"\0" * (60 * 1024 * 1024))
        path.write_bytes(out.getvalue())
        expected = "zip bomb"
    else:
        filled(template, path)
        bomb = b'<!DOCTYPE worksheet [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><worksheet '
        patch(path, b"<worksheet ", bomb, "xl/worksheets/sheet2.xml")
        expected = "declares XML entities"
    [problem] = problems_of(ws, "R1", path)
    assert problem.startswith("hostile.xlsx: ") and expected in problem


def test_imported_text_that_looks_like_a_formula_stays_text_in_a_csv_export(draft, tmp_path: Path) -> None:
    ws, built, template = draft
    path = fill(template, tmp_path / "f.xlsx", about={"legal_name": "Bidder 0 Co-operative Ltd", "identifier": "IP000",
                                                      "email": "a@b.example"}, responses=FIXTURE_ANSWERS["responses"])
    wb = openpyxl.load_workbook(path)
    for cell in (wb[layout.ABOUT][f"C{layout.ABOUT_FIRST_ROW + 1}"], wb[layout.RESPONSES][f"I{layout.RESPONSES_FIRST_ROW}"]):
        cell.value, cell.data_type = '=HYPERLINK("http://example.invalid","click")', "s"  # text, as Excel keeps it
    wb.save(path)
    returns.import_returns(ws, "T1", [path])
    advance(ws, built, "moderation")  # the record's tables can be exported from then on
    written = export_tables(ws, "T1", "csv", tmp_path / "out")
    fields = [f for p in written if p.suffix == ".csv"
              for row in csv.reader(io.StringIO(p.read_text(encoding="utf-8-sig"))) for f in row]
    formulas = [f for f in fields if "HYPERLINK" in f]
    assert len([f for f in formulas if f.startswith("'=")]) == 2  # the trading name, the page references
    assert not any(f.startswith("=") for f in formulas)


def test_return_files_takes_a_folder_s_returns_without_office_lock_files(tmp_path: Path) -> None:
    for name in ("b.xlsx", "A.xlsx", "~$A.xlsx", "notes.txt"):
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / "sub").mkdir()
    found = returns.return_files([tmp_path, tmp_path / "b.xlsx"])
    assert [p.name for p in found] == ["A.xlsx", "b.xlsx"]
