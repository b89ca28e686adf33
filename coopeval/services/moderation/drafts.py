"""Draft scores left unsubmitted when moderation opens. Each must be settled by the evaluator who
wrote it: submitted as it stands (if it is complete) or withdrawn with a reason. Nothing is deleted:
a withdrawn draft keeps its value and rationale with the status "withdrawn", its reason is the note
of its audit event, and it counts in no moderation statistics. Until an item's drafts are settled
the panel cannot record that item's consensus (`moderation.record_consensus` refuses).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlmodel import Session, col, select

from coopeval.domain import lifecycle, text
from coopeval.domain.identity import Permission
from coopeval.domain.numbers import InputError
from coopeval.i18n import N_, _
from coopeval.services.changes import ChangeKind, Changes
from coopeval.services.identity.guard import require_seat, require_sight
from coopeval.services.panel.members import access_problem
from coopeval.services.rows import row_id, save, stored_row, tender_row
from coopeval.services.workspace import NotFoundError, Workspace
from coopeval.storage import audit
from coopeval.storage.tables import BidRow, MemberRow, ScoreRow, TenderMeasureRow, TenderRow

DRAFT, SUBMITTED, WITHDRAWN = "draft", "submitted", "withdrawn"
COUNTED = (SUBMITTED,)  # the statuses moderation statistics count
_STATUS_WORDS = {DRAFT: N_("draft"), SUBMITTED: N_("submitted"), WITHDRAWN: N_("withdrawn")}  # a score's, in words


@dataclass(frozen=True)
class PendingDraft:
    """One unsettled draft, with what (if anything) stops it being submitted as it stands."""

    score_id: int
    member_id: int
    member_name: str
    bid_id: int
    bid_name: str
    measure_id: int
    code: str
    value: int | None
    abstained: bool
    rationale: str
    problem: str  # "" when it can be submitted

    @property
    def submittable(self) -> bool:
        return not self.problem


def pending_drafts(ws: Workspace, tender: int | str) -> list[PendingDraft]:
    """Every unsettled draft of the tender, evaluator by evaluator. Refused while scoring is blind."""
    with ws.reading() as session:
        row = tender_row(session, tender)
        if row.status in (lifecycle.DRAFT, lifecycle.EVALUATION):
            raise lifecycle.LifecycleError(_("Draft scores are listed once moderation opens; scoring is blind until then."))
        require_sight(ws, session, row)
        return pending_in(session, row)


def pending_in(session: Session, tender: TenderRow) -> list[PendingDraft]:
    members = {m.id: m for m in session.exec(select(MemberRow).where(MemberRow.tender_id == tender.id))}
    if not members:
        return []
    bids = {b.id: b for b in session.exec(select(BidRow).where(BidRow.tender_id == tender.id))}
    measures = {m.id: m for m in session.exec(select(TenderMeasureRow).where(TenderMeasureRow.tender_id == tender.id))}
    rows = session.exec(select(ScoreRow).where(col(ScoreRow.member_id).in_(list(members)), ScoreRow.status == DRAFT))
    out = []
    for s in rows:
        bid, measure, member = bids[s.bid_id], measures[s.measure_id], members[s.member_id]
        if bid.withdrawn:
            continue  # a withdrawn bid is not moderated, so its drafts need no decision
        out.append(PendingDraft(row_id(s), row_id(member), member.name, row_id(bid), bid.trading_name or bid.legal_name,
                                row_id(measure), measure.code, s.value, s.abstained, s.rationale, _problem(session, s, member)))
    out.sort(key=lambda d: (d.member_id, d.bid_id, measures[d.measure_id].position))
    return out


def submit_drafts(ws: Workspace, score_ids: Sequence[int], *, member_id: int) -> Changes:
    """The evaluator `member_id` submits their drafts `score_ids` as they stand; all or none."""
    with ws.writing() as session:
        tender, member, rows = _own_drafts(ws, session, score_ids, member_id)
        problems = [f"{_where(session, s)}: {p}" for s in rows if (p := _problem(session, s, member))]
        if problems:
            raise InputError(_("These drafts cannot be submitted as they stand (withdraw them instead, with a reason): ")
                             + "; ".join(problems) + ".")
        now = audit.now_utc()
        for s in rows:
            before = s.snapshot()
            s.status, s.submitted_at, s.updated_at = SUBMITTED, now, now
            save(ws, session, s, "submit_draft", before, tender.reference, note="submitted at moderation")
        return Changes.of(ChangeKind.SCORE, tender_id=tender.id)


def withdraw_drafts(ws: Workspace, score_ids: Sequence[int], *, member_id: int, reason: str) -> Changes:
    """The evaluator `member_id` withdraws their drafts `score_ids`: kept, but counted nowhere."""
    reason = text.clean(reason, "draft.withdraw_reason", _("The reason for withdrawing the draft"), required=True)
    with ws.writing() as session:
        tender, _member, rows = _own_drafts(ws, session, score_ids, member_id)
        now = audit.now_utc()
        for s in rows:
            before = s.snapshot()
            s.status, s.updated_at = WITHDRAWN, now
            save(ws, session, s, "withdraw_draft", before, tender.reference, note=reason)
        return Changes.of(ChangeKind.SCORE, tender_id=tender.id)


def submit_draft(ws: Workspace, score_id: int, *, member_id: int) -> Changes:
    return submit_drafts(ws, [score_id], member_id=member_id)


def withdraw_draft(ws: Workspace, score_id: int, *, member_id: int, reason: str) -> Changes:
    return withdraw_drafts(ws, [score_id], member_id=member_id, reason=reason)


def _own_drafts(ws: Workspace, session: Session, score_ids: Sequence[int],
                member_id: int) -> tuple[TenderRow, MemberRow, list[ScoreRow]]:
    if not score_ids:
        raise InputError(_("Choose at least one draft score."))
    member = session.get(MemberRow, member_id)
    if member is None:
        raise NotFoundError(_("There is no panel member {member_id}.").format(member_id=member_id))
    require_seat(ws, session, member, Permission.SCORE)
    tender = stored_row(session, TenderRow, member.tender_id, _("tender"))
    if tender.status != lifecycle.MODERATION:
        raise lifecycle.LifecycleError(_("Draft scores are settled during moderation; this tender is in "
                                       "{label}.").format(label=lifecycle.label(tender.status)))
    rows = []
    for score_id in dict.fromkeys(score_ids):
        s = session.get(ScoreRow, score_id)
        if s is None:
            raise NotFoundError(_("There is no score {score_id}.").format(score_id=score_id))
        bid = session.get(BidRow, s.bid_id)
        if bid is None or bid.tender_id != tender.id:
            raise NotFoundError(_("Score {score_id} is not part of tender {reference}.").format(score_id=score_id, reference=tender.reference))
        if s.member_id != member_id:
            owner = session.get(MemberRow, s.member_id)
            raise InputError(_("Only {name} can submit or withdraw that draft "
                             "({where}), not {name2}.").format(name=owner.name if owner else _("its evaluator"), where=_where(session, s), name2=member.name))
        if s.status != DRAFT:
            raise InputError(_("{where} is already {status}; only a draft can be submitted or withdrawn.").format(where=_where(session, s), status=_(_STATUS_WORDS.get(s.status, s.status))))  # i18n: no
        rows.append(s)
    return tender, member, rows


def _problem(session: Session, s: ScoreRow, member: MemberRow) -> str:
    access = access_problem(session, member, s.bid_id)
    if access:
        return access
    if s.value is None and not s.abstained:
        return _("no score chosen")
    if s.abstained and not s.abstain_reason.strip():
        return _("an abstention without its reason")
    if not s.rationale.strip():
        return _("no rationale")
    return ""


def _where(session: Session, s: ScoreRow) -> str:
    bid = stored_row(session, BidRow, s.bid_id, _("bid"))
    measure = stored_row(session, TenderMeasureRow, s.measure_id, _("tender measure"))
    return f"{measure.code} · {bid.trading_name or bid.legal_name}"
