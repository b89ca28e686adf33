"""The Award page driven through its real widgets on a real signed-off workspace: the award recorded through its
dialog (refused inline until the form is whole; the bid the results rank first offered first), the standstill's
last day in words, the commitments register with its s.52 warning, the award withdrawn with a reason, delivery
started past the s.52 warning, a commitment edited in delivery only with a reason (listed as a contract change),
and the contract closed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from coopeval.domain.lifecycle import LifecycleError
from coopeval.services.delivery import award as awards
from coopeval.services.delivery import commitments
from coopeval.services.results.compute import tender_results
from coopeval.services.setup import tenders
from coopeval.ui.award.dialogs import CommitmentDialog, ReasonDialog, RecordAwardDialog
from coopeval.ui.award.tables import KPI
from tests.helpers.screenshots import save
from tests.helpers.widgets import press, press_visible, unnamed_controls
from tests.helpers.workspaces import staged_file

STANDSTILL = ("Standstill ends at the end of Thursday 31 December 2026; the contract may be entered into from "
              "Friday 1 January 2027.")


@pytest.fixture
def awarding(window, tmp_path, tmp_path_factory):
    """The window on tender T1, signed off, showing the Award page."""
    path = tmp_path / "award.coopeval"
    built = staged_file(tmp_path_factory, path, "signed_off")
    assert window.file_actions.open_path(path)
    window.reload_tenders(built.id)
    return window, built, window.select_page("Award")


def status(win, tender_id: int) -> str:
    return tenders.get_tender(win.controller.workspace, tender_id).status


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.clear()
    qtbot.keyClicks(widget, text)


def award_by_service(win, built, value: str = "£6,000,000") -> None:
    assert win.controller.op(awards.record_award, built.id, bid=built.bids[0], notice_date="18/12/2026",
                             start_on="1/2/2027", end_on="31/1/2030", value=value).ok


def tick(page, row: int, on: bool = True) -> None:
    """Tick a commitment's s.52 box as a click on it does: the view sets the check state on the model."""
    model = page.commitments
    model.setData(model.index(row, KPI), Qt.CheckState.Checked if on else Qt.CheckState.Unchecked,
                  Qt.ItemDataRole.CheckStateRole)


def choose_row(qtbot, view, row: int) -> None:
    """Click a row of the table, as a user picks a commitment."""
    view.scrollTo(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(view.model().index(row, 1)).center())
    assert view.currentIndex().row() == row


