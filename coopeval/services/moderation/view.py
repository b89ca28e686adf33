"""What the Moderation page reads: the grid of bid × measure with each item's agreement level (from
`domain.moderation.moderation_stats`, over submitted scores only), its consensus if any, every
evaluator's score and rationale, the members with a declared interest in the bid, and the history
of an item's scores and consensus from the audit log.

Blind until moderation opens: before then the grid holds no scores, only how far each evaluator has
got (counts, never values).
"""

from __future__ import annotations

import gc
import json
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from decimal import Decimal
from fractions import Fraction
from operator import itemgetter
from typing import TypeVar

from sqlmodel import Session, col, or_, select

from coopeval import i18n
from coopeval.domain import lifecycle
from coopeval.domain.moderation import DISCUSS, SPLIT, ModerationStats, moderation_stats
from coopeval.domain.scales import Scale
from coopeval.domain.scoring import ScaleSpec
from coopeval.i18n import _
from coopeval.services.head_cache import HeadCache
from coopeval.services.identity.guard import require_sight
from coopeval.services.moderation.drafts import COUNTED, DRAFT, SUBMITTED, WITHDRAWN, PendingDraft, pending_in
from coopeval.services.panel.members import access_problem
from coopeval.services.rows import row_id, tender_row
from coopeval.services.views import BidView, ConsensusView, MeasureView, MemberView, TenderView, from_row
from coopeval.services.workspace import NotFoundError, Workspace
from coopeval.storage.tables import (
    AuditEventRow,
    BidRow,
    ConsensusRow,
    DeclarationRow,
    MemberRow,
    ResponseRow,
    ScoreRow,
    TenderMeasureRow,
    TenderRow,
)

QUANTITATIVE = "quantitative"  # the "level" of a quantitative item: it has no individual scores
_STATUS_ORDER = {"submitted": 0, DRAFT: 1, WITHDRAWN: 2}
T = TypeVar("T")


@dataclass(frozen=True)
class EvaluatorScore:
    member_id: int
    name: str
    alias: str  # "A", "B", … by panel order, for an anonymised view
    value: int | None
    abstained: bool
    abstain_reason: str
    rationale: str
    evidence_refs: str
    status: str  # submitted | draft | withdrawn


@dataclass(frozen=True)
class Conflict:
    """A current declared interest of a member in the item's bid (or in the whole tender)."""

    member_id: int
    name: str
    interest: str
    nature: str | None
    details: str
    resolution: str | None
    resolution_note: str
    whole_tender: bool


@dataclass(frozen=True)
class ModerationItem:
    bid_id: int
    measure_id: int
    bid_name: str
    bid_identifier: str
    code: str
    title: str
    kind: str
    unit: str | None
    direction: str | None  # quantitative: "higher" or "lower" is better
    response_text: str
    page_refs: str
    committed: str | None  # the bid's committed quantity (quantitative measures)
    scores: tuple[EvaluatorScore, ...]  # submitted first, then drafts, then withdrawn
    stats: ModerationStats | None  # qualitative only; over submitted scores
    consensus: ConsensusView | None
    conflicts: tuple[Conflict, ...]

    @property
    def key(self) -> tuple[int, int]:
        return (self.bid_id, self.measure_id)

    @property
    def level(self) -> str:
        return QUANTITATIVE if self.stats is None else self.stats.level

    @property
    def pending_drafts(self) -> int:
        return sum(1 for s in self.scores if s.status == DRAFT)

    @property
    def needs_discussion(self) -> bool:
        return self.consensus is None and self.level in (DISCUSS, SPLIT)

    @property
    def disagreement(self) -> Fraction:
        """The spread as a share of the scale (-1 when there is nothing to compare), for ordering."""
        share = self.stats.range_share if self.stats is not None else None
        return Fraction(-1) if share is None else share


@dataclass(frozen=True)
class Readiness:
    """How far one scoring member has got, before moderation opens (counts only: scoring is blind)."""

    name: str
    scored: int
    expected: int
    drafts: int
    submitted: int


@dataclass(frozen=True)
class ModerationGrid:
    tender: TenderView
    scale: Scale
    bids: tuple[BidView, ...]  # active bids
    measures: tuple[MeasureView, ...]
    scorers: tuple[MemberView, ...]
    items: dict[tuple[int, int], ModerationItem] = field(default_factory=dict)
    drafts: tuple[PendingDraft, ...] = ()
    readiness: tuple[Readiness, ...] = ()

    @property
    def is_open(self) -> bool:
        return self.tender.status in (lifecycle.MODERATION, *lifecycle.SIGNED_OFF_OR_LATER)

    @property
    def editable(self) -> bool:
        return self.tender.status == lifecycle.MODERATION

    def item(self, bid_id: int, measure_id: int) -> ModerationItem:
        return self.items[(bid_id, measure_id)]

    def present_by_default(self, item: ModerationItem) -> list[str]:
        """The scoring members, less those with a declared interest in the bid (asked to leave)."""
        away = {c.member_id for c in item.conflicts}
        return [m.name for m in self.scorers if m.id not in away]


