"""The Scoring page, driven through its real widgets on a real workspace file: declaring before any
bid is shown, scoring every item by keyboard and submitting, autosave (on a pause, on closing, and
surviving a killed process), blind scoring, exclusion, the two orders, and screenshots."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from coopeval.services.bids import entry as bids
from coopeval.services.evaluation import scores as evaluation
from coopeval.services.panel import members as panel
from coopeval.services.workspace import Workspace
from tests.helpers.scoring import NOTE, staged
from tests.helpers.screenshots import SCREENSHOTS
from tests.helpers.widgets import ALT, CTRL
from tests.helpers.widgets import press_visible as press

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def tender(tmp_path_factory, tmp_path):
    path = tmp_path / "scoring.coopeval"
    return path, staged(tmp_path_factory, path)


@pytest.fixture
def scoring(qtbot, window, tender):
    """The main window on the tender, showing the Scoring page, active so its shortcuts work."""
    path, t = tender
    assert window.file_actions.open_path(path)
    window.reload_tenders(t.tender)
    page = window.select_page("Scoring")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window, page, t


def be(qtbot, page, member_id: int) -> None:
    """Say who I am with the keyboard: focus the combo and step down to my name."""
    page.ui.member.setFocus()
    qtbot.keyClick(page.ui.member, Qt.Key.Key_Home)
    for _ in range(page.ui.member.findData(member_id)):
        qtbot.keyClick(page.ui.member, Qt.Key.Key_Down)
    assert page.ui.member.currentData() == member_id


def declared(qtbot, page, member_id: int) -> None:
    be(qtbot, page, member_id)
    press(qtbot, page.ui.declaration.none_button)
    assert page.ui.stack.currentWidget() is page.ui.work


def shown_text(root: QWidget) -> str:
    """Every piece of text the page shows (labels, editors, lists, buttons, combo items)."""
    parts = []
    for w in [root, *root.findChildren(QWidget)]:
        if isinstance(w, QLabel):
            parts.append(w.text())
        elif isinstance(w, QPlainTextEdit):
            parts.append(w.toPlainText())
        elif isinstance(w, QLineEdit):
            parts.append(w.text())
        elif isinstance(w, QAbstractButton):
            parts.append(w.text())
        elif isinstance(w, QListWidget):
            parts.extend(w.item(n).text() + w.item(n).toolTip() for n in range(w.count()))
        elif isinstance(w, QComboBox):
            parts.extend(w.itemText(n) for n in range(w.count()))
    return "\n".join(parts)


def walk(qtbot, page) -> list[str]:
    """Visit every item from the first with Alt+Right, collecting what the page shows on each."""
    page.ui.item_list.setFocus()
    qtbot.keyClick(page.ui.item_list, Qt.Key.Key_Home)
    seen = []
    for _ in range(len(page.items)):
        seen.append(shown_text(page))
        qtbot.keyClick(page.ui.item_list, Qt.Key.Key_Right, ALT)
    return seen


def stored_scores(path: Path, member_id: int) -> dict:
    with Workspace.open(path) as ws:
        return {(s.bid_id, s.measure_id): s for s in evaluation.my_scores(ws, member_id)}


def test_undeclared_evaluator_sees_no_bid_until_declaring(qtbot, scoring):
    win, page, t = scoring
    assert page.ui.stack.currentWidget() is page.ui.message  # nobody chosen yet
    be(qtbot, page, t.priya)
    assert page.ui.stack.currentWidget() is page.ui.declaration
    assert "Declare any conflict of interest first" in page.ui.declaration.message.text()
    text = shown_text(page)
    assert page.ui.item_list.count() == 0
    assert "elects a five-person" not in text  # the bidders are named (whom to declare about); no bid is shown
    press(qtbot, page.ui.declaration.none_button)
    assert page.ui.stack.currentWidget() is page.ui.work
    assert page.ui.item_list.count() == 9 and "Riverside Meals" in page.ui.item_view.text.text()
    assert page.ui.progress.text() == "0 of 9 scored"


def answer_dialog(qtbot, interest: str, nature: str, concerning: str, details: str) -> None:
    """Fill in the Declare-an-interest dialog once it opens (it is modal), by keyboard."""
    def fill():
        dialog = QApplication.activeModalWidget()
        for combo, data in ((dialog.interest, interest), (dialog.nature, nature)):
            combo.setCurrentIndex(combo.findData(data))
        dialog.concerning.setCurrentIndex(dialog.concerning.findText(concerning))
        qtbot.keyClicks(dialog.details, details)
        dialog.accept()
    QTimer.singleShot(0, fill)


def test_an_interest_waits_for_the_officer_and_says_so(qtbot, scoring):
    win, page, t = scoring
    be(qtbot, page, t.priya)
    answer_dialog(qtbot, "financial", "potential", "The tender as a whole", "Shares in a food wholesaler.")
    press(qtbot, page.ui.declaration.interest_button)
    assert page.ui.stack.currentWidget() is page.ui.declaration
    assert "Waiting for the officer" in page.ui.declaration.message.text()
    assert "awaits the officer's resolution" in page.ui.declaration.message.text()
    assert not page.ui.declaration.none_button.isVisibleTo(page) and page.ui.item_list.count() == 0
    (declaration,) = [d for d in win.controller.read(panel.register, t.tender) if d.member_id == t.priya]
    assert win.controller.op(panel.resolve, declaration.id, resolution="mitigated",
                             note="No dealings with bidders.").ok
    assert page.ui.stack.currentWidget() is page.ui.work and page.ui.item_list.count() == 9


def test_excluded_member_never_sees_that_bid(qtbot, scoring):
    win, page, t = scoring
    be(qtbot, page, t.tom)
    answer_dialog(qtbot, "personal", "actual", "Greenway Kitchens", "My sister manages Greenway's kitchens.")
    press(qtbot, page.ui.declaration.interest_button)
    assert page.ui.item_list.count() == 6  # the other two bids, at once; Greenway waits for the officer
    assert "1 bid(s) stay hidden until the officer resolves" in page.ui.banner.text()
    (interest,) = [d for d in win.controller.read(panel.register, t.tender) if d.bid_id is not None]
    assert win.controller.op(panel.resolve, interest.id, resolution="excluded").ok
    assert "1 bid(s) are hidden: a conflict of interest excludes you" in page.ui.banner.text()
    assert {i.bid_id for i in page.items} == {t.bids[0], t.bids[2]}
    for text in walk(qtbot, page):
        assert "Greenway" not in text and "GKM-002" not in text


def test_one_evaluator_scores_every_item_by_keyboard_then_submits(qtbot, scoring, tender, monkeypatch):
    win, page, t = scoring
    questions = []
    monkeypatch.setattr("coopeval.ui.scoring.submission.QMessageBox.question",
                        lambda parent, title, text: questions.append(text) or QMessageBox.StandardButton.Yes)
    declared(qtbot, page, t.priya)
    page.ui.item_list.setFocus()
    qtbot.keyClick(page.ui.item_list, Qt.Key.Key_4)  # a plain digit, outside the text editors
    assert page.ui.editor.descriptor.text().startswith("<b>4 — Good</b>")
    qtbot.keyClick(page.ui.item_list, Qt.Key.Key_R, ALT)  # to the rationale, by its mnemonic
    rationale = page.ui.editor.rationale
    assert QApplication.focusWidget() is rationale
    for n in range(len(page.items)):
        if n == 4:  # abstain on one item, with a reason
            qtbot.keyClick(rationale, Qt.Key.Key_A, ALT)
            qtbot.waitUntil(page.ui.editor.abstain.isChecked)
            assert QApplication.focusWidget() is page.ui.editor.abstain_reason
            qtbot.keyClicks(page.ui.editor.abstain_reason, "I advised this bidder last year")
            qtbot.keyClick(page.ui.editor.abstain_reason, Qt.Key.Key_R, ALT)
        elif 0 < n < len(page.items) - 1:
            qtbot.keyClick(rationale, getattr(Qt.Key, f"Key_{n % 6}"), ALT)
        if n < len(page.items) - 1:  # the last is left unscored, to be refused
            qtbot.keyClicks(rationale, f"{NOTE} ({n})")
            qtbot.keyClick(rationale, Qt.Key.Key_Right, ALT)
    assert page.index == len(page.items) - 1 and rationale.toPlainText() == ""
    assert page.ui.progress.text() == "8 of 9 scored"
    qtbot.keyClick(rationale, Qt.Key.Key_Return, CTRL)  # submit: refused, saying why
    assert page.ui.notice.isVisibleTo(page)
    assert "You cannot submit yet: 1 item(s) not scored" in page.ui.notice.text()
    assert questions == [] and not page.sheet.submitted
    page.go_to(0)
    qtbot.keyClick(rationale, Qt.Key.Key_U, CTRL)  # the first unscored item: the last one
    assert page.index == len(page.items) - 1
    qtbot.keyClick(rationale, Qt.Key.Key_3, ALT)
    qtbot.keyClicks(rationale, "Short.")
    assert "Rationale too short" in page.ui.editor.flag.text()
    qtbot.keyClick(rationale, Qt.Key.Key_Return, CTRL)
    assert len(questions) == 1 and "1 rationale(s) are shorter than this tender's minimum of 30" in questions[0]
    assert page.sheet.submitted and "submitted your scores" in page.ui.banner.text()
    assert rationale.isReadOnly() and not any(b.isEnabled() for b in page.ui.editor.buttons)
    assert not page.ui.editor.abstain.isEnabled() and not page.ui.submit_button.isEnabled()
    qtbot.keyClick(rationale, Qt.Key.Key_5, ALT)  # read-only: the score does not move
    assert page.ui.editor.draft().value == 3
    win.close()
    scores = stored_scores(tender[0], t.priya)
    assert len(scores) == 9 and all(s.status == "submitted" for s in scores.values())
    by_position = [scores[i.key] for i in sorted(page.items, key=lambda i: (i.bid_id, i.measure_position))]
    assert [s.value for s in by_position] == [4, 1, 2, 3, None, 5, 0, 1, 3]
    assert by_position[4].abstained and by_position[4].abstain_reason == "I advised this bidder last year"
    assert by_position[1].rationale == f"{NOTE} (1)" and by_position[8].rationale == "Short."


def test_a_fixed_member_cannot_be_changed_until_freed(qtbot, scoring):
    """What pack mode asks: "I am" set to the pack's member and locked; then free again."""
    win, page, t = scoring
    page.fix_member(t.priya)
    assert page.member_id == t.priya and page.ui.member.currentData() == t.priya
    assert not page.ui.member.isEnabled() and page.ui.stack.currentWidget() is page.ui.declaration
    press(qtbot, page.ui.declaration.none_button)
    assert page.ui.stack.currentWidget() is page.ui.work and page.ui.item_list.count() == 9
    page.fix_member(None)
    assert page.ui.member.isEnabled() and page.member_id == t.priya
    be(qtbot, page, t.tom)
    assert page.member_id == t.tom and page.ui.stack.currentWidget() is page.ui.declaration


