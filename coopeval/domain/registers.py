"""Registers of co-operative and democratic businesses: the layouts CoopEval reads, what their
classifications mean for the council's spend figures, registered numbers in one form, and the
digest that shows an imported register's entries are unchanged.

Three kinds of register are read (the council downloads its own; CoopEval ships none):

- "coops-uk": the Co-operatives UK open data organisations file;
- "fca-mutuals": an extract of the FCA Mutuals Public Register (registered societies);
- "custom": the council's own list, in the layout docs/spend-and-registers.md describes.

Each kind names, for each field, the column headings it is known by; headings are compared
ignoring case, spaces and punctuation ("Registered Number", "registered_number", "REGISTERED-NUMBER").
An entry's classification maps to one of the framework's ownership choices (the CV-REC-OWNERSHIP
field of frameworks/coop-values.toml) and to whether it counts as co-operative or democratic.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from coopeval.i18n import _

# The framework's ownership choices (CV-REC-OWNERSHIP) and those it counts as democratic.
MODELS: tuple[str, ...] = (
    "worker co-operative", "consumer co-operative", "multi-stakeholder co-operative", "community-owned",
    "employee-owned (direct)", "employee-owned (trust)", "public service mutual", "social enterprise",
    "investor-owned", "other",
)
DEMOCRATIC_MODELS: frozenset[str] = frozenset({
    "worker co-operative", "consumer co-operative", "multi-stakeholder co-operative", "community-owned",
    "employee-owned (direct)", "public service mutual",
})

# Fields an entry may have; `name` is always required.
FIELDS: tuple[str, ...] = (
    "source_id", "number", "registrar", "name", "trading_name", "legal_form", "postcode", "nation",
    "classification", "status", "incorporated_on", "dissolved_on", "model", "democratic",
)


@dataclass(frozen=True)
class Kind:
    key: str
    label: str
    columns: Mapping[str, tuple[str, ...]]  # field -> heading variants, the register's own first
    required: tuple[str, ...]


KINDS: dict[str, Kind] = {
    "coops-uk": Kind(
        "coops-uk", "Co-operatives UK open data",
        {
            "source_id": ("CUK Organisation ID", "Organisation ID", "CUK ID"),
            "number": ("Registered Number", "Registration Number", "Company Number", "Society Number"),
            "registrar": ("Registrar",),
            "name": ("Registered Name", "Organisation Name", "Name"),
            "trading_name": ("Trading Name", "Trading As"),
            "legal_form": ("Legal Form",),
            "postcode": ("Registered Postcode", "Postcode"),
            "nation": ("UK Nation", "Nation", "Country"),
            "classification": ("Ownership Classification", "Ownership Type", "Ownership"),
            "status": ("Registered Status", "Status"),
            "incorporated_on": ("Incorporation Date", "Date of Incorporation", "Registration Date"),
            "dissolved_on": ("Dissolved Date", "Date Dissolved", "Dissolution Date"),
        },
        ("name", "number", "classification"),
    ),
    "fca-mutuals": Kind(
        "fca-mutuals", "FCA Mutuals Public Register extract",
        {
            "name": ("Society Name", "Name", "Mutual Name", "Firm Name", "Registered Name"),
            "number": ("Society Number", "Registration Number", "Register Number", "Registered Number",
                       "Mutual Number", "Number"),
            "classification": ("Registration Type", "Registered As", "Society Type", "Type", "Mutual Type"),
            "status": ("Status", "Registration Status", "Current Status", "Society Status"),
            "incorporated_on": ("Registration Date", "Date Registered", "Registered Date", "Registered On"),
            "dissolved_on": ("Deregistration Date", "Date Deregistered", "Deregistered Date", "Cancellation Date",
                             "Date Cancelled", "Dissolved Date"),
            "postcode": ("Postcode", "Registered Office Postcode", "Post Code"),
            "trading_name": ("Trading Name", "Trading As"),
        },
        ("name", "number"),
    ),
    "custom": Kind(
        "custom", "The council's own list",
        {
            "name": ("Name", "Organisation Name", "Registered Name", "Supplier Name"),
            "number": ("Number", "Registered Number", "Company Number", "Society Number", "Registration Number"),
            "trading_name": ("Trading Name", "Trading As"),
            "model": ("Ownership model", "Ownership", "Model"),
            "democratic": ("Democratic",),
            "legal_form": ("Legal Form",),
            "postcode": ("Postcode",),
            "status": ("Status",),
            "dissolved_on": ("Dissolved Date", "Dissolved"),
            "classification": ("Classification", "Notes"),
        },
        ("name",),
    ),
}


def heading_key(text: str) -> str:
    """A heading as compared: case, spaces and punctuation ignored."""
    return re.sub(r"[\W_]+", "", text.casefold())


def map_headings(kind: str, headings: Sequence[str]) -> tuple[dict[str, int], list[str]]:
    """Which column holds each field of `kind` (the first heading that fits, variants in order of
    preference), and the required fields no heading fits, by their register's own heading."""
    spec = KINDS[kind]
    keys = [heading_key(h) for h in headings]
    found: dict[str, int] = {}
    taken: set[int] = set()
    for field, variants in spec.columns.items():
        for variant in variants:
            wanted = heading_key(variant)
            index = next((i for i, k in enumerate(keys) if k == wanted and i not in taken), None)
            if index is not None:
                found[field] = index
                taken.add(index)
                break
    missing = [spec.columns[f][0] for f in spec.required if f not in found]
    return found, missing


# --- numbers ---------------------------------------------------------------------------------------------------

_PREFIXED = re.compile(r"^(SC|NI|OC|SO|NC|R|IP)(\d+)$")


