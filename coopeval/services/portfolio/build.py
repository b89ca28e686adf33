"""The portfolio (issue 20): the share of awards and of the council's spend reaching co-operative and democratic
businesses, across the tenders of one or more workspaces, for a year against a baseline year.

`build_portfolio(ws, others, year=…, baseline=…)` reads the open workspace `ws` (if any) and the files `others`, each
opened read only; a file that cannot be read is a note. Tenders are counted once and conflicts left out
(domain/portfolio.py); spend lines are counted once by their key across the workspaces, each line classed by the
supplier decisions of the workspace holding it (the first given, where several do).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from coopeval.domain import portfolio as calc
from coopeval.domain.periods import parse_short_year, short_year
from coopeval.domain.progress import CancelFn, ProgressFn, Steps
from coopeval.services.portfolio import sources
from coopeval.services.portfolio.views import (
    AreaShare,
    AwardYear,
    Conflict,
    MeasureTotal,
    ModelShare,
    PortfolioTender,
    PortfolioView,
    SpendYear,
    Trend,
)
from coopeval.services.spend import share as spend
from coopeval.services.workspace import Workspace


def _year(text: str | None) -> str | None:
    return short_year(parse_short_year(text)) if text not in (None, "") else None


def build_portfolio(ws: Workspace | None, others: Sequence[Path] = (), *, year: str | None = None,
                    baseline: str | None = None, progress: ProgressFn | None = None,
                    cancel: CancelFn | None = None) -> PortfolioView:
    year, baseline = _year(year), _year(baseline)
    notes: list[str] = []
    seen_paths: set[Path] = set()
    todo: list[tuple[Path, Workspace | None]] = []
    if ws is not None:
        todo.append((ws.path, ws))
        seen_paths |= {Path(ws.path).absolute(), Path(ws.path).resolve()}
    for other in others:
        path = Path(other).expanduser().absolute()
        same = {path, path.resolve()}  # a symbolic link to a file already given is the same file
        if same & seen_paths:
            notes.append(f"{path.name} was given twice; it is read once.")
            continue
        seen_paths |= same
        todo.append((path, None))
    steps = Steps(len(todo) + 1, progress, cancel)
    names: list[str] = []
    read: list[sources.WorkspaceData] = []
    counted: set[str] | None = None
    for i, (path, open_ws) in enumerate(todo):
        steps.check()
        name = path.name
        names.append(name)
        handle, problem = (open_ws, None) if open_ws is not None else sources.open_other(path)
        if handle is None:
            notes.append(problem or f"{name} was not read.")
            steps.step(f"Reading {name}")
            continue
        try:
            data = sources.read_workspace(handle, name, counted_keys=counted, want_keys=i < len(todo) - 1)
        finally:
            if open_ws is None:
                handle.close()
        read.append(data)
        notes += data.notes
        if data.keys:
            counted = (counted or set()) | set(data.keys)
            data.keys = []
        steps.step(f"Reading {name}")
    steps.check()
    view = _assemble(tuple(names), read, year, baseline, notes)
    steps.step("Adding up")
    return view


def _assemble(names: tuple[str, ...], read: list[sources.WorkspaceData], year: str | None, baseline: str | None,
              notes: list[str]) -> PortfolioView:
    counted, clashes = calc.dedup(t for d in read for t in d.tenders)
    facts = [c.facts for c in counted]
    tenders = tuple(PortfolioTender(
        reference=f.reference, title=f.title, authority=f.authority, workspaces=c.workspaces, year=f.year,
        notice_date=f.notice_date, value_pence=f.value_pence, supplier=f.supplier, legal_form=f.legal_form,
        model=f.model, democratic=f.democratic, coop_bid=f.coop_bid, bids=f.bids, status=f.status,
        supply_chain_promised_pence=f.cc_promised_pence, supply_chain_delivered_pence=f.cc_delivered_pence)
        for c, f in zip(counted, facts))
    awards = calc.award_years(facts)
    award_years = tuple(AwardYear(a.year, a.tenders, a.value_pence, a.democratic_pence, a.share, a.coop_bid_tenders,
                                  a.coop_won_tenders, tuple(ModelShare(m.model, m.democratic, m.pence, m.share)
                                                            for m in a.by_model)) for a in awards)
    measures = tuple(MeasureTotal(m.code, m.title, m.unit, m.direction, m.tenders, m.promised, m.delivered,
                                  m.delivered_share) for m in calc.measure_totals(facts))
    summed = spend.summarise([b for d in read for b in d.buckets], year=year)
    spend_years = tuple(SpendYear(y.year, y.total_pence, y.democratic_pence, y.not_democratic_pence,
                                  y.awaiting_pence, y.unmatched_pence, y.share, y.lines) for y in summed.years)
    areas = tuple(AreaShare(a.year, a.area, a.total_pence, a.democratic_pence, a.unmatched_pence, a.share)
                  for a in summed.areas)
    models = tuple(ModelShare(m, d, p, s) for m, d, p, s in summed.models)
    years = tuple(sorted({a.year for a in award_years} | {s.year for s in spend_years}))
    trend = _trend(years, award_years, spend_years, baseline)
    notes += _decision_notes(read)
    for y in spend_years:
        if year is None or y.year == year:
            if y.awaiting_pence:
                part = calc.share(y.awaiting_pence, y.total_pence)
                notes.append(f"In {y.year}, {f'{part}% of spend ' if part is not None else 'spend '}"
                             f"(£{y.awaiting_pence / 100:,.2f}) is with suppliers awaiting review; it is not counted "
                             "either way until an officer decides.")
    unrecorded = [t.reference for t in tenders if t.democratic is None]
    if unrecorded:
        notes.append(f"{len(unrecorded)} awarded tender(s) have no legal form or ownership recorded for the winning "
                     f"bid ({', '.join(unrecorded[:10])}{'…' if len(unrecorded) > 10 else ''}); their value is not "
                     "counted as co-operative or democratic.")
    if year is not None and year not in years:
        notes.append(f"There are no awards or spend in {year}.")
    if baseline is not None and baseline not in years:
        notes.append(f"There are no awards or spend in the baseline year {baseline}, so no change against it can be "
                     "given.")
    promised = sum(t.supply_chain_promised_pence or 0 for t in tenders)
    achieved = sum(t.supply_chain_delivered_pence or 0 for t in tenders)
    return PortfolioView(
        workspaces=names, year=year, baseline=baseline, years=years, tenders=tenders, award_years=award_years,
        measures=measures, spend_years=spend_years, spend_areas=areas, spend_models=models, trend=trend,
        conflicts=tuple(Conflict(c.reference, c.workspaces, c.message) for c in clashes),
        supply_chain_promised_pence=promised, supply_chain_delivered_pence=achieved, spend_lines=summed.lines,
        duplicate_lines=sum(d.duplicates for d in read), notes=tuple(dict.fromkeys(notes)))


def _trend(years: tuple[str, ...], awards: tuple[AwardYear, ...], spends: tuple[SpendYear, ...],
           baseline: str | None) -> tuple[Trend, ...]:
    award_share = {a.year: a.share for a in awards}
    spend_share = {s.year: s.share for s in spends}
    return tuple(Trend(y, award_share.get(y), calc.change(award_share.get(y), award_share.get(baseline or "")),
                       spend_share.get(y), calc.change(spend_share.get(y), spend_share.get(baseline or "")))
                 for y in years)


def _decision_notes(read: list[sources.WorkspaceData]) -> list[str]:
    out = []
    decided: dict[str, tuple[bool, str]] = {}
    for d in read:
        for key, democratic in d.decisions.items():
            if key in decided and decided[key][0] != democratic:
                out.append(f"The supplier {key!r} is counted as {'co-operative or democratic' if democratic else 'not'}"
                           f" in {d.name} but {'as co-operative or democratic' if decided[key][0] else 'not'} in "
                           f"{decided[key][1]}; each line counts as the workspace holding it decides.")
            decided.setdefault(key, (democratic, d.name))
    return out
