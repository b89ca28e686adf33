"""Issue 16: the Results page reads a large tender on the worker, keeping the figures (and the status line's
colours) of the same tender meanwhile; the whole result (issue 21) sits in a scrolling box of bounded height that
is not laid out again when the same result is shown again; the divider is sized once per batch of changes."""

from __future__ import annotations

import threading
from pathlib import Path

from coopeval.services.criteria import spreadsheet
from coopeval.services.results import view as results_view
from coopeval.services.setup import tenders
from coopeval.ui.pages import loading
from coopeval.ui.pages import results as results_page
from tests.helpers.workspaces import staged_file

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "criteria"


def open_t1(window, tmp_path_factory, tmp_path, qtbot):
    path = tmp_path / "w.coopeval"
    staged_file(tmp_path_factory, path, "signed_off")
    assert window.file_actions.open_path(path)
    ids = {t.reference: t.id for t in window.controller.read(tenders.list_tenders)}
    window.reload_tenders(ids["T1"])
    page = window.select_page("Results")
    qtbot.waitUntil(lambda: not page.loader.loading and not window.controller.busy)
    return ids["T1"], page


def test_the_results_are_read_on_the_worker_and_the_shown_ones_stay_meanwhile(qtbot, window, tmp_path_factory,
                                                                              tmp_path, monkeypatch):
    _, page = open_t1(window, tmp_path_factory, tmp_path, qtbot)
    rows, style = page.ranking.rowCount(), page.status.styleSheet()
    assert rows > 0 and style == results_page.FINAL_STYLE and page.status.text().startswith("<b>FINAL</b>")
    monkeypatch.setattr(loading, "BACKGROUND_FROM", 0)  # every tender counts as large
    results_view.clear_cache()  # nothing kept: the results are worked out again
    threads: list[threading.Thread] = []
    real = results_page.results_display
    monkeypatch.setattr(results_page, "results_display",
                        lambda ws, tender: threads.append(threading.current_thread()) or real(ws, tender))
    page.reload()
    assert page.status.text() == "Loading the results…"
    assert page.status.styleSheet() == style and page.ranking.rowCount() == rows  # nothing else moves meanwhile
    qtbot.waitUntil(lambda: not page.loader.loading and not window.controller.busy)
    assert threads and threads[0] is not threading.main_thread()
    assert page.status.text().startswith("<b>FINAL</b>") and page.ranking.rowCount() == rows


def test_the_whole_result_is_bounded_and_not_laid_out_again_when_unchanged(qtbot, window, tmp_path_factory,
                                                                           tmp_path, monkeypatch):
    tender_id, page = open_t1(window, tmp_path_factory, tmp_path, qtbot)
    assert page.whole.isHidden()
    assert window.controller.op(spreadsheet.import_other_criteria, tender_id, FIXTURES / "good.xlsx").ok
    qtbot.waitUntil(lambda: not page.whole.isHidden() and not page.loader.loading)
    assert "Whole result: complete." in page.whole.toPlainText()
    qtbot.waitUntil(lambda: page.whole.height() > 0 and page.whole.height() <= max(page.split.height(), 400) // 3)
    laid_out: list[str] = []
    monkeypatch.setattr(page.whole, "setHtml", laid_out.append)
    page.reload()  # the same results, kept: the whole result's text is the same
    qtbot.waitUntil(lambda: not page.loader.loading and not window.controller.busy)
    assert laid_out == [] and "Whole result: complete." in page.whole.toPlainText()
    page.show_whole(None)  # another result (none): laid out
    assert laid_out == [""] and page.whole.isHidden()


def test_the_divider_is_sized_once_for_several_changes(qtbot, window, tmp_path_factory, tmp_path, monkeypatch):
    _, page = open_t1(window, tmp_path_factory, tmp_path, qtbot)
    page._user_sized = False
    sized: list[int] = []
    monkeypatch.setattr(page, "size_split_now", lambda: sized.append(1))
    for _ in range(3):
        page._size_split()
    assert sized == []  # queued, not done inside the change
    qtbot.waitUntil(lambda: sized == [1])
    qtbot.wait(20)
    assert sized == [1]
