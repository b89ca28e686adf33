"""Hardened reading of a spreadsheet a user hands us (.xlsx or .csv) into a grid of cell values.

A council's file may be malformed or hostile. Before openpyxl sees an .xlsx we check, in memory,
that it is a zip whose members are few, of sane declared size and compression ratio, and really
unpack to no more than they declare (streamed with a hard byte cap); that no XML member declares
a DOCTYPE or entity (defusedxml, which openpyxl uses when installed, is the second line). Rows are
then read with openpyxl's streaming sheet parser, so a sheet claiming a billion cells costs nothing
and rows or columns beyond the caps are refused, not silently dropped. Every failure is an
`InvalidFileError` naming the file (and sheet, row and column where there is one).
"""

from __future__ import annotations

import csv
import io
import warnings
import zipfile
import zlib
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element

import openpyxl
from defusedxml.common import DefusedXmlException  # openpyxl parses sheet XML with defusedxml when present
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._reader import FORMULA_TAG, WorkSheetParser

from coopeval.domain.errors import InvalidFileError, Problem
from coopeval.domain.files import read_regular_file
from coopeval.i18n import N_, _

MAX_FILE_BYTES = 25 * 1024 * 1024  # the file on disk
MAX_MEMBERS = 1000  # entries in an .xlsx archive
MAX_MEMBER_BYTES = 50 * 1024 * 1024  # one unpacked archive member
MAX_TOTAL_BYTES = 100 * 1024 * 1024  # all unpacked members together
MAX_XML_ELEMENTS = 400_000  # all XML parts together; parsing costs about a second per 250,000
MAX_RATIO = 100  # unpacked : packed, for a member over RATIO_FLOOR bytes
RATIO_FLOOR = 1024 * 1024
MAX_ROWS = 20_000  # rows of a sheet, counted as Excel numbers them (header included)
MAX_COLUMNS = 100  # column CV

_ZIP = (b"PK\x03\x04", b"PK\x05\x06")
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_XML_SUFFIXES = (".xml", ".rels", ".vml")
_DTD_MARKERS = tuple(m.encode(enc) for m in ("<!DOCTYPE", "<!ENTITY") for enc in ("utf-8", "utf-16-le", "utf-16-be"))
_SAVE_AS = N_("open it in Excel and use Save As > 'Excel Workbook (.xlsx)' or 'CSV UTF-8'")  # _() where used


def _save_as() -> str:
    return _(_SAVE_AS)  # i18n: no


@dataclass(frozen=True)
class BadCell:
    """A cell whose content cannot be used as a value (a formula with no saved value, #N/A)."""

    message: str


Value = str | int | float | bool | datetime | date | time | timedelta | BadCell | None


@dataclass
class Grid:
    """The non-empty rows of one sheet: (row number as the user sees it, values by column)."""

    sheet: str | None
    rows: list[tuple[int, list[Value]]]
    notes: list[str] = field(default_factory=list)


def where(sheet: str | None, row: int | None = None, column: int | None = None) -> str:
    """'sheet "Measures", row 7, column D': how a user finds a cell."""
    parts = [_("sheet \"{sheet}\"").format(sheet=sheet)] if sheet is not None else []
    if row is not None:
        parts.append(f"row {row}")
    if column is not None:
        parts.append(f"column {get_column_letter(column + 1)}")
    return ", ".join(parts) or "file"


def read_grid(path: Path, sheet: str | None = None) -> Grid:
    """Read the first (or the named) sheet of an .xlsx, or a .csv, refusing anything unsafe."""
    path = Path(path)
    name = path.name or str(path)
    data = _read_capped(path, name)
    suffix = path.suffix.lower()
    if data.startswith(_OLE2):
        _fail(name, "file", _("is an old-style Excel .xls workbook, or a password-protected one; {SAVE_AS} "
                            "without a password").format(SAVE_AS=_save_as()))
    if suffix in (".csv", ".txt"):
        if sheet is not None:
            _fail(name, "file", _("a CSV file has no sheets; leave out the sheet name"))
        return _read_csv(data, name)
    if suffix in (".xlsx", ".xlsm") or data.startswith(_ZIP):
        return _read_xlsx(data, name, sheet)
    _fail(name, "file", _("is neither an Excel .xlsx file nor a .csv file; give a file ending .xlsx or .csv"))
    raise AssertionError  # unreachable


