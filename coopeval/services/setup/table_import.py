"""Import the table in which a council keeps its own (e.g. licensed TOMs) measures as a framework.

`import_table` reads an .xlsx or .csv (hardened, see `safe_spreadsheet`), turns each row into a
quantitative measure grouped by its theme and outcome, validates the result as a framework and
writes it atomically as TOML, recording the licence and source the user gives. Every bad cell is
reported at once, by sheet, row and column, as an `InvalidFileError`.
"""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import tomli_w

from coopeval.domain.errors import CoopEvalError, InvalidFileError, Problem
from coopeval.domain.framework_loader import load_framework, validate_framework_data
from coopeval.i18n import _
from coopeval.services.setup.safe_spreadsheet import BadCell, Value, read_grid, where

MAX_PROBLEMS = 50
_HEADER_SEARCH_ROWS = 20
_REQUIRED = ("theme", "outcome", "code", "measure", "unit")
_ALIASES: dict[str, tuple[str, ...]] = {
    "theme": ("theme", "theme name"),
    "outcome": ("outcome", "outcome name"),
    "code": ("code", "ref", "reference", "measure code", "measure ref"),
    "measure": ("measure", "title", "measure title", "measure name"),
    "unit": ("unit", "units"),
    "proxy value": ("proxy value", "proxy", "proxy value (£)", "value (£)", "proxy £", "proxy (£)", "proxy value £"),
    "description": ("description", "measure description"),
    "guidance": ("guidance", "bidder guidance"),
    "evaluator guidance": ("evaluator guidance",),
    "evidence": ("evidence", "evidence required"),
    "kpi": ("kpi",),
    "verification": ("verification",),
    "method": ("method", "scoring method"),
    "target": ("target",),
    "proxy year": ("proxy year",),
    "proxy source": ("proxy source",),
}
# Welsh (issue 22): a column named like a text column with " (Welsh)", " (Cymraeg)" or "_cy" after it gives its Welsh.
_WELSH_OF = {canon: f"{canon} cy" for canon in ("theme", "outcome", "measure", "unit", "description", "guidance",
                                                 "evaluator guidance", "evidence", "kpi", "verification")}
_ALIASES.update({welsh: tuple(f"{alias}{tail}" for alias in _ALIASES[canon] for tail in (" (welsh)", " (cymraeg)", "_cy"))
                 for canon, welsh in _WELSH_OF.items()})
_FIELD_OF = {alias: canon for canon, aliases in _ALIASES.items() for alias in aliases}
_TEXT_FIELDS = {"description": "description", "guidance": "bidder_guidance", "evaluator guidance": "evaluator_guidance",
                "evidence": "evidence", "kpi": "kpi", "verification": "verification"}
_TEXT_FIELDS.update({_WELSH_OF[canon]: f"{key}_cy" for canon, key in list(_TEXT_FIELDS.items())})
_METHODS = {"relative": "relative", "target": "target", "record_only": "record_only", "record": "record_only",
            "recordonly": "record_only", "banded": "banded"}
_NONE = {"n/a", "na", "none", "-", "–", "—"}
_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$")
_YEAR = re.compile(r"^(\d{4})(\s*[/-]\s*\d{2,4})?$")


@dataclass
class Table:
    """A sheet's table: its header (as written) and each non-empty row below it, keyed by header."""

    sheet: str | None
    header: list[str]
    rows: list[tuple[int, dict[str, Value]]]
    header_row: int = 1
    columns: dict[str, int] = field(default_factory=dict)  # header name -> 0-based column
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ImportSummary:
    """What `import_table` wrote: counts to show the user, and notes (e.g. the text encoding guessed)."""

    out: Path
    themes: int
    outcomes: int
    measures: int
    sheet: str | None = None
    notes: tuple[str, ...] = ()


def _canon(header: str) -> str:
    return " ".join(header.split()).casefold().rstrip("*:").strip()


