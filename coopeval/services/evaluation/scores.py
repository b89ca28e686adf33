"""Individual scoring: each evaluator's own scores, saved as drafts and then submitted.

Blind by construction: the functions here only ever return the asking member's own scores, and
`all_scores` refuses until moderation has opened.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache, partial
from types import SimpleNamespace
from typing import Any

from sqlalchemy import text as text_sql
from sqlmodel import Session, col, select

from coopeval.domain import evaluator_rules, lifecycle, text
from coopeval.domain.evaluator_rules import NO_SCORE, submit_problem, value_problem
from coopeval.domain.identity import Permission
from coopeval.domain.numbers import InputError, Problems
from coopeval.domain.scales import Scale
from coopeval.i18n import _
from coopeval.services.changes import ChangeKind, Changes
from coopeval.services.identity.guard import require_own_or_sight, require_seat, require_sight
from coopeval.services.panel.members import AccessError, access_problem
from coopeval.services.rows import row_id, save, stored_row, tender_row
from coopeval.services.views import ScoreView, from_row
from coopeval.services.workspace import NotFoundError, Workspace
from coopeval.storage import audit
from coopeval.storage.tables import BidRow, MemberRow, ScoreRow, TenderMeasureRow, TenderRow


@lru_cache(maxsize=64)
def _scale(stored: str) -> Scale:
    """A tender's stored scale, parsed once per distinct text (a `Scale` is immutable)."""
    return Scale.model_validate_json(stored)


@dataclass(frozen=True)
class Progress:
    scored: int
    total: int
    submitted: bool

    @property
    def complete(self) -> bool:
        return self.total > 0 and self.scored == self.total


def save_score(ws: Workspace, member_id: int, bid_id: int, measure_id: int, *, value: int | None = None,
               abstain: bool = False, abstain_reason: str = "", rationale: str = "",
               evidence_refs: str = "") -> tuple[ScoreView, Changes]:
    """Save (create or update) the member's draft score for one bid × measure.

    The hot path of scoring (autosave): one query reads the member, their tender, the bid, the
    measure and the score there may already be; one more the member's current declarations; the
    score is written with one Core statement and its event through `audit.Chain` (no ORM object,
    no flush, no refresh). Every check of the ORM version stays, in the same order."""
    with ws.writing() as session:
        found = session.execute(_SAVE_LOOKUP, {"member": member_id, "bid": bid_id, "measure": measure_id}).first()
        if found is None:
            raise NotFoundError(_("There is no panel member {member_id}.").format(member_id=member_id))
        if found.t_id is None:
            stored_row(session, TenderRow, found.tender_id, _("tender"))  # raises, naming it
        member = MemberRow(id=member_id, tender_id=found.tender_id, name=found.name, role=found.role,
                           email=found.email, person_id=found.person_id)
        require_seat(ws, session, member, Permission.SCORE)
        lifecycle.require_scoring_open(found.t_status)
        _require_scorer(member)
        if found.b_tender is None or found.b_tender != found.t_id or found.m_tender is None \
                or found.m_tender != found.t_id:
            raise NotFoundError(_("That bid or measure is not part of this tender."))
        if found.b_withdrawn:
            raise InputError(_("{b_legal_name} has withdrawn; its bid is not scored.").format(b_legal_name=found.b_legal_name))
        if found.m_kind != "qualitative":
            raise InputError(_("{m_code} is quantitative: it is scored from the bid's committed quantity, "
                             "not by panel members.").format(m_code=found.m_code))
        problem = evaluator_rules.access_problem(member.name, _current_declarations(session, member_id), bid_id)
        if problem:
            raise AccessError(problem)
        if abstain:
            value = None
        elif value is not None:
            scale = _scale(found.t_scale)
            off_scale = value_problem(value, scale)  # the same rule as pack import
            if off_scale:
                raise InputError(f"{off_scale}.")
        before: dict[str, Any] | None = None
        if found.s_id is not None:
            before = {name: getattr(found, "s_" + name) for name in _SCORE_FIELDS}
            before["abstained"] = bool(before["abstained"])
        if before is not None and before["status"] == "submitted":
            raise lifecycle.LifecycleError(_("You have submitted your scores; they are read-only until moderation."))
        now = audit.now_utc()
        problems = Problems()
        new_rationale = problems.check(partial(text.clean_edit, rationale, before["rationale"] if before else None,
                                               "score.rationale", _("Rationale")))
        new_reason = problems.check(partial(text.clean_edit, abstain_reason if abstain else "",
                                            before["abstain_reason"] if before else None, "score.abstain_reason",
                                            _("Reason for abstaining")))
        new_refs = problems.check(partial(text.clean_edit, evidence_refs, before["evidence_refs"] if before else None,
                                          "score.evidence_refs", _("Evidence references")))
        problems.raise_any()
        content = {"value": value, "abstained": abstain, "abstain_reason": new_reason or "",
                   "rationale": new_rationale or "", "evidence_refs": new_refs or ""}
        if before is not None:
            after = {**before, **content}
            if after == before:  # updated_at is all that would change
                return from_row(ScoreView, SimpleNamespace(**after)), Changes.none()
        chain = audit.Chain(session, actor=ws.actor, person=ws.person_name)
        if before is None:
            after = {**_blank_score(), "id": chain.new_id(ScoreRow), "member_id": member_id, "bid_id": bid_id,
                     "measure_id": measure_id, "created_at": now, **content, "updated_at": now}
            chain.insert_snapshots(ScoreRow, [after], action="score", tender_ref=found.t_reference)
        else:
            after["updated_at"] = now
            session.execute(_RESCORE, {**content, "updated_at": now, "id": after["id"]})
            chain.event(action="rescore", entity=ScoreRow.__entity__, entity_id=after["id"],
                        tender_ref=found.t_reference, before=before, after=after, note="")
        chain.flush()
        return from_row(ScoreView, SimpleNamespace(**after)), Changes.of(ChangeKind.SCORE, tender_id=found.t_id)


