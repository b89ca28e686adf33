"""The Sign-off page driven through its real widgets on a real workspace file: blocked by a missing
consensus (whose link goes to the Moderation page), then completed — a statement is required,
each member signs once per round, only the chair finalises, a backup is taken — after which every
edit is refused by the services and the pages show read-only; then reopened by an officer with a
reason, back to moderation in a new round. The Results page says provisional, final, provisional."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from coopeval.domain.lifecycle import LifecycleError
from coopeval.domain.numbers import InputError
from coopeval.services.bids import entry as bids
from coopeval.services.evaluation import scores as evaluation
from coopeval.services.moderation import consensus as moderation
from coopeval.services.panel import members as panel
from coopeval.services.setup import tenders
from coopeval.services.signoff import actions as signoff
from coopeval.services.signoff.view import CONSENSUS, SIGNATURES
from coopeval.storage import audit
from coopeval.storage.backups import list_backups
from coopeval.ui.signoff import signatures
from tests.helpers.hand_worked import REFERENCE, hand_worked_tender
from tests.helpers.screenshots import SCREENSHOTS
from tests.helpers.signoff_page import STATEMENT, sign_as
from tests.helpers.widgets import choose, press, unnamed_controls


def assert_locked(*edits) -> None:
    """Read-only text fields that look it: not drawn on an editable white, but on the window's colour."""
    for edit in edits:
        assert edit.isReadOnly() or not edit.isEnabled(), edit.accessibleName()
        palette = edit.palette()
        assert palette.color(QPalette.ColorRole.Base) == palette.color(QPalette.ColorRole.Window), edit.accessibleName()


@pytest.fixture
def signing(window, tmp_path):
    """The window on a tender in moderation whose consensus for HW-C × LOC-03 is still missing."""
    assert window.file_actions.open_path(tmp_path / "signoff.coopeval", create=True)
    t = hand_worked_tender(window.controller.workspace, leave_out=("HW-C", "LOC-03"))
    window.reload_tenders(t.tender_id)
    return window, t