def test_order_by_measure_gives_each_measures_bids_together(qtbot, scoring, settings):
    win, page, t = scoring
    declared(qtbot, page, t.priya)
    page.ui.order.setFocus()
    qtbot.keyClick(page.ui.order, Qt.Key.Key_Down)
    assert page.ui.order.currentData() == "by_measure" and settings.scoring_order == "by_measure"
    rows = [page.ui.item_list.item(n).text().split("\n")[0] for n in range(page.ui.item_list.count())]
    assert rows[:3] == ["○ CV-PA-01 · Riverside Meals", "○ CV-PA-01 · Greenway Kitchens",
                        "○ CV-PA-01 · Civic Food Services plc"]
    assert [r.split(" · ")[0] for r in rows] == ["○ CV-PA-01"] * 3 + ["○ CV-PA-05"] * 3 + ["○ CV-WB-03"] * 3
    assert [i.key for i in page.items] == [(b, m) for m in t.qualitative for b in t.bids]


def test_short_rationale_is_flagged_in_words(qtbot, scoring):
    win, page, t = scoring
    declared(qtbot, page, t.priya)
    flag = page.ui.editor.flag
    assert flag.isVisibleTo(page) and "No rationale yet" in flag.text()
    qtbot.keyClicks(page.ui.editor.rationale, "Vague on pay.")
    assert flag.isVisibleTo(page)
    assert flag.text() == "⚠ Rationale too short: 13 characters; this tender asks for at least 30."
    qtbot.keyClicks(page.ui.editor.rationale, " No named body decides anything.")
    assert not flag.isVisibleTo(page)