def read_table(path: Path, *, sheet: str | None = None) -> Table:
    """Read the table on the first (or named) sheet of an .xlsx, or in a .csv.

    The header is the first row, among the first few, naming at least two known columns (so a
    title row above it is passed over), else the first non-empty row."""
    grid = read_grid(Path(path), sheet)
    if not grid.rows:
        raise InvalidFileError([Problem(Path(path).name, where(grid.sheet), _("is empty: there is no header row"))])
    candidates = grid.rows[:_HEADER_SEARCH_ROWS]
    known = [len({_FIELD_OF.get(_canon(_header_text(v))) for v in vals} - {None}) for _, vals in candidates]
    pick = next((i for i, k in enumerate(known) if k >= 2), 0)
    header_row, values = candidates[pick]
    header = [_header_text(v) for v in values]
    columns: dict[str, int] = {}
    for index, text in enumerate(header):
        if not text:
            continue
        key, n = text, 2
        while key in columns:
            key, n = f"{text} ({n})", n + 1
        columns[key] = index
    rows = []
    for number, vals in grid.rows[pick + 1:]:
        row = {key: (vals[i] if i < len(vals) else None) for key, i in columns.items()}
        if any(v is not None for v in row.values()):
            rows.append((number, row))
    return Table(grid.sheet, header, rows, header_row, columns, list(grid.notes))


def _header_text(value: Value) -> str:
    if value is None or isinstance(value, BadCell):
        return ""
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return " ".join(str(value).split())


def table_to_framework(table: Table, *, source_name: str, framework_id: str, name: str, version: str, licence: str,
                       source: str, publisher: str = "", default_method: str = "relative") -> dict[str, Any]:
    """Turn a table into framework data (the TOML structure), validated; every bad cell at once."""
    default = _METHODS.get(re.sub(r"[\s-]+", "_", default_method.strip().casefold()))
    if default not in ("relative", "target", "record_only"):
        raise CoopEvalError(_("unknown default method {default_method!r}; use relative, target or record_only").format(default_method=default_method))
    fields, problems = _map_columns(table, source_name)
    converter = _RowConverter(table, fields, source_name, source.strip(), default)
    themes: dict[str, dict[str, Any]] = {}
    outcomes: dict[tuple[str, str], dict[str, Any]] = {}
    used_ids: set[str] = set()
    for number, row in table.rows:
        built = converter.convert(number, row)
        if built is None:
            continue
        theme_name, outcome_name, measure = built
        theme_cy, outcome_cy = measure.pop("theme_cy", None), measure.pop("outcome_cy", None)
        tkey = theme_name.casefold()
        if tkey not in themes:
            themes[tkey] = {"id": _unique_id(theme_name, used_ids, "theme"), "name": theme_name, "outcomes": []}
        okey = (tkey, outcome_name.casefold())
        if okey not in outcomes:
            outcomes[okey] = {"id": _unique_id(outcome_name, used_ids, "outcome"), "name": outcome_name, "measures": []}
            themes[tkey]["outcomes"].append(outcomes[okey])
        if theme_cy:  # the first row that gives a theme's or outcome's Welsh name gives it
            themes[tkey].setdefault("name_cy", theme_cy)
        if outcome_cy:
            outcomes[okey].setdefault("name_cy", outcome_cy)
        outcomes[okey]["measures"].append(measure)
    problems += converter.problems
    if not problems and not converter.codes:
        problems.append(Problem(source_name, where(table.sheet, table.header_row),
                                _("has no measures below the header row")))
    if problems:
        if len(problems) > MAX_PROBLEMS:
            more = len(problems) - MAX_PROBLEMS
            problems = problems[:MAX_PROBLEMS] + [Problem(source_name, "file", _("… and {more} more problems").format(more=more))]
        raise InvalidFileError(problems)
    info = {"id": framework_id, "name": name, "version": version, "publisher": publisher, "licence": licence,
            "source": source, "description": f"Imported from {source_name}"
            + (f' (sheet "{table.sheet}")' if table.sheet else "") + f" on {date.today().isoformat()}."}
    data = {"format": 1, "framework": {k: v for k, v in info.items() if v}, "themes": list(themes.values())}
    validate_framework_data(data, source_name)
    return data


