"""KPI ratings per rating period (a financial year, "2027-2028"), in the vocabulary of PA 2023 contract performance
notices (s.71), beside the rating CoopEval suggests from what was delivered against what was promised.

- Which commitments are rated: every commitment still in the contract (not removed), the s.52 KPIs first. A
  performance notice reports the KPIs, so only they must be rated before one is written; rating the others is
  optional and shows in the delivery report.
- Promised in a period: the commitment's target is for the whole contract, so a period is promised its share, pro
  rata by days (the period cut to the contract ÷ the contract's days); a contract of one period is promised it all.
  A level (a percentage or ratio, `entries.is_level_unit`) is promised in full in every period.
- Delivered in a period: the delivery rule of `entries.delivered` (accepted entries only) applied to the entries
  of the period's four quarters.
- The suggestion: `domain.ratings.suggest` with the tender's thresholds (`set_thresholds`); a qualitative
  commitment, or one with nothing accepted, is suggested "Other" (nothing to compute from).
- A rating differing from the suggestion needs a reason. One rating per commitment and period: rating again
  changes it, and the audit log keeps every earlier rating. Ratings are recorded in delivery and after the contract
  closes (a final notice), never before delivery starts.
- Thresholds change suggestions shown from then on, never a stored rating (each keeps the suggestion it was made
  beside).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from decimal import Decimal
from functools import partial

from sqlmodel import Session, col, select

from coopeval.domain import lifecycle
from coopeval.domain import ratings as rules
from coopeval.domain import text as text_rules
from coopeval.domain.identity import Permission
from coopeval.domain.numbers import InputError, Problems, decimal_text, parse_decimal
from coopeval.domain.periods import Period, contract_years, period_text, quarters_in_year
from coopeval.i18n import _
from coopeval.services.changes import ChangeKind, Changes
from coopeval.services.delivery import entries as delivery_entries
from coopeval.services.delivery.views import CommitmentView, RatingView
from coopeval.services.identity.guard import require
from coopeval.services.rows import row_id, save, stored_row, tender_row
from coopeval.services.views import from_row
from coopeval.services.workspace import NotFoundError, Workspace
from coopeval.storage import audit
from coopeval.storage.tables import AwardRow, CommitmentRow, DeliveryRow, RatingRow, TenderMeasureRow, TenderRow

RATED_STATUSES = (lifecycle.IN_DELIVERY, lifecycle.CLOSED)


@dataclass(frozen=True)
class RatingLine:
    """One commitment in one rating period: promised, delivered, the suggestion and the rating recorded (if any)."""

    commitment: CommitmentView
    period: str  # "2027-2028"
    period_text: str  # "April 2027 to March 2028"
    first: str  # the period's first and last day, cut to the contract (ISO)
    last: str
    promised: str | None  # the period's share of the target, exact decimal text; None: no measurable target
    delivered: str | None  # accepted figures of the period's quarters, by the rule in `entries`; None: none
    achievement: str | None  # delivered ÷ promised in % (inverted where lower is better), to 1 place; None
    suggestion: str  # a key of domain.ratings.RATINGS
    rating: str | None  # the rating recorded, or None
    reason: str  # the recorded rating's reason
    suggested_then: str | None  # the suggestion the recorded rating was made beside
    rated_at: str | None
    answers: tuple[str, ...] = ()  # accepted yes/no/partly answers of the period's quarters (qualitative)
    unchecked: int = 0  # entries of the period not yet accepted (pending or queried): the figures may change

    @property
    def kpi(self) -> bool:
        return self.commitment.s52_kpi

    @property
    def differs(self) -> bool:
        return self.rating is not None and self.rating != self.suggestion


# --- reading --------------------------------------------------------------------------------------------------------


def thresholds(row: TenderRow) -> rules.Thresholds:
    return rules.Thresholds(Decimal(row.rating_good), Decimal(row.rating_approaching), Decimal(row.rating_improvement))


def current_award_row(session: Session, tender: TenderRow) -> AwardRow | None:
    return session.exec(select(AwardRow).where(AwardRow.tender_id == tender.id, col(AwardRow.withdrawn).is_(False))
                        .order_by(col(AwardRow.id).desc())).first()


def _award(session: Session, tender: TenderRow) -> AwardRow:
    award = current_award_row(session, tender)
    if award is None:
        raise lifecycle.LifecycleError(_("Tender {reference} has no award yet: ratings follow the award and "
                                       "the start of delivery.").format(reference=tender.reference))
    return award


def periods_of(award: AwardRow) -> list[Period]:
    return contract_years(dt.date.fromisoformat(award.start_on), dt.date.fromisoformat(award.end_on))


def period_of(award: AwardRow, key: str) -> Period:
    """The contract's rating period `key`; anything else is refused naming the contract's periods."""
    key = (key or "").strip()
    found = {p.key: p for p in periods_of(award)}
    if key not in found:
        period_text(key)  # a malformed key: said as such below
        raise InputError(_("{value} is not one of this contract's rating periods; choose one of "
                         "{found} (financial years, April to March).").format(value=key or '(none)', found=', '.join(found)))
    return found[key]


def rating_periods(ws: Workspace, tender: int | str) -> list[Period]:
    """The contract's rating periods (financial years, cut to its start and end); [] before the award."""
    with ws.reading() as session:
        award = current_award_row(session, tender_row(session, tender))
        return periods_of(award) if award is not None else []


