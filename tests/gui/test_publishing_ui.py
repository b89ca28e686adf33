"""Issue 18 on the desktop: the deadline and clarification route typed on the Set-up page, the word limit in the
measures table, publishing the questionnaire (refused with the reason while the set-up is incomplete, kept as
versions, out of date once the set-up changes), the Bids page's response template, and importing returns through
the preview (plans, problems, the Import button), by choosing files or dropping them on the page."""

from __future__ import annotations

import hashlib
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from coopeval.reporting.questionnaire import template_layout as layout
from coopeval.services.bids import entry as bids
from coopeval.services.bids.returns import FieldChange, ImportPreview, ResponseLine, ReturnPlan, ReturnProblem
from coopeval.services.publishing import files
from coopeval.services.setup import tenders
from coopeval.ui.bids import returns_import
from coopeval.ui.bids.returns_import import importable_drop
from coopeval.ui.bids.returns_preview import ReturnsPreviewDialog
from coopeval.ui.setup import publish_panel
from coopeval.ui.setup.weights_model import WORDS
from tests.helpers.bids_page import make_tender
from tests.helpers.screenshots import save
from tests.helpers.widgets import press

DEADLINE = "15/01/2027 12:00"
ROUTE = "Through the council's e-tendering portal, by 12:00 on 8 January 2027.\nAnswers are shared with every bidder."


@pytest.fixture
def win(sync_window, tmp_path):
    """The main window on a new workspace, its long work run at once (no waiting in the tests)."""
    assert sync_window.file_actions.open_path(tmp_path / "test.coopeval", create=True)
    return sync_window


def publishable(win, catalogue):
    tender, measures = make_tender(win, catalogue)
    assert win.controller.op(tenders.update_tender, tender.id, deadline=DEADLINE, clarification_route=ROUTE).ok
    return tender, measures


def tender_of(page):
    return page.controller.read(tenders.get_tender, page.tender_id)


# the set-up page -----------------------------------------------------------------------------------
def test_the_deadline_is_checked_as_it_is_typed_and_a_date_without_a_time_is_refused(qtbot, win, catalogue):
    make_tender(win, catalogue)
    page = win.select_page("Set-up")
    form = page.details
    form.deadline.setFocus()
    qtbot.keyClicks(form.deadline, "15/01/2027")
    assert "needs a date and a time" in form.deadline_note.text()
    qtbot.keyClick(form.deadline, Qt.Key.Key_Return)
    assert tender_of(page).deadline is None  # refused: nothing saved, what was typed kept with the reason
    assert form.deadline.text() == "15/01/2027" and "15/01/2027 12:00" in form.deadline_note.text()

    qtbot.keyClicks(form.deadline, " 12:00")
    assert form.deadline_note.text() == "Returns are due by 12:00 on Friday 15 January 2027 (UK time)."
    qtbot.keyClick(form.deadline, Qt.Key.Key_Return)
    assert tender_of(page).deadline == "2027-01-15T12:00"
    assert form.deadline.text() == DEADLINE

    form.clarification.setFocus()
    qtbot.keyClicks(form.clarification, "By email to tenders@vale.example")
    form.title_edit.setFocus()  # leaving the field saves it
    assert tender_of(page).clarification_route == "By email to tenders@vale.example"


def test_publishing_is_refused_with_the_reason_while_the_set_up_is_incomplete(win, catalogue):
    make_tender(win, catalogue)
    panel = win.select_page("Set-up").publish
    assert not panel.publish_button.isEnabled()
    for shown in (panel.reason.text(), panel.publish_button.toolTip()):
        assert "give the deadline for returns" in shown and "clarification questions" in shown
    assert panel.reason.isVisible() and not panel.banner.isVisible() and not panel.table.isVisible()


