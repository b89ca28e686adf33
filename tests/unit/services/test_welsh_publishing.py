"""Issue 22: the questionnaire and the response template in Welsh, or in Welsh and English (Welsh first), chosen per
tender and overridable per command; a returned template imports whatever its language, because the reader finds its
sheets through the hidden marker sheet; templates written before issue 22 still import.

The Welsh comes from a small catalogue built here with Babel and put in front of the shipped one
(`i18n.set_override_dirs`), so these tests do not depend on the state of the shipped translation."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest
from docx import Document
from pypdf import PdfReader

from coopeval import cli
from coopeval.domain.framework import RecordField
from coopeval.reporting.questionnaire import template_layout as layout
from coopeval.services.bids import returns
from coopeval.services.publishing import files
from coopeval.services.publishing.questionnaire import (
    publication_status,
    publish_questionnaire,
    questionnaire_data,
    questionnaire_parts,
    write_template,
)
from coopeval.services.setup import tenders
from tests.helpers.catalogues import welsh_gettext
from tests.helpers.returns import FIXTURE_ANSWERS, publishable
from tests.helpers.workspaces import create_workspace

WELSH = {
    "Social value questionnaire": "Holiadur gwerth cymdeithasol",
    "How to respond": "Sut i ymateb",
    "Your response": "Eich ymateb",
    "Legal name": "Enw cyfreithiol",
    "Friday": "dydd Gwener",
    "{time} on {weekday} {day} {month} {year}": "{time}, {weekday} {day} {month} {year}",
    "Return by {deadline}.": "Dychwelwch erbyn {deadline}.",
    "Return by {deadline}. Questions: {route}": "Dychwelwch erbyn {deadline}. Cwestiynau: {route}",
}


@pytest.fixture()
def welsh(tmp_path: Path):
    """A Welsh catalogue with a few of the documents' texts, in front of the shipped one."""
    with welsh_gettext(tmp_path / "i18n", WELSH):
        yield


@pytest.fixture()
def ready(tmp_path: Path, welsh):
    ws = create_workspace(tmp_path / "w.coopeval")
    built = publishable(ws)
    yield ws, built
    ws.close()


def pdf_text(data: bytes) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(data)).pages)


def docx_text(data: bytes) -> str:
    doc = Document(io.BytesIO(data))
    return "\n".join(p.text for p in doc.paragraphs)


# --- the questionnaire ----------------------------------------------------------------------------------------------

def test_a_welsh_questionnaire_pdf_states_the_set_up_in_welsh(ready, tmp_path: Path) -> None:
    ws, built = ready
    publish_questionnaire(ws, built.reference, tmp_path / "q.pdf", language="cy")
    text = pdf_text((tmp_path / "q.pdf").read_bytes())
    assert "Holiadur gwerth cymdeithasol" in text and "Sut i ymateb" in text
    assert "12:00, dydd Gwener 15 Ionawr 2027" in text  # the deadline in Welsh
    assert "Social value questionnaire" not in text and "English" not in text.split()
    assert "LOC-01" in text


def test_a_bilingual_questionnaire_puts_welsh_first_in_one_pdf(ready, tmp_path: Path) -> None:
    ws, built = ready
    title = questionnaire_data(ws, built.reference).title  # the officer's own words: the same in both parts
    publish_questionnaire(ws, built.reference, tmp_path / "q.pdf", language="cy+en")
    text = pdf_text((tmp_path / "q.pdf").read_bytes())
    welsh, english = text.index("Cymraeg"), text.index("English")
    assert welsh < text.index("Holiadur gwerth cymdeithasol") < english < text.rindex("Social value questionnaire")
    assert text.index("Sut i ymateb") < english < text.index("How to respond")
    assert "Return your response by 12:00 on Friday 15 January 2027" in text[english:]
    assert text.count(title) >= 2


def test_a_bilingual_questionnaire_docx_puts_welsh_first(ready, tmp_path: Path) -> None:
    ws, built = ready
    kept, _ = publish_questionnaire(ws, built.reference, tmp_path / "q.docx", language="cy+en")
    data = (tmp_path / "q.docx").read_bytes()
    doc = Document(io.BytesIO(data))
    headings = [p.text for p in doc.paragraphs if p.style is not None and p.style.name == "Heading 1"]
    assert headings[0] == "Cymraeg" and "English" in headings
    text = docx_text(data)
    assert text.index("Holiadur gwerth cymdeithasol") < text.index("English") < text.rindex("Social value questionnaire")
    assert "language=cy+en" in doc.core_properties.keywords
    assert doc.core_properties.created.year == 2000 or doc.core_properties.created.year >= 2026  # a real date


