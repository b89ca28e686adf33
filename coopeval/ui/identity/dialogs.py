"""The first officer, signing in, and confirming an action with one's passphrase.

Every call goes through the controller's runner; a refusal (a wrong passphrase, a pause after too
many, a weak new passphrase) is shown on the dialog's problem line and the dialog stays open."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from coopeval.services.identity import people, sessions
from coopeval.services.identity.people import PersonView
from coopeval.ui.controller import WorkspaceController
from coopeval.ui.identity.codes import CodeDialog, recovery_code_dialog
from coopeval.ui.identity.fields import NewPassphrase, secret_edit
from coopeval.ui.widgets import FormDialog, limit_to_field


class _Form(FormDialog):
    def __init__(self, controller: WorkspaceController, parent: QWidget | None):
        super().__init__(controller, parent)
        self.message.setAccessibleName(self.tr("Problem"))


class FirstOfficerDialog(_Form):
    """Whoever creates a workspace (or opens one without an officer) becomes its first officer."""

    created = Signal(object)  # the PersonView

    def __init__(self, controller: WorkspaceController, parent: QWidget | None = None):
        super().__init__(controller, parent)
        self.setObjectName("firstOfficerDialog")
        self.set_texts(self.tr("Who is the officer?"), self.tr("&Become the officer"))
        self.add_note(self.tr(
            "CoopEval records who does what. This workspace has no officer yet: you become its first officer, who "
            "sets up tenders, adds people and can reset their passphrases. Choose a passphrase only you know."))
        self.name = QLineEdit(self)
        limit_to_field(self.name, "member.name")
        self.email = QLineEdit(self)
        limit_to_field(self.email, "member.email")
        self.passphrase = NewPassphrase(self, self.name.text)
        self.add_field(self.tr("Your &name:"), self.name)
        self.add_field(self.tr("&Email (optional):"), self.email)
        self.add_field(self.tr("&Passphrase:"), self.passphrase.first)
        self.add_field(self.tr("Passphrase &again:"), self.passphrase.second)
        self.form.addRow(self.passphrase.problem)
        self.finish_form()
        self.recovery: CodeDialog | None = None

    def accept(self) -> None:
        if not self.name.text().strip():
            self.say(self.tr("Type your name."))
            self.name.setFocus()
            return
        passphrase = self.passphrase.value()
        if passphrase is None:
            self.passphrase.first.setFocus()
            return
        self.say("")
        outcome = self.controller.op(people.create_first_officer, name=self.name.text(), email=self.email.text(),
                                     passphrase=passphrase, inline=self.say, parent=self)
        if not outcome.ok:
            return
        view, code, _changes = outcome.value
        self.passphrase.clear()
        super().accept()
        self.created.emit(view)
        self.recovery = recovery_code_dialog(code, self.parentWidget())
        self.recovery.open()


SIGN_IN, FIRST, RESET, RECOVER = "sign in", "first", "reset", "recover"  # i18n: no - modes, never shown


class SignInDialog(_Form):
    """Choose who you are and give your passphrase; the first time, choose one; after an officer's
    reset, type their one-time code and choose a new one; an officer who is the only one and forgot
    theirs uses the workspace's recovery code."""

    signed_in = Signal(str)  # the name of the person now signed in

    def __init__(self, controller: WorkspaceController, parent: QWidget | None = None, *, name: str | None = None,
                 reason: str = ""):
        super().__init__(controller, parent)
        self.setObjectName("signInDialog")
        self.set_texts(self.tr("Sign in"), self.tr("&Sign in"))
        self.reason = self.add_note(reason)
        self.reason.setVisible(bool(reason))
        self.people: list[PersonView] = list(controller.read(people.people)) if controller.is_open else []
        self.person = QComboBox(self)
        for p in self.people:
            self.person.addItem(p.name, p.name)
        wanted = name if name is not None else controller.person
        if wanted is not None:
            found = self.person.findData(wanted)
            if found < 0:
                found = next((i for i, p in enumerate(self.people) if p.name.casefold() == wanted.casefold()), -1)
            if found >= 0:
                self.person.setCurrentIndex(found)
        self.add_field(self.tr("&Who are you:"), self.person)
        self.state = self.add_note("")
        self.passphrase = secret_edit(self, self.tr("Passphrase"))
        self.passphrase_label = self.add_field(self.tr("&Passphrase:"), self.passphrase)
        self.code = QLineEdit(self)
        self.code.setMaxLength(64)
        self.code_label = self.add_field(self.tr("One-time &code:"), self.code)
        self.new = NewPassphrase(self, self.person.currentText)
        self.new_label = self.add_field(self.tr("&New passphrase:"), self.new.first)
        self.again_label = self.add_field(self.tr("New passphrase &again:"), self.new.second)
        self.form.addRow(self.new.problem)
        self.forgot_button = QPushButton(self.tr("&Forgot your passphrase?"), self)
        self.forgot_button.setAccessibleName(self.tr("Forgot your passphrase?"))
        self.forgot_button.clicked.connect(self.forgot)
        forgot_row = QHBoxLayout()
        forgot_row.addStretch(1)
        forgot_row.addWidget(self.forgot_button)
        self.form.addRow(forgot_row)
        self.help = self.add_note("")
        self.finish_form()
        self.mode = SIGN_IN
        self.recovery: CodeDialog | None = None
        self.person.currentIndexChanged.connect(self._person_chosen)
        self._person_chosen()
        if not self.people:
            self.say(self.tr("Nobody is known to this workspace yet: an officer adds people."))
            self.ok_button.setEnabled(False)

    def chosen(self) -> PersonView | None:
        index = self.person.currentIndex()
        return self.people[index] if 0 <= index < len(self.people) else None

    def _person_chosen(self) -> None:
        person = self.chosen()
        if person is None:
            self._show(SIGN_IN)
        elif person.has_reset_code:
            self._show(RESET)
        elif not person.has_passphrase:
            self._show(FIRST)
        else:
            self._show(SIGN_IN)
        self.help.setText("")
        self.help.setVisible(False)
        self.say("")

    def _show(self, mode: str) -> None:
        self.mode = mode
        name = self.person.currentText()
        texts = {
            SIGN_IN: "",
            FIRST: self.tr("{name} has no passphrase yet. Choose one now: you will type it each time you sign in, "
                           "and to sign off.").format(name=name),
            RESET: self.tr("{name}'s passphrase was reset. Type the one-time code the officer gave you, then choose "
                           "a new passphrase.").format(name=name),
            RECOVER: self.tr("Type the workspace's recovery code (shown when the workspace was made), then choose "
                             "a new passphrase for {name}. You will be shown a new recovery code.").format(name=name),
        }
        self.state.setText(texts[mode])
        self.state.setVisible(bool(texts[mode]))
        self.form.setRowVisible(self.passphrase, mode == SIGN_IN)
        self.form.setRowVisible(self.code, mode in (RESET, RECOVER))
        self.code_label.setText(self.tr("Recovery &code:") if mode == RECOVER else self.tr("One-time &code:"))
        self.code.setAccessibleName(self.code_label.text().replace("&", "").rstrip(":"))
        for row in (self.new.first, self.new.second):
            self.form.setRowVisible(row, mode != SIGN_IN)
        self.new.problem.setVisible(mode != SIGN_IN)
        self.forgot_button.setVisible(mode == SIGN_IN)
        self.ok_button.setText({SIGN_IN: self.tr("&Sign in"), FIRST: self.tr("&Set passphrase and sign in"),
                                RESET: self.tr("&Set passphrase and sign in"),
                                RECOVER: self.tr("&Reset with the recovery code")}[mode])
        self.ok_button.setAccessibleName(self.ok_button.text().replace("&", ""))

    def forgot(self) -> None:
        person = self.chosen()
        if person is not None and person.is_officer and sum(p.is_officer for p in self.people) == 1:
            self._show(RECOVER)
            self.help.setText(self.tr("You are the only officer, so nobody can reset your passphrase for you: use the "
                                      "recovery code you kept when the workspace was made."))
            self.code.setFocus()
        else:
            self.help.setText(self.tr("Ask an officer to reset your passphrase (Panel page → Reset passphrase…, or "
                                      "File → People…). They give you a one-time code in person; you then choose a "
                                      "new passphrase here. Nobody, not even the officer, learns it."))
        self.help.setVisible(True)

    def accept(self) -> None:
        person = self.chosen()
        if person is None:
            return
        self.say("")
        self.controller.person_changing.emit()  # what is typed is saved as whoever typed it
        if self.mode == SIGN_IN:
            outcome = self.controller.op(sessions.sign_in, person.name, self.passphrase.text(), inline=self.say,
                                         parent=self)
            self.passphrase.clear()
        else:
            new = self.new.value()
            if new is None:
                self.new.first.setFocus()
                return
            if self.mode == RECOVER:
                outcome = self.controller.op(people.recover, person.name, self.code.text(), new, inline=self.say,
                                             parent=self)
            else:
                code = self.code.text() if self.mode == RESET else None
                outcome = self.controller.op(people.set_passphrase, person.name, new, code=code, inline=self.say,
                                             parent=self)
        if not outcome.ok:
            return
        self.new.clear()
        super().accept()
        self.signed_in.emit(person.name)
        if self.mode == RECOVER:
            _view, code, _changes = outcome.value
            self.recovery = recovery_code_dialog(code, self.parentWidget())
            self.recovery.open()


class ConfirmPassphraseDialog(_Form):
    """The signed-in person types their passphrase again to confirm an action that carries their
    name (signing off). The dialog only collects it: the service checks it."""

    def __init__(self, controller: WorkspaceController, name: str, action: str, parent: QWidget | None = None):
        super().__init__(controller, parent)
        self.setObjectName("confirmPassphraseDialog")
        self.set_texts(self.tr("Confirm with your passphrase"), action)
        self.add_note(self.tr("This carries your name in the record. Type your passphrase again, {name}.").format(name=name))
        self.passphrase = secret_edit(self, self.tr("Passphrase"))
        self.add_field(self.tr("&Passphrase:"), self.passphrase)
        self.finish_form()

        self.act: Callable[[str], bool] = lambda _passphrase: True  # does the action; True when done

    def accept(self) -> None:
        """Act with the passphrase typed; a refusal (a wrong passphrase) is said here and the dialog stays."""
        self.say("")
        passphrase = self.passphrase.text()
        self.passphrase.clear()
        if self.act(passphrase):
            super().accept()

    def reject(self) -> None:
        self.passphrase.clear()
        super().reject()
