"""The regulation 31 check of every assessment summary (Procurement Regulations 2024 reg. 31; PA 2023 s.50).

Reads the summaries exactly as `write_summaries` would make them (from moderation on, so gaps can be fixed before
sign-off) and asks `domain.reg31` what each lacks. Every problem and warning says where it is fixed: a page title
and an item (the bid's identifier and the measure's code, or an other criterion's name) the UI can go to. Problems
stop the summaries being written unless the officer forces them; missing other award criteria is a warning.

The checks of a tender are kept per audit head (`HeadCache`): the Sign-off page and the Report page asking again
before anything changed get them at once; who may see them is asked every time.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from coopeval.domain import lifecycle, reg31
from coopeval.domain.errors import CoopEvalError
from coopeval.domain.identity import Permission
from coopeval.i18n import _
from coopeval.reporting import data as rd
from coopeval.reporting import wording
from coopeval.services.head_cache import HeadCache
from coopeval.services.identity.guard import require
from coopeval.services.reports.data import read_summaries
from coopeval.services.rows import row_id, tender_row
from coopeval.services.setup.tenders import get_tender
from coopeval.services.workspace import Workspace

SET_UP, MODERATION, RESULTS = "Set-up", "Moderation", "Results"  # i18n: no - page keys the UI goes to


@dataclass(frozen=True)
class SummaryWhere:
    """Where a gap is fixed: the page, and the item on it (the bid and the measure code, or the other criterion's
    name). Empty item parts when the page as a whole fixes it."""

    page: str
    bid_identifier: str = ""
    code: str = ""
    criterion: str = ""  # an other award criterion's name (on the Results page's "Other award criteria…")


@dataclass(frozen=True)
class SummaryCheck:
    code: str  # domain.reg31's problem code
    message: str
    where: SummaryWhere
    warning: bool = False


@dataclass(frozen=True)
class BidderChecks:
    identifier: str
    name: str
    problems: tuple[SummaryCheck, ...]


@dataclass(frozen=True)
class SummaryChecks:
    reference: str
    checked: bool  # False when the summaries cannot be read yet (`note` says why)
    note: str
    general: tuple[SummaryCheck, ...]  # problems of the tender as a whole (the award criteria), said once
    bidders: tuple[BidderChecks, ...]
    warnings: tuple[SummaryCheck, ...]
    whole: bool = False  # the summaries state the whole result

    @property
    def problems(self) -> list[SummaryCheck]:
        return list(self.general) + [p for b in self.bidders for p in b.problems]

    @property
    def ok(self) -> bool:
        return self.checked and not self.problems

    def lines(self) -> list[str]:
        """Every problem, in words, each with its bidder: for a refusal, the CLI and the audit note."""
        out = [p.message for p in self.general]
        for b in self.bidders:
            out += [f"{b.identifier} ({b.name}): {p.message}" for p in b.problems]
        return out


# The checks per (file, tender, audit head, language). Two kept: the tender shown and the one before it.
_cache: HeadCache[SummaryChecks] = HeadCache(size=2)


def clear_cache() -> None:
    """Forget every check kept (for benchmarks timing a first check)."""
    _cache.clear()


def checks_cost(ws: Workspace, tender: int | str) -> int:
    """How much `summary_checks` has to read now: 0 when its answer is kept for the current audit head or the tender
    is not checked yet (before moderation), else the tender's bids × measures (so a page reads a large tender's checks
    on the worker)."""
    from coopeval.services.bids.entry import items_count

    with ws.reading() as session:
        row = tender_row(session, tender)
        kept = HeadCache.key(ws, session, row_id(row)) in _cache
    if kept or row.status in (lifecycle.DRAFT, lifecycle.EVALUATION):
        return 0
    return items_count(ws, row_id(row))


def summary_checks(ws: Workspace, tender: int | str) -> SummaryChecks:
    """What every assessment summary would lack under regulation 31, bidder by bidder (officer only: it reads
    every bid's record). Kept per audit head; the officer's permission is asked each time."""
    view = get_tender(ws, tender)
    with ws.reading() as session:
        require(ws, session, tender_row(session, view.id), Permission.EXPORT)
        key = HeadCache.key(ws, session, view.id)
    if view.status in (lifecycle.DRAFT, lifecycle.EVALUATION):
        return SummaryChecks(view.reference, False, _("The assessment summaries are checked once moderation opens: "
                                                      "until then the scores and reasons are not agreed."), (), (), ())
    kept = _cache.get(key)
    if kept is not None:
        return kept
    try:
        data, summaries = read_summaries(ws, view.id, require_signed_off=False)
    except CoopEvalError as exc:  # a tie, or every bid disqualified: no summary can be made yet
        return SummaryChecks(view.reference, False, str(exc), (), (), ())
    checks = check(data, summaries)
    with ws.reading() as session:
        if HeadCache.key(ws, session, view.id) == key:  # nothing changed while reading: these are the head's checks
            _cache.put(key, checks)
    return checks


def check(data: rd.ReportData, summaries: list[rd.SummaryData]) -> SummaryChecks:
    """The checks of summaries already read (`write_summaries` checks what it is about to render)."""
    general: dict[tuple[str, str], SummaryCheck] = {}
    bidders: list[BidderChecks] = []
    warnings: list[SummaryCheck] = []
    names = {b.identifier: [n for n in (b.legal_name, b.trading_name, b.identifier) if n] for b in data.bids}
    responses = _responses(data)  # the same for every summary: made once
    for s in summaries:
        summary = to_domain(data, s, names, responses)
        own = []
        for problem in reg31.summary_problems(summary):
            found = _check(problem)
            if problem.code in (reg31.NO_CRITERIA, reg31.NO_WEIGHT, reg31.NO_SCALE):
                general.setdefault((problem.code, problem.message), found)
            else:
                own.append(found)
        bidders.append(BidderChecks(s.bidder.identifier, s.bidder.name, tuple(own)))
        if not warnings:
            warnings = [_check(w, warning=True) for w in reg31.summary_warnings(summary)]
    whole = bool(summaries) and summaries[0].whole
    return SummaryChecks(data.tender.reference, True, "", tuple(general.values()), tuple(bidders), tuple(warnings),
                         whole)


def _responses(data: rd.ReportData) -> dict[tuple[str, str], str]:
    """Each bid's response on each measure, with its page references: what the reasons must refer to."""
    return {(b.identifier, i.code): f"{i.response}\n{i.page_refs}" for b in data.bids for i in b.items}


def to_domain(data: rd.ReportData, s: rd.SummaryData, names: dict[str, list[str]],
              responses: dict[tuple[str, str], str] | None = None) -> reg31.Summary:
    """What the summary will say, in the terms `domain.reg31` checks (`responses`: `_responses(data)`, when already
    made)."""
    measures = {m.code: m for m in s.measures}
    descriptors = tuple(p.descriptor for p in s.scale.points) + tuple(p.label for p in s.scale.points)
    criteria = [reg31.Criterion(m.code, m.title, m.weight, _scale(m, s.scale)) for m in s.measures]
    criteria += [reg31.Criterion("", c.name, c.weight, c.method.strip() and f"{c.method} (out of {c.max_score})",
                                 other=True) for c in s.other_criteria]
    if responses is None:
        responses = _responses(data)

    def assessed(t: rd.SummaryTender, whole: rd.WholeTender | None) -> reg31.Assessed:
        scores = [reg31.Score(line.code, line.title, line.value, line.points, line.explanation,
                              responses.get((t.identifier, line.code), ""),
                              common=(line.title, measures[line.code].description if line.code in measures else "",
                                      *descriptors))
                  for line in t.lines]
        total: Decimal | None = t.total
        if whole is not None:
            scores += [reg31.Score("", o.name, o.score, o.points, o.reasons, other=True) for o in whole.lines]
            total = whole.total
        elif s.whole:
            total = None  # the whole result is stated, but not for this tender
        return reg31.Assessed(t.identifier, t.name, tuple(scores), total, tuple(t.themes))

    bidder = assessed(s.bidder, s.bidder_whole)
    winner = assessed(s.winner, s.winner_whole) if s.winner is not None else None
    shown = {s.bidder.identifier} | ({s.winner.identifier} if s.winner is not None else set())
    if s.successful:
        winner = None
    return reg31.Summary(
        criteria=tuple(criteria), bidder=bidder, winner=winner, successful=s.successful,
        explained=tuple(reg31.Explained(g.code or g.title, g.own_explanation, g.winner_explanation, other=not g.code)
                        for g in s.gaps),
        other_bidders=tuple(tuple(n) for i, n in names.items() if i not in shown),
        whole=s.whole, whole_missing=s.whole_missing)


def _scale(m: rd.MeasureInfo, scale: rd.ScaleInfo) -> str:
    if m.kind == "qualitative" and not scale.points:
        return ""
    if m.kind == "quantitative" and not m.method:
        return ""
    return f"{wording.method_text(m, scale)} {wording.available_text(m, scale)}"


def _check(problem: reg31.Problem, *, warning: bool = False) -> SummaryCheck:
    where = problem.where
    if where.other:
        page = SummaryWhere(RESULTS, where.bidder, "", where.code)
    elif problem.code in (reg31.NO_CRITERIA, reg31.NO_WEIGHT, reg31.NO_SCALE):
        page = SummaryWhere(SET_UP, "", where.code)
    elif problem.code in (reg31.NO_TOTALS, reg31.NO_WINNER) or not where.code:
        page = SummaryWhere(RESULTS, where.bidder)
    else:
        page = SummaryWhere(MODERATION, where.bidder, where.code)
    return SummaryCheck(problem.code, problem.message, page, warning)
