"""The Bids page, driven through its real widgets on a real workspace file: adding bids with their
organisation form, responses to qualitative and quantitative measures (a bad quantity is refused
and kept), withdrawal with a reason, and what is locked after evaluation."""

from __future__ import annotations

from PySide6.QtCore import Qt

from coopeval.services.bids import entry as bids
from coopeval.services.moderation import consensus as moderation
from coopeval.services.workspace import Workspace
from coopeval.ui.bids.bid_table import STATUS
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
    assert [(b.identifier, b.org_form, b.org_evidence, b.received_on) for b in stored] == [
        ("IP31245R", "registered co-operative society", "FCA Mutuals Register 31245R", "2026-03-02"),
        ("09876543", "company limited by shares", "Companies House 09876543", "2026-03-02")]
    assert page.model.rowCount() == 2
    assert page.model.index(1, 0).data() == "Hartwell Support"
    assert "Companies House number" in page.details.evidence_hint.text()

    # back to the first bid, through the table, from the keyboard
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Up)
    assert page.current_bid_id == stored[0].id
    assert page.details.legal_name.text() == "Riverside Care Co-operative Limited"
    assert "FCA Mutuals Register number" in page.details.evidence_hint.text()

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
    assert page.model.index(0, 3).data() == "2 of 6"
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
    assert page.model.index(1, STATUS).data() == "Withdrawn"
    assert page.model.index(1, STATUS).data(Qt.ItemDataRole.ToolTipRole) == (
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
