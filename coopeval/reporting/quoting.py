"""How much of a stored text a PDF quotes, and how long text is laid out.

Any stored text must report, however long: text stored before a limit existed, or by an import
that skipped it, can be far longer than the app now allows. So before a report or summary is laid
out, `bounded` cuts every text field at the limit its field has for new input (from
`coopeval.domain.text.FIELDS`), saying where it was cut and that the full text is in the
workspace (the exports hold it in full). Runs of blank lines are closed up to one. A report's time
then depends on the record's size, never on one field's.

ReportLab lays out and splits one paragraph in time that grows with the square of its length
(each page split re-wraps what is left), so `chunks` gives long text as several short
paragraphs, broken at line ends, else sentence ends, else spaces.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any, TypeVar

from coopeval.domain.text import FIELDS

T = TypeVar("T")

CHUNK = 1_200  # characters of user text laid out as one paragraph at most
CHUNK_LINES = 30  # lines of user text laid out as one paragraph at most
DEFAULT_LIMIT = 20_000  # text with no field of its own (framework text, our own wording)
NAME_LIMIT = 2 * FIELDS["bid.legal_name"].limit + 20  # "legal name (trading as trading name)"
KEEP = frozenset({"reference", "identifier", "audit_head", "id", "code", "status", "kind"})  # identities: exact

# Report attributes (by name, across the report's dataclasses) and the stored field each quotes.
_FIELD_OF = {
    "title": "framework.title", "authority": "tender.authority", "description": "tender.description",
    "legal_name": "bid.legal_name", "trading_name": "bid.trading_name", "withdrawn_reason": "bid.withdrawn_reason",
    "response": "response.text", "page_refs": "response.page_refs", "email": "member.email",
    "member": "member.name", "recorded_by": "member.name", "resolved_by": "member.name", "present": "member.name",
    "details": "declaration.details", "resolution_note": "declaration.resolution_note",
    "rationale": "score.rationale", "abstain_reason": "score.abstain_reason", "evidence_refs": "score.evidence_refs",
    "consensus_rationale": "consensus.rationale", "explanation": "consensus.rationale",
    "own_explanation": "consensus.rationale", "winner_explanation": "consensus.rationale",
    "quantity_reason": "consensus.quantity_reason", "statement": "signoff.statement",
}
LIMITS = {name: FIELDS[field].limit for name, field in _FIELD_OF.items()} | {
    "name": NAME_LIMIT, "short_name": NAME_LIMIT, "scope": NAME_LIMIT}
_BLANK_RUNS = re.compile(r"\n[ \t]*(?:\n[ \t]*){2,}")


def quote(value: str, limit: int) -> str:
    """`value` as a report quotes it: blank-line runs closed up, cut at `limit` with a note."""
    if "\n\n\n" in value or "\n \n" in value or "\n\t\n" in value:
        value = _BLANK_RUNS.sub("\n\n", value)
    if len(value) <= limit:
        return value
    cut = value[:limit]
    space = cut.rfind(" ", limit - 80)
    if space > 0:
        cut = cut[:space]
    return (f"{cut.rstrip()} … [the report quotes the first {len(cut):,} of {len(value):,} characters; "
            "the full text is in the workspace]")


def bounded(data: T) -> T:
    """A copy of a report's data (any tree of frozen dataclasses and tuples) with every text field
    quoted within its limit. Identities (references, identifiers, codes, the audit head) stay exact."""
    return _bound(data, DEFAULT_LIMIT)  # type: ignore[no-any-return]


def _bound(value: Any, limit: int) -> Any:
    if isinstance(value, str):
        return quote(value, limit)
    if isinstance(value, tuple):
        return tuple(_bound(v, limit) for v in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for f in dataclasses.fields(value):
            if f.name in KEEP:
                continue
            old = getattr(value, f.name)
            new = _bound(old, LIMITS.get(f.name, DEFAULT_LIMIT))
            if new is not old and new != old:
                changes[f.name] = new
        return dataclasses.replace(value, **changes) if changes else value
    return value


def chunks(value: str) -> list[str]:
    """`value` as paragraphs of at most CHUNK characters and CHUNK_LINES lines (one if it is short)."""
    if len(value) <= CHUNK and value.count("\n") < CHUNK_LINES:
        return [value]
    out: list[str] = []
    lines: list[str] = []
    size = 0
    for line in value.split("\n"):
        while len(line) > CHUNK:
            head, line = _split_line(line)
            if lines:
                out.append("\n".join(lines))
                lines, size = [], 0
            out.append(head)
        if lines and (size + len(line) > CHUNK or len(lines) >= CHUNK_LINES):
            out.append("\n".join(lines))
            lines, size = [], 0
        lines.append(line)
        size += len(line) + 1
    if lines:
        out.append("\n".join(lines))
    return out


def _split_line(line: str) -> tuple[str, str]:
    """A long line cut before CHUNK: after a sentence if one ends in the second half, else at a space."""
    window = line[:CHUNK]
    cut = max(window.rfind(". "), window.rfind("? "), window.rfind("! "), window.rfind("; "))
    if cut >= CHUNK // 2:
        return line[:cut + 1], line[cut + 2:]
    cut = window.rfind(" ")
    if cut >= CHUNK // 2:
        return line[:cut], line[cut + 1:]
    return window, line[CHUNK:]
