"""Issue 16: reading the same results again (nothing changed since) leaves the tables and chart as
they are — no model reset, no refitting of columns the user widened — and the chart paints from a
pixmap drawn once per data and size."""

from __future__ import annotations

from coopeval.services.demo import build_demo
from tests.gui.test_results_page import MEALS, show_results


def test_the_same_results_again_leave_the_tables_as_they_are(qtbot, window, tmp_path):
    assert window.file_actions.open_path(build_demo(tmp_path / "demo.coopeval"))
    page = show_results(window, MEALS)
    assert page.ranking.rowCount() == 4
    resets: list[object] = []
    for model in (page.ranking, page.outcomes, page.measures):
        model.modelReset.connect(lambda: resets.append(1))
    page.ranking_view.setColumnWidth(2, 333)  # the user widens the name column
    page.reload()
    assert resets == [] and page.ranking_view.columnWidth(2) == 333
    assert "FINAL" in page.status.text() and page.ranking.rowCount() == 4 and len(page.chart.bars) == 4


def test_the_chart_is_drawn_once_per_data_and_size(qtbot, window, tmp_path):
    assert window.file_actions.open_path(build_demo(tmp_path / "demo.coopeval"))
    page = show_results(window, MEALS)
    page.resize(1000, 700)
    page.show()
    page.lower_tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: page.chart._drawn is not None)  # the cache under test
    drawn = page.chart._drawn
    page.chart.repaint()
    assert page.chart._drawn is drawn  # painted again from the same pixmap
    page.chart.set_data(page.chart.themes, page.chart.bars)
    assert page.chart._drawn is None  # new data: drawn afresh
