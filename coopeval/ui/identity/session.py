"""Who is signed in on the window: the label and button in the status bar, File → Sign in… /
Switch user… / Sign out, the first-officer dialog for a workspace without an officer, an offer to
sign in when a service says nobody is, and the idle time-out.

The idle time-out watches the application's input (keys, mouse, wheel) through an event filter; a
single-shot QTimer restarts on each. When it fires, whoever is signed in is signed out and the
window says so. `idle_minutes` is injectable for tests."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QPushButton, QWidget

from coopeval.domain import identity
from coopeval.services.identity import people, sessions
from coopeval.services.identity.guard import NotSignedInError
from coopeval.services.workspace import WorkspaceInfo
from coopeval.ui.controller import WorkspaceController
from coopeval.ui.errors import error_text
from coopeval.ui.identity.dialogs import FirstOfficerDialog, SignInDialog
from coopeval.ui.identity.people_dialog import PeopleDialog

if TYPE_CHECKING:
    from coopeval.ui.main_window import MainWindow

INPUT_EVENTS = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                          QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.ShortcutOverride})


class Session(QObject):
    def __init__(self, window: MainWindow, controller: WorkspaceController, *,
                 idle_minutes: float = identity.IDLE_MINUTES):
        super().__init__(window)
        self.window = window
        self.controller = controller
        self.dialog: QDialog | None = None  # the identity dialog open now, if any (tests reach it here)
        self.label = QLabel(window)
        self.label.setAccessibleName(self.tr("Who is signed in"))
        self.button = QPushButton(window)
        self.button.setFlat(True)
        self.button.clicked.connect(self._button_clicked)
        window.statusBar().addPermanentWidget(self.label)
        window.statusBar().addPermanentWidget(self.button)
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self.idle_timeout)
        self.set_idle_minutes(idle_minutes)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        controller.signed_in_changed.connect(self._signed_in_changed)
        controller.not_signed_in = self.offer_sign_in
        controller.sign_in_requested.connect(lambda name, why: self.sign_in(name or None, why))
        self.sign_in_action = self._action(self.tr("Sign &in…"), self.sign_in)
        self.switch_action = self._action(self.tr("S&witch user…"), self.switch_user)
        self.sign_out_action = self._action(self.tr("Sign &out / Lock"), self.sign_out, "Ctrl+L")
        self.people_action = self._action(self.tr("&People…"), self.show_people)
        self.update()

    def _action(self, text: str, slot, shortcut: str | None = None) -> QAction:  # noqa: ANN001
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def actions(self) -> list[QAction]:
        return [self.sign_in_action, self.switch_action, self.sign_out_action, self.people_action]

    def set_idle_minutes(self, minutes: float) -> None:
        self.idle_minutes = minutes
        self.idle.setInterval(max(1, int(minutes * 60_000)))
        if self.controller.person is not None:
            self.idle.start()

    # what the window shows ------------------------------------------------------------------
    def update(self) -> None:
        info = self.controller.info
        person = self.controller.person
        if info is None:
            self.label.setText("")
        elif person is None:
            self.label.setText(self.tr("Not signed in"))
        else:
            self.label.setText(self.tr("Signed in as {name}").format(name=person))
        self.button.setVisible(info is not None)
        self.button.setText(self.tr("Sign in…") if person is None else self.tr("Sign out"))
        self.button.setAccessibleName(self.button.text().rstrip("…"))
        is_open = info is not None
        self.sign_in_action.setEnabled(is_open and person is None)
        self.switch_action.setEnabled(is_open and person is not None)
        self.sign_out_action.setEnabled(is_open and person is not None)
        self.people_action.setEnabled(is_open)

    def _signed_in_changed(self, person: str | None) -> None:
        self.update()
        if person is None:
            self.idle.stop()
        else:
            self.idle.start()

    def _button_clicked(self) -> None:
        if self.controller.person is None:
            self.sign_in()
        else:
            self.sign_out()

    def workspace_opened(self, info: WorkspaceInfo | None) -> None:
        """A workspace without an officer asks its creator (or whoever opens it) to become the officer."""
        self._close_dialog()
        self.update()
        if info is not None and info.person is not None:
            self.idle.start()
            return
        self.idle.stop()
        if info is None:
            return
        if not info.read_only and not self.controller.read(people.has_officer):
            self.first_officer()

    # acting ----------------------------------------------------------------------------------
    def first_officer(self) -> FirstOfficerDialog:
        dialog = FirstOfficerDialog(self.controller, self.window)
        self._show(dialog)
        return dialog

    def sign_in(self, name: str | None = None, reason: str = "") -> QWidget | None:
        """The sign-in dialog (or, on a workspace without an officer, the first-officer dialog)."""
        if not self.controller.is_open:
            return None
        if not self.controller.read_only and not self.controller.read(people.has_officer):
            return self.first_officer()
        dialog = SignInDialog(self.controller, self.window, name=name, reason=reason)
        self._show(dialog)
        return dialog

    def switch_user(self) -> QWidget | None:
        return self.sign_in(reason=self.tr("Choose who you are. {name} stays signed in until you sign in as "
                                           "someone else.").format(name=self.controller.person or ""))

    def sign_out(self, *, why: str = "") -> None:
        if self.controller.person is None:
            return
        self.controller.person_changing.emit()  # what is typed is saved as the person leaving
        name = self.controller.person
        if self.controller.op(sessions.sign_out).ok:
            self.window.statusBar().showMessage(why or self.tr("{name} signed out.").format(name=name or ""))

    def idle_timeout(self) -> None:
        if self.controller.person is None:
            return
        minutes = self.idle_minutes
        shown = f"{minutes:g}"
        self.sign_out(why=self.tr("Signed out after {minutes} minutes without use. Sign in to carry on.").format(
            minutes=shown))

    def offer_sign_in(self, exc: NotSignedInError) -> None:
        """A service said nobody is signed in: say so, and offer the sign-in dialog."""
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Sign in first"), error_text(exc),
                          QMessageBox.StandardButton.NoButton, self.window)
        box.setObjectName("signInFirst")
        sign_in = box.addButton(self.tr("Sign in…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _=0: self.sign_in() if box.clickedButton() is sign_in else None)
        self._show(box)

    def show_people(self) -> PeopleDialog | None:
        if not self.controller.is_open:
            return None
        dialog = PeopleDialog(self.controller, self.window)
        self._show(dialog)
        return dialog

    def _show(self, dialog: QDialog) -> None:
        self._close_dialog()
        self.dialog = dialog
        dialog.open()  # window-modal, and the app's loop keeps running (tests drive it)

    def _close_dialog(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None and dialog.isVisible() and not hasattr(dialog, "must_keep"):
            dialog.close()

    # the idle time-out -----------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in INPUT_EVENTS and self.idle.isActive():
            self.idle.start()  # restarts the count
        return False
