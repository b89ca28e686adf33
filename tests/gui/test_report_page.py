"""The Report page, driven through its buttons on a copy of the demo workspace: a signed report
written off the main thread with the controller's progress dialog; Cancel stops it and leaves no file
(an earlier file untouched); summaries and exports; buttons that follow the tender's status and wait
while an operation runs."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QPushButton

import coopeval.ui.pages.report as report_module
from coopeval.services.reports import writing as reports
from coopeval.services.setup import tenders
from tests.helpers.certificates import officer_p12
from tests.helpers.reports import DEMO_DONE, DEMO_OPEN, demo_copy, pdf_pages


def on_demo(window, tmp_path_factory, tmp_path):
    path = demo_copy(tmp_path_factory, tmp_path / "demo.coopeval")
    assert window.file_actions.open_path(path)

    def show(reference: str):
        window.reload_tenders(window.controller.read(tenders.get_tender, reference).id)
        return window.select_page("Report")

    return window, show


@pytest.fixture
def report_page(qtbot, window, tmp_path_factory, tmp_path):
    """The Report page with the app's real task runner: work runs off the main thread."""
    return on_demo(window, tmp_path_factory, tmp_path)


@pytest.fixture
def immediate_report_page(qtbot, sync_window, tmp_path_factory, tmp_path):
    """The Report page on a window whose runner works in step with the test, so a Cancel pressed
    from a progress callback lands mid-operation."""
    return on_demo(sync_window, tmp_path_factory, tmp_path)


def choose_file(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(report_module.QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "")))


def answer_signer_dialog(monkeypatch, name: str | None = None, role: str = "", council: str = "") -> list:
    """SignerDialog answered as the user would: the fields filled (or left as offered), then OK. Returns
    the dialogs that were shown."""
    shown: list = []

    def exec_(dialog) -> int:
        shown.append(dialog)
        if name is not None:
            dialog.name.setText(name)
        dialog.role.setText(role or dialog.role.text())
        dialog.council.setText(council or dialog.council.text())
        dialog.ok_button.click()
        return dialog.result()

    monkeypatch.setattr(report_module.SignerDialog, "exec", exec_)
    return shown


def choose_folder(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(report_module.QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(path)))


def test_buttons_follow_the_tender_status(report_page):
    window, show = report_page
    page = show(DEMO_OPEN)
    assert not page.report_button.isEnabled() and not page.xlsx_button.isEnabled()
    assert "blind until then" in page.state.text()
    page = show(DEMO_DONE)
    assert page.report_button.isEnabled() and page.summaries_button.isEnabled() and page.csv_button.isEnabled()
    assert "signed off: the report is final" in page.state.text()


def test_a_signed_report_is_written_off_the_main_thread_with_progress(qtbot, report_page, tmp_path, monkeypatch):
    window, show = report_page
    page = show(DEMO_DONE)
    out = tmp_path / "report.pdf"
    choose_file(monkeypatch, out)
    seen = []
    progress = window.controller.progress
    progress.progressed.connect(lambda done, total, what: seen.append((done, total)))
    assert page.sign_with.currentData() == report_module.OWN_KEY
    asked = answer_signer_dialog(monkeypatch)  # the first key: who signs is asked first (tests/gui/test_signer_dialog.py)
    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    assert page.busy and progress.dialog is not None and progress.dialog.isVisible()
    assert progress.dialog.objectName() == "operationProgress"
    assert not page.report_button.isEnabled() and not page.cert_button.isEnabled()
    qtbot.waitUntil(lambda: not page.busy, timeout=60_000)
    assert out.exists() and "Wrote" in page.result.text() and "signed by" in page.result.text()
    assert len(asked) == 1
    assert any(done == total > 1 for done, total in seen)  # the rendering ran to its end
    check = reports.verify_report(out)
    assert check.ok, [c.message for c in check.checks]
    assert page.report_button.isEnabled() and progress.dialog is None


def test_cancel_stops_the_report_and_leaves_no_file(qtbot, immediate_report_page, tmp_path, monkeypatch):
    window, show = immediate_report_page  # run in step with the test, so Cancel lands mid-report
    page = show(DEMO_DONE)
    progress = window.controller.progress
    out = tmp_path / "report.pdf"
    out.write_bytes(b"yesterday's report")
    choose_file(monkeypatch, out)
    page.sign_with.setCurrentIndex(page.sign_with.findData(report_module.UNSIGNED))
    pressed = []

    def press_cancel(done: int, total: int, what: str) -> None:
        if done >= 5 and not pressed and progress.dialog is not None:
            button = progress.dialog.findChild(QPushButton)
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            pressed.append(done)

    progress.progressed.connect(press_cancel)
    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    assert pressed
    assert page.result.text() == "Cancelled: nothing was written."
    assert out.read_bytes() == b"yesterday's report"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]
    assert not page.busy and page.report_button.isEnabled()


