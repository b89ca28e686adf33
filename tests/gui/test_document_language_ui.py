"""The tender's "Documents in" choice on the Set-up page (issue 22): English, Cymraeg, or both with Welsh first,
saved through the service as one audited change, and still open to change once evaluation has started."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from coopeval.services.panel import members as panel
from coopeval.services.setup import tenders
from coopeval.services.setup.shipped import add_shipped_frameworks
from coopeval.services.workspace import Workspace
from coopeval.ui.setup.details_form import DOCUMENT_LANGUAGES, document_language_texts
from tests.gui.test_setup_page import add_shipped, apply_set, new_tender, tender


def choose(qtbot, combo, code: str) -> None:
    """Choose an entry with the keyboard, as an officer would (activated fires as it does in the app)."""
    combo.setFocus()
    target = combo.findData(code)
    assert target >= 0, code
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up)


def test_the_choices_name_each_language_in_itself_welsh_first_for_both():
    texts = document_language_texts()
    assert tuple(texts) == DOCUMENT_LANGUAGES == ("en", "cy", "cy+en")
    assert texts["en"][0] == "English" and texts["cy"][0] == "Cymraeg"
    assert texts["cy+en"][0].startswith("Cymraeg a Saesneg") and "Welsh first" in texts["cy+en"][0]
    assert all(tip for _text, tip in texts.values())


def test_documents_in_is_saved_and_shown_again(qtbot, workspace_window, catalogue):
    page = new_tender(qtbot, workspace_window, catalogue)
    combo = page.details.document_language
    assert combo.currentData() == "en" and tender(page).document_language == "en"
    assert [combo.itemData(i) for i in range(combo.count())] == ["en", "cy", "cy+en"]
    assert combo.accessibleName() == "Documents in" and combo.isEnabled()
    assert combo.itemData(combo.findData("cy+en"), Qt.ItemDataRole.ToolTipRole)

    choose(qtbot, combo, "cy+en")
    assert tender(page).document_language == "cy+en"
    assert page.controller.read(tenders.document_language_of, page.tender_id) == "cy+en"
    assert page.controller.read(tenders.document_language_of, page.tender_id, "en") == "en"  # a command's override
    assert not page.details.message.isVisible()

    choose(qtbot, combo, "cy")
    assert tender(page).document_language == "cy"
    page.reload()
    assert page.details.document_language.currentData() == "cy"


def test_documents_in_stays_editable_once_evaluation_has_started(qtbot, workspace_window, catalogue, monkeypatch):
    page = new_tender(qtbot, workspace_window, catalogue)
    add_shipped(qtbot, page)
    apply_set(qtbot, page)
    qtbot.mouseClick(page.weights.share_button, Qt.MouseButton.LeftButton)
    assert page.controller.op(panel.add_member, page.tender_id, name="Ann Evaluator", role="evaluator").ok
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert tender(page).status == "evaluation"

    combo = page.details.document_language
    assert not page.details.title_edit.isEnabled()  # the rest of the set-up is frozen…
    assert combo.isEnabled()  # …but the documents' language is not
    choose(qtbot, combo, "cy+en")
    assert tender(page).document_language == "cy+en"


def test_a_read_only_workspace_shows_the_choice_without_changing_it(qtbot, window, catalogue, tmp_path):
    path = tmp_path / "shared.coopeval"
    with Workspace.create(path) as ws:
        t, _ = tenders.create_tender(ws, reference="T1", title="Held elsewhere", scale=catalogue.scales["0-5"])
        add_shipped_frameworks(ws)
        tenders.set_document_language(ws, t.id, "cy")
    assert window.file_actions.open_path(path, read_only=True)
    page = window.select_page("Set-up")
    combo = page.details.document_language
    assert combo.currentData() == "cy" and not combo.isEnabled()