def test_signoff_blocked_then_completed_then_reopened(qtbot, signing, monkeypatch):
    win, t = signing
    ws = win.controller.workspace
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text: asked.append(text) or QMessageBox.StandardButton.Yes)
    results = win.select_page("Results")
    assert "PROVISIONAL" in results.status.text()

    # Blocked: one consensus is missing, and its link goes to where it is fixed.
    page = win.select_page("Sign-off")
    checklist = page.checklist
    assert checklist.texts[CONSENSUS].text() == "1 bid × measure item(s) have no consensus score."
    assert checklist.marks[CONSENSUS].text() == "✗ To do"  # in words, not colour alone
    assert checklist.links[CONSENSUS].isVisible() and checklist.links[CONSENSUS].text() == "Go to Moderation"
    assert not page.sign_button.isEnabled() and not page.finalise_button.isEnabled()
    assert unnamed_controls(page) == []
    with pytest.raises(LifecycleError, match="1 bid × measure item"):
        signoff.sign(ws, t.evaluator, STATEMENT)  # the service refuses too, not just the button
    press(qtbot, checklist.links[CONSENSUS])
    assert win.tabs.currentWidget() is win.select_page("Moderation")
    assert win.controller.op(moderation.record_consensus, t.bids["HW-C"], t.measures["LOC-03"],
                             rationale="19 hours is below the first band.", present=["Ann", "Cal"]).ok

    # Completed: a statement is required; each member signs once; only the chair finalises.
    page = win.select_page("Sign-off")
    assert checklist.marks[CONSENSUS].text() == "✓ Done" and not checklist.links[CONSENSUS].isVisible()
    assert checklist.texts[SIGNATURES].text() == "Still to sign this round: Ann, Cal."
    sign_as(qtbot, page, t.evaluator, "")
    assert page.message.text() == "The sign-off statement is required." and page.signatures.rowCount() == 0
    sign_as(qtbot, page, t.evaluator, STATEMENT)
    assert page.message.text() == "Ann has signed off."
    row = [page.signatures.index(0, c).data() for c in range(5)]
    assert row[:4] == ["1", "Ann", "Evaluator", STATEMENT] and row[4] == signatures.when_text(signoff.list_signoffs(ws, t.tender_id)[0].signed_at)
    assert page.member.findData(t.evaluator) == -1  # Ann is no longer offered: one signature per round
    with pytest.raises(InputError, match="already signed off this round"):
        signoff.sign(ws, t.evaluator, STATEMENT)
    assert not page.finalise_button.isEnabled()  # Cal has still to sign
    page.window().resize(1280, 800)
    QApplication.processEvents()
    assert page.window().grab().save(str(SCREENSHOTS / "signoff.png"))
    sign_as(qtbot, page, t.chair, "I confirm, as chair, that the evaluation was fair.")
    with pytest.raises(LifecycleError, match="Only the panel's chair"):
        signoff.finalise(ws, REFERENCE, t.evaluator)
    assert [page.chair.itemData(i) for i in range(page.chair.count())] == [t.chair]
    press(qtbot, page.finalise_button)
    assert "Finalise the sign-off of HW-2026-001?" in asked[-1]
    assert tenders.get_tender(ws, t.tender_id).status == "signed_off"
    assert page.message.text() == "Signed off. A backup of the workspace was taken."
    assert any("signed-off-HW-2026-001" in b.path.name for b in list_backups(ws.path))

    # Nothing can change, at the service...
    m, bid = t.measures["LOC-02"], t.bids["HW-A"]
    for refused in (lambda: tenders.update_tender(ws, t.tender_id, title="Changed"),
                    lambda: tenders.set_measure(ws, m, weight="40"),
                    lambda: bids.add_bid(ws, t.tender_id, identifier="HW-D", legal_name="Late Ltd"),
                    lambda: bids.update_bid(ws, bid, legal_name="Renamed Ltd"),
                    lambda: bids.set_response(ws, bid, m, quantity="30"),
                    lambda: bids.withdraw_bid(ws, bid, "Changed their mind"),
                    lambda: evaluation.save_score(ws, t.evaluator, bid, t.measures["CV-PA-01"], value=1, rationale="x" * 40),
                    lambda: moderation.record_consensus(ws, bid, m, rationale="Changed.", accepted_quantity="20",
                                                        quantity_reason="Second thoughts."),
                    lambda: panel.add_member(ws, t.tender_id, name="Late", role="evaluator"),
                    lambda: signoff.sign(ws, t.evaluator, STATEMENT)):
        with pytest.raises(LifecycleError):
            refused()
    # ...and in the UI.
    assert not page.sign_box.isVisible() and not page.finalise_box.isVisible()
    assert page.state_note.text().startswith("<b>Signed off</b>") and page.reopen_box.isVisible()
    assert "FINAL" in win.select_page("Results").status.text()
    assert not win.select_page("Set-up").start_button.isEnabled()
    assert not win.select_page("Bids").new_button.isEnabled()
    # The signatures read as their heading says: newest first (Cal signed after Ann).
    assert "newest first" in page.signatures_heading.text()
    assert [page.signatures.index(r, signatures.MEMBER).data() for r in range(2)] == ["Cal", "Ann"]
    scoring = win.select_page("Scoring")
    scoring.ui.member.setCurrentIndex(scoring.ui.member.findData(t.evaluator))
    assert not scoring.editable
    # Each page says the tender is signed off (not "until moderation", not "evaluation has started"), and its
    # locked fields look locked: read-only on the window's colour, or greyed out; none takes an edit.
    assert scoring.ui.banner.text().startswith("This tender is signed off")
    assert "until moderation" not in scoring.ui.banner.text()
    editor = scoring.ui.editor
    assert_locked(editor.rationale, editor.evidence, editor.abstain_reason)
    assert not editor.abstain.isEnabled() and not any(b.isEnabled() for b in editor.buttons)
    qtbot.keyClicks(editor.rationale, "more")
    assert "more" not in editor.rationale.toPlainText()
    setup = win.select_page("Set-up")
    assert "signed off" in setup.banner.text() and "evaluation has started" not in setup.banner.text()
    details = setup.details
    assert not any(w.isEnabled() for w in (details.title_edit, details.authority, details.value, details.duration,
                                           details.scale, details.section_weight, details.description))
    bids_page = win.select_page("Bids")
    form = bids_page.details
    assert form.record_widgets()
    assert_locked(form.identifier, form.legal_name, form.address, bids_page.responses.text,
                  *(w for w in form.record_widgets() if isinstance(w, QLineEdit)))
    assert not any(w.isEnabled() for w in form.record_widgets() if not isinstance(w, QLineEdit))

    # Reopen: an officer, with a reason, recorded; back to moderation in a new round.
    page = win.select_page("Sign-off")
    assert [page.officer.itemData(i) for i in range(page.officer.count())] == [t.officer]
    press(qtbot, page.reopen_button)
    assert page.message.text() == "Give a reason for reopening; it is kept in the audit log."
    assert tenders.get_tender(ws, t.tender_id).status == "signed_off"
    page.reason.setFocus()
    qtbot.keyClicks(page.reason, "HW-A's accepted weeks were mistyped.")
    press(qtbot, page.reopen_button)
    assert "Reopen HW-2026-001?" in asked[-1]
    assert tenders.get_tender(ws, t.tender_id).status == "moderation"
    with ws.reading() as session:
        event = audit.history(session, tender_ref=REFERENCE)[-1]
    assert (event.action, event.note) == ("reopen", "HW-A's accepted weeks were mistyped. (reopened by Oli)")
    assert page.state_note.text().startswith("<b>Not signed off</b>") and "round 2" in page.state_note.text()
    assert "Reopened" in page.history.text() and "mistyped" in page.history.text()
    assert checklist.texts[SIGNATURES].text() == "Still to sign this round: Ann, Cal."
    assert page.sign_button.isEnabled() and page.signatures.rowCount() == 2  # round 1's signatures are kept
    sign_as(qtbot, page, t.evaluator, STATEMENT)  # Ann signs again, in round 2
    assert page.signatures.index(0, signatures.ROUND).data() == "2"
    assert "PROVISIONAL" in win.select_page("Results").status.text()