def promised_in(target: Decimal, period: Period, award: AwardRow, unit: str | None = None) -> Decimal:
    """What a period is promised of a whole-contract target: its share pro rata by days, or for a level (a
    percentage or ratio, `entries.is_level_unit`) the target itself."""
    if delivery_entries.is_level_unit(unit):
        return target
    start, end = dt.date.fromisoformat(award.start_on), dt.date.fromisoformat(award.end_on)
    whole = (end - start).days + 1
    part = (period.last - period.first).days + 1
    return target if part >= whole else target * part / whole


def _number(text: str | None) -> Decimal | None:
    if text in (None, ""):
        return None
    try:
        value = Decimal(str(text))
    except ArithmeticError:
        return None
    return value if value.is_finite() else None


def _shown(value: Decimal | None, places: int = 2) -> str | None:
    if value is None:
        return None
    return decimal_text(value.quantize(Decimal(1).scaleb(-places)))


def _commitment_view(row: CommitmentRow, titles: dict[int, str], latest: str | None) -> CommitmentView:
    return from_row(CommitmentView, row, title=titles.get(row.measure_id or 0, ""), delivered=None,
                    latest_rating=latest)


def _titles(session: Session, tender_id: int) -> dict[int, str]:
    out = {}
    for m in session.exec(select(TenderMeasureRow).where(TenderMeasureRow.tender_id == tender_id)):
        try:
            out[row_id(m)] = str(json.loads(m.measure_json).get("title", ""))
        except (ValueError, AttributeError):
            out[row_id(m)] = ""
    return out


def lines_in(session: Session, tender: TenderRow, award: AwardRow, period: Period) -> list[RatingLine]:
    """The rating lines of one period (the KPIs first, then the other commitments, each in order)."""
    limits = thresholds(tender)
    commitments = list(session.exec(select(CommitmentRow).where(CommitmentRow.tender_id == tender.id,
                                                                CommitmentRow.award_id == award.id,
                                                                col(CommitmentRow.removed).is_(False))))
    commitments.sort(key=lambda c: (not c.s52_kpi, c.position, row_id(c)))
    ids = [row_id(c) for c in commitments]
    quarters = quarters_in_year(period.key)
    entries: dict[int, list[DeliveryRow]] = {i: [] for i in ids}
    for e in session.exec(select(DeliveryRow).where(col(DeliveryRow.commitment_id).in_(ids),
                                                    col(DeliveryRow.period).in_(quarters))):
        entries[e.commitment_id].append(e)
    stored = {r.commitment_id: r for r in session.exec(select(RatingRow).where(
        col(RatingRow.commitment_id).in_(ids), RatingRow.period == period.key))}
    titles = _titles(session, row_id(tender))
    out = []
    for c in commitments:
        mine = sorted(entries[row_id(c)], key=lambda e: e.period)
        target = _number(c.target)
        promised = promised_in(target, period, award, c.unit) if target is not None else None
        delivered = delivery_entries.delivered(c, mine)
        share = (rules.achievement(promised, delivered, c.direction or "higher")
                 if promised is not None and delivered is not None else None)
        suggestion = rules.suggest(promised, delivered, c.direction, limits)
        rating = stored.get(row_id(c))
        out.append(RatingLine(
            commitment=_commitment_view(c, titles, rating.rating if rating else None), period=period.key,
            period_text=period_text(period.key), first=period.first.isoformat(), last=period.last.isoformat(),
            promised=_shown(promised), delivered=_shown(delivered), achievement=_shown(share, 1),
            suggestion=suggestion, rating=rating.rating if rating else None, reason=rating.reason if rating else "",
            suggested_then=rating.suggested if rating else None, rated_at=rating.made_at if rating else None,
            answers=tuple(e.answer for e in mine if e.check == "accepted" and e.answer),
            unchecked=sum(1 for e in mine if e.check in ("pending", "queried"))))
    return out


def rating_lines(ws: Workspace, tender: int | str, period: str) -> list[RatingLine]:
    """Every commitment of the contract in rating period `period` ("2027-2028"): the s.52 KPIs first."""
    with ws.reading() as session:
        row = tender_row(session, tender)
        award = _award(session, row)
        return lines_in(session, row, award, period_of(award, period))


def rating_thresholds(ws: Workspace, tender: int | str) -> rules.Thresholds:
    """The tender's rating thresholds: the % of promised delivery from which a KPI is suggested Good, Approaching
    target and Requires improvement (`set_thresholds` changes them)."""
    with ws.reading() as session:
        return thresholds(tender_row(session, tender))


