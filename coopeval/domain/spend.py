"""A council's published spend (the Local Government Transparency Code's "payments over £500"), read as an untrusted
CSV: which column holds what, UK dates, pounds in any of the ways councils write them, the file's encoding and
delimiter, and each line's identity.

- Columns: `FIELDS`; `guess_columns` recognises the usual headers (case, spacing and punctuation ignored) and
  prefers a net amount over a gross one; `find_header` looks in the first `HEADER_SEARCH` rows for the row that
  names the `REQUIRED` fields (councils put title lines above the header).
- Dates are always day first: 31/03/2027, 31-03-2027, 31.03.2027, 2027-03-31, 31-Mar-2027, 31 Mar 2027, 31-Mar-27,
  31/03/27, with or without a time.
- Amounts are exact pence: "£1,234.56", "-1,234.56", "(1,234.56)", "1,234.56 CR", "-£5", "£-5"; more than two
  decimals that are not zeros are refused rather than rounded.
- A line's key (`line_key`) is SHA-256 over its whole normalised content and its occurrence among identical lines of
  the same file, so re-importing a file or an overlapping one adds nothing twice, while two identical payments in
  one file are both kept. `lines_digest` is SHA-256 over an import's keys, sorted, so it can be recomputed from the
  stored lines in any order.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import re
import unicodedata
from collections.abc import Iterable, Sequence

from coopeval.domain import text as text_rules
from coopeval.i18n import _

FIELDS = ("date", "supplier", "amount", "supplier_id", "company_number", "transaction", "expense_area")
REQUIRED = ("date", "supplier", "amount")
LABELS = {"date": "Date paid", "supplier": "Supplier name", "amount": "Amount (£)", "supplier_id": "Supplier ID",
          "company_number": "Company number", "transaction": "Transaction number", "expense_area": "Expense area"}
HEADER_SEARCH = 20  # rows looked at for the header
MAX_BYTES = 200 * 1024 * 1024
LIMITS = {"supplier": 300, "supplier_id": 100, "company_number": 40, "transaction": 100, "expense_area": 200}
MAX_PENCE = 10**13  # £100 billion: anything larger is a mistake in the file

# Each field's headers, as `header_token` gives them, in order of preference (the first found is used).
VARIANTS: dict[str, tuple[str, ...]] = {
    "date": ("payment date", "date paid", "paid date", "date of payment", "payment made date", "pay date",
             "transaction date", "invoice payment date", "posting date", "effective date", "date"),
    "supplier": ("supplier name", "supplier", "beneficiary", "beneficiary name", "vendor name", "vendor", "payee",
                 "payee name", "creditor name", "creditor", "merchant name", "supplier full name", "recipient",
                 "recipient name"),
    "amount": ("net amount", "amount net", "net value", "net", "amount excluding vat", "amount excl vat",
               "amount ex vat", "net amount excluding vat", "amount", "value", "amount paid", "payment amount",
               "total amount", "gross amount", "amount gross", "gross value", "gross", "total"),
    "supplier_id": ("supplier id", "vendor id", "supplier number", "vendor number", "supplier code", "vendor code",
                    "supplier reference", "supplier ref", "creditor number", "creditor id", "payee id"),
    "company_number": ("company number", "company registration number", "company reg number", "company reg no",
                       "company no", "companies house number", "registered company number",
                       "company registration no", "registration number"),
    "transaction": ("transaction number", "transaction no", "transaction id", "transaction reference",
                    "transaction ref", "transaction", "payment reference", "payment number", "payment id",
                    "document number", "document no", "reference", "ref"),
    "expense_area": ("expense area", "service area", "directorate", "department", "service",
                     "service division", "expenditure area", "service area categorisation", "cost centre name",
                     "cost centre", "service label"),
}

_TOKEN = re.compile(r"[^0-9a-z]+")


def header_token(header: str) -> str:
    """A header compared case, spacing and punctuation ignored: "Amount (£)" → "amount", "Transaction No." →
    "transaction no"."""
    return _TOKEN.sub(" ", unicodedata.normalize("NFKC", header).casefold()).strip()


def guess_columns(headers: Sequence[str]) -> dict[str, str]:
    """Field → header as written, for every field whose header is recognised (maybe not all required ones)."""
    by_token: dict[str, str] = {}
    for header in headers:
        by_token.setdefault(header_token(header), header)
    found: dict[str, str] = {}
    used: set[str] = set()
    for name in FIELDS:
        for variant in VARIANTS[name]:
            header = by_token.get(variant, "")
            if header and header not in used:
                found[name] = header
                used.add(header)
                break
    return found


def missing_required(columns: dict[str, str]) -> list[str]:
    return [f for f in REQUIRED if not columns.get(f)]


def column_indexes(headers: Sequence[str], columns: dict[str, str]) -> dict[str, int] | None:
    """Field → column index of a mapping's headers in a header row (exact, else case and punctuation ignored);
    None when a required field's header is not in the row."""
    exact = {h.strip(): i for i, h in reversed(list(enumerate(headers)))}
    loose = {header_token(h): i for i, h in reversed(list(enumerate(headers)))}
    found: dict[str, int] = {}
    for name, header in columns.items():
        if name not in FIELDS or not header:
            continue
        index = exact.get(header.strip())
        if index is None:
            index = loose.get(header_token(header))
        if index is not None:
            found[name] = index
    return None if missing_required({k: "x" for k in found}) else found