def _map_columns(table: Table, source_name: str) -> tuple[dict[str, str], list[Problem]]:
    fields: dict[str, str] = {}
    problems: list[Problem] = []
    for header in table.columns:
        canon = _FIELD_OF.get(_canon(header))
        if canon is None:
            continue
        if canon in fields:
            problems.append(Problem(source_name, where(table.sheet, table.header_row, table.columns[header]),
                                    _("columns \"{fields}\" and \"{header}\" both give the {canon}; keep one").format(fields=fields[canon], header=header, canon=canon)))
        else:
            fields[canon] = header
    missing = [f for f in _REQUIRED if f not in fields]
    if missing:
        found = ", ".join(f'"{h}"' for h in table.columns) or _("(none)")
        message = (_("missing required columns: {missing}. The header row has {found}. Name the columns theme, "
                     "outcome, code, measure and unit (any case; code may be 'ref', measure may be 'title')")
                   if len(missing) > 1 else
                   _("missing required column: {missing}. The header row has {found}. Name the columns theme, "
                     "outcome, code, measure and unit (any case; code may be 'ref', measure may be 'title')"))
        raise InvalidFileError([Problem(source_name, where(table.sheet, table.header_row),
                                        message.format(missing=", ".join(missing), found=found))])
    return fields, problems


