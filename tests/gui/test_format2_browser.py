"""Format 2 in the app: the framework browser shows a measure's contract clause, s.52 note and
crosswalks, and quality companions are marked as such in the browser and the measure picker."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from coopeval.domain.framework_loader import load_framework
from coopeval.domain.vocab import NPPS_PRIORITIES, PPN002_OUTCOMES
from coopeval.ui.framework_browser import FrameworkBrowser
from coopeval.ui.setup.new_tender_dialog import NewTenderDialog
from tests.helpers.format2 import NPPS_A, PPN_A, format2
from tests.helpers.frameworks import write_variant


def _variant(tmp_path) -> Any:
    return write_variant(tmp_path, format2, "local-2.toml")


def test_browser_shows_clause_s52_and_crosswalks_and_marks_companions(qtbot, tmp_path):
    browser = FrameworkBrowser((load_framework(_variant(tmp_path)),))
    qtbot.addWidget(browser)
    browser.show()
    overview = browser.detail.toPlainText()
    assert "4 measures and 1 quality companion" in overview
    assert "Ownership (ownership and governance; any number of the choices): worker co-op (democratic)" in overview
    assert "Companies House number (register identifier; with evidence; Companies House)" in overview
    assert "core (4 measures; suits services, works)" in overview

    assert browser.select_code("LOC-01")
    text = browser.detail.toPlainText()
    assert "Model contract clause" in text and "The supplier will keep 20 local apprentices." in text
    assert "PA 2023 s.52 KPI (contracts over £5m): suits" in text
    assert "A count reported each quarter suits a s.52 KPI." in text
    assert PPN002_OUTCOMES[PPN_A] in text and NPPS_PRIORITIES[NPPS_A] in text
    assert "Quality companion" not in text

    assert browser.select_code("LOC-05")
    assert browser.tree.currentIndex().data() == "LOC-05  (quality companion)  Carbon saved against the contract's baseline"
    text = browser.detail.toPlainText()
    assert "Quality companion: service quality rather than co-operative value" in text
    assert "s.52 KPI (contracts over £5m): does not suit" in text
    qtbot.keyClicks(browser.search, "quality companion")
    assert browser.select_code("LOC-05") and not browser.select_code("LOC-01")


def test_picker_marks_quality_companions(qtbot, workspace_window, catalogue, tmp_path):
    win = workspace_window
    dialog = NewTenderDialog(win.controller, catalogue.scales, win)
    qtbot.keyClicks(dialog.reference, "EV-2026-020")
    qtbot.keyClicks(dialog.title_edit, "Grounds maintenance")
    qtbot.keyClicks(dialog.authority, "Vale Council")
    qtbot.keyClicks(dialog.value, "90000")
    dialog.accept()
    win.reload_tenders(dialog.created.id)
    page = win.select_page("Set-up")
    page.picker._import_file(_variant(tmp_path))
    page.reload()
    items = {i.data(Qt.ItemDataRole.UserRole + 1)[1]: i for i in page.picker._measure_items}
    assert items["LOC-05"].text() == "LOC-05  (quality companion)  Carbon saved against the contract's baseline"
    assert "quality companion: service quality" in items["LOC-05"].toolTip().lower()
    assert items["LOC-01"].text() == "LOC-01  New jobs on the contract filled by Vale residents"
    qtbot.keyClicks(page.picker.search, "quality companion")
    assert page.picker.visible_codes() == ["LOC-05"]