# A draft re-scored: the columns `content` holds, and when.
_RESCORE = text_sql("UPDATE score SET value = :value, abstained = :abstained, abstain_reason = :abstain_reason, "
                    "rationale = :rationale, evidence_refs = :evidence_refs, updated_at = :updated_at WHERE id = :id")
_SCORE_FIELDS = tuple(ScoreRow.model_fields)
# Member, tender, bid, measure and the score (if any) for one save, in one statement.
_SAVE_LOOKUP = text_sql(
    "SELECT m.tender_id, m.name, m.role, m.email, m.person_id, t.id AS t_id, t.status AS t_status, "
    "t.scale AS t_scale, t.reference AS t_reference, b.tender_id AS b_tender, b.withdrawn AS b_withdrawn, "
    "b.legal_name AS b_legal_name, tm.tender_id AS m_tender, tm.kind AS m_kind, tm.code AS m_code, "
    + ", ".join(f"s.{name} AS s_{name}" for name in _SCORE_FIELDS) + " "
    "FROM member m LEFT JOIN tender t ON t.id = m.tender_id "
    "LEFT JOIN bid b ON b.id = :bid LEFT JOIN tender_measure tm ON tm.id = :measure "
    "LEFT JOIN score s ON s.member_id = m.id AND s.bid_id = :bid AND s.measure_id = :measure "
    "WHERE m.id = :member")


def _current_declarations(session: Session, member_id: int) -> list[SimpleNamespace]:
    """The member's current declarations, as `panel.members.access_problem` reads them."""
    return [SimpleNamespace(**r) for r in session.execute(_CURRENT_DECLARATIONS, {"member": member_id}).mappings()]


# Made once, as the statements above: on the autosave path, building the statement per call cost more than SQLite's answer.
_CURRENT_DECLARATIONS = text_sql(
    "SELECT * FROM declaration WHERE member_id = :member AND superseded_by IS NULL")


@lru_cache(maxsize=1)
def _blank_score() -> dict[str, Any]:
    """Every field of a new score row, with its defaults, as its snapshot has them."""
    return ScoreRow(member_id=0, bid_id=0, measure_id=0, created_at="", updated_at="").snapshot()