# The open grid per (file, tender, audit head). Only open grids are kept, and sight is asked each time.
_cache: HeadCache[ModerationGrid] = HeadCache()


def clear_cache() -> None:
    """Forget every grid kept (for benchmarks timing a first read)."""
    _cache.clear()


def grid_cost(ws: Workspace, tender: int | str) -> int:
    """How much `moderation_grid` has to read now: 0 when the grid is kept for the current audit
    head, else the tender's bids × measures (so the page reads a large tender on the worker)."""
    from coopeval.services.bids.entry import items_count

    with ws.reading() as session:
        row = tender_row(session, tender)
        kept = HeadCache.key(ws, session, row_id(row)) in _cache
    return 0 if kept else items_count(ws, row_id(row))


def moderation_grid(ws: Workspace, tender: int | str) -> ModerationGrid:
    with ws.reading() as session:
        row = tender_row(session, tender)
        key = HeadCache.key(ws, session, row_id(row))
        cached = _cache.get(key)
        if cached is not None:
            require_sight(ws, session, row)
            return cached
        grid = _read_grid(ws, session, row)
        if grid.is_open:
            _cache.put(key, grid)
        return grid


def _read_grid(ws: Workspace, session: Session, row: TenderRow) -> ModerationGrid:
    view = from_row(TenderView, row)
    scale = Scale.model_validate_json(row.scale)
    bids = [b for b in session.exec(select(BidRow).where(BidRow.tender_id == row.id).order_by(col(BidRow.id))) if not b.withdrawn]
    measures = list(session.exec(select(TenderMeasureRow).where(TenderMeasureRow.tender_id == row.id)
                                 .order_by(col(TenderMeasureRow.position))))
    members = list(session.exec(select(MemberRow).where(MemberRow.tender_id == row.id).order_by(col(MemberRow.id))))
    scorers = [m for m in members if m.role in lifecycle.SCORING_ROLES]
    grid = ModerationGrid(view, scale, tuple(from_row(BidView, b) for b in bids),
                          tuple(from_row(MeasureView, m) for m in measures), tuple(from_row(MemberView, m) for m in scorers))
    if not grid.is_open:
        return ModerationGrid(grid.tender, scale, grid.bids, grid.measures, grid.scorers,
                              readiness=tuple(_readiness(session, m, bids, measures) for m in scorers))
    require_sight(ws, session, row)
    with _collector_paused():
        items = _items(session, row_id(row), view, scale, bids, measures, members)
    return ModerationGrid(grid.tender, scale, grid.bids, grid.measures, grid.scorers, items, tuple(pending_in(session, row)))


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Build the grid without the cyclic collector: the tens of thousands of objects it makes (rows,
    score and item views) all stay alive, so the collections their allocation sets off, each walking
    what was made so far, free nothing (~30 ms of a large grid). Resumed afterwards, unless it was
    already paused."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _items(session: Session, tender_id: int, tender: TenderView, scale: Scale, bids: list[BidRow],
           measures: list[TenderMeasureRow], members: list[MemberRow]) -> dict[tuple[int, int], ModerationItem]:
    names = {row_id(m): m.name for m in members}
    aliases = {m.id: _alias(n) for n, m in enumerate(m for m in members if m.role in lifecycle.SCORING_ROLES)}
    bid_ids = [row_id(b) for b in bids]
    conn = session.connection()  # Core, not the ORM: a large tender has tens of thousands of scores
    # Plain tuples of only the columns shown, unordered (SQLite would sort them in a temporary tree):
    # one stable sort by member here, then each item's scores go submitted first (`_STATUS_ORDER`).
    # SQLModel's `select` stubs only type up to four columns, hence the ignore.
    score_columns = select(ScoreRow.member_id, ScoreRow.value, ScoreRow.abstained,  # type: ignore[call-overload]
                           ScoreRow.abstain_reason, ScoreRow.rationale, ScoreRow.evidence_refs, ScoreRow.status,
                           ScoreRow.bid_id, ScoreRow.measure_id)
    rows = sorted(conn.execute(score_columns.where(col(ScoreRow.bid_id).in_(bid_ids))).all(), key=itemgetter(0))
    scores: dict[tuple[int, int], list[EvaluatorScore]] = defaultdict(list)
    unsorted: set[tuple[int, int]] = set()  # items with a score not submitted: sorted by status below
    make, set_fields = object.__new__, object.__setattr__
    for member_id, value, abstained, reason, rationale, refs, status, bid_id, measure_id in rows:
        # EvaluatorScore(...) without its frozen __init__'s nine object.__setattr__ calls: same instance
        score = make(EvaluatorScore)
        set_fields(score, "__dict__", {"member_id": member_id, "name": names.get(member_id, "?"),
                                       "alias": aliases.get(member_id, "?"), "value": value, "abstained": abstained,
                                       "abstain_reason": reason, "rationale": rationale, "evidence_refs": refs,
                                       "status": status})
        scores[(bid_id, measure_id)].append(score)
        if status != SUBMITTED:
            unsorted.add((bid_id, measure_id))
    for key in unsorted:
        scores[key].sort(key=lambda s: (_STATUS_ORDER.get(s.status, 3), s.member_id))
    consensus_columns = select(*(getattr(ConsensusRow, name) for name in _CONSENSUS_FIELDS))
    consensus = {(c[1], c[2]): _frozen(ConsensusView, _CONSENSUS_FIELDS, c)  # id, bid_id, measure_id, …
                 for c in conn.execute(consensus_columns.where(col(ConsensusRow.bid_id).in_(bid_ids))).all()}
    response_columns = select(ResponseRow.bid_id, ResponseRow.measure_id, ResponseRow.text,  # type: ignore[call-overload]
                              ResponseRow.page_refs, ResponseRow.quantity)
    responses = {(r[0], r[1]): (r[2], r[3], r[4]) for r in conn.execute(response_columns.where(col(ResponseRow.bid_id).in_(bid_ids))).all()}
    conflicts = _conflicts(session, tender_id, names)
    spec = ScaleSpec(id=scale.id, points=scale.values)
    cutoffs = {"discuss_at": Fraction(Decimal(tender.discuss_at)) / 100, "split_above": Fraction(Decimal(tender.split_above)) / 100}
    bid_facts = [(bid_id, b.trading_name or b.legal_name, b.identifier, b.legal_name,
                  tuple(conflicts.get(bid_id, ()) + conflicts.get(None, ()))) for bid_id, b in zip(bid_ids, bids, strict=True)]
    no_response = ("", "", None)
    items = {}
    seen: dict[tuple[int | None, ...], ModerationStats] = {}
    for m in measures:
        measure_id, code, kind, direction = row_id(m), m.code, m.kind, m.direction
        detail = json.loads(m.measure_json)
        title = i18n.pick(str(detail.get("title", "")), str(detail.get("title_cy") or "") or None)  # issue 22
        unit = detail.get("unit")
        qualitative = kind == "qualitative"
        for bid_id, bid_name, identifier, legal_name, bid_conflicts in bid_facts:
            key = (bid_id, measure_id)
            given = tuple(scores.get(key, ()))
            stats = None
            if qualitative:
                counted = tuple(None if s.abstained else s.value for s in given if s.status in COUNTED)
                stats = seen.get(counted)  # the same scores give the same statistics: computed once
                if stats is None:
                    stats = seen[counted] = moderation_stats(counted, spec, about=f"{legal_name}, {code}", **cutoffs)
            text, page_refs, quantity = responses.get(key, no_response)
            items[key] = _frozen(ModerationItem, _ITEM_FIELDS, (bid_id, measure_id, bid_name, identifier, code, title, kind, unit,
                                                                direction, text, page_refs, quantity, given, stats,
                                                                consensus.get(key), bid_conflicts))
    return items


