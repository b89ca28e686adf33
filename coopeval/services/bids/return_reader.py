"""Reading a bidder's return (a filled XLSX response template) as an untrusted file: every sheet, hidden ones too,
by name, each cell with its coordinate, its number format and whether it holds a formula.

The bytes pass the same checks as a framework spreadsheet first (`safe_spreadsheet.checked_xlsx`: size cap, zip-bomb
and entity-bomb limits, no DOCTYPE); then openpyxl's streaming sheet parser reads each sheet (defusedxml underneath),
never evaluating a formula (a formula cell is marked, and the caller refuses it), never following an external link,
and reading a number as the exact decimal text the file holds (0.125 stays "0.125", no float noise).
"""

from __future__ import annotations

import io
import re
import warnings
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element

import openpyxl
from openpyxl.styles.numbers import BUILTIN_FORMATS, BUILTIN_FORMATS_MAX_SIZE
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._reader import VALUE_TAG, WorkSheetParser

from coopeval.domain.errors import InvalidFileError, Problem
from coopeval.i18n import _
from coopeval.services.setup import safe_spreadsheet as safe

MAX_ROWS = 5_000  # rows of one sheet of a return (a template has one per measure or field)
MAX_COLUMNS = 30  # column AD: a template uses A to I
_ESCAPED = re.compile("_x([0-9A-Fa-f]{4})_")  # how an .xlsx writes a control character (Excel's _x000B_)


@dataclass(frozen=True)
class Cell:
    value: Any  # str, int, float, bool, datetime…, or the formula's text when `formula`
    number: str | None  # a number's exact decimal text as the file holds it
    number_format: str
    formula: bool
    error: bool  # an Excel error value (#N/A, #VALUE!)


@dataclass(frozen=True)
class Workbook:
    name: str
    sheets: dict[str, dict[tuple[int, int], Cell]]  # sheet name → (row, column) from 1 → cell; empty cells left out


def read_return(path: Path, *, what: str = "a bidder's return") -> tuple[Workbook, bytes]:
    """The workbook at `path` and its bytes, or InvalidFileError naming the file (`what` it was meant to be)."""
    path = Path(path)
    name = path.name or str(path)
    data = safe.checked_xlsx(path, what=what)
    _refuse_macros(data, name)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False, keep_links=False)
            try:
                formats = _number_formats(wb)
                _refuse_twins([ws.title for ws in wb.worksheets], name)
                sheets = {ws.title: _cells(wb, ws, name, formats) for ws in wb.worksheets}
            finally:
                wb.close()
    except InvalidFileError:
        raise
    except MemoryError:
        _fail(name, _("refused: reading it would need more memory than a response template can"))
    except Exception as exc:  # noqa: BLE001  (a hostile file may break openpyxl in any way; never a traceback)
        reason = _("it declares XML entities, which is unsafe") if safe._defused(exc) else _("it is damaged")  # noqa: SLF001
        _fail(name, _("cannot be read as an Excel workbook ({reason}); open it in Excel and save it again as "
                      ".xlsx").format(reason=reason))
    return Workbook(name, sheets), data


def _fail(name: str, message: str) -> None:
    raise InvalidFileError([Problem(name, "file", message)])


def _refuse_macros(data: bytes, name: str) -> None:
    """A macro-enabled workbook (.xlsm) renamed .xlsx: refused by name, rather than as "damaged"."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:  # checked_xlsx has opened it already
        names = set(zf.namelist())
        types = zf.read("[Content_Types].xml") if "[Content_Types].xml" in names else b""
    if "xl/vbaProject.bin" in names or b"macroEnabled" in types:
        _fail(name, _("is a macro-enabled workbook (.xlsm), not a response template saved as .xlsx; open it in "
                      "Excel and use Save As > 'Excel Workbook (.xlsx)' (CoopEval never runs macros)"))


def _refuse_twins(titles: list[str], name: str) -> None:
    """Two sheets whose names differ only in case (or are the same): Excel never allows it, and which one holds the
    answers would be a guess."""
    seen: dict[str, str] = {}
    for title in titles:
        twin = seen.get(title.casefold())
        seen.setdefault(title.casefold(), title)
        if twin is not None:
            _fail(name, _('has two sheets named "{twin}" and "{title}", which Excel treats as the same name; it was '
                          "not saved by Excel or LibreOffice Calc; ask the bidder to fill in a fresh template").format(
                twin=twin, title=title))


def _number_formats(wb: Any) -> list[str]:
    """Each cell style's number format, by style id."""
    out = []
    custom = list(getattr(wb, "_number_formats", []))
    for style in getattr(wb, "_cell_styles", []):
        fmt_id = getattr(style, "numFmtId", 0) or 0
        if fmt_id < BUILTIN_FORMATS_MAX_SIZE:
            out.append(BUILTIN_FORMATS.get(fmt_id, "General"))
        else:
            index = fmt_id - BUILTIN_FORMATS_MAX_SIZE
            out.append(custom[index] if 0 <= index < len(custom) else "General")
    return out


class _Parser(WorkSheetParser):
    """openpyxl's streaming parser, keeping each number's text as the file holds it."""

    def parse_cell(self, element: Element) -> dict[str, Any]:
        raw = element.findtext(VALUE_TAG, None)
        cell = super().parse_cell(element)
        cell["raw"] = raw
        return cell


def _cells(wb: Any, ws: Any, name: str, formats: list[str]) -> dict[tuple[int, int], Cell]:
    cells: dict[tuple[int, int], Cell] = {}
    # openpyxl's own reader is built this way; it has no public way to give it another cell parser.
    parser = _Parser(ws._get_source(), ws._shared_strings, data_only=False, epoch=wb.epoch,  # noqa: SLF001
                     date_formats=wb._date_formats, timedelta_formats=wb._timedelta_formats)  # noqa: SLF001
    try:
        for number, row in parser.parse():
            for c in row:
                value = c["value"]
                if value is None or (isinstance(value, str) and value == ""):
                    continue
                if number > MAX_ROWS or c["column"] > MAX_COLUMNS:
                    _fail(name, _('refused: sheet "{sheet}" has a cell at {cell}, far beyond a response template\'s '
                                  "rows and columns").format(
                        sheet=ws.title, cell=f'{get_column_letter(min(c["column"], 16384))}{number}'))
                style = c.get("style_id") or 0
                fmt = formats[style] if isinstance(style, int) and 0 <= style < len(formats) else "General"
                kind = c["data_type"]
                if isinstance(value, str) and kind != "f":
                    value = _ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), value)
                raw = c.get("raw") if kind == "n" and isinstance(value, (int, float)) else None
                cells[(number, c["column"])] = Cell(value, raw, fmt, kind == "f", kind == "e")
    finally:
        parser.source.close()
    return cells


def as_text(value: Any) -> str:
    """A non-formula cell's value as text: a number as the file holds it, a date as ISO."""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(sep=" ")
    if isinstance(value, (date, time, timedelta)):
        return str(value)
    return str(value)
