"""What a mutation changed, in one typed vocabulary: every service that changes a workspace returns
a `Changes`, and every page names the `ChangeKind`s that make it reload. A test keeps the two sides
matched, so a page cannot wait for a kind no service emits, nor a service emit one nobody hears."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class ChangeKind(StrEnum):
    TENDER = "tender"  # a tender's own row: created, edited, status, sign-off round
    TENDER_MEASURE = "tender_measure"  # the measures chosen for a tender, their weights and methods
    FRAMEWORK = "framework"  # a framework added to the workspace
    BID = "bid"  # a bid, its clarifications and withdrawal
    RESPONSE = "response"  # a bid's answer to one measure
    MEMBER = "member"  # a panel member
    DECLARATION = "declaration"  # the conflicts register
    SCORE = "score"  # individual scores, drafts and submissions
    CONSENSUS = "consensus"
    SIGN_OFF = "sign_off"
    PERSON = "person"  # people known to the workspace: roles, passphrases
    TENDER_FILE = "tender_file"  # a published questionnaire or template, a return kept in the record
    AWARD = "award"  # the award and its standstill (issue 19)
    COMMITMENT = "commitment"  # contract commitments, their KPIs and recorded contract changes
    DELIVERY = "delivery"  # delivery entries, their evidence and the officer's checks
    RATING = "rating"  # KPI ratings per rating period
    SPEND = "spend"  # the council's spend: imports, their lines, saved column mappings (issue 20)
    REGISTER = "register"  # imported registers of co-operative and democratic businesses
    SUPPLIER_MATCH = "supplier_match"  # which suppliers are co-operative or democratic: matches, review, by hand
    OTHER_CRITERIA = "other_criteria"  # the tender's other award criteria (price, quality) and bids' scores (issue 21)


@dataclass(frozen=True)
class Changes:
    """What a mutation changed: kinds of thing and the tender they belong to (None: workspace-wide)."""

    kinds: frozenset[ChangeKind]
    tender_id: int | None = None

    @staticmethod
    def of(*kinds: ChangeKind, tender_id: int | None = None) -> Changes:
        return Changes(frozenset(ChangeKind(k) for k in kinds), tender_id)

    @staticmethod
    def none() -> Changes:
        return Changes(frozenset())

    def touches(self, kinds: frozenset[ChangeKind]) -> bool:
        return bool(self.kinds & kinds)
