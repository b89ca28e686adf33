"""What the after-award services hand out (issue 19): frozen dataclasses, never rows. Dates are ISO text
("2027-04-01"); exact numbers decimal text; money whole pence."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class AwardView:
    id: int
    tender_id: int
    bid_id: int
    bid_identifier: str
    supplier: str  # the winning bid's trading name, else its legal name
    notice_date: str
    entered_on: str | None
    start_on: str
    end_on: str
    value_pence: int
    summaries_sent_on: str | None
    standstill_applies: bool
    standstill_exemption: str  # a key of domain.standstill.EXEMPTIONS, or ""
    standstill_reason: str
    standstill_ends: str | None  # the last day of standstill
    withdrawn: bool
    withdrawn_reason: str
    made_at: str


@dataclass(frozen=True)
class CommitmentView:
    id: int
    tender_id: int
    award_id: int
    measure_id: int | None
    code: str
    position: int
    kind: str  # quantitative | qualitative
    text: str
    target: str | None
    unit: str | None
    direction: str | None
    s52_kpi: bool
    removed: bool
    made_at: str
    title: str = ""  # the measure's title
    delivered: str | None = None  # to date, by the rule in `entries` (accepted figures only), exact decimal text
    latest_rating: str | None = None  # a key of domain.ratings.RATINGS, for the latest rated period


@dataclass(frozen=True)
class ContractChangeView:
    id: int
    commitment_id: int
    code: str
    what: str
    before: str
    after: str
    reason: str
    made_at: str
    person: str | None = None  # who made it, from the audit log


@dataclass(frozen=True)
class DeliveryView:
    id: int
    tender_id: int
    commitment_id: int
    period: str  # "2027-Q1"
    actual: str | None
    answer: str | None  # yes | no | partly
    evidence_refs: str
    note: str
    check: str  # pending | accepted | queried | rejected
    check_reason: str
    source: str
    reported_at: str
    checked_at: str | None
    evidence_files: int = 0


@dataclass(frozen=True)
class RatingView:
    id: int
    tender_id: int
    commitment_id: int
    period: str  # "2027-2028"
    suggested: str
    rating: str
    reason: str
    made_at: str