def checked_xlsx(path: Path, *, what: str | None = None) -> bytes:
    """The bytes of the .xlsx at `path` once every check above has passed (size cap, a real zip, zip-bomb limits, no
    XML entities), for a reader that parses the workbook its own way (bidders' returns); InvalidFileError if not."""
    path = Path(path)
    name = path.name or str(path)
    data = _read_capped(path, name, what if what is not None else _("a spreadsheet"))
    if data.startswith(_OLE2):
        _fail(name, "file", _("is an old-style Excel .xls workbook, or a password-protected one; {SAVE_AS} "
                            "without a password").format(SAVE_AS=_save_as()))
    if not data.startswith(_ZIP):
        _fail(name, "file", _("is not an Excel .xlsx file (it is not a zip archive); {SAVE_AS}").format(SAVE_AS=_save_as()))
    _check_archive(data, name)
    return data


def _fail(name: str, location: str, message: str) -> None:
    raise InvalidFileError([Problem(name, location, message)])


def _read_capped(path: Path, name: str, what: str | None = None) -> bytes:
    what = what if what is not None else _("a spreadsheet of measures")
    data = read_regular_file(path, limit=MAX_FILE_BYTES, what=what)  # no pipe or device
    if not data:
        _fail(name, "file", _("is empty"))
    return data


# --- .xlsx -----------------------------------------------------------------------------------


def _read_xlsx(data: bytes, name: str, sheet: str | None) -> Grid:
    if not data.startswith(_ZIP):
        if b"\x00" not in data[:4096] and _looks_like_text(data[:4096]):
            _fail(name, "file", _("is not an Excel .xlsx file: it looks like CSV or text renamed to .xlsx; name it .csv instead"))
        _fail(name, "file", _("is not an Excel .xlsx file (it is not a zip archive); {SAVE_AS}").format(SAVE_AS=_save_as()))
    _check_archive(data, name)
    return _parse_workbook(data, name, sheet)


def _looks_like_text(head: bytes) -> bool:
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:  # a multi-byte character cut at the end is fine
            return False
    return True


def _check_archive(data: bytes, name: str) -> None:
    bomb = _("refused: it looks like a zip bomb (an archive built to unpack to an enormous size)")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            names = [i.filename for i in infos]
            if len(infos) > MAX_MEMBERS:
                _fail(name, "file", _("refused: the archive has {count:,} parts; an Excel workbook has far fewer").format(count=len(infos)))
            if len(set(names)) != len(names):
                _fail(name, "file", _("is damaged: the archive lists a part twice; re-save it in Excel"))
            if "mimetype" in names and "xl/workbook.xml" not in names:
                _fail(name, "file", _("is an OpenDocument (.ods) spreadsheet, not .xlsx; {SAVE_AS}").format(SAVE_AS=_save_as()))
            if "xl/workbook.xml" not in names:
                _fail(name, "file", _("is a zip archive but not an Excel workbook (no xl/workbook.xml); {SAVE_AS}").format(SAVE_AS=_save_as()))
            if sum(i.file_size for i in infos) > MAX_TOTAL_BYTES:
                _fail(name, "file", bomb)
            for info in infos:
                if info.flag_bits & 0x1:
                    _fail(name, "file", _("is password-protected; {SAVE_AS} without a password").format(SAVE_AS=_save_as()))
                if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                    _fail(name, "file", _("is not a workbook Excel wrote (unusual compression); {SAVE_AS}").format(SAVE_AS=_save_as()))
                ratio_bad = info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1)
                if info.file_size > MAX_MEMBER_BYTES or ratio_bad:
                    _fail(name, "file", _("{bomb}; part {filename!r} claims {file_size:,} bytes").format(bomb=bomb, filename=info.filename, file_size=info.file_size))
            totals = [0, 0]  # bytes unpacked, XML elements seen
            for info in infos:
                _stream_member(zf, info, totals, name, bomb)
    except InvalidFileError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError, ValueError,
            NotImplementedError, RuntimeError):
        _fail(name, "file", _("is damaged or not a real Excel workbook; open it in Excel and save it again as .xlsx"))


