"""The XLSX response template bidders fill in (issue 18), laid out exactly as `template_layout` says so that the
return reader (`services.bids.returns`) finds every answer by sheet name and the key in column A.

- "About you": the bid's own details (legal name, register identifier, …), then the organisation record fields of
  the tender's frameworks, one a row, with a drop-down for a field that takes choices. The lists the drop-downs
  offer live on the hidden "Lists" sheet: Excel caps a list typed into the validation itself at 255 characters.
- "Responses": one row per measure in the tender's order; guidance in locked cells, an unlocked response cell, an
  unlocked quantity cell (a non-negative number, at most 100 for a percentage) only for a quantitative measure,
  and an unlocked cell for page references.
- "CoopEval" (very hidden, protected): the tender's reference, the set-up fingerprint and the codes in order, so a
  return can be matched to the exact set-up it answers.

Sheet protection has no password: it stops a bidder overtyping the guidance or moving rows by accident, it is not
security (anyone can unprotect a sheet). The reader relies on the marker and the keys, never on the protection.

Every text from the framework or the officer is written as a string cell, never a formula, even when it starts
with "=", "+", "-" or "@"; the cells bidders type into are formatted as text ("@") for the same reason, except the
quantity cells, which stay "General" so that 12 stays 12 and Excel's own "12%" (stored as 0.12 with a % format)
is still recognisable to the reader.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from coopeval import i18n
from coopeval.i18n import N_, _
from coopeval.reporting.exports import xlsx_text
from coopeval.reporting.questionnaire import template_layout as lay
from coopeval.reporting.questionnaire.data import QuestionMeasure, QuestionnaireData, RecordQuestion, parts_of

FORMULA_STARTS = ("=", "+", "-", "@")  # what a spreadsheet would take as the start of a formula
TEXT_FORMAT = "@"  # a cell formatted as text keeps what is typed as typed ("- item", "=x", "0012")

_WRAP = Alignment(wrap_text=True, vertical="top")
HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
TITLE_FONT = Font(bold=True, size=14)
ANSWER_FILL = PatternFill("solid", fgColor="FFF8DC")  # the cells to fill in: pale yellow
UNUSED_FILL = PatternFill("solid", fgColor="BFBFBF")  # a cell with nothing to fill in: grey, locked
_THIN = Side(style="thin", color="A6A6A6")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_LOCKED = Protection(locked=True)
_UNLOCKED = Protection(locked=False)

ABOUT_WIDTHS = {"key": 27, "label": 34, "answer": 44, "evidence": 30, "guidance": 60}
RESPONSE_WIDTHS = {"code": 10, "title": 26, "guidance": 48, "evidence": 34, "word_limit": 9, "response": 60,
                   "quantity": 13, "unit": 12, "page_refs": 16}
# Headings and guidance in English, marked for translation (the template is written in the tender's document
# language: English, Welsh, or both with Welsh first, issue 22).
ABOUT_HEADINGS = {"key": N_("Key (do not change)"), "label": N_("What we ask"), "answer": N_("Your answer"),
                  "evidence": N_("Evidence reference"), "guidance": N_("Guidance")}
RESPONSE_HEADINGS = {"code": N_("Code"), "title": N_("Measure"), "guidance": N_("What we ask"),
                     "evidence": N_("Evidence required"), "word_limit": N_("Word limit"),
                     "response": N_("Your response"), "quantity": N_("Your quantity"), "unit": N_("Unit"),
                     "page_refs": N_("Page references")}
BID_GUIDANCE = {
    "legal_name": N_("The organisation's full legal name, as registered."),
    "trading_name": N_("The name you trade under, if it differs from the legal name."),
    "identifier": N_("Your number on the register you are on: Companies House (e.g. 01234567), the FCA mutuals "
                     "register, or the Charity Commission."),
    "address": N_("Your registered office address."),
    "email": N_("Who we contact about this return."),
}
RESPONSE_ROW_HEIGHT = 150  # points: room to see a response while typing (the bidder may make rows taller)
MAX_ROW_HEIGHT = 409  # points: the tallest row Excel allows
LINE_HEIGHT = 15  # points per line of 11-point text


def row_height(cells: list[tuple[str, float]], least: float) -> float:
    """A row tall enough to show each (text, column width) wrapped, at least `least` points: an estimate (a
    column width counts characters of "0"; ordinary text fits about 1.1 of its characters in each)."""
    lines = 1
    for text, width in cells:
        per_line = max(1, int(width * 1.1) - 1)
        lines = max(lines, sum(max(1, -(-len(part) // per_line)) for part in text.split("\n")))
    return float(min(MAX_ROW_HEIGHT, max(least, lines * LINE_HEIGHT + 6)))


def text_cell(cell: Any, value: str) -> None:
    """Put text in a cell as a string, never a formula, whatever it starts with."""
    text = xlsx_text(value)
    cell.value = text
    cell.data_type = "s"
    if text.startswith(FORMULA_STARTS):
        cell.quotePrefix = True  # Excel and Calc show it as text and keep it text when the cell is edited


def put(sheet: Worksheet, ref: str, value: str | int | None, *, locked: bool = True, fill: PatternFill | None = None,
         text_input: bool = False) -> Any:
    cell = sheet[ref]
    if isinstance(value, str):
        text_cell(cell, value)
    elif value is not None:
        cell.value = value
    cell.alignment = _WRAP
    cell.border = _BOX
    cell.protection = _LOCKED if locked else _UNLOCKED
    if fill is not None:
        cell.fill = fill
    if text_input:
        cell.number_format = TEXT_FORMAT
    return cell


def protect(sheet: Worksheet) -> None:
    """Protection against accidents (no password): locked cells cannot be typed over and rows cannot be inserted,
    deleted or moved; rows and columns can still be resized so a long answer can be read."""
    p = sheet.protection
    p.sheet = True
    p.formatRows = False  # False: allowed
    p.formatColumns = False
    p.selectLockedCells = False
    p.selectUnlockedCells = False


def print_setup(sheet: Worksheet, header_row: int, footer: str = "&A, page &P of &N") -> None:  # i18n: no
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = f"{header_row}:{header_row}"
    sheet.print_options.gridLines = False
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.page_margins.top = sheet.page_margins.bottom = 0.5
    sheet.oddFooter.center.text = footer


class Words:
    """The template's languages (issue 22): its parts, Welsh first in a bilingual template, and the text of each
    label in every one of them, joined ("Ymateb / Response")."""

    def __init__(self, parts: Sequence[QuestionnaireData]):
        self.parts = tuple(parts)
        self.codes = tuple(p.language for p in self.parts)

    def each(self, make: Callable[[QuestionnaireData], str], sep: str = " / ") -> str:
        """`make(part)` in each part's language, joined with `sep`; the same text once when they agree."""
        texts = []
        for part in self.parts:
            with i18n.language(part.language):
                texts.append(make(part))
        return sep.join(t for t in dict.fromkeys(texts) if t) if len(texts) > 1 else texts[0]

    def label(self, english: str, sep: str = " / ") -> str:
        """A text marked with N_, in each language."""
        return self.each(lambda d: _(english), sep)  # i18n: no - marked with N_ where defined

    def sheet(self, role: str) -> str:
        return lay.sheet_name(role, self.codes)

    def footer(self) -> str:
        return self.each(lambda d: _("&A, page &P of &N"))

    @property
    def language(self) -> str:
        return "+".join(self.codes)


