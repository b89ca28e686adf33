"""What the services hand out: frozen dataclasses, never ORM rows, so no screen can write to the
database by accident and nothing goes stale behind a closed session."""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from decimal import Decimal
from typing import Any, TypeVar

from coopeval import i18n
from coopeval.domain.records import RecordAnswer

T = TypeVar("T")


def from_row(cls: type[T], row: Any, **extra: Any) -> T:
    # T is always a dataclass, which a TypeVar cannot say.
    values = {f.name: getattr(row, f.name) for f in fields(cls)  # type: ignore[arg-type]
              if f.name not in extra and hasattr(row, f.name)}
    return cls(**values, **extra)


@dataclass(frozen=True)
class TenderView:
    id: int
    reference: str
    title: str
    authority: str
    contract_value_pence: int | None
    duration_months: int | None
    description: str
    scale_id: str
    section_weight: str
    discuss_at: str
    split_above: str
    disqualify_on_threshold: bool
    min_rationale_chars: int
    status: str
    created_at: str
    updated_at: str
    deadline: str | None = None  # "2027-01-15T12:00", UK local time
    clarification_route: str = ""
    document_language: str = "en"  # "en", "cy" or "cy+en": the language of the tender's documents (issue 22)


@dataclass(frozen=True)
class MeasureView:
    id: int
    tender_id: int
    position: int
    framework_id: str
    framework_version: str
    code: str
    theme: str
    outcome: str
    kind: str
    weight: str
    method: str | None
    direction: str | None
    target: str | None
    bands: str | None
    minimum: str | None
    measure_json: str
    word_limit: int | None = None

    @property
    def detail(self) -> dict[str, Any]:
        return json.loads(self.measure_json)

    @property
    def title(self) -> str:
        """The measure's title in the current language: the framework's Welsh when Welsh is shown and it has it."""
        detail = self.detail
        return i18n.pick(str(detail.get("title", "")), str(detail.get("title_cy") or "") or None)

    @property
    def unit(self) -> str | None:
        return self.detail.get("unit")

    @property
    def weight_decimal(self) -> Decimal:
        return Decimal(self.weight)


@dataclass(frozen=True)
class BidView:
    id: int
    tender_id: int
    identifier: str
    legal_name: str
    trading_name: str
    address: str
    email: str
    org_form: str
    org_evidence: str
    received_on: str | None
    withdrawn: bool
    withdrawn_reason: str
    # its answers to the tender's record fields (a 1.0.0-era bid's org_form/org_evidence read as answers)
    records: tuple[RecordAnswer, ...] = ()

    @property
    def display_name(self) -> str:
        return self.trading_name or self.legal_name


@dataclass(frozen=True)
class ResponseView:
    id: int
    bid_id: int
    measure_id: int
    text: str
    page_refs: str
    quantity: str | None


@dataclass(frozen=True)
class MemberView:
    id: int
    tender_id: int
    name: str
    role: str
    email: str


@dataclass(frozen=True)
class DeclarationView:
    id: int
    tender_id: int
    member_id: int
    bid_id: int | None
    interest: str
    nature: str | None
    details: str
    declared_at: str
    resolution: str | None
    resolution_note: str
    resolved_by: str | None
    resolved_at: str | None
    superseded_by: int | None

    @property
    def current(self) -> bool:
        return self.superseded_by is None

    @property
    def needs_resolution(self) -> bool:
        return self.current and self.interest != "none" and self.resolution is None


@dataclass(frozen=True)
class ScoreView:
    id: int
    member_id: int
    bid_id: int
    measure_id: int
    value: int | None
    abstained: bool
    abstain_reason: str
    rationale: str
    evidence_refs: str
    status: str
    created_at: str
    updated_at: str
    submitted_at: str | None


@dataclass(frozen=True)
class ConsensusView:
    id: int
    bid_id: int
    measure_id: int
    value: int | None
    accepted_quantity: str | None
    quantity_reason: str
    rationale: str
    reached_by: str
    present: str
    recorded_by: str
    recorded_at: str

    @property
    def present_names(self) -> list[str]:
        return list(json.loads(self.present or "[]"))


@dataclass(frozen=True)
class SignOffView:
    id: int
    tender_id: int
    member_id: int
    round: int
    statement: str
    signed_at: str
