"""The Results page on real workspace files: the demo's signed-off tender shows exactly what
`coopeval results --json` prints for it (ranking, totals, subtotals by framework, theme and outcome,
monetised value, sensitivity), in the table, the outcome table, the chart and the tab-separated
copy; a provisional tender says so, with threshold failures, a disqualified bid and the weights
its first place hinges on; a tender that cannot be scored yet says why."""

from __future__ import annotations

import io
import json
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
)

from coopeval import cli
from coopeval.services.demo import build_demo
from coopeval.services.results.view import COOP_VALUES
from coopeval.services.setup import tenders
from coopeval.ui.results import tables
from tests.helpers.hand_worked import REFERENCE, hand_worked_tender
from tests.helpers.screenshots import SCREENSHOTS
from tests.helpers.widgets import press, unnamed_controls
from tests.helpers.workspaces import scale

MEALS = "EVC-2026-014"


def cli_json(path: Path, reference: str) -> dict:
    out, err = io.StringIO(), io.StringIO()
    assert cli.main(["results", str(path), "--tender", reference, "--json"], out=out, err=err) == 0, err.getvalue()
    return json.loads(out.getvalue())


def show_results(win, reference: str):
    ids = {t.reference: t.id for t in win.controller.read(tenders.list_tenders)}
    win.reload_tenders(ids[reference])
    return win.select_page("Results")


def expected_ranking_rows(data: dict, *, monetised: bool) -> list[list[str]]:
    """The ranking table's cells, worked out from the CLI's JSON alone, in the page's column order:
    rank, bid, name, total, tender points, frameworks (co-operative values first), monetised,
    fails minimum. (Themes and outcomes are in the outcome table.)"""
    frameworks = sorted(data["available"]["by_framework"], key=lambda f: f != COOP_VALUES)
    rows = []
    for r in data["ranking"]:
        fails = ", ".join(r["failed_thresholds"]) or "none"
        rows.append(["—" if r["rank"] is None else str(r["rank"]), r["bid"], r["name"], r["total"], r["tender_points"],
                     *(r["by_framework"][f] for f in frameworks),
                     *([f"£{Decimal(r['monetised']):,.2f}"] if monetised else []),  # "£2,400.00", not "2400.00"
                     fails + (" — disqualified" if r["disqualified"] else "")])
    return rows


def test_results_page_shows_exactly_what_the_cli_prints_for_the_demo(qtbot, window, tmp_path):
    path = build_demo(tmp_path / "demo.coopeval")
    assert window.file_actions.open_path(path)
    page = show_results(window, MEALS)
    data = cli_json(path, MEALS)  # read separately, from the file, as a script would
    assert data["provisional"] is False and len(data["ranking"]) == 4

    assert "FINAL" in page.status.text() and "PROVISIONAL" not in page.status.text()
    model = page.ranking
    assert model.cells() == expected_ranking_rows(data, monetised=True)
    headers = model.headers()
    assert headers[:5] == ["Rank", "Bid", "Name", "Total (of 100)", "Tender points (of 15)"]
    assert headers[5] == "Co-operative values framework (of 74)"  # the framework's own subtotal, first
    assert headers[6:] == ["Elmbridge Vale local measures (fictional example) (of 26)", "Monetised", "Fails minimum"]
    # Every printed subtotal row adds up to the printed total (as decimals: binary floats drift, 80.97999…).
    for r in data["ranking"]:
        assert sum(Decimal(v) for v in r["by_theme"].values()) == Decimal(r["total"])

    outcomes = page.outcomes
    by_level = ("by_framework", "by_theme", "by_outcome")
    assert outcomes.rowCount() == sum(len(data["available"][k]) for k in by_level)
    for row, entry in enumerate(outcomes.rows):
        h = entry["heading"]
        assert outcomes.text(row, tables.OUT_OF) == data["available"][by_level[h.level]][h.key]
        for column, bid in enumerate(data["ranking"], start=tables.OUT_OF + 1):
            assert outcomes.text(row, column) == bid[by_level[h.level]][h.key], (h.key, bid["bid"])
    assert outcomes.text(0, tables.HEADING) == "Co-operative values framework"

    leader = data["ranking"][0]["name"]
    assert data["sensitivity"]["holds"]
    assert page.sensitivity.text() == f"Sensitivity: first place ({leader}) holds when any one measure's weight moves by ±25%."

    assert unnamed_controls(page) == []
    chart = page.chart
    assert chart.accessibleName() and chart.text_alternative() in chart.accessibleDescription()
    assert [b.total for b in chart.bars] == [r["total"] for r in data["ranking"]]
    assert [list(b.values) for b in chart.bars] == [list(r["by_theme"].values()) for r in data["ranking"]]
    assert [t.letter for t in chart.themes] == list("ABCDEF")

    window.resize(1280, 800)
    QApplication.processEvents()
    assert window.grab().save(str(SCREENSHOTS / "results.png"))

    press(qtbot, page.copy_button)
    lines = QApplication.clipboard().text().splitlines()
    assert lines[0].split("\t") == headers
    assert [line.split("\t") for line in lines[1:]] == expected_ranking_rows(data, monetised=True)
    assert "4 row(s)" in page.copied.text()
    press(qtbot, page.copy_outcomes_button)
    lines = QApplication.clipboard().text().splitlines()
    assert len(lines) == 1 + outcomes.rowCount() and lines[1].startswith("Framework\tCo-operative values framework\t74.00\t")