def test_autosave_after_a_pause_survives_closing_without_any_save(qtbot, scoring, tender, monkeypatch):
    win, page, t = scoring
    declared(qtbot, page, t.priya)
    assert page.ui.editor.status.text() == "Nothing saved for this item yet."
    qtbot.keyClicks(page.ui.editor.rationale, NOTE)
    typed = time.monotonic()
    qtbot.waitUntil(lambda: page.ui.editor.status.text().startswith("Saved at"), timeout=3000)
    assert time.monotonic() - typed < 1.0  # saved within a second of typing pausing
    assert not page.autosaver.timer.isActive() and not page.autosaver.dirty
    # Close as a crash would: no flush, no save on hiding. Only the autosave can have kept the note.
    win.controller.about_to_close.disconnect(page.flush)  # no flush at closing
    monkeypatch.setattr(page.autosaver, "save_now", lambda: True)
    win.close()
    assert stored_scores(tender[0], t.priya)[page.items[0].key].rationale == NOTE


def test_closing_the_window_saves_text_typed_within_the_delay(qtbot, scoring, tender):
    win, page, t = scoring
    declared(qtbot, page, t.priya)
    qtbot.keyClicks(page.ui.editor.rationale, NOTE)
    assert page.autosaver.timer.isActive()  # not yet saved: closing must save it
    assert win.controller.read(evaluation.my_scores, t.priya) == []
    win.close()
    assert stored_scores(tender[0], t.priya)[page.items[0].key].rationale == NOTE


