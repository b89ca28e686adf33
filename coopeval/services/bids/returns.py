"""Bidders' returns (issue 18): filled XLSX response templates, read as untrusted files, checked against the
tender's set-up, previewed, and imported all or nothing.

A return is read by its sheet names, the keys in column A and the hidden marker sheet (`template_layout`), never by
how the file was written, so one saved again by Excel or LibreOffice Calc still imports. Every problem of every file
is found before anything is written, each as `FILE: Sheet!CELL: message`. A return is matched to a bid of the tender
by its register identifier, else by its legal name (both compared as identifiers are: case and Unicode form
ignored), else it makes a new bid. Importing is one transaction: each bid, record answer and response row is written
through the same row-level code as the Bids page (`entry.write_bid`, `records.write_answers`, `entry.write_response`),
audited with a note naming the file, and each file that changes something is kept in the tender's record with its
SHA-256. A file identical to what the workspace holds is "unchanged": nothing is written for it, not even a copy.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Generic, TypeVar

from openpyxl.utils import column_index_from_string
from sqlmodel import Session, col, select

from coopeval.domain import lifecycle
from coopeval.domain import records as rec
from coopeval.domain import text as text_rules
from coopeval.domain.errors import CoopEvalError, InvalidFileError
from coopeval.domain.framework import RecordField
from coopeval.domain.identity import Permission
from coopeval.domain.numbers import MAX_NUMBER, decimal_text
from coopeval.domain.progress import CancelFn, ProgressFn, Steps
from coopeval.i18n import N_, _
from coopeval.reporting.questionnaire import template_layout as layout
from coopeval.services.bids import entry
from coopeval.services.bids import records as answers
from coopeval.services.bids.return_reader import Cell, Workbook, as_text, read_return
from coopeval.services.changes import ChangeKind, Changes
from coopeval.services.identity.guard import require
from coopeval.services.publishing import files
from coopeval.services.rows import row_id, tender_row
from coopeval.services.workspace import Workspace
from coopeval.storage.tables import BidRow, ResponseRow, TenderMeasureRow, TenderRow


@dataclass(frozen=True)
class ReturnProblem:
    file: str  # the file's name
    where: str  # "Responses!F7", "About you!C5", or "" for the file as a whole
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.where}: {self.message}" if self.where else f"{self.file}: {self.message}"


@dataclass(frozen=True)
class ResponseLine:
    code: str
    title: str
    text: str
    quantity: str | None  # exact decimal text, as it will be stored
    unit: str | None
    page_refs: str


@dataclass(frozen=True)
class FieldChange:
    what: str  # "Legal name", "CV-EE-01 response", "CV-EE-03 quantity", "Legal form (CV-REC-LEGAL-FORM)"
    before: str
    after: str


@dataclass(frozen=True)
class ReturnPlan:
    """What one file does to the tender's bids."""

    file: str
    sha256: str
    bid_identifier: str
    legal_name: str
    action: str  # "create" | "update" | "unchanged"
    responses: tuple[ResponseLine, ...]
    changes: tuple[FieldChange, ...]  # for "update": every difference from what the workspace holds


Plan = TypeVar("Plan")


