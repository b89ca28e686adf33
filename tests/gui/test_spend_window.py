"""File → Spend and registers… driven through its real widgets on a real workspace file: a spend file with bad lines
is previewed with Import disabled and imported only through "Import without the N bad lines"; a file whose headers
are not recognised asks for its columns (and saves them by name); the review queue decides candidates from the
keyboard and moves on to the next one; set by hand needs evidence; pick another searches the registers; a read-only
workspace shows everything with the changing actions disabled."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QFileDialog

from coopeval.domain.numbers import pence_to_text
from coopeval.services.registers.imports import import_register
from coopeval.services.registers.matching import review_queue, supplier_history
from coopeval.services.registers.views import EntryView, MatchView, ReviewItem
from coopeval.services.spend.imports import import_spend, list_spend_imports
from coopeval.services.spend.mappings import list_mappings
from coopeval.ui.spend import SpendWindow
from coopeval.ui.spend.decisions import PickEntryDialog, SetByHandDialog
from coopeval.ui.spend.mapping_dialog import MappingDialog
from coopeval.ui.spend.register_dialog import RegisterDialog
from coopeval.ui.spend.spend_preview import SpendPreviewDialog
from coopeval.ui.spend.tables import ReviewModel
from tests.helpers.screenshots import save
from tests.helpers.widgets import choose, press, unnamed_controls

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures" / "spend"
DEMO = REPO / "resources" / "demo"
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen has no window stacking


def open_spend(qtbot, win) -> SpendWindow:
    action = win.file_actions.spend_action
    assert action.isEnabled()
    action.trigger()
    spend = win.findChild(SpendWindow)
    assert spend is not None
    qtbot.waitUntil(spend.isVisible)
    return spend


def import_file(qtbot, monkeypatch, spend: SpendWindow, path: Path) -> SpendPreviewDialog:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    press(qtbot, spend.import_spend_button)
    qtbot.waitUntil(lambda: spend.preview_dialog is not None and spend.preview_dialog.isVisible())
    assert spend.preview_dialog is not None
    return spend.preview_dialog


@pytest.fixture
def with_matches(workspace_window):
    """The demo's register and its first year of spend, imported behind the window's back: some suppliers matched,
    some fuzzy candidates waiting for review."""
    ws = workspace_window.controller.workspace
    import_register(ws, DEMO / "register-coops-uk.csv", kind="coops-uk", source="made up for the tests")
    import_spend(ws, DEMO / "spend-2025-26.csv")
    assert review_queue(ws), "the demo data leaves candidates for review"
    return workspace_window


def test_the_file_menu_opens_the_window_only_with_a_workspace(qtbot, window, tmp_path):
    assert not window.file_actions.spend_action.isEnabled()
    assert window.file_actions.spend_action.text().replace("&", "") == "Spend and registers…"
    assert window.file_actions.open_path(tmp_path / "w.coopeval", create=True)
    spend = open_spend(qtbot, window)
    assert spend.size().width() <= 900 and spend.size().height() <= 600
    assert spend.minimumSizeHint().width() <= 900 and spend.minimumSizeHint().height() <= 600
    assert "Nothing imported yet" in spend.summary.text()
    assert unnamed_controls(spend) == []
    window.controller.close()
    assert not spend.isVisible()
    assert not window.file_actions.spend_action.isEnabled()


def test_a_file_with_bad_lines_imports_only_without_them_by_choice(qtbot, monkeypatch, workspace_window):
    spend = open_spend(qtbot, workspace_window)
    dialog = import_file(qtbot, monkeypatch, spend, FIXTURES / "bad-lines.csv")
    assert not dialog.import_button.isEnabled()
    assert dialog.skip_button.isVisible() and dialog.skip_button.isEnabled()
    assert dialog.skip_button.text() == "Import without the 2 bad lines"
    problems = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert len(problems) == 2 and problems[0].startswith("line 3:") and problems[1].startswith("line 4:")
    summary = dialog.summary.text()
    assert "4 lines read; 2 new, 0 already in the workspace" in summary
    assert "£1,400.00" in summary and "1 Apr 2026 to 3 Apr 2026" in summary
    assert unnamed_controls(dialog) == []
    save(dialog, "spend-preview.png")
    press(qtbot, dialog.skip_button)
    qtbot.waitUntil(lambda: spend.preview_dialog is None)
    assert "Imported 2 new lines (£1,400.00) from bad-lines.csv" in spend.note.text()
    assert "2 lines with problems were left out" in spend.note.text()
    imports = list_spend_imports(workspace_window.controller.workspace)
    assert [(v.lines_added, v.lines_refused) for v in imports] == [(2, 2)]
    assert spend.spend_imports_model.rowCount() == 1
    assert spend.spend_imports_model.text(0, spend.spend_imports_model.AMOUNT) == "£1,400.00"

    again = import_file(qtbot, monkeypatch, spend, FIXTURES / "bad-lines.csv")  # the same file: nothing new
    assert "0 new, 2 already in the workspace" in again.summary.text()
    assert not again.import_button.isEnabled() and not again.skip_button.isEnabled()
    again.reject()


def test_unrecognised_headers_ask_for_the_columns_and_save_them(qtbot, monkeypatch, workspace_window):
    spend = open_spend(qtbot, workspace_window)
    dialog = import_file(qtbot, monkeypatch, spend, FIXTURES / "unusual-columns.csv")
    qtbot.waitUntil(lambda: isinstance(spend.mapping_dialog, MappingDialog) and spend.mapping_dialog.isVisible())
    mapping = spend.mapping_dialog
    assert mapping is not None
    assert not dialog.import_button.isEnabled()
    assert not mapping.ok_button.isEnabled()
    assert "Payment date" in mapping.message.text()
    assert mapping.combos["date"].accessibleName() == "Payment date *"
    assert mapping.combos["expense_area"].accessibleName() == "Expense area"
    choose(qtbot, mapping.combos["date"], "Paid on")
    choose(qtbot, mapping.combos["supplier"], "Who")
    choose(qtbot, mapping.combos["amount"], "Paid on")  # the same column twice is refused
    assert not mapping.ok_button.isEnabled() and "chosen twice" in mapping.message.text()
    choose(qtbot, mapping.combos["amount"], "How much")
    choose(qtbot, mapping.combos["expense_area"], "Where")
    mapping.save_as.setText("Unusual council")
    assert mapping.ok_button.isEnabled()
    mapping.resize(mapping.sizeHint().expandedTo(QSize(520, 0)))
    assert unnamed_controls(mapping) == []
    save(mapping, "spend-mapping.png")
    press(qtbot, mapping.ok_button)
    qtbot.waitUntil(lambda: dialog.preview.mapping is not None)
    assert dialog.preview.new_lines == 2
    assert "mapping “Unusual council”" in dialog.summary.text()
    assert [m.name for m in list_mappings(workspace_window.controller.workspace)] == ["Unusual council"]
    assert dialog.import_button.isEnabled() and not dialog.skip_button.isVisible()
    press(qtbot, dialog.import_button)
    qtbot.waitUntil(lambda: spend.preview_dialog is None)
    imported = list_spend_imports(workspace_window.controller.workspace)
    assert [(v.lines_added, v.mapping_name) for v in imported] == [(2, "Unusual council")]


def test_the_review_queue_is_decided_from_the_keyboard(qtbot, with_matches):
    win = with_matches
    ws = win.controller.workspace
    spend = open_spend(qtbot, win)
    model = spend.review_model
    assert model.rowCount() > 1
    queue = review_queue(ws)
    assert spend.tabs.tabText(0) == f"Review queue ({len(queue)})"
    first = model.row(0)
    assert first is not None and first.item.supplier_key == queue[0].supplier_key  # largest spend first
    assert model.text(0, ReviewModel.SPEND) == pence_to_text(queue[0].spend_pence)
    assert spend.review.currentIndex().row() == 0
    assert unnamed_controls(spend) == []
    spend.resize(900, 600)
    save(spend, "spend-review.png")

    second_key = next((r.item.supplier_key for r in model.rows if r.item.supplier_key != first.item.supplier_key),
                      None)
    press(qtbot, spend.accept_button)
    qtbot.waitUntil(lambda: spend.review_model.row_of_supplier(first.item.supplier_key) is None)
    history = supplier_history(ws, first.item.supplier_key)
    assert any(m.status == "applied" and m.id == first.candidate.id for m in history)
    assert "Accepted:" in spend.note.text()
    current = spend.current_review()
    if second_key is not None:  # the next supplier is selected, ready for its decision
        assert current is not None and current.item.supplier_key == second_key
        rejected = current.candidate.id
        press(qtbot, spend.reject_button)
        qtbot.waitUntil(lambda: spend.review_model.row_of_match(rejected) is None)
        assert any(m.id == rejected and m.status == "rejected" for m in supplier_history(ws, second_key))
        assert spend.current_review() is not None or spend.review_model.rowCount() == 0


def test_set_by_hand_needs_evidence_and_pick_another_searches(qtbot, with_matches):
    win = with_matches
    ws = win.controller.workspace
    spend = open_spend(qtbot, win)
    row = spend.current_review()
    assert row is not None
    key = row.item.supplier_key
    press(qtbot, spend.hand_button)
    dialog = spend.dialog
    assert isinstance(dialog, SetByHandDialog)
    assert dialog.model.count() == len(spend.models) >= 8
    assert not dialog.ok_button.isEnabled() and dialog.message.text() == "Give the evidence."
    choose(qtbot, dialog.model, "employee-owned (trust)")
    assert not dialog.democratic.isChecked()
    choose(qtbot, dialog.model, "worker co-operative")
    assert dialog.democratic.isChecked()
    dialog.evidence.setPlainText("Rules registered with the FCA, seen 1 Dec 2026.")
    assert dialog.ok_button.isEnabled()
    assert unnamed_controls(dialog) == []
    press(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: spend.review_model.row_of_supplier(key) is None)
    hand = [m for m in supplier_history(ws, key) if m.method == "hand"]
    assert [(m.model, m.democratic, m.status) for m in hand] == [("worker co-operative", True, "applied")]

    nxt = spend.current_review()
    assert nxt is not None
    press(qtbot, spend.pick_button)
    pick = spend.dialog
    assert isinstance(pick, PickEntryDialog)
    pick.search.setText("Co-operative")
    pick.run_search()
    assert pick.model.rowCount() > 0
    assert not pick.ok_button.isEnabled()  # a reason is needed
    pick.reason.setText("The supplier's invoices give this society number.")
    chosen = pick.entry()
    assert chosen is not None and pick.ok_button.isEnabled()
    press(qtbot, pick.ok_button)
    qtbot.waitUntil(lambda: spend.review_model.row_of_supplier(nxt.item.supplier_key) is None)
    picked = [m for m in supplier_history(ws, nxt.item.supplier_key) if m.method == "picked"]
    assert [(m.entry.id if m.entry else None, m.status) for m in picked] == [(chosen.id, "applied")]

    spend.tabs.setCurrentIndex(1)
    spend.search.setText(nxt.item.supplier_name[:12])
    assert any(s.supplier_key == nxt.item.supplier_key for s in spend.suppliers_model.rows)
    choose(qtbot, spend.status, "unmatched")
    assert all(s.status == "unmatched" for s in spend.suppliers_model.rows)


def test_read_only_shows_the_window_with_changes_disabled(qtbot, window, tmp_path):
    path = tmp_path / "ro.coopeval"
    assert window.file_actions.open_path(path, create=True)
    ws = window.controller.workspace
    import_register(ws, DEMO / "register-coops-uk.csv", kind="coops-uk")
    import_spend(ws, DEMO / "spend-2025-26.csv")
    window.controller.close()
    assert window.file_actions.open_path(path, read_only=True)
    spend = open_spend(qtbot, window)
    assert "[read-only]" in spend.windowTitle()
    assert spend.review_model.rowCount() > 0 and spend.spend_imports_model.rowCount() == 1
    assert spend.register_imports_model.rowCount() == 1
    for button in (spend.import_spend_button, spend.import_register_button, spend.accept_button,
                   spend.reject_button, spend.pick_button, spend.hand_button):
        assert not button.isEnabled(), button.text()
    assert spend.refresh_button.isEnabled()


def test_the_review_model_shows_each_candidate_with_pounds_and_dissolved_entries():
    def entry(i: int, live: bool) -> EntryView:
        return EntryView(i, "fca-mutuals", f"{i}R", "FCA", f"Society {i}", "", "Registered Society", "", "other",
                         True, "EV1 1AA", live, None if live else "2024-06-30")

    def candidate(i: int, live: bool = True) -> MatchView:
        return MatchView(i, "acme", "Acme Co-op", entry(i, live), "fuzzy", "candidate", 90 - i, "other", True, "",
                         "2026-12-01T10:00:00", "officer")

    model = ReviewModel()
    model.set_queue([ReviewItem("acme", "Acme Co-op", "", 3, 123_456_78, (candidate(1), candidate(2, False))),
                     ReviewItem("b", "B Ltd", "", 1, 5_00, ())])
    assert model.rowCount() == 2 and model.suppliers() == 1
    assert model.text(0, ReviewModel.SPEND) == "£123,456.78"
    assert model.text(0, ReviewModel.REGISTER) == "FCA Mutuals"
    assert model.text(0, ReviewModel.SCORE) == "89"
    assert model.text(1, ReviewModel.STATUS) == "Candidate — dissolved 30 Jun 2024"
    assert model.row_of_match(2) == 1 and model.row_of_supplier("b") is None


def test_a_register_is_imported_with_its_kind_and_source(qtbot, workspace_window):
    ws = workspace_window.controller.workspace
    import_spend(ws, DEMO / "spend-2025-26.csv")
    spend = open_spend(qtbot, workspace_window)
    assert spend.review_model.rowCount() == 0 and spend.register_imports_model.rowCount() == 0
    press(qtbot, spend.import_register_button)
    dialog = spend.dialog
    assert isinstance(dialog, RegisterDialog)
    assert not dialog.ok_button.isEnabled()  # no file yet
    dialog.path.setText(str(DEMO / "register-coops-uk.csv"))
    choose(qtbot, dialog.kind, "coops-uk")
    dialog.source.setText("Downloaded 2 Dec 2026")
    assert unnamed_controls(dialog) == []
    press(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: spend.register_imports_model.rowCount() == 1)
    assert spend.note.text().startswith("Imported Co-operatives UK: 48 entries")
    assert "wait in the review queue" in spend.note.text()
    model = spend.register_imports_model
    assert model.text(0, model.SOURCE) == "Downloaded 2 Dec 2026" and model.text(0, model.CURRENT) == "Yes"
    assert spend.review_model.rowCount() > 0  # the suppliers were matched: candidates wait
    assert spend.tabs.tabText(0).startswith("Review queue (")


def test_a_file_that_is_not_a_spend_file_says_why(qtbot, monkeypatch, workspace_window, tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    spend = open_spend(qtbot, workspace_window)
    dialog = import_file(qtbot, monkeypatch, spend, empty)
    assert dialog.problems.count() >= 1 and dialog.problems_label.text() == "The file cannot be imported:"
    assert not dialog.import_button.isEnabled() and not dialog.skip_button.isVisible()
    assert spend.mapping_dialog is None
    dialog.reject()
    qtbot.waitUntil(lambda: spend.preview_dialog is None)
