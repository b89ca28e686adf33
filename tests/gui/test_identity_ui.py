"""Signing in on the desktop: the first officer and the recovery code shown once, sign in / out /
switch, wrong passphrases, the idle time-out, and what each page shows of whom.

Marked `identity`: every workspace starts with nobody signed in, and people sign in through the
real services with real passphrases (no `Everyone` stand-in)."""

from __future__ import annotations

from contextlib import contextmanager

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QApplication, QMessageBox

from coopeval.services.evaluation import scores as evaluation
from coopeval.services.identity import people, sessions
from coopeval.services.panel import members as panel
from coopeval.services.workspace import Workspace
from coopeval.ui.identity.codes import CodeDialog
from coopeval.ui.identity.dialogs import FIRST, RECOVER, RESET, SIGN_IN, FirstOfficerDialog, SignInDialog
from tests.helpers import scoring as scoring_tender
from tests.helpers import workspaces
from tests.helpers.identity import Everyone
from tests.helpers.screenshots import save
from tests.helpers.signoff_page import STATEMENT

pytestmark = pytest.mark.identity

JO, PRIYA, TOM = "Jo Okafor", "Priya Shah", "Tom Baker"
PASSPHRASES = {JO: "officer jo passphrase", PRIYA: "priya green kettle", TOM: "tom blue harbour"}
TOM_NOTE = "Tom's private rationale: the council minutes are thin."


@contextmanager
def as_everyone(monkeypatch: pytest.MonkeyPatch):
    """Build shared templates as the tests' stand-in (they are not about who is signed in)."""
    original = Workspace.__init__

    def init(self: Workspace, *args: object, **kwargs: object) -> None:
        original(self, *args, **kwargs)  # type: ignore[arg-type]
        self.person = Everyone()

    with monkeypatch.context() as m:
        m.setattr(Workspace, "__init__", init)
        yield


@pytest.fixture
def tender(tmp_path_factory, tmp_path, monkeypatch):
    """The scoring tender with real people: Jo the first officer, Priya and Tom with passphrases; Tom
    has declared and saved a score with a rationale. Nobody is signed in afterwards."""
    path = tmp_path / "identity.coopeval"
    with as_everyone(monkeypatch):
        t = scoring_tender.staged(tmp_path_factory, path)
    with Workspace.open(path) as ws:
        people.create_first_officer(ws, name=JO, passphrase=PASSPHRASES[JO])
        people.set_passphrase(ws, PRIYA, PASSPHRASES[PRIYA])
        panel.declare(ws, t.priya, interest="none")
        people.set_passphrase(ws, TOM, PASSPHRASES[TOM])
        panel.declare(ws, t.tom, interest="none")
        evaluation.save_score(ws, t.tom, t.bids[0], t.qualitative[0], value=3, rationale=TOM_NOTE)
        sessions.sign_out(ws)
    return path, t


@pytest.fixture
def opened(window, tender):
    path, t = tender
    assert window.file_actions.open_path(path)
    window.reload_tenders(t.tender)
    return window, t


def sign_in(qtbot, window, name: str, passphrase: str | None = None) -> SignInDialog:
    dialog = window.session.sign_in(name)
    assert isinstance(dialog, SignInDialog) and dialog.isVisible()
    assert dialog.person.currentText() == name
    dialog.passphrase.setText(passphrase if passphrase is not None else PASSPHRASES[name])
    dialog.ok_button.click()
    return dialog


