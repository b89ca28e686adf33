"""Every table of a workspace, in one module (the SQLModel habit).

Conventions, so that rows compare exactly and audit snapshots are stable:
- money is whole pence (int); weights, quantities and other exact numbers are decimal text
  ("33.5"), never floats;
- times are UTC ISO-8601 text ("2026-11-25T19:18:16Z");
- lists are JSON text.
Tables end in `Row` so they never read as Qt models. Each row that users change is audited:
`snapshot()` gives the values the audit log records.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import Index, UniqueConstraint
from sqlmodel import Field, SQLModel


class AuditedRow(SQLModel):
    """A row whose every change is written to the audit log with a full snapshot."""

    __entity__: ClassVar[str] = ""
    # Columns the audit log stands for by others rather than records (a kept file's bytes: its sha256 and size).
    UNAUDITED: ClassVar[tuple[str, ...]] = ()
    if TYPE_CHECKING:  # every audited table has one; declared here for the type checker only, not as a field
        id: int | None

    def snapshot(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in type(self).audited_fields()}

    @classmethod
    def audited_fields(cls) -> list[str]:
        return [name for name in cls.model_fields if name not in cls.UNAUDITED]


class MetaRow(SQLModel, table=True):
    """Facts about the workspace file itself (id, created by which version, …)."""

    __tablename__ = "workspace_meta"
    key: str = Field(primary_key=True)
    value: str


class FrameworkRow(AuditedRow, table=True):
    __tablename__ = "framework"
    __table_args__ = (UniqueConstraint("framework_id", "version"),)
    __entity__ = "framework"
    id: int | None = Field(default=None, primary_key=True)
    framework_id: str
    version: str
    name: str
    licence: str
    source: str
    attribution: str = ""
    content: str  # the TOML text as imported, so the framework can always be re-read
    sha256: str
    imported_at: str


class TenderRow(AuditedRow, table=True):
    __tablename__ = "tender"
    __entity__ = "tender"
    id: int | None = Field(default=None, primary_key=True)
    reference: str = Field(unique=True, index=True)
    title: str
    authority: str = ""
    contract_value_pence: int | None = None
    duration_months: int | None = None
    description: str = ""
    scale_id: str = "0-5"
    scale: str = ""  # JSON snapshot of the scale's points and descriptors, frozen with the set-up
    section_weight: str = "10"  # % of the whole tender given to social value
    discuss_at: str = "20"  # % of the scale's span at which a spread needs discussion
    split_above: str = "50"  # % of the span above which scores are split
    disqualify_on_threshold: bool = False
    min_rationale_chars: int = 30
    status: str = "draft"
    signoff_round: int = 1  # each reopen starts a new round of sign-offs
    deadline: str | None = None  # when returns are due: "2027-01-15T12:00", UK local time (issue 18)
    clarification_route: str = ""  # how bidders ask clarification questions (the questionnaire states it)
    # Rating suggestions after the award (issue 19): delivered ÷ promised, in %, at which a KPI is suggested
    # Good / Approaching target / Requires improvement (below the last: Inadequate).
    rating_good: str = "100"
    rating_approaching: str = "90"
    rating_improvement: str = "70"
    # PA 2023 s.98: records kept at least three years from the contract's entry into force. Set by the officer before
    # an award (None: "to be set at award"); once the contract is entered into, three years from that date apply.
    retention_until: str | None = None
    # The language of the tender's documents (issue 22): "en", "cy" or "cy+en" (both, Welsh first).
    document_language: str = "en"
    created_at: str
    updated_at: str


class TenderMeasureRow(AuditedRow, table=True):
    """A snapshot of one measure as used by one tender: editing a framework never changes it."""

    __tablename__ = "tender_measure"
    __table_args__ = (UniqueConstraint("tender_id", "code"),)
    __entity__ = "tender_measure"
    id: int | None = Field(default=None, primary_key=True)
    tender_id: int = Field(foreign_key="tender.id", index=True)
    position: int
    framework_id: str
    framework_version: str
    code: str
    theme: str
    outcome: str
    kind: str  # qualitative | quantitative
    measure_json: str  # every field of the measure as the framework gave it
    weight: str = "0"
    method: str | None = None
    direction: str | None = None
    target: str | None = None
    bands: str | None = None  # JSON [[at, share], ...]
    minimum: str | None = None
    word_limit: int | None = None  # the most words a bidder's response may have; None: no limit


class BidRow(AuditedRow, table=True):
    __tablename__ = "bid"
    __table_args__ = (UniqueConstraint("tender_id", "identifier"),)
    __entity__ = "bid"
    id: int | None = Field(default=None, primary_key=True)
    tender_id: int = Field(foreign_key="tender.id", index=True)
    identifier: str  # e.g. Companies House or FCA number; needed for assessment summaries
    legal_name: str
    trading_name: str = ""
    address: str = ""
    email: str = ""
    org_form: str = ""
    org_evidence: str = ""
    received_on: str | None = None
    withdrawn: bool = False
    withdrawn_reason: str = ""


class BidRecordRow(AuditedRow, table=True):
    """One answer to one of the framework's record fields for one bid (legal form, a status, the ownership model, a
    register number), with its evidence. Never scored. A field of kind "choices" has one row per chosen value; the
    others one row. Bids entered before format-2 frameworks keep their answers in `BidRow.org_form/org_evidence`."""

    __tablename__ = "bid_record"
    __table_args__ = (UniqueConstraint("bid_id", "code", "value"),)
    __entity__ = "bid_record"
    id: int | None = Field(default=None, primary_key=True)
    bid_id: int = Field(foreign_key="bid.id", index=True)
    code: str  # the record field's code, as the tender's framework gives it
    value: str  # the choice, or the text (a register number)
    evidence: str = ""  # where the answer is shown to be true


class ResponseRow(AuditedRow, table=True):
    __tablename__ = "response"
    __table_args__ = (UniqueConstraint("bid_id", "measure_id"),)
    __entity__ = "response"
    id: int | None = Field(default=None, primary_key=True)
    bid_id: int = Field(foreign_key="bid.id", index=True)
    measure_id: int = Field(foreign_key="tender_measure.id")
    text: str = ""
    page_refs: str = ""
    quantity: str | None = None


class PersonRow(AuditedRow, table=True):
    """Someone known to the workspace: sits on panels (members point here), holds workspace roles,
    proves who they are with a passphrase. Only slow salted hashes are kept; the audit log records
    a digest of each secret, never the secret or its hash."""

    __tablename__ = "person"
    __entity__ = "person"
    SECRETS: ClassVar[tuple[str, ...]] = ("passphrase_hash", "reset_code_hash", "private_key")
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    name_key: str = Field(unique=True)  # text.identity_key(name): one person per name, ignoring case and form
    email: str = ""
    roles: str = "[]"  # JSON list of workspace roles (domain.identity.WORKSPACE_ROLES)
    passphrase_hash: str | None = None  # Argon2id; None until the person sets one
    reset_code_hash: str | None = None  # a one-time code an officer issued, until it is replaced
    public_key: str = ""  # Ed25519, base64; the half that checks what the person signs
    private_key: str = ""  # Ed25519, PKCS#8 PEM encrypted under the passphrase
    created_at: str
    updated_at: str

    def snapshot(self) -> dict[str, Any]:
        values = super().snapshot()
        for name in self.SECRETS:
            if values.get(name):
                values[name] = "sha256:" + hashlib.sha256(str(values[name]).encode("utf-8")).hexdigest()
        return values


class SignInRow(SQLModel, table=True):
    """Wrong passphrases in a row and until when signing in is paused (not audited: no record
    depends on it, and it changes on every attempt)."""

    __tablename__ = "sign_in"
    person_id: int = Field(primary_key=True, foreign_key="person.id")
    failures: int = 0
    paused_until: str | None = None


class MemberRow(AuditedRow, table=True):
    __tablename__ = "member"
    __table_args__ = (UniqueConstraint("tender_id", "name"),)
    __entity__ = "member"
    id: int | None = Field(default=None, primary_key=True)
    tender_id: int = Field(foreign_key="tender.id", index=True)
    name: str
    role: str
    email: str = ""
    person_id: int | None = Field(default=None, index=True)  # the person on this seat


class DeclarationRow(AuditedRow, table=True):
    """A conflict-of-interest declaration. Never deleted: a newer one supersedes it."""

    __tablename__ = "declaration"
    __entity__ = "declaration"
    id: int | None = Field(default=None, primary_key=True)
    tender_id: int = Field(foreign_key="tender.id", index=True)
    member_id: int = Field(foreign_key="member.id", index=True)
    bid_id: int | None = Field(default=None, foreign_key="bid.id")
    interest: str  # none | personal | professional | financial
    nature: str | None = None  # actual | potential | perceived
    details: str = ""
    declared_at: str
    resolution: str | None = None  # no_action | mitigated | excluded
    resolution_note: str = ""
    resolved_by: str | None = None
    resolved_at: str | None = None
    superseded_by: int | None = None


class ScoreRow(AuditedRow, table=True):
    __tablename__ = "score"
    __table_args__ = (
        UniqueConstraint("member_id", "bid_id", "measure_id"),
        Index("ix_score_bid_measure", "bid_id", "measure_id"),
        # Counting scores per member (the tender list) reads this index alone, never the rationales.
        Index("ix_score_counting", "member_id", "bid_id", "measure_id", "value", "abstained"),
    )
    __entity__ = "score"
    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id", index=True)
    bid_id: int = Field(foreign_key="bid.id", index=True)
    measure_id: int = Field(foreign_key="tender_measure.id")
    value: int | None = None
    abstained: bool = False
    abstain_reason: str = ""
    rationale: str = ""
    evidence_refs: str = ""
    status: str = "draft"  # draft | submitted
    created_at: str
    updated_at: str
    submitted_at: str | None = None


class ConsensusRow(AuditedRow, table=True):
    __tablename__ = "consensus"
    __table_args__ = (UniqueConstraint("bid_id", "measure_id"),)
    __entity__ = "consensus"
    id: int | None = Field(default=None, primary_key=True)
    bid_id: int = Field(foreign_key="bid.id", index=True)
    measure_id: int = Field(foreign_key="tender_measure.id")
    value: int | None = None
    accepted_quantity: str | None = None
    quantity_reason: str = ""
    rationale: str
    reached_by: str  # discussion | within_tolerance
    present: str = "[]"  # JSON list of member names
    recorded_by: str
    recorded_at: str


class SignOffRow(AuditedRow, table=True):
    __tablename__ = "sign_off"
    __entity__ = "sign_off"
    id: int | None = Field(default=None, primary_key=True)
    tender_id: int = Field(foreign_key="tender.id", index=True)
    member_id: int = Field(foreign_key="member.id")
    round: int = 1  # each reopen starts a new round of sign-offs
    statement: str
    signed_at: str


class ClarificationRow(AuditedRow, table=True):
    __tablename__ = "clarification"
    __entity__ = "clarification"
    id: int | None = Field(default=None, primary_key=True)
    tender_id: int = Field(foreign_key="tender.id", index=True)
    bid_id: int = Field(foreign_key="bid.id")
    question: str
    asked_on: str
    answer: str = ""
    answered_on: str | None = None


class TenderFileRow(AuditedRow, table=True):
    """A file the tender's record must show exactly (issue 18): each published questionnaire and response
    template (every version kept), and each bidder's return as received. The bytes are kept beside their
    SHA-256; the audit log records the digest and size, never the bytes."""

    __tablename__ = "tender_file"
    __table_args__ = (UniqueConstraint("tender_id", "kind", "version", "media"),)
    __entity__ = "tender_file"
    KINDS: ClassVar[tuple[str, ...]] = ("questionnaire", "template", "return", "evidence", "delivery_return",
                                         "delivery_template")
    UNAUDITED = ("data",)  # the sha256 and size stand for it
    id: int | None = Field(default=None, primary_key=True)
    tender_id: int = Field(foreign_key="tender.id", index=True)
    kind: str  # questionnaire | template | return
    version: int  # 1, 2, … per tender and kind (a return's version counts the files received)
    media: str  # pdf | docx | xlsx
    name: str  # the file's name as written or received
    sha256: str
    size: int
    data: bytes
    setup_fingerprint: str = ""  # the set-up it was made from (questionnaire, template) or answers (return)
    content_digest: str = ""  # of everything a questionnaire states (details included): out of date when it differs
    bid_identifier: str = ""  # a return: the bid it created or updated
    made_at: str


class AwardRow(AuditedRow, table=True):
    """The award of a signed-off tender (issue 19). A withdrawn award stays, marked, with its reason; a tender has at
    most one award not withdrawn. Dates are ISO dates (UK), money whole pence."""

    __tablename__ = "award"
    __entity__ = "award"
    id: int | None = Field(default=None, primary_key=True)
    tender_id: int = Field(foreign_key="tender.id", index=True)
    bid_id: int = Field(foreign_key="bid.id")
    notice_date: str  # the contract award notice's publication date
    entered_on: str | None = None  # the date the contract is entered into
    start_on: str
    end_on: str
    value_pence: int
    summaries_sent_on: str | None = None  # assessment summaries sent (s.50), before the notice
    standstill_applies: bool = True
    standstill_exemption: str = ""  # where none applies: which exemption of PA 2023 s.51 (a key of domain.award)
    standstill_reason: str = ""  # and why it applies here
    standstill_ends: str | None = None  # the last day of standstill (computed when the award is recorded)
    withdrawn: bool = False
    withdrawn_reason: str = ""
    made_at: str


class CommitmentRow(AuditedRow, table=True):
    """A contract commitment: what the winning bid committed to under one measure, carried into the contract. A
    quantitative measure gives one (the accepted quantity); a qualitative one as many as the officer lifts from the
    response. Editable until delivery starts; afterwards changed only as a recorded contract change."""

    __tablename__ = "commitment"
    __entity__ = "commitment"
    id: int | None = Field(default=None, primary_key=True)
    tender_id: int = Field(foreign_key="tender.id", index=True)
    award_id: int = Field(foreign_key="award.id")
    measure_id: int | None = Field(default=None, foreign_key="tender_measure.id")
    code: str  # the measure's code (kept: the commitment outlives edits)
    position: int
    kind: str  # quantitative | qualitative
    text: str  # the commitment in words (the KPI wording for a quantitative measure)
    target: str | None = None  # exact decimal text: the accepted quantity, or a measurable target where one exists
    unit: str | None = None
    direction: str | None = None  # higher | lower
    s52_kpi: bool = False  # one of the contract's KPIs under PA 2023 s.52
    removed: bool = False  # taken out by a contract change (kept in the record)
    made_at: str


class ContractChangeRow(AuditedRow, table=True):
    """A change to a commitment after delivery started: what changed, from what, to what, and why."""

    __tablename__ = "contract_change"
    __entity__ = "contract_change"
    id: int | None = Field(default=None, primary_key=True)
    tender_id: int = Field(foreign_key="tender.id", index=True)
    commitment_id: int = Field(foreign_key="commitment.id")
    what: str  # text | target | s52_kpi | removed | added
    before: str
    after: str
    reason: str
    made_at: str


class DeliveryRow(AuditedRow, table=True):
    """What the supplier reported for one commitment in one reporting period (a financial-year quarter, "2027-Q1"),
    and the officer's check of it."""

    __tablename__ = "delivery"
    __table_args__ = (UniqueConstraint("commitment_id", "period"),)
    __entity__ = "delivery"
    id: int | None = Field(default=None, primary_key=True)
    tender_id: int = Field(foreign_key="tender.id", index=True)
    commitment_id: int = Field(foreign_key="commitment.id", index=True)
    period: str  # "2027-Q1": April to June 2027 (the financial year starting in 2027)
    actual: str | None = None  # exact decimal text (quantitative)
    answer: str | None = None  # yes | no | partly (qualitative)
    evidence_refs: str = ""
    note: str = ""  # the supplier's words
    check: str = "pending"  # pending | accepted | queried | rejected
    check_reason: str = ""
    source: str = ""  # the return file it came from, if any
    reported_at: str
    checked_at: str | None = None


