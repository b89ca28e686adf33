"""Results → "Other award criteria…" (issue 21): adding criteria and scores through the dialog, a refusal said in
the dialog, importing a spreadsheet with a preview, and the whole result shown on the Results page below the
social value ranking once recorded."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog

from coopeval.services.setup import tenders
from coopeval.ui.results import other_criteria as ui
from tests.helpers.workspaces import staged_file

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "criteria"


def open_t1(window, tmp_path_factory, tmp_path):
    path = tmp_path / "w.coopeval"
    staged_file(tmp_path_factory, path, "signed_off")
    assert window.file_actions.open_path(path)
    ids = {t.reference: t.id for t in window.controller.read(tenders.list_tenders)}
    window.reload_tenders(ids["T1"])
    return ids["T1"], window.select_page("Results")


def test_criteria_and_scores_recorded_in_the_dialog_make_the_whole_result(qtbot, window, tmp_path_factory, tmp_path):
    tender_id, page = open_t1(window, tmp_path_factory, tmp_path)
    assert page.other_button.isEnabled() and page.whole.isHidden()
    dialog = ui.OtherCriteriaDialog(window.controller, tender_id, page)
    qtbot.addWidget(dialog)
    assert "No other award criteria are recorded" in dialog.whole.text()

    add = ui.CriterionDialog(window.controller, tender_id, None, dialog)
    add.name.setText("Price")
    add.weight.setText("160")
    add.max_score.setText("100")
    add.accept()
    assert add.result() != QDialog.DialogCode.Accepted and "at most 100" in add.message.text()  # said, kept open
    add.weight.setText("60")
    add.accept()
    assert add.result() == QDialog.DialogCode.Accepted
    dialog.reload()
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 0).text() == "Price"
    assert dialog.grid.item(0, 0).text() == "not scored"

    score = ui.ScoreDialog(window.controller, dialog.criteria[0], dialog.bids[0], dialog)
    score.score.setText("90")
    score.accept()
    assert "Reasons is required" in score.message.text()
    score.reasons.setPlainText("Pricing schedule tab 2.")
    score.accept()
    dialog.reload()
    assert dialog.grid.item(0, 0).text() == "90" and dialog.grid.item(0, 0).toolTip() == "Pricing schedule tab 2."
    assert "not complete" in dialog.whole.text() and "add up to 70%" in dialog.whole.text()


def test_import_with_preview_then_the_results_page_shows_the_whole_result(qtbot, window, tmp_path_factory, tmp_path,
                                                                         monkeypatch):
    tender_id, page = open_t1(window, tmp_path_factory, tmp_path)
    dialog = ui.OtherCriteriaDialog(window.controller, tender_id, page)
    qtbot.addWidget(dialog)
    bad = dialog.preview_dialog(FIXTURES / "hostile.csv")
    assert bad is not None and not bad.import_button.isEnabled()
    good = dialog.preview_dialog(FIXTURES / "good.xlsx")
    assert good is not None and good.import_button.isEnabled()
    monkeypatch.setattr(ui.ImportPreviewDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    dialog.import_file(FIXTURES / "good.xlsx")
    assert dialog.grid.rowCount() == 2 and dialog.grid.columnCount() == 2
    assert "Whole result: complete." in dialog.whole.text() and "most advantageous tender is" in dialog.whole.text()
    qtbot.waitUntil(lambda: not page.whole.isHidden())
    assert "Whole result: complete." in page.whole.toPlainText()