@dataclass(frozen=True)
class Preview(Generic[Plan]):
    """What importing returns would do: one plan per file, and every problem of every file. Bid returns and
    suppliers' delivery returns share it (and the preview dialog that shows it)."""

    plans: tuple[Plan, ...]
    problems: tuple[ReturnProblem, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


ImportPreview = Preview[ReturnPlan]
AnyPreview = Preview[Any]


class ReturnsError(CoopEvalError):
    """One or more returns have problems; nothing was written. `problems` lists every one."""

    def __init__(self, problems: Sequence[ReturnProblem]):
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def return_files(paths: Sequence[str | Path]) -> list[Path]:
    """The .xlsx files among `paths`, a folder standing for the .xlsx files directly in it (Office's "~$" lock
    files left out), sorted by name, each once (the same file given twice, through a folder and by name, through a
    link or a relative path, is one file)."""
    return gather(paths)[0]


def gather(paths: Sequence[str | Path]) -> tuple[list[Path], list[ReturnProblem]]:
    """`return_files`, and a problem for each folder given that holds no return or cannot be listed."""
    found: dict[Path, Path] = {}  # the file itself (links and ".." resolved) → the path it was given by
    problems: list[ReturnProblem] = []

    def add(path: Path) -> None:
        try:
            key = path.resolve()
        except (OSError, RuntimeError):  # a loop of links: reading it says so
            key = path.absolute()
        found.setdefault(key, path.absolute())

    for given in paths:
        path = Path(given).expanduser()
        if not path.is_dir():
            add(path)
            continue
        name = path.name or str(path)
        try:
            children = sorted(path.iterdir(), key=lambda p: p.name.casefold())
            chosen = [c for c in children
                      if c.suffix.lower() == ".xlsx" and not c.name.startswith("~$") and c.is_file()]
        except OSError as exc:
            problems.append(ReturnProblem(name, "", _("is a folder that cannot be read: {reason}").format(
                reason=exc.strerror or exc)))
            continue
        if not chosen:
            problems.append(ReturnProblem(name, "", _("is a folder with no .xlsx returns in it")))
        for child in chosen:
            add(child)
    return sorted(found.values(), key=lambda p: (p.name.casefold(), str(p))), problems


def preview_returns(ws: Workspace, tender: int | str, paths: Sequence[str | Path], *,
                    progress: ProgressFn | None = None, cancel: CancelFn | None = None) -> ImportPreview:
    """Read and check every file; what importing would do (the dry run). Writes nothing."""
    chosen, missing = gather(paths)
    steps = Steps(len(chosen) + 1, progress, cancel)
    read = [read_workbook(path, steps) for path in chosen]
    with ws.reading() as session:
        preview, _work = _plan(session, tender_row(session, tender), read)
    steps.step(_("Compared with the workspace"))
    return ImportPreview(preview.plans, (*missing, *preview.problems)) if missing else preview


def import_returns(ws: Workspace, tender: int | str, paths: Sequence[str | Path], *,
                   progress: ProgressFn | None = None, cancel: CancelFn | None = None) -> tuple[ImportPreview, Changes]:
    """Import every file in one transaction, or nothing: ReturnsError (every problem) when any file has one."""
    chosen, missing = gather(paths)
    reading = Steps(len(chosen), progress, cancel)
    read = [read_workbook(path, reading) for path in chosen]
    with ws.writing() as session:
        t = tender_row(session, tender)
        require(ws, session, t, Permission.BIDS)
        preview, work = _plan(session, t, read)
        if missing or preview.problems:
            raise ReturnsError((*missing, *preview.problems))
        steps = Steps(sum(1 + len(r.responses) for r, p in work if p.action != "unchanged") or 1, progress, cancel)
        kinds: set[ChangeKind] = set()
        for got, plan in work:
            if plan.action == "unchanged":
                continue
            lifecycle.require_bids_editable(t.status)
            note = f"imported from the return {got.file}"
            bid = session.get(BidRow, got.bid_id) if got.bid_id is not None else None
            details = got.details if bid is None else {  # text the same once normalised is kept as stored
                k: (getattr(bid, k) if text_rules.normalise(getattr(bid, k) or "") == v else v)
                for k, v in got.details.items()}
            bid, changed = entry.write_bid(ws, session, t, bid, details, note=note)
            if changed:
                kinds.add(ChangeKind.BID)
            if answers.write_answers(ws, session, bid, got.records, t.reference, note=note):
                kinds.add(ChangeKind.BID)
            steps.step(f"{got.file}: {got.details['legal_name']}")
            for line in got.responses:
                _row, changed = entry.write_response(ws, session, t, row_id(bid), line.measure, text=line.text,
                                                  page_refs=line.page_refs, quantity=line.quantity, note=note)
                if changed:
                    kinds.add(ChangeKind.RESPONSE)
                steps.step(f"{got.file}: {line.measure.code}")
            files.keep_file(ws, session, t, kind="return", media="xlsx", name=got.file, data=got.data,
                            setup_fingerprint=got.fingerprint, bid_identifier=got.details["identifier"],
                            note=f"the return of {got.details['legal_name']}")
            kinds.add(ChangeKind.TENDER_FILE)
        return preview, (Changes.of(*kinds, tender_id=t.id) if kinds else Changes.none())


# --- reading ---------------------------------------------------------------------------------


@dataclass
class _Line:
    measure: TenderMeasureRow
    title: str
    unit: str | None
    text: str
    quantity: str | None
    page_refs: str


@dataclass
class ReadReturn:
    """One file as read: its workbook (None when it could not be read) or the problems that stopped it."""

    path: Path
    file: str
    book: Workbook | None = None
    data: bytes = b""
    problems: list[ReturnProblem] = field(default_factory=list)


@dataclass
class _Got:
    """A return checked against the tender: what it says, as it will be stored."""

    file: str
    data: bytes
    fingerprint: str
    details: dict[str, str]
    records: tuple[rec.RecordAnswer, ...]
    responses: list[_Line]
    bid_id: int | None = None


def read_workbook(path: Path, steps: Steps | None, *, what: str = "a bidder's return") -> ReadReturn:
    name = path.name or str(path)
    if steps is not None:
        steps.step(_("Reading {name}").format(name=name))
    try:
        book, data = read_return(path, what=what)
    except InvalidFileError as exc:
        return ReadReturn(path, name, problems=[ReturnProblem(name, "", p.message) for p in exc.problems])
    problems = []
    if len(data) > files.MAX_KEPT_BYTES:
        problems.append(ReturnProblem(name, "", _(
            "is {size} MB; the record keeps returns up to {limit} MB (remove pictures or other things the template "
            "does not ask for, and save it again)").format(size=f"{len(data) / 1_048_576:.1f}",
                                                         limit=files.MAX_KEPT_BYTES // 1_048_576)))
    return ReadReturn(path, name, book, data, problems)


@dataclass
class _Measure:
    row: TenderMeasureRow
    title: str
    unit: str | None


class Checker:
    """Checks one workbook against the tender, collecting every problem."""

    def __init__(self, file: str, book: Workbook):
        self.file, self.book = file, book
        self.problems: list[ReturnProblem] = []

    def problem(self, sheet: str, row: int | None, column: str | None, message: str) -> None:
        where = f"{sheet}!{column}{row}" if row is not None and column else sheet
        self.problems.append(ReturnProblem(self.file, where, message))

    def cell(self, sheet: str, row: int, column: str) -> Cell | None:
        return self.book.sheets.get(sheet, {}).get((row, column_index_from_string(column)))

    def raw(self, sheet: str, row: int, column: str) -> object | None:
        """A cell as text, number or None; a formula or an error value is a problem (None)."""
        c = self.cell(sheet, row, column)
        if c is None:
            return None
        if c.formula:
            self.problem(sheet, row, column, _("holds a formula; type the value itself"))
            return None
        if c.error:
            self.problem(sheet, row, column, _("shows the Excel error {error}; type the value itself").format(
                error=c.value))
            return None
        return c

    def text(self, sheet: str, row: int, column: str, rule: str, what: str) -> str:
        """The cell's text, normalised and held to the field's text rule (a problem naming the cell if not)."""
        c = self.raw(sheet, row, column)
        if not isinstance(c, Cell):
            return ""
        value = c.number if c.number is not None else as_text(c.value)
        text = text_rules.normalise(value)
        r = text_rules.rule(rule)
        message = text_rules.text_problem(text, r.kind, r.limit)
        if message:
            self.problem(sheet, row, column, _("{what} {problem}").format(what=what, problem=message))
        return text


def _measures(session: Session, tender_id: int) -> list[_Measure]:
    out = []
    for m in session.exec(select(TenderMeasureRow).where(TenderMeasureRow.tender_id == tender_id)
                          .order_by(col(TenderMeasureRow.position), col(TenderMeasureRow.id))):
        detail = json.loads(m.measure_json)
        unit = detail.get("unit")
        out.append(_Measure(m, str(detail.get("title", "")), str(unit) if unit is not None else None))
    return out


def _marker(ck: Checker, t: TenderRow, fingerprint: str) -> dict[str, str] | None:
    """The marker's keys and values, or None (with the problem) when the file is not a return for this set-up."""
    book = ck.book
    if layout.MARKER not in book.sheets:
        ck.problem("", None, None, _('is not a CoopEval response template: it has no hidden sheet "{marker}" saying '
                                     "what it answers; ask the bidder to fill in the template the council handed "
                                     "out").format(marker=layout.MARKER))
        return None
    values: dict[str, str] = {}
    rows: dict[str, int] = {}
    for (r, c), cell in book.sheets[layout.MARKER].items():
        if c == 1 and isinstance(cell.value, str):
            b = book.sheets[layout.MARKER].get((r, 2))
            if b is not None and (b.formula or b.error):
                ck.problem(layout.MARKER, r, "B", _("the hidden sheet saying what the return answers has been "
                                                    "changed (it holds a formula or an error); ask the bidder to copy "
                                                    "their answers into a fresh template"))
                return None
            values[cell.value.strip()] = "" if b is None else (b.number or as_text(b.value)).strip()
            rows[cell.value.strip()] = r
    fmt = values.get("format") or values.get(layout.MARKER_TITLE, "")
    if read_number(fmt) != layout.TEMPLATE_FORMAT:
        ck.problem(layout.MARKER, rows.get("format"), "B", _(
            "the template's format ({format}) is not one this version of CoopEval reads ({expected}); ask the bidder "
            "to use the current template").format(format=fmt or _("none"), expected=layout.TEMPLATE_FORMAT))
        return None
    reference = values.get("tender_reference", "")
    if text_rules.identity_key(reference) != text_rules.identity_key(t.reference):
        ck.problem(layout.MARKER, rows.get("tender_reference"), "B", _(
            "this is a return for tender {given!r}, not {tender!r}; import it into tender {given!r}").format(
            given=reference, tender=t.reference))
        return None
    if values.get("setup_fingerprint", "").lower() != fingerprint.lower():
        ck.problem(layout.MARKER, rows.get("setup_fingerprint"), "B", _(
            "the template was made for an earlier set-up of tender {tender} (its measures, weights, methods, word "
            "limits or record fields have changed since); ask the bidder to copy their answers into the current "
            "template").format(tender=t.reference))
        return None
    return values


def rows_in_place(ck: Checker, sheet: str, first: int, keys: list[str], *, advice: str | None = None) -> bool:
    """Whether column A holds `keys` from row `first` on; the first row out of place is the problem."""
    advice = advice or _("ask the bidder to copy their answers into a fresh template")
    if sheet not in ck.book.sheets:
        ck.problem("", None, None, _('has no sheet "{sheet}" (was it renamed or deleted?); its sheets are '
                                     "{sheets}").format(sheet=sheet, sheets=", ".join(f'"{s}"' for s in ck.book.sheets)))
        return False
    for offset, key in enumerate(keys):
        row = first + offset
        c = ck.cell(sheet, row, "A")
        found = "" if c is None else (c.number or as_text(c.value)).strip()
        if text_rules.identity_key(found) != text_rules.identity_key(key):
            ck.problem(sheet, row, "A", _("should hold {key!r} but holds {found!r}: rows were moved, inserted or "
                                          "deleted; {advice}").format(key=key, found=found, advice=advice))
            return False
    return True


def _check(rd: ReadReturn, t: TenderRow, fingerprint: str, measures: list[_Measure],
           fields: Sequence[RecordField]) -> tuple[_Got | None, list[ReturnProblem]]:
    assert rd.book is not None
    ck = Checker(rd.file, rd.book)
    values = _marker(ck, t, fingerprint)
    if values is None:
        return None, ck.problems
    names = sheet_names(ck.book, values)
    about_keys = [k for k, _what, _required in layout.BID_DETAILS] + [layout.RECORD_KEY + f.code for f in fields]
    ok_about = rows_in_place(ck, names["about"], layout.ABOUT_FIRST_ROW, about_keys)
    ok_responses = rows_in_place(ck, names["responses"], layout.RESPONSES_FIRST_ROW, [m.row.code for m in measures])
    if not (ok_about and ok_responses):
        return None, ck.problems
    about, answer, evidence = names["about"], layout.ABOUT_COLUMNS["answer"], layout.ABOUT_COLUMNS["evidence"]
    responses = names["responses"]
    details: dict[str, str] = {}
    for offset, (key, what, required) in enumerate(layout.BID_DETAILS):
        row = layout.ABOUT_FIRST_ROW + offset
        value = ck.text(about, row, answer, f"bid.{key}", _(what))  # i18n: no - marked with N_ in the layout
        if required and not _visible(value) and not any(p.where == f"{about}!{answer}{row}" for p in ck.problems):
            ck.problem(about, row, answer, (_("{what} is required; the bidder left it empty") if not value else
                       _("{what} is required; the bidder gave only invisible characters")).format(
                what=_(what)))  # i18n: no - marked with N_ in the layout
        if key == "email" and value and "@" not in value:
            ck.problem(about, row, answer, _("{value!r} is not an email address").format(value=value))
        details[key] = value
    records: list[rec.RecordAnswer] = []
    for offset, f in enumerate(fields):
        row = layout.ABOUT_FIRST_ROW + len(layout.BID_DETAILS) + offset
        value = ck.text(about, row, answer, "bid_record.value", _("the answer"))
        ev = ck.text(about, row, evidence, "bid_record.evidence", _("the evidence reference"))
        if not value:
            if ev:
                ck.problem(about, row, answer, _("{field}: evidence is given but no answer").format(field=f.title))
            continue
        given_values = [v.strip() for v in value.split(layout.MULTI_SEPARATOR)] if f.kind == "choices" else [value]
        given = [rec.RecordAnswer(f.code, english_choice(f, v), ev) for v in given_values if v]
        for message in rec.answer_problems(fields, given):
            ck.problem(about, row, answer if "evidence" not in message else evidence, message)
        records.extend(given)
    lines: list[_Line] = []
    cols = layout.RESPONSE_COLUMNS
    for offset, m in enumerate(measures):
        row = layout.RESPONSES_FIRST_ROW + offset
        code = m.row.code
        text = ck.text(responses, row, cols["response"], "response.text", _("the response"))
        if m.row.word_limit is not None and len(text.split()) > m.row.word_limit:
            ck.problem(responses, row, cols["response"], _(
                "the response to {code} has {words} words; the tender allows at most {limit}").format(
                code=code, words=f"{len(text.split()):,}", limit=f"{m.row.word_limit:,}"))
        pages = ck.text(responses, row, cols["page_refs"], "response.page_refs", _("the page references"))
        quantity = _quantity(ck, row, m, responses)
        lines.append(_Line(m.row, m.title, m.unit, text, quantity, pages))
    if ck.problems:
        return None, ck.problems
    return _Got(rd.file, rd.data, fingerprint, details, tuple(answers.canonical(fields, records)), lines), []


def _visible(text: str) -> bool:
    """Whether `text` has a character one can see (not only spaces, zero-width or other format characters)."""
    return any(unicodedata.category(ch)[0] not in "ZC" for ch in text)


def sheet_names(book: Workbook, marker: dict[str, str]) -> dict[str, str]:
    """Each sheet's name by its role ("about", "responses", "lists"), whatever the template's language (issue 22):
    as the marker records it; else (a template from before issue 22, or a marker without the key) the first name
    the role has had in any language that the workbook holds; else the English name (the problem then names it)."""
    out = {}
    for role in layout.SHEET_ROLES:
        recorded = marker.get(layout.SHEET_KEY + role, "")
        candidates = ([recorded] if recorded else []) + list(layout.known_names(role))
        out[role] = next((n for n in candidates if n in book.sheets), recorded or layout.SHEET_NAMES["en"][role])
    return out


def english_choice(f: RecordField, value: str) -> str:
    """A choice as it is stored: the English. A Welsh template offers a field's Welsh choices (`choices_cy`), a
    bilingual one "Welsh / English"; either is read back as the English choice at the same place."""
    if f.kind not in ("choice", "choices") or not f.choices_cy:
        return value
    key = text_rules.identity_key(value)
    for n, english in enumerate(f.choices):
        welsh = f.choices_cy[n] if n < len(f.choices_cy) else ""
        forms = (english, welsh, f"{welsh} / {english}") if welsh else (english,)
        if key in {text_rules.identity_key(form) for form in forms}:
            return english
    return value


def _quantity(ck: Checker, row: int, m: _Measure, sheet: str = layout.RESPONSES) -> str | None:
    column = layout.RESPONSE_COLUMNS["quantity"]
    c = ck.raw(sheet, row, column)
    if not isinstance(c, Cell):
        return None
    code = m.row.code

    def refuse(message: str) -> None:
        ck.problem(sheet, row, column, message)

    shown = shown_value(c.number if c.number is not None else c.value)

    if m.row.kind == "qualitative":
        refuse(_("{code} is qualitative: it takes a written response, not a quantity; clear the cell").format(
            code=code))
        return None
    percent = layout.is_percent_unit(m.unit)
    shown_as_percent = False
    if c.number is not None:
        typed = c.number
        shown_as_percent = percent_format(c.number_format)
    elif isinstance(c.value, str):
        typed = " ".join(c.value.split())
        if typed.endswith("%"):
            typed, shown_as_percent = typed[:-1].rstrip(), True
    else:
        refuse(_("the quantity for {code} must be a number; {shown} is not one").format(code=code, shown=shown))
        return None
    value = read_number(typed)
    if value is None:
        refuse(_("the quantity for {code} must be a number; {shown} is not one").format(code=code, shown=shown))
        return None
    if shown_as_percent and not percent:
        if c.number is not None:
            shown = repr(_percent_text(value * 100))
        refuse((_("the quantity for {code} is given as a percentage ({shown}), but {code} is measured in {unit}; "
                  "type the number itself, without %") if m.unit else
                _("the quantity for {code} is given as a percentage ({shown}), but {code} is measured as a plain "
                  "number; type the number itself, without %")).format(code=code, shown=shown, unit=m.unit))
        return None
    if shown_as_percent and c.number is not None:
        value = value * 100  # Excel stores a typed 12% as 0.12 with a % format
        shown = repr(_percent_text(value))
    if value < 0:
        refuse(_("the quantity for {code} must be 0 or more; {shown} is negative").format(code=code, shown=shown))
        return None
    if percent and value > 100:
        refuse(_("the quantity for {code} is a percentage, from 0 to 100; {shown} is more than 100").format(
            code=code, shown=_percent_text(value)))
        return None
    if value > MAX_NUMBER:
        refuse(_("the quantity for {code} must be at most {limit}; {shown} is larger").format(
            code=code, limit=f"{MAX_NUMBER:,}", shown=shown))
        return None
    if decimal_places(value) > MAX_QUANTITY_PLACES:
        refuse(_("the quantity for {code} has more than {places} decimal places ({shown}); round it to the "
                 "precision you commit to").format(code=code, places=MAX_QUANTITY_PLACES, shown=shown))
        return None
    return decimal_text(value)


MAX_QUANTITY_PLACES = 20  # a quantity's decimal places (Excel's own numbers need at most about 17 digits)
# A quantity typed as text: "12", " 12 ", "1,200" (commas between thousands only, so "12,5" is no number), "4.5",
# "£1,200", "1e3"; ASCII digits only.
_NUMBER_TEXT = re.compile(r"[+-]?£?\s*[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d*)?(?:[eE][+-]?\d{1,3})?", re.ASCII)


def read_number(typed: str) -> Decimal | None:
    """The exact decimal a quantity cell holds (a number's text as the file holds it, or typed text), or None when
    it is no number (NaN and infinity are none either)."""
    text = typed.strip()
    mantissa = text.lower().partition("e")[0]
    if len(text) > 64 or not _NUMBER_TEXT.fullmatch(text) or not any(ch.isdigit() for ch in mantissa):
        return None
    try:
        value = Decimal(text.replace(",", "").replace("£", "").replace(" ", ""))
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def decimal_places(value: Decimal) -> int:
    """How many decimal places `value` needs (without rounding, and without normalize(), which underflows)."""
    _sign, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)
    trailing = len(digits) - len("".join(map(str, digits)).rstrip("0"))
    return max(0, -(exponent + trailing)) if any(digits) else 0


def shown_value(value: object) -> str:
    """A cell's value quoted for a message, cut short."""
    text = as_text(value)
    return repr(text if len(text) <= 40 else text[:40] + "…")


def _percent_text(value: Decimal) -> str:
    return f"{decimal_text(value)}%" if value.adjusted() < 20 else _("the percentage given")


def percent_format(number_format: str) -> bool:
    """Whether a cell's number format shows a number as a percentage (multiplying it by 100): a % in its first
    section that is not quoted text ('0"%"') or an escaped character ('0\\%')."""
    section, quoted, escaped = [], False, False
    for ch in number_format:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == '"':
            quoted = not quoted
        elif not quoted and ch == ";":
            break
        elif not quoted:
            section.append(ch)
    return "%" in "".join(section)


# --- planning --------------------------------------------------------------------------------


def _plan(session: Session, t: TenderRow, read: Sequence[ReadReturn]) -> tuple[ImportPreview, list[tuple[_Got, ReturnPlan]]]:
    fingerprint = files.set_up_fingerprint(session, t)
    measures = _measures(session, row_id(t))
    fields = answers.tender_record_fields(session, row_id(t))
    problems: list[ReturnProblem] = []
    got: list[_Got] = []
    for rd in read:
        problems.extend(rd.problems)
        if rd.book is None or rd.problems:
            continue
        g, found = _check(rd, t, fingerprint, measures, fields)
        problems.extend(found)
        if g is not None:
            got.append(g)
    bids = list(session.exec(select(BidRow).where(BidRow.tender_id == t.id).order_by(col(BidRow.id))))
    by_identifier = {text_rules.identity_key(b.identifier): b for b in bids}
    by_name: dict[str, BidRow] = {}
    for b in bids:
        by_name.setdefault(text_rules.identity_key(b.legal_name), b)
    claimed: dict[object, str] = {}
    for g in got:
        bid = by_identifier.get(text_rules.identity_key(g.details["identifier"])) or \
            by_name.get(text_rules.identity_key(g.details["legal_name"]))
        g.bid_id = bid.id if bid is not None else None
        if bid is not None and text_rules.identity_key(bid.identifier) == text_rules.identity_key(g.details["identifier"]):
            g.details["identifier"] = bid.identifier  # the same identifier, spelt in another case: kept as stored
        key: object = bid.id if bid is not None else text_rules.identity_key(g.details["identifier"])
        if key in claimed:
            who = bid.legal_name if bid is not None else g.details["legal_name"]
            problems.append(ReturnProblem(g.file, "", _(
                "is for the same bid as {other} ({who}); import only one return per bid").format(
                other=claimed[key], who=who)))
        else:
            claimed[key] = g.file
    stored_records = answers.bid_records(session, [row_id(b) for b in bids])
    stored_responses: dict[tuple[int, int], ResponseRow] = {
        (r.bid_id, r.measure_id): r for r in session.exec(
            select(ResponseRow).join(BidRow, col(BidRow.id) == ResponseRow.bid_id).where(BidRow.tender_id == t.id))}
    work: list[tuple[_Got, ReturnPlan]] = []
    plans: list[ReturnPlan] = []
    bid_rows = {b.id: b for b in bids}
    for g in got:
        bid = bid_rows.get(g.bid_id) if g.bid_id is not None else None
        changes = _differences(g, bid, stored_records.get(row_id(bid), ()) if bid else (), stored_responses, fields)
        action = "create" if bid is None else ("update" if changes else "unchanged")
        if action != "unchanged":
            try:
                lifecycle.require_bids_editable(t.status)
            except CoopEvalError as exc:
                why = f"{str(exc)[0].lower()}{str(exc)[1:]}"
                message = _("would update the bid of {name} ({identifier}), but {why}").format(
                    name=bid.legal_name, identifier=bid.identifier, why=why) if bid else \
                    _("would add a bid for {name}, but {why}").format(name=g.details["legal_name"], why=why)
                problems.append(ReturnProblem(g.file, "", message))
        responses = tuple(ResponseLine(line.measure.code, line.title, line.text, line.quantity, line.unit,
                                       line.page_refs) for line in g.responses)
        plan = ReturnPlan(g.file, hashlib.sha256(g.data).hexdigest(), g.details["identifier"],
                          g.details["legal_name"], action, responses, tuple(changes) if bid is not None else ())
        plans.append(plan)
        work.append((g, plan))
    return ImportPreview(tuple(plans), tuple(problems)), work


_DETAIL_NAMES = {"legal_name": N_("Legal name"), "trading_name": N_("Trading name"),
                 "identifier": N_("Register identifier"), "address": N_("Registered address"),
                 "email": N_("Contact email")}


def _differences(g: _Got, bid: BidRow | None, records: Sequence[rec.RecordAnswer],
                 stored: dict[tuple[int, int], ResponseRow], fields: Sequence[RecordField]) -> list[FieldChange]:
    """Every difference between the return and what the workspace holds for its bid (none for a new bid)."""
    if bid is None:
        return []
    out: list[FieldChange] = []
    for key, value in g.details.items():
        before = getattr(bid, key) or ""
        if text_rules.normalise(before) != value:
            out.append(FieldChange(_(_DETAIL_NAMES[key]), before, value))  # i18n: no - marked with N_ above
    titles = {text_rules.identity_key(f.code): f for f in fields}
    codes = list(dict.fromkeys([text_rules.identity_key(a.code) for a in records] +
                               [text_rules.identity_key(a.code) for a in g.records]))
    for code in codes:
        old = [a for a in records if text_rules.identity_key(a.code) == code]
        new = [a for a in g.records if text_rules.identity_key(a.code) == code]
        if sorted((a.value, a.evidence) for a in old) != sorted((a.value, a.evidence) for a in new):
            f = titles.get(code)
            what = f"{f.local('title')} ({f.code})" if f else (old or new)[0].code
            out.append(FieldChange(what, _answers_text(old), _answers_text(new)))
    for line in g.responses:
        r = stored.get((row_id(bid), row_id(line.measure)))
        code = line.measure.code
        if text_rules.normalise(r.text if r else "") != line.text:
            out.append(FieldChange(_("{code} response").format(code=code), r.text if r else "", line.text))
        old_qty = r.quantity if r else None
        if (None if old_qty in (None, "") else Decimal(old_qty)) != (None if line.quantity is None else Decimal(line.quantity)):
            out.append(FieldChange(_("{code} quantity").format(code=code), old_qty or "", line.quantity or ""))
        if text_rules.normalise(r.page_refs if r else "") != line.page_refs:
            out.append(FieldChange(_("{code} page references").format(code=code), r.page_refs if r else "",
                                   line.page_refs))
    return out


def _answers_text(given: Sequence[rec.RecordAnswer]) -> str:
    return f"{layout.MULTI_SEPARATOR} ".join(
        _("{answer} (evidence: {evidence})").format(answer=a.value, evidence=a.evidence) if a.evidence else a.value
        for a in given)