class EvidenceRow(AuditedRow, table=True):
    """A file of evidence attached to a delivery entry: the bytes are a kept tender file (kind "evidence")."""

    __tablename__ = "evidence"
    __table_args__ = (UniqueConstraint("delivery_id", "file_id"),)
    __entity__ = "evidence"
    id: int | None = Field(default=None, primary_key=True)
    delivery_id: int = Field(foreign_key="delivery.id", index=True)
    file_id: int = Field(foreign_key="tender_file.id")


class RatingRow(AuditedRow, table=True):
    """The officer's rating of one KPI for one rating period (a financial year, "2027-2028"), in the vocabulary of
    PA 2023 contract performance notices, beside the suggestion CoopEval computed and the reason when they differ."""

    __tablename__ = "rating"
    __table_args__ = (UniqueConstraint("commitment_id", "period"),)
    __entity__ = "rating"
    id: int | None = Field(default=None, primary_key=True)
    tender_id: int = Field(foreign_key="tender.id", index=True)
    commitment_id: int = Field(foreign_key="commitment.id", index=True)
    period: str  # "2027-2028": April 2027 to March 2028
    suggested: str  # good | approaching | improvement | inadequate | other ("other": nothing to compute from)
    rating: str
    reason: str = ""
    made_at: str


# --- the council's spend and the co-operative registers (issue 20) ------------------------------------------------
# Spend lines and register entries come by the hundred thousand, so they are not audited one by one: each import is
# an audited row carrying the SHA-256 of its file and a digest of the lines or entries it added, which `check`
# recomputes. Decisions about suppliers (matches, ownership set by hand) are few and each is audited.


