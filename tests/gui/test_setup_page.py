"""The Set-up page driven through its real widgets on a real workspace file: a new tender, the
shipped frameworks, a suggested set, weights typed into the table, a refused and an accepted start."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from coopeval.services.panel import members as panel
from coopeval.services.setup import start, tenders
from coopeval.services.setup.shipped import add_shipped_frameworks
from coopeval.services.workspace import Workspace
from coopeval.ui.setup.method_dialog import SetupMethodDialog
from coopeval.ui.setup.new_tender_dialog import NewTenderDialog
from coopeval.ui.setup.spreadsheet_dialog import SetupSpreadsheetDialog
from coopeval.ui.setup.weights_model import CODE, METHOD, MINIMUM, WEIGHT

REPO = Path(__file__).resolve().parents[2]
# the light set of the co-operative values framework 2.1.0: measures any micro supplier can answer
LIGHT = ["CV-EE-01", "CV-EE-02", "CV-PA-01", "CV-CC-02", "CV-SE-01", "CV-WB-01"]


# helpers -----------------------------------------------------------------------------------------
def new_tender(qtbot, win, catalogue, weight: str | None = None):
    dialog = NewTenderDialog(win.controller, catalogue.scales, win)
    qtbot.keyClicks(dialog.reference, "EV-2026-014")
    qtbot.keyClicks(dialog.title_edit, "Community meals service")
    qtbot.keyClicks(dialog.authority, "Vale Council")
    qtbot.keyClicks(dialog.value, "180000")
    dialog.accept()
    assert dialog.created is not None
    win.reload_tenders(dialog.created.id)
    page = win.select_page("Set-up")
    assert page.tender_id == dialog.created.id
    return page


def add_shipped(qtbot, page):
    assert page.picker.add_shipped_button.isVisible()
    qtbot.mouseClick(page.picker.add_shipped_button, Qt.MouseButton.LeftButton)
    assert not page.picker.add_shipped_button.isVisible()


def apply_set(qtbot, page, name: str = "light"):
    combo = page.picker.set_combo
    combo.setFocus()
    target = next(i for i in range(combo.count()) if combo.itemData(i) == ("coop-values", name))
    while combo.currentIndex() != target:  # choose it with the keyboard, as an officer would
        qtbot.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up)
    qtbot.keyClick(page.picker.apply_set_button, Qt.Key.Key_Space)


def edit_cell(qtbot, page, row: int, column: int, text: str) -> None:
    """Type into a table cell with the keyboard: F2 opens the editor, Enter commits."""
    table = page.weights.table
    index = page.weights.model.index(row, column)
    table.setFocus()
    table.setCurrentIndex(index)
    table.scrollTo(index)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.indexWidget(index)
    assert isinstance(editor, QLineEdit), "the cell did not open an editor"
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # the delegate commits on Return through a queued call, as it does in the running app
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState, timeout=2000)


def cell(page, row: int, column: int) -> str:
    return page.weights.model.index(row, column).data()


def row_of(page, code: str) -> int:
    return [m.code for m in page.weights.model.measures].index(code)


def measures(page):
    return page.controller.read(tenders.list_measures, page.tender_id)


def tender(page):
    return page.controller.read(tenders.get_tender, page.tender_id)


def tree_index(page, code: str):
    item = next(i for i in page.picker._measure_items if i.data(Qt.ItemDataRole.UserRole + 1)[1] == code)
    return page.picker.proxy.mapFromSource(item.index()), item


@pytest.fixture
def page(qtbot, workspace_window, catalogue):
    return new_tender(qtbot, workspace_window, catalogue)


@pytest.fixture
def light(qtbot, page):
    add_shipped(qtbot, page)
    apply_set(qtbot, page)
    return page


# the whole flow ----------------------------------------------------------------------------------
def test_new_tender_to_frozen_setup(qtbot, page, monkeypatch):
    assert "no frameworks yet" in page.picker.empty_note.text()
    add_shipped(qtbot, page)
    assert "Co-operative values framework" in page.picker.message.text()
    apply_set(qtbot, page)
    assert [m.code for m in measures(page)] == LIGHT
    assert page.picker.message.text() == "Added 6 measures from the light set."
    assert [cell(page, r, CODE) for r in range(6)] == LIGHT
    assert page.weights.total.text() == "Total 0.00% — must be exactly 100"

    for row, weight in enumerate(["25", "15", "15", "15", "15", "14"]):
        edit_cell(qtbot, page, row, WEIGHT, weight)
    assert [m.weight for m in measures(page)] == ["25", "15", "15", "15", "15", "14"]
    assert page.weights.total.text() == "Total 99.00% — must be exactly 100"
    edit_cell(qtbot, page, row_of(page, "CV-PA-01"), MINIMUM, "3")  # a qualitative threshold on the 0-5 scale
    assert page.controller.op(panel.add_member, page.tender_id, name="Ann Evaluator", role="evaluator").ok

    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args) or QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert page.start_message.text() == "Evaluation cannot start: the measure weights total 99, not 100."
    assert page.start_message.isVisible() and not asked
    assert tender(page).status == "draft"

    edit_cell(qtbot, page, 5, WEIGHT, "15")
    assert page.weights.total.text() == "Total 100.00% — complete"
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1
    text = asked[0][2]
    for expected in ("EV-2026-014", "Scale: 0 to 5", "Social value weight: 10% of the whole tender",
                     "6 measures and their weights", "CV-EE-01  Pay ratio, highest to lowest — 25%",
                     "CV-WB-01  Secure hours and notice of shifts beyond the legal minimum — 15%", "Minimum thresholds: CV-PA-01 ≥ 3",
                     "Methods, targets and bands of 4 quantitative measures", "discuss spreads from 20%"):
        assert expected in text
    assert tender(page).status == "evaluation"

    assert page.banner.isVisible() and "frozen" in page.banner.text() and "evaluation" in page.banner.text()
    assert not page.start_button.isEnabled()
    assert not page.details.title_edit.isEnabled() and not page.details.section_weight.isEnabled()
    assert not page.weights.share_button.isEnabled() and not page.picker.apply_set_button.isEnabled()
    assert not page.picker.import_file_button.isEnabled() and not page.picker.import_sheet_button.isEnabled()
    assert not page.picker.message.isVisible()  # "Added 6 measures…" no longer applies
    assert not page.weights.model.flags(page.weights.model.index(0, WEIGHT)) & Qt.ItemFlag.ItemIsEditable
    index, item = tree_index(page, "CV-EE-01")
    assert item.checkState() == Qt.CheckState.Checked and not item.isCheckable()
    page.weights.table.setCurrentIndex(page.weights.model.index(0, WEIGHT))
    qtbot.keyClick(page.weights.table, Qt.Key.Key_F2)
    assert page.weights.table.indexWidget(page.weights.model.index(0, WEIGHT)) is None  # no editor opens


def test_start_is_refused_without_an_evaluator_before_asking(qtbot, light, monkeypatch):
    qtbot.mouseClick(light.weights.share_button, Qt.MouseButton.LeftButton)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args) or QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(light.start_button, Qt.MouseButton.LeftButton)
    assert light.start_message.text() == "Evaluation cannot start: add at least one evaluator to the panel."
    assert not asked


def test_cancelling_the_confirmation_changes_nothing(qtbot, light, monkeypatch):
    qtbot.mouseClick(light.weights.share_button, Qt.MouseButton.LeftButton)
    assert light.controller.op(panel.add_member, light.tender_id, name="Ann", role="evaluator").ok
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(light.start_button, Qt.MouseButton.LeftButton)
    assert tender(light).status == "draft" and light.start_button.isEnabled() and not light.banner.isVisible()


# picking -----------------------------------------------------------------------------------------
def test_search_filters_the_tree(qtbot, page):
    add_shipped(qtbot, page)
    assert len(page.picker.visible_codes()) == 29  # 24 co-op values 2.1.0 (with companions) + 5 example local
    qtbot.keyClicks(page.picker.search, "insecure")
    assert page.picker.visible_codes() == ["CV-WB-01"]
    page.picker.search.clear()
    qtbot.keyClicks(page.picker.search, "Vale residents")
    assert page.picker.visible_codes() == ["LOC-01", "LOC-02"]
    page.picker.search.clear()
    qtbot.keyClicks(page.picker.search, "zebra crossings")
    assert page.picker.visible_codes() == []
    assert page.picker.empty_note.text() == "No measure matches “zebra crossings”."


def test_a_check_box_adds_and_removes_one_measure(qtbot, page):
    add_shipped(qtbot, page)
    index, item = tree_index(page, "CV-PA-06")
    page.picker.tree.setFocus()
    page.picker.tree.setCurrentIndex(index)
    qtbot.keyClick(page.picker.tree, Qt.Key.Key_Space)
    assert [m.code for m in measures(page)] == ["CV-PA-06"]
    assert page.weights.model.rowCount() == 1 and item.checkState() == Qt.CheckState.Checked
    assert "1 of 24 chosen" in page.picker._framework_items["coop-values"].text()
    qtbot.keyClick(page.picker.tree, Qt.Key.Key_Space)
    assert measures(page) == [] and page.weights.model.rowCount() == 0
    assert item.checkState() == Qt.CheckState.Unchecked


def test_removing_from_the_table_unchecks_the_tree(qtbot, light):
    light.weights.table.setFocus()
    light.weights.table.setCurrentIndex(light.weights.model.index(row_of(light, "CV-CC-02"), CODE))
    qtbot.keyClick(light.weights.table, Qt.Key.Key_Delete)
    assert "CV-CC-02" not in [m.code for m in measures(light)] and len(measures(light)) == 5
    assert tree_index(light, "CV-CC-02")[1].checkState() == Qt.CheckState.Unchecked


def test_import_a_framework_file(qtbot, page, monkeypatch):
    path = REPO / "frameworks" / "example-local-measures.toml"
    monkeypatch.setattr("coopeval.ui.setup.measure_picker.QFileDialog.getOpenFileName",
                        lambda *args: (str(path), "Framework files (*.toml)"))
    qtbot.mouseClick(page.picker.import_file_button, Qt.MouseButton.LeftButton)
    assert page.picker.message.text() == "Elmbridge Vale local measures (fictional example) version 1.0.0 is in this workspace."
    assert sorted(page.picker.visible_codes()) == ["LOC-01", "LOC-02", "LOC-03", "LOC-04", "LOC-05"]
    assert page.picker.add_shipped_button.isVisible()  # the co-op values framework is still missing


def test_import_a_council_spreadsheet_in_the_background(qtbot, page, tmp_path, monkeypatch):
    sheet = tmp_path / "vale measures.csv"
    sheet.write_text("Theme,Outcome,Code,Measure,Unit\nWaste,Less landfill,W-01,Widgets recycled,count\n"
                     "Skills,More training,S-01,Training weeks for residents,weeks\n", encoding="utf-8")

    def fill(dialog):
        qtbot.keyClicks(dialog.path, str(sheet))
        qtbot.keyClicks(dialog.licence, "Licensed to Vale Council")
        qtbot.keyClicks(dialog.source, "Vale measures table 2025")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(SetupSpreadsheetDialog, "exec", fill)
    qtbot.mouseClick(page.picker.import_sheet_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "is in this workspace" in page.picker.message.text(), timeout=10_000)
    assert "Read 2 measures in 2 themes" in page.picker.message.text()
    assert (tmp_path / "vale measures.toml").is_file()
    assert sorted(page.picker.visible_codes()) == ["S-01", "W-01"]
    assert page.picker.import_sheet_button.isEnabled()


def test_a_spreadsheet_that_is_not_a_table_is_explained(qtbot, page, tmp_path, monkeypatch):
    sheet = tmp_path / "notes.csv"
    sheet.write_text("just,some\nwords,here\n", encoding="utf-8")

    def fill(dialog):
        for edit, text in ((dialog.path, str(sheet)), (dialog.licence, "L"), (dialog.source, "S")):
            qtbot.keyClicks(edit, text)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(SetupSpreadsheetDialog, "exec", fill)
    qtbot.mouseClick(page.picker.import_sheet_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.picker.message.kind == "problem", timeout=10_000)
    assert "notes.csv" in page.picker.message.text()
    assert page.picker.import_sheet_button.isEnabled()


# weights, thresholds and methods -----------------------------------------------------------------
@pytest.mark.parametrize(("typed", "message"), [
    ("abc", "CV-EE-01 weight: 'abc' is not a number."),
    ("-1", "CV-EE-01 weight must be at least 0; got -1."),
    ("100.5", "CV-EE-01 weight must be at most 100; got 100.5."),
])
def test_a_bad_weight_is_refused_and_the_old_value_kept(qtbot, light, typed, message):
    edit_cell(qtbot, light, 0, WEIGHT, "20")
    edit_cell(qtbot, light, 0, WEIGHT, typed)
    assert light.weights.message.text() == message and light.weights.message.kind == "problem"
    assert cell(light, 0, WEIGHT) == "20.00"
    assert measures(light)[0].weight == "20"
    edit_cell(qtbot, light, 0, WEIGHT, "21.5")
    assert cell(light, 0, WEIGHT) == "21.50" and not light.weights.message.isVisible()


def test_a_minimum_off_the_scale_is_refused(qtbot, light):
    row = row_of(light, "CV-PA-01")
    edit_cell(qtbot, light, row, MINIMUM, "7")
    assert light.weights.message.text() == "CV-PA-01 minimum must be a point on the scale (0, 1, 2, 3, 4, 5)."
    assert cell(light, row, MINIMUM) == "—"
    edit_cell(qtbot, light, row, MINIMUM, "2")
    assert cell(light, row, MINIMUM) == "2" and measures(light)[row].minimum == "2"
    edit_cell(qtbot, light, row, MINIMUM, "")
    assert measures(light)[row].minimum is None


def test_share_equally_totals_exactly_100(qtbot, page):
    add_shipped(qtbot, page)
    for code in ("CV-EE-02", "CV-PA-01", "CV-WB-03"):
        page.picker.tree.setCurrentIndex(tree_index(page, code)[0])
        qtbot.keyClick(page.picker.tree, Qt.Key.Key_Space)
    qtbot.mouseClick(page.weights.share_button, Qt.MouseButton.LeftButton)
    assert [cell(page, r, WEIGHT) for r in range(3)] == ["33.34", "33.33", "33.33"]
    assert page.weights.total.text() == "Total 100.00% — complete"


def click_save(qtbot, dialog) -> None:
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)


def drive_method_dialog(qtbot, monkeypatch, steps):
    """Replace the dialog's modal loop by keystrokes and a click on Save; return each result."""
    seen = []

    def run(dialog):
        steps(dialog)
        click_save(qtbot, dialog)
        seen.append(dialog.result())
        return dialog.result()

    monkeypatch.setattr(SetupMethodDialog, "exec", run)
    return seen


