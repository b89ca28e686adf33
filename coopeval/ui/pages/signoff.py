"""Sign-off: the checklist (each missing item links to the page that fixes it), each panel member's
signed statement with its time, the chair's finalise (the tender becomes signed off and a backup
is taken), and the officer's reopen with a reason. The rules live in `services.signoff`; this page
asks it and shows what it says, in place, never as a traceback. A checklist link asks the window
(through `navigate`) for the page it names. The regulation 31 check of every bidder's summary reads the whole
record, so a large tender's is read on the worker (`Loader`): the box says it is checking meanwhile."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coopeval.domain import lifecycle
from coopeval.services.changes import ChangeKind
from coopeval.services.identity import seats, sessions
from coopeval.services.identity.guard import NotPermittedError, NotSignedInError
from coopeval.services.reports.summary_checks import SummaryChecks, SummaryWhere, checks_cost, summary_checks
from coopeval.services.signoff import actions as signoff
from coopeval.services.signoff.view import SignOffState, signoff_state
from coopeval.ui.controller import WorkspaceController
from coopeval.ui.i18n import QT_TRANSLATE_NOOP
from coopeval.ui.identity.dialogs import ConfirmPassphraseDialog
from coopeval.ui.pages.base import TenderPage
from coopeval.ui.pages.loading import Loader
from coopeval.ui.signoff.checklist import ChecklistBox
from coopeval.ui.signoff.signatures import STATEMENT, SignatureTableModel, when_text
from coopeval.ui.signoff.summary_checks import SummaryChecksBox, select_item
from coopeval.ui.widgets import PROBLEM_STYLE

SIGNED_OFF_STYLE = "QLabel { background: #dff6dd; color: #0b3d0b; padding: 6px; }"  # i18n: no - style sheet
OPEN_STYLE = "QLabel { background: #fff4ce; color: #3b2f00; padding: 6px; }"  # i18n: no - style sheet


class SignOffPage(TenderPage):
    title = QT_TRANSLATE_NOOP("TenderPage", "Sign-off")  # the key select_page uses; shown translated
    relevant = frozenset({ChangeKind.TENDER, ChangeKind.TENDER_MEASURE, ChangeKind.BID, ChangeKind.MEMBER,
                          ChangeKind.DECLARATION, ChangeKind.SCORE, ChangeKind.CONSENSUS, ChangeKind.SIGN_OFF,
                          ChangeKind.PERSON, ChangeKind.OTHER_CRITERIA, ChangeKind.RESPONSE})

    def __init__(self, controller: WorkspaceController, parent: QWidget | None = None):
        super().__init__(controller, parent)
        self.state: SignOffState | None = None
        self.confirm_dialog: ConfirmPassphraseDialog | None = None
        self.state_note = self._label(self.tr("Where the sign-off stands"), rich=True)
        self.checklist = ChecklistBox(self)
        self.checklist.go_to.connect(self.go_to_page)
        self.summaries = SummaryChecksBox(self)  # regulation 31's check of every bidder's summary
        self.summaries.go_to.connect(self.go_to_item)
        self.checks_loader = Loader(controller, self)  # the check reads the whole record: a large tender's on the worker
        self.member = self._combo(self.tr("Panel member signing"))
        self.statement = QPlainTextEdit(self)
        self.statement.setAccessibleName(self.tr("Sign-off statement"))
        self.statement.setPlaceholderText(self.tr("The statement the member signs, in their own words."))
        self._statement_for: int | None = None  # the member the statement box was filled for
        self.member.currentIndexChanged.connect(lambda _index: self._prefill_statement())
        self.statement.setTabChangesFocus(True)
        self.statement.setMaximumHeight(90)
        self.sign_button = self._button(self.tr("&Sign off as this member"), self.tr("Sign off as the chosen member"), self.sign)
        self.chair = self._combo(self.tr("Chair finalising"))
        self.finalise_button = self._button(self.tr("&Finalise sign-off…"), self.tr("Finalise the sign-off as chair"), self.finalise)
        self.officer = self._combo(self.tr("Officer reopening"))
        self.reason = QPlainTextEdit(self)
        self.reason.setAccessibleName(self.tr("Reason for reopening"))
        self.reason.setPlaceholderText(self.tr("Why the signed-off evaluation must change; kept in the audit log."))
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(70)
        self.reopen_button = self._button(self.tr("&Reopen…"), self.tr("Reopen the signed-off tender"), self.reopen)
        self.message = self._label(self.tr("Result of the last action"))
        self.signatures = SignatureTableModel(self)
        self.signature_view = self._signature_view()
        self.history = self._label(self.tr("Finalise and reopen history"), rich=True)

        self.sign_box = QGroupBox(self.tr("Each panel member confirms"), self)
        form = QFormLayout(self.sign_box)
        form.addRow(self._buddy(self.tr("&Member:"), self.member), self.member)
        form.addRow(self._buddy(self.tr("S&tatement:"), self.statement), self.statement)
        form.addRow("", self.sign_button)
        self.finalise_box = QGroupBox(self.tr("The chair finalises"), self)
        form = QFormLayout(self.finalise_box)
        form.addRow(self._label("", text=self.tr(
            "Finalising marks the tender signed off and takes a backup of the workspace. After that nothing can "
            "change unless an officer reopens it with a reason, which is recorded.")))
        form.addRow(self._buddy(self.tr("C&hair:"), self.chair), self.chair)
        form.addRow("", self.finalise_button)
        self.reopen_box = QGroupBox(self.tr("Reopen (officer)"), self)
        form = QFormLayout(self.reopen_box)
        form.addRow(self._buddy(self.tr("&Officer:"), self.officer), self.officer)
        form.addRow(self._buddy(self.tr("Re&ason:"), self.reason), self.reason)
        form.addRow("", self.reopen_button)

        left = QVBoxLayout()
        for widget in (self.checklist, self.sign_box, self.finalise_box, self.reopen_box, self.message):
            left.addWidget(widget)
        left.addStretch(1)
        right = QVBoxLayout()
        self.signatures_heading = QLabel(self.tr("<b>Signatures</b> (every round, newest first)"), self)
        right.addWidget(self.signatures_heading)
        right.addWidget(self.signature_view, 1)
        right.addWidget(self.summaries)
        right.addWidget(self.history)
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state_note)
        layout.addLayout(columns, 1)
        self._show(None)

    # building --------------------------------------------------------------------------------
    def _label(self, name: str, *, rich: bool = False, text: str = "") -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        if name:
            label.setAccessibleName(name)
        return label

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        return combo

    def _button(self, text: str, name: str, slot) -> QPushButton:  # noqa: ANN001
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.clicked.connect(slot)
        return button

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(widget)
        return label

    def _signature_view(self) -> QTableView:
        view = QTableView(self)
        view.setModel(self.signatures)
        view.setAccessibleName(self.tr("Signatures"))
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setTabKeyNavigation(False)
        view.setWordWrap(True)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setSectionResizeMode(STATEMENT, QHeaderView.ResizeMode.Stretch)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return view

    def standard_statement(self) -> str:
        """What each member is offered to read and confirm (they may edit it before signing)."""
        return self.tr("I confirm that I scored each bid independently before moderation, that I declared every "
                       "interest I have, and that the consensus scores and reasons recorded here are the panel's.")

    def _prefill_statement(self, *, again: bool = False) -> None:
        """A member newly chosen (or the next one, `again` after a signature) is offered the standard
        statement; what was typed for the member still chosen is kept when the page reloads."""
        member_id = self.member.currentData()
        if member_id == self._statement_for and not again:
            return
        self._statement_for = member_id
        if member_id is None:
            self.statement.clear()
        else:
            self.statement.setPlainText(self.standard_statement())

    # showing ---------------------------------------------------------------------------------
    def show_tender(self, tender_id: int | None) -> None:
        self.say("")
        super().show_tender(tender_id)

    def forget(self) -> None:
        """Another workspace (or none) is open: its sign-off state (signatures, members, the tender the
        Reopen question names), what was typed and the last message go with it."""
        self.say("")
        self.reason.clear()
        if self.confirm_dialog is not None:
            self.confirm_dialog.reject()
            self.confirm_dialog = None
        for combo in (self.member, self.chair, self.officer):
            combo.clear()  # no member id of the old file is kept to be chosen again in the new one
        self._statement_for = None
        self.statement.clear()
        self._show(None)

    def reload(self) -> None:
        if self.tender_id is None or not self.controller.is_open:
            self._show(None)
            return
        self._show(self.controller.read(signoff_state, self.tender_id))
        self._load_summary_checks()

    def _show(self, state: SignOffState | None) -> None:
        self.state = state
        self.checklist.show_state(state)
        if state is None:  # nothing to check: a check still loading is no longer wanted
            self.checks_loader.cancel()
            self.summaries.show_checks(None)
        self.signatures.set_signatures(list(state.signatures) if state else [])
        self._fill(self.member, [(m.name, m.id) for m in state.to_sign] if state else [])
        self._prefill_statement()
        self._fill(self.chair, [(m.name, m.id) for m in state.chairs] if state else [])
        officers: list[tuple[str, int | None]] = [(m.name, m.id) for m in state.officers] if state else []
        if state and not officers:
            actor = self.controller.info.actor if self.controller.info else ""
            officers = [(self.tr("No officer is on the panel: recorded as %1").replace("%1", actor), None)]
        self._fill(self.officer, officers)
        writable = state is not None and not self.controller.read_only
        signed_off = state is not None and state.signed_off
        self.sign_box.setVisible(not signed_off)
        self.finalise_box.setVisible(not signed_off)
        self.reopen_box.setVisible(signed_off)
        can_sign = writable and state is not None and state.can_sign
        can_finalise = writable and state is not None and state.can_finalise
        self.sign_button.setEnabled(can_sign and self.member.count() > 0)
        self.statement.setEnabled(self.sign_button.isEnabled())
        self.chair.setEnabled(can_finalise)
        self.finalise_button.setEnabled(can_finalise and self.chair.count() > 0)
        self.reopen_button.setEnabled(writable and signed_off)
        self.reason.setEnabled(self.reopen_button.isEnabled())
        self.officer.setEnabled(self.reopen_button.isEnabled())
        self.state_note.setText(self._state_text(state))
        self.state_note.setStyleSheet(SIGNED_OFF_STYLE if signed_off else OPEN_STYLE if state else "")
        self.state_note.setVisible(state is not None)
        self.history.setText(self._history_text(state))

    @staticmethod
    def _fill(combo: QComboBox, items: list[tuple[str, int | None]]) -> None:
        keep = combo.currentData()
        with QSignalBlocker(combo):  # refilled, not chosen: what was typed for the member chosen stays
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            found = combo.findData(keep) if keep is not None else -1
            combo.setCurrentIndex(max(found, 0) if items else -1)

    def _state_text(self, state: SignOffState | None) -> str:
        if state is None:
            return ""
        t = state.tender
        if state.signed_off:
            text = self.tr("<b>Signed off</b> — %1, round %2. Nothing can change unless an officer reopens the tender "
                           "with a reason.").replace("%1", escape(t.reference)).replace("%2", str(state.round))
        elif t.status == lifecycle.MODERATION:
            text = self.tr("<b>Not signed off</b> — %1 is in moderation, round %2 of sign-off. Each panel member signs "
                           "once everything below is done; then the chair finalises.").replace(
                "%1", escape(t.reference)).replace("%2", str(state.round))
        else:
            text = self.tr("<b>Not signed off</b> — %1 is in %2. Sign-off comes after moderation.").replace(
                "%1", escape(t.reference)).replace("%2", escape(lifecycle.label(t.status)))
        if self.controller.read_only:
            text += " " + escape(self.tr("The workspace is open read-only: nothing can be signed here."))
        return text

    def _history_text(self, state: SignOffState | None) -> str:
        if state is None or not state.events:
            return ""
        lines = []
        for e in state.events:
            what = self.tr("Finalised") if e.action == "finalise" else self.tr("Reopened")
            lines.append(f"<b>{escape(what)}</b> {escape(when_text(e.at))} ({escape(e.actor)}): {escape(e.note)}")
        return "<br>".join(lines)

    def say(self, text: str, *, problem: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(PROBLEM_STYLE if problem else "")

    def refuse(self, text: str) -> None:
        """Where a refusal is said: in place, beside the buttons."""
        self.say(text, problem=True)

    # acting ----------------------------------------------------------------------------------
    def sign(self) -> None:
        """The member signs as themselves: signed in as that member, they type their passphrase again
        (the service checks it)."""
        member_id, name = self.member.currentData(), self.member.currentText()
        if member_id is None:
            self.refuse(self.tr("Choose the panel member who is signing."))
            return
        holder = self.controller.read(seats.seat_holder, member_id)
        if not holder.signed_in:
            why = self.tr("Only %1 signs as %1: sign in as %1, then press Sign again.").replace("%1", holder.person_name)
            self.refuse(why)
            self.controller.sign_in_requested.emit(holder.person_name, why)
            return
        me = self.controller.read(sessions.signed_in)
        if me is None:  # the one signed in is no person of this workspace (a test's stand-in): nothing to type
            self._sign(member_id, name, None, self.refuse)
            return
        dialog = ConfirmPassphraseDialog(self.controller, me.name, self.tr("&Sign off"), self)
        dialog.act = lambda passphrase: self._sign(member_id, name, passphrase, dialog.say)
        self.confirm_dialog = dialog
        dialog.open()

    def _sign(self, member_id: int, name: str, passphrase: str | None, inline: Callable[[str], None]) -> bool:
        if self.controller.op(signoff.sign, member_id, self.statement.toPlainText(), passphrase=passphrase,
                              tender=self.tender_id, inline=inline, parent=self).ok:
            self._prefill_statement(again=True)  # the next member to sign reads the standard statement afresh
            self.say(self.tr("%1 has signed off.").replace("%1", name))
            return True
        return False

    def finalise(self) -> None:
        if self.state is None or self.state.tender.id != self.tender_id:
            return  # nothing shown, or what is shown is not this tender's: never act on it
        chair_id = self.chair.currentData()
        answer = QMessageBox.question(self, self.tr("Finalise the sign-off"), self.tr(
            "Finalise the sign-off of %1? It becomes signed off and a backup is taken; after that nothing can change "
            "unless an officer reopens it.").replace("%1", self.state.tender.reference if self.state else ""))
        if answer == QMessageBox.StandardButton.Yes and self.controller.op(
                signoff.finalise, self.tender_id, chair_id, inline=self.refuse, parent=self).ok:
            self.say(self.tr("Signed off. A backup of the workspace was taken."))

    def reopen(self) -> None:
        if self.state is None or self.state.tender.id != self.tender_id:
            return  # nothing shown, or what is shown is not this tender's: never act on it
        reason = self.reason.toPlainText()
        if reason.strip():  # an empty reason goes straight to the service, which says what is missing
            answer = QMessageBox.question(self, self.tr("Reopen the tender"), self.tr(
                "Reopen %1? It goes back to moderation, and every panel member signs again in a new round.").replace(
                "%1", self.state.tender.reference if self.state else ""))
            if answer != QMessageBox.StandardButton.Yes:
                return
        if self.controller.op(signoff.reopen, self.tender_id, reason, officer_id=self.officer.currentData(),
                              inline=self.refuse, parent=self).ok:
            self.reason.clear()
            self.say(self.tr("Reopened: the tender is back in moderation, and the reason is in the audit log."))

    def go_to_page(self, title: str) -> None:
        self.navigate.emit(title)

    def _load_summary_checks(self) -> None:
        """Check every bidder's summary: at once for a small tender (or one checked at this audit head already), on
        the worker for a large one, the box saying it is checking meanwhile. Only the latest check is shown."""
        tender_id = self.tender_id
        if tender_id is None:
            return
        background = self.checks_loader.worth_background(checks_cost, tender_id)
        if background:
            self.summaries.show_loading(tender_id)

        def shown(checks: SummaryChecks) -> None:
            self.summaries.show_checks(checks, tender_id=tender_id)

        def refused(exc: BaseException) -> bool:
            if isinstance(exc, (NotSignedInError, NotPermittedError)):
                self.summaries.show_checks(None, self.tr("An officer checks the assessment summaries: sign in as one "
                                                         "to see what each bidder's summary lacks."))
                return True
            return False  # anything else is said as a reload's error is

        self.checks_loader.start(summary_checks, tender_id, on_done=shown, on_error=refused, background=background)

    def go_to_item(self, where: SummaryWhere) -> None:
        """Go to the page that fixes a summary's gap and, on the Moderation page, choose its bid × measure."""
        select = getattr(self.window(), "select_page", None)
        if select is None:
            self.navigate.emit(where.page)
            return
        select_item(select(where.page), where)
