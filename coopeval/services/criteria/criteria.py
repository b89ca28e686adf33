"""The tender's other award criteria (price, quality…) and each bid's score on them (issue 21).

They are assessed outside CoopEval and recorded here so the summaries and the report can state the whole result the
council reached. An officer (SET_UP) records and changes them until the award; from the award on they are refused
("withdraw the award first"). Weights are % of the whole tender, scores 0 to the criterion's "out of", all exact
decimal text; every score needs reasons by reference to the bid. A criterion taken out is kept in the record
(`removed`), with the reason in its audit event.
"""

from __future__ import annotations

from decimal import Decimal

from sqlmodel import Session, col, select

from coopeval.domain import lifecycle
from coopeval.domain import text as text_rules
from coopeval.domain.identity import Permission
from coopeval.domain.lifecycle import LifecycleError
from coopeval.domain.numbers import MAX_NUMBER, InputError, Problems, decimal_text, parse_decimal
from coopeval.i18n import _
from coopeval.services.changes import ChangeKind, Changes
from coopeval.services.criteria.views import CriterionView, OtherScoreView
from coopeval.services.identity.guard import require
from coopeval.services.rows import row_id, save, stored_row, tender_row
from coopeval.services.workspace import NotFoundError, Workspace
from coopeval.storage import audit
from coopeval.storage.tables import BidRow, OtherCriterionRow, OtherScoreRow, TenderRow

KINDS = ("price", "quality", "other")
KIND_LABELS = {"price": "Price", "quality": "Quality", "other": "Other"}


def list_criteria(ws: Workspace, tender: int | str) -> list[CriterionView]:
    """The tender's other criteria not taken out, in position order, each with its scores in the bids' order."""
    with ws.reading() as session:
        return criteria_views(session, row_id(tender_row(session, tender)))


def criteria_views(session: Session, tender_id: int) -> list[CriterionView]:
    rows = list(session.exec(select(OtherCriterionRow).where(OtherCriterionRow.tender_id == tender_id,
                                                             OtherCriterionRow.removed == False)  # noqa: E712
                             .order_by(col(OtherCriterionRow.position), col(OtherCriterionRow.id))))
    identifiers = {b.id: b.identifier for b in session.exec(select(BidRow).where(BidRow.tender_id == tender_id))}
    scores: dict[int, list[OtherScoreRow]] = {}
    for s in session.exec(select(OtherScoreRow).where(OtherScoreRow.tender_id == tender_id)
                          .order_by(col(OtherScoreRow.bid_id))):
        scores.setdefault(s.criterion_id, []).append(s)
    return [_view(r, scores.get(row_id(r), []), identifiers) for r in rows]


def _view(row: OtherCriterionRow, scores: list[OtherScoreRow], identifiers: dict[int | None, str]) -> CriterionView:
    return CriterionView(row_id(row), row.tender_id, row.position, row.name, row.kind, row.weight, row.max_score,
                         row.method, tuple(_score_view(s, identifiers.get(s.bid_id, "")) for s in scores))


def _score_view(s: OtherScoreRow, identifier: str) -> OtherScoreView:
    return OtherScoreView(row_id(s), s.criterion_id, s.bid_id, identifier, s.score, s.reasons, s.source)


def editable_tender(ws: Workspace, session: Session, tender: int | str) -> TenderRow:
    """The tender, once the officer may change its other criteria: refused from the award on."""
    row = tender_row(session, tender)
    require(ws, session, row, Permission.SET_UP)
    if row.status in lifecycle.AFTER_AWARD:
        raise LifecycleError(_("{reference} is {label}: the other award criteria and their "
                             "scores are part of the award decision and cannot change after it; withdraw the award "
                             "first.").format(reference=row.reference, label=lifecycle.label(row.status)))
    return row


def checked_kind(kind: str) -> str:
    value = (kind or "").strip().casefold()
    if value not in KINDS:
        raise InputError(_("Kind: {kind!r} is not one of price, quality or other.").format(kind=kind))
    return value


def checked_weight(weight: str | int | Decimal) -> str:
    value = parse_decimal(weight, _("Weight (% of the whole tender)"), minimum=0, maximum=100, places=2)
    if value <= 0:
        raise InputError(_("Weight (% of the whole tender) must be more than 0."))
    return decimal_text(value)


