"""What the records services return: frozen views, never rows."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Retention:
    """How long the tender's record must be kept (PA 2023 s.98: at least three years from the contract's entry into
    force)."""

    until: str | None  # ISO date; None while it cannot be known
    text: str  # "keep until 31 Mar 2030 (three years from the contract entered into on 31 Mar 2027)", or "to be
    # set at award"
    source: str  # contract | officer | unset


@dataclass(frozen=True)
class BundleEntry:
    name: str  # the path inside the bundle
    sha256: str
    size: int
    kind: str  # report | summary | tender-json | audit-json | audit-csv | framework | questionnaire | return |
    # evidence | delivery-return | other


@dataclass(frozen=True)
class BundleView:
    path: str
    entries: tuple[BundleEntry, ...]
    manifest_sha256: str
    audit_head: str
    retention: Retention
    signed_by: str


@dataclass(frozen=True)
class BundleCheck:
    name: str  # what was checked ("manifest signature", "file reports/EV-2026-014 report.pdf", …)
    ok: bool
    detail: str


@dataclass(frozen=True)
class BundleReport:
    ok: bool
    checks: tuple[BundleCheck, ...]
    problems: tuple[str, ...]  # one line per problem, naming the file