def test_summaries_and_exports_from_the_page(qtbot, immediate_report_page, tmp_path, monkeypatch):
    window, show = immediate_report_page
    page = show(DEMO_DONE)
    folder = tmp_path / "summaries"
    folder.mkdir()
    choose_folder(monkeypatch, folder)
    qtbot.mouseClick(page.summaries_button, Qt.MouseButton.LeftButton)
    assert len(list(folder.glob("*.pdf"))) == 4 and "Wrote 4 assessment summaries" in page.result.text()
    out = tmp_path / "record.xlsx"
    choose_file(monkeypatch, out)
    qtbot.mouseClick(page.xlsx_button, Qt.MouseButton.LeftButton)
    assert out.exists() and "record.xlsx" in page.result.text()
    csv_folder = tmp_path / "csv"
    csv_folder.mkdir()
    choose_folder(monkeypatch, csv_folder)
    qtbot.mouseClick(page.csv_button, Qt.MouseButton.LeftButton)
    assert (csv_folder / "scores.csv").exists()


def test_a_draft_report_from_moderation_and_a_wrong_p12_password(qtbot, immediate_report_page, tmp_path, monkeypatch):
    window, show = immediate_report_page
    page = show(DEMO_DONE)
    p12, _ = officer_p12(tmp_path)
    monkeypatch.setattr(report_module.QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(p12), "")))
    monkeypatch.setattr(report_module.QInputDialog, "getText", staticmethod(lambda *a, **k: ("wrong", True)))
    errors = []
    monkeypatch.setattr("coopeval.ui.ops.show_error", lambda parent, exc, title=None: errors.append(str(exc)))
    out = tmp_path / "report.pdf"
    choose_file(monkeypatch, out)
    page.sign_with.setCurrentIndex(page.sign_with.findData(report_module.P12_FILE))
    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    assert errors and "password is wrong" in errors[0] and not out.exists()
    monkeypatch.setattr(report_module.QInputDialog, "getText",
                        staticmethod(lambda *a, **k: ("correct horse battery staple", True)))
    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    assert out.exists() and "signed by Gwŷn Llŷr" in page.result.text()
    assert "Gwŷn Llŷr" not in " ".join(pdf_pages(out))  # the signer is in the signature, not typed into pages


def test_open_and_show_in_folder_after_writing(qtbot, immediate_report_page, tmp_path, monkeypatch):
    window, show = immediate_report_page
    page = show(DEMO_DONE)
    opened: list[QUrl] = []
    monkeypatch.setattr(report_module.QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    monkeypatch.setattr(report_module.sys, "platform", "linux")  # the folder is shown, not the file selected in it
    assert not page.open_button.isVisibleTo(page) and not page.folder_button.isVisibleTo(page)  # nothing written yet

    out = tmp_path / "reports" / "report.pdf"
    out.parent.mkdir()
    choose_file(monkeypatch, out)
    page.sign_with.setCurrentIndex(page.sign_with.findData(report_module.UNSIGNED))
    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    assert out.exists() and page.open_button.isVisibleTo(page) and page.folder_button.isVisibleTo(page)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.folder_button, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(out)), QUrl.fromLocalFile(str(out.parent))]

    folder = tmp_path / "summaries"  # many files: their folder, not one of them
    folder.mkdir()
    choose_folder(monkeypatch, folder)
    qtbot.mouseClick(page.summaries_button, Qt.MouseButton.LeftButton)
    assert not page.open_button.isVisibleTo(page) and page.folder_button.isVisibleTo(page)
    qtbot.mouseClick(page.folder_button, Qt.MouseButton.LeftButton)
    assert opened[-1] == QUrl.fromLocalFile(str(folder))

    workbook = tmp_path / "record.xlsx"
    choose_file(monkeypatch, workbook)
    qtbot.mouseClick(page.xlsx_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert opened[-1] == QUrl.fromLocalFile(str(workbook))

    monkeypatch.setattr(report_module.QDesktopServices, "openUrl", staticmethod(lambda url: False))
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)  # no program for it: said, not silent
    assert "could not be opened" in page.result.text()

    page.forget()  # another workspace: nothing of this one's to open
    assert not page.open_button.isVisibleTo(page) and not page.folder_button.isVisibleTo(page)
    assert page.written_file is None and page.written_folder is None


def test_show_in_folder_selects_the_file_where_that_is_simple(qtbot, immediate_report_page, tmp_path, monkeypatch):
    window, show = immediate_report_page
    page = show(DEMO_DONE)
    started: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(report_module.QProcess, "startDetached",
                        staticmethod(lambda program, args: started.append((program, args)) or (True, 1)))
    monkeypatch.setattr(report_module.QDesktopServices, "openUrl", staticmethod(lambda url: pytest.fail(url)))
    out = tmp_path / "report.pdf"
    page._say("Wrote it.", file=out)
    monkeypatch.setattr(report_module.sys, "platform", "win32")
    qtbot.mouseClick(page.folder_button, Qt.MouseButton.LeftButton)
    monkeypatch.setattr(report_module.sys, "platform", "darwin")
    qtbot.mouseClick(page.folder_button, Qt.MouseButton.LeftButton)
    assert started == [("explorer.exe", ["/select,", str(out)]), ("open", ["-R", str(out)])]