def test_publishing_keeps_versions_and_a_set_up_change_says_the_questionnaire_is_out_of_date(
        qtbot, win, catalogue, tmp_path, monkeypatch):
    tender, _ = publishable(win, catalogue)
    page = win.select_page("Set-up")
    panel = page.publish
    assert panel.publish_button.isEnabled() and not panel.reason.isVisible(), panel.reason.text()
    out = tmp_path / "EV-2026-014-questionnaire.pdf"
    asked = []

    def save_name(parent, caption, suggested, filters):
        asked.append(Path(suggested).name)
        return str(out), "PDF (*.pdf)"

    monkeypatch.setattr(publish_panel.QFileDialog, "getSaveFileName", save_name)
    press(qtbot, panel.publish_button)
    assert asked == ["EV-2026-014-questionnaire.pdf"]
    assert out.read_bytes().startswith(b"%PDF")
    assert panel.banner.isVisible() and panel.banner.text().startswith("Questionnaire version 1 published")
    assert "matches the set-up" in panel.banner.text()
    assert panel.table.rowCount() == 1 and panel.table.item(0, 0).text() == "1"
    assert panel.table.item(0, 3).text() == hashlib.sha256(out.read_bytes()).hexdigest()[:12]

    # a word limit is part of the set-up the questionnaire states
    model = page.weights.model
    assert model.setData(model.index(0, WORDS), "250")
    measure = page.controller.read(tenders.list_measures, tender.id)[0]
    assert measure.word_limit == 250 and model.index(0, WORDS).data() == "250"
    assert "is out of date" in panel.banner.text()
    assert panel.publish_button.text().replace("&", "") == "Publish new version…"

    copy = tmp_path / "copy.pdf"
    monkeypatch.setattr(publish_panel.QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    press(qtbot, panel.copy_button)
    assert copy.read_bytes() == out.read_bytes()

    out.unlink()
    monkeypatch.setattr(publish_panel.QFileDialog, "getSaveFileName", save_name)
    press(qtbot, panel.publish_button)
    assert panel.table.rowCount() == 2 and panel.table.item(0, 0).text() == "2"  # newest first; both kept
    assert "Questionnaire version 2 published" in panel.banner.text()
    assert [f.version for f in files.list_files(win.controller.workspace, tender.id, "questionnaire")] == [1, 2]


# the preview of returns ----------------------------------------------------------------------------
def plans() -> tuple[ReturnPlan, ...]:
    responses = (ResponseLine("CV-EE-01", "Employee ownership", "Every care worker is a member;\nthe council meets "
                              "monthly.", None, None, "pp. 4-6"),
                 ResponseLine("CV-CC-02", "Spend with co-operatives", "A quarter of our spend goes to local co-ops.",
                              "25", "% of third-party spend", "p. 9"))
    return (ReturnPlan("riverside.xlsx", "ab" * 32, "IP31245R", "Riverside Care Co-operative Limited", "create",
                       responses, ()),
            ReturnPlan("hartwell.xlsx", "cd" * 32, "09876543", "Hartwell Support Ltd", "update", responses,
                       (FieldChange("CV-CC-02 quantity", "20", "25"),
                        FieldChange("Contact email", "", "tenders@hartwell.example"))))


PROBLEMS = (ReturnProblem("hartwell.xlsx", "Responses!G7", "'lots' is not a number"),
            ReturnProblem("old.xlsx", "", "answers an older set-up of EV-2026-014; send the bidder the current "
                          "template"))


def test_the_preview_shows_each_plan_and_imports_only_without_problems(qtbot):
    dialog = ReturnsPreviewDialog(ImportPreview(plans(), ()))
    qtbot.addWidget(dialog)
    assert dialog.import_button.text() == "Import 2 returns" and dialog.import_button.isEnabled()
    assert not dialog.problems_box.isVisibleTo(dialog)
    assert dialog.summary.text().startswith("2 returns checked: 1 new bid, 1 bid updated.")
    created, updated = (dialog.tree.topLevelItem(i) for i in range(2))
    assert created.text(1) == "Creates a new bid: Riverside Care Co-operative Limited (IP31245R)"
    assert updated.text(1) == "Updates the bid of Hartwell Support Ltd (09876543)"
    differences = updated.child(0)
    assert [differences.child(i).text(1) for i in range(differences.childCount())] == [
        "20 → 25", "(empty) → tenders@hartwell.example"]
    lines = created.child(0)
    assert lines.child(1).text(1) == "Quantity 25 % of third-party spend — A quarter of our spend goes to local " \
                                     "co-ops. (pages: p. 9)"
    assert lines.child(0).toolTip(1) == "Every care worker is a member;\nthe council meets monthly."
    with qtbot.waitSignal(dialog.import_requested):
        press(qtbot, dialog.import_button)

    dialog.show_problems(PROBLEMS)  # found by the import itself (a file changed after the preview)
    assert not dialog.import_button.isEnabled()
    assert dialog.problems.toPlainText().splitlines() == [
        "hartwell.xlsx: Responses!G7: 'lots' is not a number",
        "old.xlsx: answers an older set-up of EV-2026-014; send the bidder the current template"]
    assert dialog.problems_label.text().startswith("2 problems in 2 files. Nothing will be imported")
    press(qtbot, dialog.copy_button)
    assert QApplication.clipboard().text() == dialog.problems.toPlainText()


def test_a_preview_with_problems_cannot_be_imported(qtbot):
    dialog = ReturnsPreviewDialog(ImportPreview(plans()[:1], PROBLEMS))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.problems.isVisible() and "Responses!G7" in dialog.problems.toPlainText()
    assert not dialog.import_button.isEnabled() and dialog.summary.text() == "Nothing can be imported yet."
    with qtbot.assertNotEmitted(dialog.import_requested):
        dialog.buttons.accepted.emit()


# dropping files on the Bids page -----------------------------------------------------------------
def test_dropping_takes_xlsx_files_and_folders_and_ignores_everything_else(qtbot, win, catalogue, tmp_path,
                                                                           monkeypatch):
    folder = tmp_path / "returns"
    folder.mkdir()
    (tmp_path / "a.xlsx").write_bytes(b"x")
    (tmp_path / "notes.txt").write_text("x")
    (tmp_path / "~$a.xlsx").write_bytes(b"x")
    urls = [QUrl.fromLocalFile(str(p)) for p in (tmp_path / "a.xlsx", folder, tmp_path / "notes.txt",
                                                  tmp_path / "~$a.xlsx")]
    assert importable_drop([*urls, QUrl("https://example.com/b.xlsx")]) == [tmp_path / "a.xlsx", folder]

    make_tender(win, catalogue)
    page = win.select_page("Bids")
    assert not page.template_button.isEnabled()  # no deadline yet: bidders could not be told when to return it
    assert page.template_button.toolTip().startswith("The response template cannot be written yet: give the deadline")
    assert page.import_button.isEnabled()
    previewed = []
    monkeypatch.setattr(page.returns, "preview", previewed.append)

    def drag(paths: list[Path]) -> tuple[bool, bool]:
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
        enter = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                           Qt.KeyboardModifier.NoModifier)
        page._offered(enter)  # what dragEnterEvent and dragMoveEvent ask (their events' constructors are deprecated)
        drop = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                          Qt.KeyboardModifier.NoModifier)
        page.dropEvent(drop)
        return enter.isAccepted(), drop.isAccepted()

    assert drag([tmp_path / "notes.txt"]) == (False, False)
    assert previewed == []
    assert drag([tmp_path / "a.xlsx", tmp_path / "notes.txt", folder]) == (True, True)
    assert previewed == [[tmp_path / "a.xlsx", folder]]