def list_ratings(ws: Workspace, tender: int | str) -> list[RatingView]:
    """Every rating recorded for the tender, by period and commitment."""
    with ws.reading() as session:
        row = tender_row(session, tender)
        found = session.exec(select(RatingRow).where(RatingRow.tender_id == row.id)
                             .order_by(col(RatingRow.period), col(RatingRow.commitment_id)))
        return [from_row(RatingView, r) for r in found]


# --- changing -------------------------------------------------------------------------------------------------------


def record_rating(ws: Workspace, commitment_id: int, period: str, rating: str, reason: str = "") -> Changes:
    """Rate one commitment for one period. A rating other than the suggestion needs a reason; rating again replaces
    the rating (the audit log keeps the earlier one)."""
    rating = (rating or "").strip().lower()
    if rating not in rules.RATINGS:
        raise InputError(_("{value} is not a rating; choose one of ").format(value=rating or '(none)')
                         + ", ".join(f"{rules.LABELS[k]} ({k})" for k in rules.RATINGS) + ".")
    reason = text_rules.clean(reason, "rating.reason", _("The reason for the rating"))
    with ws.writing() as session:
        commitment = stored_row(session, CommitmentRow, commitment_id, _("commitment"))
        tender = stored_row(session, TenderRow, commitment.tender_id, _("tender"))
        require(ws, session, tender, Permission.SET_UP)
        if tender.status not in RATED_STATUSES:
            raise lifecycle.LifecycleError(_("Ratings are recorded once delivery has started; tender {reference} "
                                           "is {label}.").format(reference=tender.reference, label=lifecycle.label(tender.status)))
        if commitment.removed:
            raise lifecycle.LifecycleError(_("Commitment {code} was taken out of the contract; it is not "
                                           "rated.").format(code=commitment.code))
        award = _award(session, tender)
        if commitment.award_id != award.id:
            raise NotFoundError(_("Commitment {commitment_id} is not part of the current award of {reference}.").format(commitment_id=commitment_id, reference=tender.reference))
        key = period_of(award, period)
        line = next(x for x in lines_in(session, tender, award, key) if x.commitment.id == commitment_id)
        if rating != line.suggestion and not reason:
            raise InputError(_("The reason for the rating is required: CoopEval suggests "
                             "{LABELS} for {code}, not {LABELS2}.").format(LABELS=rules.LABELS[line.suggestion], code=commitment.code, LABELS2=rules.LABELS[rating]))
        now = audit.now_utc()  # the workspace's own UTC form ("…Z"), which tender JSON carries
        row = session.exec(select(RatingRow).where(RatingRow.commitment_id == commitment_id,
                                                   RatingRow.period == key.key)).first()
        if row is None:
            row = RatingRow(tender_id=row_id(tender), commitment_id=commitment_id, period=key.key,
                            suggested=line.suggestion, rating=rating, reason=reason, made_at=now)
            save(ws, session, row, "create", None, tender.reference)
        else:
            if (row.rating, row.reason, row.suggested) == (rating, reason, line.suggestion):
                return Changes.none()
            before = row.snapshot()
            row.rating, row.reason, row.suggested, row.made_at = rating, reason, line.suggestion, now
            save(ws, session, row, "update", before, tender.reference)
        return Changes.of(ChangeKind.RATING, tender_id=tender.id)


def set_thresholds(ws: Workspace, tender: int | str, good: str | Decimal | int, approaching: str | Decimal | int,
                   improvement: str | Decimal | int) -> Changes:
    """The % of promised delivery at which a KPI is suggested Good, Approaching target and Requires improvement.
    Suggestions change; stored ratings never do."""
    problems = Problems()
    values: list[Decimal] = []
    for value, what in ((good, _("Good from")), (approaching, _("Approaching target from")),
                        (improvement, _("Requires improvement from"))):
        parsed = problems.check(partial(parse_decimal, value, what, minimum=0, maximum=1000, places=2))
        values.append(parsed if parsed is not None else Decimal(0))
    problems.raise_any()
    limits = rules.Thresholds(*values)
    problem = limits.problem()
    if problem:
        raise InputError(problem[0].upper() + problem[1:] + ".")
    with ws.writing() as session:
        row = tender_row(session, tender)
        require(ws, session, row, Permission.SET_UP)
        if row.status == lifecycle.CLOSED:
            raise lifecycle.LifecycleError(_("Tender {reference} is closed; its rating thresholds no longer "
                                           "change.").format(reference=row.reference))
        texts = tuple(decimal_text(v) for v in (limits.good, limits.approaching, limits.improvement))
        if (row.rating_good, row.rating_approaching, row.rating_improvement) == texts:
            return Changes.none()
        before = row.snapshot()
        row.rating_good, row.rating_approaching, row.rating_improvement = texts
        save(ws, session, row, "update", before, row.reference, note="rating thresholds")
        return Changes.of(ChangeKind.RATING, ChangeKind.TENDER, tender_id=row.id)