def test_bands_of_a_quantitative_measure_are_saved(qtbot, light, monkeypatch):
    row = row_of(light, "CV-SE-01")

    def bad_then_good(dialog):
        assert dialog.method.currentData() == "banded" and dialog.bands.text() == "10: 0.25; 25: 0.5; 50: 0.75; 75: 1"
        dialog.bands.selectAll()
        qtbot.keyClicks(dialog.bands, "10: 0.5; 50: 2")
        click_save(qtbot, dialog)
        assert dialog.message.text() == "CV-SE-01 band share must be at most 1; got 2."
        assert dialog.result() == 0  # still open
        dialog.bands.selectAll()
        qtbot.keyClicks(dialog.bands, "10: 0.5; 50: 1")

    seen = drive_method_dialog(qtbot, monkeypatch, bad_then_good)
    light.weights.table.setFocus()
    light.weights.table.setCurrentIndex(light.weights.model.index(row, METHOD))
    qtbot.keyClick(light.weights.table, Qt.Key.Key_Return)  # Enter on the method cell opens the editor
    assert seen == [1]
    assert json.loads(measures(light)[row].bands) == [["10", "0.5"], ["50", "1"]]
    assert cell(light, row, METHOD) == "Bands (higher is better; %): ≥10 → 0.5, ≥50 → 1"