# the whole door: template out, a filled return in -------------------------------------------------
def fill(template: Path, out: Path, identifier: str, legal_name: str, quantity: str) -> None:
    """Fill a response template as a bidder would (openpyxl, by the keys in column A)."""
    book = openpyxl.load_workbook(template)
    about = book[layout.ABOUT]
    answers = {"legal_name": legal_name, "identifier": identifier, "email": "tenders@bidder.example",
               "trading_name": legal_name.split()[0]}
    for row in range(layout.ABOUT_FIRST_ROW, about.max_row + 1):
        key = about[f"{layout.ABOUT_COLUMNS['key']}{row}"].value
        if key in answers:
            about[f"{layout.ABOUT_COLUMNS['answer']}{row}"] = answers[key]
    sheet = book[layout.RESPONSES]
    columns = layout.RESPONSE_COLUMNS
    for row in range(layout.RESPONSES_FIRST_ROW, sheet.max_row + 1):
        code = sheet[f"{columns['code']}{row}"].value
        if not code:
            continue
        sheet[f"{columns['response']}{row}"] = f"Our answer to {code}.\nWith a second line: ŵ ŷ é."
        if sheet[f"{columns['unit']}{row}"].value:
            sheet[f"{columns['quantity']}{row}"] = float(quantity)
        sheet[f"{columns['page_refs']}{row}"] = "p. 3"
    book.save(out)