def checked_max(max_score: str | int | Decimal) -> str:
    value = parse_decimal(max_score, _("Out of"), minimum=0, maximum=MAX_NUMBER, places=4)
    if value <= 0:
        raise InputError(_("Out of must be more than 0."))
    return decimal_text(value)


def checked_score(score: str | int | Decimal, max_score: str, what: str = _("Score")) -> str:
    return decimal_text(parse_decimal(score, what, minimum=0, maximum=Decimal(max_score), places=4))


def _live(session: Session, tender_id: int) -> list[OtherCriterionRow]:
    return list(session.exec(select(OtherCriterionRow).where(OtherCriterionRow.tender_id == tender_id,
                                                             OtherCriterionRow.removed == False)))  # noqa: E712


def _check_name(session: Session, tender_id: int, name: str, own_id: int | None = None) -> None:
    key = text_rules.identity_key(name)
    for r in _live(session, tender_id):
        if r.id != own_id and text_rules.identity_key(r.name) == key:
            raise InputError(_("Name: the tender already has a criterion \"{name}\".").format(name=r.name))


def add_criterion(ws: Workspace, tender: int | str, *, name: str, kind: str, weight: str | int | Decimal,
                  max_score: str | int | Decimal, method: str = "") -> tuple[CriterionView, Changes]:
    with ws.writing() as session:
        row = editable_tender(ws, session, tender)
        tid = row_id(row)
        problems = Problems()
        clean_name = problems.check(lambda: text_rules.clean(name, "other_criterion.name", _("Name"), required=True))
        clean_kind = problems.check(lambda: checked_kind(kind))
        clean_weight = problems.check(lambda: checked_weight(weight))
        clean_max = problems.check(lambda: checked_max(max_score))
        clean_method = problems.check(lambda: text_rules.clean(method, "other_criterion.method", _("Method")))
        if clean_name:
            problems.check(lambda: _check_name(session, tid, clean_name))
        problems.raise_any()
        assert clean_name and clean_kind and clean_weight and clean_max and clean_method is not None
        position = 1 + max((r.position for r in session.exec(select(OtherCriterionRow).where(
            OtherCriterionRow.tender_id == tid))), default=0)
        crit = OtherCriterionRow(tender_id=tid, position=position, name=clean_name, kind=clean_kind,
                                 weight=clean_weight, max_score=clean_max, method=clean_method,
                                 made_at=audit.now_utc())
        session.add(crit)
        session.flush()
        save(ws, session, crit, "create", None, row.reference)
        return _one(session, crit), Changes.of(ChangeKind.OTHER_CRITERIA, tender_id=tid)


def _criterion(ws: Workspace, session: Session, criterion_id: int) -> tuple[OtherCriterionRow, TenderRow]:
    crit = stored_row(session, OtherCriterionRow, criterion_id, _("other award criterion"))
    if crit.removed:
        raise NotFoundError(_("The criterion \"{name}\" has been taken out of the tender.").format(name=crit.name))
    return crit, editable_tender(ws, session, crit.tender_id)


def _one(session: Session, crit: OtherCriterionRow) -> CriterionView:
    return next(v for v in criteria_views(session, crit.tender_id) if v.id == crit.id)


def update_criterion(ws: Workspace, criterion_id: int, *, name: str | None = None, kind: str | None = None,
                     weight: str | int | Decimal | None = None, max_score: str | int | Decimal | None = None,
                     method: str | None = None) -> tuple[CriterionView, Changes]:
    with ws.writing() as session:
        crit, tender = _criterion(ws, session, criterion_id)
        problems = Problems()
        values: dict[str, str] = {}
        if name is not None:
            n = problems.check(lambda: text_rules.clean_edit(name, crit.name, "other_criterion.name", _("Name"),
                                                             required=True))
            if n:
                problems.check(lambda: _check_name(session, crit.tender_id, n, crit.id))
                values["name"] = n
        if kind is not None:
            k = problems.check(lambda: checked_kind(kind))
            if k:
                values["kind"] = k
        if weight is not None:
            w = problems.check(lambda: checked_weight(weight))
            if w:
                values["weight"] = w
        if max_score is not None:
            m = problems.check(lambda: checked_max(max_score))
            if m:
                over = [s for s in session.exec(select(OtherScoreRow).where(OtherScoreRow.criterion_id == crit.id))
                        if Decimal(s.score) > Decimal(m)]
                if over:
                    problems.add(_("Out of: {count} score(s) are above {m}; change them first.").format(count=len(over), m=m))
                values["max_score"] = m
        if method is not None:
            t = problems.check(lambda: text_rules.clean_edit(method, crit.method, "other_criterion.method", _("Method")))
            if t is not None:
                values["method"] = t
        problems.raise_any()
        changed = {k: v for k, v in values.items() if getattr(crit, k) != v}
        if changed:
            before = crit.snapshot()
            for k, v in changed.items():
                setattr(crit, k, v)
            save(ws, session, crit, "update", before, tender.reference)
        return _one(session, crit), (Changes.of(ChangeKind.OTHER_CRITERIA, tender_id=crit.tender_id) if changed
                                     else Changes.none())