def test_each_member_is_offered_the_standard_statement_to_confirm(qtbot, window, tmp_path):
    assert window.file_actions.open_path(tmp_path / "statement.coopeval", create=True)
    t = hand_worked_tender(window.controller.workspace)
    window.reload_tenders(t.tender_id)
    page = window.select_page("Sign-off")
    standard = page.statement.toPlainText()  # the first member to sign is chosen, and offered the statement
    assert page.member.currentData() == t.evaluator
    assert standard.startswith("I confirm that I scored each bid independently before moderation")
    choose(qtbot, page.member, t.chair)  # choosing a member fills the box for them to read
    assert page.statement.toPlainText() == standard
    page.statement.setFocus()
    qtbot.keyClick(page.statement, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.statement, " As chair, I saw no undeclared interest.")
    edited = standard + " As chair, I saw no undeclared interest."
    page.reload()  # a change elsewhere reloads the page: what the member typed stays
    assert page.member.currentData() == t.chair and page.statement.toPlainText() == edited
    press(qtbot, page.sign_button)  # signing records what is in the box
    assert page.message.text() == "Cal has signed off."
    assert [s.statement for s in signoff.list_signoffs(window.controller.workspace, t.tender_id)] == [edited]
    assert page.signatures.index(0, signatures.STATEMENT).data() == edited
    assert page.member.currentData() == t.evaluator and page.statement.toPlainText() == standard  # Ann's turn
    press(qtbot, page.sign_button)  # confirmed as offered
    assert [page.signatures.index(r, signatures.STATEMENT).data() for r in range(2)] == [standard, edited]
    assert page.member.count() == 0 and page.statement.toPlainText() == ""  # nobody left to sign
