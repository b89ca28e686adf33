"""The whole result of a tender (issue 21): the social value results together with the other award criteria, worked
out by `domain.whole_result`. Points are shown to 2 places (half up); ranking and ties use the exact values."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from coopeval.domain import lifecycle
from coopeval.domain import whole_result as arithmetic
from coopeval.domain.rounding import round_half_up
from coopeval.i18n import _
from coopeval.reporting import data as rd
from coopeval.services.criteria.criteria import list_criteria
from coopeval.services.criteria.views import WholeLine, WholeResult
from coopeval.services.results.compute import tender_results
from coopeval.services.setup.tenders import get_tender
from coopeval.services.workspace import Workspace


def points_text(x: Fraction) -> str:
    return str(round_half_up(x, 2))


def whole_result(ws: Workspace, tender: int | str) -> WholeResult:
    view = get_tender(ws, tender)
    criteria = list_criteria(ws, view.id)
    if view.status in (lifecycle.DRAFT, lifecycle.EVALUATION):
        reason = _("The results are hidden until moderation opens, so the whole result cannot be worked out yet.")
        return WholeResult(bool(criteria), False, (reason,), (), None)
    results = tender_results(ws, view.id)
    bids = [arithmetic.Bid(b.bid_id, b.tender_points, b.disqualified) for b in results.results.bids]
    names = {i: b.display_name for i, b in results.bids.items()}
    ids = {i: b.id for i, b in results.bids.items()}
    domain_criteria = [arithmetic.Criterion(c.name, Fraction(Decimal(c.weight)), Fraction(Decimal(c.max_score)),
                                            {s.bid_identifier: Fraction(Decimal(s.score)) for s in c.scores})
                       for c in criteria]
    whole = arithmetic.whole_result(Fraction(Decimal(view.section_weight)), domain_criteria, bids)
    problems = list(whole.problems)
    if whole.tied:
        problems.append(_("{tied} tie for the highest whole total: no most advantageous tender "
                        "can be named from the scores; the officer must resolve the tie (as the tender documents "
                        "say) and record how.").format(tied=' and '.join(whole.tied)))
    if results.provisional and criteria:
        problems.append(_("The social value results are provisional until the panel signs off."))
    lines = tuple(WholeLine(ids[ln.identifier], ln.identifier, names.get(ln.identifier, ""),
                            points_text(ln.social_value_points),
                            tuple((n, None if p is None else points_text(p)) for n, p in ln.other_points),
                            None if ln.total is None else points_text(ln.total), ln.rank, ln.disqualified)
                  for ln in whole.lines)
    return WholeResult(bool(criteria), whole.complete, tuple(problems), lines, whole.most_advantageous)


def whole_report(ws: Workspace, tender: int | str) -> rd.WholeReport | None:
    """The report's "Whole result" section data; None when no other criterion is recorded."""
    view = get_tender(ws, tender)
    criteria = list_criteria(ws, view.id)
    if not criteria:
        return None
    result = whole_result(ws, view.id)
    infos = tuple(rd.OtherCriterionInfo(c.name, c.kind, Decimal(c.weight), Decimal(c.max_score), c.method)
                  for c in criteria)
    scores = tuple(rd.WholeReportScore(c.name, s.bid_identifier, s.score, s.reasons) for c in criteria
                   for s in c.scores)
    lines = tuple(rd.WholeReportLine(ln.rank, ln.bid_identifier, ln.name, Decimal(ln.social_value_points),
                                     tuple(None if p is None else Decimal(p) for _, p in ln.other_points),
                                     None if ln.total is None else Decimal(ln.total), ln.disqualified)
                  for ln in result.lines)
    return rd.WholeReport(Decimal(view.section_weight), infos, scores, result.complete, lines,
                          result.most_advantageous, result.problems)
