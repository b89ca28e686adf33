"""The tender interchange format (`"format": "coopeval-tender"`), as pydantic models.

These models are the single definition of the format: `read_tender_json` validates against them,
and `docs/tender-schema.json` is generated from them (`tender_schema_text()`; a unit test fails
when the two differ). Things refer to each other by natural keys, never database ids: measures by
`code`, bids by `identifier`, members by `name`, declarations by their `number`.

Every field is required and no other field is allowed, so a document means exactly one thing and
an import can restore every row as it was. The exceptions are what version 2 gained later (issue 18:
`tender.deadline`, `tender.clarification_route`, each measure's `word_limit`, and `files`, the tender's
kept files with their bytes; issue 19: the tender's rating thresholds, `awards`, `commitments`,
`contract_changes`, `deliveries` and `ratings`, what happens after the award; issue 21: `other_criteria` with their
scores and `tender.retention_until`; issue 22: `tender.document_language`): export always writes them, and a
version-2 file written before them, lacking them, reads as having none.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from coopeval.domain.lifecycle import ROLES, STATUSES
from coopeval.domain.ratings import RATINGS
from coopeval.domain.scales import Scale
from coopeval.domain.tender_rules import CONTRACT_VALUE_MAX_PENCE
from coopeval.i18n import N_, _
from coopeval.services.moderation.consensus import REACHED_BY
from coopeval.services.panel.members import INTERESTS, NATURES, RESOLUTIONS
from coopeval.services.publishing.files import MAX_KEPT_BYTES, MEDIA
from coopeval.services.setup.tenders import MAX_WORD_LIMIT
from coopeval.storage.tables import TenderFileRow

FORMAT = "coopeval-tender"
FORMAT_VERSION = 2  # what export writes
READ_VERSIONS = (1, 2)  # what import reads
SCHEMA_ID = "https://coopeval.example/schemas/tender-2.json"
# Format version 1's `org_form` values: the app's organisation forms before record fields came from the framework
# (the same strings as framework 1.0.0's CV-ORG-FORM choices). Frozen with the format.
V1_ORG_FORMS = (
    "registered co-operative society", "community benefit society", "community interest company",
    "employee-ownership-trust company", "worker co-operative", "public service mutual", "charity",
    "company limited by guarantee", "company limited by shares", "public limited company",
    "partnership or sole trader", "other",
)

DECIMAL_PATTERN = r"^-?(0|[1-9][0-9]*)(\.[0-9]*[1-9])?$"
TIME_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?Z$"
DATE_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
DEADLINE_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}$"
SHA256_PATTERN = r"^[0-9a-f]{64}$"
DIGEST_PATTERN = r"^([0-9a-f]{64})?$"
PATTERN_MESSAGES = {
    DECIMAL_PATTERN: N_('must be a number written as text, e.g. "12.5" (no exponent, no trailing zeros)'),
    TIME_PATTERN: N_('must be a UTC time such as "2026-11-25T19:18:16.123456Z"'),
    DATE_PATTERN: N_('must be a date such as "2026-11-25"'),
    DEADLINE_PATTERN: N_('must be a date and time of day such as "2027-01-15T12:00" (UK local time)'),
    SHA256_PATTERN: N_("must be a SHA-256 digest: 64 characters 0-9 and a-f"),
    DIGEST_PATTERN: N_('must be a SHA-256 digest (64 characters 0-9 and a-f), or "" when there is none'),
}  # N_: shown through _() in checks._message
INT64_MAX = 2**63 - 1  # the largest whole number a workspace stores
MAX_BASE64_CHARS = 4 * -(-MAX_KEPT_BYTES // 3)  # the base64 text of the largest file the record keeps


def _real_time(value: str) -> str:
    try:
        datetime.fromisoformat(value[:19])  # the pattern holds it to YYYY-MM-DDTHH:MM:SS (as strptime, far quicker)
    except ValueError:
        raise ValueError(_("is not a real date and time (check the day of the month, the hour, minutes and "
                         "seconds)")) from None
    return value


def _real_deadline(value: str) -> str:
    try:
        datetime.fromisoformat(value)  # the pattern holds it to YYYY-MM-DDTHH:MM
    except ValueError:
        raise ValueError(_("is not a real date and time of day (check the day of the month, the hour and "
                         "minutes)")) from None
    return value


def _real_date(value: str) -> str:
    try:
        date.fromisoformat(value)
    except ValueError:
        raise ValueError(_("is not a real date (check the month and the day of the month)")) from None
    return value


DecimalText = Annotated[str, Field(pattern=DECIMAL_PATTERN, description="An exact decimal number as text.")]
UtcTime = Annotated[str, Field(pattern=TIME_PATTERN, description="A UTC time, ISO 8601."), AfterValidator(_real_time)]
DateText = Annotated[str, Field(pattern=DATE_PATTERN, description="A calendar date, ISO 8601."),
                     AfterValidator(_real_date)]
DeadlineText = Annotated[str, Field(pattern=DEADLINE_PATTERN, description="A date and time of day, UK local time."),
                         AfterValidator(_real_deadline)]
Name = Annotated[str, Field(min_length=1)]


class _Part(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class FrameworkDoc(_Part):
    """A framework the tender's measures came from, with its full TOML text."""

    framework_id: Name
    version: Name
    name: Name
    licence: Name
    source: Name
    attribution: str
    content: Annotated[str, Field(description="The framework file's TOML text, exactly as imported.")]