def test_target_and_direction_are_saved(qtbot, page, monkeypatch):
    add_shipped(qtbot, page)
    page.picker.tree.setCurrentIndex(tree_index(page, "CV-EE-02")[0])
    qtbot.keyClick(page.picker.tree, Qt.Key.Key_Space)

    def change(dialog):
        assert dialog.target.text() == "100" and not dialog.bands.isEnabled()
        dialog.target.selectAll()
        qtbot.keyClicks(dialog.target, "80")
        dialog.direction.setFocus()
        qtbot.keyClick(dialog.direction, Qt.Key.Key_Down)

    drive_method_dialog(qtbot, monkeypatch, change)
    page.weights.table.setCurrentIndex(page.weights.model.index(0, CODE))
    qtbot.mouseClick(page.weights.method_button, Qt.MouseButton.LeftButton)
    m = measures(page)[0]
    assert (m.method, m.target, m.direction) == ("target", "80", "lower")
    assert cell(page, 0, METHOD) == "Target 80 %, lower is better"


def test_qualitative_measures_have_no_method_to_edit(qtbot, light):
    light.weights.table.setCurrentIndex(light.weights.model.index(row_of(light, "CV-PA-01"), CODE))
    assert not light.weights.method_button.isEnabled()
    light.weights.table.setCurrentIndex(light.weights.model.index(row_of(light, "CV-EE-01"), CODE))
    assert light.weights.method_button.isEnabled()