def page_text(widget) -> str:
    """Everything the page shows in text: labels, edits, lists."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QTextEdit

    parts = []
    for child in widget.findChildren(object):
        if isinstance(child, (QLabel, QLineEdit, QAbstractButton)):
            parts.append(child.text())
        elif isinstance(child, (QPlainTextEdit,)):
            parts.append(child.toPlainText())
        elif isinstance(child, QTextEdit):
            parts.append(child.toPlainText())
        elif isinstance(child, QListWidget):
            parts.extend(child.item(i).text() for i in range(child.count()))
    return "\n".join(parts)


# the first officer ------------------------------------------------------------------------------
def test_a_new_workspace_asks_for_its_first_officer_and_shows_the_recovery_code_once(qtbot, window, tmp_path):
    assert window.file_actions.open_path(tmp_path / "new.coopeval", create=True)
    dialog = window.session.dialog
    assert isinstance(dialog, FirstOfficerDialog) and dialog.isVisible()
    assert window.session.label.text() == "Not signed in"
    dialog.name.setText("Ann Other")
    dialog.passphrase.first.setText("short")
    assert "at least 10 characters" in dialog.passphrase.problem.text()  # the rule, said inline as it is typed
    dialog.passphrase.first.setText("ann's long passphrase")
    dialog.passphrase.second.setText("ann's long passphrasE")
    dialog.ok_button.click()
    assert dialog.isVisible() and "not the same" in dialog.passphrase.problem.text()
    dialog.passphrase.second.setText("ann's long passphrase")
    dialog.ok_button.click()
    assert not dialog.isVisible()
    assert window.session.label.text() == "Signed in as Ann Other"
    code_dialog = dialog.recovery
    assert isinstance(code_dialog, CodeDialog) and code_dialog.isVisible()
    code = code_dialog.code.text()
    assert len(code) == 24 and "only this once" in code_dialog.explanation.text()
    assert "hash" in code_dialog.explanation.text()
    code_dialog.copy_button.click()
    assert QApplication.clipboard().text() == code
    code_dialog.reject()  # Esc: refused until the code is kept
    code_dialog.close_button.click()
    assert code_dialog.isVisible() and not code_dialog.close_button.isEnabled()
    code_dialog.kept.setChecked(True)
    code_dialog.close_button.click()
    assert not code_dialog.isVisible() and code_dialog.code.text() == ""  # shown once, then forgotten
    ws = window.controller.workspace
    assert ws is not None and window.controller.read(people.has_officer)
    assert people.person(ws, "Ann Other").is_officer
    # the only officer forgot their passphrase: the recovery code resets it, and a new code is shown once
    window.session.sign_out()
    forgot = window.session.sign_in("Ann Other")
    assert isinstance(forgot, SignInDialog)
    forgot.forgot_button.click()
    assert forgot.mode == RECOVER and "only officer" in forgot.help.text()
    forgot.code.setText(code.lower().replace("-", " "))
    forgot.new.first.setText("a brand new passphrase")
    forgot.new.second.setText("a brand new passphrase")
    forgot.ok_button.click()
    assert not forgot.isVisible() and window.controller.info.person == "Ann Other"
    again = forgot.recovery
    assert isinstance(again, CodeDialog) and again.isVisible() and again.code.text() not in ("", code)
    again.kept.setChecked(True)
    again.accept()
    sessions.sign_out(ws)
    sessions.sign_in(ws, "Ann Other", "a brand new passphrase")


def test_opening_a_workspace_without_an_officer_asks_for_one(qtbot, window, tmp_path, monkeypatch):
    path = tmp_path / "old.coopeval"
    with as_everyone(monkeypatch):
        workspaces.create_workspace(path).close()
    assert window.file_actions.open_path(path)
    assert isinstance(window.session.dialog, FirstOfficerDialog)


# signing in, out and switching --------------------------------------------------------------------
def test_sign_in_switch_and_sign_out(qtbot, opened):
    window, t = opened
    session = window.session
    assert session.label.text() == "Not signed in" and session.sign_in_action.isEnabled()
    assert not session.sign_out_action.isEnabled()
    changed = []
    window.controller.signed_in_changed.connect(changed.append)
    dialog = sign_in(qtbot, window, PRIYA)
    assert not dialog.isVisible() and session.label.text() == f"Signed in as {PRIYA}"
    assert window.controller.info.person == PRIYA and changed == [PRIYA]
    switch = session.switch_user()
    assert isinstance(switch, SignInDialog) and switch.person.currentText() == PRIYA
    switch.person.setCurrentIndex(switch.person.findData(TOM))
    switch.passphrase.setText(PASSPHRASES[TOM])
    switch.ok_button.click()
    assert session.label.text() == f"Signed in as {TOM}"
    assert session.sign_out_action.shortcut().toString() == "Ctrl+L"
    session.sign_out_action.trigger()
    assert session.label.text() == "Not signed in" and window.controller.info.person is None
    assert changed == [PRIYA, TOM, None]


def test_a_wrong_passphrase_is_said_in_the_dialog(qtbot, opened):
    window, _t = opened
    dialog = sign_in(qtbot, window, PRIYA, "not priya's passphrase")
    assert dialog.isVisible()
    assert dialog.message.text() == f"That passphrase is not right for {PRIYA}."
    assert window.controller.info.person is None
    for _ in range(5):
        dialog.passphrase.setText("still wrong!!")
        dialog.ok_button.click()
    assert "wait" in dialog.message.text()  # the service's pause, said as it says it
    dialog.passphrase.setText(PASSPHRASES[PRIYA])
    dialog.ok_button.click()
    assert "wait" in dialog.message.text() and window.controller.info.person is None


def test_first_passphrase_and_forgotten_passphrase(qtbot, opened):
    window, _t = opened
    ws = window.controller.workspace
    assert ws is not None
    sessions.sign_in(ws, JO, PASSPHRASES[JO])
    people.add_person(ws, name="Sam New")
    sessions.sign_out(ws)
    dialog = window.session.sign_in("Sam New")
    assert isinstance(dialog, SignInDialog) and dialog.mode == FIRST
    assert "no passphrase yet" in dialog.state.text()
    dialog.new.first.setText("sam's own passphrase")
    dialog.new.second.setText("sam's own passphrase")
    dialog.ok_button.click()
    assert not dialog.isVisible() and window.controller.info.person == "Sam New"
    forgot = window.session.sign_in(PRIYA)
    assert isinstance(forgot, SignInDialog)
    forgot.forgot_button.click()
    assert "Ask an officer" in forgot.help.text() and forgot.mode == SIGN_IN


# what the Scoring page shows of whom -----------------------------------------------------------
def test_choosing_another_member_shows_nothing_of_theirs_until_signed_in_as_them(qtbot, opened):
    window, t = opened
    page = window.select_page("Scoring")
    sign_in(qtbot, window, PRIYA)
    page.ui.member.setCurrentIndex(page.ui.member.findData(t.priya))
    assert page.ui.stack.currentWidget() is page.ui.work  # Priya is signed in: her own items, no prompt
    assert window.session.dialog is None or not window.session.dialog.isVisible()
    page.ui.member.setCurrentIndex(page.ui.member.findData(t.tom))  # the real case from the issue
    assert page.ui.stack.currentWidget() is page.ui.gate
    assert page.items == [] and page.sheet is None
    assert TOM_NOTE not in page_text(page)
    assert f"shown only to {TOM}" in page.ui.gate_text.text()
    dialog = window.session.dialog
    assert isinstance(dialog, SignInDialog) and dialog.isVisible() and dialog.person.currentText() == TOM
    dialog.reject()
    page.ui.gate_button.click()  # the page's own Sign in button asks again
    dialog = window.session.dialog
    assert isinstance(dialog, SignInDialog) and dialog.person.currentText() == TOM
    dialog.passphrase.setText(PASSPHRASES[TOM])
    dialog.ok_button.click()
    assert page.ui.stack.currentWidget() is page.ui.work
    page.go_to(next(n for n, i in enumerate(page.items) if i.score is not None))
    assert page.ui.editor.rationale.toPlainText() == TOM_NOTE
    window.session.sign_out()  # signed out: Tom's work goes from the screen
    assert page.ui.stack.currentWidget() is page.ui.gate and TOM_NOTE not in page_text(page)


def test_declaring_is_done_as_the_member_signed_in(qtbot, opened):
    window, t = opened
    page = window.select_page("Panel")
    sign_in(qtbot, window, TOM)
    page.member_view.setCurrentIndex(QModelIndex())  # no row chosen: the declaration is Tom's own
    page.declare()
    assert page.dialog is not None and page.dialog.member.currentData() == t.tom
    page.dialog.reject()
    # and nobody declares for another member, whatever the dialog offers: the service refuses, saying who may
    refused = window.controller.op(panel.declare, t.priya, interest="none", inline=lambda _text: None)
    assert not refused.ok and f"Only {PRIYA} may" in str(refused.error)


# sign-off ----------------------------------------------------------------------------------------
def test_signing_off_asks_the_passphrase_again(qtbot, opened, monkeypatch):
    window, t = opened
    page = window.select_page("Sign-off")
    sign_in(qtbot, window, PRIYA)
    calls = []
    from coopeval.services.signoff import actions as signoff

    def fake_sign(ws, member_id, statement, *, passphrase=None, tender=None):
        sessions.confirm(ws, passphrase)
        calls.append((member_id, passphrase))
        raise signoff.lifecycle.LifecycleError("Sign-off is not possible yet (test).")

    monkeypatch.setattr(signoff, "sign", fake_sign)
    page.member.clear()
    page.member.addItem(PRIYA, t.priya)
    page.statement.setPlainText(STATEMENT)
    page.sign()
    dialog = page.confirm_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.passphrase.setText("wrong passphrase here")
    dialog.ok_button.click()
    assert dialog.isVisible() and "not right" in dialog.message.text() and calls == []
    dialog.passphrase.setText(PASSPHRASES[PRIYA])
    dialog.ok_button.click()
    assert calls == [(t.priya, PASSPHRASES[PRIYA])]  # the passphrase went to the service


def test_signing_off_as_someone_else_asks_to_sign_in_as_them(qtbot, opened):
    window, t = opened
    page = window.select_page("Sign-off")
    sign_in(qtbot, window, PRIYA)
    page.member.clear()
    page.member.addItem(TOM, t.tom)
    page.sign()
    assert page.confirm_dialog is None
    assert "Only Tom Baker signs as Tom Baker" in page.message.text()
    dialog = window.session.dialog
    assert isinstance(dialog, SignInDialog) and dialog.person.currentText() == TOM


# officers ----------------------------------------------------------------------------------------
def test_reset_passphrase_shows_a_one_time_code_and_the_old_passphrase_stops_working(qtbot, opened, monkeypatch):
    window, t = opened
    page = window.select_page("Panel")
    sign_in(qtbot, window, JO)
    row = page.members.row_of(t.tom)
    page.member_view.selectRow(row)
    assert page.reset_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.reset_button.click()
    code_dialog = page.code_dialog
    assert code_dialog is not None and code_dialog.isVisible() and "in person" in code_dialog.explanation.text()
    code = code_dialog.code.text()
    assert len(code) == 14
    code_dialog.close_button.click()
    window.session.sign_out()
    dialog = sign_in(qtbot, window, TOM)  # the old passphrase: refused
    assert dialog.isVisible() and dialog.mode == RESET  # Tom now needs the one-time code
    ws = window.controller.workspace
    assert ws is not None
    with pytest.raises(people.IdentityError):
        sessions.sign_in(ws, TOM, PASSPHRASES[TOM])
    dialog.code.setText(code.lower())
    dialog.new.first.setText("tom's fresh passphrase")
    dialog.new.second.setText("tom's fresh passphrase")
    dialog.ok_button.click()
    assert not dialog.isVisible() and window.controller.info.person == TOM


def test_the_people_dialog_adds_a_person_with_roles(qtbot, opened):
    window, _t = opened
    sign_in(qtbot, window, JO)
    dialog = window.session.show_people()
    assert dialog is not None and dialog.table.rowCount() == 3
    dialog.name.setText("Casey Contracts")
    dialog.new_roles["contract_manager"].setChecked(True)
    dialog.add_button.click()
    assert dialog.table.rowCount() == 4 and dialog.chosen() is not None
    assert dialog.chosen().roles == ("contract_manager",)
    dialog.role_boxes["officer"].setChecked(True)
    dialog.save_roles_button.click()
    assert set(people.person(window.controller.workspace, "Casey Contracts").roles) == {"officer", "contract_manager"}
    window.session.sign_out()
    dialog.name.setText("Nobody Allowed")
    dialog.add_button.click()
    assert "Sign in first" in dialog.message.text()  # the service's refusal, inline


# the idle time-out, and a refusal for nobody --------------------------------------------------------
def test_idle_time_out_signs_out_and_says_so(qtbot, opened):
    window, _t = opened
    window.session.set_idle_minutes(0.005)  # 0.3 seconds
    sign_in(qtbot, window, PRIYA)
    assert window.session.idle.isActive()
    qtbot.waitUntil(lambda: window.controller.info.person is None, timeout=5000)
    assert window.session.label.text() == "Not signed in"
    assert "without use" in window.statusBar().currentMessage()


def test_input_keeps_the_session_alive(qtbot, opened):
    window, _t = opened
    window.session.set_idle_minutes(0.01)  # 0.6 seconds
    sign_in(qtbot, window, PRIYA)
    for _ in range(6):
        qtbot.wait(200)
        qtbot.keyClick(window.tender_list, "a")
    assert window.controller.info.person == PRIYA


def test_an_action_for_nobody_offers_to_sign_in(qtbot, opened):
    window, t = opened
    window.controller.op(panel.declare, t.tom, interest="none")
    box = window.session.dialog
    assert isinstance(box, QMessageBox) and "Sign in first" in box.text()
    sign_button = next(b for b in box.buttons() if b.text() == "Sign in…")
    sign_button.click()
    assert isinstance(window.session.dialog, SignInDialog)


# results -------------------------------------------------------------------------------------------
def test_results_are_hidden_in_evaluation(qtbot, opened):
    window, _t = opened
    sign_in(qtbot, window, JO)
    page = window.select_page("Results")
    page.refresh()
    assert "hidden until moderation opens" in page.status.text()
    assert page.ranking.rowCount() == 0 and page.display is None



# pictures for the guide -----------------------------------------------------------------------------
def test_screenshots_of_signing_in(qtbot, opened, tmp_path):
    """sign-in.png and recovery-code.png (to docs/screenshots with COOPEVAL_SCREENSHOTS=1)."""
    window, _t = opened
    dialog = window.session.sign_in(PRIYA, "To score as Priya Shah, sign in as Priya Shah.")
    assert isinstance(dialog, SignInDialog)
    dialog.passphrase.setText("typed passphrase")
    assert save(dialog, "sign-in.png").stat().st_size > 0
    dialog.reject()
    assert window.file_actions.open_path(tmp_path / "new.coopeval", create=True)
    first = window.session.dialog
    assert isinstance(first, FirstOfficerDialog)
    first.name.setText("Ann Other")
    first.email.setText("ann.other@northbridge.gov.uk")
    first.passphrase.first.setText("ann's long passphrase")
    first.passphrase.second.setText("ann's long passphrase")
    assert save(first, "first-officer.png").stat().st_size > 0
    first.ok_button.click()
    assert first.recovery is not None
    assert save(first.recovery, "recovery-code.png").stat().st_size > 0
    first.recovery.kept.setChecked(True)
    first.recovery.accept()
