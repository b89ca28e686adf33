"""Reading a register file the council downloaded: an untrusted CSV, read safely and completely.

The file is read only if it is a regular file of at most 50 MiB. Its encoding is found from a
byte-order mark (UTF-8, UTF-16), else UTF-8, else UTF-16 without a mark when NUL bytes show it,
else Windows-1252 (Latin-1 for the five bytes Windows-1252 leaves undefined): Co-operatives UK
has published its file in Latin-1, where "é" and "£" are single bytes. The delimiter is found
among comma, semicolon, tab and bar. The heading row may follow title lines: the first of the
first 20 rows whose headings fit the kind's required columns is taken.

A value over several lines, or with tabs or runs of spaces, becomes one line with single spaces.
A line without a name, or with a value the app refuses (a control character, an ownership model
that is not one of the framework's), is left out and reported as a note "line N: …"; the file is
refused (InvalidFileError) only when its headings do not fit the kind, naming the missing columns,
or when no line is usable.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
from dataclasses import dataclass, field
from pathlib import Path

from coopeval.domain import registers as reg
from coopeval.domain import text as text_rules
from coopeval.domain.errors import InvalidFileError, Problem
from coopeval.domain.files import read_regular_file
from coopeval.domain.names import normalise_name
from coopeval.i18n import _

MAX_BYTES = 50 * 1024 * 1024
HEADING_ROWS = 20
TEXT_LIMIT = 300  # characters in any one value
MAX_NOTES = 200  # notes listed one by one; the rest are counted


@dataclass(frozen=True)
class Entry:
    line_no: int
    source_id: str
    number: str
    registrar: str
    name: str
    trading_name: str
    name_key: str
    trading_key: str
    legal_form: str
    classification: str
    model: str
    democratic: bool
    postcode: str
    status: str
    live: bool
    dissolved_on: str | None

    def as_dict(self) -> dict[str, object]:
        return {f: getattr(self, f) for f in self.__dataclass_fields__}


@dataclass(frozen=True)
class RegisterFile:
    file_name: str
    kind: str
    sha256: str
    encoding: str
    entries: tuple[Entry, ...]
    notes: tuple[str, ...] = field(default=())  # "line N: …" for each line left out or read with a caveat
    lines_skipped: int = 0


def decode(data: bytes) -> tuple[str, str]:
    """The file's text and the encoding it was read in."""
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError:
                break
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:4096]:
        even, odd = data[0:4096:2].count(0), data[1:4096:2].count(0)
        name = "utf-16-be" if even > odd else "utf-16-le"
        try:
            return data.decode(name), name
        except UnicodeDecodeError:
            pass
    # Windows-1252, with Latin-1 for the five bytes it leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D)
    return data.decode("cp1252", errors=_LATIN1_FALLBACK), "cp1252"


