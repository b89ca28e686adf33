"""The results chart: each bid's total out of 100 as a horizontal bar, stacked by theme, rank 1 at
the top, with a legend naming the themes."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from coopeval.i18n import _
from coopeval.reporting.data import Results
from coopeval.reporting.fonts import REGULAR, register_fonts
from coopeval.reporting.styles import CHART_COLOURS, INK, MUTED

MAX_BARS = 45  # beyond this the chart shows the top 45; the table above lists every bid
BAR_PITCH = 13


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def results_chart(results: Results, width: float) -> Drawing:
    register_fonts()
    ranked = list(results.ranking)[:MAX_BARS]
    themes = results.themes
    label_width = min(170.0, width * 0.34)
    legend_rows = (len(themes) + 1) // 2
    plot_height = max(BAR_PITCH * len(ranked), 40)
    height = plot_height + 40 + legend_rows * 12
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width, 22 + legend_rows * 12
    chart.width, chart.height = width - label_width - 10, plot_height
    reversed_bids = list(reversed(ranked))  # the category axis runs bottom-up
    chart.data = [[float(b.themes[i]) for b in reversed_bids] for i in range(len(themes))] or [[0.0] * len(ranked)]
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.categoryNames = [_short(f"{b.short_name} ({b.identifier})", 42) for b in reversed_bids]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    chart.categoryAxis.strokeColor = MUTED
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 10
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.strokeColor = MUTED
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    chart.barWidth = BAR_PITCH * 0.7
    chart.groupSpacing = BAR_PITCH * 0.3
    chart.bars.strokeColor = None
    for i in range(max(len(themes), 1)):
        chart.bars[i].fillColor = colors.HexColor(CHART_COLOURS[i % len(CHART_COLOURS)])
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = 0, legend_rows * 12 + 4
    legend.fontName, legend.fontSize = REGULAR, 6.5
    legend.dx, legend.dy, legend.deltay = 7, 7, 12
    legend.columnMaximum = legend_rows or 1
    legend.deltax = width / 2
    legend.alignment = "right"
    legend.boxAnchor = "nw"
    legend.colorNamePairs = [(colors.HexColor(CHART_COLOURS[i % len(CHART_COLOURS)]),
                              _short(f"{t.theme} ({t.framework})", 64)) for i, t in enumerate(themes)]
    drawing.add(legend)
    caption = _("Points out of 100 for the social value section, by theme")
    if len(results.ranking) > MAX_BARS:
        caption = _("Points out of 100 for the social value section, by theme (the top {shown} bids; the table lists "
                    "all {count})").format(shown=MAX_BARS, count=len(results.ranking))
    drawing.add(String(label_width, height - 10, caption, fontName=REGULAR, fontSize=7, fillColor=INK))
    return drawing
