"""The Report page's Records box on a copy of the demo: the retention date (set before an award, the contract's after),
and "Records bundle…", written off the main thread with progress, signed, and verifying."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt

import coopeval.ui.reports.bundle as bundle_module
from coopeval.services.records.verify import verify_bundle
from tests.gui.test_report_page import answer_signer_dialog, report_page  # noqa: F401 - a fixture
from tests.helpers.reports import DEMO_DONE, DEMO_OPEN
from tests.helpers.screenshots import save

PARKS = "EVC-2025-009"  # in delivery: awarded, the contract entered into


def test_the_retention_date_is_shown_and_set_before_the_award(qtbot, report_page, monkeypatch):  # noqa: F811
    window, show = report_page
    page = show(DEMO_DONE)
    box = page.records
    assert box.retention_line.text() == "Keep this tender's record: to be set at award."
    assert box.retention_button.isVisible() and box.bundle_button.isEnabled()
    year = dt.date.today().year + 6
    monkeypatch.setattr(bundle_module.QInputDialog, "getText", staticmethod(lambda *a, **k: (f"31/03/{year}", True)))
    qtbot.mouseClick(box.retention_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: f"31 Mar {year}" in box.retention_line.text(), timeout=10_000)
    assert box.retention_line.text().startswith(f"Keep this tender's record: keep until 31 Mar {year} (set by the officer")
    save(page, "report-records.png")

    monkeypatch.setattr(bundle_module.QInputDialog, "getText", staticmethod(lambda *a, **k: ("1 Jan 2001", True)))
    qtbot.mouseClick(box.retention_button, Qt.MouseButton.LeftButton)
    assert "not in the future" in page.result.text()  # said on the page; nothing changed
    assert f"31 Mar {year}" in box.retention_line.text()

    page = show(DEMO_OPEN)
    assert not page.records.bundle_button.isEnabled() and page.records.retention_button.isVisible()


def test_after_the_award_the_contract_decides_and_there_is_no_button(report_page):  # noqa: F811
    window, show = report_page
    page = show(PARKS)
    assert not page.records.retention_button.isVisible()
    assert "three years from the contract entered into on" in page.records.retention_line.text()
    assert page.records.bundle_button.isEnabled()


def test_a_records_bundle_is_written_signed_in_the_background(qtbot, report_page, tmp_path, monkeypatch):  # noqa: F811
    window, show = report_page
    page = show(DEMO_DONE)
    out = tmp_path / "records"
    monkeypatch.setattr(bundle_module.QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    page.sign_with.setCurrentIndex(page.sign_with.findData("none"))  # a bundle is always signed: your own key
    asked = answer_signer_dialog(monkeypatch, "Olu Adebayo", "Procurement officer")
    progress = window.controller.progress
    qtbot.mouseClick(page.records.bundle_button, Qt.MouseButton.LeftButton)
    assert page.busy and progress.dialog is not None and progress.dialog.isVisible()
    assert not page.records.bundle_button.isEnabled()
    qtbot.waitUntil(lambda: not page.busy, timeout=120_000)
    written = tmp_path / "records.zip"
    assert len(asked) == 1
    assert written.exists() and page.result.text().startswith(f"Wrote {written}: ")
    assert "signed by Olu Adebayo, Procurement officer" in page.result.text()
    assert page.open_button.isVisible()
    save(page, "report-records-bundle.png")
    report = verify_bundle(written)  # your own certificate is trusted by default
    assert report.ok, report.problems
    assert page.records.bundle_button.isEnabled()
    assert not [p for p in Path(tmp_path).iterdir() if p.name.startswith(".")]  # no temporary file or folder left