class _TenderPart(_Part):
    """What the tender holds in every format version."""

    reference: Annotated[str, Field(min_length=1, max_length=60)]
    title: Name
    authority: str
    contract_value_pence: Annotated[int, Field(ge=0, le=CONTRACT_VALUE_MAX_PENCE)] | None
    duration_months: Annotated[int, Field(ge=1, le=600)] | None
    description: str
    scale_id: str
    scale: Scale | None
    section_weight: DecimalText
    discuss_at: DecimalText
    split_above: DecimalText
    disqualify_on_threshold: bool
    min_rationale_chars: Annotated[int, Field(ge=0, le=2000)]
    status: Literal[STATUSES]  # type: ignore[valid-type]
    signoff_round: Annotated[int, Field(ge=1, le=INT64_MAX)]
    created_at: UtcTime
    updated_at: UtcTime


class TenderDoc(_TenderPart):
    """The tender (format version 2). `deadline` and `clarification_route` came later within version 2: a version-2
    file without them still imports (no deadline, no route), and export always writes them."""

    deadline: Annotated[DeadlineText | None, Field(
        description="When returns are due, UK local time (\"2027-01-15T12:00\"); null when not set.")] = None
    clarification_route: Annotated[str, Field(description="How bidders ask clarification questions.")] = ""
    rating_good: Annotated[DecimalText, Field(description=(
        "Delivered ÷ promised, in %, from which a KPI's rating is suggested as Good."))] = "100"
    rating_approaching: Annotated[DecimalText, Field(description="… suggested as Approaching target.")] = "90"
    rating_improvement: Annotated[DecimalText, Field(description=(
        "… suggested as Requires improvement (below it: Inadequate)."))] = "70"
    retention_until: Annotated[DateText | None, Field(description=(
        "Until when the officer keeps the tender's record, set before an award; null when not set (after the award "
        "the contract's dates rule). Came later within version 2."))] = None
    document_language: Annotated[Literal["en", "cy", "cy+en"], Field(description=(
        "The language the tender's documents (moderation report, assessment summaries, questionnaire, response "
        "template) are written in: \"en\" English, \"cy\" Welsh, \"cy+en\" both in one file, Welsh first. Came "
        "later within version 2: a file without it reads as \"en\"."))] = "en"


class TenderDocV1(_TenderPart):
    """The tender in format version 1 (no deadline or clarification route)."""


class _MeasurePart(_Part):
    """What a measure holds in every format version."""

    code: Name
    position: Annotated[int, Field(ge=0, le=INT64_MAX)]
    framework_id: str
    framework_version: str
    theme: str
    outcome: str
    kind: Literal["qualitative", "quantitative"]
    measure: dict[str, Any]
    weight: DecimalText
    method: Literal["relative", "target", "banded", "record_only"] | None
    direction: Literal["higher", "lower"] | None
    target: DecimalText | None
    bands: list[Annotated[list[DecimalText], Field(min_length=2, max_length=2)]] | None
    minimum: DecimalText | None