def ambiguous_columns(headers: Sequence[str], indexes: dict[str, int]) -> list[str]:
    """Why the columns used are ambiguous: a used column whose header (case and punctuation ignored) is the header
    of another column too, so which of them holds the field cannot be told ("Amount" twice)."""
    tokens = [header_token(h) for h in headers]
    found = []
    for name, index in indexes.items():
        same = [i + 1 for i, token in enumerate(tokens) if token == tokens[index]]
        if len(same) > 1:
            found.append(_("the {LABELS} could be in any of columns "
                         "{map} ({headers!r}); rename all but one of them").format(LABELS=LABELS[name].lower(), map=', '.join(map(str, same)), headers=headers[index].strip()))
    return found


def find_header(rows: Sequence[Sequence[str]], columns: dict[str, str] | None) -> tuple[int, dict[str, str]] | None:
    """The index of the header row among the first `HEADER_SEARCH` rows and the columns used: `columns` (a chosen
    mapping) if given, else those guessed from the row. None when no row names the required fields."""
    for index, row in enumerate(rows[:HEADER_SEARCH]):
        headers = [cell.strip() for cell in row]
        if columns is not None:
            if column_indexes(headers, columns) is not None:
                return index, dict(columns)
        else:
            guessed = guess_columns(headers)
            if not missing_required(guessed):
                return index, guessed
    return None


# --- encodings and delimiters ------------------------------------------------------------------------------------

_CP1252 = {i: c for i, c in enumerate(bytes(range(256)).decode("cp1252", errors="replace")) if c != "\ufffd"}


def decode(data: bytes) -> tuple[str, str]:
    """The text of a CSV and the encoding it was read in: a BOM says (UTF-8 or UTF-16); else UTF-8 if it is;
    else UTF-16 without a BOM when its NUL bytes show it; else Windows-1252 (the five bytes it leaves undefined
    read as Latin-1)."""
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            pass
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    sample = data[:4096]
    if len(sample) >= 4 and sample.count(0) * 4 >= len(sample):  # a quarter NULs: text in UTF-16, not 8
        odd, even = sample[1::2].count(0), sample[0::2].count(0)
        try:
            return data.decode("utf-16-le" if odd >= even else "utf-16-be"), "utf-16"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("latin-1").translate(_CP1252), "cp1252"


_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def mixed_encoding_line(data: bytes, encoding: str) -> int | None:
    """The number of a line written in UTF-8 in a file otherwise not UTF-8 (read as Windows-1252, where "é" in
    UTF-8 would silently become "Ã©"), or None."""
    if encoding != "cp1252":
        return None
    m = _UTF8_SEQUENCE.search(data)
    return None if m is None else data.count(b"\n", 0, m.start()) + 1


def sniff_delimiter(text: str) -> str:
    """, ; tab or |: the one that splits the first lines into the same number of cells most often."""
    lines = [line for line in text[:65536].splitlines()[:HEADER_SEARCH + 10] if line.strip()]
    best, best_score = ",", 0
    for delimiter in (",", ";", "\t", "|"):
        counts: dict[int, int] = {}
        for line in lines:
            n = len(next(csv.reader([line], delimiter=delimiter), [])) - 1 if delimiter in line else 0
            if n > 0:
                counts[n] = counts.get(n, 0) + 1
        if counts:
            n, times = max(counts.items(), key=lambda item: (item[1], item[0]))
            score = times * 1000 + n
            if score > best_score:
                best, best_score = delimiter, score
    return best