class SpendMappingRow(AuditedRow, table=True):
    """A saved choice of which columns of a council's spend file hold what, reused by name."""

    __tablename__ = "spend_mapping"
    __entity__ = "spend_mapping"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    columns: str  # JSON: {field: header}, fields of domain.spend.FIELDS
    made_at: str


class SpendImportRow(AuditedRow, table=True):
    """One spend file imported: the file (name, SHA-256), how it was read, what it added and what it left out."""

    __tablename__ = "spend_import"
    __entity__ = "spend_import"
    id: int | None = Field(default=None, primary_key=True)
    file_name: str
    sha256: str
    encoding: str
    mapping: str  # JSON: {"name": saved name or "", "columns": {field: header}}
    lines_read: int
    lines_added: int
    lines_already: int  # already in the workspace from this file or an overlapping one
    lines_refused: int  # lines with problems left out because the user said so
    first_paid: str | None = None  # ISO dates of the added lines' earliest and latest payment
    last_paid: str | None = None
    added_pence: int = 0
    lines_digest: str  # domain.spend.lines_digest of the added lines' keys
    imported_at: str


class SpendLineRow(SQLModel, table=True):
    """One line of the council's published spend. Never edited; identified by its whole content."""

    __tablename__ = "spend_line"
    # Only the indexes the queries use: each one more costs about a fifth of a second on a council's year of lines
    # (the figures sum whole years in one pass; suppliers are looked up by key).
    __table_args__ = (Index("ix_spend_line_supplier_paid", "supplier_key", "paid_on"),)
    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(unique=True)  # domain.spend.line_key: the line's whole content and its occurrence
    import_id: int = Field(foreign_key="spend_import.id")
    line_no: int  # the line's row number in its file
    paid_on: str  # ISO date
    year: str  # the financial year, "2026-27"
    supplier_name: str
    supplier_key: str  # domain.names.normalise_name(supplier_name)
    supplier_id: str = ""
    company_number: str = ""  # domain.registers.register_number form
    amount_pence: int  # negative for a credit
    transaction: str = ""
    expense_area: str = ""