_ITEM_FIELDS = tuple(f.name for f in fields(ModerationItem))
_CONSENSUS_FIELDS = tuple(f.name for f in fields(ConsensusView))


def _frozen(cls: type[T], names: tuple[str, ...], values: Sequence[object]) -> T:
    """`cls(*values)` for a frozen dataclass with no `__post_init__` (`names` its fields, in order):
    the same instance, but one attribute write instead of a frozen `__init__`'s one per field, which
    counts when a grid makes tens of thousands of them."""
    made = object.__new__(cls)
    object.__setattr__(made, "__dict__", dict(zip(names, values, strict=True)))
    return made


def _conflicts(session: Session, tender_id: int, names: dict[int, str]) -> dict[int | None, tuple[Conflict, ...]]:
    out: dict[int | None, list[Conflict]] = defaultdict(list)
    query = select(DeclarationRow).where(DeclarationRow.tender_id == tender_id, DeclarationRow.superseded_by == None,  # noqa: E711
                                         DeclarationRow.interest != "none").order_by(col(DeclarationRow.member_id))
    for d in session.exec(query):
        out[d.bid_id].append(Conflict(d.member_id, names.get(d.member_id, "?"), d.interest, d.nature, d.details,
                                      d.resolution, d.resolution_note, d.bid_id is None))
    return {k: tuple(v) for k, v in out.items()}


