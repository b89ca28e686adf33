"""The portfolio as a PDF (issue 20): the answer first (the year's spend share and award share), then the award
figures, the charts (spend share per year with spend not yet matched as its own part of each bar; awarded value by
ownership model), the tables, the conflicts, the notes and how the figures are made.

It receives the portfolio view ready made (services/portfolio/views.PortfolioView, duck-typed: reporting never
imports services) and touches no database.
"""

from __future__ import annotations

from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.platypus import Flowable, Spacer

from coopeval.domain.dates import date_text
from coopeval.domain.portfolio import pounds
from coopeval.reporting.blocks import before_table, cols, head, heading, p, table
from coopeval.reporting.fonts import REGULAR, register_fonts
from coopeval.reporting.layout import ReportDocument, RunningText, bookmarked
from coopeval.reporting.styles import CHART_COLOURS, INK, MUTED

PART_COLOURS = {"democratic": "#2e6b30", "not_democratic": "#0b4f6c", "awaiting": "#d08c2e",
                "unmatched": "#bbbbbb"}
PART_WORDS = {"democratic": "co-operative or democratic", "not_democratic": "not co-operative or democratic",
              "awaiting": "awaiting review", "unmatched": "not yet matched"}
HOW = [
    "Awards. A tender counts when its award is recorded and not withdrawn; its value is the awarded contract value "
    "and it falls in the financial year (April to March) of its award notice. The winner counts as co-operative or "
    "democratic when its recorded legal form or ownership model is one the framework lists as democratic; a winner "
    "with neither recorded is shown as not recorded and not counted.",
    "The same tender in several workspaces (the same reference and the same set-up) is counted once; its delivery "
    "figures come from the copy with the most delivery entries. The same reference with a different set-up, or the "
    "same set-up with a different award, is a conflict: listed here and left out of every figure.",
    "Spend. Each line of the council's published spend is counted once by its content, even when the same file was "
    "imported into several workspaces. A supplier counts as co-operative or democratic when it was matched to a "
    "register entry (by registered number, by exact name, or by an officer accepting a close match) or set by hand "
    "with evidence. Spend with suppliers awaiting review, or matched to nothing, is shown on its own and never "
    "counted as not co-operative.",
    "Promised and delivered. Counts and £ figures are added up across contracts; a percentage or ratio is the latest "
    "contract's level. Only delivery the council accepted counts. Supply-chain spend with co-operative and "
    "democratic businesses (CV-CC-01) in £: a £ target as it is; a percentage of the awarded contract value.",
    "Shares are worked out exactly and rounded half up to one decimal place. A change against the baseline year is "
    "in percentage points.",
]


def _pct(value: str | None) -> str:
    return f"{value}%" if value is not None else "—"


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def spend_chart(years: Any, width: float) -> Drawing:
    """Each year's spend as a stacked bar in £m: co-operative or democratic, not, awaiting review, not yet matched."""
    register_fonts()
    height = 190
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 40, 40, width - 60, height - 70
    parts = list(PART_COLOURS)
    chart.data = [[getattr(y, f"{k}_pence") / 100_000_000 for y in years] for k in parts] or [[0]]
    chart.categoryAxis.categoryNames = [y.year for y in years]
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.labels.fontName = chart.valueAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    chart.valueAxis.strokeColor = chart.categoryAxis.strokeColor = MUTED
    chart.bars.strokeColor = None
    for i, k in enumerate(parts):
        chart.bars[i].fillColor = colors.HexColor(PART_COLOURS[k])
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = 40, 14
    legend.fontName, legend.fontSize = REGULAR, 7
    legend.dx, legend.dy, legend.deltax = 7, 7, (width - 60) / 4
    legend.columnMaximum = 1
    legend.alignment = "right"
    legend.colorNamePairs = [(colors.HexColor(PART_COLOURS[k]), PART_WORDS[k]) for k in parts]
    drawing.add(legend)
    drawing.add(String(40, height - 12, "Spend per financial year, £ million, by what is known of the supplier",
                       fontName=REGULAR, fontSize=7.5, fillColor=INK))
    return drawing