def _titles(sheet: Worksheet, words: Words, last_column: str, how: str) -> None:
    data = words.parts[0]
    text_cell(sheet["A1"], f"{data.reference}: {data.title}")
    sheet["A1"].font = TITLE_FONT
    text_cell(sheet["A2"], words.each(
        lambda d: _("Return by {deadline}. Questions: {route}").format(deadline=d.deadline,
                                                                        route=d.clarification_route)
        if d.clarification_route else _("Return by {deadline}.").format(deadline=d.deadline), "\n"))
    sheet["A2"].font = Font(bold=True)
    text_cell(sheet["A3"], how)
    sheet["A3"].alignment = _WRAP
    for row in (1, 2, 3):
        sheet.merge_cells(f"A{row}:{last_column}{row}")
    sheet["A2"].alignment = _WRAP
    both = len(words.parts) > 1
    sheet.row_dimensions[1].height = 22
    sheet.row_dimensions[2].height = 32 * (2 if both else 1)
    sheet.row_dimensions[3].height = 48 * (2 if both else 1)


def _headings(sheet: Worksheet, row: int, columns: dict[str, str], headings: dict[str, str],
              widths: dict[str, int]) -> None:
    for name, letter in columns.items():
        cell = put(sheet, f"{letter}{row}", headings[name])
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        sheet.column_dimensions[letter].width = widths[name]
    sheet.row_dimensions[row].height = 30 if max(len(h) for h in headings.values()) < 24 else 45