def _readiness(session: Session, member: MemberRow, bids: list[BidRow], measures: list[TenderMeasureRow]) -> Readiness:
    visible = {b.id for b in bids if access_problem(session, member, b.id) is None}
    qualitative = {m.id for m in measures if m.kind == "qualitative"}
    own = [s for s in session.exec(select(ScoreRow).where(ScoreRow.member_id == member.id))
           if s.bid_id in visible and s.measure_id in qualitative]
    done = sum(1 for s in own if s.value is not None or s.abstained)
    return Readiness(member.name, done, len(visible) * len(qualitative), sum(1 for s in own if s.status == DRAFT),
                     sum(1 for s in own if s.status == "submitted"))


def _alias(n: int) -> str:
    return chr(ord("A") + n) if n < 26 else f"A{n}"


# --- history ----------------------------------------------------------------------------------
HIDDEN_FIELDS = frozenset({"id", "bid_id", "measure_id", "member_id", "created_at", "updated_at", "recorded_at",
                           "submitted_at", "recorded_by"})


@dataclass(frozen=True)
class FieldChange:
    name: str
    before: str
    after: str


@dataclass(frozen=True)
class HistoryEntry:
    seq: int
    at: str
    actor: str  # who was signed in to the computer when it was recorded
    action: str
    entity: str  # "score" | "consensus"
    member_id: int | None  # the evaluator whose score it is (None for the consensus)
    member_name: str
    changes: tuple[FieldChange, ...]
    note: str


def item_history(ws: Workspace, bid_id: int, measure_id: int) -> list[HistoryEntry]:
    """Every recorded change to the item's individual scores and its consensus, oldest first."""
    with ws.reading() as session:
        bid = session.get(BidRow, bid_id)
        measure = session.get(TenderMeasureRow, measure_id)
        if bid is None or measure is None or bid.tender_id != measure.tender_id:
            raise NotFoundError(_("That bid and measure are not part of the same tender."))
        tender = tender_row(session, bid.tender_id)
        if tender.status in (lifecycle.DRAFT, lifecycle.EVALUATION):
            raise lifecycle.LifecycleError(_("Scoring is blind until moderation opens; the history of scores is hidden."))
        require_sight(ws, session, tender)
        score_owner = {s.id: s.member_id for s in session.exec(
            select(ScoreRow).where(ScoreRow.bid_id == bid_id, ScoreRow.measure_id == measure_id))}
        consensus = session.exec(select(ConsensusRow.id).where(ConsensusRow.bid_id == bid_id,
                                                               ConsensusRow.measure_id == measure_id)).first()
        names = {m.id: m.name for m in session.exec(select(MemberRow).where(MemberRow.tender_id == tender.id))}
        clauses = [(col(AuditEventRow.entity) == "score") & col(AuditEventRow.entity_id).in_(list(score_owner))]
        if consensus is not None:
            clauses.append((col(AuditEventRow.entity) == "consensus") & (col(AuditEventRow.entity_id) == consensus))
        events = session.exec(select(AuditEventRow).where(or_(*clauses)).order_by(col(AuditEventRow.seq)))
        out = []
        for e in events:
            member = score_owner.get(e.entity_id) if e.entity == "score" else None
            out.append(HistoryEntry(e.seq, e.at, e.actor, e.action, e.entity, member,
                                    names.get(member, "") if member else "", _diff(e.before, e.after), e.note))
        return out


def _diff(before: str | None, after: str | None) -> tuple[FieldChange, ...]:
    old = json.loads(before) if before else {}
    new = json.loads(after) if after else {}
    changes = []
    for name in sorted(set(old) | set(new)):
        if name in HIDDEN_FIELDS or old.get(name) == new.get(name):
            continue
        changes.append(FieldChange(name, _text(old.get(name)), _text(new.get(name))))
    return tuple(changes)


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, str) and value.startswith("["):
        try:
            return ", ".join(map(str, json.loads(value)))
        except ValueError:
            return value
    return str(value)