# details -----------------------------------------------------------------------------------------
def type_into(qtbot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    (widget.lineEdit() if isinstance(widget, QAbstractSpinBox) else widget).selectAll()
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_section_weight_below_10_warns(qtbot, page):
    details = page.details
    assert not details.weight_warning.isVisible()
    type_into(qtbot, details.section_weight, "8")
    assert details.weight_warning.isVisible()
    assert details.weight_warning.text().startswith("Warning: 8% is below the 10% minimum that PPN 002 expects.")
    assert tender(page).section_weight == "8"
    type_into(qtbot, details.section_weight, "12.5")
    assert not details.weight_warning.isVisible() and tender(page).section_weight == "12.5"


def test_details_are_saved_and_a_refusal_restores_the_old_value(qtbot, page):
    details = page.details
    type_into(qtbot, details.title_edit, "School meals service")
    type_into(qtbot, details.value, "250,000")
    assert (tender(page).title, tender(page).contract_value_pence) == ("School meals service", 25_000_000)
    type_into(qtbot, details.title_edit, "   ")
    assert details.message.text() == "Tender title is required."
    assert details.title_edit.text() == "School meals service"
    type_into(qtbot, details.discuss_at, "60")  # above the split cut-off (50)
    assert "must not be above the split cut-off" in details.message.text()
    assert details.discuss_at.value() == 20 and tender(page).discuss_at == "20"
    details.scale.setFocus()
    qtbot.keyClick(details.scale, Qt.Key.Key_Down)
    assert tender(page).scale_id == details.scale.currentData() != "0-5"


def test_a_read_only_workspace_shows_the_setup_without_changing_it(qtbot, window, catalogue, tmp_path):
    path = tmp_path / "shared.coopeval"
    with Workspace.create(path) as ws:
        t, _ = tenders.create_tender(ws, reference="T1", title="Held elsewhere", scale=catalogue.scales["0-5"])
        add_shipped_frameworks(ws)
        tenders.add_measures(ws, t.id, "coop-values", set_name="light")
    assert window.file_actions.open_path(path, read_only=True)
    page = window.select_page("Set-up")
    assert page.banner.isVisible() and "open read-only" in page.banner.text()
    assert page.weights.model.rowCount() == 6
    assert not page.start_button.isEnabled() and not page.details.title_edit.isEnabled()
    assert not page.picker.import_file_button.isEnabled() and not page.weights.share_button.isEnabled()


# quality -----------------------------------------------------------------------------------------
CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QPlainTextEdit)


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader announces (Qt falls back to a button's text)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def test_every_control_has_an_accessible_name_and_takes_the_keyboard(qtbot, light):
    spreadsheet = SetupSpreadsheetDialog(Path.home())
    method = SetupMethodDialog(light.controller, measures(light)[0])
    for dialog in (spreadsheet, method):
        qtbot.addWidget(dialog)
    for root in (light, spreadsheet, method):
        controls = [w for w in root.findChildren(QWidget) if isinstance(w, CONTROLS) and w.isVisibleTo(root)
                    and not isinstance(w, QHeaderView)
                    and not isinstance(w.parent(), (QAbstractSpinBox, QComboBox, QAbstractItemView))]  # Qt's own parts
        assert len(controls) > 5
        unnamed = [f"{type(w).__name__} {getattr(w, 'text', lambda: '')()!r}" for w in controls if not accessible_name(w)]
        assert unnamed == [], (root, unnamed)
        no_keyboard = [accessible_name(w) for w in controls if not w.focusPolicy() & Qt.FocusPolicy.TabFocus]
        assert no_keyboard == [], (root, no_keyboard)


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def test_alt_keys_on_the_page_are_unique_and_clear_of_the_menus(light):
    win = light.window()
    owners = [a.text() for a in win.menuBar().actions()] + [win.new_tender_button.text()]
    owners += [w.text() for w in light.findChildren(QAbstractButton) if w.isVisibleTo(light)]
    owners += [w.text() for w in light.findChildren(QLabel) if w.buddy() is not None and w.isVisibleTo(light)]
    keys = [mnemonic(t) for t in owners if mnemonic(t)]
    assert len(keys) > 15
    assert sorted(k for k in set(keys) if keys.count(k) > 1) == []


def test_screenshots(qtbot, light, tmp_path):
    """The page with realistic content; written to docs/screenshots when COOPEVAL_SCREENSHOTS is set."""
    out = REPO / "docs" / "screenshots" if os.environ.get("COOPEVAL_SCREENSHOTS") else tmp_path
    win = light.window()
    win.resize(1280, 800)
    type_into(qtbot, light.details.section_weight, "8")
    for row, weight in enumerate(["25", "15", "15", "15", "15", "14"]):
        edit_cell(qtbot, light, row, WEIGHT, weight)
    edit_cell(qtbot, light, row_of(light, "CV-PA-01"), MINIMUM, "3")
    assert light.controller.op(panel.add_member, light.tender_id, name="Ann", role="evaluator").ok
    edit_cell(qtbot, light, 0, WEIGHT, "abc")
    qtbot.mouseClick(light.start_button, Qt.MouseButton.LeftButton)  # refused at 99%, before any question
    assert light.start_message.isVisible()
    light.weights.table.setCurrentIndex(light.weights.model.index(row_of(light, "CV-WB-01"), METHOD))
    assert win.grab().save(str(out / "setup.png"))

    dialog = SetupMethodDialog(light.controller, light.weights.current_measure(), win)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.grab().save(str(out / "setup-method.png"))
    dialog.reject()

    edit_cell(qtbot, light, 5, WEIGHT, "15")
    assert light.controller.op(start.start_evaluation, light.tender_id).ok
    assert win.grab().save(str(out / "setup-frozen.png"))
