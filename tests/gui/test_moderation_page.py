"""The Moderation page, driven through its real widgets on a copy of the demo workspace's tender in
evaluation (EVC-2026-021): opening moderation, settling drafts as their evaluators, resolving a split
item, accepting a proposed median, lowering a quantity with its reason, meeting mode by keyboard,
an item's history, conflicts of interest, the anonymised view, and screenshots.

Before the window opens, Deborah (who had not started) saves two drafts through the scoring service,
as she would during evaluation: a 1 for The Youth Co-op on CV-PA-01, against Owain's and Priya's
5s (a split), and a 2 on CV-SE-05 with no rationale (which can only be withdrawn)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from coopeval.services.moderation import consensus as moderation
from coopeval.ui.moderation.palette import CONFLICT_STYLE, LEVELS, SELECTED, contrast_ratio
from tests.helpers.moderation_demo import (
    DEBORAH,
    OWAIN,
    PATHWAYS,
    PRIYA,
    REF,
    YOUNG_VALE,
    YOUTH_COOP,
    open_on_moderation,
)
from tests.helpers.screenshots import SCREENSHOTS
from tests.helpers.widgets import ALT, CTRL
from tests.helpers.widgets import press_visible as press


@pytest.fixture
def evaluating(qtbot, window, moderation_templates, tmp_path):
    return (window, *open_on_moderation(qtbot, window, moderation_templates, tmp_path, opened=False))


@pytest.fixture
def moderating(qtbot, window, moderation_templates, tmp_path):
    return (window, *open_on_moderation(qtbot, window, moderation_templates, tmp_path, opened=True))


def click_cell(qtbot, page, bid_name: str, code: str) -> None:
    row = [m.code for m in page.ui.model.rows].index(code)
    col = [b.display_name for b in page.data.bids].index(bid_name)
    index = page.ui.model.index(row, col)
    page.ui.grid.scrollTo(index)
    qtbot.mouseClick(page.ui.grid.viewport(), Qt.MouseButton.LeftButton, pos=page.ui.grid.visualRect(index).center())
    assert page.current_item.bid_name == bid_name and page.current_item.code == code


def cell(page, bid_name: str, code: str) -> str:
    item = page.data.items[next(k for k, i in page.data.items.items() if i.bid_name == bid_name and i.code == code)]
    return page.ui.model.data(page.ui.model.index_of(item.key))


def record(qtbot, page) -> None:
    qtbot.keyClick(page.ui.editor.rationale, Qt.Key.Key_Return, CTRL)


def type_rationale(qtbot, page, text: str) -> None:
    page.ui.editor.rationale.setFocus()
    page.ui.editor.rationale.selectAll()
    qtbot.keyClick(page.ui.editor.rationale, Qt.Key.Key_Delete)
    qtbot.keyClicks(page.ui.editor.rationale, text)


# --- opening, drafts, and a split item ---------------------------------------------------------------
def test_open_moderation_settle_drafts_then_resolve_a_split_item(qtbot, evaluating, monkeypatch):
    window, page, path = evaluating
    assert page.ui.stack.currentWidget() is page.ui.message and page.ui.model.rowCount() == 0
    assert "Individual scoring is still open" in page.ui.message.text()
    assert "Workers decide only the rota" not in page.ui.message.text()  # blind: counts only
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *a: asked.append(text) or QMessageBox.StandardButton.Yes)
    press(qtbot, page.ui.open_button)
    assert "7 draft score(s) are not submitted" in asked[-1]
    assert page.ui.stack.currentWidget() is page.ui.work and not page.ui.open_button.isVisible()
    table = page.ui.drafts.table
    assert page.ui.drafts.isVisible() and table.rowCount() == 7
    assert [table.item(r, 0).text() for r in range(7)] == [PRIYA] * 5 + [DEBORAH] * 2

    # Mixed selection is refused: each evaluator settles their own.
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_A, CTRL)
    press(qtbot, page.ui.drafts.submit_button)
    assert "one evaluator's drafts at a time" in page.ui.notice.text()

    # Priya submits her five, by keyboard: first row, then Shift+Down four times.
    table.setFocus()
    table.setCurrentCell(0, 0)
    for _ in range(4):
        qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    press(qtbot, page.ui.drafts.submit_button)
    assert "Priya Raman submits 5 draft score(s)" in asked[-1] and "Only Priya Raman should confirm" in asked[-1]
    assert table.rowCount() == 2

    # Deborah: the incomplete one cannot be submitted; withdrawing it needs a reason.
    incomplete = next(r for r in range(2) if "CV-SE-05" in table.item(r, 1).text())
    table.setCurrentCell(incomplete, 0)
    press(qtbot, page.ui.drafts.submit_button)
    assert "cannot be submitted as they stand" in page.ui.notice.text() and table.rowCount() == 2
    reasons = iter([("   ", True), ("Not finished before moderation opened", True)])
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: next(reasons))
    press(qtbot, page.ui.drafts.withdraw_button)
    assert "reason for withdrawing" in page.ui.notice.text() and table.rowCount() == 2
    table.setCurrentCell(incomplete, 0)
    press(qtbot, page.ui.drafts.withdraw_button)
    assert table.rowCount() == 1
    table.setCurrentCell(0, 0)
    press(qtbot, page.ui.drafts.submit_button)
    assert not page.ui.drafts.isVisible()

    # The split item: Ctrl+D finds it.
    page.ui.grid.setFocus()
    qtbot.keyClick(page.ui.grid, Qt.Key.Key_D, CTRL)
    item = page.current_item
    assert (item.code, item.bid_name, item.level) == ("CV-PA-01", YOUTH_COOP, "split")
    assert cell(page, YOUTH_COOP, "CV-PA-01").startswith("✗ split 1–5")
    shown = page.ui.item_view.text.text()
    assert all(name in shown for name in (PRIYA, OWAIN, DEBORAH)) and "Workers decide only the rota" in shown
    assert "No score is proposed" in page.ui.editor.proposal.text() and not page.ui.editor.accept_proposed.isEnabled()
    qtbot.keyClick(page.ui.grid, Qt.Key.Key_4, ALT)
    assert page.ui.editor.value == 4 and "4 — Good" in page.ui.editor.descriptor.text()
    record(qtbot, page)
    assert "required" in page.ui.editor.problem.text() and page.ui.editor.problem.isVisible()
    assert window.controller.read(moderation.list_consensus, REF) == []
    type_rationale(qtbot, page, "Workers decide the programme and routes; the board seats are the trust's, not the contract's.")
    record(qtbot, page)
    (agreed,) = window.controller.read(moderation.list_consensus, REF)
    assert (agreed.value, agreed.reached_by) == (4, "discussion")
    assert agreed.present_names == sorted([PRIYA, OWAIN, DEBORAH])
    assert not page.ui.editor.problem.isVisible()
    assert cell(page, YOUTH_COOP, "CV-PA-01") == "✗ split 1–5\n✔ agreed 4"
    assert page.current_item.consensus is None  # on to the next item needing a consensus
    click_cell(qtbot, page, YOUTH_COOP, "CV-PA-01")
    assert all(v in page.ui.item_view.text.text() for v in (">5<", ">1<"))  # the original scores stay visible


# --- a proposed median, and a quantity -------------------------------------------------------------
def test_accepting_the_proposed_median_still_needs_a_rationale(qtbot, moderating):
    window, page, path = moderating
    click_cell(qtbot, page, YOUTH_COOP, "CV-PA-03")
    assert page.current_item.level == "agree" and page.current_item.stats.proposed == 4
    assert page.ui.editor.accept_proposed.text() == "Use the proposed 4"
    press(qtbot, page.ui.editor.accept_proposed)
    assert page.ui.editor.value == 4 and page.ui.editor.rationale.hasFocus()
    record(qtbot, page)
    assert "required" in page.ui.editor.problem.text()
    assert window.controller.read(moderation.list_consensus, REF) == []
    qtbot.keyClicks(page.ui.editor.rationale, "Both found a strong youth board deciding a real budget; confirmed at Good.")
    record(qtbot, page)
    (agreed,) = window.controller.read(moderation.list_consensus, REF)
    assert (agreed.value, agreed.reached_by) == (4, "within_tolerance")
    assert "✔ agreed 4" in cell(page, YOUTH_COOP, "CV-PA-03")


def test_a_quantity_is_lowered_only_with_a_reason(qtbot, moderating):
    window, page, path = moderating
    click_cell(qtbot, page, YOUTH_COOP, "LOC-03")
    editor = page.ui.editor
    assert editor.quantity_box.isVisible() and not editor.score_box.isVisible()
    assert editor.accepted.text() == "60" and "Committed: 60" in editor.committed.text()
    editor.accepted.setFocus()
    editor.accepted.selectAll()
    qtbot.keyClicks(editor.accepted, "75")
    type_rationale(qtbot, page, "Staff volunteering hours as committed in Return L3.")
    record(qtbot, page)
    assert "more than it committed" in editor.problem.text()
    editor.accepted.selectAll()
    qtbot.keyClicks(editor.accepted, "45")
    record(qtbot, page)
    assert "give the reason" in editor.problem.text()
    assert window.controller.read(moderation.list_consensus, REF) == []
    editor.reason_kind.setFocus()
    qtbot.keyClick(editor.reason_kind, Qt.Key.Key_Down)
    qtbot.keyClick(editor.reason_kind, Qt.Key.Key_Down)
    assert editor.reason_kind.currentData() == "double counting"
    qtbot.keyClicks(editor.reason_details, "15 hours are the carnival committee work already counted under LOC-04")
    record(qtbot, page)
    (agreed,) = window.controller.read(moderation.list_consensus, REF)
    assert (agreed.accepted_quantity, agreed.value) == ("45", None)
    assert agreed.quantity_reason == "double counting: 15 hours are the carnival committee work already counted under LOC-04"
    assert cell(page, YOUTH_COOP, "LOC-03") == "# quantity\n✔ accepted 45 of 60"
    click_cell(qtbot, page, YOUTH_COOP, "LOC-03")
    assert "Accepted quantity 45 (committed 60)" in page.ui.item_view.text.text()


# --- meeting mode ----------------------------------------------------------------------------------
def test_meeting_mode_by_keyboard_hides_scores_until_revealed_and_returns_to_the_item(qtbot, moderating):
    window, page, path = moderating
    click_cell(qtbot, page, YOUTH_COOP, "CV-PA-01")
    qtbot.keyClick(page.ui.grid, Qt.Key.Key_F11)
    meeting = page.meeting
    assert meeting is not None and meeting.isFullScreen()
    assert meeting.font().pointSizeF() == pytest.approx(2 * QApplication.font().pointSizeF())
    qtbot.waitUntil(meeting.isActiveWindow)
    assert meeting.current_key == page.current_key
    hidden = meeting.scores.text() + meeting.body.text()
    assert "Individual scores hidden" in hidden and "3 score(s)" in hidden
    assert not any(s in hidden for s in (OWAIN, PRIYA, "Workers decide only the rota", "Median"))
    qtbot.keyClick(meeting, Qt.Key.Key_R)
    assert all(s in meeting.scores.text() for s in (OWAIN, PRIYA, DEBORAH, "Workers decide only the rota"))
    qtbot.keyClick(meeting, Qt.Key.Key_Right)
    assert (meeting.index, meeting.revealed) == (page.ui.model.keys().index(page.current_key) + 1, False)
    assert "Individual scores hidden" in meeting.scores.text()
    qtbot.keyClick(meeting, Qt.Key.Key_Left)
    assert meeting.current_key == page.current_key
    qtbot.keyClick(meeting, Qt.Key.Key_D)
    target = page.data.items[meeting.current_key]
    assert target.needs_discussion and (target.code, target.bid_name) == ("CV-PA-01", YOUNG_VALE)
    qtbot.keyClick(meeting, Qt.Key.Key_Right)
    on_screen = meeting.current_key
    qtbot.keyClick(meeting, Qt.Key.Key_Escape)
    assert not meeting.isVisible() and page.meeting is None
    assert page.current_key == on_screen
    assert page.ui.model.item_at(page.ui.grid.currentIndex()).key == on_screen


# --- history, conflicts, anonymised --------------------------------------------------------------
def test_history_shows_a_revised_consensus_before_and_after(qtbot, moderating):
    window, page, path = moderating
    click_cell(qtbot, page, YOUNG_VALE, "CV-PA-01")
    qtbot.keyClick(page.ui.grid, Qt.Key.Key_2, ALT)
    type_rationale(qtbot, page, "Consulted, deciding nothing: Poor.")
    record(qtbot, page)
    click_cell(qtbot, page, YOUNG_VALE, "CV-PA-01")  # recording moved on; the panel comes back to revise it
    qtbot.keyClick(page.ui.grid, Qt.Key.Key_3, ALT)
    type_rationale(qtbot, page, "On re-reading Quality 1 the forum does shape the programme: Acceptable.")
    record(qtbot, page)
    click_cell(qtbot, page, YOUNG_VALE, "CV-PA-01")
    assert window.controller.read(moderation.list_consensus, REF)[0].value == 3
    qtbot.keyClick(page.ui.grid, Qt.Key.Key_H, CTRL)
    dialog = page.history_dialog
    assert dialog is not None and dialog.isVisible()
    text = dialog.text()
    assert "consensus: revised the consensus" in text and "score: 2 → 3" in text
    assert "rationale: Consulted, deciding nothing: Poor. → On re-reading Quality 1" in text
    assert f"{PRIYA}: submitted a draft at moderation" in text and f"{OWAIN}: submitted" in text
    dialog.close()


def test_a_member_with_a_declared_interest_is_flagged_and_asked_to_leave(qtbot, moderating):
    window, page, path = moderating
    click_cell(qtbot, page, YOUNG_VALE, "CV-PA-03")
    flag = page.ui.item_view.conflicts
    assert flag.isVisible() and DEBORAH in flag.text() and "leave the room" in flag.text() and "excluded" in flag.text()
    present = {page.ui.editor.present.item(n).text(): page.ui.editor.present.item(n).checkState() for n in range(3)}
    assert present == {PRIYA: Qt.CheckState.Checked, OWAIN: Qt.CheckState.Checked, DEBORAH: Qt.CheckState.Unchecked}
    click_cell(qtbot, page, PATHWAYS, "CV-PA-03")
    assert OWAIN in flag.text() and "no action" in flag.text() and DEBORAH not in flag.text()
    click_cell(qtbot, page, YOUTH_COOP, "CV-PA-03")
    assert not flag.isVisible()


def test_the_anonymised_view_hides_names(qtbot, moderating):
    window, page, path = moderating
    click_cell(qtbot, page, YOUTH_COOP, "CV-PA-01")
    assert OWAIN in page.ui.item_view.text.text()
    page.ui.anonymise.setFocus()
    qtbot.keyClick(page.ui.anonymise, Qt.Key.Key_Space)
    shown = page.ui.item_view.text.text()
    assert "Evaluator A" in shown and "Evaluator B" in shown and "Evaluator C" in shown
    assert not any(name in shown for name in (PRIYA, OWAIN, DEBORAH))
    qtbot.keyClick(page.ui.grid, Qt.Key.Key_F11)
    qtbot.waitUntil(page.meeting.isActiveWindow)
    qtbot.keyClick(page.meeting, Qt.Key.Key_R)
    assert "Evaluator A" in page.meeting.scores.text()
    assert not any(name in page.meeting.scores.text() for name in (PRIYA, OWAIN, DEBORAH))
    qtbot.keyClick(page.meeting, Qt.Key.Key_Escape)


def test_filter_to_discussion_and_order_by_disagreement(qtbot, moderating):
    window, page, path = moderating
    assert [m.code for m in page.ui.model.rows][:3] == ["CV-EE-01", "CV-EE-03", "CV-PA-01"]
    page.ui.order.setFocus()
    qtbot.keyClick(page.ui.order, Qt.Key.Key_Down)
    assert page.ui.model.rows[0].code == "CV-PA-01"  # the split (80% of the scale) comes first
    page.ui.only_discussion.setFocus()
    qtbot.keyClick(page.ui.only_discussion, Qt.Key.Key_Space)
    assert [m.code for m in page.ui.model.rows] == ["CV-PA-01"]


def test_the_signed_off_tender_is_read_only(qtbot, window, moderation_templates, tmp_path):
    open_on_moderation(qtbot, window, moderation_templates, tmp_path, opened=True)
    row = next(r for r in range(window.tender_model.rowCount()) if "EVC-2026-014" in window.tender_model.item(r).text())
    window.tender_list.setCurrentIndex(window.tender_model.index(row, 0))
    page = window.select_page("Moderation")
    assert "signed off" in page.ui.banner.text() and page.ui.stack.currentWidget() is page.ui.work
    assert all("✔" in page.ui.model.data(page.ui.model.index_of(k)) for k in page.ui.model.keys())
    assert not page.ui.editor.record_button.isEnabled() and not page.ui.drafts.isVisible()


def test_every_level_has_a_symbol_and_colours_that_meet_wcag_aa(qtbot, moderating):
    window, page, path = moderating
    for name, swatch in (*LEVELS.items(), ("selected", SELECTED)):
        assert contrast_ratio(swatch.background, swatch.text) >= 4.5, name
    assert contrast_ratio(*CONFLICT_STYLE) >= 4.5
    symbols = [s.symbol for s in LEVELS.values()]
    assert len(set(symbols)) == len(symbols)
    for item in page.data.items.values():
        assert page.ui.model.data(page.ui.model.index_of(item.key)).startswith(LEVELS[item.level].symbol + " ")
    assert contrast_ratio("#ffffff", "#000000") == pytest.approx(21)


def inside_combo(widget: QWidget) -> bool:
    parent = widget.parent()
    while parent is not None:
        if isinstance(parent, QComboBox):
            return True
        parent = parent.parent()
    return False


def test_every_control_has_an_accessible_name(qtbot, moderating):
    window, page, path = moderating
    page.ui.drafts.show()  # hidden once settled; its controls still need names
    click_cell(qtbot, page, YOUTH_COOP, "CV-PA-01")
    qtbot.keyClick(page.ui.grid, Qt.Key.Key_F11)
    meeting = page.meeting
    controls = (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QAbstractItemView, QLabel)
    unnamed = []
    for root in (page, meeting):
        for widget in root.findChildren(QWidget):
            if not isinstance(widget, controls) or isinstance(widget, QHeaderView) or inside_combo(widget) \
                    or isinstance(widget.parent(), QAbstractItemView):
                continue  # a combo's popup, a table's headers and corner button are Qt's own parts
            if isinstance(widget, QLabel) and (widget.buddy() is not None or not widget.text()):
                continue  # a caption names its buddy; captions are read with what they label
            if not widget.accessibleName():
                unnamed.append(f"{type(widget).__name__} {widget.text() if hasattr(widget, 'text') else ''}")
    qtbot.keyClick(meeting, Qt.Key.Key_Escape)
    assert unnamed == [], unnamed


# --- screenshots ---------------------------------------------------------------------------------
def test_screenshots(qtbot, moderating):
    window, page, path = moderating
    window.resize(1280, 800)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    click_cell(qtbot, page, YOUTH_COOP, "CV-PA-03")
    press(qtbot, page.ui.editor.accept_proposed)
    qtbot.keyClicks(page.ui.editor.rationale, "Both found a strong youth board deciding a real budget; confirmed at Good.")
    record(qtbot, page)
    click_cell(qtbot, page, PATHWAYS, "CV-PA-01")
    press(qtbot, page.ui.editor.accept_proposed)
    qtbot.keyClicks(page.ui.editor.rationale, "One named decision, monthly, in paid time: meets requirements.")
    record(qtbot, page)
    page.ui.grid.setFocus()
    qtbot.keyClick(page.ui.grid, Qt.Key.Key_D, CTRL)
    qtbot.wait(10)
    window.grab().save(str(SCREENSHOTS / "moderation-grid.png"))
    click_cell(qtbot, page, YOUNG_VALE, "CV-PA-01")
    qtbot.keyClick(page.ui.grid, Qt.Key.Key_3, ALT)
    type_rationale(qtbot, page, "A named forum shapes the programme (Quality 1); consultation only, so Acceptable.")
    qtbot.wait(10)
    window.grab().save(str(SCREENSHOTS / "moderation-item.png"))
    click_cell(qtbot, page, YOUTH_COOP, "CV-PA-01")
    qtbot.keyClick(page.ui.grid, Qt.Key.Key_F11)
    meeting = page.meeting
    qtbot.waitUntil(meeting.isActiveWindow)
    qtbot.keyClick(meeting, Qt.Key.Key_R)
    meeting.showNormal()  # the offscreen screen is 800 × 800; picture it at a projector's 1280 × 720
    meeting.resize(1280, 720)
    qtbot.wait(10)
    meeting.grab().save(str(SCREENSHOTS / "meeting-mode.png"))
    qtbot.keyClick(meeting, Qt.Key.Key_Escape)


# --- issue 13: rough edges on the Moderation page -----------------------------------------------
def button_places(page) -> list:
    top = page.window()
    return [(b.mapTo(top, b.rect().topLeft()), b.size()) for b in page.ui.editor.buttons]


def test_choosing_a_score_does_not_move_the_buttons(qtbot, moderating):
    window, page, path = moderating
    window.resize(1280, 800)
    click_cell(qtbot, page, YOUTH_COOP, "CV-PA-03")
    qtbot.wait(10)
    assert page.ui.editor.value is None
    before = button_places(page)
    for digit in (Qt.Key.Key_1, Qt.Key.Key_5, Qt.Key.Key_0, Qt.Key.Key_3):
        qtbot.keyClick(page.ui.grid, digit, ALT)
        qtbot.wait(10)
        assert button_places(page) == before
    press(qtbot, page.ui.editor.accept_proposed)
    qtbot.wait(10)
    assert page.ui.editor.value == 4 and button_places(page) == before


def test_recording_a_consensus_moves_on_to_the_next_item_without_one(qtbot, moderating):
    window, page, path = moderating
    page.ui.only_discussion.setFocus()
    qtbot.keyClick(page.ui.only_discussion, Qt.Key.Key_Space)
    keys = page.ui.model.keys()
    assert [page.data.items[k].code for k in keys] == ["CV-PA-01"] * 3
    assert all(page.data.items[k].consensus is None for k in keys)

    def agree(digit, why: str) -> None:
        qtbot.keyClick(page.ui.grid, digit, ALT)
        type_rationale(qtbot, page, why)
        record(qtbot, page)

    page.select(keys[1])
    agree(Qt.Key.Key_3, "A named forum shapes the programme: Acceptable.")
    assert page.current_key == keys[2]  # the next in the grid's order
    assert page.ui.model.item_at(page.ui.grid.currentIndex()).key == keys[2]
    assert page.ui.editor.value is None and page.ui.editor.rationale.toPlainText() == ""
    status = window.statusBar().currentMessage()
    assert f"Recorded the consensus for CV-PA-01 · {page.data.items[keys[1]].bid_name}" in status
    assert f"Next without a consensus: CV-PA-01 · {page.data.items[keys[2]].bid_name}" in status
    agree(Qt.Key.Key_4, "Decisions made monthly in paid time: Good.")
    assert page.current_key == keys[0]  # wraps to the start, past nothing recorded
    page.select(keys[1])  # revising one that has a consensus moves on to the one still without
    agree(Qt.Key.Key_2, "On re-reading, consultation only: Poor.")
    assert page.current_key == keys[0]
    agree(Qt.Key.Key_4, "Workers decide the programme and routes: Good.")
    assert "No item shown in the grid is left without a consensus" in window.statusBar().currentMessage()
    assert page.ui.model.keys() == []  # the filter shows only what still needs discussion: nothing now
    assert len(window.controller.read(moderation.list_consensus, REF)) == 3


def test_accept_every_commitment_as_committed_with_one_rationale(qtbot, moderating, monkeypatch):
    window, page, path = moderating
    button = page.ui.accept_button
    assert button.isVisible() and button.isEnabled()
    click_cell(qtbot, page, YOUTH_COOP, "LOC-03")  # one the panel lowers on its own first
    editor = page.ui.editor
    editor.accepted.selectAll()
    qtbot.keyClicks(editor.accepted, "45")
    editor.reason_kind.setCurrentIndex(editor.reason_kind.findData("double counting"))
    type_rationale(qtbot, page, "15 hours are counted under LOC-04.")
    record(qtbot, page)
    quantitative = [i for i in page.data.items.values() if i.kind != "qualitative"]
    expected = [i for i in quantitative if i.consensus is None and i.committed is not None]
    assert len(expected) == len(quantitative) - 1 > 3
    asked = []
    answers = iter([("Not this time", False), ("   ", True),
                    ("Each commitment is specific and evidenced; the panel has no reason to doubt it.", True)])
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda parent, title, text, *a, **k: asked.append((title, text)) or next(answers))
    press(qtbot, button)
    assert f"Accept {len(expected)} commitment(s) from 3 bid(s) as committed?" in asked[-1][1]
    assert window.controller.read(moderation.list_consensus, REF)[1:] == []  # cancelled: nothing recorded
    press(qtbot, button)
    assert "reason" in page.ui.notice.text() and page.ui.notice.isVisible()
    assert len(window.controller.read(moderation.list_consensus, REF)) == 1
    press(qtbot, button)
    recorded = {(c.bid_id, c.measure_id): c for c in window.controller.read(moderation.list_consensus, REF)}
    assert len(recorded) == len(quantitative)
    for item in expected:
        c = recorded[item.key]
        assert c.accepted_quantity == item.committed and c.quantity_reason == "" and c.rationale.startswith("Each commitment")
        assert c.present_names == sorted(page.data.present_by_default(item))
    assert recorded[next(i.key for i in quantitative if i.code == "LOC-03" and i.bid_name == YOUTH_COOP)].accepted_quantity == "45"
    assert not page.ui.notice.isVisible() and not button.isEnabled()
    assert f"Accepted {len(expected)} commitment(s)" in window.statusBar().currentMessage()
    assert all("✔" in cell(page, i.bid_name, i.code) for i in expected)


def test_meeting_mode_shows_the_response_and_records_the_consensus(qtbot, moderating):
    window, page, path = moderating
    click_cell(qtbot, page, YOUTH_COOP, "CV-PA-03")
    item = page.current_item
    assert item.stats.proposed == 4
    qtbot.keyClick(page.ui.grid, Qt.Key.Key_F11)
    meeting = page.meeting
    qtbot.waitUntil(meeting.isActiveWindow)
    entry = meeting.editor
    # The bid's response is beside the scores from the start; the scores and the proposed median stay hidden.
    assert meeting.response.isVisible() and item.response_text.split()[0] in meeting.response.text()
    assert meeting.response.geometry().left() > meeting.scores.geometry().right()  # beside, not below
    assert "Individual scores hidden" in meeting.scores.text()
    assert entry.isVisible() and entry.score_box.isVisible() and not entry.proposal.isVisible()
    assert not entry.accept_proposed.isVisible() and "Median" not in meeting.body.text()
    qtbot.keyClick(meeting, Qt.Key.Key_R)
    assert entry.proposal.isVisible() and "median 4" in entry.proposal.text()
    qtbot.keyClick(meeting, Qt.Key.Key_R)
    assert not entry.proposal.isVisible()
    # Digits choose the score; a rationale is required.
    qtbot.keyClick(meeting, Qt.Key.Key_3)
    assert entry.value == 3
    qtbot.keyClick(meeting, Qt.Key.Key_Return, CTRL)
    assert "required" in entry.problem.text() and entry.problem.isVisible()
    assert window.controller.read(moderation.list_consensus, REF) == []
    # Letters and spaces typed into the rationale go to it, not to the keys of meeting mode.
    entry.rationale.setFocus()
    qtbot.keyClicks(entry.rationale, "Real decisions: Rota and Director roles")
    assert entry.rationale.toPlainText() == "Real decisions: Rota and Director roles"
    assert (meeting.current_key, meeting.revealed, meeting.isVisible()) == (item.key, False, True)
    qtbot.keyClick(entry.rationale, Qt.Key.Key_Return, CTRL)
    (agreed,) = window.controller.read(moderation.list_consensus, REF)
    assert (agreed.bid_id, agreed.measure_id, agreed.value, agreed.reached_by) == (*item.key, 3, "discussion")
    assert agreed.rationale == "Real decisions: Rota and Director roles"
    assert agreed.present_names == sorted(page.data.present_by_default(item))
    assert "Consensus score 3" in meeting.consensus.text() and not entry.problem.isVisible()
    assert "✔ agreed 3" in cell(page, YOUTH_COOP, "CV-PA-03")
    assert entry.value == 3 and entry.rationale.toPlainText() == agreed.rationale  # the saved one, shown
    # The keys work again at once: reveal, next, leave.
    qtbot.keyClick(meeting, Qt.Key.Key_R)
    assert meeting.revealed and OWAIN in meeting.scores.text()
    qtbot.keyClick(meeting, Qt.Key.Key_Right)
    assert meeting.current_key != item.key and not meeting.revealed and entry.value is None
    qtbot.keyClick(meeting, Qt.Key.Key_Escape)
    assert page.meeting is None and not meeting.isVisible()


def test_meeting_mode_on_a_signed_off_tender_has_no_entry(qtbot, window, moderation_templates, tmp_path):
    open_on_moderation(qtbot, window, moderation_templates, tmp_path, opened=True)
    row = next(r for r in range(window.tender_model.rowCount()) if "EVC-2026-014" in window.tender_model.item(r).text())
    window.tender_list.setCurrentIndex(window.tender_model.index(row, 0))
    page = window.select_page("Moderation")
    page.ui.grid.setFocus()
    qtbot.keyClick(page.ui.grid, Qt.Key.Key_F11)
    meeting = page.meeting
    qtbot.waitUntil(meeting.isActiveWindow)
    assert not meeting.editor.isVisible() and meeting.response.text()
    qtbot.keyClick(meeting, Qt.Key.Key_Return, CTRL)
    qtbot.keyClick(meeting, Qt.Key.Key_Escape)
    assert not page.ui.accept_button.isEnabled()
