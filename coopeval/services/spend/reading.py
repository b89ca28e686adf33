"""Reading a council's spend CSV in one pass: bytes (capped, a regular file only) → text (its encoding found) →
rows (its delimiter sniffed) → the header row (perhaps below title lines) → each line's values, or its problems.

Nothing here raises for what is in the file: a file that cannot be read at all has `file_problem`, a line that
cannot be read has a `LineProblem` ("line 14: …"), so a preview can show all of them at once. Values seen before
(dates, amounts, supplier names) are parsed once per distinct text.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from coopeval.domain import spend
from coopeval.domain.errors import InvalidFileError
from coopeval.domain.files import read_regular_file
from coopeval.domain.names import normalise_name
from coopeval.domain.periods import short_year_of
from coopeval.domain.registers import register_number
from coopeval.i18n import _
from coopeval.services.spend.views import LineProblem, MappingView

SAMPLE = 20


class Line(NamedTuple):
    """A good line, as it will be stored (a `spend_line` row without its import's id)."""

    key: str
    line_no: int
    paid_on: str
    year: str
    supplier_name: str
    supplier_key: str
    supplier_id: str
    company_number: str
    amount_pence: int
    transaction: str
    expense_area: str


@dataclass
class SpendFile:
    """A spend file read: its good lines, every problem, and how it was read."""

    path: Path
    file_name: str
    sha256: str = ""
    encoding: str = ""
    headers: tuple[str, ...] = ()
    mapping: MappingView | None = None  # None: the headers were not recognised
    lines: list[Line] = field(default_factory=list)
    problems: list[LineProblem] = field(default_factory=list)
    lines_read: int = 0  # lines of spend read, good or not (blank lines and totals lines left out)
    totals_skipped: int = 0
    file_problem: str = ""
    sample: list[dict[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.file_problem and self.mapping is not None


def read_spend_file(path: str | Path, mapping: MappingView | None = None) -> SpendFile:
    """Read `path` with `mapping` (None: recognise the headers)."""
    path = Path(path)
    result = SpendFile(path, path.name or str(path))
    try:
        data = read_regular_file(path, limit=spend.MAX_BYTES, what=_("a spend file"))
    except InvalidFileError as exc:
        result.file_problem = "; ".join(p.message for p in exc.problems)
        return result
    result.sha256 = hashlib.sha256(data).hexdigest()
    kind = spend.file_kind_problem(data)
    if kind:
        result.file_problem = kind
        return result
    text, result.encoding = spend.decode(data)
    mixed = spend.mixed_encoding_line(data, result.encoding)
    if mixed is not None:
        result.file_problem = (_("mixes encodings: line {mixed:,} is written in UTF-8 but the file as a whole is not "
                               "(Windows-1252?), so its accented letters and £ signs would be misread; save the "
                               "whole file again as CSV UTF-8").format(mixed=mixed))
        return result
    del data
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=spend.sniff_delimiter(text))
    try:
        _read(reader, result, mapping)
    except csv.Error as exc:
        result.file_problem = (_("line {line_num:,} cannot be read as CSV ({exc}): a broken quote, or a "
                               "cell far longer than any spend file has").format(line_num=reader.line_num, exc=exc))
        result.lines.clear()
    return result


def _read(reader: Any, result: SpendFile, mapping: MappingView | None) -> None:
    top: list[list[str]] = []
    ends: list[int] = []
    for row in reader:
        top.append(row)
        ends.append(reader.line_num)
        if len(top) >= spend.HEADER_SEARCH:
            break
    if not any(any(c.strip() for c in row) for row in top):
        result.file_problem = _("has no rows of text in it")
        return
    found = spend.find_header(top, dict(mapping.columns) if mapping is not None else None)
    if found is None:
        widest = max(top, key=lambda r: sum(1 for c in r if c.strip()))
        result.headers = tuple(c.strip() for c in widest)
        if mapping is not None:
            wanted = ", ".join(f"{f} = {h!r}" for f, h in mapping.columns.items() if h)
            result.file_problem = (_("no row in its first {HEADER_SEARCH} names the columns of the mapping "
                                   "{value!s} ({wanted})").format(HEADER_SEARCH=spend.HEADER_SEARCH, value=mapping.name or '(chosen)', wanted=wanted))
        return
    index, columns = found
    headers = [c.strip() for c in top[index]]
    result.headers = tuple(headers)
    result.mapping = MappingView(mapping.name if mapping is not None else "", columns)
    indexes = spend.column_indexes(headers, columns)
    assert indexes is not None
    absent = [f"{spend.LABELS[name].lower()} = {header!r}" for name, header in columns.items()
              if header and name in spend.FIELDS and name not in indexes]
    if absent:  # a mapping's optional column not in the file: its values would be lost without a word
        result.file_problem = (_("has no column the mapping {value} names for "
                               "{absent} in its header row (line {ends:,})").format(value=(mapping.name if mapping else '') or '(chosen)', absent=', '.join(absent), ends=ends[index]))
        return
    ambiguous = spend.ambiguous_columns(headers, indexes)
    if ambiguous:
        result.file_problem = _("has a header row (line {ends:,}) where ").format(ends=ends[index]) + "; ".join(ambiguous)
        return
    parser = _Parser(result, indexes, len(headers), reader.dialect.delimiter)
    line_no = ends[index]
    for row, end in zip(top[index + 1:], ends[index + 1:]):
        if not (end > line_no + 1 and parser.runs_on(row, line_no + 1, end)):
            parser.line(row, line_no + 1)
        line_no = end
    line = parser.line
    for row in reader:
        end = reader.line_num
        if end > line_no + 1 and parser.runs_on(row, line_no + 1, end):
            line_no = end
            continue
        line(row, line_no + 1)
        line_no = end


_NO_NUMBER = frozenset({"n/a", "na", "n.a.", "none", "nil", "-", "--", "not applicable", "unknown", "null", "x"})
_OPTIONAL = ("supplier_id", "company_number", "transaction", "expense_area")


class _Parser:
    """Each line's values, parsed once per distinct text (dates, amounts, names and areas repeat)."""

    def __init__(self, result: SpendFile, indexes: dict[str, int], header_width: int = 0,
                 delimiter: str = ",") -> None:
        self.result = result
        self.header_width = header_width
        self.delimiter = delimiter
        self.indexes = indexes
        self.width = max(indexes.values()) + 1
        self.at = (indexes["date"], indexes["supplier"], indexes["amount"],
                   *(indexes.get(name, -1) for name in _OPTIONAL))
        self.dates: dict[str, tuple[str, str] | str] = {}
        self.amounts: dict[str, int | str] = {}
        self.texts: dict[str, dict[str, str | spend.ValueProblem]] = {name: {} for name in ("supplier", *_OPTIONAL)}
        names = ("supplier", *_OPTIONAL)
        self.optional = [(name, i, self.texts[name]) for name, i in zip(names, self.at[1:2] + self.at[3:])]
        self.keys: dict[str, str] = {}
        self.today = dt.date.today()
        self.occurrences: dict[str, int] = {}

    def runs_on(self, row: list[str], start: int, end: int) -> bool:
        """Whether a row spread over lines start..end is a quote opened and never closed, which swallows the lines
        after it into one cell (they would otherwise be lost without a word): a used cell holds a line break and
        either the row is short of the header's cells or the text after the break holds the delimiter. (A quoted
        name with a line break inside it is a line like any other.)"""
        for name, i in self.indexes.items():
            if i >= len(row) or ("\n" not in row[i] and "\r" not in row[i]):
                continue
            after = row[i].replace("\r", "\n").split("\n", 1)[1]
            if len(row) < self.header_width or self.delimiter in after:
                self.result.lines_read += 1
                self.result.problems.append(LineProblem(start, (
                    _("line {start}: the {LABELS} runs on to line {end:,}: a quote (\") is "
                    "opened and not closed, so those lines cannot be told apart").format(start=start, LABELS=spend.LABELS[name].lower(), end=end))))
                return True
        return False

    def date(self, raw: str) -> tuple[str, str] | str:
        try:
            return self.dates[raw]
        except KeyError:
            try:
                day = spend.parse_date(raw)
                outside = spend.date_window_problem(day, self.today)
                value: tuple[str, str] | str = outside or (day.isoformat(), short_year_of(day))
            except spend.ValueProblem as exc:
                value = str(exc)
            self.dates[raw] = value
            return value

    def amount(self, raw: str) -> int | str:
        try:
            return self.amounts[raw]
        except KeyError:
            try:
                value: int | str = spend.parse_pence(raw)
            except spend.ValueProblem as exc:
                value = str(exc)
            if len(self.amounts) < 200_000:
                self.amounts[raw] = value
            return value

    def text(self, name: str, raw: str) -> str | spend.ValueProblem:
        cache = self.texts[name]
        try:
            return cache[raw]
        except KeyError:
            try:
                value: str | spend.ValueProblem = spend.clean_text(raw, name)
                if name == "company_number" and value:
                    # "N/A", "-" or "0" in the column means the supplier has no company number
                    blank = str(value).casefold() in _NO_NUMBER or not str(value).strip("0")
                    value = "" if blank else register_number(str(value))
            except spend.ValueProblem as exc:
                value = exc
            if name != "transaction":  # transaction numbers rarely repeat
                cache[raw] = value
            return value

    def line(self, row: list[str], line_no: int) -> None:
        result = self.result
        if len(row) < self.width:
            row = row + [""] * (self.width - len(row))
        at = self.at
        raw_date, raw_supplier = row[at[0]], row[at[1]]
        if not raw_date.strip():
            if not "".join(row).strip():
                return  # a blank line
            if spend.is_totals_row(row, raw_date, raw_supplier):
                result.totals_skipped += 1
                return
        result.lines_read += 1
        problems: list[str] = []
        date: Any = self.dates.get(raw_date) or self.date(raw_date)
        if date.__class__ is str:
            problems.append(str(date))
        raw_amount = row[at[2]]
        amount: Any = self.amounts.get(raw_amount)
        if amount is None:
            amount = self.amount(raw_amount)
        if amount.__class__ is str:
            problems.append(str(amount))
        values: list[Any] = []
        for name, i, cache in self.optional:
            raw = row[i] if i >= 0 else ""
            value = cache.get(raw)
            if value is None:
                value = self.text(name, raw)
            if value.__class__ is not str:
                problems.append(str(value))
            values.append(value)
        if values[0] == "":
            problems.append(_("the supplier name is empty"))
        if problems:
            result.problems.append(LineProblem(line_no, _("line {line_no}: ").format(line_no=line_no) + "; ".join(problems)))
            return
        supplier, supplier_id, number, transaction, area = values
        paid_on, year = date
        content = spend.line_content(paid_on, supplier, amount, transaction, area, supplier_id, number)
        occurrence = self.occurrences.get(content, 0) + 1
        self.occurrences[content] = occurrence
        key = self.keys.get(supplier)
        if key is None:
            key = self.keys[supplier] = normalise_name(supplier)
        result.lines.append(Line(spend.line_key(content, occurrence), line_no, paid_on, year, supplier, key,
                                 supplier_id, number, amount, transaction, area))
        if len(result.sample) < SAMPLE:
            result.sample.append({name: row[i].strip() for name, i in self.indexes.items()})
