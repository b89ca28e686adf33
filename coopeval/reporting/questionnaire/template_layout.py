"""Where things are in the XLSX response template: one module that the template writer
(`reporting.questionnaire.template`) and the return reader (`services.bids.returns`) both follow, so the two can
never drift apart.

A return is read by sheet names, the keys in column A and the hidden marker sheet, never by styles, defined names
or the order of the file's parts: Excel and LibreOffice Calc both rewrite those when they save.
"""

from __future__ import annotations

TEMPLATE_FORMAT = 1  # the layout's version, in the marker sheet; a reader refuses one it does not know

ABOUT = "About you"
RESPONSES = "Responses"
LISTS = "Lists"  # hidden: the choice lists the drop-downs point at (Excel caps an inline list at 255 characters)
MARKER = "CoopEval"  # hidden and protected: what the return answers

# The marker sheet: key in column A, value in column B, from row 1.
MARKER_TITLE = "CoopEval response template"  # A1; B1 holds TEMPLATE_FORMAT
MARKER_KEYS = ("format", "tender_reference", "setup_fingerprint", "measures", "record_fields", "made_at")
# "measures" and "record_fields": the codes in the sheets' order, separated by single spaces.

# "About you": one row per field from FIRST_ROW; column A holds the field's key (hidden from nobody: the officer and
# the bidder both read it), B what it is, C the answer (unlocked), D the evidence reference (unlocked where the
# field takes evidence), E guidance.
ABOUT_FIRST_ROW = 5
ABOUT_COLUMNS = {"key": "A", "label": "B", "answer": "C", "evidence": "D", "guidance": "E"}
# The bid's own details, in the sheet's order: (key, what it is, required). Record fields follow as "record:<CODE>".
BID_DETAILS = (("legal_name", "Legal name", True), ("trading_name", "Trading name", False),
               ("identifier", "Register identifier (Companies House, FCA mutuals or charity number)", True),
               ("address", "Registered address", False), ("email", "Contact email", True))
RECORD_KEY = "record:"
MULTI_SEPARATOR = ";"  # a "choices" field: several choices from the list, separated by semicolons

# "Responses": one row per measure from FIRST_ROW, in the tender's order; column A the measure's code.
RESPONSES_FIRST_ROW = 5
RESPONSE_COLUMNS = {"code": "A", "title": "B", "guidance": "C", "evidence": "D", "word_limit": "E",
                    "response": "F", "quantity": "G", "unit": "H", "page_refs": "I"}
PERCENT_UNITS = ("%", "percent", "per cent", "percentage")  # a quantity Excel stored as 0.12 with a % format is 12


def is_percent_unit(unit: str | None) -> bool:
    """Whether a measure's unit is a percentage: one of PERCENT_UNITS alone or followed by what it is a share of
    ("% of contract value", "percent of staff"). Its quantity is 0 to 100; a cell Excel shows with a % format
    (it stores 12% as 0.12) is read as 12."""
    text = " ".join((unit or "").lower().split())
    return any(text == p or text.startswith(p + " ") for p in PERCENT_UNITS)