def submit_scores(ws: Workspace, member_id: int) -> Changes:
    """Submit every one of the member's scores; refused until every item they may see is scored or
    abstained, each with a rationale (and a reason for each abstention)."""
    with ws.writing() as session:
        member, tender = _member_and_tender(session, member_id)
        require_seat(ws, session, member, Permission.SCORE)
        lifecycle.require_scoring_open(tender.status)
        _require_scorer(member)
        items = _items(session, member, tender)
        scores = {(s.bid_id, s.measure_id): s for s in _own(session, member_id)}
        missing, no_reason = [], []
        for bid_id, measure_id in items:
            s = scores.get((bid_id, measure_id))
            # The same rule as pack import: a score, a rationale, a reason for an abstention.
            problem = NO_SCORE if s is None else submit_problem(s.value, s.abstained, s.abstain_reason, s.rationale)
            if problem == NO_SCORE:
                missing.append((bid_id, measure_id))
            elif problem:
                no_reason.append((bid_id, measure_id))
        if missing or no_reason:
            parts = []
            if missing:
                parts.append(_("{count} item(s) have no score").format(count=len(missing)))
            if no_reason:
                parts.append(_("{count} item(s) have no rationale or abstention reason").format(count=len(no_reason)))
            raise InputError(_("Your scores cannot be submitted yet: ") + " and ".join(parts) + ".")
        now = audit.now_utc()
        changed = False
        for s in scores.values():
            if s.status == "submitted" or (s.bid_id, s.measure_id) not in items:
                continue
            before = s.snapshot()
            s.status, s.submitted_at, s.updated_at = "submitted", now, now
            save(ws, session, s, "submit", before, tender.reference)
            changed = True
        return Changes.of(ChangeKind.SCORE, tender_id=tender.id) if changed else Changes.none()


def my_scores(ws: Workspace, member_id: int) -> list[ScoreView]:
    """The member's own scores: for the member themselves (anyone else once moderation opens)."""
    with ws.reading() as session:
        member, tender = _member_and_tender(session, member_id)
        require_own_or_sight(ws, session, member, tender)
        return [from_row(ScoreView, s) for s in _own(session, member_id)]


def progress(ws: Workspace, member_id: int) -> Progress:
    with ws.reading() as session:
        member, tender = _member_and_tender(session, member_id)
        items = _items(session, member, tender)
        own = [s for s in _own(session, member_id) if (s.bid_id, s.measure_id) in items]
        done = sum(1 for s in own if s.value is not None or s.abstained)
        submitted = bool(own) and all(s.status == "submitted" for s in own) and done == len(items)
        return Progress(done, len(items), submitted)


def all_scores(ws: Workspace, tender: int | str) -> list[ScoreView]:
    """Every member's scores: only once moderation has opened (scoring is blind until then)."""
    with ws.reading() as session:
        row = tender_row(session, tender)
        if row.status in (lifecycle.DRAFT, lifecycle.EVALUATION):
            raise lifecycle.LifecycleError(_("Scoring is blind until moderation opens; other members' scores are hidden."))
        require_sight(ws, session, row)
        return _tender_scores(session, row_id(row))


def _tender_scores(session: Session, tender_id: int) -> list[ScoreView]:
    query = (select(ScoreRow).join(MemberRow, col(MemberRow.id) == ScoreRow.member_id)
             .where(MemberRow.tender_id == tender_id))
    return [from_row(ScoreView, s) for s in session.exec(query.order_by(col(ScoreRow.id)))]


def _items(session: Session, member: MemberRow, tender: TenderRow) -> set[tuple[int, int]]:
    bids = session.exec(select(BidRow).where(BidRow.tender_id == tender.id, BidRow.withdrawn == False))  # noqa: E712
    visible = [row_id(b) for b in bids if access_problem(session, member, b.id) is None]
    measures = session.exec(select(TenderMeasureRow).where(TenderMeasureRow.tender_id == tender.id,
                                                           TenderMeasureRow.kind == "qualitative"))
    measure_ids = [row_id(m) for m in measures]
    return {(b, m) for b in visible for m in measure_ids}


def _own(session: Session, member_id: int) -> list[ScoreRow]:
    return list(session.exec(select(ScoreRow).where(ScoreRow.member_id == member_id).order_by(col(ScoreRow.id))))


def _member_and_tender(session: Session, member_id: int) -> tuple[MemberRow, TenderRow]:
    member = session.get(MemberRow, member_id)
    if member is None:
        raise NotFoundError(_("There is no panel member {member_id}.").format(member_id=member_id))
    return member, stored_row(session, TenderRow, member.tender_id, _("tender"))


def _require_scorer(member: MemberRow) -> None:
    if member.role not in lifecycle.SCORING_ROLES:
        raise AccessError(_("{name} is on the panel as {role}; only evaluators and the chair score.").format(name=member.name, role=lifecycle.role_label(member.role)))