def _choice_guidance(field: RecordQuestion) -> str:
    """In the current language, for `field` as the current part states it."""
    return "\n".join(t for t in (field.description.strip(), _choice_how(field)) if t).strip()


def _choice_how(field: RecordQuestion) -> str:
    """How to answer `field`, in the current language ('' for a text field without evidence)."""
    if field.kind == "choices":
        how = _("Choose from the list; for several, type them separated by \"{separator}\" (for example "
                "\"{example}\").").format(separator=lay.MULTI_SEPARATOR,
                                          example=lay.MULTI_SEPARATOR.join(field.choices[:2])) \
            if len(field.choices) > 1 else _("Choose from the list.")
    elif field.kind == "choice":
        how = _("Choose one from the list.")
    else:
        how = ""
    if field.evidence:
        evidence = _("Give an evidence reference (a document and page, or a web address) in the next column.")
        how = f"{how} {evidence}".strip()
    return how


def _guidance(words: Words, text: Callable[[QuestionnaireData], str], notes: Callable[[QuestionnaireData], str],
              whole: Callable[[QuestionnaireData], str]) -> str:
    """Guidance in one language (`whole`), or in several: the framework's or officer's text in each language (once
    when it has no Welsh), then CoopEval's own notes in each language."""
    if len(words.parts) == 1:
        return words.each(whole)
    return "\n".join(t for t in (words.each(text, "\n\n"), words.each(notes, "\n")) if t).strip()


def list_ranges(fields: tuple[RecordQuestion, ...],
                words: Words | None = None) -> dict[str, tuple[str, tuple[str, ...], str]]:
    """Each choice field's column on the hidden lists sheet (its code in row 1, the choices below, in the template's
    languages), in order, with the sheet's name."""
    from openpyxl.utils import get_column_letter

    chosen = [f for f in fields if f.kind in ("choice", "choices") and f.choices]
    sheet = words.sheet("lists") if words else lay.LISTS
    return {f.code: (get_column_letter(n), bilingual_choices(words, f.code) if words else f.choices, sheet)
            for n, f in enumerate(chosen, start=1)}


def _source(letter: str, choices: tuple[str, ...], sheet: str = lay.LISTS) -> str:
    return f"'{sheet}'!${letter}$2:${letter}${len(choices) + 1}"


def _lists(book: Workbook, ranges: dict[str, tuple[str, tuple[str, ...], str]], name: str = lay.LISTS) -> Worksheet:
    sheet = book.create_sheet(name)
    sheet.sheet_state = "hidden"
    for code, (letter, choices, _sheet) in ranges.items():
        text_cell(sheet[f"{letter}1"], code)
        for n, choice in enumerate(choices, start=2):
            text_cell(sheet[f"{letter}{n}"], choice)
        sheet.column_dimensions[letter].width = 40
    protect(sheet)
    return sheet


def _title_limit(text: str) -> str:
    """Excel refuses a validation's title longer than 32 characters: a bilingual title too long for it keeps its
    Welsh (the message below it has both languages), and any title is cut short at last."""
    if len(text) > 32 and " / " in text:
        text = text.split(" / ")[0]
    return text if len(text) <= 32 else text[:31] + "…"


def _list_validation(kind: str, source: str, words: Words) -> DataValidation:
    if kind == "choice":
        return DataValidation(type="list", formula1=source, allow_blank=True, showErrorMessage=True,
                              showInputMessage=True, errorTitle=_title_limit(words.label(N_("Not in the list"))),
                              error=cell_limit(words.label(N_("Choose one of the answers the list offers."), "\n")),
                              promptTitle=_title_limit(words.label(N_("Choose from the list"))),
                              prompt=cell_limit(words.label(N_("Choose one answer from the list."), "\n")))
    # "choices": the drop-down offers one at a time and several are typed with ";" between them, so the cell must
    # not refuse what is not a single entry of the list (the reader checks every choice).
    return DataValidation(type="list", formula1=source, allow_blank=True, showErrorMessage=False,
                          showInputMessage=True, promptTitle=_title_limit(words.label(N_("Choose one or several"))),
                          prompt=cell_limit(words.each(lambda d: _(
                              "Choose from the list; for several, separate them with \"{separator}\".").format(
                              separator=lay.MULTI_SEPARATOR), "\n")))


def bilingual_choices(words: Words, field_code: str) -> tuple[str, ...]:
    """A choice field's choices as the template offers them: each part's, joined ("Ie / Yes") in a bilingual one."""
    per_part = [next(f.choices for f in part.record_fields if f.code == field_code) for part in words.parts]
    return tuple(" / ".join(dict.fromkeys(texts)) for texts in zip(*per_part))