def model_chart(models: Any, width: float, caption: str) -> Drawing:
    """Awarded value by ownership model, £ million, one bar each, largest at the top."""
    register_fonts()
    rows = list(models)[:12]
    pitch = 14
    height = max(pitch * len(rows), 30) + 40
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    label = min(170.0, width * 0.34)
    chart.x, chart.y, chart.width, chart.height = label, 20, width - label - 20, max(pitch * len(rows), 30)
    ordered = list(reversed(rows))
    chart.data = [[m.pence / 100_000_000 for m in ordered] or [0]]
    chart.categoryAxis.categoryNames = [_short(m.model, 40) for m in ordered]
    chart.categoryAxis.labels.fontName = chart.valueAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = chart.valueAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    chart.valueAxis.valueMin = 0
    chart.valueAxis.strokeColor = chart.categoryAxis.strokeColor = MUTED
    chart.bars.strokeColor = None
    chart.bars[0].fillColor = colors.HexColor(CHART_COLOURS[0])
    for i, m in enumerate(ordered):
        colour = "#2e6b30" if m.democratic else "#bbbbbb" if m.democratic is None else CHART_COLOURS[0]
        chart.bars[(0, i)].fillColor = colors.HexColor(colour)
    drawing.add(chart)
    drawing.add(String(0, height - 12, caption, fontName=REGULAR, fontSize=7.5, fillColor=INK))
    return drawing


def write_portfolio_pdf(view: Any, out: Any, *, headline: list[str], app_version: str,
                        deterministic: bool = False) -> int:
    """Write the portfolio to `out` (a path or binary file); returns the number of pages."""
    names = ", ".join(view.workspaces) or "no workspace"
    doc = ReportDocument(
        str(out) if not hasattr(out, "write") else out, deterministic=deterministic,
        running=RunningText(header_left="Co-operative share of awards and spend",
                            header_right=_short(names, 70), footer_left=f"Portfolio · {view.year or 'all years'}",
                            footer_note=f"Made with CoopEval {app_version}"),
        title="Co-operative share of awards and spend", author="CoopEval", creator=f"CoopEval {app_version}",
        subject="The share of the council's awards and spend reaching co-operative and democratic businesses")
    doc.build(story(view, headline))
    pages: int = doc.page
    return pages


def story(view: Any, headline: list[str]) -> list[Flowable]:
    width = 174 * 2.8346  # A4 less the margins, in points
    out: list[Flowable] = [bookmarked(p("Co-operative share of awards and spend", "Title"), "The answer", 0),
                           p(f"{view.year or 'All years'}" + (f", against {view.baseline}" if view.baseline else "")
                             + f" · from {len(view.workspaces)} workspace{'s' if len(view.workspaces) != 1 else ''}: "
                             f"{', '.join(view.workspaces)}", "Subtitle")]
    out += [p(line, "H2") for line in headline[:1]] + [p(line, "Body") for line in headline[1:]]
    out.append(Spacer(1, 6))
    out += awards(view, width)
    out += spending(view, width)
    out += delivery(view)
    out += tenders(view)
    out += problems(view)
    out += [heading("How these figures are made")] + [p(t, "Body") for t in HOW]
    return out


def awards(view: Any, width: float) -> list[Flowable]:
    out: list[Flowable] = [heading("Awards")]
    if not view.award_years:
        return out + [p("No awarded tender in the workspaces read.", "Muted")]
    rows = [head("Year", "Tenders", "Awarded", "To co-operative and democratic", "Share", "Co-op bid in", "Co-op won")]
    for a in view.award_years:
        rows.append([p(a.year, "Cell"), p(str(a.tenders), "CellRight"), p(pounds(a.value_pence), "CellRight"),
                     p(pounds(a.democratic_pence), "CellRight"), p(_pct(a.share), "CellRight"),
                     p(str(a.coop_bid_tenders), "CellRight"), p(str(a.coop_won_tenders), "CellRight")])
    out.append(table(rows, cols(0.8, 0.7, 1.3, 1.6, 0.7, 0.8, 0.8)))
    chosen = [a for a in view.award_years if view.year is None or a.year == view.year]
    merged: dict[str, Any] = {}
    for a in chosen:
        for m in a.by_model:
            merged[m.model] = (merged[m.model][0] + m.pence, m.democratic) if m.model in merged else (m.pence,
                                                                                                        m.democratic)
    if merged:
        models = sorted(({"model": k, "pence": v[0], "democratic": v[1]} for k, v in merged.items()),
                        key=lambda m: -m["pence"])
        out.append(model_chart([_Obj(**m) for m in models], width,
                               f"Awarded value by the winner's ownership model, £ million ({view.year or 'all years'}); green: "
                               "counted as co-operative or democratic, grey: not recorded"))
    if view.trend and view.baseline:
        out += before_table(f"Change against {view.baseline}")
        rows = [head("Year", "Award share", "Change (points)", "Spend share", "Change (points)")]
        rows += [[p(t.year, "Cell"), p(_pct(t.award_share), "CellRight"), p(t.award_change or "—", "CellRight"),
                  p(_pct(t.spend_share), "CellRight"), p(t.spend_change or "—", "CellRight")] for t in view.trend]
        out.append(table(rows, cols(1, 1, 1, 1, 1)))
    return out


class _Obj:
    def __init__(self, **values: Any) -> None:
        self.__dict__.update(values)


