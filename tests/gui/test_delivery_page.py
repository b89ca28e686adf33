"""The Delivery page driven through its real widgets on a real workspace file: a tender a year and more into
delivery (contract from 15 May 2025, so a short first quarter) with entries accepted, pending and queried, and
quarters overdue. The grid says each check in words, marks what is overdue, and lists it; recording, accepting and
querying (with a reason) go through the services; the rating dialog refuses a differing rating without a reason;
a delivery return with a problem is previewed with Import disabled."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from coopeval.reporting.delivery import template_layout as layout
from coopeval.services.delivery import award as awards
from coopeval.services.delivery import entries, ratings
from coopeval.services.delivery.commitments import list_commitments, set_s52_kpi
from coopeval.services.delivery.returns import write_delivery_template
from coopeval.services.workspace import Workspace
from coopeval.ui.delivery.dialogs import RatingDialog, ReasonDialog, RecordDeliveryDialog
from coopeval.ui.delivery.returns import DeliveryPreviewDialog
from tests.helpers.screenshots import save
from tests.helpers.widgets import choose, press, unnamed_controls
from tests.helpers.workspaces import ACTOR, staged_file

START, END = "15/05/2025", "31/03/2028"


def in_delivery(ws, reference: str) -> dict[str, int]:
    """Award T1 to its first bid, start delivery, mark three KPIs and report some quarters: ids by code."""
    bid = ws_bids(ws, reference)
    ws_award = awards.record_award(ws, reference, bid=bid, notice_date="01/04/2025", start_on=START, end_on=END,
                                   value="£6,000,000", summaries_sent_on="01/04/2025")
    assert ws_award[0].start_on == "2025-05-15"
    awards.start_delivery(ws, reference)
    cs = {c.code: c for c in list_commitments(ws, reference)}
    quantitative = [c for c in cs.values() if c.kind == "quantitative"]
    for c in quantitative[:3]:
        set_s52_kpi(ws, c.id, True, reason="A contract KPI.")
    first, second = quantitative[0], quantitative[1]
    for period, figure, check in (("2025-Q1", "3", "accepted"), ("2025-Q2", "4", "accepted"),
                                  ("2025-Q3", "2", "queried"), ("2025-Q4", "1", "pending")):
        view, _ = entries.record_delivery(ws, first.id, period, actual=figure, evidence_refs="payroll extract")
        if check == "accepted":
            entries.check_delivery(ws, view.id, "accepted")
        elif check == "queried":
            entries.check_delivery(ws, view.id, "queried", reason="The payroll extract names no one from the area.")
    view, _ = entries.record_delivery(ws, second.id, "2025-Q1", actual="1")
    entries.check_delivery(ws, view.id, "rejected", reason="Outside the contract's area.")
    for period, figure in (("2025-Q1", "100"), ("2025-Q2", "50")):  # hours: a count, added up
        view, _ = entries.record_delivery(ws, quantitative[2].id, period, actual=figure)
        entries.check_delivery(ws, view.id, "accepted")
    return {code: c.id for code, c in cs.items()}


def ws_bids(ws, reference: str) -> str:
    from coopeval.services.bids.entry import list_bids

    return list_bids(ws, reference)[0].identifier


@pytest.fixture
def delivering(window, tmp_path_factory, tmp_path):
    path = tmp_path / "delivery.coopeval"
    built = staged_file(tmp_path_factory, path, "signed_off")
    with Workspace.open(path, actor=ACTOR) as ws:  # arranged before the window opens the file
        ids = in_delivery(ws, built.reference)
    assert window.file_actions.open_path(path)
    window.reload_tenders(built.id)
    page = window.select_page("Delivery")
    return window, page, built, ids


def cell_of(page, commitment_id: int, period: str):
    return page.model.row_of(commitment_id), page.model.column_of(period)


def test_grid_shows_entries_checks_in_words_and_what_is_overdue(qtbot, delivering):
    win, page, built, ids = delivering
    codes = list(ids)
    first = page.model.commitment_at(0)
    assert first is not None and page.split.isVisible(), page.status.text()
    assert "In delivery" in page.status.text() and "short" in page.status.text()
    header = page.model.headerData(0, Qt.Orientation.Horizontal)
    assert header == "2025-Q1\nshort"  # the contract starts mid-quarter
    row, col = cell_of(page, first.id, "2025-Q1")
    assert page.model.cell_text(row, col).endswith("✓ Accepted")
    row, col = cell_of(page, first.id, "2025-Q3")
    assert "? Queried" in page.model.cell_text(row, col)
    row, col = cell_of(page, first.id, "2025-Q4")
    assert "… Pending" in page.model.cell_text(row, col)
    second = page.model.commitment_at(1)
    assert second is not None
    row, col = cell_of(page, second.id, "2025-Q2")  # nothing reported in a quarter that has ended
    assert page.model.cell_text(row, col) == "—\n! Overdue"
    overdue = [page.overdue_list.item(i).text() for i in range(page.overdue_list.count())]
    assert any(second.code in t and "2025-Q2" in t for t in overdue)
    assert not any(first.code in t and "2025-Q1" in t for t in overdue)
    queried = [page.queried_list.item(i).text() for i in range(page.queried_list.count())]
    assert len(queried) == 1 and "names no one from the area" in queried[0]
    # the chart of a level (FTE): each quarter's own accepted figure; the queried 2 hatched, not counted
    page.select_entry(first.id, "2025-Q3")
    series = page.chart.series
    points = {p.period: p for p in series.points}
    assert not series.cumulative and series.promised == 10
    assert points["2025-Q2"].accepted == 4 and points["2025-Q3"].accepted is None and points["2025-Q3"].unchecked == 2
    # of a count (hours): delivered to date, added up
    third = page.model.commitment_at(2)
    assert third is not None and third.unit == "hours"
    page.select_entry(third.id, "2025-Q1")
    points = {p.period: p for p in page.chart.series.points}
    assert page.chart.series.cumulative and points["2025-Q2"].accepted == 150 and points["2025-Q3"].accepted == 150
    assert "2025-Q2: 150 accepted to date" in page.chart.text_alternative()
    assert unnamed_controls(page) == []
    assert len(codes) >= 3
    win.resize(1280, 800)
    QApplication.processEvents()
    page.prepare_screenshot()
    assert page.selected_entry() is not None and page.selected_entry().check == "queried"
    win.resize(1280, 800)
    QApplication.processEvents()
    print(save(win, "delivery-page.png"))


def test_record_accept_and_query_with_a_reason(qtbot, delivering):
    win, page, built, ids = delivering
    ws = win.controller.workspace
    second = page.model.commitment_at(1)
    assert second is not None
    page.select_entry(second.id, "2025-Q2")
    assert not page.accept_button.isEnabled()  # nothing reported there yet
    press(qtbot, page.record_button)
    dialog = page.dialog
    assert isinstance(dialog, RecordDeliveryDialog) and dialog.period.currentData() == "2025-Q2"
    assert dialog.figure is not None
    dialog.figure.setText("lots")
    press(qtbot, dialog.ok_button)
    assert dialog.isVisible() and "lots" in dialog.message.text()  # refused inline, kept open
    dialog.figure.setText("5")
    dialog.refs.setText("timesheets")
    press(qtbot, dialog.ok_button)
    assert page.dialog is None
    grid = entries.delivery_grid(ws, built.reference)
    entry = grid.entries[(second.id, "2025-Q2")]
    assert (entry.actual, entry.evidence_refs, entry.check) == ("5", "timesheets", "pending")
    row, col = cell_of(page, second.id, "2025-Q2")
    assert page.grid.currentIndex().row() == row and page.grid.currentIndex().column() == col
    assert "… Pending" in page.model.cell_text(row, col)

    press(qtbot, page.query_button)
    query = page.dialog
    assert isinstance(query, ReasonDialog)
    press(qtbot, query.ok_button)
    assert query.isVisible() and "reason" in query.message.text()
    query.reason.setPlainText("Send the timesheets signed by the site manager.")
    press(qtbot, query.ok_button)
    entry = entries.delivery_grid(ws, built.reference).entries[(second.id, "2025-Q2")]
    assert (entry.check, entry.check_reason) == ("queried", "Send the timesheets signed by the site manager.")
    assert "? Queried" in page.model.cell_text(row, col)
    assert page.queried_list.count() == 2

    press(qtbot, page.accept_button)
    entry = entries.delivery_grid(ws, built.reference).entries[(second.id, "2025-Q2")]
    assert entry.check == "accepted" and "✓ Accepted" in page.model.cell_text(row, col)
    assert not page.accept_button.isEnabled()


def test_rating_dialog_requires_a_reason_when_it_differs(qtbot, delivering):
    win, page, built, ids = delivering
    ws = win.controller.workspace
    press(qtbot, page.rate_button)
    dialog = page.dialog
    assert isinstance(dialog, RatingDialog)
    choose(qtbot, dialog.period, "2025-2026")
    kpis = [line for line in dialog.lines if line.kpi]
    assert len(kpis) == 3
    first = dialog.lines[0]
    assert first.delivered == "4"  # the latest accepted level; the queried 2 not counted
    combo, reason = dialog.combos[0], dialog.reasons[0]
    assert combo.currentData() == first.suggestion and "Optional" in reason.placeholderText()
    other = "approaching" if first.suggestion != "approaching" else "good"
    choose(qtbot, combo, other)
    assert "Required" in reason.placeholderText()
    press(qtbot, dialog.ok_button)
    assert dialog.isVisible() and first.commitment.code in dialog.message.text()
    QApplication.processEvents()
    print(save(dialog, "delivery-rating.png"))
    assert ratings.rating_lines(ws, built.reference, "2025-2026")[0].rating is None  # nothing recorded
    reason.setText("A late start agreed with the council; the second half is on track.")
    press(qtbot, dialog.ok_button)
    assert page.dialog is None
    line = ratings.rating_lines(ws, built.reference, "2025-2026")[0]
    assert (line.rating, line.reason) == (other, "A late start agreed with the council; the second half is "
                                                         "on track.")


def test_import_preview_with_a_problem_disables_import(qtbot, delivering, tmp_path):
    win, page, built, ids = delivering
    ws = win.controller.workspace
    out = tmp_path / "return.xlsx"
    write_delivery_template(ws, built.reference, "2026-Q1", out)
    book = openpyxl.load_workbook(out)
    sheet = book[layout.DELIVERY]
    quantitative = next(r for r in range(layout.FIRST_ROW, sheet.max_row + 1)
                        if sheet[f"A{r}"].value is not None and sheet[f"F{r}"].value)
    sheet[f"E{quantitative}"] = "lots"
    book.save(out)
    page.returns.preview([out])
    qtbot.waitUntil(lambda: isinstance(page.returns.dialog, DeliveryPreviewDialog))
    dialog = page.returns.dialog
    assert isinstance(dialog, DeliveryPreviewDialog)
    problems = dialog.problems.toPlainText().splitlines()
    assert problems and problems[0].startswith(f"return.xlsx: Delivery!E{quantitative}: ")
    assert not dialog.import_button.isEnabled() and dialog.problems_box.isVisible()
    print(save(dialog, "delivery-import-problem.png"))

    book = openpyxl.load_workbook(out)  # fixed: the preview lets the return in, and importing records it
    book[layout.DELIVERY][f"E{quantitative}"] = 6
    book.save(out)
    dialog.reject()
    page.returns.preview([out])
    qtbot.waitUntil(lambda: isinstance(page.returns.dialog, DeliveryPreviewDialog) and page.returns.dialog.isVisible())
    dialog = page.returns.dialog
    assert dialog is not None and dialog.import_button.isEnabled()
    press(qtbot, dialog.import_button)
    qtbot.waitUntil(lambda: page.returns.dialog is None)
    assert "Imported 1 delivery return" in page.note.text()
    key = int(str(book[layout.DELIVERY][f"A{quantitative}"].value))
    assert entries.delivery_grid(ws, built.reference).entries[(key, "2026-Q1")].actual == "6"


def test_evidence_and_the_delivery_report_go_through_their_file_dialogs(qtbot, delivering, tmp_path, monkeypatch):
    win, page, built, ids = delivering
    ws = win.controller.workspace
    first = page.model.commitment_at(0)
    assert first is not None
    page.select_entry(first.id, "2025-Q1")
    evidence = tmp_path / "payroll.pdf"
    evidence.write_bytes(b"%PDF-1.4\n% payroll extract\n")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(evidence), ""))
    press(qtbot, page.evidence_button)
    entry = entries.delivery_grid(ws, built.reference).entries[(first.id, "2025-Q1")]
    assert entry.evidence_files == 1 and "payroll.pdf" in page.note.text()
    assert [f.name for f in entries.evidence_files(ws, entry.id)] == ["payroll.pdf"]
    assert page.model.cell_text(*cell_of(page, first.id, "2025-Q1")) == "3 FTE · 1 file\n✓ Accepted"

    report = tmp_path / "delivery"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(report), "Excel workbook (*.xlsx)"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("a workbook is never signed"))
    press(qtbot, page.report_button)
    qtbot.waitUntil(lambda: "Wrote the delivery report" in page.note.text())
    assert (tmp_path / "delivery.xlsx").stat().st_size > 0

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "signed.pdf"), "PDF (*.pdf)"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    press(qtbot, page.report_button)  # backed out of the signing question: nothing written
    assert not (tmp_path / "signed.pdf").exists()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    press(qtbot, page.report_button)
    qtbot.waitUntil(lambda: "signed.pdf" in page.note.text())
    assert (tmp_path / "signed.pdf").read_bytes().startswith(b"%PDF")


def test_an_awarded_tender_says_delivery_has_not_started(qtbot, window, tmp_path_factory, tmp_path):
    path = tmp_path / "awarded.coopeval"
    built = staged_file(tmp_path_factory, path, "signed_off")
    with Workspace.open(path, actor=ACTOR) as ws:
        awards.record_award(ws, built.reference, bid=ws_bids(ws, built.reference), notice_date="01/04/2025",
                            start_on=START, end_on=END, value="£6,000,000")
    assert window.file_actions.open_path(path)
    window.reload_tenders(built.id)
    page = window.select_page("Delivery")
    assert "delivery has not started" in page.status.text()
    assert not page.split.isVisible() and page.model.rowCount() == 0
    assert not any(b.isEnabled() for b in (*page.delivery_buttons, *page.rating_buttons))