def _about(book: Workbook, words: Words, lists: dict[str, tuple[str, tuple[str, ...], str]]) -> Worksheet:
    sheet = book.active
    assert sheet is not None
    sheet.title = words.sheet("about")
    cols = lay.ABOUT_COLUMNS
    _titles(sheet, words, cols["guidance"], words.each(lambda d: _(
        "Fill in the yellow cells: your organisation's details, then the questions the tender's frameworks ask about "
        "your organisation. Where a cell offers a list, choose from it. Do not change column A, rename the sheets or "
        "move rows: the council reads your answers by them. The {responses} sheet follows.").format(
        responses=lay.sheet_name("responses", (d.language,))), "\n"))
    header = lay.ABOUT_FIRST_ROW - 1
    _headings(sheet, header, cols, {k: words.label(v, "\n") for k, v in ABOUT_HEADINGS.items()}, ABOUT_WIDTHS)
    row = lay.ABOUT_FIRST_ROW
    for key, label, required in lay.BID_DETAILS:
        shown = words.each(lambda d: _("{label} (required)").format(
            label=_(label)) if required else _(label))  # noqa: B023  # i18n: no - marked with N_ in the layout
        guidance = words.label(BID_GUIDANCE[key], "\n")
        put(sheet, f"{cols['key']}{row}", key)
        put(sheet, f"{cols['label']}{row}", shown)
        put(sheet, f"{cols['answer']}{row}", None, locked=False, fill=ANSWER_FILL, text_input=True)
        put(sheet, f"{cols['evidence']}{row}", None, fill=UNUSED_FILL)
        put(sheet, f"{cols['guidance']}{row}", guidance)
        sheet.row_dimensions[row].height = row_height([(shown, ABOUT_WIDTHS["label"]),
                                                        (guidance, ABOUT_WIDTHS["guidance"])], 30)
        row += 1
    validations: dict[tuple[str, str], DataValidation] = {}
    for n, field in enumerate(words.parts[0].record_fields):
        title = words.each(lambda d: d.record_fields[n].title)  # noqa: B023 - called at once
        put(sheet, f"{cols['key']}{row}", f"{lay.RECORD_KEY}{field.code}")
        put(sheet, f"{cols['label']}{row}", title)
        answer = f"{cols['answer']}{row}"
        put(sheet, answer, None, locked=False, fill=ANSWER_FILL, text_input=True)
        if field.evidence:
            put(sheet, f"{cols['evidence']}{row}", None, locked=False, fill=ANSWER_FILL, text_input=True)
        else:
            put(sheet, f"{cols['evidence']}{row}", None, fill=UNUSED_FILL)
        guidance = _guidance(words, lambda d: d.record_fields[n].description.strip(),  # noqa: B023 - called at once
                             lambda d: _choice_how(d.record_fields[n]),  # noqa: B023 - called at once
                             lambda d: _choice_guidance(d.record_fields[n]))  # noqa: B023 - called at once
        put(sheet, f"{cols['guidance']}{row}", guidance)
        sheet.row_dimensions[row].height = row_height([(title, ABOUT_WIDTHS["label"]),
                                                        (guidance, ABOUT_WIDTHS["guidance"])], 30)
        if field.code in lists:
            source = _source(*lists[field.code])
            which = (field.kind, source)
            if which not in validations:
                validations[which] = _list_validation(field.kind, source, words)
            validations[which].add(answer)
        row += 1
    for dv in validations.values():
        sheet.add_data_validation(dv)
    sheet.freeze_panes = f"{cols['answer']}{lay.ABOUT_FIRST_ROW}"
    print_setup(sheet, header, words.footer())
    protect(sheet)
    return sheet


def _measure_guidance(m: QuestionMeasure) -> str:
    """In the current language, for `m` as the current part states it."""
    return "\n".join([m.bidder_guidance.strip(), *_measure_notes(m)]).strip()