def spending(view: Any, width: float) -> list[Flowable]:
    out: list[Flowable] = [heading("The council's spend")]
    if not view.spend_years:
        return out + [p("No spend imported in the workspaces read.", "Muted")]
    out.append(spend_chart(view.spend_years, width))
    rows = [head("Year", "Total", "Co-operative and democratic", "Share", "Not co-op", "Awaiting review",
                 "Not yet matched", "Lines")]
    for s in view.spend_years:
        rows.append([p(s.year, "Cell"), p(pounds(s.total_pence), "CellRight"), p(pounds(s.democratic_pence), "CellRight"),
                     p(_pct(s.share), "CellRight"), p(pounds(s.not_democratic_pence), "CellRight"),
                     p(pounds(s.awaiting_pence), "CellRight"), p(pounds(s.unmatched_pence), "CellRight"),
                     p(f"{s.lines:,}", "CellRight")])
    out.append(table(rows, cols(0.8, 1.2, 1.3, 0.6, 1.1, 1.0, 1.1, 0.7)))
    if view.duplicate_lines:
        out.append(p(f"{view.duplicate_lines:,} lines were found in more than one workspace and are counted once.",
                     "Muted"))
    if view.spend_models:
        out += before_table(f"Spend by ownership model ({view.year or 'all years'})")
        rows = [head("Ownership model", "Spend", "Share")]
        rows += [[p(m.model, "Cell"), p(pounds(m.pence), "CellRight"), p(_pct(m.share), "CellRight")]
                 for m in view.spend_models]
        out.append(table(rows, cols(3, 1.2, 0.8)))
    if view.spend_areas:
        out += before_table(f"Spend by expense area ({view.year or 'all years'})")
        rows = [head("Year", "Expense area", "Total", "Co-operative and democratic", "Share", "Not yet matched")]
        rows += [[p(a.year, "Cell"), p(a.area or "not given", "Cell"), p(pounds(a.total_pence), "CellRight"),
                  p(pounds(a.democratic_pence), "CellRight"), p(_pct(a.share), "CellRight"),
                  p(pounds(a.unmatched_pence), "CellRight")] for a in view.spend_areas]
        out.append(table(rows, cols(0.8, 2.4, 1.1, 1.3, 0.6, 1.1)))
    return out


def delivery(view: Any) -> list[Flowable]:
    if not view.measures and not view.supply_chain_promised_pence:
        return []
    out: list[Flowable] = [heading("Promised and delivered")]
    if view.supply_chain_promised_pence:
        out.append(p(f"Supply-chain spend with co-operative and democratic businesses (CV-CC-01): "
                     f"{pounds(view.supply_chain_delivered_pence)} delivered of "
                     f"{pounds(view.supply_chain_promised_pence)} promised.", "Body"))
    rows = [head("Measure", "Unit", "Tenders", "Promised", "Delivered", "Share")]
    rows += [[p(f"{m.code} · {m.title}", "Cell"), p(m.unit, "Cell"), p(str(m.tenders), "CellRight"),
              p(m.promised, "CellRight"), p(m.delivered or "—", "CellRight"), p(_pct(m.delivered_share), "CellRight")]
             for m in view.measures]
    out.append(table(rows, cols(3.2, 1.3, 0.7, 0.9, 0.9, 0.7)))
    return out


def tenders(view: Any) -> list[Flowable]:
    if not view.tenders:
        return []
    out: list[Flowable] = [heading("Tenders counted")]
    rows = [head("Tender", "Award notice", "Value", "Winner", "Ownership", "Bids", "Workspaces")]
    for t in view.tenders:
        who = t.model or t.legal_form or "not recorded"
        mark = " ✓" if t.democratic else ""
        rows.append([p(f"{t.reference} · {t.title}", "Cell"), p(date_text(t.notice_date), "Cell"),
                     p(pounds(t.value_pence), "CellRight"), p(t.supplier, "Cell"), p(who + mark, "Cell"),
                     p(str(t.bids), "CellRight"), p(", ".join(t.workspaces), "Cell")])
    out.append(table(rows, cols(2.1, 0.9, 1.1, 1.4, 1.4, 0.5, 1.7)))
    out.append(p("✓ counted as co-operative or democratic.", "Muted"))
    return out


def problems(view: Any) -> list[Flowable]:
    out: list[Flowable] = []
    if view.conflicts:
        out += [heading("Conflicts (left out of the figures)")]
        rows = [head("Tender", "Workspaces", "What differs")]
        rows += [[p(c.reference, "Cell"), p(", ".join(c.workspaces), "Cell"), p(c.message, "Cell")]
                 for c in view.conflicts]
        out.append(table(rows, cols(1, 2, 4)))
    if view.notes:
        out += [heading("Notes")] + [p(f"• {n}", "Body") for n in view.notes]
    return out