def file_kind_problem(data: bytes) -> str | None:
    """Why these bytes are clearly not a CSV at all, or None."""
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        return _("is empty: there is no spend in it")
    if data.startswith(b"PK\x03\x04"):
        return (_("is an Excel workbook or another zipped file, not a CSV: open it in Excel or LibreOffice Calc and "
                "save it as CSV first"))
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        return _("is an old Excel (.xls) workbook, not a CSV: open it in Excel or LibreOffice Calc and save it as CSV")
    if data.startswith(b"%PDF"):
        return _("is a PDF, not a CSV: ask for the spend as a CSV download")
    return None


# --- values --------------------------------------------------------------------------------------------------------

_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december")
_MONTH_WORDS = {**{n: i for i, n in enumerate(_MONTH_NAMES, start=1)},
                **{n[:3]: i for i, n in enumerate(_MONTH_NAMES, start=1)}, "sept": 9}
_TIME = r"(?:[ T]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
_DMY = re.compile(r"(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})" + _TIME)
_YMD = re.compile(r"(\d{4})([/\-])(\d{1,2})\2(\d{1,2})" + _TIME)
_D_MON_Y = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?[\- ]+([A-Za-z]{3,9})\.?[\- ,]+(\d{4}|\d{2})" + _TIME)


# Dates a spend line may have: the Transparency Code's spend files began in 2010, so a date before 2000 is a typing
# mistake or a spreadsheet's day 0 (1900); a payment is published after it is made, so one more than a year after
# today is a typing mistake too ("2062" for "2026").
EARLIEST = dt.date(2000, 1, 1)
LATEST_AHEAD = dt.timedelta(days=366)


def date_window_problem(day: dt.date, today: dt.date) -> str | None:
    """Why `day` cannot be a payment date of a spend file read on `today`, or None."""
    if day < EARLIEST:
        return _("the date {day:02d}/{month:02d}/{year:04d} is before {year2}: not a date of council spend").format(day=day.day, month=day.month, year=day.year, year2=EARLIEST.year)
    if day > today + LATEST_AHEAD:
        return _("the date {day:02d}/{month:02d}/{year:04d} is more than a year from today: not a payment made").format(day=day.day, month=day.month, year=day.year)
    return None


class ValueProblem(ValueError):
    """A value of a line that is not what its column needs; the message says what is wrong."""


def parse_date(value: str) -> dt.date:
    """A UK date, day first; ValueProblem saying how to write one."""
    text = value.strip()
    if not text:
        raise ValueProblem(_("the date is empty"))
    m = _DMY.fullmatch(text)
    if m:
        day, month, year = int(m[1]), int(m[3]), m[4]
    elif m := _YMD.fullmatch(text):
        day, month, year = int(m[4]), int(m[3]), m[1]
    elif m := _D_MON_Y.fullmatch(text):
        month = _MONTH_WORDS.get(m[2].casefold(), 0)
        day, year = int(m[1]), m[3]
        if not month:
            raise ValueProblem(_("the date {show} has no month we know").format(show=_show(value)))
    else:
        raise ValueProblem(_("the date {show} is not a date we can read; write it day first, as 31/03/2027").format(show=_show(value)))
    full_year = int(year) + 2000 if len(year) == 2 else int(year)
    try:
        return dt.date(full_year, month, day)
    except ValueError:
        raise ValueProblem(_("the date {value!r} is not a day of the calendar (dates are read day first)").format(value=value.strip())) \
            from None


_AMOUNT = re.compile(r"([-+]?)\s*(?:£|GBP)?\s*([-+]?)\s*(\d{1,3}(?:,\d{3})+|\d+|(?=\.\d))(?:\.(\d*))?\s*(-?)",
                     re.IGNORECASE)
_SUFFIX = re.compile(r"(.*?)\s*(CR|DR)\.?", re.IGNORECASE | re.DOTALL)


_PLAIN = re.compile(r"\s*(-?)£?(\d{1,3}(?:,\d{3})+|\d{1,12})(?:\.(\d\d?))?\s*")


