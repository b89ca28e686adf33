"""The portfolio as words, JSON, PDF or XLSX (issue 20). `write_portfolio(view, out)`: the suffix decides (.pdf or
.xlsx); written to a temporary file beside `out` and moved into place, so a failed run never leaves half a file."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from coopeval import __version__
from coopeval.domain.errors import CoopEvalError
from coopeval.domain.portfolio import award_headline, pounds, spend_headline
from coopeval.i18n import _
from coopeval.reporting import portfolio as report
from coopeval.services.portfolio.views import PortfolioView
from coopeval.services.reports import writing

SUFFIXES = (".pdf", ".xlsx")
JSON_FORMAT = 1


def focus_year(view: PortfolioView) -> str | None:
    """The year the headline speaks of: the year asked for, else the latest with spend, else with awards."""
    if view.year:
        return view.year
    if view.spend_years:
        return view.spend_years[-1].year
    return view.award_years[-1].year if view.award_years else None


def headlines(view: PortfolioView) -> list[str]:
    """The answers first: the spend share of the year, then its awards."""
    year = focus_year(view)
    if year is None:
        return ["There are no awarded tenders and no spend in the workspaces read."]
    out = []
    spend = next((s for s in view.spend_years if s.year == year), None)
    out.append(spend_headline(year, spend.total_pence, spend.democratic_pence, spend.unmatched_pence,
                              spend.awaiting_pence) if spend else f"In {year}, no spend of the council is recorded.")
    award = next((a for a in view.award_years if a.year == year), None)
    out.append(award_headline(year, award.tenders, award.value_pence, award.democratic_pence,
                              award.coop_bid_tenders, award.coop_won_tenders) if award
               else f"In {year}, no tender was awarded.")
    if view.baseline:
        trend = next((t for t in view.trend if t.year == year), None)
        if trend is not None and (trend.spend_change or trend.award_change):
            parts = []
            if trend.spend_change:
                parts.append(f"spend share {trend.spend_change} points")
            if trend.award_change:
                parts.append(f"award share {trend.award_change} points")
            out.append(f"Against {view.baseline}: " + ", ".join(parts) + ".")
    return out


def portfolio_json(view: PortfolioView) -> dict[str, Any]:
    """The view as JSON (docs/portfolio-json.md): money in whole pence, shares as text, headline sentences first."""
    return {"format": JSON_FORMAT, "app_version": __version__, "headline": headlines(view),
            **dataclasses.asdict(view)}


def portfolio_text(view: PortfolioView) -> list[str]:
    """Plain text for the command line: the headline first, then the figures."""
    out = headlines(view) + [""]
    out.append("Workspaces read: " + (", ".join(view.workspaces) or "none"))
    if view.award_years:
        out += ["", "Awards by year (year, tenders, value, to co-operative and democratic businesses, share):"]
        for a in view.award_years:
            out.append(f"  {a.year}  {a.tenders}  {pounds(a.value_pence)}  {pounds(a.democratic_pence)}  "
                       f"{_pct(a.share)}  (co-op bid in {a.coop_bid_tenders}, won {a.coop_won_tenders})")
    if view.spend_years:
        out += ["", "Spend by year (year, total, co-operative and democratic, share, not co-op, awaiting review, "
                "not yet matched, lines):"]
        for s in view.spend_years:
            out.append(f"  {s.year}  {pounds(s.total_pence)}  {pounds(s.democratic_pence)}  {_pct(s.share)}  "
                       f"{pounds(s.not_democratic_pence)}  {pounds(s.awaiting_pence)}  {pounds(s.unmatched_pence)}  "
                       f"{s.lines}")
    if view.trend and view.baseline:
        out += ["", f"Change against {view.baseline} (percentage points):"]
        for t in view.trend:
            out.append(f"  {t.year}  awards {_pct(t.award_share)} ({t.award_change or '—'})  "
                       f"spend {_pct(t.spend_share)} ({t.spend_change or '—'})")
    if view.tenders:
        out += ["", "Tenders:"]
        for tender in view.tenders:
            who = tender.model or tender.legal_form or "ownership not recorded"
            out.append(f"  {tender.reference}  {tender.title}  {tender.year}  {pounds(tender.value_pence)}  "
                       f"{tender.supplier} ({who})"
                       + (f"  [in {', '.join(tender.workspaces)}]" if len(tender.workspaces) > 1 else ""))
    if view.measures:
        out += ["", "Promised and delivered (measure, tenders, promised, delivered, share):"]
        for m in view.measures:
            out.append(f"  {m.code} {m.title} ({m.unit})  {m.tenders}  {m.promised}  {m.delivered or '—'}  "
                       f"{_pct(m.delivered_share)}")
    if view.supply_chain_promised_pence:
        out.append(f"Supply-chain spend with co-operative and democratic businesses (CV-CC-01): "
                   f"{pounds(view.supply_chain_delivered_pence)} delivered of "
                   f"{pounds(view.supply_chain_promised_pence)} promised.")
    if view.conflicts:
        out += ["", "Conflicts (left out of the figures):"]
        out += [f"  {c.reference} in {', '.join(c.workspaces)}: {c.message}" for c in view.conflicts]
    if view.duplicate_lines:
        out.append(f"{view.duplicate_lines} spend lines were in more than one workspace and are counted once.")
    if view.notes:
        out += ["", "Notes:"] + [f"  {n}" for n in view.notes]
    return out


def _pct(value: str | None) -> str:
    return f"{value}%" if value is not None else "—"


def write_portfolio(view: PortfolioView, out: Path, *, deterministic: bool = False) -> Path:
    """The portfolio as .pdf or .xlsx, written atomically."""
    suffix = Path(out).suffix.lower()
    if suffix not in SUFFIXES:
        raise CoopEvalError(_("Write the portfolio as .pdf or .xlsx; {name} is neither.").format(name=Path(out).name))
    out = writing.checked_destination(Path(out), "portfolio")
    heads = headlines(view)
    if suffix == ".xlsx":
        return writing.write_beside(out, lambda temp: report.write_portfolio_xlsx(view, temp, headline=heads))

    def pdf(temp: Path) -> None:
        report.write_portfolio_pdf(view, temp, headline=heads, app_version=__version__, deterministic=deterministic)

    return writing.write_beside(out, pdf)