def test_record_the_award_through_its_dialog_screenshot(qtbot, awarding):
    win, built, page = awarding
    assert page.state_note.text().startswith("<b>Not awarded</b>") and not page.commitments_box.isVisible()
    assert unnamed_controls(page) == []
    press_visible(qtbot, page.record_button)
    dialog = page.dialog
    assert isinstance(dialog, RecordAwardDialog) and dialog.isVisible()
    assert unnamed_controls(dialog) == []
    # The bids in the running, the one the results rank first at the top and marked so.
    leader = tender_results(win.controller.workspace, built.id).results.leaders[0]
    first = dialog.bid.itemText(0)
    assert first.endswith("— ranked first") and f"({leader})" in first
    assert dialog.bid.count() == len(built.bids) and not dialog.bid.itemText(1).endswith("ranked first")

    # Refused in the dialog, which stays open with what was typed, until the form is whole.
    press(qtbot, dialog.ok_button)
    assert dialog.isVisible() and "Give the contract award notice date." in dialog.message.text()
    assert status(win, built.id) == "signed_off"
    type_into(qtbot, dialog.notice_date, "18/12/2026")
    assert dialog.standstill_line.text() == "Standstill would end at the end of Thursday 31 December 2026."
    type_into(qtbot, dialog.start_on, "1 Feb 2027")
    type_into(qtbot, dialog.end_on, "31/01/2030")
    type_into(qtbot, dialog.value, "£6,000,000")
    type_into(qtbot, dialog.summaries_sent_on, "17/12/2026")
    type_into(qtbot, dialog.entered_on, "31/12/2026")  # still in standstill
    press(qtbot, dialog.ok_button)
    assert dialog.isVisible() and "standstill runs until the end of 31 Dec 2026" in dialog.message.text()
    assert dialog.notice_date.text() == "18/12/2026"
    type_into(qtbot, dialog.entered_on, "4/1/2027")
    save(dialog, "award-record.png")
    press(qtbot, dialog.ok_button)
    assert not dialog.isVisible() and status(win, built.id) == "awarded"

    # The award's facts, in UK dates and pounds; the standstill's last day in words.
    assert page.state_note.text().startswith("<b>Awarded</b>")
    assert page.facts["value"].text() == "£6,000,000.00"
    assert page.facts["notice"].text() == "18 Dec 2026" and page.facts["entered"].text() == "4 Jan 2027"
    assert page.facts["summaries"].text() == "17 Dec 2026" and page.facts["end"].text() == "31 Jan 2030"
    assert page.standstill_line.text() == STANDSTILL and STANDSTILL in page.message.text()
    assert not page.record_button.isVisible() and page.withdraw_button.isEnabled() and page.start_button.isEnabled()

    # The commitments register: one per measure, and the s.52 warning until three KPIs are ticked.
    assert page.commitments_box.isVisible() and page.commitments.rowCount() == len(built.measures)
    assert page.kpi_warning.isVisible() and "at least three KPIs; 0 are marked" in page.kpi_warning.text()
    assert page.lift_note.isVisible() and "LOC-04" in page.lift_note.text()
    for row in range(3):
        tick(page, row)
    assert [c.s52_kpi for c in commitments.list_commitments(win.controller.workspace, built.id)][:4] == [True] * 3 + [False]
    assert not page.kpi_warning.isVisible()
    assert page.commitments.index(0, KPI).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert unnamed_controls(page) == []
    page.window().resize(1280, 800)
    QApplication.processEvents()
    save(page.window(), "award.png")