def register_number(text: str, *, pad: bool = True) -> str:
    """A registered number in one form: upper case, spaces and dots removed. A Companies House
    number given as digits only is padded with zeros to 8 ("1234567" → "01234567"); prefixed ones
    (SC, NI, OC, SO, NC, R, IP) and society numbers such as "12345R" or "IP12345R" are kept as
    given. `pad=False` keeps digits unpadded (a society number from the FCA register is not a
    Companies House number and must not collide with one)."""
    value = re.sub(r"[\s.]+", "", text or "").upper()
    if pad and value.isdigit() and len(value) < 8 and value.isascii():
        return value.zfill(8)
    return value


def number_variants(number: str) -> tuple[str, ...]:
    """The forms one society number is written in: "IP12345R" and "12345R" are the same society."""
    if not number:
        return ()
    match = re.fullmatch(r"IP(\d+R?)", number)
    if match:
        return (number, match.group(1))
    if re.fullmatch(r"\d+R", number):
        return (number, "IP" + number)
    return (number,)


def canonical_number(number: str) -> str:
    """One form for each organisation's number: a society's "IP12345R" is "12345R"."""
    match = re.fullmatch(r"IP(\d+R)", number)
    return match.group(1) if match else number


# --- classification -------------------------------------------------------------------------------------------

# (words in the classification, model); the first that fits wins, so narrower words come first.
_CLASSIFICATIONS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("employee ownership trust", "employee owned trust", "employee-owned trust", "eot", "trust owned"),
     "employee-owned (trust)"),
    (("public service mutual",), "public service mutual"),
    (("social enterprise",), "social enterprise"),
    (("investor",), "investor-owned"),
    (("multi", "stakeholder", "hybrid", "solidarity"), "multi-stakeholder co-operative"),
    (("employee owned", "employee-owned", "employee ownership"), "employee-owned (direct)"),
    (("worker", "employee"), "worker co-operative"),
    (("community benefit", "bencom", "community owned", "community"), "community-owned"),
    (("consumer", "customer", "user", "tenant", "member", "credit union", "building society", "retail"),
     "consumer co-operative"),
)


def classify(classification: str, *, model: str = "", democratic: str = "") -> tuple[str, bool]:
    """The ownership model and whether it counts as democratic for a register entry.

    With `model` given (a custom register) it must be one of the framework's choices (case ignored;
    ValueError otherwise) and `democratic` ("yes"/"no", or blank for the model's own answer) decides;
    otherwise the register's classification is read for known words, and an entry whose words say
    nothing is "other", counted as democratic because it is on a register of co-operatives."""
    if model.strip():
        chosen = next((m for m in MODELS if m == model.strip().casefold()), None)
        if chosen is None:
            raise ValueError(_("the ownership model {model!r} is not one of: {MODELS}").format(model=model.strip(), MODELS=', '.join(MODELS)))
        return chosen, _yes_no(democratic, chosen in DEMOCRATIC_MODELS)
    given = " ".join(classification.casefold().split())
    if given in MODELS:  # the framework's own words, e.g. "employee-owned (trust)", mean just that
        return given, _yes_no(democratic, given in DEMOCRATIC_MODELS)
    words = " " + re.sub(r"[^\w-]+", " ", given) + " "
    for needles, found in _CLASSIFICATIONS:
        if any(f" {n} " in words or (len(n) > 4 and n in words) for n in needles):
            return found, _yes_no(democratic, found in DEMOCRATIC_MODELS)
    return "other", _yes_no(democratic, True)


def _yes_no(text: str, default: bool) -> bool:
    value = text.strip().casefold()
    if not value:
        return default
    if value in ("yes", "y", "true", "1"):
        return True
    if value in ("no", "n", "false", "0"):
        return False
    raise ValueError(_("Democratic must be yes or no, not {text!r}").format(text=text.strip()))


# --- live or dissolved -------------------------------------------------------------------------------------------

_DEAD_WORDS = ("dissolved", "dead", "deregist", "de-regist", "cancel", "removed", "closed", "struck", "inactive",
               "liquidat", "wound up", "ceased", "expired", "converted")

_DATE_FORMATS = ("%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d", "%d %b %Y", "%d-%b-%Y", "%d %B %Y", "%d/%m/%y",
                 "%d-%b-%y", "%Y/%m/%d")


def parse_day(text: str) -> date | None:
    """A register's date, day first (UK), with an optional time after it; None when it is not a date."""
    value = text.strip()
    value = re.sub(r"[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$", "", value).strip()
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    return None


def is_live(status: str, dissolved: str) -> bool:
    """An entry is live unless its status says otherwise or it has a dissolved date."""
    folded = status.casefold()
    return not dissolved.strip() and not any(word in folded for word in _DEAD_WORDS)


# --- digest ---------------------------------------------------------------------------------------------------------

DIGEST_FIELDS: tuple[str, ...] = (
    "line_no", "source_id", "number", "registrar", "name", "trading_name", "name_key", "trading_key",
    "legal_form", "classification", "model", "democratic", "postcode", "status", "live", "dissolved_on",
)


def entries_digest(entries: Iterable[Mapping[str, Any]]) -> str:
    """SHA-256 over the entries' content, in line order: recomputed from the stored entries, it
    shows they are the ones imported (register_entry is not audited row by row)."""
    digest = hashlib.sha256()
    for entry in sorted(entries, key=lambda e: int(e["line_no"])):
        values = [entry.get(f) for f in DIGEST_FIELDS]
        values = [bool(v) if f in ("democratic", "live") else v for f, v in zip(DIGEST_FIELDS, values)]
        digest.update(json.dumps(values, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
        digest.update(b"\n")
    return digest.hexdigest()
