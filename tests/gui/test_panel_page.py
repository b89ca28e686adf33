"""The Panel page, driven through its real widgets after bids are in: members and roles, declarations
of no interest and of an interest in one bid, the officer's resolution (excluded), a re-declaration
superseding the old one, and that an excluded member cannot reach the bid."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel

from coopeval.services.bids import entry as bids
from coopeval.services.panel import members as panel
from coopeval.ui.panel import member_table, register_table
from tests.helpers.bids_page import add_two_bids, make_tender, respond
from tests.helpers.screenshots import SCREENSHOTS
from tests.helpers.widgets import choose, controls_of, press


def add_member(qtbot, page, name: str, role: str, email: str) -> None:
    press(qtbot, page.add_button)
    dialog = page.dialog
    qtbot.keyClicks(dialog.name, name)
    choose(qtbot, dialog.role, role)
    qtbot.keyClicks(dialog.email, email)
    press(qtbot, dialog.ok_button)
    assert not dialog.isVisible(), dialog.message.text()


def declare(qtbot, page, member_id: int, interest: str, *, nature: str | None = None, details: str = "",
            bid_id: int | None = None, screenshot: str | None = None) -> None:
    press(qtbot, page.declare_button)
    dialog = page.dialog
    choose(qtbot, dialog.member, member_id)
    choose(qtbot, dialog.scope, bid_id)
    choose(qtbot, dialog.interest, interest)
    assert dialog.nature.isEnabled() == (interest != "none") and dialog.details.isEnabled() == (interest != "none")
    if nature:
        choose(qtbot, dialog.nature, nature)
        qtbot.keyClicks(dialog.details, details)
    if screenshot:
        assert dialog.grab().save(str(SCREENSHOTS / screenshot))
    press(qtbot, dialog.ok_button)
    assert not dialog.isVisible(), dialog.message.text()


def cell(model, row: int, col: int) -> str:
    return model.index(row, col).data()


def test_bids_then_panel_and_declarations(qtbot, workspace_window, catalogue):
    win = workspace_window
    tender, measures = make_tender(win, catalogue)
    ws = win.controller.workspace

    bids_page = win.select_page("Bids")
    add_two_bids(qtbot, bids_page)
    respond(qtbot, bids_page, measures[2], "Workers elect two of the five board members.", "p. 3")
    assert bids_page.save_typed()
    riverside, hartwell = bids.list_bids(ws, tender.id)
    assert hartwell.display_name == "Hartwell Support"

    page = win.select_page("Panel")
    assert "No one is on the panel yet" in page.summary.text()
    assert not page.declare_button.isEnabled() and not page.resolve_button.isEnabled()
    add_member(qtbot, page, "Priya Shah", "evaluator", "priya.shah@exampleshire.gov.uk")
    add_member(qtbot, page, "Tom Okafor", "evaluator", "tom.okafor@exampleshire.gov.uk")
    add_member(qtbot, page, "Grace Lee", "officer", "grace.lee@exampleshire.gov.uk")
    priya, tom, grace = panel.list_members(ws, tender.id)
    assert [(m.name, m.role) for m in (priya, tom, grace)] == [
        ("Priya Shah", "evaluator"), ("Tom Okafor", "evaluator"), ("Grace Lee", "officer")]
    assert cell(page.members, 2, member_table.ROLE) == "Officer"
    assert "Still to declare (cannot see any bid until they do): Priya Shah, Tom Okafor, Grace Lee" in page.summary.text()
    assert cell(page.members, 0, member_table.CONFLICTS) == "Has not declared: cannot see any bid yet"
    assert panel.visible_bids(ws, priya.id) == []
    with pytest.raises(panel.AccessError, match="must declare"):
        panel.require_access(ws, priya.id, riverside.id)

    # a duplicate member is refused inside the dialog, which keeps what was typed
    press(qtbot, page.add_button)
    qtbot.keyClicks(page.dialog.name, "Tom Okafor")
    press(qtbot, page.dialog.ok_button)
    assert page.dialog.isVisible() and "already on this tender's panel" in page.dialog.message.text()
    assert page.dialog.name.text() == "Tom Okafor"
    page.dialog.reject()

    # Priya: no interest. Tom: no interest in the tender, but a financial, actual interest in one bid.
    declare(qtbot, page, priya.id, "none")
    assert sorted(panel.visible_bids(ws, priya.id)) == sorted([riverside.id, hartwell.id])
    assert cell(page.members, 0, member_table.CONFLICTS) == "Declared no interest; may see 2 of 2 bids"
    declare(qtbot, page, tom.id, "none")
    declare(qtbot, page, tom.id, "financial", nature="actual", bid_id=hartwell.id,
            details="My brother is a director of Hartwell Support Services Ltd.", screenshot="panel-declare.png")
    assert page.register.rowCount() == 3
    assert cell(page.register, 2, register_table.SCOPE) == "Bid: Hartwell Support"
    assert cell(page.register, 2, register_table.INTEREST) == "Financial, actual"
    assert cell(page.register, 2, register_table.RESOLUTION) == "Awaiting resolution"
    assert cell(page.register, 0, register_table.RESOLUTION) == "Not needed"
    assert "Awaiting the officer's resolution: Tom Okafor (Bid: Hartwell Support)" in page.summary.text()
    assert "Still to declare (cannot see any bid until they do): Grace Lee" in page.summary.text()
    assert "awaits the officer's resolution" in cell(page.members, 1, member_table.CONFLICTS)
    assert panel.visible_bids(ws, tom.id) == [riverside.id]  # not the bid in question while it waits

    # the officer resolves it: excluded from that bid (recorded under the name of the person signed in)
    ws.actor = "grace.lee"  # the computer account, which the resolution no longer names
    page.register_view.setFocus()
    qtbot.keyClick(page.register_view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert page.selected_declaration_id() == page.register.declaration_at(2).id
    press(qtbot, page.resolve_button)
    dialog = page.dialog
    assert dialog.declaration.count() == 1 and "My brother" in dialog.details.text()
    assert any(f"under your name ({ws.person_name})" in label.text() for label in dialog.findChildren(QLabel))
    choose(qtbot, dialog.resolution, "excluded")
    qtbot.keyClicks(dialog.note, "Tom takes no part in scoring or moderating Hartwell's bid.")
    assert dialog.grab().save(str(SCREENSHOTS / "panel-resolve.png"))
    press(qtbot, dialog.ok_button)
    assert not dialog.isVisible(), dialog.message.text()
    assert cell(page.register, 2, register_table.RESOLUTION) == "Excluded"
    assert cell(page.register, 2, register_table.RESOLVED).startswith(f"{ws.person_name}\n") and "UTC" in cell(page.register, 2, register_table.RESOLVED)
    assert cell(page.register, 2, register_table.NOTE).startswith("Tom takes no part")
    assert "Excluded from Bid: Hartwell Support" in cell(page.members, 1, member_table.CONFLICTS)
    assert "Awaiting" not in page.summary.text() and not page.resolve_button.isEnabled()

    # an excluded member cannot reach the bid
    assert panel.visible_bids(ws, tom.id) == [riverside.id]
    with pytest.raises(panel.AccessError, match="excluded from this bid"):
        panel.require_access(ws, tom.id, hartwell.id)
    panel.require_access(ws, tom.id, riverside.id)

    # declaring again over the exclusion is spelt out before anything is recorded
    press(qtbot, page.declare_button)
    dialog = page.dialog
    choose(qtbot, dialog.member, tom.id)
    assert dialog.warning.isHidden()
    choose(qtbot, dialog.scope, hartwell.id)
    assert dialog.warning.isVisible() and "Tom Okafor is excluded from this" in dialog.warning.text()
    dialog.reject()
    assert page.register.rowCount() == 3

    # Priya re-declares: the old declaration is superseded, both stay in the register
    declare(qtbot, page, priya.id, "professional", nature="perceived",
            details="I advised Riverside Care on a grant application in 2023.")
    register = panel.register(ws, tender.id)
    assert len(register) == page.register.rowCount() == 4
    assert cell(page.register, 0, register_table.STATE) == f"Superseded by no. {register[3].id}"
    assert cell(page.register, 3, register_table.STATE) == "Current"
    assert cell(page.register, 0, register_table.INTEREST) == "No interest"
    assert panel.visible_bids(ws, priya.id) == []  # her new interest awaits resolution
    assert "Priya Shah (Whole tender)" in page.summary.text()

    # the register is read-only
    assert page.register_view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert not page.register.flags(page.register.index(0, 0)) & Qt.ItemFlag.ItemIsEditable

    page.resize(1200, 700)
    assert page.grab().save(str(SCREENSHOTS / "panel.png"))


def test_edit_member_role_and_every_control_named(qtbot, workspace_window, catalogue):
    win = workspace_window
    tender, _ = make_tender(win, catalogue)
    page = win.select_page("Panel")
    add_member(qtbot, page, "Sam Rivers", "observer", "")
    page.member_view.setFocus()
    qtbot.keyClick(page.member_view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, page.edit_button)
    dialog = page.dialog
    assert dialog.name.isReadOnly()
    choose(qtbot, dialog.role, "chair")
    press(qtbot, dialog.ok_button)
    assert panel.list_members(win.controller.workspace, tender.id)[0].role == "chair"
    assert cell(page.members, 0, member_table.ROLE) == "Chair"

    controls = controls_of(page)
    assert len(controls) >= 6
    assert [type(w).__name__ for w in controls if not w.accessibleName()] == []
    press(qtbot, page.declare_button)
    dialog = page.dialog
    assert [type(w).__name__ for w in controls_of(dialog) if not w.accessibleName()] == []
    dialog.reject()
