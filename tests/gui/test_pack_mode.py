"""Evaluator packs in the app, driven through real widgets: export from the Panel page, open the pack
(`coopeval PACK`) in pack mode, declare and score by keyboard, Return pack, reopen the workspace and
import the returned pack from the Panel page; the workspace then holds the evaluator's scores. An
import meeting different submitted scores lists them and applies the pack's only with a reason.
Pack files are encrypted: export asks for a pack passphrase twice, opening and importing ask for it,
Return pack asks for the member's own passphrase."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from coopeval.services.evaluation import scores as evaluation
from coopeval.services.packs import sealed
from coopeval.services.packs.export import export_pack
from coopeval.services.workspace import Workspace
from coopeval.ui.application import open_initial
from tests.helpers.packs import PACK_PASS, RATIONALE, give_passphrases, passphrase_of, score_in_pack
from tests.helpers.packs import export as export_file
from tests.helpers.scoring import NOTE, staged
from tests.helpers.widgets import ALT
from tests.helpers.widgets import press_visible as press

PANEL_ACTIONS = "coopeval.ui.packs.panel_actions"
PACK_MODE = "coopeval.ui.packs.pack_mode"
ASK = "coopeval.ui.packs.passphrases.ask"


class Passphrases:
    """Answers the app's passphrase questions: the pack passphrase, or the member's own."""

    def __init__(self, pack: str = PACK_PASS, member: str = "Priya Shah"):
        self.pack, self.member, self.asked = pack, member, []

    def __call__(self, parent, title, label):
        self.asked.append(label)
        return passphrase_of(self.member) if label.startswith("Your own passphrase") else self.pack


class Said:
    """Records what the app told the user in information boxes."""

    def __init__(self):
        self.texts: list[str] = []

    def __call__(self, parent, title, text, *args):
        self.texts.append(text)
        return QMessageBox.StandardButton.Ok


def visible_tabs(window) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count()) if window.tabs.isTabVisible(i)]


def choose_member(page, member_id: int) -> None:
    row = page.members.row_of(member_id)
    page.member_view.selectionModel().setCurrentIndex(
        page.members.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)


@pytest.fixture
def panel_window(qtbot, sync_window, tmp_path, tmp_path_factory, monkeypatch):
    """The main window on EV-2026-014 in evaluation (Priya Shah and Tom Baker have not declared)."""
    path = tmp_path / "panel.coopeval"
    t = staged(tmp_path_factory, path)
    give_passphrases(path, ["Priya Shah", "Tom Baker"])
    window = sync_window  # long work runs in step with the test
    assert window.file_actions.open_path(path)
    window.reload_tenders(t.tender)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    said = Said()
    monkeypatch.setattr(f"{PANEL_ACTIONS}.QMessageBox.information", said)
    monkeypatch.setattr(f"{PACK_MODE}.QMessageBox.information", said)
    monkeypatch.setattr(ASK, Passphrases())
    return window, path, t, said


def test_round_trip_export_score_in_pack_mode_return_and_import(qtbot, panel_window, tmp_path, monkeypatch):
    window, path, t, said = panel_window
    pack, back = tmp_path / "priya.coopeval-pack", tmp_path / "priya-returned.coopeval-pack"

    # 1. The officer exports Priya's pack from the Panel page.
    page = window.select_page("Panel")
    assert page.export_pack_button.isEnabled() and page.import_pack_button.isEnabled()
    choose_member(page, t.priya)
    monkeypatch.setattr(f"{PANEL_ACTIONS}.QFileDialog.getSaveFileName", lambda *a, **k: (str(pack), ""))
    asked = Passphrases()
    monkeypatch.setattr(ASK, asked)
    press(qtbot, page.export_pack_button)
    assert pack.exists() and said.texts[-1].startswith(f"Wrote {pack}. Give it to Priya Shah, and tell them the "
                                                       "pack passphrase another way")
    assert len(asked.asked) == 2 and "another way than the file" in asked.asked[0]  # typed twice
    assert pack.read_bytes().startswith(sealed.MAGIC) and b"Priya Shah" not in pack.read_bytes()

    # 2. Priya opens it (`coopeval PACK`): pack mode, only her scoring.
    open_initial(window, path=pack, demo=False)
    mode = window.pack_mode
    assert mode.active and mode.bar.isVisible() and mode.working is not None
    assert window.windowTitle().startswith("priya.coopeval-pack")
    working_folder = mode.working.folder
    assert mode.banner.text() == "Evaluator pack for Priya Shah — tender EV-2026-014. Score, then Return pack."
    assert visible_tabs(window) == ["Overview", "Scoring"]
    assert not window.workspace_view.widget(0).isVisible() and not window.new_tender_action.isEnabled()
    assert not window.file_actions.import_action.isEnabled() and not window.file_actions.export_action.isEnabled()
    scoring = window.tabs.currentWidget()
    assert scoring.title == "Scoring" and not scoring.ui.member.isEnabled()
    assert scoring.ui.member.currentText() == "Priya Shah (evaluator)" and scoring.ui.member.count() == 2  # no one else
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    press(qtbot, scoring.ui.declaration.none_button)
    assert scoring.ui.stack.currentWidget() is scoring.ui.work and len(scoring.items) == 9
    scoring.ui.item_list.setFocus()
    qtbot.keyClick(scoring.ui.item_list, Qt.Key.Key_3)
    qtbot.keyClick(scoring.ui.item_list, Qt.Key.Key_R, ALT)
    rationale = scoring.ui.editor.rationale
    for n in range(len(scoring.items)):
        if n:
            qtbot.keyClick(rationale, Qt.Key.Key_3, ALT)
        qtbot.keyClicks(rationale, f"{NOTE} ({n})")
        if n < len(scoring.items) - 1:
            qtbot.keyClick(rationale, Qt.Key.Key_Right, ALT)

    # 3. Return pack: submits in the pack and writes the file to hand back.
    monkeypatch.setattr(f"{PACK_MODE}.QMessageBox.question", lambda *a: QMessageBox.StandardButton.Yes)
    offered = []
    monkeypatch.setattr(f"{PACK_MODE}.QFileDialog.getSaveFileName",
                        lambda parent, title, default, filt: offered.append(default) or (str(back), ""))
    asked = Passphrases()
    monkeypatch.setattr(ASK, asked)
    press(qtbot, mode.return_button)
    assert asked.asked and asked.asked[-1].startswith("Your own passphrase, Priya Shah")
    assert offered == [str(back)]  # <name>-returned.coopeval-pack beside the pack
    assert back.exists() and said.texts[-1].startswith(f"Returned: {back} holds your submitted scores")
    assert scoring.sheet.submitted and scoring.ui.progress.text() == "9 of 9 scored"

    # 4. The officer reopens the workspace and imports the returned pack from the Panel page.
    assert window.file_actions.open_path(path)
    assert not mode.active and not mode.bar.isVisible() and len(visible_tabs(window)) == len(window.pages)
    assert not working_folder.exists() and mode.working is None  # sealed back into the pack, the copy deleted
    assert window.settings.last_workspace == str(path)
    assert scoring.ui.member.isEnabled()
    window.reload_tenders(t.tender)
    page = window.select_page("Panel")
    monkeypatch.setattr(f"{PANEL_ACTIONS}.QFileDialog.getOpenFileName", lambda *a, **k: (str(back), ""))
    press(qtbot, page.import_pack_button)
    assert said.texts[-1] == ("Imported Priya Shah's evaluator pack priya-returned.coopeval-pack for EV-2026-014: "
                              "1 declaration(s), 9 new score(s).")
    assert "Still to declare" in page.summary.text() and "Priya Shah" not in page.summary.text()
    assert {s.value for s in window.controller.read(evaluation.my_scores, t.priya)} == {3}  # her scores are in
    press(qtbot, page.import_pack_button)  # the same pack again
    assert said.texts[-1].startswith("Nothing changed: Priya Shah's declarations and scores")


def test_return_pack_is_refused_until_every_item_is_scored(qtbot, panel_window, tmp_path, monkeypatch):
    window, path, t, _ = panel_window
    window.controller.op(export_pack, t.tender, "Tom Baker", tmp_path / "tom.coopeval-pack", passphrase=PACK_PASS)
    monkeypatch.setattr(ASK, Passphrases(member="Tom Baker"))
    assert window.file_actions.open_path(tmp_path / "tom.coopeval-pack")
    errors = []
    monkeypatch.setattr("coopeval.ui.ops.show_error", lambda parent, exc, title=None: errors.append(str(exc)))
    monkeypatch.setattr(f"{PACK_MODE}.QMessageBox.question", lambda *a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(f"{PACK_MODE}.QFileDialog.getSaveFileName",
                        lambda *a: (str(tmp_path / "tom-returned.coopeval-pack"), ""))
    press(qtbot, window.pack_mode.return_button)
    assert errors == ["Declare any conflict of interest first (on the Scoring page), then score every item and return "
                      "the pack."]
    scoring = window.select_page("Scoring")
    press(qtbot, scoring.ui.declaration.none_button)
    press(qtbot, window.pack_mode.return_button)
    assert errors[-1] == "Your scores cannot be submitted yet: 9 item(s) have no score."
    assert not (tmp_path / "tom-returned.coopeval-pack").exists()


def test_a_conflicting_import_lists_the_differences_and_needs_a_reason(qtbot, sync_window, panel_ws, monkeypatch):
    path, t = panel_ws
    pack = export_file(path)
    score_in_pack(pack, 2)
    with Workspace.open(path, actor="ann") as ws:
        for bid in t.bids:
            evaluation.save_score(ws, t.evaluator, bid, t.qualitative, value=4, rationale=RATIONALE)
        evaluation.submit_scores(ws, t.evaluator)
    window = sync_window
    assert window.file_actions.open_path(path)
    page = window.select_page("Panel")
    monkeypatch.setattr(ASK, Passphrases())
    said = Said()
    monkeypatch.setattr(f"{PANEL_ACTIONS}.QMessageBox.information", said)
    monkeypatch.setattr(f"{PANEL_ACTIONS}.QFileDialog.getOpenFileName", lambda *a, **k: (str(pack), ""))
    monkeypatch.setattr(f"{PANEL_ACTIONS}.QInputDialog.getText", lambda *a: ("Ann's laptop copy is her final view.", True))
    shown = []

    def answer(button_text: str, tries: int = 300) -> None:
        def click():  # the conflict box is modal: answer it once it is up
            box = QApplication.activeModalWidget()
            if box is None or box.objectName() != "packConflict":
                if tries:
                    answer(button_text, tries - 1)
                return
            shown.append(box.text())
            next(b for b in box.buttons() if b.text() == button_text).click()
        QTimer.singleShot(10, click)

    answer("Keep the workspace's")
    press(qtbot, page.import_pack_button)
    assert "IP000 LOC-04: workspace 4, pack 2" in shown[-1] and "IP001 LOC-04: workspace 4, pack 2" in shown[-1]
    assert said.texts == [] and {s.value for s in window.controller.read(evaluation.my_scores, t.evaluator)} == {4}
    answer("Use the pack's scores…")
    press(qtbot, page.import_pack_button)
    assert said.texts[-1] == "Imported Ann's evaluator pack Ann.coopeval-pack for T1: 2 score(s) replacing different submitted ones."
    assert {s.value for s in window.controller.read(evaluation.my_scores, t.evaluator)} == {2}


def test_a_pack_whose_member_cannot_be_found_is_explained_and_offers_nothing(qtbot, panel_window, tmp_path,
                                                                             monkeypatch):
    from coopeval.services.workspace import NotFoundError

    window, path, t, _ = panel_window
    assert window.controller.op(export_pack, t.tender, "Tom Baker", tmp_path / "tom.coopeval-pack",
                                passphrase=PACK_PASS).ok
    shown = []
    monkeypatch.setattr("coopeval.ui.ops.show_error", lambda parent, exc, title=None: shown.append((title, str(exc))))

    def missing(ws, reference, member):
        raise NotFoundError(f"There is no member {member!r} on {reference}.")

    monkeypatch.setattr(f"{PACK_MODE}.find_member", missing)
    assert window.file_actions.open_path(tmp_path / "tom.coopeval-pack")
    assert shown == [("Cannot show the evaluator pack", "There is no member 'Tom Baker' on EV-2026-014.")]
    assert window.pack_mode.active and not window.pack_mode.return_button.isEnabled()


def test_a_wrong_pack_passphrase_is_said_and_asked_again_and_work_is_sealed_back_on_closing(
        qtbot, panel_window, tmp_path, monkeypatch):
    from sqlmodel import select

    from coopeval.storage.tables import DeclarationRow

    window, path, t, _ = panel_window
    pack = tmp_path / "tom.coopeval-pack"
    assert window.controller.op(export_pack, t.tender, "Tom Baker", pack, passphrase=PACK_PASS).ok
    shown = []
    monkeypatch.setattr("coopeval.ui.ops.show_error", lambda parent, exc, title=None: shown.append(str(exc)))
    answers = iter(["not the pack passphrase", None])
    monkeypatch.setattr(ASK, lambda parent, title, label: next(answers))
    assert not window.file_actions.open_path(pack)  # wrong, then cancelled
    assert shown and shown[0].startswith("That pack passphrase does not open tom.coopeval-pack")
    assert not window.pack_mode.active

    monkeypatch.setattr(ASK, Passphrases(member="Tom Baker"))
    assert window.file_actions.open_path(pack) and window.pack_mode.active
    folder = window.pack_mode.working.folder
    scoring = window.select_page("Scoring")
    press(qtbot, scoring.ui.declaration.none_button)  # a change made in the pack
    window.close()
    assert not folder.exists()
    with sealed.decrypted(pack, PACK_PASS) as plain, Workspace.open(plain.plain, read_only=True) as p:
        with p.reading() as session:
            assert session.exec(select(DeclarationRow)).first() is not None  # the declaration was kept