def _stream_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, totals: list[int], name: str, bomb: str) -> None:
    """Unpack one member in chunks, stopping as soon as it exceeds what it declared or a cap."""
    check_xml = info.filename.lower().endswith(_XML_SUFFIXES)
    size, tail = 0, b""
    with zf.open(info) as f:
        while chunk := f.read(64 * 1024):
            size += len(chunk)
            totals[0] += len(chunk)
            if size > info.file_size or size > MAX_MEMBER_BYTES or totals[0] > MAX_TOTAL_BYTES:
                _fail(name, "file", bomb)
            if check_xml:
                totals[1] += chunk.count(b"<") - chunk.count(b"</") - chunk.count(b"<?") - chunk.count(b"<!")
                if totals[1] > MAX_XML_ELEMENTS:
                    _fail(name, "file", _("refused: the workbook holds more than {MAX_XML_ELEMENTS:,} cells, styles "
                                        "and other parts; copy the table of measures into a new workbook of its own").format(MAX_XML_ELEMENTS=MAX_XML_ELEMENTS))
                window = tail + chunk
                if any(marker in window for marker in _DTD_MARKERS):
                    _fail(name, "file", _("refused: part {filename!r} declares XML entities (DOCTYPE), which Excel "
                                        "never writes and which can be used to attack a computer; re-save it in Excel").format(filename=info.filename))
                tail = chunk[-24:]


class _CellParser(WorkSheetParser):
    """openpyxl's streaming sheet parser, reading saved values (data_only) but marking a formula
    that has no saved value, and Excel error values, instead of reading them as blanks or text."""

    def parse_cell(self, element: Element) -> dict[str, Any]:
        cell = super().parse_cell(element)
        if cell["data_type"] == "e":
            cell["value"] = BadCell(_("shows the Excel error {value}; correct it or clear the cell").format(value=cell['value']))
        elif cell["value"] is None and element.find(FORMULA_TAG) is not None:
            cell["value"] = BadCell(_("contains a formula; paste values only (Copy, then Paste Special > Values)"))
        return cell


def _parse_workbook(data: bytes, name: str, sheet: str | None) -> Grid:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True, keep_links=False)
            try:
                ws = _pick_sheet(wb, name, sheet)
                return Grid(ws.title, _sheet_rows(wb, ws, name))
            finally:
                wb.close()
    except InvalidFileError:
        raise
    except MemoryError:
        _fail(name, "file", _("refused: reading it would need more memory than a table of measures can"))
    except Exception as exc:  # noqa: BLE001  (a hostile file may break openpyxl in any way; never a traceback)
        reason = _("it declares XML entities, which is unsafe") if _defused(exc) else _("it is damaged")
        _fail(name, "file", _("cannot be read as an Excel workbook ({reason}); open it in Excel and save it again as .xlsx").format(reason=reason))
    raise AssertionError  # unreachable


def _defused(exc: BaseException | None) -> bool:
    """Whether defusedxml refused the XML, perhaps wrapped by openpyxl in another error."""
    for _attempt in range(5):
        if exc is None:
            return False
        if isinstance(exc, DefusedXmlException):
            return True
        exc = exc.__cause__ or exc.__context__
    return False


def _pick_sheet(wb: Any, name: str, sheet: str | None) -> Any:  # openpyxl is untyped
    sheets = wb.worksheets
    if not sheets:
        _fail(name, "file", _("has no worksheets"))
    if sheet is None:
        return sheets[0]
    wanted = " ".join(sheet.split()).casefold()
    for ws in sheets:
        if " ".join(ws.title.split()).casefold() == wanted:
            return ws
    listed = ", ".join(f'"{ws.title}"' for ws in sheets)
    _fail(name, "file", _("has no sheet \"{sheet}\"; its sheets are {listed}").format(sheet=sheet, listed=listed))


