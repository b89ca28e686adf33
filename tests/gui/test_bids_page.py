"""The Bids page, driven through its real widgets on a real workspace file: adding bids with their
answers to the tender's record fields, responses to qualitative and quantitative measures (a bad quantity is refused
and kept), withdrawal with a reason, and what is locked after evaluation."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QSplitter

from coopeval.domain.records import LEGACY_EVIDENCE, LEGACY_FORM, RecordAnswer
from coopeval.services.bids import entry as bids
from coopeval.services.moderation import consensus as moderation
from coopeval.services.workspace import Workspace
from tests.helpers.bids_page import add_bid, add_two_bids, make_tender, respond
from tests.helpers.screenshots import SCREENSHOTS
from tests.helpers.widgets import controls_of, press


def test_bids_with_responses_and_a_withdrawal(qtbot, workspace_window, catalogue):
    win = workspace_window
    tender, measures = make_tender(win, catalogue)
    page = win.select_page("Bids")
    ws = win.controller.workspace
    assert page.model.rowCount() == 0 and not page.withdraw_button.isEnabled()

    add_two_bids(qtbot, page)
    stored = bids.list_bids(ws, tender.id)
    form, evidence = LEGACY_FORM, LEGACY_EVIDENCE  # the tender asks framework 1.0.0's two fields
    assert [(b.identifier, b.records, b.org_form, b.received_on) for b in stored] == [
        ("IP31245R", (RecordAnswer(form, "registered co-operative society"),
                      RecordAnswer(evidence, "FCA Mutuals Register 31245R")), "", "2026-03-02"),
        ("09876543", (RecordAnswer(form, "ordinary company"), RecordAnswer(evidence, "Companies House 09876543")),
         "", "2026-03-02")]
    assert page.model.rowCount() == 2
    assert page.model.index(1, 0).data() == "Hartwell Support"
    assert page.model.headerData(2, Qt.Orientation.Horizontal) == "Organisation form"
    assert page.model.index(1, 2).data() == "ordinary company"

    # back to the first bid, through the table, from the keyboard
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Up)
    assert page.current_bid_id == stored[0].id
    assert page.details.legal_name.text() == "Riverside Care Co-operative Limited"
    assert page.details.record_controls[evidence].text() == "FCA Mutuals Register 31245R"

    qualitative = next(m for m in measures if m.kind == "qualitative")
    quantitative = next(m for m in measures if m.kind == "quantitative" and m.unit == "% of third-party spend")
    respond(qtbot, page, qualitative, "Every care worker is a member; a workers' council meets monthly.", "pp. 4-6")
    assert page.responses.unit.isHidden()

    # a bad quantity: refused with the service's message, and nothing typed is lost
    respond(qtbot, page, quantitative, "A quarter of our spend goes to local co-ops.", "p. 9", "lots")
    editor = page.responses
    assert editor.unit.isVisible() and editor.unit.text() == "% of third-party spend"
    assert "not a number" in editor.message.text()
    press(qtbot, editor.save_button)
    assert "Not saved" in editor.message.text() and "'lots' is not a number" in editor.message.text()
    assert editor.quantity.text() == "lots"
    page.resize(1100, 760)
    assert editor.grab().save(str(SCREENSHOTS / "bids-quantity-refused.png"))
    assert not editor.select_measure(qualitative.id)  # cannot move on until it is fixed
    assert editor.measure.id == quantitative.id and editor.quantity.text() == "lots"
    saved = {r.measure_id: r for r in bids.list_responses(ws, stored[0].id)}
    assert saved[quantitative.id].text == "A quarter of our spend goes to local co-ops."  # the prose is safe
    assert saved[quantitative.id].quantity is None

    editor.quantity.selectAll()
    qtbot.keyClicks(editor.quantity, "25")
    assert editor.message.text() == ""
    assert editor.select_measure(qualitative.id)  # moving on saves
    assert editor.message.text() == ""
    saved = {r.measure_id: r for r in bids.list_responses(ws, stored[0].id)}
    assert saved[quantitative.id].quantity == "25" and saved[quantitative.id].page_refs == "p. 9"
    assert saved[qualitative.id].text.startswith("Every care worker is a member")
    assert page.model.index(0, page.model.answered_column).data() == "2 of 6"
    assert "answered" in editor.measure_list.item(measures.index(quantitative)).text()

    # typed but not yet saved: save_typed (what flush does as the main window closes) saves it
    assert editor.select_measure(quantitative.id)
    assert editor.quantity.text() == "25" and editor.unit.text() == "% of third-party spend"
    qtbot.keyClicks(editor.page_refs, ", appendix C")
    assert page.save_typed()
    saved = {r.measure_id: r for r in bids.list_responses(ws, stored[0].id)}
    assert saved[quantitative.id].page_refs == "p. 9, appendix C"

    # withdraw the second bid, with a reason
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    assert page.current_bid_id == stored[1].id
    press(qtbot, page.withdraw_button)
    dialog = page.withdraw_dialog
    press(qtbot, dialog.ok_button)  # no reason: refused, dialog stays open
    assert dialog.isVisible() and "Reason for withdrawal is required" in dialog.message.text()
    qtbot.keyClicks(dialog.reason, "The bidder withdrew by email on 3 March 2026.")
    press(qtbot, dialog.ok_button)
    assert not dialog.isVisible() and dialog.withdrawn
    after = bids.list_bids(ws, tender.id)[1]
    assert after.withdrawn and after.withdrawn_reason == "The bidder withdrew by email on 3 March 2026."
    assert page.model.index(1, page.model.status_column).data() == "Withdrawn"
    assert page.model.index(1, page.model.status_column).data(Qt.ItemDataRole.ToolTipRole) == (
        "Withdrawn: The bidder withdrew by email on 3 March 2026.")
    assert not page.withdraw_button.isEnabled()
    assert "withdrew" in page.state_note.text()

    page.resize(1100, 760)
    qtbot.keyClick(page.table, Qt.Key.Key_Up)
    assert editor.select_measure(quantitative.id)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert page.grab().save(str(SCREENSHOTS / "bids.png"))


def test_refused_details_keep_what_was_typed(qtbot, workspace_window, catalogue):
    win = workspace_window
    make_tender(win, catalogue)
    page = win.select_page("Bids")
    press(qtbot, page.new_button)
    qtbot.keyClicks(page.details.legal_name, "Nameless Ltd")
    qtbot.keyClicks(page.details.received_on, "March")
    press(qtbot, page.save_button)
    assert "is not a date" in page.details_message.text()
    page.details.received_on.clear()
    press(qtbot, page.save_button)
    assert "identifier is required" in page.details_message.text()
    assert page.details.legal_name.text() == "Nameless Ltd" and page.model.rowCount() == 0


def test_bids_locked_after_evaluation_says_why(qtbot, workspace_window, catalogue):
    win = workspace_window
    tender, _ = make_tender(win, catalogue, evaluation=True)
    page = win.select_page("Bids")
    add_bid(qtbot, page, "IP1R", "Meadow Co-operative", "Meadow", "worker co-operative", "Rules 2019")
    ws = win.controller.workspace
    assert win.controller.op(moderation.open_moderation, tender.id).ok
    assert page.status == "moderation"
    assert not page.new_button.isEnabled() and not page.save_button.isEnabled()
    assert page.details.identifier.isReadOnly() and page.responses.text.isReadOnly()
    assert page.withdraw_button.isEnabled()
    assert "only in draft or evaluation" in page.state_note.text() and "moderation" in page.state_note.text()
    assert bids.list_bids(ws, tender.id)[0].identifier == "IP1R"


def test_every_control_is_named(workspace_window, catalogue):
    make_tender(workspace_window, catalogue)
    page = workspace_window.select_page("Bids")
    controls = controls_of(page)
    assert len(controls) > 12
    unnamed = [(type(w).__name__, w.objectName()) for w in controls if not w.accessibleName()]
    assert unnamed == []


def test_typed_response_survives_leaving_the_page_and_closing_the_window(qtbot, workspace_window, catalogue):
    win = workspace_window
    tender, measures = make_tender(win, catalogue)
    page = win.select_page("Bids")
    add_bid(qtbot, page, "IP7R", "Meadow Co-operative", "Meadow", "worker co-operative", "Rules 2019")
    ws = win.controller.workspace
    bid = bids.list_bids(ws, tender.id)[0]
    respond(qtbot, page, measures[2], "Typed, never saved by hand.", "p. 1")
    assert bids.list_responses(ws, bid.id) == []
    win.select_page("Panel")  # hiding the Bids page saves
    assert [r.text for r in bids.list_responses(ws, bid.id)] == ["Typed, never saved by hand."]

    win.select_page("Bids")
    assert page.responses.measure.id == measures[2].id
    qtbot.keyClicks(page.responses.text, " And more.")
    path = ws.path
    win.close()  # the main window flushes every page before closing the workspace
    assert not win.controller.is_open
    with Workspace.open(path, read_only=True) as reopened:
        assert [r.text for r in bids.list_responses(reopened, bid.id)] == ["Typed, never saved by hand. And more."]


# The offscreen platform cannot raise a popup or give it the keyboard grab; it says so, harmlessly.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_received_on_in_uk_form_and_from_the_calendar(qtbot, workspace_window, catalogue):
    win = workspace_window
    tender, _ = make_tender(win, catalogue)
    page = win.select_page("Bids")
    form = page.details
    press(qtbot, page.new_button)
    qtbot.keyClicks(form.identifier, "IP1R")
    qtbot.keyClicks(form.legal_name, "Meadow Co-operative")
    qtbot.keyClicks(form.received_on, "10/01/2027")  # day first, as written in the UK
    press(qtbot, page.save_button)
    assert page.details_message.text() == "Saved."
    ws = win.controller.workspace
    assert bids.list_bids(ws, tender.id)[0].received_on == "2027-01-10"
    assert form.received_on.text() == "10 Jan 2027"  # shown back in UK form

    # The calendar opens on the typed date; a day chosen from the keyboard is written in UK form.
    assert form.received_pick.isEnabled() and form.received_pick.accessibleName()
    press(qtbot, form.received_pick)
    calendar = form.calendar
    assert calendar.isVisible() and calendar.selectedDate() == QDate(2027, 1, 10)
    assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday
    target = QApplication.focusWidget() or calendar
    assert calendar.isAncestorOf(target) or target is calendar
    qtbot.keyClick(target, Qt.Key.Key_Right)
    qtbot.keyClick(target, Qt.Key.Key_Return)
    assert not calendar.isVisible()
    assert form.received_on.text() == "11 Jan 2027" and form.dirty
    press(qtbot, page.save_button)
    assert bids.list_bids(ws, tender.id)[0].received_on == "2027-01-11"

    # Escape closes the calendar without changing the date; a locked form cannot open it.
    press(qtbot, form.received_pick)
    assert calendar.isVisible()
    qtbot.keyClick(QApplication.focusWidget() or calendar, Qt.Key.Key_Escape)
    assert not calendar.isVisible() and form.received_on.text() == "11 Jan 2027"
    form.set_editable(False)
    assert not form.received_pick.isEnabled()


def test_every_problem_of_the_bid_form_at_once(qtbot, workspace_window, catalogue):
    win = workspace_window
    make_tender(win, catalogue)
    page = win.select_page("Bids")
    form = page.details
    press(qtbot, page.new_button)
    qtbot.keyClicks(form.legal_name, "Nameless Ltd")
    qtbot.keyClicks(form.email, "nobody")
    qtbot.keyClicks(form.received_on, "31/02/2027")
    press(qtbot, page.save_button)
    assert page.details_message.text().splitlines() == [
        "Not saved, 3 problems:",
        "• Bidder's unique identifier is required.",
        "• Email: 'nobody' is not an email address.",
        "• Received on: '31/02/2027' is not a date; write it as 10/01/2027 or 10 Jan 2027.",
    ]
    assert form.legal_name.text() == "Nameless Ltd" and page.model.rowCount() == 0

    # The hints stay whole, even in a narrow window: each field is wide enough for its placeholder, the
    # evidence hint and the message tall enough for their text.
    win.resize(900, 600)
    page.show()
    # ... and however far the divider beside the form is dragged towards it
    beside = next(s for s in page.findChildren(QSplitter)
                  if s.orientation() == Qt.Orientation.Horizontal and s.indexOf(page.details_box) >= 0)
    beside.setSizes([10_000, 1] if beside.indexOf(page.details_box) else [1, 10_000])
    qtbot.wait(10)
    for edit in (form.identifier, form.received_on):
        shown = edit.contentsRect().width() - edit.textMargins().left() - edit.textMargins().right() - 4
        assert shown >= edit.fontMetrics().horizontalAdvance(edit.placeholderText()), edit.accessibleName()
    assert page.details_message.height() >= page.details_message.heightForWidth(page.details_message.width())
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert page.grab().save(str(SCREENSHOTS / "bids-problems.png"))
