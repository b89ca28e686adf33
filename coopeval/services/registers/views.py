"""What the register and matching services return: frozen views, never rows."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RegisterImportView:
    id: int
    kind: str  # coops-uk | fca-mutuals | custom
    file_name: str
    sha256: str
    source: str
    entries: int
    live_entries: int
    imported_at: str
    imported_by: str
    current: bool  # the latest import of its kind: the one suppliers are matched against
    matched: int = 0  # suppliers matched automatically when it was imported
    candidates: int = 0
    unchanged: bool = False  # the same file (SHA-256 and kind) is already the current register: nothing written
    notes: tuple[str, ...] = ()  # "line N: …" for lines left out or read with a caveat (on import only)
    encoding: str = ""


@dataclass(frozen=True)
class EntryView:
    """One organisation of a register."""

    id: int
    kind: str
    number: str
    registrar: str
    name: str
    trading_name: str
    legal_form: str
    classification: str
    model: str
    democratic: bool
    postcode: str
    live: bool
    dissolved_on: str | None


@dataclass(frozen=True)
class MatchView:
    """One decision about a supplier (a row of `supplier_match`)."""

    id: int
    supplier_key: str
    supplier_name: str
    entry: EntryView | None
    method: str  # number | name | fuzzy | picked | hand
    status: str  # applied | candidate | rejected | replaced
    score: int | None
    model: str
    democratic: bool
    evidence: str
    made_at: str
    made_by: str


@dataclass(frozen=True)
class ReviewItem:
    """A supplier whose fuzzy candidates wait for a person: its spend and its candidates, best first."""

    supplier_key: str
    supplier_name: str
    company_number: str
    lines: int
    spend_pence: int
    candidates: tuple[MatchView, ...]


@dataclass(frozen=True)
class SupplierView:
    """A supplier of the council's spend and what is known of it."""

    supplier_key: str
    supplier_name: str
    company_number: str
    lines: int
    spend_pence: int
    status: str  # democratic | not-democratic | awaiting-review | unmatched
    model: str
    applied: MatchView | None


@dataclass(frozen=True)
class MatchSummary:
    matched: int  # applied automatically (by number or exact name)
    candidates: int  # new fuzzy candidates waiting for review