def _measure_notes(m: QuestionMeasure) -> list[str]:
    """CoopEval's own notes on answering `m` (the quantity, the word limit), in the current language."""
    notes = []
    if m.kind == "quantitative" and lay.is_percent_unit(m.unit):
        share = (m.unit or "").strip()
        notes.append(_("Give the percentage ({share}) you commit to in the quantity column: a number from 0 to 100 (12 "
                       "or 12% both mean twelve per cent).").format(share=share)
                     if share not in lay.PERCENT_UNITS else
                     _("Give the percentage you commit to in the quantity column: a number from 0 to 100 (12 or 12% "
                       "both mean twelve per cent)."))
    elif m.kind == "quantitative":
        notes.append(_("Give the quantity you commit to in the quantity column: a number, in {unit}.").format(
            unit=m.unit) if m.unit else _("Give the quantity you commit to in the quantity column: a number."))
    if m.word_limit:
        notes.append(_("Up to {limit} words.").format(limit=f"{m.word_limit:,}"))
    return notes


def _quantity_validation(percent: bool, unit: str, words: Words) -> DataValidation:
    """A non-negative number (at most 100 for a percentage), with an input message naming the unit."""
    if percent:
        return DataValidation(
            type="decimal", operator="between", formula1="0", formula2="100", allow_blank=True,
            showErrorMessage=True, showInputMessage=True,
            errorTitle=_title_limit(words.label(N_("A percentage from 0 to 100"))),
            error=cell_limit(words.label(N_("Type a number from 0 to 100, without units: 12 (or 12%) for twelve per "
                                            "cent."), "\n")),
            promptTitle=_title_limit(words.label(N_("Your quantity: a percentage"))),
            prompt=cell_limit(words.each(lambda d: _("A number from 0 to 100 ({unit}): type 12 (or 12%) for twelve "
                                                     "per cent.").format(unit=unit), "\n")))
    return DataValidation(
        type="decimal", operator="greaterThanOrEqual", formula1="0", allow_blank=True, showErrorMessage=True,
        showInputMessage=True, errorTitle=_title_limit(words.label(N_("A number, 0 or more"))),
        error=cell_limit(words.label(N_("Type a number, 0 or more, without units."), "\n")),
        promptTitle=_title_limit(words.label(N_("Your quantity"))),
        prompt=cell_limit(words.each(lambda d: _("A number, 0 or more, in {unit}.").format(unit=unit) if unit else
                                     _("A number, 0 or more."), "\n")))


def cell_limit(text: str) -> str:
    """Excel refuses a validation message longer than 255 characters."""
    return text if len(text) <= 255 else text[:254] + "…"


def _responses(book: Workbook, words: Words) -> Worksheet:
    sheet = book.create_sheet(words.sheet("responses"))
    cols = lay.RESPONSE_COLUMNS
    _titles(sheet, words, cols["page_refs"], words.label(N_(
        "Answer every measure in its yellow response cell; for a measure that asks for a quantity, give a number (no "
        "units) in the quantity cell. Keep within the word limit. Page references point to any supporting document "
        "you attach. Do not change column A or move rows."), "\n"))
    header = lay.RESPONSES_FIRST_ROW - 1
    _headings(sheet, header, cols, {k: words.label(v, "\n") for k, v in RESPONSE_HEADINGS.items()}, RESPONSE_WIDTHS)
    validations: dict[tuple[bool, str], DataValidation] = {}
    limits: dict[int, DataValidation] = {}
    for n, m in enumerate(words.parts[0].measures):
        row = lay.RESPONSES_FIRST_ROW + n
        quantitative = m.kind == "quantitative"
        title = words.each(lambda d: d.measures[n].title)  # noqa: B023 - called at once
        evidence = words.each(lambda d: d.measures[n].evidence, "\n\n")  # noqa: B023 - called at once
        put(sheet, f"{cols['code']}{row}", m.code).font = Font(bold=True)
        put(sheet, f"{cols['title']}{row}", title)
        guidance = _guidance(words, lambda d: d.measures[n].bidder_guidance.strip(),  # noqa: B023 - called at once
                             lambda d: " ".join(_measure_notes(d.measures[n])),  # noqa: B023 - called at once
                             lambda d: _measure_guidance(d.measures[n]))  # noqa: B023 - called at once
        put(sheet, f"{cols['guidance']}{row}", guidance)
        put(sheet, f"{cols['evidence']}{row}", evidence)
        put(sheet, f"{cols['word_limit']}{row}", m.word_limit if m.word_limit else words.label(N_("No limit"))) \
            .alignment = Alignment(horizontal="center", vertical="top", wrap_text=True)
        response = f"{cols['response']}{row}"
        put(sheet, response, None, locked=False, fill=ANSWER_FILL, text_input=True)
        if m.word_limit:  # a reminder when the cell is chosen; the count itself is checked on import
            limit = m.word_limit
            dv = limits.get(limit) or limits.setdefault(limit, DataValidation(
                allow_blank=True, showInputMessage=True, promptTitle=_title_limit(words.label(N_("Word limit"))),
                prompt=cell_limit(words.each(lambda d: _(
                    "Up to {limit} words. Press Alt+Enter (Option+Enter on a Mac) for a new line.").format(
                    limit=f"{limit:,}"), "\n"))  # noqa: B023 - called at once
            ))
            dv.add(response)
        quantity = f"{cols['quantity']}{row}"
        if quantitative:
            cell = put(sheet, quantity, None, locked=False, fill=ANSWER_FILL)
            cell.number_format = "General"  # 12 stays 12; Excel turns a typed 12% into 0.12 with a % format  # i18n: no
            unit = (m.unit or "").strip()
            key = (lay.is_percent_unit(unit), unit)
            if key not in validations:
                validations[key] = _quantity_validation(*key, words)
            validations[key].add(quantity)
            put(sheet, f"{cols['unit']}{row}", unit)
        else:
            put(sheet, quantity, None, fill=UNUSED_FILL)
            put(sheet, f"{cols['unit']}{row}", None, fill=UNUSED_FILL)
        put(sheet, f"{cols['page_refs']}{row}", None, locked=False, fill=ANSWER_FILL, text_input=True)
        sheet.row_dimensions[row].height = row_height(
            [(title, RESPONSE_WIDTHS["title"]), (guidance, RESPONSE_WIDTHS["guidance"]),
             (evidence, RESPONSE_WIDTHS["evidence"]), (m.unit or "", RESPONSE_WIDTHS["unit"])], RESPONSE_ROW_HEIGHT)
    for dv in [*validations.values(), *limits.values()]:
        sheet.add_data_validation(dv)
    sheet.freeze_panes = f"{cols['guidance']}{lay.RESPONSES_FIRST_ROW}"
    print_setup(sheet, header, words.footer())
    protect(sheet)
    return sheet


