"""What a report is made from: frozen dataclasses the services fill and the renderers read.

Figures arrive already rounded for display (Decimals to 2 places, half up); text arrives as the
user typed it. Nothing here knows about the database. `SummaryData` is deliberately separate from
`ReportData`: an assessment summary is built from data that holds only the bidder concerned and
the most advantageous tender, so no renderer can leak another bidder's name by mistake.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from coopeval.domain import lifecycle, text
from coopeval.domain.framework import RecordField
from coopeval.domain.records import LEGACY_FORM, RecordAnswer


@dataclass(frozen=True)
class TenderInfo:
    reference: str
    title: str
    authority: str
    status: str  # draft | evaluation | moderation | signed_off
    status_label: str  # "signed off"
    description: str
    contract_value: str  # "£2,100,000.00", or "" when not given
    duration_months: int | None
    section_weight: Decimal  # the social value section's share of the whole evaluation, in %
    discuss_at: Decimal  # disagreement cut-offs, % of the scale's range
    split_above: Decimal
    disqualify_on_threshold: bool
    min_rationale_chars: int
    dates: tuple[tuple[str, str], ...]  # (what, when) in order: created, evaluation started, ...

    @property
    def signed_off(self) -> bool:
        return self.status in lifecycle.SIGNED_OFF_OR_LATER


@dataclass(frozen=True)
class PanelMember:
    name: str
    role: str
    email: str


@dataclass(frozen=True)
class FrameworkUse:
    id: str
    version: str
    name: str
    publisher: str
    licence: str
    source: str
    attribution: str
    measures: int  # how many of the tender's measures come from it


@dataclass(frozen=True)
class ScalePoint:
    value: int
    label: str
    descriptor: str


@dataclass(frozen=True)
class ScaleInfo:
    id: str
    name: str
    description: str
    points: tuple[ScalePoint, ...]

    @property
    def maximum(self) -> int:
        return self.points[-1].value

    def label(self, value: int | None) -> str:
        for p in self.points:
            if p.value == value:
                return p.label
        return ""


@dataclass(frozen=True)
class MeasureInfo:
    code: str
    title: str
    framework: str
    theme: str
    outcome: str
    kind: str  # qualitative | quantitative
    weight: Decimal  # points out of the section's 100
    minimum: str | None
    method: str | None  # relative | target | banded | record_only (quantitative only)
    direction: str | None  # higher | lower
    target: str | None
    bands: tuple[tuple[str, str], ...]  # (threshold, share 0..1)
    unit: str | None
    description: str


@dataclass(frozen=True)
class Declaration:
    member: str
    scope: str  # "the whole tender" or the bid's name
    interest: str
    nature: str | None
    details: str
    declared_at: str
    resolution: str | None
    resolution_note: str
    resolved_by: str | None
    resolved_at: str | None
    superseded: bool


@dataclass(frozen=True)
class ThemeHeading:
    framework: str
    theme: str
    available: Decimal  # weight on offer under the theme


@dataclass(frozen=True)
class RankedBid:
    rank: int | None  # None when disqualified
    identifier: str
    name: str  # legal name, with the trading name when it differs
    short_name: str  # the name people use (trading name, else legal name), for charts
    total: Decimal  # out of 100
    tender_points: Decimal  # total x section weight / 100
    disqualified: bool
    failed_thresholds: tuple[str, ...]
    themes: tuple[Decimal, ...]  # aligned with Results.themes


@dataclass(frozen=True)
class ThresholdFailure:
    identifier: str
    name: str
    code: str
    minimum: str
    value: str  # the score or quantity that fell short ("none" when there was none)


@dataclass(frozen=True)
class Results:
    provisional: bool
    themes: tuple[ThemeHeading, ...]
    ranking: tuple[RankedBid, ...]
    leaders: tuple[str, ...]  # identifiers of the bids ranked first
    sensitivity: str  # the verdict in words
    threshold_failures: tuple[ThresholdFailure, ...]
    section_weight_warning: str | None


@dataclass(frozen=True)
class EvaluatorScore:
    member: str
    value: int | None
    label: str  # the scale point's label, "" when abstained or unscored
    abstained: bool
    abstain_reason: str
    rationale: str
    evidence_refs: str
    status: str  # draft | submitted
    submitted_at: str | None


@dataclass(frozen=True)
class Item:
    """One bid's record on one measure."""

    code: str
    title: str
    kind: str
    response: str
    page_refs: str
    committed: str | None  # the bid's committed quantity (quantitative)
    accepted: str | None  # the quantity the panel accepted
    quantity_reason: str
    unit: str | None
    scores: tuple[EvaluatorScore, ...]
    spread: str  # agree | discuss | split | none ("" for quantitative)
    has_consensus: bool
    consensus_value: int | None
    consensus_label: str
    consensus_rationale: str
    reached_by: str
    present: tuple[str, ...]
    recorded_by: str
    recorded_at: str
    value: str  # the value scored (consensus, or provisional), as text; "" when none
    points: Decimal  # points earned out of the measure's weight
    weight: Decimal


@dataclass(frozen=True)
class BidDetail:
    identifier: str
    legal_name: str
    trading_name: str
    org_form: str
    received_on: str | None
    withdrawn: bool
    withdrawn_reason: str
    items: tuple[Item, ...]
    records: tuple[RecordAnswer, ...] = ()  # answers to the tender's record fields (a 1.0.0-era bid: its form)

    @property
    def name(self) -> str:
        if self.trading_name and self.trading_name != self.legal_name:
            return f"{self.legal_name} (trading as {self.trading_name})"
        return self.legal_name


@dataclass(frozen=True)
class SignOff:
    member: str
    role: str
    statement: str
    signed_at: str
    round: int