class MeasureDoc(_MeasurePart):
    """A measure as the tender froze it (the framework's own fields are under `measure`). `word_limit` came later
    within format version 2: a file without it still imports (no limit)."""

    word_limit: Annotated[Annotated[int, Field(ge=1, le=MAX_WORD_LIMIT)] | None, Field(
        description="The most words a bidder's response may have; null for no limit.")] = None


class MeasureDocV1(_MeasurePart):
    """A measure in format version 1 (no word limit)."""


class FileDoc(_Part):
    """A file the tender's record keeps exactly: a published questionnaire or response template (every version),
    or a bidder's return as received, with its bytes."""

    kind: Literal[TenderFileRow.KINDS]  # type: ignore[valid-type]
    version: Annotated[int, Field(ge=1, le=INT64_MAX, description="1, 2, … for each kind and media.")]
    media: Literal[MEDIA]  # type: ignore[valid-type]
    name: Annotated[str, Field(min_length=1, description="The file's name as written or received.")]
    sha256: Annotated[str, Field(pattern=SHA256_PATTERN, description="SHA-256 of the bytes.")]
    size: Annotated[int, Field(ge=0, le=MAX_KEPT_BYTES, description="The number of bytes.")]
    made_at: UtcTime
    setup_fingerprint: Annotated[str, Field(pattern=DIGEST_PATTERN, description=(
        "The set-up fingerprint it was made from (questionnaire, template) or answers (return); \"\" when none."))]
    content_digest: Annotated[str, Field(pattern=DIGEST_PATTERN, description=(
        "SHA-256 of everything a published questionnaire states; \"\" when none."))]
    bid_identifier: Annotated[str, Field(description="A return: the bid it created or updated; otherwise \"\".")]
    content_base64: Annotated[str, Field(max_length=MAX_BASE64_CHARS, description=(
        "The bytes, base64 (standard alphabet, padded, one line)."))]


class ResponseDoc(_Part):
    measure: Name
    text: str
    page_refs: str
    quantity: DecimalText | None


class ClarificationDoc(_Part):
    question: str
    asked_on: DateText
    answer: str
    answered_on: DateText | None


class RecordDoc(_Part):
    """One answer to a record field of the tender's frameworks (a field of kind "choices": one entry per value)."""

    code: Annotated[str, Field(min_length=1, description="The record field's code, e.g. CV-REC-LEGAL-FORM.")]
    value: Annotated[str, Field(description="The chosen value, or the text (a register number).")]
    evidence: Annotated[str, Field(description="Where the answer is shown to be true; \"\" when none.")]


class _BidPart(_Part):
    identifier: Annotated[str, Field(min_length=1, max_length=80)]
    legal_name: Name
    trading_name: str
    address: str
    email: str
    received_on: DateText | None
    withdrawn: bool
    withdrawn_reason: str
    responses: list[ResponseDoc]
    clarifications: list[ClarificationDoc]


class BidDoc(_BidPart):
    """A bid (format version 2): its record answers under `records`."""

    records: list[RecordDoc]


class BidDocV1(_BidPart):
    """A bid in format version 1: the organisation form and its evidence in the bid itself."""

    org_form: Literal[("",) + V1_ORG_FORMS]  # type: ignore[valid-type]
    org_evidence: str


class MemberDoc(_Part):
    name: Name
    role: Literal[ROLES]  # type: ignore[valid-type]
    email: str


class DeclarationDoc(_Part):
    """A conflict-of-interest declaration; `superseded_by` names a later declaration's `number`."""

    number: Annotated[int, Field(ge=1, le=INT64_MAX)]
    member: Name
    bid: str | None
    interest: Literal[INTERESTS]  # type: ignore[valid-type]
    nature: Literal[NATURES] | None  # type: ignore[valid-type]
    details: str
    declared_at: UtcTime
    resolution: Literal[RESOLUTIONS] | None  # type: ignore[valid-type]
    resolution_note: str
    resolved_by: str | None
    resolved_at: UtcTime | None
    superseded_by: Annotated[int, Field(ge=1, le=INT64_MAX)] | None