def _sheet_rows(wb: Any, ws: Any, name: str) -> list[tuple[int, list[Value]]]:
    rows: list[tuple[int, list[Value]]] = []
    # openpyxl's own reader is built this way; it has no public way to give it another cell parser.
    parser = _CellParser(ws._get_source(), ws._shared_strings, data_only=True, epoch=wb.epoch,  # noqa: SLF001
                         date_formats=wb._date_formats, timedelta_formats=wb._timedelta_formats)  # noqa: SLF001
    try:
        for number, cells in parser.parse():
            filled = [c for c in cells if _filled(c["value"])]
            if not filled:
                continue
            if number > MAX_ROWS:
                _fail(name, where(ws.title, number), _("the sheet has more than {MAX_ROWS:,} rows; "
                      "a table of measures is far smaller (delete the rows below it)").format(MAX_ROWS=MAX_ROWS))
            wide = next((c for c in filled if c["column"] > MAX_COLUMNS), None)
            if wide is not None:
                _fail(name, where(ws.title, number, wide["column"] - 1), _("the sheet has more than {MAX_COLUMNS} columns; "
                      "keep the table within columns A to {get_column_letter}").format(MAX_COLUMNS=MAX_COLUMNS, get_column_letter=get_column_letter(MAX_COLUMNS)))
            values: list[Value] = [None] * max(c["column"] for c in filled)
            for c in filled:
                values[c["column"] - 1] = c["value"]
            rows.append((number, values))
    finally:
        parser.source.close()
    return rows


def _filled(value: Value) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


# --- .csv ------------------------------------------------------------------------------------


def _read_csv(data: bytes, name: str) -> Grid:
    notes: list[str] = []
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        _fail(name, "file", _("is UTF-16 text; save it from Excel as 'CSV UTF-8 (Comma delimited)'"))
    if data.startswith(_ZIP):
        _fail(name, "file", _("is an Excel workbook, not a CSV file; name it .xlsx (or save it as 'CSV UTF-8')"))
    if b"\x00" in data:
        _fail(name, "file", _("is not a CSV text file (it contains binary data); save it from Excel as 'CSV UTF-8'"))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError as exc:
            _fail(name, "file", _("is not UTF-8 or Windows text (byte {start}); save it from Excel as 'CSV UTF-8'").format(start=exc.start))
        notes.append(_("{name} is not UTF-8; read it as Windows-1252 text (check £ signs and accents came through)").format(name=name))
    text = text.rstrip(" \t\r\n,;")  # trailing empty rows, which Excel may export by the thousand
    first = next((line for line in text[:65536].splitlines() if line.strip()), "")
    delimiter = max(",;\t", key=first.count) if first else ","
    rows: list[tuple[int, list[Value]]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    number = 0
    try:
        for number, record in enumerate(reader, start=1):
            if number > MAX_ROWS:  # rows beyond are refused even if blank, for they precede a filled one
                _fail(name, where(None, number), _("the file has more than {MAX_ROWS:,} rows; a table of measures is far smaller").format(MAX_ROWS=MAX_ROWS))
            if not any(v.strip() for v in record):
                continue
            while record and not record[-1].strip():
                record.pop()
            if len(record) > MAX_COLUMNS:
                _fail(name, where(None, number, MAX_COLUMNS), _("the row has more than {MAX_COLUMNS} columns").format(MAX_COLUMNS=MAX_COLUMNS))
            rows.append((number, [v if v.strip() else None for v in record]))
    except csv.Error as exc:
        reason = _("a cell holds more than 128 KB of text") if "field limit" in str(exc) else str(exc)
        _fail(name, where(None, number + 1), _("is not valid CSV here ({reason}); save it from Excel as 'CSV UTF-8'").format(reason=reason))
    return Grid(None, rows, notes)