def parse_pence(value: str) -> int:
    """Pounds as written in a spend file, in exact pence (negative for a credit); ValueProblem otherwise."""
    plain = _PLAIN.fullmatch(value)
    if plain is not None:  # the usual case, "1,234.56" or "-£5.5", read quickly
        pence = int(plain[2].replace(",", "")) * 100 + int((plain[3] or "0").ljust(2, "0"))
        if pence <= MAX_PENCE:
            return -pence if plain[1] else pence
    text = value.strip().replace("\u00a0", " ")
    if not text:
        raise ValueProblem(_("the amount is empty"))
    negatives = 0
    suffix = _SUFFIX.fullmatch(text)
    if suffix:
        text = suffix[1]
        negatives += suffix[2].upper() == "CR"
    if text.startswith("(") and text.endswith(")"):
        text, negatives = text[1:-1].strip(), negatives + 1
    m = _AMOUNT.fullmatch(text)
    if m is None or not (m[3] or m[4]):
        raise ValueProblem(_("the amount {show} is not a sum of pounds").format(show=_show(value)))
    negatives += (m[1] == "-") + (m[2] == "-") + (m[5] == "-")
    if negatives > 1 or (m[1] and m[2]):
        raise ValueProblem(_("the amount {show} says it is a credit more than once").format(show=_show(value)))
    decimals = m[4] or ""
    if len(decimals) == 3 and len(m[3] or "") <= 3:  # "1.500", never "1,234.500" or "1500.000"
        raise ValueProblem(_("the amount {show} could be thousands written the European way (1.500 for "
                           "1,500) or pounds and pence; write 1500.00 or 1.50").format(show=_show(value)))
    if len(decimals) > 2 and decimals[2:].strip("0"):
        raise ValueProblem(_("the amount {show} has fractions of a penny; amounts are exact pence").format(show=_show(value)))
    pence = int((m[3] or "0").replace(",", "")) * 100 + int((decimals[:2] or "0").ljust(2, "0"))
    if pence > MAX_PENCE:
        raise ValueProblem(_("the amount {show} is more than £100 billion").format(show=_show(value)))
    return -pence if negatives else pence


def _show(value: str) -> str:
    shown = value.strip()
    return repr(shown if len(shown) <= 40 else shown[:39] + "…")


_SPACES = re.compile(r"\s+")
# Invisible characters a copy, a paste or two files joined leave in a cell ("\ufeffAcme"): dropped, so the line is
# the same line as without them (its key) and the name reads as it shows.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


def clean_text(value: str, field: str) -> str:
    """A text cell as stored: Unicode NFC, invisible characters (zero-width spaces, a byte-order mark) dropped, white
    space collapsed to single spaces; ValueProblem when it holds a control character (saying where) or is too long."""
    limit = LIMITS.get(field, 200)
    if value.isascii() and value.isprintable():  # the usual case: nothing to refuse but the length
        text = " ".join(value.split())
        if len(text) <= limit:
            return text
    else:
        text = _SPACES.sub(" ", text_rules.normalise(value.replace("\t", " ").translate(_INVISIBLE))).strip()
    problem = text_rules.text_problem(text, "line", limit)
    if problem:
        raise ValueProblem(f"the {LABELS[field].lower()} {problem}")
    return text


# --- identity ------------------------------------------------------------------------------------------------------


def line_content(paid_on: str, supplier: str, pence: int, transaction: str, expense_area: str, supplier_id: str,
                 company_number: str) -> str:
    """The normalised content a line is identified by (before its occurrence number)."""
    return "\x1f".join((paid_on, supplier, str(pence), transaction, expense_area, supplier_id, company_number))


def line_key(content: str, occurrence: int) -> str:
    """SHA-256 of a line's `line_content` and its occurrence (1 for the first of identical lines in its file)."""
    return hashlib.sha256(f"{content}\x1e{occurrence}".encode()).hexdigest()


def lines_digest(keys: Iterable[str]) -> str:
    """SHA-256 over line keys, sorted, one a line: the same however the lines are ordered."""
    digest = hashlib.sha256()
    for key in sorted(keys):
        digest.update(key.encode("ascii"))
        digest.update(b"\n")
    return digest.hexdigest()


def is_totals_row(cells: Sequence[str], date_cell: str, supplier_cell: str) -> bool:
    """A totals line some councils end their file with: no date, and no supplier or a cell that says total."""
    if date_cell.strip():
        return False
    if not supplier_cell.strip():
        return True
    return any(cell.strip().casefold().rstrip(":").startswith(("total", "grand total", "sub total", "subtotal"))
               for cell in cells)