def marker_values(data: QuestionnaireData | Sequence[QuestionnaireData]) -> dict[str, str]:
    """What the marker sheet records, key by key (`template_layout.MARKER_KEYS`): since issue 22 also the
    template's language and each sheet's name, by which a return in any language is read."""
    words = Words(parts_of(data))  # type: ignore[arg-type]
    first = words.parts[0]
    values = {"format": str(lay.TEMPLATE_FORMAT), "tender_reference": first.reference,
              "setup_fingerprint": first.setup_fingerprint,
              "measures": " ".join(m.code for m in first.measures),
              "record_fields": " ".join(f.code for f in first.record_fields),
              "made_at": first.made_on_iso or first.made_on,
              "language": words.language,
              **{f"{lay.SHEET_KEY}{role}": words.sheet(role) for role in lay.SHEET_ROLES}}
    assert tuple(values) == lay.MARKER_KEYS
    return values


def write_marker(book: Workbook, name: str, title: str, template_format: int, values: dict[str, str]) -> Worksheet:
    """The hidden, protected sheet that says what a return answers: `title` and the format in row 1, then one key
    and value a row (the format again as a number; every other value as text, never a formula)."""
    sheet = book.create_sheet(name)
    sheet.sheet_state = "veryHidden"
    text_cell(sheet["A1"], title)
    sheet["B1"] = template_format
    for row, (key, value) in enumerate(values.items(), start=2):
        text_cell(sheet[f"A{row}"], key)
        if key == "format":
            sheet[f"B{row}"] = template_format  # a number, as in B1
        else:
            text_cell(sheet[f"B{row}"], value)
    sheet.column_dimensions["A"].width = 20
    sheet.column_dimensions["B"].width = 70
    protect(sheet)
    return sheet


def render_template(data: QuestionnaireData | Sequence[QuestionnaireData]) -> bytes:
    """The response template as XLSX bytes: the same data gives the same cells (only the file's own timestamp
    differs). Given two parts (Welsh, English), one workbook with both languages' labels, Welsh first."""
    words = Words(parts_of(data))  # type: ignore[arg-type]
    first = words.parts[0]
    book = Workbook()
    ranges = list_ranges(first.record_fields, words)
    _about(book, words, ranges)
    _responses(book, words)
    _lists(book, ranges, words.sheet("lists"))
    write_marker(book, lay.MARKER, lay.MARKER_TITLE, lay.TEMPLATE_FORMAT, marker_values(words.parts))
    book.active = 0
    book.properties.creator = "CoopEval"
    book.properties.title = words.each(lambda d: _("{reference}: response template").format(reference=d.reference))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