def test_a_welsh_docx(ready, tmp_path: Path) -> None:
    ws, built = ready
    publish_questionnaire(ws, built.reference, tmp_path / "q.docx", language="cy")
    text = docx_text((tmp_path / "q.docx").read_bytes())
    assert "Holiadur gwerth cymdeithasol" in text and "Social value questionnaire" not in text
    assert "Cymraeg" not in text.split("\n")  # one language: no part headings


def test_the_tenders_setting_chooses_the_language_and_the_command_overrides_it(ready, tmp_path: Path) -> None:
    ws, built = ready
    tenders.set_document_language(ws, built.reference, "cy+en")
    assert [p.language for p in questionnaire_parts(ws, built.reference)] == ["cy", "en"]
    publish_questionnaire(ws, built.reference, tmp_path / "both.pdf")
    assert "Cymraeg" in pdf_text((tmp_path / "both.pdf").read_bytes())
    publish_questionnaire(ws, built.reference, tmp_path / "en.pdf", language="en")
    text = pdf_text((tmp_path / "en.pdf").read_bytes())
    assert "Holiadur" not in text and "Social value questionnaire" in text


def test_a_questionnaire_published_in_welsh_is_not_out_of_date(ready, tmp_path: Path) -> None:
    ws, built = ready
    publish_questionnaire(ws, built.reference, tmp_path / "q.pdf", language="cy+en")
    assert not publication_status(ws, built.reference).out_of_date
    tenders.set_measure(ws, built.measures[0], word_limit=300)
    assert publication_status(ws, built.reference).out_of_date


def test_an_english_questionnaires_digest_is_what_it_was_before_languages(ready) -> None:
    import dataclasses

    from coopeval.services.packs.common import digest

    ws, built = ready
    data = questionnaire_data(ws, built.reference)
    old = dataclasses.asdict(data)
    for key in ("version", "made_on", "made_on_iso", "language"):
        old.pop(key)
    assert files.content_digest(data) == files.content_digest((data,)) == digest(old)
    cy = questionnaire_parts(ws, built.reference, language="cy")
    assert files.content_digest(cy) != files.content_digest(data)


def test_the_command_line_takes_a_language(tmp_path: Path, welsh) -> None:
    path = tmp_path / "w.coopeval"
    with create_workspace(path) as ws:
        built = publishable(ws)
    for command, name in ((["questionnaire"], "q.pdf"), (["bids", "template"], "t.xlsx")):
        out, err = io.StringIO(), io.StringIO()
        code = cli.main([*command, str(path), "--tender", built.reference, "--out", str(tmp_path / name),
                         "--language", "cy"], out=out, err=err)
        assert code == 0, err.getvalue()
    assert "Holiadur gwerth cymdeithasol" in pdf_text((tmp_path / "q.pdf").read_bytes())
    assert openpyxl.load_workbook(tmp_path / "t.xlsx").sheetnames[:2] == ["Amdanoch chi", "Ymatebion"]
    code = cli.main(["questionnaire", str(path), "--tender", built.reference, "--out", str(tmp_path / "x.pdf"),
                     "--language", "fr"], out=io.StringIO(), err=(err := io.StringIO()))
    assert code != 0 and "cy+en" in err.getvalue() and "Traceback" not in err.getvalue()


# --- the response template and returns ------------------------------------------------------------------------------

def marker(book: openpyxl.Workbook) -> dict[str, object]:
    sheet = book[layout.MARKER]
    return {sheet[f"A{r}"].value: sheet[f"B{r}"].value for r in range(2, sheet.max_row + 1)}