class _RowConverter:
    """Turns one row into (theme, outcome, measure data), recording a problem per bad cell."""

    def __init__(self, table: Table, fields: dict[str, str], source_name: str, source: str, default: str):
        self.table, self.fields, self.file, self.source, self.default = table, fields, source_name, source, default
        self.problems: list[Problem] = []
        self.codes: dict[str, int] = {}  # code -> the row that first used it
        self.row: dict[str, Value] = {}
        self.number = 0

    def problem(self, canon: str, message: str) -> None:
        header = self.fields[canon]
        location = where(self.table.sheet, self.number, self.table.columns[header]) + f' ("{header}")'
        self.problems.append(Problem(self.file, location, message))

    def cell(self, canon: str) -> Value:
        return self.row.get(self.fields[canon]) if canon in self.fields else None

    def convert(self, number: int, row: dict[str, Value]) -> tuple[str, str, dict[str, Any]] | None:
        self.row, self.number, before = row, number, len(self.problems)
        if all(row.get(h) is None for h in self.fields.values()):
            return None  # content only in columns we do not import
        theme, outcome, code, title, unit = (self.text(f, required=True, oneline=True) for f in _REQUIRED)
        if code and not _CODE.match(code):
            self.problem("code", _("{code!r} cannot be a code: use letters, digits, '-', '.' or '_' (no spaces), "
                         "at most 40 characters").format(code=code))
        elif code and code in self.codes:
            self.problem("code", _("code {code!r} is also used in row {codes}; each code must be unique").format(code=code, codes=self.codes[code]))
        elif code:
            self.codes[code] = number
        if unit and unit.casefold() in _NONE:
            self.problem("unit", _("{unit!r} is not a unit; give what the measure counts, e.g. 'hours', 'FTE', '£'").format(unit=unit))
        measure: dict[str, Any] = {"code": code, "title": title, "type": "quantitative", "unit": unit, **self.method()}
        measure.update({key: text for canon, key in _TEXT_FIELDS.items() if (text := self.text(canon))})
        measure.update({key: text for canon, key in (("measure cy", "title_cy"), ("unit cy", "unit_cy"),
                                                     ("theme cy", "theme_cy"), ("outcome cy", "outcome_cy"))
                        if (text := self.text(canon, oneline=True))})  # theme_cy, outcome_cy: taken out by the caller
        proxy = self.decimal("proxy value", _("a number: give the £ value of one unit, e.g. 12.50"))
        if proxy is not None and proxy < 0:
            self.problem("proxy value", _("is {proxy}; a proxy value must be 0 or more").format(proxy=proxy))
        elif proxy is not None:
            measure["proxy"] = {"value": _plain(proxy), "year": self.year(),
                                "source": self.text("proxy source", oneline=True) or self.source}
        return None if len(self.problems) > before else (theme or "", outcome or "", measure)

    def method(self) -> dict[str, Any]:
        given = self.text("method", oneline=True)
        method = _METHODS.get(re.sub(r"[\s-]+", "_", given.casefold())) if given else None
        target = self.decimal("target", _("a number greater than 0"))
        if given and method is None:
            self.problem("method", _("unknown method {given!r}; use relative, target or record only").format(given=given))
        elif method == "banded":
            self.problem("method", _("banded scoring needs bands, which a table cannot hold; use relative, target or "
                         "record only here, then add bands in the framework file"))
        method = method or ("target" if target is not None else self.default)
        if target is not None and target <= 0:
            self.problem("target", _("is {target}; a target must be greater than 0").format(target=target))
        elif method == "target" and target is None:
            self.problem("target" if "target" in self.fields else "method",
                         _("method 'target' needs a target greater than 0 in a Target column"))
        elif method in ("relative", "record_only") and target is not None:
            self.problem("target", _("a target is used only with method 'target', not {method!r}; "
                         "clear it or set the method to target").format(method=method))
        return {"method": method, "target": _plain(target)} if method == "target" and target else {"method": method}

    def text(self, canon: str, *, required: bool = False, oneline: bool = False) -> str | None:
        value = self.cell(canon)
        if isinstance(value, _NOT_PLAIN):
            self.problem(canon, _wrong(value, _("text: format the column as Text")))
            return None
        if isinstance(value, float):
            value = str(int(value)) if value.is_integer() else repr(value)
        text = "" if value is None else str(value).replace("\r\n", "\n").strip()
        text = " ".join(text.split()) if oneline else text
        if required and not text:
            self.problem(canon, _("is empty; every measure needs its {value}").format(value='title' if canon == 'measure' else canon))
        return text or None

    def decimal(self, canon: str, expected: str) -> Decimal | None:
        value = self.cell(canon)
        if value is None or (isinstance(value, str) and value.strip().casefold() in _NONE):
            return None
        result = None
        if not isinstance(value, _NOT_PLAIN):
            try:
                result = Decimal(re.sub(r"[£,\s]|gbp", "", str(value), flags=re.IGNORECASE))
            except InvalidOperation:
                pass
        if result is None or not result.is_finite():
            self.problem(canon, _wrong(value, expected))
            return None
        return result

    def year(self) -> int:
        value = self.cell("proxy year")
        if value is None:
            return date.today().year
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        found = _YEAR.match(str(value).strip()) if not isinstance(value, _NOT_PLAIN) else None
        if found and 1900 <= int(found[1]) <= 2200:
            return int(found[1])
        self.problem("proxy year", _wrong(value, _("a year such as 2024")))
        return date.today().year


_NOT_PLAIN = (BadCell, bool, datetime, date, time, timedelta)


def _wrong(value: Value, expected: str) -> str:
    if isinstance(value, BadCell):
        return value.message
    if isinstance(value, bool):
        return _("is {value}, not {expected}").format(value=str(value).upper(), expected=expected)
    if isinstance(value, (datetime, date, time, timedelta)):
        return _("is a date or time ({value}), not {expected}").format(value=value, expected=expected)
    return _("{value!r} is not {expected}").format(value=str(value)[:40], expected=expected)


def _plain(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def _slug(text: str, limit: int) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()  # "Wäste" -> "Waste"
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.casefold()).strip("-")[:limit].strip("-")


def _unique_id(name: str, used: set[str], fallback: str) -> str:
    base = _slug(name, 36) or fallback
    ident, n = base, 2
    while ident in used:
        ident, n = f"{base}-{n}", n + 1
    used.add(ident)
    return ident