class ScoreDoc(_Part):
    member: Name
    bid: Name
    measure: Name
    value: Annotated[int, Field(ge=0, le=1000)] | None
    abstained: bool
    abstain_reason: str
    rationale: str
    evidence_refs: str
    status: Literal["draft", "submitted"]
    created_at: UtcTime
    updated_at: UtcTime
    submitted_at: UtcTime | None


class ConsensusDoc(_Part):
    bid: Name
    measure: Name
    value: Annotated[int, Field(ge=0, le=1000)] | None
    accepted_quantity: DecimalText | None
    quantity_reason: str
    rationale: str
    reached_by: Literal[REACHED_BY]  # type: ignore[valid-type]
    present: list[str]
    recorded_by: str
    recorded_at: UtcTime


class SignOffDoc(_Part):
    member: Name
    round: Annotated[int, Field(ge=1, le=INT64_MAX)]
    statement: str
    signed_at: UtcTime


QUARTER_PATTERN = r"^[0-9]{4}-Q[1-4]$"
YEAR_PATTERN = r"^[0-9]{4}-[0-9]{4}$"
PATTERN_MESSAGES |= {
    QUARTER_PATTERN: N_('must be a financial-year quarter such as "2027-Q1" (April to June 2027)'),
    YEAR_PATTERN: N_('must be a financial year such as "2027-2028" (April 2027 to March 2028)'),
}
CHANGE_WHATS = ("text", "target", "s52_kpi", "removed", "added")  # what a contract change changed
ANSWERS = ("yes", "no", "partly")  # a qualitative commitment's delivery
CHECKS = ("pending", "accepted", "queried", "rejected")  # the officer's check of a delivery entry
Number = Annotated[int, Field(ge=1, le=INT64_MAX)]


class AwardDoc(_Part):
    """An award of the tender: the current one, or one withdrawn (kept, with its reason). `number` (1, 2, … oldest
    first) is how commitments name it."""

    number: Number
    bid: Annotated[str, Field(min_length=1, description="The winning bid's identifier.")]
    notice_date: Annotated[DateText, Field(description="The contract award notice's publication date.")]
    entered_on: DateText | None
    start_on: DateText
    end_on: DateText
    value_pence: Annotated[int, Field(ge=0, le=CONTRACT_VALUE_MAX_PENCE)]
    summaries_sent_on: DateText | None
    standstill_applies: bool
    standstill_exemption: Annotated[str, Field(description="Where no standstill applies: which exemption; else \"\".")]
    standstill_reason: str
    standstill_ends: Annotated[DateText | None, Field(description="The last day of standstill.")]
    withdrawn: bool
    withdrawn_reason: str
    made_at: UtcTime


class CommitmentDoc(_Part):
    """A contract commitment; `number` (1, 2, … in the order they were made) is how changes, deliveries and ratings
    name it."""

    number: Number
    award: Annotated[int, Field(ge=1, le=INT64_MAX, description="The `number` of the award it belongs to.")]
    measure: Annotated[str | None, Field(description="The measure's code, or null (a line added to the contract).")]
    code: Name
    position: Annotated[int, Field(ge=0, le=INT64_MAX)]
    kind: Literal["qualitative", "quantitative"]
    text: str
    target: DecimalText | None
    unit: str | None
    direction: Literal["higher", "lower"] | None
    s52_kpi: Annotated[bool, Field(description="One of the contract's KPIs under PA 2023 s.52.")]
    removed: bool
    made_at: UtcTime


class ContractChangeDoc(_Part):
    """A change to a commitment after delivery started, with its reason."""

    commitment: Number
    what: Literal[CHANGE_WHATS]  # type: ignore[valid-type]
    before: str
    after: str
    reason: str
    made_at: UtcTime


class EvidenceDoc(_Part):
    """An evidence file of a delivery entry: the entry of `files` (kind "evidence") with this version and media."""

    kind: Literal["evidence"]
    version: Number
    media: Literal[MEDIA]  # type: ignore[valid-type]


class DeliveryDoc(_Part):
    """What the supplier reported for one commitment in one quarter, and the officer's check of it."""

    commitment: Number
    period: Annotated[str, Field(pattern=QUARTER_PATTERN, description="A financial-year quarter, \"2027-Q1\".")]
    actual: DecimalText | None
    answer: Literal[ANSWERS] | None  # type: ignore[valid-type]
    evidence_refs: str
    note: str
    check: Literal[CHECKS]  # type: ignore[valid-type]
    check_reason: str
    source: str
    reported_at: UtcTime
    checked_at: UtcTime | None
    evidence: list[EvidenceDoc]


