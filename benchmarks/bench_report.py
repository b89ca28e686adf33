"""Benchmark: the moderation report for a large tender, against ReportLab alone.

A synthetic ReportData of 40 bids x 60 measures x 9 evaluators with 300-character rationales
(half the measures qualitative, so 40 x 30 x 9 = 10,800 rationales in tables, plus a response and a
consensus reason per bid x measure). "Ours" is `render_report`: the stylesheet, the page-counting
canvas, running header and footer, bookmarks, progress marks, the chart and the signature field.
The baseline renders the same paragraphs and tables with plain ReportLab (SimpleDocTemplate,
the same bundled font, no page count, no bookmarks), which is the floor any ReportLab report of
this content pays. The ratio is what our code adds. Nothing here asserts on time.

Run: PYTHONPATH=. python benchmarks/bench_report.py [--bids 40 --measures 60 --evaluators 9 --chars 300]
"""

from __future__ import annotations

import argparse
import io
import statistics
import time

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from coopeval.reporting.data import ReportData
from coopeval.reporting.fonts import BOLD, REGULAR, register_fonts
from coopeval.reporting.moderation_report import render_report
from coopeval.reporting.styles import text
from tests.helpers.reports import synthetic_report


def ours(data: ReportData) -> tuple[float, int]:
    start = time.perf_counter()
    pages = render_report(data, io.BytesIO())
    return time.perf_counter() - start, pages


def baseline(data: ReportData) -> tuple[float, int]:
    """The same words in plain ReportLab flowables."""
    register_fonts()
    body = ParagraphStyle("b", fontName=REGULAR, fontSize=9, leading=12)
    cell = ParagraphStyle("c", fontName=REGULAR, fontSize=8, leading=10)
    head = ParagraphStyle("h", fontName=BOLD, fontSize=9.5, leading=12.5)
    style = TableStyle([("GRID", (0, 0), (-1, -1), 0.25, "#b8c4cc"), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    start = time.perf_counter()
    story = []
    for bid in data.bids:
        story.append(Paragraph(text(bid.name), head))
        for item in bid.items:
            story.append(Paragraph(text(f"{item.code} — {item.title}"), head))
            story.append(Paragraph(text(item.response[:600]), cell))
            if item.scores:
                rows = [[Paragraph("Evaluator", cell), Paragraph("Score", cell), Paragraph("Rationale", cell)]]
                rows += [[Paragraph(text(s.member), cell), Paragraph(f"{s.value} {text(s.label)}", cell),
                          Paragraph(text(s.rationale), cell)] for s in item.scores]
                table = Table(rows, colWidths=[90, 70, 333], repeatRows=1)
                table.setStyle(style)
                story.append(table)
            story.append(Paragraph(text(f"Consensus: {item.consensus_value} — {item.consensus_rationale}"), body))
    doc = SimpleDocTemplate(io.BytesIO(), pagesize=A4)
    doc.build(story)
    return time.perf_counter() - start, doc.page


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bids", type=int, default=40)
    parser.add_argument("--measures", type=int, default=60)
    parser.add_argument("--evaluators", type=int, default=9)
    parser.add_argument("--chars", type=int, default=300)
    parser.add_argument("--repeats", type=int, default=1)
    args = parser.parse_args()
    data = synthetic_report(args.bids, args.measures, args.evaluators, args.chars)
    rationales = sum(len(i.scores) for b in data.bids for i in b.items)
    print(f"{args.bids} bids x {args.measures} measures x {args.evaluators} evaluators, "
          f"{args.chars}-character rationales ({rationales:,} rationales)")
    runs = [(ours(data), baseline(data)) for _ in range(args.repeats)]
    ours_s = statistics.median(r[0][0] for r in runs)
    base_s = statistics.median(r[1][0] for r in runs)
    ours_pages, base_pages = runs[0][0][1], runs[0][1][1]
    print(f"ours:     {ours_s:7.2f} s  {ours_pages:5d} pages  {ours_pages / ours_s:6.1f} pages/s")
    print(f"baseline: {base_s:7.2f} s  {base_pages:5d} pages  {base_pages / base_s:6.1f} pages/s (plain ReportLab)")
    print(f"ratio ours/baseline: {ours_s / base_s:.2f}x the time "
          f"({(ours_s / ours_pages) / (base_s / base_pages):.2f}x per page)")


if __name__ == "__main__":
    main()
