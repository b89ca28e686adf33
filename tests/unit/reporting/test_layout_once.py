"""A report's paragraphs are laid out once per width (issue 16): ReportLab asks a table cell for its
size when it measures the table, again when it splits it across pages and again when it draws it,
and a plain Paragraph breaks its lines afresh each time. The report keeps the answer, and the PDF is
byte for byte the one plain Paragraphs give."""

from __future__ import annotations

import io

import pytest
from reportlab.platypus import Paragraph

from coopeval.reporting import blocks
from coopeval.reporting.moderation_report import render_report
from tests.helpers.reports import synthetic_report


@pytest.fixture
def breaks(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Each width a paragraph broke its lines at."""
    seen: list[float] = []
    plain = Paragraph.breakLines

    def counted(self: Paragraph, widths: list[float]) -> object:  # ReportLab's ParaLines
        seen.append(widths[-1])
        return plain(self, widths)

    monkeypatch.setattr(Paragraph, "breakLines", counted)
    return seen


def test_a_paragraph_breaks_its_lines_once_per_width(breaks: list[float]) -> None:
    para = blocks.p("A rationale long enough to need more than one line at this width, " * 3, "Cell")
    first = para.wrap(200, 1000)
    assert para.wrap(200, 500) == first and para.wrap(200, 1000) == first
    assert len(breaks) == 1
    wider = para.wrap(400, 1000)
    assert len(breaks) == 2 and wider[1] < first[1]
    assert para.wrap(200, 1000) == first and len(breaks) == 3


def test_a_split_that_found_no_room_lays_out_again(breaks: list[float]) -> None:
    para = blocks.p("Two lines at least, at this narrow width: " * 4, "Cell")
    para.wrap(150, 1000)
    assert para.split(150, 5) == []  # no room for even one line: ReportLab drops the line breaks
    para.wrap(150, 1000)
    assert len(breaks) == 2 and para.blPara is not None


def test_a_table_lays_out_each_paragraph_once(breaks: list[float]) -> None:
    rows = [blocks.head("Evaluator", "Score", "Rationale")]
    rows += [[blocks.p(f"Member {n}", "Cell"), blocks.p("4 Good", "Cell"), blocks.paras("Clear evidence. " * 20, "Cell")]
             for n in range(5)]
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    SimpleDocTemplate(io.BytesIO(), pagesize=A4).build([blocks.table(rows, blocks.cols(1.4, 1.1, 5.5))])
    assert len(breaks) == 3 + 5 * 3


def test_the_report_is_the_same_pdf_as_plain_paragraphs_give(monkeypatch: pytest.MonkeyPatch) -> None:
    data = synthetic_report(2, 6, 3, 900)
    ours = io.BytesIO()
    render_report(data, ours, deterministic=True)
    monkeypatch.setattr(blocks.Para, "wrap", Paragraph.wrap)
    plain = io.BytesIO()
    render_report(data, plain, deterministic=True)
    assert ours.getvalue() == plain.getvalue()