class RatingDoc(_Part):
    """The officer's rating of one commitment for one rating period, beside the suggestion."""

    commitment: Number
    period: Annotated[str, Field(pattern=YEAR_PATTERN, description="A financial year, \"2027-2028\".")]
    suggested: Literal[RATINGS]  # type: ignore[valid-type]
    rating: Literal[RATINGS]  # type: ignore[valid-type]
    reason: str
    made_at: UtcTime


class OtherScoreDoc(_Part):
    """One bid's score on one of the other award criteria, with the reasons by reference to the bid."""

    bid: Annotated[str, Field(min_length=1, description="The bid's identifier.")]
    score: Annotated[DecimalText, Field(description="From 0 to the criterion's `max_score`.")]
    reasons: Annotated[str, Field(min_length=1)]
    source: Annotated[str, Field(description="\"\" when typed in; else the spreadsheet it was imported from.")]
    made_at: UtcTime


class OtherCriterionDoc(_Part):
    """One of the tender's award criteria other than social value (price, quality…), assessed outside CoopEval, with
    each bid's score. Its weight is % of the whole tender (with the social value section's, 100 in all)."""

    position: Annotated[int, Field(ge=0, le=INT64_MAX)]
    name: Name
    kind: Literal["price", "quality", "other"]
    weight: Annotated[DecimalText, Field(description="% of the whole tender, more than 0 and at most 100.")]
    max_score: Annotated[DecimalText, Field(description="The top of the criterion's scale (more than 0).")]
    method: str
    removed: Annotated[bool, Field(description="Taken out of the tender (kept in the record).")]
    made_at: UtcTime
    scores: list[OtherScoreDoc]


class _DocumentPart(_Part):
    format: Literal["coopeval-tender"]
    exported_by: str
    frameworks: list[FrameworkDoc]
    tender: _TenderPart  # each version's own (declared here to keep the fields' order: problems are listed in it)
    measures: Sequence[_MeasurePart]
    members: list[MemberDoc]
    declarations: list[DeclarationDoc]
    scores: list[ScoreDoc]
    consensus: list[ConsensusDoc]
    sign_offs: list[SignOffDoc]


class TenderDocument(_DocumentPart):
    """One tender, completely: set-up, measures, bids, panel, declarations, scores, consensus, sign-offs."""

    format_version: Literal[2]
    tender: TenderDoc
    measures: list[MeasureDoc]
    bids: list[BidDoc]
    files: Annotated[list[FileDoc], Field(
        description="The tender's kept files, oldest first; absent (none) in a file written before they travelled.")] = []
    awards: Annotated[list[AwardDoc], Field(description="The award and any withdrawn before it, oldest first.")] = []
    commitments: list[CommitmentDoc] = []
    contract_changes: list[ContractChangeDoc] = []
    deliveries: list[DeliveryDoc] = []
    ratings: list[RatingDoc] = []
    other_criteria: Annotated[list[OtherCriterionDoc], Field(description=(
        "The other award criteria (price, quality…) and their scores; absent (none) in a file written before "
        "them."))] = []


class TenderDocumentV1(_DocumentPart):
    """Format version 1 (CoopEval before framework 2.0.0): bids carry `org_form` and `org_evidence`, not `records`.
    Still read; never written."""

    format_version: Literal[1]
    tender: TenderDocV1
    measures: list[MeasureDocV1]
    bids: list[BidDocV1]


AnyTenderDocument = TenderDocument | TenderDocumentV1
MODELS: dict[int, type[TenderDocument] | type[TenderDocumentV1]] = {1: TenderDocumentV1, 2: TenderDocument}


def tender_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a tender document."""
    schema = TenderDocument.model_json_schema()
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID,
            "title": "CoopEval tender", **{k: v for k, v in schema.items() if k != "title"}}


def tender_schema_text() -> str:
    """The exact text of `docs/tender-schema.json`."""
    return json.dumps(tender_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