def test_provisional_results_say_so_with_failures_disqualification_and_hinges(window, tmp_path):
    path = tmp_path / "hand.coopeval"
    assert window.file_actions.open_path(path, create=True)
    hand_worked_tender(window.controller.workspace, disqualify=True)
    page = show_results(window, REFERENCE)
    data = cli_json(path, REFERENCE)

    assert "PROVISIONAL" in page.status.text() and "in moderation" in page.status.text()
    assert page.ranking.cells() == expected_ranking_rows(data, monetised=True)
    assert [row[0] for row in page.ranking.cells()] == ["1", "2", "—"]
    # Pounds with their sign and thousands separated (hand_worked.py: 17, 16 and 25 × £150).
    assert [row[-2] for row in page.ranking.cells()] == ["£2,550.00", "£2,400.00", "£3,750.00"]
    assert page.ranking.headers()[-2] == "Monetised"
    assert page.ranking.cells()[2][-1] == "CV-PA-01 — disqualified"
    assert page.chart.bars[2].note == "disqualified" and page.chart.bars[2].label == "—. HW-C Co-operative Ltd"
    # Worked by hand in tests/helpers/hand_worked.py: B leads, but A would under two of the changes.
    assert page.sensitivity.text() == (
        "Sensitivity: first place (HW-B Co-operative Ltd) does not hold. HW-A Co-operative Ltd would come first "
        "if one of these weights moved: CV-PA-01 +25%, LOC-03 −25%.")
    assert page.sensitivity.toolTip().splitlines() == ["CV-PA-01 +25%: HW-A Co-operative Ltd", "LOC-03 −25%: HW-A Co-operative Ltd"]


def test_a_tender_that_cannot_be_scored_yet_says_why(workspace_window):
    win = workspace_window
    ws = win.controller.workspace
    tender, _ = tenders.create_tender(ws, reference="D-1", title="Draft", scale=scale())
    win.reload_tenders(tender.id)
    page = win.select_page("Results")
    # before moderation opens results are hidden from everyone: said in place of the ranking, not as an error
    assert page.status.text() == "D-1: Results are hidden until moderation opens, so no one can infer individual scores."
    assert page.ranking.rowCount() == 0 and not page.copy_button.isEnabled() and page.chart.bars == ()


def test_scores_by_measure_beside_the_subtotals(qtbot, window, tmp_path):
    path = build_demo(tmp_path / "demo.coopeval")
    assert window.file_actions.open_path(path)
    page = show_results(window, MEALS)
    data = cli_json(path, MEALS)
    ids = {t.reference: t.id for t in window.controller.read(tenders.list_tenders)}
    measures = window.controller.read(tenders.list_measures, ids[MEALS])

    tabs = page.lower_tabs
    assert [tabs.tabText(i) for i in range(tabs.count())][-1] == "Scores by &measure"
    model = page.measures
    assert [r["code"] for r in model.rows] == [m.code for m in measures]  # a row per measure, in order
    assert model.headers()[:3] == ["Code", "Measure", "Out of"]
    assert len(model.headers()) == 3 + len(data["ranking"])  # a column per bid, best first
    quantitative = 0
    for row, m in enumerate(measures):
        assert model.text(row, tables.MEASURE) == m.title
        for column, bid in enumerate(data["ranking"], start=tables.WEIGHT + 1):
            result = bid["measures"][m.code]
            cell = model.text(row, column)
            if m.kind != "quantitative":
                assert cell == result["points"]
            elif result["value"] is None:
                assert cell == f"{result['points']} (none committed)"
            else:
                quantitative += 1
                unit = m.detail.get("unit")
                quantity = f"{Decimal(result['value']):,f}".rstrip("0").rstrip(".") if "." in result["value"] else (
                    f"{int(result['value']):,}")
                assert cell == f"{result['points']} (committed {quantity})", (m.code, bid["bid"])
                tip = model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
                assert tip == f"{result['points']} (committed {quantity}{' ' + unit if unit else ''})"
    assert quantitative > 0
    # The bids' points add up to each bid's total, within the rounding of each figure to 0.01.
    for column, bid in enumerate(data["ranking"], start=tables.WEIGHT + 1):
        points = sum(Decimal(model.text(r, column).split()[0]) for r in range(model.rowCount()))
        assert abs(points - Decimal(bid["total"])) <= Decimal("0.01") * model.rowCount()
    assert unnamed_controls(page) == []

    tabs.setCurrentWidget(page.measure_view)
    window.resize(1280, 800)
    QApplication.processEvents()
    assert window.grab().save(str(SCREENSHOTS / "results-measures.png"))
