"""Where things are in the XLSX response template: one module that the template writer
(`reporting.questionnaire.template`) and the return reader (`services.bids.returns`) both follow, so the two can
never drift apart.

A return is read by the hidden marker sheet, the keys in column A and the columns' fixed letters, never by styles,
defined names, headings or the order of the file's parts: Excel and LibreOffice Calc both rewrite those when they
save. A template may be written in English, Welsh or both (issue 22), so its sheets have different names: the marker
sheet (whose name never changes) records each sheet's role and name ("sheet:about" → "Amdanoch chi"), and the reader
finds every sheet through it. A template written before issue 22 has no such keys: its sheets have the English names.
"""

from __future__ import annotations

from coopeval.i18n import N_

TEMPLATE_FORMAT = 1  # the layout's version, in the marker sheet; a reader refuses one it does not know
# (issue 22 kept format 1: rows and columns are where they were; the marker only gained the optional keys below)

ABOUT = "About you"  # i18n: no - the sheets' English names (the names of every template written before issue 22)
RESPONSES = "Responses"  # i18n: no
LISTS = "Lists"  # i18n: no - hidden: the choice lists the drop-downs point at (Excel caps an inline list at 255 characters)
MARKER = "CoopEval"  # hidden and protected: what the return answers; the same name in every language

# The sheets by role, in English and Welsh; a bilingual template names each "Welsh - English" (Welsh first).
SHEET_ROLES = ("about", "responses", "lists")
SHEET_NAMES = {"en": {"about": ABOUT, "responses": RESPONSES, "lists": LISTS},  # i18n: no
               "cy": {"about": "Amdanoch chi", "responses": "Ymatebion", "lists": "Rhestrau"}}  # i18n: no
BILINGUAL_SEPARATOR = " - "  # a sheet name may not hold "/"
SHEET_KEY = "sheet:"  # the marker's key for a sheet's name: "sheet:about"


def sheet_name(role: str, languages: tuple[str, ...]) -> str:
    """The name of the sheet with `role` in a template written in `languages` (("cy", "en"): both, Welsh first)."""
    names = list(dict.fromkeys(SHEET_NAMES.get(code, SHEET_NAMES["en"])[role] for code in languages))
    return BILINGUAL_SEPARATOR.join(names)[:31]  # Excel's limit on a sheet's name


def known_names(role: str) -> tuple[str, ...]:
    """Every name a sheet with `role` has had: what a reader tries when the marker does not name it."""
    return tuple(dict.fromkeys(sheet_name(role, codes) for codes in (("en",), ("cy",), ("cy", "en"))))


# The marker sheet: key in column A, value in column B, from row 1.
MARKER_TITLE = "CoopEval response template"  # i18n: no - A1; B1 holds TEMPLATE_FORMAT
MARKER_KEYS = ("format", "tender_reference", "setup_fingerprint", "measures", "record_fields", "made_at",
               "language", "sheet:about", "sheet:responses", "sheet:lists")
# "measures" and "record_fields": the codes in the sheets' order, separated by single spaces. "language" (en, cy or
# cy+en) and the "sheet:" keys were added by issue 22; a template without them is English.

# "About you": one row per field from FIRST_ROW; column A holds the field's key (hidden from nobody: the officer and
# the bidder both read it), B what it is, C the answer (unlocked), D the evidence reference (unlocked where the
# field takes evidence), E guidance.
ABOUT_FIRST_ROW = 5
ABOUT_COLUMNS = {"key": "A", "label": "B", "answer": "C", "evidence": "D", "guidance": "E"}
# The bid's own details, in the sheet's order: (key, what it is, required). Record fields follow as "record:<CODE>".
# What each is: in English, marked for translation (translate it with `_()` where it is shown).
BID_DETAILS = (("legal_name", N_("Legal name"), True), ("trading_name", N_("Trading name"), False),
               ("identifier", N_("Register identifier (Companies House, FCA mutuals or charity number)"), True),
               ("address", N_("Registered address"), False), ("email", N_("Contact email"), True))
RECORD_KEY = "record:"
MULTI_SEPARATOR = ";"  # a "choices" field: several choices from the list, separated by semicolons

# "Responses": one row per measure from FIRST_ROW, in the tender's order; column A the measure's code.
RESPONSES_FIRST_ROW = 5
RESPONSE_COLUMNS = {"code": "A", "title": "B", "guidance": "C", "evidence": "D", "word_limit": "E",
                    "response": "F", "quantity": "G", "unit": "H", "page_refs": "I"}
PERCENT_UNITS = ("%", "percent", "per cent", "percentage")  # i18n: no - a quantity Excel stored as 0.12 with a % format is 12


def is_percent_unit(unit: str | None) -> bool:
    """Whether a measure's unit is a percentage: one of PERCENT_UNITS alone or followed by what it is a share of
    ("% of contract value", "percent of staff"). Its quantity is 0 to 100; a cell Excel shows with a % format
    (it stores 12% as 0.12) is read as 12."""
    text = " ".join((unit or "").lower().split())
    return any(text == p or text.startswith(p + " ") for p in PERCENT_UNITS)