class RegisterImportRow(AuditedRow, table=True):
    """One register of co-operative and democratic businesses imported from the council's own download."""

    __tablename__ = "register_import"
    __entity__ = "register_import"
    id: int | None = Field(default=None, primary_key=True)
    kind: str  # coops-uk | fca-mutuals | custom
    file_name: str
    sha256: str
    encoding: str
    source: str = ""  # where and when the council downloaded it, in its words
    entries: int
    live_entries: int
    entries_digest: str  # domain.registers.entries_digest of the entries' content
    imported_at: str


class RegisterEntryRow(SQLModel, table=True):
    """One organisation in an imported register. Never edited; the latest import of each kind is the one matched
    against, earlier ones stay so every past match keeps its evidence."""

    __tablename__ = "register_entry"
    __table_args__ = (Index("ix_register_entry_number", "number"), Index("ix_register_entry_name_key", "name_key"),
                      Index("ix_register_entry_trading_key", "trading_key"))
    id: int | None = Field(default=None, primary_key=True)
    import_id: int = Field(foreign_key="register_import.id", index=True)
    line_no: int
    source_id: str = ""  # the register's own id (CUK Organisation ID)
    number: str = ""  # the registered number, domain.registers.register_number form
    registrar: str = ""  # FCA, Companies House, …, as the register gives it
    name: str
    trading_name: str = ""
    name_key: str  # domain.names.normalise_name(name)
    trading_key: str = ""
    legal_form: str = ""
    classification: str = ""  # the register's ownership classification or registration type, as given
    model: str = ""  # the ownership model it maps to (a choice of the framework's ownership field), "" if none
    democratic: bool = True  # counted among co-operative and democratic businesses
    postcode: str = ""
    status: str = ""  # as given
    live: bool = True
    dissolved_on: str | None = None