def test_a_killed_process_loses_at_most_the_last_second(tender):
    path, t = tender
    with Workspace.open(path) as ws:
        panel.declare(ws, t.priya, interest="none")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    child = subprocess.run([sys.executable, str(Path(__file__).with_name("autosave_child.py")), str(path),
                            str(t.priya), "Typed a second ago.", " Typed just now."],
                           cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert "typed" in child.stdout, child.stdout + child.stderr
    assert child.returncode != 0  # killed, not closed
    scores = stored_scores(path, t.priya)
    assert scores[(t.bids[0], t.qualitative[0])].rationale == "Typed a second ago."


def test_blind_a_second_evaluator_never_sees_the_firsts_scores(qtbot, scoring):
    win, page, t = scoring
    ws = win.controller.workspace
    panel.declare(ws, t.tom, interest="none")
    for b in t.bids:
        for m in t.qualitative:
            evaluation.save_score(ws, t.tom, b, m, value=5, rationale="TOM-PRIVATE-NOTE", evidence_refs="TOM-REF")
    declared(qtbot, page, t.priya)
    assert page.ui.progress.text() == "0 of 9 scored"
    for text in walk(qtbot, page):
        assert "TOM-PRIVATE-NOTE" not in text and "TOM-REF" not in text and "scored 5" not in text
    assert all(not b.isChecked() for b in page.ui.editor.buttons)
    qtbot.keyClick(page.ui.item_list, Qt.Key.Key_2)
    qtbot.keyClicks(page.ui.editor.rationale, "PRIYA-OWN-NOTE")
    be(qtbot, page, t.tom)  # switching saves Priya's note as hers, then shows Tom only his own
    assert page.ui.progress.text() == "9 of 9 scored"
    for text in walk(qtbot, page):
        assert "PRIYA-OWN-NOTE" not in text and "TOM-PRIVATE-NOTE" in text
    mine = {s.rationale for s in win.controller.read(evaluation.my_scores, t.priya)}
    assert mine == {"PRIYA-OWN-NOTE"}


def test_a_refused_save_keeps_the_text_and_says_why(qtbot, scoring, monkeypatch):
    win, page, t = scoring
    declared(qtbot, page, t.priya)
    bids.withdraw_bid(win.controller.workspace, t.bids[0], "Withdrew on 3 March")  # behind the page's back
    qtbot.keyClicks(page.ui.editor.rationale, NOTE)
    qtbot.waitUntil(lambda: page.ui.editor.status.text().startswith("Not saved"), timeout=3000)
    assert "has withdrawn; its bid is not scored" in page.ui.editor.status.text()
    assert page.ui.editor.rationale.toPlainText() == NOTE
    assert "NOT SAVED" in page.ui.item_list.item(0).text()
    qtbot.keyClick(page.ui.editor.rationale, Qt.Key.Key_Right, ALT)
    qtbot.keyClick(page.ui.editor.rationale, Qt.Key.Key_Left, ALT)
    assert page.ui.editor.rationale.toPlainText() == NOTE  # kept, and shown again
    shown = []
    monkeypatch.setattr("coopeval.ui.pages.scoring.show_unsaved", lambda parent, notes: shown.extend(notes))
    win.close()
    assert [(label, draft.rationale) for label, draft, _ in shown] == [("CV-PA-01 · Riverside Meals", NOTE)]


def test_screenshots(qtbot, scoring, monkeypatch):
    win, page, t = scoring
    win.resize(1280, 800)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    be(qtbot, page, t.priya)
    qtbot.wait(10)
    win.grab().save(str(SCREENSHOTS / "scoring-declare.png"))
    press(qtbot, page.ui.declaration.none_button)
    page.ui.item_list.setFocus()
    notes = ("Strengths: an elected contract council that decides rotas, the training budget and 10% of "
             "surplus; meets monthly in paid time. Weaknesses: no minutes yet, as the council is new. "
             "Evidence: Method statement pp. 4-6; rules at Appendix C.",
             "Strengths: quarterly open-book accounts, published within 30 days. Weaknesses: no detail of "
             "what the published accounts include.", "Strengths: worker-elected safety reps in every kitchen.")
    for value, note in zip((5, 3, 3), notes, strict=True):
        qtbot.keyClick(page.ui.item_list, getattr(Qt.Key, f"Key_{value}"))
        qtbot.keyClicks(page.ui.editor.rationale, note)
        page.next_item()
    page.go_to(3)
    qtbot.keyClick(page.ui.item_list, Qt.Key.Key_3)
    qtbot.keyClicks(page.ui.editor.rationale,
                    "Strengths: a staff forum that meets quarterly. Weaknesses: it decides nothing")
    qtbot.keyClicks(page.ui.editor.evidence, "Method statement p. 9")
    qtbot.waitUntil(lambda: not page.autosaver.dirty, timeout=3000)
    qtbot.wait(10)
    win.grab().save(str(SCREENSHOTS / "scoring.png"))
    page.submit()
    assert page.ui.notice.isVisibleTo(page)
    win.grab().save(str(SCREENSHOTS / "scoring-submit-refused.png"))


def test_opening_another_workspace_saves_the_note_in_the_first_never_the_second(
        qtbot, scoring, tender, tmp_path_factory, tmp_path, monkeypatch):
    win, page, t = scoring
    declared(qtbot, page, t.priya)
    other = tmp_path / "other" / "other.coopeval"
    other.parent.mkdir()
    staged(tmp_path_factory, other)  # the same ids: a note saved there would land on a real item
    with Workspace.open(other) as ws:
        panel.declare(ws, t.priya, interest="none")
    qtbot.keyClicks(page.ui.editor.rationale, NOTE)
    assert page.autosaver.timer.isActive()  # typed a moment ago, not yet saved
    shown = []
    monkeypatch.setattr("coopeval.ui.pages.scoring.show_unsaved", lambda parent, notes: shown.extend(notes))
    assert win.file_actions.open_path(other)
    assert shown == [] and page.member_id is None and page.ui.stack.currentWidget() is page.ui.message
    assert win.controller.read(evaluation.my_scores, t.priya) == []
    win.close()
    assert stored_scores(tender[0], t.priya)[(t.bids[0], t.qualitative[0])].rationale == NOTE


def test_a_note_that_cannot_be_saved_before_a_switch_is_shown_not_written_elsewhere(
        qtbot, scoring, tmp_path_factory, tmp_path, monkeypatch):
    win, page, t = scoring
    declared(qtbot, page, t.priya)
    other = tmp_path / "other" / "other.coopeval"
    other.parent.mkdir()
    staged(tmp_path_factory, other)
    with Workspace.open(other) as ws:
        panel.declare(ws, t.priya, interest="none")
    qtbot.keyClicks(page.ui.editor.rationale, NOTE)
    win.controller.about_to_close.disconnect(page.flush)  # as if the old file could not be written at closing
    shown = []
    monkeypatch.setattr("coopeval.ui.pages.scoring.show_unsaved", lambda parent, notes: shown.extend(notes))
    assert win.file_actions.open_path(other)
    assert [(label, draft.rationale) for label, draft, _ in shown] == [("CV-PA-01 · Riverside Meals", NOTE)]
    assert "closed before this note could be saved" in shown[0][2]
    assert win.controller.read(evaluation.my_scores, t.priya) == []


def test_every_control_has_an_accessible_name(qtbot, scoring):
    win, page, t = scoring
    declared(qtbot, page, t.priya)
    unnamed = [f"{type(w).__name__} {getattr(w, 'text', lambda: '')()!r}" for w in page.findChildren(QWidget)
               if w.focusPolicy() != Qt.FocusPolicy.NoFocus and not w.accessibleName()
               and w.window() is win  # not the combo boxes' own pop-up lists
               and not isinstance(w.parent(), (QListWidget, QPlainTextEdit))]  # their own viewports
    assert unnamed == []


def test_an_interest_in_one_bid_records_only_that_and_opens_the_others(qtbot, scoring):
    """Declaring an interest in one bid adds no "whole tender — no interest" the member never made;
    the member scores the other bids at once."""
    win, page, t = scoring
    be(qtbot, page, t.priya)
    answer_dialog(qtbot, "professional", "potential", "Civic Food Services plc", "I advised Civic Food last year.")
    press(qtbot, page.ui.declaration.interest_button)
    mine = [d for d in win.controller.read(panel.register, t.tender) if d.member_id == t.priya]
    assert [(d.bid_id, d.interest) for d in mine] == [(t.bids[2], "professional")]
    assert page.ui.stack.currentWidget() is page.ui.work and page.ui.item_list.count() == 6
    assert {i.bid_id for i in page.items} == {t.bids[0], t.bids[1]}
    assert "1 bid(s) stay hidden until the officer resolves" in page.ui.banner.text()


def test_the_declaration_prompt_names_the_bidders_beside_no_interest(qtbot, scoring):
    """"I have no interest to declare" is said about named bidders (every bid not withdrawn), never
    about bids the member cannot see listed; their responses stay hidden until the member declares."""
    win, page, t = scoring
    assert win.controller.op(bids.withdraw_bid, t.bids[1], reason="Withdrew.").ok
    be(qtbot, page, t.priya)
    prompt = page.ui.declaration
    assert page.ui.stack.currentWidget() is prompt and prompt.bidders.isVisibleTo(page)
    listed = prompt.bidders.text()
    assert "Riverside Meals" in listed and "Civic Food Services plc" in listed and "Greenway" not in listed
    assert "elects a five-person" not in shown_text(page) and page.ui.item_list.count() == 0
    press(qtbot, prompt.none_button)
    assert page.ui.stack.currentWidget() is page.ui.work and page.ui.item_list.count() == 6


def test_the_next_item_is_made_ready_while_the_evaluator_reads(qtbot, scoring, monkeypatch):
    """Moving on after reading swaps in a document already parsed; the text shown is the item's own."""
    from PySide6.QtGui import QTextDocument

    from coopeval.ui.pages.scoring import PREPARE_AFTER_MS

    window, page, t = scoring
    declared(qtbot, page, t.priya)
    assert len(page.items) >= 3
    page.go_to(0)
    qtbot.wait(PREPARE_AFTER_MS + 100)  # reading the first item
    parsed: list[str] = []
    real = QTextDocument.setHtml
    monkeypatch.setattr(QTextDocument, "setHtml", lambda doc, html: (parsed.append(html), real(doc, html))[1])
    page.next_item()
    assert parsed == [], "the next item was parsed on the move, not while the first was read"
    second = page.items[1]
    assert second.bid_name in page.ui.item_view.toPlainText() and second.title in page.ui.item_view.toPlainText()
    assert page.ui.item_view.text.text() == page.ui.item_view.html(
        second, page.sheet.scale, f"Item 2 of {len(page.items)}", page.sheet.commitments.get(second.bid_id, ()))
    page.ui.item_view.forget_prepared()
    page.next_item()  # nothing prepared: parsed on the move, and still right
    assert len(parsed) == 1 and page.items[2].title in page.ui.item_view.toPlainText()
