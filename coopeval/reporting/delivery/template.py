"""The XLSX delivery return a supplier fills in for one reporting period (issue 19), laid out exactly as
`template_layout` says so that the reader (`services.delivery.returns`) finds every figure by sheet name and the
commitment's id in column A.

- "Delivery": one row per contract commitment: its code, the commitment in words, what was promised (with its
  unit), an unlocked "delivered this period" cell (a number, 0 or more, for a quantitative commitment; a yes / no /
  partly drop-down for a qualitative one), and unlocked cells for evidence references and a note.
- "Lists" (hidden): the answers the drop-downs offer.
- "CoopEval" (very hidden, protected): the tender's reference, the period, the award and the commitment ids in
  order, so a return can be matched to exactly what it answers.

The cell helpers are the response template's own (`reporting.questionnaire.template`): text is never a formula,
protection is against accidents only (no password), and the reader relies on the marker and the keys.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from coopeval.reporting.delivery import template_layout as lay
from coopeval.reporting.questionnaire.template import (
    ANSWER_FILL,
    HEADER_FILL,
    HEADER_FONT,
    TITLE_FONT,
    UNUSED_FILL,
    cell_limit,
    print_setup,
    protect,
    put,
    row_height,
    text_cell,
    write_marker,
)

WIDTHS = {"key": 8, "code": 12, "commitment": 60, "promised": 18, "delivered": 16, "unit": 14, "evidence_refs": 34,
          "note": 40}
HEADINGS = {"key": "ID (do not change)", "code": "Code", "commitment": "Commitment", "promised": "Promised",
            "delivered": "Delivered this period", "unit": "Unit", "evidence_refs": "Evidence references",
            "note": "Note"}


@dataclass(frozen=True)
class DeliveryLine:
    id: int
    code: str
    text: str
    kind: str  # quantitative | qualitative
    promised: str  # the target as text ("" where none)
    unit: str


@dataclass(frozen=True)
class DeliveryTemplateData:
    reference: str
    title: str
    supplier: str
    period: str  # "2027-Q1"
    period_text: str  # "April to June 2027" (the days, where the contract cuts the quarter)
    award_id: int
    made_on: str
    lines: tuple[DeliveryLine, ...]


def marker_values(data: DeliveryTemplateData) -> dict[str, str]:
    """What the marker sheet records, key by key (`template_layout.MARKER_KEYS`)."""
    values = {"format": str(lay.TEMPLATE_FORMAT), "kind": lay.KIND, "tender_reference": data.reference,
              "period": data.period, "award_id": str(data.award_id),
              "commitments": " ".join(str(line.id) for line in data.lines), "made_at": data.made_on}
    assert tuple(values) == lay.MARKER_KEYS
    return values


def _validations(book: Workbook) -> tuple[DataValidation, DataValidation]:
    lists = book.create_sheet(lay.ANSWERS_SHEET)
    lists.sheet_state = "hidden"
    for n, answer in enumerate(lay.ANSWERS, start=1):
        text_cell(lists[f"A{n}"], answer)
    protect(lists)
    number = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0", allow_blank=True,
                            showErrorMessage=True, showInputMessage=True, errorTitle="A number, 0 or more",
                            error="Type a number, 0 or more, without units (0 if nothing was delivered).",
                            promptTitle="Delivered this period",
                            prompt=cell_limit("What was delivered in this period: a number, 0 or more, in the unit "
                                          "shown."))
    answer = DataValidation(type="list", formula1=f"'{lay.ANSWERS_SHEET}'!$A$1:$A${len(lay.ANSWERS)}",
                            allow_blank=True, showErrorMessage=True, showInputMessage=True, errorTitle="Not in the list",
                            error="Choose yes, no or partly.", promptTitle="Delivered this period?",
                            prompt="Choose yes, no or partly, and say what was done in the note.")
    return number, answer


def _delivery(book: Workbook, data: DeliveryTemplateData) -> Worksheet:
    sheet = book.active
    assert sheet is not None
    sheet.title = lay.DELIVERY
    cols = lay.COLUMNS
    last = cols["note"]
    text_cell(sheet["A1"], f"{data.reference}: {data.title}")
    sheet["A1"].font = TITLE_FONT
    text_cell(sheet["A2"], f"Delivery return for {data.period} ({data.period_text}), from {data.supplier}")
    sheet["A2"].font = Font(bold=True)
    text_cell(sheet["A3"], "For each commitment, fill in the yellow cells: what was delivered in this period (a number "
                       "for a figure; yes, no or partly otherwise), where the evidence is, and any note. Leave a row "
                       "empty if you have nothing to report for it. Do not change column A, rename the sheet or move "
                       "rows: the council reads your return by them.")
    for row in (1, 2, 3):
        sheet.merge_cells(f"A{row}:{last}{row}")
    sheet.row_dimensions[3].height = 48
    header = lay.FIRST_ROW - 1
    for name, letter in cols.items():
        cell = put(sheet, f"{letter}{header}", HEADINGS[name])
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        sheet.column_dimensions[letter].width = WIDTHS[name]
    number, answer = _validations(book)
    for n, line in enumerate(data.lines):
        row = lay.FIRST_ROW + n
        put(sheet, f"{cols['key']}{row}", line.id)
        put(sheet, f"{cols['code']}{row}", line.code).font = Font(bold=True)
        put(sheet, f"{cols['commitment']}{row}", line.text)
        promised = f"{line.promised} {line.unit}".strip() if line.promised else ""
        put(sheet, f"{cols['promised']}{row}", promised)
        delivered = f"{cols['delivered']}{row}"
        cell = put(sheet, delivered, None, locked=False, fill=ANSWER_FILL)
        if line.kind == "quantitative":
            cell.number_format = "General"
            number.add(delivered)
            put(sheet, f"{cols['unit']}{row}", line.unit)
        else:
            answer.add(delivered)
            put(sheet, f"{cols['unit']}{row}", None, fill=UNUSED_FILL)
        for name in ("evidence_refs", "note"):
            put(sheet, f"{cols[name]}{row}", None, locked=False, fill=ANSWER_FILL, text_input=True)
        sheet.row_dimensions[row].height = row_height([(line.text, WIDTHS["commitment"])], 45)
    for dv in (number, answer):
        sheet.add_data_validation(dv)
    sheet.freeze_panes = f"{cols['delivered']}{lay.FIRST_ROW}"
    print_setup(sheet, header)
    protect(sheet)
    return sheet


def render_delivery_template(data: DeliveryTemplateData) -> bytes:
    """The delivery return for one period as XLSX bytes."""
    book = Workbook()
    _delivery(book, data)
    write_marker(book, lay.MARKER, lay.MARKER_TITLE, lay.TEMPLATE_FORMAT, marker_values(data))
    book.active = 0
    book.properties.creator = "CoopEval"
    book.properties.title = f"{data.reference}: delivery return {data.period}"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