class SupplierMatchRow(AuditedRow, table=True):
    """A decision about one supplier of the council's spend (by its normalised name): matched to a register entry
    (by number or exact name on import, or a fuzzy candidate accepted or picked by a person), set by hand with
    evidence, or a candidate waiting for review or rejected. At most one applies at a time."""

    __tablename__ = "supplier_match"
    __entity__ = "supplier_match"
    id: int | None = Field(default=None, primary_key=True)
    supplier_key: str = Field(index=True)
    supplier_name: str  # as the spend names it (the first seen)
    entry_id: int | None = Field(default=None, foreign_key="register_entry.id")
    method: str  # number | name | fuzzy | picked | hand
    status: str  # applied | candidate | rejected | replaced
    score: int | None = None  # the fuzzy score of a candidate, 0-100
    model: str = ""  # hand: the ownership model set; else the entry's
    democratic: bool = False  # whether the supplier counts as co-operative or democratic
    evidence: str = ""  # hand: the evidence; a person's decision: the reason given
    made_at: str



# --- the tender's other award criteria and the record's retention (issue 21) --------------------------------------


class OtherCriterionRow(AuditedRow, table=True):
    """One of the tender's award criteria other than social value (price, quality…), assessed outside CoopEval and
    recorded here so the summaries and the report can state the whole result the council reached."""

    __tablename__ = "other_criterion"
    __entity__ = "other_criterion"
    id: int | None = Field(default=None, primary_key=True)
    tender_id: int = Field(foreign_key="tender.id", index=True)
    position: int
    name: str
    kind: str  # price | quality | other
    weight: str  # exact decimal text: % of the whole tender (with the social value section's weight, 100 in all)
    max_score: str  # exact decimal text: the top of the criterion's scale ("100" for price points, "5" for 0-5)
    method: str = ""  # how it was scored, in the council's words (e.g. "lowest price ÷ bid price × 100")
    removed: bool = False  # kept in the record when taken out
    made_at: str


