"""The social value questionnaire as a Word document (python-docx), for officers to paste into their own invitation
to tender: the same blocks as the PDF (`sections`), with headings in Word's Heading 1/2/3 styles, tables as real Word
tables (header row repeated on each page), a footer naming the set-up fingerprint, version, date and page number.

The same data gives the same bytes: the document's dates come from the data and the package is written with fixed
entry times, so a file can be made again and compared with the one kept in the workspace.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Sequence

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.table import Table, _Cell

from coopeval import i18n
from coopeval.i18n import _
from coopeval.reporting.questionnaire import sections as s
from coopeval.reporting.questionnaire import wording
from coopeval.reporting.questionnaire.data import QuestionnaireData, parts_of

MUTED = RGBColor(0x55, 0x55, 0x55)
ACCENT = RGBColor(0x0B, 0x4F, 0x6C)
FONT = "Arial"  # i18n: no
HEADER_FILL = "E3ECF1"
TEXT_WIDTH_MM = 174  # A4 less two 18 mm margins, as the PDF
_TEXT_STYLES = {"body": "Normal", "muted": "Normal", "quote": "Quote", "subtitle": "Subtitle"}  # i18n: no


def render_questionnaire_docx(data: QuestionnaireData | Sequence[QuestionnaireData]) -> bytes:
    """The questionnaire as DOCX bytes: one part, or (issue 22) a Welsh part and then an English part in one file,
    each starting on a new page under its own heading ("Cymraeg", "English")."""
    parts = parts_of(data)  # type: ignore[arg-type]
    doc = Document()
    _styles(doc)
    _page_setup(doc, parts)
    _properties(doc, parts)
    blocks: list[s.Block] = []
    for n, part in enumerate(parts):
        if len(parts) > 1:
            if n:
                blocks.append(s.NewPage())
            blocks.append(s.Heading(s.part_heading(part.language), 1))
        with i18n.language(part.language):
            blocks += s.document(part)
    new_page = False
    for n, block in enumerate(blocks):
        if isinstance(block, s.NewPage):
            new_page = True  # the next heading starts the page: a break paragraph could itself spill onto a page
            continue
        following = blocks[n + 1] if n + 1 < len(blocks) else None
        add_block(doc, block, keep_with_next=isinstance(following, s.Grid) and s.small(following),
                  new_page=new_page)
        new_page = False
    out = io.BytesIO()
    doc.save(out)
    return _fixed_times(out.getvalue())


def add_block(doc: DocumentObject, block: s.Block, *, keep_with_next: bool = False, new_page: bool = False) -> None:
    """Lay out one block; `keep_with_next` keeps a sentence on the page of the short table it introduces,
    `new_page` starts a heading on a new page."""
    if new_page and not isinstance(block, s.Heading):
        doc.add_page_break()  # type: ignore[no-untyped-call]
    if isinstance(block, s.Heading):
        heading = doc.add_heading(block.text, level=block.level)
        if new_page:
            heading.paragraph_format.page_break_before = True
    elif isinstance(block, s.Text):
        for part in block.text.split("\n\n"):
            paragraph = doc.add_paragraph(part, style=_TEXT_STYLES[block.style])
            paragraph.paragraph_format.keep_with_next = keep_with_next
            if block.style == "muted":
                for run in paragraph.runs:
                    run.font.color.rgb = MUTED
                    run.font.size = Pt(9)
    elif isinstance(block, s.Facts):
        pairs = [(k, v) for k, v in block.pairs if v]
        table = _table(doc, len(pairs), 2, (1.4, 4.4))
        for row, (label, value) in zip(table.rows, pairs):
            _fill(row.cells[0], label, bold=True)
            _fill(row.cells[1], value)
        _gap(doc)
    elif isinstance(block, s.Grid):
        rows = len(block.rows) + 1 + (1 if block.total else 0)
        table = _table(doc, rows, len(block.header), block.widths)
        for cell, label in zip(table.rows[0].cells, block.header):
            _fill(cell, label, bold=True)
            _shade(cell, HEADER_FILL)
        _repeat_header(table)
        for row, values in zip(table.rows[1:], block.rows):
            for cell, value in zip(row.cells, values):
                _fill(cell, value)
        if block.total:
            for cell, value in zip(table.rows[-1].cells, block.total):
                _fill(cell, value, bold=True)
        if s.small(block):
            for row in table.rows[:-1]:  # Word keeps a table together by keeping each row with the next
                for cell in row.cells:
                    for paragraph in cell.paragraphs:
                        paragraph.paragraph_format.keep_with_next = True
        _gap(doc)
    else:
        doc.add_page_break()  # type: ignore[no-untyped-call]


def _gap(doc: DocumentObject) -> None:
    """A little space after a table (Word runs a following paragraph on straight under it)."""
    doc.add_paragraph().paragraph_format.space_after = Pt(2)


def _table(doc: DocumentObject, rows: int, columns: int, widths: tuple[float, ...]) -> Table:
    table: Table = doc.add_table(rows=rows, cols=columns)
    table.style = doc.styles["Table Grid"]
    table.autofit = False
    total = sum(widths)
    for column, fraction in zip(table.columns, widths):
        width = Mm(TEXT_WIDTH_MM * fraction / total)
        column.width = width
        for cell in column.cells:
            cell.width = width  # Word reads the cell widths, LibreOffice the grid's
    return table


def _fill(cell: _Cell, text: str, *, bold: bool = False) -> None:
    paragraph = cell.paragraphs[0]
    lines = text.split("\n")
    for n, line in enumerate(lines):
        run = paragraph.add_run(line)
        run.bold = bold
        run.font.size = Pt(9)
        if n + 1 < len(lines):
            run.add_break()


def _shade(cell: _Cell, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)  # noqa: SLF001 - python-docx has no API for cell shading


def _repeat_header(table: Table) -> None:
    properties = table.rows[0]._tr.get_or_add_trPr()  # noqa: SLF001 - nor for a repeated header row
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def _styles(doc: DocumentObject) -> None:
    """Arial throughout (Word on every council desktop has it; LibreOffice reads it as Liberation Sans), headings in
    the PDF's accent colour, small muted header and footer."""
    for name in ("Normal", "Title", "Subtitle", "Quote", "Heading 1", "Heading 2", "Heading 3", "Header", "Footer"):  # i18n: no
        style = doc.styles[name]
        style.font.name = FONT
        fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
        for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            fonts.attrib.pop(qn(attribute), None)
        if name.startswith("Heading") or name == "Title":
            style.font.color.rgb = ACCENT
    doc.styles["Normal"].font.size = Pt(9.5)
    for name, before, size in (("Heading 1", 12, 15), ("Heading 2", 8, 12.5), ("Heading 3", 6, 10)):  # i18n: no
        doc.styles[name].paragraph_format.space_before = Pt(before)
        doc.styles[name].font.size = Pt(size)
    for name in ("Header", "Footer"):  # i18n: no
        doc.styles[name].font.size = Pt(7.5)
        doc.styles[name].font.color.rgb = MUTED


