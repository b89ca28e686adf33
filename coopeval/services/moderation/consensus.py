"""Moderation: opening it (individual scores lock), and recording the panel's consensus per bid ×
measure with the reason, who was present, and any quantity the panel accepted instead of the bid's."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from decimal import Decimal

from sqlmodel import Session, col, select

from coopeval.domain import lifecycle, text
from coopeval.domain.identity import Permission
from coopeval.domain.numbers import MAX_NUMBER, InputError, decimal_text, parse_decimal
from coopeval.domain.scales import Scale
from coopeval.i18n import _
from coopeval.services.changes import ChangeKind, Changes
from coopeval.services.identity.guard import require
from coopeval.services.rows import save, stored_row, tender_row
from coopeval.services.views import ConsensusView, from_row
from coopeval.services.workspace import NotFoundError, Workspace
from coopeval.storage import audit
from coopeval.storage.tables import BidRow, ConsensusRow, ResponseRow, ScoreRow, TenderMeasureRow, TenderRow

REACHED_BY = ("discussion", "within_tolerance")


def open_moderation(ws: Workspace, tender: int | str) -> Changes:
    with ws.writing() as session:
        row = tender_row(session, tender)
        require(ws, session, row, Permission.OPEN_MODERATION)
        lifecycle.check_open_moderation(row.status)
        before = row.snapshot()
        row.status, row.updated_at = lifecycle.MODERATION, audit.now_utc()
        save(ws, session, row, "open_moderation", before, row.reference)
        return Changes.of(ChangeKind.TENDER, ChangeKind.SCORE, tender_id=row.id)


def record_consensus(ws: Workspace, bid_id: int, measure_id: int, *, rationale: str, value: int | None = None,
                     reached_by: str = "discussion", present: Sequence[str] = (),
                     accepted_quantity: str | None = None, quantity_reason: str = "") -> tuple[ConsensusView, Changes]:
    if reached_by not in REACHED_BY:
        raise InputError(_("How the consensus was reached must be one of {REACHED_BY}.").format(REACHED_BY=', '.join(REACHED_BY)))
    with ws.writing() as session:
        bid, measure, tender = _item(session, bid_id, measure_id)
        actor = require(ws, session, tender, Permission.MODERATE)
        lifecycle.require_consensus_open(tender.status)
        _require_no_drafts(session, bid, measure)
        row = session.exec(select(ConsensusRow).where(ConsensusRow.bid_id == bid_id, ConsensusRow.measure_id == measure_id)).first()
        # A revision keeps text the same as what is stored as it is (accepted when it was recorded).
        rationale = text.clean_edit(rationale, row.rationale if row else None, "consensus.rationale",
                                    _("The reason for the consensus score"), required=True)
        qty_text = None
        reason = text.clean_edit(quantity_reason, row.quantity_reason if row else None, "consensus.quantity_reason",
                                 _("The reason for accepting a different quantity"))
        if measure.kind == "qualitative":
            scale = Scale.model_validate_json(tender.scale)
            if value is None or value not in scale.values:
                raise InputError(_("Choose a consensus score on the {name} scale ({map}).").format(name=scale.name, map=', '.join(map(str, scale.values))))
            if accepted_quantity not in (None, ""):
                raise InputError(_("{code} is qualitative; it has no quantity to accept.").format(code=measure.code))
        else:
            value = None
            committed = _committed(session, bid_id, measure_id)
            if accepted_quantity in (None, ""):
                qty_text = committed
            else:
                qty_text = decimal_text(parse_decimal(accepted_quantity, _("{code} accepted quantity").format(code=measure.code), minimum=0,
                                                      maximum=MAX_NUMBER))
            _require_not_more_favourable(measure, committed, qty_text)
            if qty_text != committed and not reason:
                raise InputError(_("The accepted quantity for {code} differs from the bid's commitment "
                                 "({value}); give the reason (e.g. over-claim, double counting, business as usual).").format(code=measure.code, value=committed or 'none'))
        before = row.snapshot() if row else None
        if row is None:
            row = ConsensusRow(bid_id=bid_id, measure_id=measure_id, rationale=rationale, reached_by=reached_by,
                               recorded_by=actor.name, recorded_at=audit.now_utc())
        row.value, row.rationale, row.reached_by = value, rationale, reached_by
        row.accepted_quantity, row.quantity_reason = qty_text, reason
        row.present = json.dumps(sorted(set(present)), ensure_ascii=False)
        row.recorded_by, row.recorded_at = actor.name, audit.now_utc()
        save(ws, session, row, "consensus" if before is None else "revise_consensus", before, tender.reference)
        return from_row(ConsensusView, row), Changes.of(ChangeKind.CONSENSUS, tender_id=tender.id)


def accept_commitments(ws: Workspace, items: Sequence[tuple[int, int]], *, rationale: str,
                       present: Mapping[tuple[int, int], Sequence[str]] | None = None) -> tuple[int, Changes]:
    """The panel accepts each quantitative item (bid_id, measure_id) of `items` at the bid's commitment,
    for one `rationale`: all or none, in one transaction. Each is still its own consensus with its own
    audit event naming the actor; `present[(bid_id, measure_id)]` is who was present for it. Only items
    of one tender with a commitment and no consensus yet: a revision is made item by item."""
    rationale = text.clean(rationale, "consensus.rationale", _("The reason for accepting the commitments"), required=True)
    keys = list(dict.fromkeys((int(b), int(m)) for b, m in items))
    if not keys:
        raise InputError(_("There are no commitments to accept: every quantitative item has a consensus."))
    present = present or {}
    with ws.writing() as session:
        rows: list[tuple[int, int, str]] = []  # bid, measure, commitment
        tenders: set[int | None] = set()
        problems = []
        for bid_id, measure_id in keys:
            bid, measure, tender = _item(session, bid_id, measure_id)
            tenders.add(tender.id)
            committed = _committed(session, bid_id, measure_id)
            where = f"{measure.code} · {bid.legal_name}"
            if measure.kind == "qualitative":
                problems.append(_("{where} is qualitative: the panel agrees its score item by item").format(where=where))
            elif committed is None:
                problems.append(_("{where} has no commitment to accept").format(where=where))
            elif session.exec(select(ConsensusRow).where(ConsensusRow.bid_id == bid_id,
                                                         ConsensusRow.measure_id == measure_id)).first():
                problems.append(_("{where} already has a consensus (revise it on its own)").format(where=where))
            else:
                rows.append((bid_id, measure_id, committed))
        if len(tenders) > 1:
            raise InputError(_("The commitments to accept must all belong to one tender."))
        actor = require(ws, session, tender, Permission.MODERATE)
        lifecycle.require_consensus_open(tender.status)
        if problems:
            raise InputError(_("No commitment was accepted: ") + "; ".join(problems) + ".")
        now = audit.now_utc()
        for bid_id, measure_id, committed in rows:
            row = ConsensusRow(bid_id=bid_id, measure_id=measure_id, value=None, rationale=rationale,
                               reached_by="discussion", accepted_quantity=committed, quantity_reason="",
                               present=json.dumps(sorted(set(present.get((bid_id, measure_id), ()))), ensure_ascii=False),
                               recorded_by=actor.name, recorded_at=now)
            save(ws, session, row, "consensus", None, tender.reference,
                 note=f"accepted as committed, one of {len(rows)} accepted together")
        return len(rows), Changes.of(ChangeKind.CONSENSUS, tender_id=tender.id)


def list_consensus(ws: Workspace, tender: int | str) -> list[ConsensusView]:
    with ws.reading() as session:
        row = tender_row(session, tender)
        query = select(ConsensusRow).join(BidRow, col(BidRow.id) == ConsensusRow.bid_id).where(BidRow.tender_id == row.id)
        return [from_row(ConsensusView, c) for c in session.exec(query.order_by(col(ConsensusRow.id)))]


def missing_consensus(session: Session, tender: TenderRow) -> int:
    bids = list(session.exec(select(BidRow.id).where(BidRow.tender_id == tender.id, BidRow.withdrawn == False)))  # noqa: E712
    measures = list(session.exec(select(TenderMeasureRow.id).where(TenderMeasureRow.tender_id == tender.id)))
    have = {(c.bid_id, c.measure_id) for c in session.exec(select(ConsensusRow).where(col(ConsensusRow.bid_id).in_(bids)))} if bids else set()
    return sum(1 for b in bids for m in measures if (b, m) not in have)


def _committed(session: Session, bid_id: int, measure_id: int) -> str | None:
    response = session.exec(select(ResponseRow).where(ResponseRow.bid_id == bid_id, ResponseRow.measure_id == measure_id)).first()
    return response.quantity if response else None


def _require_no_drafts(session: Session, bid: BidRow, measure: TenderMeasureRow) -> None:
    """A consensus rests on settled scores: each draft left at moderation is first submitted or
    withdrawn by its evaluator (see `services.drafts`)."""
    drafts = list(session.exec(select(ScoreRow).where(ScoreRow.bid_id == bid.id, ScoreRow.measure_id == measure.id,
                                                      ScoreRow.status == "draft")))
    if drafts:
        raise InputError(_("{code} · {legal_name} has {count} draft score(s) that their evaluator "
                         "must submit or withdraw before the panel records a consensus.").format(code=measure.code, legal_name=bid.legal_name, count=len(drafts)))


def _require_not_more_favourable(measure: TenderMeasureRow, committed: str | None, accepted: str | None) -> None:
    """The panel may accept less than a bid committed (over-claim, double counting, business as
    usual), never credit it with more."""
    if committed is None or accepted is None:
        return
    lower_is_better = measure.direction == "lower"
    if (Decimal(accepted) < Decimal(committed)) if lower_is_better else (Decimal(accepted) > Decimal(committed)):
        raise InputError(_("The accepted quantity for {code} ({accepted}) would credit the bid with more than "
                         "it committed ({committed}); the panel can only accept the commitment or a "
                         "{value} figure.").format(code=measure.code, accepted=accepted, committed=committed, value='higher' if lower_is_better else 'lower'))


def _item(session: Session, bid_id: int, measure_id: int) -> tuple[BidRow, TenderMeasureRow, TenderRow]:
    bid = session.get(BidRow, bid_id)
    measure = session.get(TenderMeasureRow, measure_id)
    if bid is None or measure is None or bid.tender_id != measure.tender_id:
        raise NotFoundError(_("That bid and measure are not part of the same tender."))
    if bid.withdrawn:
        raise InputError(_("{legal_name} has withdrawn; its bid is not moderated.").format(legal_name=bid.legal_name))
    return bid, measure, stored_row(session, TenderRow, bid.tender_id, _("tender"))