def fill(template: Path, out: Path, *, drop_new_marker_keys: bool = False) -> Path:
    """Fill a template in any language as a bidder would, finding its sheets through the marker."""
    book = openpyxl.load_workbook(template)
    names = marker(book)
    about, responses = book[str(names["sheet:about"])], book[str(names["sheet:responses"])]
    rows = {about[f"A{r}"].value: r for r in range(layout.ABOUT_FIRST_ROW, about.max_row + 1)}
    for key, value in FIXTURE_ANSWERS["about"].items():
        about[f"{layout.ABOUT_COLUMNS['answer']}{rows[key]}"] = value
    codes = {responses[f"A{r}"].value: r for r in range(layout.RESPONSES_FIRST_ROW, responses.max_row + 1)}
    cols = layout.RESPONSE_COLUMNS
    for code, (text, quantity, pages) in FIXTURE_ANSWERS["responses"].items():
        responses[f"{cols['response']}{codes[code]}"] = text
        if quantity is not None:
            responses[f"{cols['quantity']}{codes[code]}"] = quantity
        responses[f"{cols['page_refs']}{codes[code]}"] = pages or None
    if drop_new_marker_keys:  # as a template written before issue 22: no language, no sheet names
        sheet = book[layout.MARKER]
        for r in range(sheet.max_row, 1, -1):
            if sheet[f"A{r}"].value in ("language", "sheet:about", "sheet:responses", "sheet:lists"):
                sheet.delete_rows(r)
    book.save(out)
    return out


def imported(ws, reference: str, path: Path) -> returns.ReturnPlan:
    preview, _ = returns.import_returns(ws, reference, [path])
    assert preview.ok, preview.problems
    (plan,) = preview.plans
    return plan


def test_a_welsh_template_has_welsh_sheets_and_labels_and_records_them(ready, tmp_path: Path) -> None:
    ws, built = ready
    write_template(ws, built.reference, tmp_path / "t.xlsx", language="cy")
    book = openpyxl.load_workbook(tmp_path / "t.xlsx")
    assert book.sheetnames == ["Amdanoch chi", "Ymatebion", "Rhestrau", "CoopEval"]
    values = marker(book)
    assert values["language"] == "cy" and values["sheet:responses"] == "Ymatebion"
    assert values["sheet:about"] == "Amdanoch chi" and values["sheet:lists"] == "Rhestrau"
    assert book["Ymatebion"]["F4"].value == "Eich ymateb"
    assert book["Amdanoch chi"]["B5"].value.startswith("Enw cyfreithiol")
    assert book["Ymatebion"]["A2"].value.startswith("Dychwelwch erbyn 12:00, dydd Gwener 15 Ionawr 2027")


def test_a_bilingual_template_puts_welsh_first_in_one_workbook(ready, tmp_path: Path) -> None:
    ws, built = ready
    write_template(ws, built.reference, tmp_path / "t.xlsx", language="cy+en")
    book = openpyxl.load_workbook(tmp_path / "t.xlsx")
    assert book.sheetnames == ["Amdanoch chi - About you", "Ymatebion - Responses", "Rhestrau - Lists", "CoopEval"]
    sheet = book["Ymatebion - Responses"]
    assert sheet["F4"].value == "Eich ymateb\nYour response"
    a2 = sheet["A2"].value
    assert a2.index("Dychwelwch") < a2.index("Return by")
    assert marker(book)["language"] == "cy+en"


@pytest.mark.parametrize("language", ["cy", "cy+en", "en"])
def test_a_filled_template_imports_whatever_its_language(ready, tmp_path: Path, language: str) -> None:
    ws, built = ready
    write_template(ws, built.reference, tmp_path / "t.xlsx", language=language)
    plan = imported(ws, built.reference, fill(tmp_path / "t.xlsx", tmp_path / "return.xlsx"))
    assert plan.action == "create" and plan.legal_name == FIXTURE_ANSWERS["about"]["legal_name"]
    got = {line.code: line.text for line in plan.responses}
    assert got["LOC-01"] == FIXTURE_ANSWERS["responses"]["LOC-01"][0]  # the bidder's text, never translated
    assert {line.code: line.quantity for line in plan.responses}["LOC-02"] == "4.5"


def test_a_template_written_before_issue_22_still_imports(ready, tmp_path: Path) -> None:
    ws, built = ready
    write_template(ws, built.reference, tmp_path / "t.xlsx", language="en")
    old = fill(tmp_path / "t.xlsx", tmp_path / "old.xlsx", drop_new_marker_keys=True)
    assert "language" not in marker(openpyxl.load_workbook(old))
    assert imported(ws, built.reference, old).action == "create"