def test_a_filled_template_is_imported_through_the_preview(qtbot, win, catalogue, tmp_path, monkeypatch):
    tender, measures = publishable(win, catalogue)
    page = win.select_page("Bids")
    template = tmp_path / "EV-2026-014-response.xlsx"
    monkeypatch.setattr(returns_import.QFileDialog, "getSaveFileName", lambda *a, **k: (str(template), ""))
    press(qtbot, page.template_button)
    assert template.is_file() and "Wrote the response template (version 1)" in page.returns_message.text()

    first, second = tmp_path / "riverside.xlsx", tmp_path / "hartwell.xlsx"
    fill(template, first, "IP31245R", "Riverside Care Co-operative Limited", "25")
    fill(template, second, "09876543", "Hartwell Support Ltd", "12")
    monkeypatch.setattr(returns_import.QFileDialog, "getOpenFileNames",
                        lambda *a, **k: ([str(first), str(second)], ""))
    page.import_files_action.trigger()
    dialog = page.returns.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.problems.toPlainText() == ""
    assert [dialog.tree.topLevelItem(i).text(1) for i in range(2)] == [
        "Creates a new bid: Hartwell Support Ltd (09876543)",
        "Creates a new bid: Riverside Care Co-operative Limited (IP31245R)"]
    assert bids.list_bids(win.controller.workspace, tender.id) == []  # the preview wrote nothing
    press(qtbot, dialog.import_button)
    assert page.returns.dialog is None
    stored = bids.list_bids(win.controller.workspace, tender.id)
    assert sorted(b.identifier for b in stored) == ["09876543", "IP31245R"]
    assert page.model.rowCount() == 2
    assert page.returns_message.text() == "Imported 2 returns: 2 new bids, 0 updated, 0 unchanged."
    responses = bids.list_responses(win.controller.workspace, next(b.id for b in stored if b.identifier == "IP31245R"))
    assert {r.text for r in responses} == {f"Our answer to {m.code}.\nWith a second line: ŵ ŷ é." for m in measures}

    # the same files again: nothing changes, and the preview says so
    page.import_files_action.trigger()
    dialog = page.returns.dialog
    assert all("unchanged" in dialog.tree.topLevelItem(i).text(1) for i in range(2))
    dialog.reject()


# pictures for the guide -----------------------------------------------------------------------------
def test_screenshots_of_publishing_and_the_returns_preview(qtbot, win, catalogue, tmp_path, monkeypatch):
    """setup-publish.png, returns-preview.png and returns-preview-problems.png (to docs/screenshots with
    COOPEVAL_SCREENSHOTS=1)."""
    tender, _ = publishable(win, catalogue)
    page = win.select_page("Set-up")
    out = tmp_path / "EV-2026-014-questionnaire.pdf"
    monkeypatch.setattr(publish_panel.QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    press(qtbot, page.publish.publish_button)
    model = page.weights.model
    assert model.setData(model.index(1, WORDS), "300")
    assert "out of date" in page.publish.banner.text()
    win.resize(1280, 900)
    page.details_scroll.ensureWidgetVisible(page.publish)
    QApplication.processEvents()
    save(win, "setup-publish.png")

    dialog = ReturnsPreviewDialog(ImportPreview(plans(), ()), win)
    qtbot.addWidget(dialog)
    dialog.resize(980, 620)
    dialog.show()
    save(dialog, "returns-preview.png")
    dialog.show_preview(ImportPreview(plans()[:1], PROBLEMS))
    QApplication.processEvents()  # lays the problems out, as the running app does before it paints
    save(dialog, "returns-preview-problems.png")