def import_table(path: Path, out: Path, *, licence: str, source: str, framework_id: str | None = None,
                 name: str | None = None, version: str = "1.0.0", sheet: str | None = None,
                 default_method: str = "relative", overwrite: bool = False) -> ImportSummary:
    """Read a council's table, convert and validate it, and write it to `out` as a framework file."""
    path, out = Path(path), Path(out)
    licence, source = _comment(licence), _comment(source)
    if not licence:
        raise CoopEvalError(_("give the licence under which your council holds these measures (--licence)"))
    if not source:
        raise CoopEvalError(_("give where the measures come from, e.g. the licensor and edition (--source)"))
    framework_id = framework_id or _slug(out.stem, 64) or "imported-measures"
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]{0,63}", framework_id):
        raise CoopEvalError(_("framework id {framework_id!r} must be lower-case letters, digits and '-', e.g. 'vale-toms'").format(framework_id=framework_id))
    if not re.fullmatch(r"\d+\.\d+\.\d+", version):
        raise CoopEvalError(_("version {version!r} must be three numbers like 1.0.0").format(version=version))
    name = " ".join((name or "").split()) or " ".join(path.stem.replace("_", " ").split()) or "Imported measures"
    _check_out(path, out, overwrite)
    table = read_table(path, sheet=sheet)
    data = table_to_framework(table, source_name=path.name, framework_id=framework_id, name=name, version=version,
                              licence=licence, source=source, default_method=default_method)
    sheet_note = f' (sheet "{table.sheet}")' if table.sheet else ""
    header = [f"Imported by CoopEval from {path.name}{sheet_note} on {date.today().isoformat()}.",
              f"Licence: {licence}", f"Source: {source}",
              "Check the measures, then add guidance, scoring targets or bands as the council needs."]
    text = "".join(f"# {_comment(line)}\n" for line in header) + tomli_w.dumps(data, multiline_strings=True)
    _write_atomically(out, text, overwrite)
    outcomes = sum(len(t["outcomes"]) for t in data["themes"])
    measures = sum(len(o["measures"]) for t in data["themes"] for o in t["outcomes"])
    return ImportSummary(out, len(data["themes"]), outcomes, measures, table.sheet, tuple(table.notes))


def _comment(text: str) -> str:
    """One line of plain text: control characters and runs of white space become one space."""
    return " ".join(re.sub(r"[\x00-\x1f\x7f]", " ", text).split())


def _check_out(path: Path, out: Path, overwrite: bool) -> None:
    if out.is_dir():
        raise CoopEvalError(_("{out} is a folder; give the framework file to write, e.g. {value}").format(out=out, value=out / 'measures.toml'))
    if not out.parent.is_dir():
        raise CoopEvalError(_("cannot write {out}: the folder {parent} does not exist").format(out=out, parent=out.parent))
    if out.exists():
        if path.exists() and out.resolve() == path.resolve():
            raise CoopEvalError(_("{out} is the spreadsheet being imported; write the framework to a .toml file").format(out=out))
        if not overwrite:
            raise CoopEvalError(_("{out} already exists; choose another file, or use --overwrite to replace it").format(out=out))


def _write_atomically(out: Path, text: str, overwrite: bool) -> None:
    """Write beside `out`, check the file loads as a framework, then move it into place."""
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        try:
            load_framework(tmp)
        except InvalidFileError as exc:
            raise InvalidFileError([Problem(out.name, p.location, p.message, p.line) for p in exc.problems]) from None
        if out.exists() and not overwrite:
            raise CoopEvalError(_("{out} already exists; choose another file, or use --overwrite to replace it").format(out=out))
        os.replace(tmp, out)
        tmp = None
    except OSError as exc:
        raise CoopEvalError(_("cannot write {out}: {value}").format(out=out, value=exc.strerror or exc)) from None
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