def test_withdraw_start_delivery_edit_with_reason_and_close_screenshot(qtbot, awarding, monkeypatch):
    win, built, page = awarding
    ws = win.controller.workspace
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text: asked.append(text) or QMessageBox.StandardButton.Yes)
    award_by_service(win, built)
    assert page.standstill_line.text() == STANDSTILL

    # Withdrawn, with a reason: required, then back to signed off.
    press_visible(qtbot, page.withdraw_button)
    dialog = page.dialog
    assert isinstance(dialog, ReasonDialog) and unnamed_controls(dialog) == []
    press(qtbot, dialog.ok_button)
    assert dialog.isVisible() and "Give a reason for withdrawing the award" in dialog.message.text()
    assert status(win, built.id) == "awarded"
    type_into(qtbot, dialog.reason, "A challenge in standstill was upheld.")
    press(qtbot, dialog.ok_button)
    assert not dialog.isVisible() and status(win, built.id) == "signed_off"
    assert page.state_note.text().startswith("<b>Not awarded</b>") and page.record_button.isEnabled()
    assert "The last award was withdrawn: A challenge in standstill was upheld." in page.state_note.text()
    assert not page.commitments_box.isVisible() and page.standstill_line.text() == ""

    # Awarded again; delivery starts past the s.52 warning, which the question says.
    award_by_service(win, built)
    press_visible(qtbot, page.start_button)
    assert asked[-1].startswith("s.52: This contract is worth more than £5 million")
    assert status(win, built.id) == "in_delivery" and page.message.text() == "Delivery has started."
    assert page.kpi_warning.isVisible()  # still too few KPIs
    assert page.changes_box.isVisible() and page.no_changes.text() == "No contract changes have been recorded."
    assert not page.withdraw_button.isVisible() and page.close_button.isEnabled()
    with pytest.raises(LifecycleError):
        awards.withdraw_award(ws, built.id, "Too late.")

    # A commitment edited in delivery: the reason is required (and said so), then it is a contract change.
    choose_row(qtbot, page.commitment_view, 0)
    press_visible(qtbot, page.edit_button)
    dialog = page.dialog
    assert isinstance(dialog, CommitmentDialog) and unnamed_controls(dialog) == []
    assert "a change needs a reason" in "".join(lbl.text() for lbl in dialog.findChildren(type(page.message)))
    type_into(qtbot, dialog.target, "25")
    press(qtbot, dialog.ok_button)
    assert dialog.isVisible() and "reason" in dialog.message.text().lower()
    assert commitments.list_commitments(ws, built.id)[0].target != "25"
    type_into(qtbot, dialog.reason, "Varied by agreement on 3 May 2027.")
    press(qtbot, dialog.ok_button)
    assert not dialog.isVisible() and commitments.list_commitments(ws, built.id)[0].target == "25"
    assert page.changes.rowCount() == 1 and page.change_view.isVisible()
    row = [page.changes.index(0, c).data() for c in range(7)]
    assert row[1] == "LOC-01" and row[4] == "25" and row[5] == "Varied by agreement on 3 May 2027."

    # A KPI ticked in delivery asks for the reason first.
    tick(page, 1)
    dialog = page.dialog
    assert isinstance(dialog, ReasonDialog) and not commitments.list_commitments(ws, built.id)[1].s52_kpi
    type_into(qtbot, dialog.reason, "Agreed at the mobilisation meeting.")
    press(qtbot, dialog.ok_button)
    assert commitments.list_commitments(ws, built.id)[1].s52_kpi and page.changes.rowCount() == 2

    page.window().resize(1280, 800)
    QApplication.processEvents()
    save(page.window(), "award-delivery.png")

    # Closed: the commitments are frozen.
    press_visible(qtbot, page.close_button)
    assert status(win, built.id) == "closed" and page.state_note.text().startswith("<b>Closed</b>")
    assert not page.add_button.isEnabled() and not page.close_button.isEnabled()
    assert "frozen" in page.commitments_note.text()


def test_before_sign_off_the_award_waits(qtbot, window, tmp_path, tmp_path_factory):
    path = tmp_path / "moderation.coopeval"
    built = staged_file(tmp_path_factory, path, "moderation")
    assert window.file_actions.open_path(path)
    window.reload_tenders(built.id)
    page = window.select_page("Award")
    assert "The award comes after sign-off" in page.state_note.text()
    assert not page.award_box.isVisible() and not page.record_button.isEnabled()


def test_no_standstill_names_the_exemption_and_why(qtbot, awarding):
    win, built, page = awarding
    press_visible(qtbot, page.record_button)
    dialog = page.dialog
    assert not dialog.exemption.isVisibleTo(dialog)
    for edit, text in ((dialog.notice_date, "18/12/2026"), (dialog.start_on, "1/2/2027"), (dialog.end_on, "31/1/2030"),
                       (dialog.value, "250000")):
        type_into(qtbot, edit, text)
    press(qtbot, dialog.no_standstill)
    assert dialog.exemption.isVisibleTo(dialog) and dialog.standstill_line.text().startswith("No standstill")
    dialog.exemption.setCurrentIndex(dialog.exemption.findData("framework"))
    press(qtbot, dialog.ok_button)
    assert dialog.isVisible() and "Say why no standstill applies" in dialog.message.text()
    type_into(qtbot, dialog.reason, "Called off under the council's catering framework.")
    press(qtbot, dialog.ok_button)
    assert not dialog.isVisible() and status(win, built.id) == "awarded"
    assert page.standstill_line.text() == ("No standstill applies: a contract awarded under a framework. Reason: "
                                           "Called off under the council's catering framework.")
    assert not page.kpi_warning.isVisible()  # £250,000: s.52 asks for no KPIs
