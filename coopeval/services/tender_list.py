"""One line per tender: what the tender list in the app and `coopeval tenders` both show.

Counted in SQL (COUNT … GROUP BY), a handful of queries however many tenders, bids and scores the
workspace holds: no bid or score row is read into Python. What a member may see follows the same
rule as scoring (`evaluator_rules.access_problem`), applied to their few current declarations."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import and_, exists, func, or_
from sqlmodel import Session, col, select

from coopeval.domain import evaluator_rules
from coopeval.domain.lifecycle import SCORING_ROLES
from coopeval.services.head_cache import HeadCache
from coopeval.services.views import TenderView, from_row
from coopeval.services.workspace import Workspace
from coopeval.storage.tables import BidRow, DeclarationRow, MemberRow, ScoreRow, TenderMeasureRow, TenderRow


@dataclass(frozen=True)
class TenderSummary:
    tender: TenderView
    bids: int
    scored: int  # individual scores given (or abstentions), over every evaluator
    to_score: int  # individual scores expected

    @property
    def reference(self) -> str:
        return self.tender.reference

    def as_json(self) -> dict:
        return {"reference": self.tender.reference, "status": self.tender.status, "title": self.tender.title,
                "bids": self.bids, "scored": self.scored, "to_score": self.to_score}


# Kept per audit head: the list is asked for by the sidebar after every change, and counting a large workspace's
# scores takes a while (read on the worker there: see `counting_cost`).
_cache: HeadCache[list[TenderSummary]] = HeadCache()


def clear_cache() -> None:
    _cache.clear()


def counting_cost(ws: Workspace) -> int:
    """About how many score rows the next `tender_summaries` would count (0 when it is kept for this audit head)."""
    with ws.reading() as session:
        if HeadCache.key(ws, session) in _cache:
            return 0
        return int(session.execute(select(func.max(col(ScoreRow.id)))).scalar() or 0)


def tender_summaries(ws: Workspace) -> list[TenderSummary]:
    """Each tender with its active bids, and the individual scores given and expected over its
    scoring members: an item is an active bid the member may see × a qualitative measure."""
    with ws.reading() as session:
        key = HeadCache.key(ws, session)
        cached = _cache.get(key)
        summaries = cached if cached is not None else _count(session)
    if cached is None:
        _cache.put(key, summaries)
    return list(summaries)


def tender_summary(ws: Workspace, tender_id: int) -> TenderSummary | None:
    """One tender's line (None if there is no such tender): its own members' scores only, so it stays quick however
    large the rest of the workspace is."""
    with ws.reading() as session:
        cached = _cache.get(HeadCache.key(ws, session))
        found = cached if cached is not None else _count(session, tender_id)
    return next((s for s in found if s.tender.id == tender_id), None)


def _count(session: Session, tender_id: int | None = None) -> list[TenderSummary]:
    """The summaries (of one tender, when given), counted in SQL."""
    tenders = select(TenderRow).order_by(TenderRow.reference)
    bids = select(col(BidRow.tender_id), func.count()).where(BidRow.withdrawn == False)  # noqa: E712
    measures = select(col(TenderMeasureRow.tender_id), func.count()).where(TenderMeasureRow.kind == "qualitative")
    members = select(MemberRow).where(col(MemberRow.role).in_(SCORING_ROLES)).order_by(col(MemberRow.id))
    if tender_id is not None:
        tenders = tenders.where(TenderRow.id == tender_id)
        bids = bids.where(BidRow.tender_id == tender_id)
        measures = measures.where(TenderMeasureRow.tender_id == tender_id)
        members = members.where(MemberRow.tender_id == tender_id)
    tender_rows = list(session.exec(tenders))
    active = dict(session.execute(bids.group_by(col(BidRow.tender_id))).all())
    qualitative = dict(session.execute(measures.group_by(col(TenderMeasureRow.tender_id))).all())
    scorers = list(session.exec(members))
    current: dict[int, list[DeclarationRow]] = defaultdict(list)
    for d in session.exec(select(DeclarationRow).where(DeclarationRow.superseded_by == None)):  # noqa: E711
        current[d.member_id].append(d)
    # bids someone has a current declaration about: the only ones a member may be kept from
    declared_bids = dict(session.execute(
        select(col(BidRow.id), col(BidRow.tender_id)).where(BidRow.withdrawn == False, col(BidRow.id).in_(  # noqa: E712
            select(col(DeclarationRow.bid_id)).where(DeclarationRow.superseded_by == None)))).all())  # noqa: E711
    item = (select(col(ScoreRow.member_id))
            .join(MemberRow, col(MemberRow.id) == ScoreRow.member_id)
            .join(BidRow, and_(col(BidRow.id) == ScoreRow.bid_id, col(BidRow.tender_id) == MemberRow.tender_id,
                               col(BidRow.withdrawn).is_(False)))
            .join(TenderMeasureRow, and_(col(TenderMeasureRow.id) == ScoreRow.measure_id,
                                         col(TenderMeasureRow.tender_id) == MemberRow.tender_id,
                                         col(TenderMeasureRow.kind) == "qualitative"))
            .where(or_(col(ScoreRow.value).is_not(None), col(ScoreRow.abstained).is_(True))))
    if tender_id is not None:
        item = item.where(col(ScoreRow.member_id).in_([m.id for m in scorers]))
    scored = dict(session.execute(item.add_columns(func.count()).group_by(col(ScoreRow.member_id))).all())
    on_declared = item.where(exists().where(col(DeclarationRow.member_id) == col(ScoreRow.member_id),
                                            col(DeclarationRow.bid_id) == col(ScoreRow.bid_id),
                                            col(DeclarationRow.superseded_by).is_(None)))
    scored_declared = {(m, b): n for m, b, n in session.execute(on_declared.add_columns(
        col(ScoreRow.bid_id), func.count()).group_by(col(ScoreRow.member_id), col(ScoreRow.bid_id)))}
    views = [from_row(TenderView, t) for t in tender_rows]
    done: dict[int, int] = defaultdict(int)
    total: dict[int, int] = defaultdict(int)
    for member in scorers:
        own = current.get(member.id or 0, [])
        if evaluator_rules.access_problem(member.name, own, None) is not None:
            continue  # sees no bid (not declared, or kept from the whole tender): nothing to score
        kept_from = {d.bid_id for d in own if d.bid_id is not None and declared_bids.get(d.bid_id) == member.tender_id
                     and evaluator_rules.access_problem(member.name, own, d.bid_id) is not None}
        visible = active.get(member.tender_id, 0) - len(kept_from)
        total[member.tender_id] += visible * qualitative.get(member.tender_id, 0)
        done[member.tender_id] += scored.get(member.id, 0) - sum(scored_declared.get((member.id, b), 0)
                                                                  for b in kept_from)
    return [TenderSummary(view, active.get(view.id, 0), done[view.id], total[view.id]) for view in views]
