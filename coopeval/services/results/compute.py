"""A tender's results: the scoring engine fed from the workspace.

Final once the tender is signed off. Before that the results are provisional: each item uses the
panel's consensus where there is one, otherwise the median of the individual scores (qualitative)
or the bid's committed quantity (quantitative).
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache
from typing import Any

from sqlmodel import col, select

from coopeval.domain import lifecycle
from coopeval.domain.errors import CoopEvalError
from coopeval.domain.moderation import provisional_value
from coopeval.domain.numbers import decimal_text
from coopeval.domain.rounding import round_half_up
from coopeval.domain.scales import Scale
from coopeval.domain.scoring import Band, MeasureSpec, QuantitativeMethod, ScaleSpec, compute_results
from coopeval.domain.scoring_results import TenderResults
from coopeval.domain.sensitivity import SensitivityReport, weight_sensitivity
from coopeval.i18n import _
from coopeval.services.bids.entry import list_bids
from coopeval.services.results.view import (
    available_json,
    outcome_key,
    results_cache,
    subtotal_figures,
    theme_key,
)
from coopeval.services.setup.tenders import get_tender, list_measures, tender_scale
from coopeval.services.views import BidView, MeasureView, TenderView
from coopeval.services.workspace import Workspace
from coopeval.storage.tables import ConsensusRow, ResponseRow, ScoreRow


@dataclass(frozen=True)
class ResultsView:
    tender: TenderView
    provisional: bool
    bids: dict[str, BidView]  # by identifier
    measures: tuple[MeasureView, ...]
    results: TenderResults
    sensitivity: SensitivityReport


def measure_spec(m: MeasureView) -> MeasureSpec:
    detail = m.detail
    proxy = detail.get("proxy")
    method = None
    if m.kind == "quantitative":
        bands = tuple(Band(Fraction(Decimal(a)), Fraction(Decimal(s))) for a, s in json.loads(m.bands or "[]"))
        method = QuantitativeMethod(kind=m.method or "record_only", direction=m.direction or "higher",
                                    target=None if m.target is None else Fraction(Decimal(m.target)), bands=bands)
    return MeasureSpec(
        code=m.code, framework=m.framework_id, theme=m.theme, outcome=m.outcome, kind=m.kind,
        weight=Fraction(Decimal(m.weight)), method=method,
        minimum=None if m.minimum is None else Fraction(Decimal(m.minimum)),
        proxy_value=Fraction(Decimal(str(proxy["value"]))) if proxy and m.kind == "quantitative" else None,
    )


def scale_spec(scale: Scale) -> ScaleSpec:
    return ScaleSpec(id=scale.id, points=scale.values)


class ResultsHiddenError(CoopEvalError):
    """Results are asked for while scoring is still blind."""


HIDDEN_MESSAGE = _("Results are hidden until moderation opens, so no one can infer individual scores.")


def tender_results(ws: Workspace, tender: int | str) -> ResultsView:
    """The tender's results; refused (ResultsHiddenError) while it is in draft or evaluation, for
    anyone: provisional results from a few members' scores would give those scores away. Kept per
    audit head (`results_cache`): the Results page, its whole result and a report asked at the same
    head share one computation."""
    return results_cache.through(ws, (tender,), lambda: _tender_results(ws, tender))


def _tender_results(ws: Workspace, tender: int | str) -> ResultsView:
    view = get_tender(ws, tender)
    if view.status in (lifecycle.DRAFT, lifecycle.EVALUATION):
        raise ResultsHiddenError(f"{view.reference}: {HIDDEN_MESSAGE}")
    scale = tender_scale(ws, view.id)
    measures = tuple(list_measures(ws, view.id))
    bids = [b for b in list_bids(ws, view.id) if not b.withdrawn]
    consensus = _consensus(ws, [b.id for b in bids])
    qualitative = [m.id for m in measures if m.kind == "qualitative"]
    # Individual scores matter only where the panel has not agreed a consensus yet.
    unsettled = [b.id for b in bids if any((b.id, m) not in consensus for m in qualitative)]
    individual = _individual_scores(ws, unsettled)
    committed = _committed(ws, [b.id for b in bids])
    values: dict[tuple[str, str], Any] = {}
    for bid in bids:
        for m in measures:
            agreed = consensus.get((bid.id, m.id))
            if m.kind == "qualitative":
                value: int | Fraction | None = agreed.value if agreed else provisional_value(individual.get((bid.id, m.id), []), scale_spec(scale))
            else:
                quantity = agreed.accepted_quantity if agreed else committed.get((bid.id, m.id))
                value = None if quantity is None else Fraction(Decimal(quantity))
            values[(bid.identifier, m.code)] = value
    specs = [measure_spec(m) for m in measures]
    results = compute_results(specs, scale_spec(scale), values, section_weight=Fraction(Decimal(view.section_weight)),
                              bids=[b.identifier for b in bids], disqualify_on_threshold=view.disqualify_on_threshold)
    return ResultsView(view, view.status not in lifecycle.SIGNED_OFF_OR_LATER, {b.identifier: b for b in bids}, measures,
                       results, weight_sensitivity(specs, results))


@dataclass(frozen=True)
class _Agreed:
    value: int | None
    accepted_quantity: str | None


def _consensus(ws: Workspace, bid_ids: list[int]) -> dict[tuple[int, int], _Agreed]:
    """The panel's consensus per (bid, measure): only the two figures scoring uses, read as plain
    columns (a large tender has thousands)."""
    if not bid_ids:
        return {}
    with ws.reading() as session:
        rows = session.exec(select(ConsensusRow.bid_id, ConsensusRow.measure_id, ConsensusRow.value,
                                   ConsensusRow.accepted_quantity).where(col(ConsensusRow.bid_id).in_(bid_ids)))
        return {(bid_id, measure_id): _Agreed(value, quantity) for bid_id, measure_id, value, quantity in rows}


def _individual_scores(ws: Workspace, bid_ids: list[int]) -> dict[tuple[int, int], list[int | None]]:
    out: dict[tuple[int, int], list[int | None]] = defaultdict(list)
    if not bid_ids:
        return out
    with ws.reading() as session:
        # Submitted scores only: a draft is not yet an evaluator's considered view, and a withdrawn
        # draft never counts.
        rows = session.exec(select(ScoreRow.bid_id, ScoreRow.measure_id, ScoreRow.value, ScoreRow.abstained)
                            .where(col(ScoreRow.bid_id).in_(bid_ids), ScoreRow.status == "submitted"))
        for bid_id, measure_id, value, abstained in rows:
            out[(bid_id, measure_id)].append(None if abstained else value)
    return out


def _committed(ws: Workspace, bid_ids: list[int]) -> dict[tuple[int, int], str | None]:
    if not bid_ids:
        return {}
    with ws.reading() as session:
        return {(bid_id, measure_id): quantity for bid_id, measure_id, quantity in session.exec(
            select(ResponseRow.bid_id, ResponseRow.measure_id, ResponseRow.quantity).where(col(ResponseRow.bid_id).in_(bid_ids)))}


@lru_cache(maxsize=8192)  # points repeat across bids and measures: each figure is rounded once
def _num(x: Fraction) -> str:
    return str(round_half_up(x, 2))


@lru_cache(maxsize=8192)
def _value(x: Fraction | None) -> str | None:
    """A score or quantity as written: exact when it is a finite decimal (5.4), else to 4 places."""
    if x is None:
        return None
    x = Fraction(x)
    exact = Decimal(x.numerator) / Decimal(x.denominator)
    return decimal_text(exact) if Fraction(exact) == x else str(round_half_up(x, 4))


def results_json(view: ResultsView) -> dict[str, Any]:
    """Results as plain JSON for scripts (and the app's own results table): figures as strings
    rounded half-up to 2 places; subtotals shared out so each level adds up (`results_view`)."""
    r = view.results
    figures = {b.bid_id: subtotal_figures(b) for b in r.bids}
    return {
        "tender": view.tender.reference,
        "status": view.tender.status,
        "provisional": view.provisional,
        "section_weight": view.tender.section_weight,
        "section_weight_warning": r.section_weight_warning,
        "ranking": [
            {
                "rank": b.rank, "bid": b.bid_id, "name": view.bids[b.bid_id].legal_name,
                "disqualified": b.disqualified, "total": _num(b.total), "tender_points": _num(b.tender_points),
                "by_framework": figures[b.bid_id][0],
                "by_theme": {theme_key(k): v for k, v in figures[b.bid_id][1].items()},
                "by_outcome": {outcome_key(k): v for k, v in figures[b.bid_id][2].items()},
                "monetised": _num(b.monetised), "failed_thresholds": list(b.failed_thresholds),
                "measures": {code: {"value": _value(m.value), "points": _num(m.points)}
                             for code, m in b.measures.items()},
            }
            for b in r.bids
        ],
        "available": available_json(r),
        "sensitivity": {
            "holds": view.sensitivity.holds, "leaders": list(view.sensitivity.leaders),
            "hinges_on": [{"measure": h.measure, "change": h.change, "leaders": list(h.leaders)}
                          for h in view.sensitivity.hinges_on],
        },
    }