def remove_criterion(ws: Workspace, criterion_id: int, reason: str) -> Changes:
    """Take the criterion out of the tender: kept in the record (with its scores) as removed, the reason noted."""
    with ws.writing() as session:
        crit, tender = _criterion(ws, session, criterion_id)
        why = text_rules.clean(reason, "other_criterion.remove_reason", _("Reason"), required=True)
        before = crit.snapshot()
        crit.removed = True
        save(ws, session, crit, "remove", before, tender.reference, note=why)
        return Changes.of(ChangeKind.OTHER_CRITERIA, tender_id=crit.tender_id)


def tender_bid(session: Session, tender: TenderRow, bid: int | str) -> BidRow:
    """One of the tender's bids, by id or identifier (case ignored); a withdrawn bid is refused."""
    if isinstance(bid, int):
        row = session.get(BidRow, bid)
        found = row if row is not None and row.tender_id == tender.id else None
    else:
        key = text_rules.identity_key(bid.strip())
        found = next((b for b in session.exec(select(BidRow).where(BidRow.tender_id == tender.id))
                      if text_rules.identity_key(b.identifier) == key), None)
    if found is None:
        raise NotFoundError(_("{reference} has no bid {bid!r}.").format(reference=tender.reference, bid=bid))
    if found.withdrawn:
        raise InputError(_("Bid {identifier} is withdrawn; it is not scored.").format(identifier=found.identifier))
    return found


def record_other_score(ws: Workspace, criterion_id: int, bid: int | str, *, score: str | int | Decimal,
                       reasons: str, source: str = "") -> tuple[OtherScoreView, Changes]:
    """The bid's score on the criterion (0 to its "out of") with the reasons, by reference to the bid."""
    with ws.writing() as session:
        crit, tender = _criterion(ws, session, criterion_id)
        target = tender_bid(session, tender, bid)
        view, changed = write_score(ws, session, tender, crit, target, score=score, reasons=reasons, source=source)
        return view, (Changes.of(ChangeKind.OTHER_CRITERIA, tender_id=crit.tender_id) if changed else Changes.none())


def write_score(ws: Workspace, session: Session, tender: TenderRow, crit: OtherCriterionRow, bid: BidRow, *,
                score: str | int | Decimal, reasons: str, source: str = "", note: str = "") -> tuple[OtherScoreView, bool]:
    """Write one score in the caller's transaction: created, updated, or left alone when the same."""
    existing = session.exec(select(OtherScoreRow).where(OtherScoreRow.criterion_id == crit.id,
                                                        OtherScoreRow.bid_id == bid.id)).first()
    problems = Problems()
    value = problems.check(lambda: checked_score(score, crit.max_score, _("Score on \"{name}\"").format(name=crit.name)))
    why = problems.check(lambda: text_rules.clean_edit(reasons, existing.reasons if existing else None,
                                                       "other_score.reasons", _("Reasons"), required=True))
    problems.raise_any()
    assert value is not None and why is not None
    if existing is None:
        row = OtherScoreRow(tender_id=row_id(tender), criterion_id=row_id(crit), bid_id=row_id(bid), score=value,
                            reasons=why, source=source, made_at=audit.now_utc())
        session.add(row)
        session.flush()
        save(ws, session, row, "create", None, tender.reference, note=note)
        return _score_view(row, bid.identifier), True
    if Decimal(existing.score) == Decimal(value) and existing.reasons == why:
        return _score_view(existing, bid.identifier), False
    before = existing.snapshot()
    existing.score, existing.reasons, existing.source = value, why, source
    save(ws, session, existing, "update", before, tender.reference, note=note)
    return _score_view(existing, bid.identifier), True
