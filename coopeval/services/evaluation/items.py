"""What the scoring page reads: one panel member's items to score (bid × qualitative measure), in
the order they chose, each with the measure's detail, the bid's response and the member's own score.

Blind by construction: the only scores read here are the asking member's own. A member who has not
declared (`panel.members.has_declared`) gets no items, only the bidders' names, to know whom they
declare about; one whose interest in the whole tender awaits the officer gets nothing. A bid they
may not see (excluded, or an interest awaiting resolution) is left out and only counted, never named.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session, col, select

from coopeval import i18n
from coopeval.domain import lifecycle
from coopeval.domain.errors import CoopEvalError
from coopeval.domain.scales import Scale
from coopeval.i18n import _
from coopeval.services.identity.guard import require_own_or_sight
from coopeval.services.panel.members import access_problem, has_declared
from coopeval.services.rows import row_id, tender_row
from coopeval.services.setup.frameworks import parsed_framework
from coopeval.services.views import MemberView, ScoreView, TenderView, from_row
from coopeval.services.workspace import NotFoundError, Workspace
from coopeval.storage.tables import (
    BidRow,
    DeclarationRow,
    FrameworkRow,
    MemberRow,
    ResponseRow,
    ScoreRow,
    TenderMeasureRow,
)

ORDERS = ("by_bid", "by_measure")

# Why a member sees no items (or fewer): the page words its prompt from these.
OK, NOT_SCORER, UNDECLARED, AWAITING, EXCLUDED = "ok", "not_scorer", "undeclared", "awaiting", "excluded"


@dataclass(frozen=True)
class Commitment:
    """A quantitative commitment in a bid, shown to evaluators for information (never scored by them)."""

    code: str
    title: str
    quantity: str | None
    unit: str | None


@dataclass(frozen=True)
class ScoringItem:
    bid_id: int
    measure_id: int
    bid_name: str
    bid_identifier: str
    measure_position: int
    code: str
    title: str
    theme: str
    outcome: str
    description: str
    evaluator_guidance: str
    evidence: str
    anchors: tuple[tuple[str, str], ...]  # ("low" | "middle" | "high", what such a response looks like)
    response_text: str
    page_refs: str
    quantity: str | None
    score: ScoreView | None
    # The measure's title and evaluator guidance in the language not shown, when the framework has both (issue 22)
    title_other: str | None = None
    evaluator_guidance_other: str | None = None

    @property
    def key(self) -> tuple[int, int]:
        return (self.bid_id, self.measure_id)

    @property
    def done(self) -> bool:
        """Scored or abstained (what the progress count and submission count as done)."""
        return self.score is not None and (self.score.value is not None or self.score.abstained)

    @property
    def submitted(self) -> bool:
        return self.score is not None and self.score.status == "submitted"


@dataclass(frozen=True)
class ScoringSheet:
    member: MemberView
    tender: TenderView
    scale: Scale
    access: str  # OK, NOT_SCORER, UNDECLARED, AWAITING or EXCLUDED
    message: str  # why access is not OK ("" when it is)
    items: tuple[ScoringItem, ...]
    hidden_awaiting: int = 0  # bids hidden until the officer resolves the member's interest in them
    hidden_excluded: int = 0  # bids the member is excluded from
    commitments: dict[int, tuple[Commitment, ...]] = field(default_factory=dict)  # by bid id
    # The bidders' names a member who has not declared yet declares about (every bid not withdrawn);
    # empty once they have declared (their items then name the bids they may see).
    bidders: tuple[str, ...] = ()

    @property
    def scoring_open(self) -> bool:
        return self.tender.status == lifecycle.EVALUATION

    @property
    def submitted(self) -> bool:
        return bool(self.items) and all(i.submitted for i in self.items)

    @property
    def editable(self) -> bool:
        return self.access == OK and self.scoring_open and not self.submitted

    @property
    def scored(self) -> int:
        return sum(1 for i in self.items if i.done)


def scorers(ws: Workspace, tender: int | str) -> list[MemberView]:
    """The panel members who score (evaluators and the chair), in panel order."""
    with ws.reading() as session:
        row = tender_row(session, tender)
        members = session.exec(select(MemberRow).where(MemberRow.tender_id == row.id).order_by(col(MemberRow.id)))
        return [from_row(MemberView, m) for m in members if m.role in lifecycle.SCORING_ROLES]


def scoring_sheet(ws: Workspace, member_id: int, order: str = "by_bid") -> ScoringSheet:
    """Everything the member may see and score, in `order` ('by_bid' or 'by_measure')."""
    with ws.reading() as session:
        member = session.get(MemberRow, member_id)
        if member is None:
            raise NotFoundError(_("There is no panel member {member_id}.").format(member_id=member_id))
        tender = tender_row(session, member.tender_id)
        require_own_or_sight(ws, session, member, tender)
        base: dict[str, Any] = {"member": from_row(MemberView, member), "tender": from_row(TenderView, tender),
                                "scale": Scale.model_validate_json(tender.scale)}
        if member.role not in lifecycle.SCORING_ROLES:
            return ScoringSheet(**base, access=NOT_SCORER, items=(), message=(
                _("{name} is on the panel as {role}; only evaluators and the chair score.").format(name=member.name, role=lifecycle.role_label(member.role))))
        current = list(session.exec(select(DeclarationRow).where(
            DeclarationRow.member_id == member.id, DeclarationRow.superseded_by == None)))  # noqa: E711
        access, message = _general_access(session, member, current)
        bids = list(session.exec(select(BidRow).where(BidRow.tender_id == tender.id, BidRow.withdrawn == False)  # noqa: E712
                                 .order_by(col(BidRow.id))))
        if access == UNDECLARED:
            return ScoringSheet(**base, access=access, message=message, items=(),
                                bidders=tuple(_bid_name(b) for b in bids))
        if access != OK:
            return ScoringSheet(**base, access=access, message=message, items=())
        visible, awaiting, excluded = [], 0, 0
        for bid in bids:
            problem = access_problem(session, member, bid.id)
            if problem is None:
                visible.append(bid)
            elif any(d.resolution == "excluded" for d in current if d.bid_id in (None, bid.id)):
                excluded += 1
            else:
                awaiting += 1
        measures = list(session.exec(select(TenderMeasureRow).where(TenderMeasureRow.tender_id == tender.id)
                                     .order_by(col(TenderMeasureRow.position))))
        responses = {(r.bid_id, r.measure_id): r for r in session.exec(
            select(ResponseRow).where(col(ResponseRow.bid_id).in_([b.id for b in visible])))} if visible else {}
        own = {(s.bid_id, s.measure_id): from_row(ScoreView, s) for s in session.exec(
            select(ScoreRow).where(ScoreRow.member_id == member.id))}
        places = _places(session, measures)
        items = [_item(bid, m, responses.get((row_id(bid), row_id(m))), own.get((row_id(bid), row_id(m))),
                       places.get((m.framework_id, m.framework_version, m.code)))
                 for bid in visible for m in measures if m.kind == "qualitative"]
        commitments = {row_id(bid): tuple(_commitment(m, responses.get((row_id(bid), row_id(m))))
                                          for m in measures if m.kind != "qualitative") for bid in visible}
        return ScoringSheet(**base, access=OK, message="", items=tuple(ordered(items, order)),
                            hidden_awaiting=awaiting, hidden_excluded=excluded, commitments=commitments)


def ordered(items: list[ScoringItem] | tuple[ScoringItem, ...], order: str) -> list[ScoringItem]:
    """Bid by bid (each bid's measures in tender order), or measure by measure (every bid's answer
    to one measure together, for consistency)."""
    if order not in ORDERS:
        raise ValueError(_("unknown scoring order {order!r}").format(order=order))
    bid_rank = {b: n for n, b in enumerate(dict.fromkeys(sorted(i.bid_id for i in items)))}
    if order == "by_bid":
        return sorted(items, key=lambda i: (bid_rank[i.bid_id], i.measure_position))
    return sorted(items, key=lambda i: (i.measure_position, bid_rank[i.bid_id]))


def _general_access(session: Session, member: MemberRow, current: list[DeclarationRow]) -> tuple[str, str]:
    if not has_declared(current):
        return UNDECLARED, _("{name} must declare any conflict of interest before seeing the bids.").format(name=member.name)
    problem = access_problem(session, member, None)
    if problem is None:
        return OK, ""
    general = [d for d in current if d.bid_id is None]
    return (EXCLUDED if any(d.resolution == "excluded" for d in general) else AWAITING), problem


def _bid_name(bid: BidRow) -> str:
    return bid.trading_name or bid.legal_name


def _places(session: Session, measures: list[TenderMeasureRow]) -> dict[tuple[str, str, str], tuple[str, str]]:
    """Each measure's theme and outcome names in Welsh, from the framework the tender used (issue 22): the stored
    names are the English. Empty when the screen is in English or the framework is not in the workspace."""
    if i18n.current() == "en":
        return {}
    found: dict[tuple[str, str, str], tuple[str, str]] = {}
    for fid, version in {(m.framework_id, m.framework_version) for m in measures}:
        row = session.exec(select(FrameworkRow).where(FrameworkRow.framework_id == fid,
                                                      FrameworkRow.version == version)).first()
        if row is None:
            continue
        try:
            framework = parsed_framework(row.content, f"{fid}-{version}.toml")
        except CoopEvalError:
            continue
        for theme, outcome, measure in framework.measures():
            found[(fid, version, measure.code)] = (theme.local("name"), outcome.local("name"))
    return found


def _item(bid: BidRow, measure: TenderMeasureRow, response: ResponseRow | None, score: ScoreView | None,
          place: tuple[str, str] | None = None) -> ScoringItem:
    detail = json.loads(measure.measure_json)
    anchors = detail.get("anchors") or {}
    theme, outcome = place or (measure.theme, measure.outcome)
    return ScoringItem(
        bid_id=row_id(bid), measure_id=row_id(measure), bid_name=_bid_name(bid),
        bid_identifier=bid.identifier, measure_position=measure.position, code=measure.code,
        title=_local(detail, "title"), theme=theme, outcome=outcome,
        description=_local(detail, "description"), evaluator_guidance=_local(detail, "evaluator_guidance"),
        evidence=_local(detail, "evidence"),
        anchors=tuple((k, _local(anchors, k)) for k in ("low", "middle", "high") if anchors.get(k)),
        response_text=response.text if response else "", page_refs=response.page_refs if response else "",
        quantity=response.quantity if response else None, score=score,
        title_other=_other(detail, "title"), evaluator_guidance_other=_other(detail, "evaluator_guidance"))


def _local(detail: dict[str, Any], key: str) -> str:
    """A framework text of the stored measure in the current language (its `<key>_cy` when Welsh is shown)."""
    return i18n.pick(str(detail.get(key) or ""), str(detail.get(f"{key}_cy") or "") or None)


def _other(detail: dict[str, Any], key: str) -> str | None:
    return i18n.other(str(detail.get(key) or ""), str(detail.get(f"{key}_cy") or "") or None)


def _commitment(measure: TenderMeasureRow, response: ResponseRow | None) -> Commitment:
    detail = json.loads(measure.measure_json)
    return Commitment(measure.code, _local(detail, "title"), response.quantity if response else None,
                      detail.get("unit"))
