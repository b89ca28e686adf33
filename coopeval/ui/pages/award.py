"""Award: after sign-off, the officer records the award (the winning bid, the contract award notice and the
standstill worked out from it, the contract's dates and value), then keeps the commitments register — each
accepted commitment of the winning bid as a contract commitment, the s.52 KPIs ticked — and starts delivery,
from which a change to a commitment needs a reason and is listed as a contract change. The rules live in
`services.delivery.award` and `services.delivery.commitments`; this page asks them and shows what they say,
in place, never as a traceback."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coopeval.domain import lifecycle, standstill
from coopeval.domain.numbers import pence_to_text
from coopeval.services.bids.entry import list_bids
from coopeval.services.changes import ChangeKind
from coopeval.services.delivery import award as awards
from coopeval.services.delivery import commitments
from coopeval.services.delivery.views import AwardView, CommitmentView, ContractChangeView
from coopeval.services.results.compute import tender_results
from coopeval.services.setup.tenders import get_tender, list_measures
from coopeval.services.views import TenderView
from coopeval.ui.award.dialogs import BidChoice, CommitmentDialog, Inline, ReasonDialog, RecordAwardDialog
from coopeval.ui.award.tables import TEXT, ChangeTableModel, CommitmentTableModel
from coopeval.ui.award.wording import money, standstill_text, uk_date
from coopeval.ui.controller import WorkspaceController
from coopeval.ui.i18n import QT_TRANSLATE_NOOP
from coopeval.ui.pages.base import TenderPage
from coopeval.ui.widgets import PROBLEM_STYLE, named_button, named_label

DONE_STYLE = "QLabel { background: #dff6dd; color: #0b3d0b; padding: 6px; }"  # i18n: no - style sheet
OPEN_STYLE = "QLabel { background: #fff4ce; color: #3b2f00; padding: 6px; }"  # i18n: no - style sheet
WARNING_STYLE = "QLabel { background: #fde7e9; color: #a4262c; padding: 4px; }"  # i18n: no - style sheet


class AwardPage(TenderPage):
    title = QT_TRANSLATE_NOOP("TenderPage", "Award")  # the key select_page uses; shown translated
    relevant = frozenset({ChangeKind.TENDER, ChangeKind.BID, ChangeKind.SIGN_OFF, ChangeKind.AWARD,
                          ChangeKind.COMMITMENT, ChangeKind.DELIVERY, ChangeKind.RATING, ChangeKind.PERSON})

    def __init__(self, controller: WorkspaceController, parent: QWidget | None = None):
        super().__init__(controller, parent)
        self.tender: TenderView | None = None
        self.award: AwardView | None = None
        self.dialog: RecordAwardDialog | ReasonDialog | CommitmentDialog | None = None
        self.state_note = named_label(self, self.tr("Where the award stands"))
        self.state_note.setTextFormat(Qt.TextFormat.RichText)

        # the award's facts and what can be done with it
        self.facts: dict[str, QLabel] = {}
        self.award_box = QGroupBox(self.tr("The award"), self)
        left, right = QFormLayout(), QFormLayout()
        for form, rows in ((left, (("supplier", self.tr("Awarded to")), ("value", self.tr("Awarded value")),
                                   ("notice", self.tr("Contract award notice")),
                                   ("summaries", self.tr("Assessment summaries sent")))),
                           (right, (("start", self.tr("Contract start")), ("end", self.tr("Contract end")),
                                    ("entered", self.tr("Contract entered into"))))):
            for key, text in rows:
                label = named_label(self, text)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.facts[key] = label
                form.addRow(text + ":", label)
        self.standstill_line = named_label(self, self.tr("Standstill"))
        self.standstill_line.setTextFormat(Qt.TextFormat.PlainText)
        self.record_button = named_button(self, self.tr("&Record the award…"), self.tr("Record the award"),
                                          self.record_award)
        self.withdraw_button = named_button(self, self.tr("&Withdraw the award…"), self.tr("Withdraw the award"),
                                            self.withdraw_award)
        self.start_button = named_button(self, self.tr("Start &delivery"), self.tr("Start delivery"),
                                         self.start_delivery)
        self.close_button = named_button(self, self.tr("&Close the contract"), self.tr("Close the contract"),
                                         self.close_contract)
        facts = QHBoxLayout()
        facts.addLayout(left, 1)
        facts.addLayout(right, 1)
        buttons = QVBoxLayout()
        for button in (self.record_button, self.withdraw_button, self.start_button, self.close_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        top = QHBoxLayout()
        self.facts_panel = QWidget(self)
        column = QVBoxLayout(self.facts_panel)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(facts)
        column.addWidget(self.standstill_line)
        self.award_intro = named_label(self, self.tr("What recording the award does"))
        self.award_intro.setText(self.tr(
            "When the contract award notice is published, record the award here: the winning bid (the one the results "
            "rank first is offered first), the notice date, from which the standstill is worked out, the contract's "
            "dates and its value. Each accepted commitment of the winning bid then becomes a contract commitment."))
        column = QVBoxLayout()
        column.addWidget(self.facts_panel)
        column.addWidget(self.award_intro)
        top.addLayout(column, 1)
        top.addLayout(buttons)
        self.award_box.setLayout(top)

        # the commitments register
        self.commitments_box = QGroupBox(self.tr("Commitments register"), self)
        self.kpi_warning = named_label(self, self.tr("Warning about the s.52 KPIs"), WARNING_STYLE)
        self.lift_note = named_label(self, self.tr("Commitments still to lift from the response"), OPEN_STYLE)
        self.commitments = CommitmentTableModel(self)
        self.commitments.kpi_toggled.connect(self.set_kpi)
        self.commitment_view = self._table(self.commitments, self.tr("Contract commitments"), TEXT)
        selection = self.commitment_view.selectionModel()
        selection.currentChanged.connect(lambda *_: self._enable())
        selection.selectionChanged.connect(lambda *_: self._enable())
        self.commitment_view.doubleClicked.connect(lambda _index: self.edit_commitment())
        self.add_button = named_button(self, self.tr("&Add commitment…"), self.tr("Add a commitment"),
                                       self.add_commitment)
        self.edit_button = named_button(self, self.tr("&Edit commitment…"), self.tr("Edit the chosen commitment"),
                                        self.edit_commitment)
        self.remove_button = named_button(self, self.tr("Re&move commitment…"), self.tr("Remove the chosen commitment"),
                                          self.remove_commitment)
        self.commitments_note = named_label(self, self.tr("How commitments can change"))
        row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            row.addWidget(button)
        row.addWidget(self.commitments_note, 1)
        box = QVBoxLayout(self.commitments_box)
        box.addWidget(self.kpi_warning)
        box.addWidget(self.lift_note)
        box.addWidget(self.commitment_view, 1)
        box.addLayout(row)

        # contract changes, once delivery has started
        self.changes_box = QGroupBox(self.tr("Contract changes"), self)
        self.changes = ChangeTableModel(self)
        self.change_view = self._table(self.changes, self.tr("Contract changes"), 5)
        self.no_changes = named_label(self, self.tr("No contract changes"))
        box = QVBoxLayout(self.changes_box)
        box.addWidget(self.change_view)
        box.addWidget(self.no_changes)

        self.message = named_label(self, self.tr("Result of the last action"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.state_note)
        layout.addWidget(self.award_box)
        layout.addWidget(self.commitments_box, 3)
        layout.addWidget(self.changes_box, 1)
        layout.addWidget(self.message)
        layout.addStretch(0)  # takes the room the register leaves while there is no award
        self.award_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._show(None, None, [], None, [])

    def _table(self, model, name: str, stretch: int) -> QTableView:  # noqa: ANN001 - a table model
        view = QTableView(self)
        view.setModel(model)
        view.setAccessibleName(name)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setTabKeyNavigation(False)
        view.setWordWrap(True)
        view.verticalHeader().setVisible(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return view

    # showing ---------------------------------------------------------------------------------
    def show_tender(self, tender_id: int | None) -> None:
        self.say("")
        super().show_tender(tender_id)

    def forget(self) -> None:
        """Another workspace (or none) is open: its award, commitments, dialog and last message go."""
        self.say("")
        if self.dialog is not None:
            self.dialog.reject()
            self.dialog = None
        self._show(None, None, [], None, [])

    def reload(self) -> None:
        if self.tender_id is None or not self.controller.is_open:
            self._show(None, None, [], None, [])
            return
        read, tender_id = self.controller.read, self.tender_id
        tender = read(get_tender, tender_id)
        award = read(awards.current_award, tender_id)
        if award is None:  # not awarded: the last withdrawn award, if any, gives its reason on the page
            withdrawn = read(awards.last_withdrawn_award, tender_id) if tender.status == lifecycle.SIGNED_OFF else None
            self._show(tender, withdrawn, [], None, [])
            return
        self._show(tender, award, read(commitments.list_commitments, tender_id),
                   read(commitments.kpi_problem, tender_id), read(commitments.contract_changes, tender_id),
                   read(commitments.to_lift, tender_id) if tender.status == lifecycle.AWARDED else [])

    def _show(self, tender: TenderView | None, award: AwardView | None, rows: list[CommitmentView],
              kpi_problem: str | None, changes: list[ContractChangeView], to_lift: list[str] | None = None) -> None:
        self.tender, self.award = tender, award
        status = tender.status if tender is not None else None
        awarded = award is not None and not award.withdrawn
        self.state_note.setText(self._state_text(tender, award))
        self.state_note.setStyleSheet(DONE_STYLE if awarded else OPEN_STYLE if tender is not None else "")
        self.state_note.setVisible(tender is not None)
        self.award_box.setVisible(tender is not None and lifecycle.is_signed_off(tender.status))
        self.facts_panel.setVisible(awarded)
        self.award_intro.setVisible(not awarded and status == lifecycle.SIGNED_OFF)
        for key, label in self.facts.items():
            label.setText(self._fact(award, key) if awarded and award is not None else "")
        self.standstill_line.setText(standstill_text(award, standstill.EXEMPTIONS) if awarded and award else "")
        self.commitments.set_commitments(rows, kpi_editable=self._writable and status in (lifecycle.AWARDED,
                                                                                          lifecycle.IN_DELIVERY))
        self.commitments_box.setVisible(awarded)
        self.kpi_warning.setText(self.tr("s.52: %1").replace("%1", kpi_problem) if kpi_problem else "")
        self.kpi_warning.setVisible(bool(kpi_problem))
        self.lift_note.setText(self.tr("Still to do: replace the seeded wording of %1 with the specific commitments "
                                       "lifted from the winning response (Add commitment, or Edit).").replace(
            "%1", ", ".join(to_lift)) if to_lift else "")
        self.lift_note.setVisible(bool(to_lift))
        in_delivery = status in (lifecycle.IN_DELIVERY, lifecycle.CLOSED)
        self.changes.set_changes(changes)
        self.changes_box.setVisible(awarded and in_delivery)
        self.change_view.setVisible(bool(changes))
        self.no_changes.setText(self.tr("No contract changes have been recorded.") if not changes else "")
        self.no_changes.setVisible(not changes)
        self.commitments_note.setText(
            self.tr("The contract is closed: the commitments are frozen.") if status == lifecycle.CLOSED else
            self.tr("Delivery has started: each change needs a reason and is listed as a contract change.")
            if status == lifecycle.IN_DELIVERY else
            self.tr("Until delivery starts, commitments can be changed freely; each change is in the audit log."))
        self._enable()

    @property
    def _writable(self) -> bool:
        return self.controller.is_open and not self.controller.read_only

    def _enable(self) -> None:
        status = self.tender.status if self.tender is not None else None
        writable = self._writable and self.tender is not None
        editable = writable and status in (lifecycle.AWARDED, lifecycle.IN_DELIVERY)
        chosen = self.chosen_commitment() is not None
        self.record_button.setEnabled(writable and status == lifecycle.SIGNED_OFF)
        self.withdraw_button.setEnabled(writable and status == lifecycle.AWARDED)
        self.start_button.setEnabled(writable and status == lifecycle.AWARDED)
        self.close_button.setEnabled(writable and status == lifecycle.IN_DELIVERY)
        self.record_button.setVisible(status in (None, lifecycle.SIGNED_OFF))
        self.withdraw_button.setVisible(status == lifecycle.AWARDED)
        self.start_button.setVisible(status == lifecycle.AWARDED)
        self.close_button.setVisible(status in (lifecycle.IN_DELIVERY, lifecycle.CLOSED))
        self.add_button.setEnabled(editable)
        self.edit_button.setEnabled(editable and chosen)
        self.remove_button.setEnabled(editable and chosen)

    def _fact(self, award: AwardView, key: str) -> str:
        if key == "supplier":
            return f"{award.supplier} ({award.bid_identifier})"
        if key == "value":
            return money(award.value_pence)
        if key == "notice":
            return uk_date(award.notice_date)
        if key == "summaries":
            return uk_date(award.summaries_sent_on)
        if key == "start":
            return uk_date(award.start_on)
        if key == "end":
            return uk_date(award.end_on)
        return uk_date(award.entered_on)

    def _state_text(self, tender: TenderView | None, award: AwardView | None) -> str:
        if tender is None:
            return ""
        ref = escape(tender.reference)
        status = tender.status
        if status == lifecycle.SIGNED_OFF:
            text = self.tr("<b>Not awarded</b> — %1 is signed off. Record the award once the contract award notice "
                           "is published.").replace("%1", ref)
            if award is not None and award.withdrawn:
                text += " " + escape(self.tr("The last award was withdrawn: %1").replace("%1", award.withdrawn_reason))
        elif status == lifecycle.AWARDED:
            text = self.tr("<b>Awarded</b> — %1. Check the commitments and tick the contract's KPIs, then start "
                           "delivery: after that each change to a commitment needs a reason.").replace("%1", ref)
        elif status == lifecycle.IN_DELIVERY:
            text = self.tr("<b>In delivery</b> — %1. The commitments are part of the contract; a change needs a "
                           "reason and is recorded as a contract change.").replace("%1", ref)
        elif status == lifecycle.CLOSED:
            text = self.tr("<b>Closed</b> — %1. The contract has ended; its record is kept.").replace("%1", ref)
        else:
            text = self.tr("<b>Not awarded</b> — %1 is in %2. The award comes after sign-off.").replace(
                "%1", ref).replace("%2", escape(lifecycle.label(status)))
        if self.controller.read_only:
            text += " " + escape(self.tr("The workspace is open read-only: nothing can be changed here."))
        return text

    def say(self, text: str, *, problem: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(PROBLEM_STYLE if problem else "")

    def refuse(self, text: str) -> None:
        self.say(text, problem=True)

    def chosen_commitment(self) -> CommitmentView | None:
        index = self.commitment_view.currentIndex()
        return self.commitments.commitment_at(index.row()) if index.isValid() else None

    def _open(self, dialog: RecordAwardDialog | ReasonDialog | CommitmentDialog) -> None:
        self.dialog = dialog
        dialog.open()

    def _acts_on_shown(self) -> bool:
        """What is shown is this tender's: never act on another's."""
        return self.tender is not None and self.tender.id == self.tender_id

    # the award ---------------------------------------------------------------------------------
    def bid_choices(self) -> list[BidChoice]:
        """The bids still in the running, the one the results rank first at the top and marked."""
        assert self.tender_id is not None
        bids = self.controller.read(list_bids, self.tender_id, include_withdrawn=False)
        try:
            results = self.controller.read(tender_results, self.tender_id).results
        except Exception:  # noqa: BLE001 - without results the bids are offered in the order they were entered
            order, leaders = {}, set()
        else:
            order = {r.bid_id: n for n, r in enumerate(results.bids)}
            leaders = set(results.leaders)
        bids = sorted(bids, key=lambda b: order.get(b.identifier, len(order)))
        return [BidChoice(b.id, f"{b.display_name} ({b.identifier})", b.identifier in leaders) for b in bids]

    def record_award(self) -> None:
        if not self._acts_on_shown() or self.tender is None:
            return
        value = pence_to_text(self.tender.contract_value_pence) if self.tender.contract_value_pence else ""
        dialog = RecordAwardDialog(self.controller, self.tender.id, self.bid_choices(), value, self)
        dialog.accepted.connect(lambda: self.say(self._recorded_text(dialog.recorded)))
        self._open(dialog)

    def _recorded_text(self, award: AwardView | None) -> str:
        if award is None:
            return self.tr("The award is recorded.")
        return self.tr("The award to %1 is recorded. %2").replace("%1", award.supplier).replace(
            "%2", standstill_text(award, standstill.EXEMPTIONS))

    def withdraw_award(self) -> None:
        if not self._acts_on_shown():
            return
        tender_id = self.tender_id

        def act(reason: str, inline: Inline) -> bool:
            if self.controller.op(awards.withdraw_award, tender_id, reason, inline=inline, parent=self.dialog).ok:
                self.say(self.tr("The award is withdrawn; the tender is signed off again, and the reason is in the "
                                 "audit log."))
                return True
            return False

        self._open(ReasonDialog(
            self.controller, self.tr("Withdraw the award"), self.tr("&Withdraw award"),
            self.tr("Withdraw the award? The tender goes back to signed off, its commitments are set aside, and the "
                    "reason is kept in the audit log."),
            self.tr("&Reason"), self.tr("e.g. The standstill brought a challenge that the council upheld."), act, self))

    def start_delivery(self) -> None:
        if not self._acts_on_shown() or self.tender is None:
            return
        problem = self.controller.read(commitments.kpi_problem, self.tender.id)
        text = self.tr("Start delivery of %1? From then on each change to a commitment needs a reason and is recorded "
                       "as a contract change.").replace("%1", self.tender.reference)
        if problem:
            text = self.tr("s.52: %1").replace("%1", problem) + "\n\n" + text
        if QMessageBox.question(self, self.tr("Start delivery"), text) != QMessageBox.StandardButton.Yes:
            return
        if self.controller.op(awards.start_delivery, self.tender.id, inline=self.refuse, parent=self).ok:
            self.say(self.tr("Delivery has started."))

    def close_contract(self) -> None:
        if not self._acts_on_shown() or self.tender is None:
            return
        text = self.tr("Close the contract of %1? Its commitments and record are kept, but nothing more can be "
                       "changed.").replace("%1", self.tender.reference)
        if QMessageBox.question(self, self.tr("Close the contract"), text) != QMessageBox.StandardButton.Yes:
            return
        if self.controller.op(awards.close_contract, self.tender.id, inline=self.refuse, parent=self).ok:
            self.say(self.tr("The contract is closed."))

    # commitments -------------------------------------------------------------------------------
    @property
    def _in_delivery(self) -> bool:
        return self.tender is not None and self.tender.status == lifecycle.IN_DELIVERY

    def _codes(self) -> list[str]:
        assert self.tender_id is not None
        return [m.code for m in self.controller.read(list_measures, self.tender_id)]

    def add_commitment(self) -> None:
        if self._acts_on_shown() and self.tender_id is not None:
            self._open(CommitmentDialog(self.controller, self.tender_id, self._codes(), None,
                                        in_delivery=self._in_delivery, parent=self))

    def edit_commitment(self) -> None:
        c = self.chosen_commitment()
        if c is not None and self._acts_on_shown() and self.tender_id is not None and self.edit_button.isEnabled():
            self._open(CommitmentDialog(self.controller, self.tender_id, self._codes(), c,
                                        in_delivery=self._in_delivery, parent=self))

    def remove_commitment(self) -> None:
        c = self.chosen_commitment()
        if c is None or not self._acts_on_shown():
            return
        self._reason_for(self.tr("Remove a commitment"), self.tr("Re&move commitment"),
                         self.tr("Remove %1 from the commitments register?").replace("%1", f"{c.code}: {c.text}"),
                         lambda reason, inline: self.controller.op(commitments.remove_commitment, c.id, reason,
                                                                   inline=inline, parent=self.dialog).ok is True)

    def set_kpi(self, commitment_id: int, on: bool) -> None:
        """A KPI tick changed: at once before delivery; in delivery, once a reason is given."""
        if not self._acts_on_shown():
            return
        if not self._in_delivery:
            self.controller.op(commitments.set_s52_kpi, commitment_id, on, inline=self.refuse, parent=self)
            return
        what = self.tr("Mark this commitment as one of the contract's s.52 KPIs?") if on else \
            self.tr("Stop treating this commitment as one of the contract's s.52 KPIs?")
        self._reason_for(self.tr("Change the contract's KPIs"), self.tr("&Record change"), what,
                         lambda reason, inline: self.controller.op(commitments.set_s52_kpi, commitment_id, on,
                                                                   reason=reason, inline=inline, parent=self.dialog).ok is True)

    def _reason_for(self, title: str, ok_text: str, question: str, act: Callable[[str, Inline], bool]) -> None:
        note = (self.tr("Delivery has started: a reason is required, and the change is recorded as a contract change.")
                if self._in_delivery else self.tr("Before delivery a reason is optional; the change is in the audit log."))
        self._open(ReasonDialog(self.controller, title, ok_text, f"{question}\n{note}", self.tr("&Reason"),
                                self.tr("e.g. Varied by agreement with the supplier on 3 May 2027."), act, self))