def _page_setup(doc: DocumentObject, parts: Sequence[QuestionnaireData]) -> None:
    data = parts[0]
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(18)
    section.top_margin = section.bottom_margin = Mm(18)
    section.header_distance = section.footer_distance = Mm(9)
    header = section.header.paragraphs[0]
    header.text = f"{s.each_language(parts, lambda d: s.document_title())} · {data.reference} · {data.authority}".rstrip(" ·")
    footer = section.footer.paragraphs[0]
    if len(parts) == 1:
        with i18n.language(data.language):
            footer.add_run(_("{reference} · returns by {deadline} · Page ").format(reference=data.reference,
                                                                                   deadline=data.deadline))
    else:
        footer.add_run(f"{data.reference} · " + s.each_language(parts, lambda d: _("returns by {deadline}").format(
            deadline=d.deadline)) + " · " + s.each_language(parts, lambda d: _("Page")) + " ")
    _page_number(footer)
    with i18n.language(data.language):
        section.footer.add_paragraph(wording.made_from(data), style="Footer")  # i18n: no - a style's name


def _page_number(paragraph: object) -> None:
    run = paragraph.add_run()  # type: ignore[attr-defined]
    for kind, text in (("begin", None), (None, "PAGE"), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        elif text == "PAGE":
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = " PAGE "
        else:
            element = OxmlElement("w:t")
            element.text = text
        run._r.append(element)  # noqa: SLF001 - python-docx has no API for fields


def _properties(doc: DocumentObject, parts: Sequence[QuestionnaireData]) -> None:
    data = parts[0]
    props = doc.core_properties
    meta = s.metadata(parts)
    props.title, props.author, props.subject, props.keywords = (meta["title"], meta["author"], meta["subject"],
                                                                meta["keywords"])
    props.comments = s.each_language(parts, wording.made_from, "\n")
    props.last_modified_by = "CoopEval"
    props.revision = max(1, data.version)
    try:
        made = dt.datetime.fromisoformat(data.made_on_iso) if data.made_on_iso else \
            dt.datetime.strptime(data.made_on, "%d %b %Y")  # i18n: no
    except ValueError:
        made = dt.datetime(2000, 1, 1)
    props.created = props.modified = made
    props.last_printed = made


def _fixed_times(package: bytes) -> bytes:
    """The package again with every entry dated 1 Jan 1980, so the same document gives the same bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, source.read(item.filename))
    return out.getvalue()