def _latin1(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return error.object[error.start:error.end].decode("latin-1"), error.end


_LATIN1_FALLBACK = "coopeval-registers-latin1"
codecs.register_error(_LATIN1_FALLBACK, _latin1)


def _delimiter(text: str) -> str:
    sample = "\n".join(text.splitlines()[:HEADING_ROWS + 5])
    counts = {d: sample.count(d) for d in (",", ";", "\t", "|")}
    return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","


def read_register(path: str | Path, kind: str) -> RegisterFile:
    """Read and check a register file of `kind`; InvalidFileError when it cannot be imported at all."""
    if kind not in reg.KINDS:
        raise InvalidFileError([Problem(Path(path).name, "kind", _("unknown register kind {kind!r}; choose one of "
                                        "{KINDS}").format(kind=kind, KINDS=', '.join(reg.KINDS)))])
    data = read_regular_file(path, limit=MAX_BYTES, what=_("a register file"))
    return parse_register(data, Path(path).name, kind)


def parse_register(data: bytes, file_name: str, kind: str) -> RegisterFile:
    spec = reg.KINDS[kind]

    def refuse(location: str, message: str) -> InvalidFileError:
        return InvalidFileError([Problem(file_name, location, message)])

    text, encoding = decode(data)
    if "\x00" in text:
        raise refuse("file", _("holds NUL characters, so it is not a text (CSV) file"))
    rows: list[list[str]] = []
    starts: list[int] = []  # the file line each row starts on (a quoted value may span lines)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    try:
        last = 0
        for row in reader:
            rows.append(row)
            starts.append(last + 1)
            last = reader.line_num
    except csv.Error as exc:
        raise refuse("file", _("cannot be read as CSV: line {line_num}: {exc}").format(line_num=reader.line_num, exc=exc)) from None
    columns: dict[str, int] | None = None
    heading_row = 0
    first_missing: list[str] = []
    for index, row in enumerate(rows[:HEADING_ROWS]):
        if not any(cell.strip() for cell in row):
            continue
        found, missing = reg.map_headings(kind, [cell.strip() for cell in row])
        if not missing:
            columns, heading_row = found, index
            break
        if not first_missing or len(missing) < len(first_missing):
            first_missing = missing
    if columns is None:
        wanted = first_missing or [spec.columns[f][0] for f in spec.required]
        raise refuse("headings", _("do not fit {label} ({kind}): no column for {wanted} in the "
                     "first {HEADING_ROWS} rows. Check the register kind, or the file's heading row").format(label=spec.label, kind=kind, wanted=', '.join(wanted), HEADING_ROWS=HEADING_ROWS))
    entries: list[Entry] = []
    notes: list[str] = []
    skipped = unlisted = 0

    def note(line_no: int, message: str) -> None:
        nonlocal unlisted
        if len(notes) < MAX_NOTES:
            notes.append(_("line {line_no}: {message}").format(line_no=line_no, message=message))
        else:
            unlisted += 1

    for index in range(heading_row + 1, len(rows)):
        row = rows[index]
        line_no = starts[index]
        if not any(cell.strip() for cell in row):
            continue
        values: dict[str, str] = {}
        bad = None
        for name, column in columns.items():
            raw = row[column] if column < len(row) else ""
            value = text_rules.normalise(raw)
            message = text_rules.text_problem(value, "multiline", TEXT_LIMIT)
            if message:
                bad = f"{spec.columns[name][0]} {message}"
                break
            values[name] = " ".join(value.split())  # a value over several lines is one line of text
        if bad is None and not values.get("name"):
            bad = _("no name, so it cannot be matched")
        if bad is None:
            try:
                entry = _entry(kind, line_no, values)
            except ValueError as exc:
                bad = str(exc)
        if bad is not None:
            skipped += 1
            note(line_no, _("{bad}; left out").format(bad=bad))
            continue
        if values.get("dissolved_on") and entry.dissolved_on is None:
            note(line_no, _("the dissolved date {dissolved_on!r} is not a date; the entry is taken as "
                          "dissolved").format(dissolved_on=values['dissolved_on']))
        entries.append(entry)
    if unlisted:
        notes.append(_("… and {unlisted:,} more notes").format(unlisted=unlisted))
    if not entries:
        detail = f" ({notes[0]})" if notes else ""
        raise refuse("file", _("has no usable line of {label}{detail}").format(label=spec.label, detail=detail))
    return RegisterFile(file_name, kind, hashlib.sha256(data).hexdigest(), encoding, tuple(entries), tuple(notes),
                        skipped)


def _entry(kind: str, line_no: int, v: dict[str, str]) -> Entry:
    registrar = v.get("registrar", "")
    society = kind == "fca-mutuals" or "fca" in registrar.casefold() or "financial conduct" in registrar.casefold()
    model, democratic = reg.classify(v.get("classification", ""), model=v.get("model", ""),
                                     democratic=v.get("democratic", ""))
    dissolved_text = v.get("dissolved_on", "")
    dissolved = reg.parse_day(dissolved_text) if dissolved_text else None
    trading = v.get("trading_name", "")
    return Entry(
        line_no=line_no, source_id=v.get("source_id", ""),
        number=reg.register_number(v.get("number", ""), pad=not society),
        registrar=registrar or ("FCA" if kind == "fca-mutuals" else ""),
        name=v["name"], trading_name=trading, name_key=normalise_name(v["name"]),
        trading_key=normalise_name(trading) if trading else "",
        legal_form=v.get("legal_form", ""), classification=v.get("classification", ""), model=model,
        democratic=democratic, postcode=v.get("postcode", ""), status=v.get("status", ""),
        live=reg.is_live(v.get("status", ""), dissolved_text),
        dissolved_on=dissolved.isoformat() if dissolved else None,
    )