def test_a_welsh_template_without_the_sheet_keys_is_found_by_its_welsh_names(ready, tmp_path: Path) -> None:
    ws, built = ready
    write_template(ws, built.reference, tmp_path / "t.xlsx", language="cy")
    stripped = fill(tmp_path / "t.xlsx", tmp_path / "r.xlsx", drop_new_marker_keys=True)
    assert imported(ws, built.reference, stripped).action == "create"


def test_a_problem_names_the_sheet_as_the_bidder_sees_it(ready, tmp_path: Path) -> None:
    ws, built = ready
    write_template(ws, built.reference, tmp_path / "t.xlsx", language="cy")
    book = openpyxl.load_workbook(fill(tmp_path / "t.xlsx", tmp_path / "r.xlsx"))
    book["Ymatebion"][f"{layout.RESPONSE_COLUMNS['quantity']}{layout.RESPONSES_FIRST_ROW + 1}"] = -3
    book.save(tmp_path / "bad.xlsx")
    preview = returns.preview_returns(ws, built.reference, [tmp_path / "bad.xlsx"])
    assert [p.where for p in preview.problems] == [f"Ymatebion!G{layout.RESPONSES_FIRST_ROW + 1}"]


def test_a_renamed_sheet_is_reported_by_the_name_the_marker_records(ready, tmp_path: Path) -> None:
    ws, built = ready
    write_template(ws, built.reference, tmp_path / "t.xlsx", language="cy")
    book = openpyxl.load_workbook(fill(tmp_path / "t.xlsx", tmp_path / "r.xlsx"))
    book["Ymatebion"].title = "Atebion"
    book.save(tmp_path / "renamed.xlsx")
    preview = returns.preview_returns(ws, built.reference, [tmp_path / "renamed.xlsx"])
    assert len(preview.problems) == 1 and 'no sheet "Ymatebion"' in preview.problems[0].message


def test_a_welsh_or_bilingual_choice_is_stored_as_the_english() -> None:
    field = RecordField(code="R-FORM", title="Legal form", kind="choice", choices=("Co-operative", "Charity"),
                        choices_cy=("Cwmni cydweithredol", "Elusen"))
    assert returns.english_choice(field, "Elusen") == "Charity"
    assert returns.english_choice(field, "cwmni cydweithredol / co-operative") == "Co-operative"
    assert returns.english_choice(field, "Charity") == "Charity"
    assert returns.english_choice(field, "Something else") == "Something else"  # refused later, as before
    plain = RecordField(code="R-NOTE", title="Note", kind="text")
    assert returns.english_choice(plain, "Elusen") == "Elusen"


def test_the_frameworks_welsh_text_is_used_where_it_has_some(ready, tmp_path: Path) -> None:
    import json

    from coopeval.storage.tables import TenderMeasureRow

    ws, built = ready
    with ws.writing() as session:  # as a framework with Welsh text (`title_cy`, `bidder_guidance_cy`) leaves it
        row = session.get(TenderMeasureRow, built.measures[0])
        assert row is not None
        detail = json.loads(row.measure_json)
        detail.update(title_cy="Swyddi newydd i drigolion y Fro", bidder_guidance_cy="Nodwch nifer y swyddi.")
        row.measure_json = json.dumps(detail)
        session.add(row)
    english = questionnaire_data(ws, built.reference).measures[0]
    welsh = questionnaire_data(ws, built.reference, language="cy").measures[0]
    assert (welsh.title, welsh.bidder_guidance) == ("Swyddi newydd i drigolion y Fro", "Nodwch nifer y swyddi.")
    assert english.title == "New jobs on the contract filled by Vale residents"
    assert welsh.evidence == english.evidence  # no Welsh for it: the English
    write_template(ws, built.reference, tmp_path / "t.xlsx", language="cy+en")
    sheet = openpyxl.load_workbook(tmp_path / "t.xlsx")["Ymatebion - Responses"]
    row_number = layout.RESPONSES_FIRST_ROW
    assert sheet[f"B{row_number}"].value == f"Swyddi newydd i drigolion y Fro / {english.title}"
    guidance = sheet[f"C{row_number}"].value
    assert guidance.index("Nodwch nifer y swyddi.") < guidance.index(english.bidder_guidance)