class OtherScoreRow(AuditedRow, table=True):
    """One bid's score on one of the other criteria, with the reasons by reference to the bid."""

    __tablename__ = "other_score"
    __table_args__ = (UniqueConstraint("criterion_id", "bid_id"),)
    __entity__ = "other_score"
    id: int | None = Field(default=None, primary_key=True)
    tender_id: int = Field(foreign_key="tender.id", index=True)
    criterion_id: int = Field(foreign_key="other_criterion.id", index=True)
    bid_id: int = Field(foreign_key="bid.id")
    score: str  # exact decimal text, 0 to the criterion's max_score
    reasons: str  # by reference to the bid (section, page)
    source: str = ""  # "" typed in; else the spreadsheet it was imported from
    made_at: str



class AuditEventRow(SQLModel, table=True):
    """One link of the hash chain. Never updated or deleted (triggers refuse it)."""

    __tablename__ = "audit_event"
    __table_args__ = (Index("ix_audit_event_entity", "entity", "entity_id"),)
    seq: int = Field(primary_key=True)
    at: str
    actor: str
    action: str
    entity: str
    entity_id: int | None = None
    tender_ref: str | None = Field(default=None, index=True)
    before: str | None = None  # JSON snapshot
    after: str | None = None  # JSON snapshot
    note: str = ""
    prev_hash: str
    hash: str = Field(unique=True)
    person: str | None = None  # the signed-in person who acted, beside the computer account (`actor`)


AUDITED_TABLES: tuple[type[AuditedRow], ...] = (
    FrameworkRow, TenderRow, TenderMeasureRow, BidRow, ResponseRow, MemberRow,
    DeclarationRow, ScoreRow, ConsensusRow, SignOffRow, ClarificationRow, PersonRow, BidRecordRow, TenderFileRow,
    AwardRow, CommitmentRow, ContractChangeRow, DeliveryRow, EvidenceRow, RatingRow,
    SpendMappingRow, SpendImportRow, RegisterImportRow, SupplierMatchRow, OtherCriterionRow, OtherScoreRow,
)
ENTITY_TABLES: dict[str, type[AuditedRow]] = {t.__entity__: t for t in AUDITED_TABLES}