@dataclass(frozen=True)
class WholeReportLine:
    """One bid's line of the whole result (issue 21): points of the whole tender, 2 places."""

    rank: int | None
    identifier: str
    name: str
    social_value_points: Decimal
    other_points: tuple[Decimal | None, ...]  # in the criteria's order; None when not scored
    total: Decimal | None
    disqualified: bool


@dataclass(frozen=True)
class WholeReportScore:
    criterion: str
    identifier: str
    score: str  # exact decimal text
    reasons: str


@dataclass(frozen=True)
class WholeReport:
    """The council's other award criteria and the whole result, for the report's "Whole result" section."""

    section_weight: Decimal
    criteria: tuple[OtherCriterionInfo, ...]
    scores: tuple[WholeReportScore, ...]
    complete: bool
    lines: tuple[WholeReportLine, ...]
    most_advantageous: str | None
    problems: tuple[str, ...]


@dataclass(frozen=True)
class ReportData:
    tender: TenderInfo
    panel: tuple[PanelMember, ...]
    frameworks: tuple[FrameworkUse, ...]
    scale: ScaleInfo
    measures: tuple[MeasureInfo, ...]
    declarations: tuple[Declaration, ...]
    results: Results
    bids: tuple[BidDetail, ...]
    signoffs: tuple[SignOff, ...]
    audit_head: str
    made_at: str  # when the data was read, UTC ISO
    made_by: str
    app_version: str
    record_fields: tuple[RecordField, ...] = ()  # the tender's record fields, as the bids' answers name them
    whole: WholeReport | None = None  # the other award criteria and the whole result; None: none recorded

    @property
    def draft(self) -> bool:
        return not self.tender.signed_off


ORGANISATION_ROLES = ("legal_form", "status", "ownership")


def answers_to(field: RecordField, answers: tuple[RecordAnswer, ...]) -> list[RecordAnswer]:
    """A bid's answers to one record field, in the order given."""
    key = text.identity_key(field.code)
    return [a for a in answers if text.identity_key(a.code) == key]


def organisation(fields: tuple[RecordField, ...], answers: tuple[RecordAnswer, ...]) -> tuple[tuple[str, str], ...]:
    """What a report says of a bidder's organisation: (field title, its answers joined by "; ") for the fields of
    roles legal form, status and ownership that the bid answered, in the fields' order; for a bid entered before
    record fields, ("Form", its organisation form)."""
    out = [(f.title, "; ".join(a.value for a in answers_to(f, answers)))
           for f in fields if f.role in ORGANISATION_ROLES and answers_to(f, answers)]
    if not out:
        out = [("Form", a.value) for a in answers if a.code == LEGACY_FORM][:1]
    return tuple(out)


# --- assessment summaries -------------------------------------------------------------------


@dataclass(frozen=True)
class SummaryLine:
    """One criterion in an assessment summary, for one tender."""

    code: str
    title: str
    weight: Decimal
    value: str  # the score or accepted quantity, as text
    points: Decimal
    explanation: str  # the panel's consensus rationale, by reference to the tender


@dataclass(frozen=True)
class SummaryTender:
    identifier: str
    name: str
    total: Decimal
    tender_points: Decimal
    themes: tuple[Decimal, ...]  # aligned with SummaryData.themes
    lines: tuple[SummaryLine, ...]
    disqualified: bool
    failed_thresholds: tuple[str, ...]


@dataclass(frozen=True)
class Gap:
    """A criterion on which the bidder scored below the most advantageous tender."""

    code: str
    title: str
    own_points: Decimal
    winner_points: Decimal
    own_explanation: str
    winner_explanation: str

    @property
    def difference(self) -> Decimal:
        return self.winner_points - self.own_points


@dataclass(frozen=True)
class OtherCriterionInfo:
    """One of the council's other award criteria (price, quality…), as a summary states it."""

    name: str
    kind: str  # price | quality | other
    weight: Decimal  # % of the whole tender
    max_score: Decimal
    method: str  # how it is scored, in the officer's words


@dataclass(frozen=True)
class OtherLine:
    """One tender's score on one other award criterion."""

    name: str
    score: str  # exact decimal text; "" when not scored
    max_score: Decimal
    weight: Decimal
    points: Decimal | None  # weight × score ÷ out of, points of the whole tender (2 places)
    reasons: str


@dataclass(frozen=True)
class WholeTender:
    """One tender's whole result: social value and every other criterion, as points of the whole tender."""

    identifier: str
    social_value_points: Decimal
    lines: tuple[OtherLine, ...]
    total: Decimal | None


@dataclass(frozen=True)
class SummaryData:
    """Everything one bidder's assessment summary may say, and nothing more."""

    tender: TenderInfo
    scale: ScaleInfo
    measures: tuple[MeasureInfo, ...]
    themes: tuple[ThemeHeading, ...]
    bidder: SummaryTender
    winner: SummaryTender | None  # None when the bidder is itself the most advantageous tender
    successful: bool
    gaps: tuple[Gap, ...]  # largest first; empty for the successful bidder
    withheld_names: bool  # another bidder's name was withheld from a quoted explanation
    audit_head: str
    made_at: str
    app_version: str
    # The whole result (every award criterion), when the council's other criteria are recorded and complete; else
    # the summary is the social value part of the council's assessment summary and `whole_missing` says why.
    whole: bool = False
    whole_missing: tuple[str, ...] = ()
    other_criteria: tuple[OtherCriterionInfo, ...] = ()
    bidder_whole: WholeTender | None = None
    winner_whole: WholeTender | None = None  # the most advantageous tender's, for a bidder that lost
