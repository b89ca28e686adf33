"""The Award page's dialogs: recording the award (with its standstill, or the exemption that means none
applies), adding or editing a contract commitment, and the one that asks for a reason (withdrawing the award,
removing a commitment, a KPI tick changed in delivery). Each records through the controller; a refusal is said
in the dialog, which stays open with what was typed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from coopeval.domain import standstill
from coopeval.domain.dates import parse_date
from coopeval.domain.numbers import InputError
from coopeval.services.delivery import award as awards
from coopeval.services.delivery import commitments
from coopeval.services.delivery.views import AwardView, CommitmentView
from coopeval.ui.award.wording import long_date
from coopeval.ui.controller import WorkspaceController
from coopeval.ui.widgets import FormDialog

Inline = Callable[[str], None]


@dataclass(frozen=True)
class BidChoice:
    """A bid the award may go to: its id, how it is named, and whether the results rank it first."""

    id: int
    name: str
    ranked_first: bool


class _Form(FormDialog):
    """A FormDialog that grows to show a problem (or a row it shows) whole, never clipped."""

    def say(self, text: str) -> None:
        super().say(text)
        self.adjustSize()


def _text_box(parent: QWidget, placeholder: str, height: int = 70) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setPlaceholderText(placeholder)
    box.setMaximumHeight(height)
    return box


class RecordAwardDialog(_Form):
    """Record the award of a signed-off tender: the winning bid, the contract award notice date (from which the
    standstill is worked out), the contract's dates and value, and when the assessment summaries were sent."""

    def __init__(self, controller: WorkspaceController, tender_id: int, bids: list[BidChoice],
                 value_text: str = "", parent: QWidget | None = None):
        super().__init__(controller, parent, width=560, problem_name=self.tr("Problem with the award"))
        self.tender_id = tender_id
        self.recorded: AwardView | None = None
        self.set_texts(self.tr("Record the award"), self.tr("&Record award"))
        self.bid = QComboBox(self)
        for b in bids:
            self.bid.addItem(self.tr("%1 — ranked first").replace("%1", b.name) if b.ranked_first else b.name, b.id)
        self.notice_date = self._date(self.tr("e.g. 18/12/2026"))
        self.standstill_line = QLabel(self)
        self.standstill_line.setWordWrap(True)
        self.standstill_line.setAccessibleName(self.tr("Standstill worked out from the notice date"))
        self.entered_on = self._date(self.tr("optional: once the contract is signed"))
        self.start_on = self._date(self.tr("e.g. 1/4/2027"))
        self.end_on = self._date(self.tr("e.g. 31/3/2030"))
        self.value = QLineEdit(value_text, self)
        self.value.setPlaceholderText(self.tr("e.g. £1,250,000"))
        self.summaries_sent_on = self._date(self.tr("the day the assessment summaries went to the bidders"))
        self.no_standstill = QCheckBox(self.tr("&No standstill applies"), self)
        self.no_standstill.setAccessibleName(self.tr("No standstill applies"))
        self.exemption = QComboBox(self)
        for key, words in standstill.EXEMPTIONS.items():
            self.exemption.addItem(words, key)
        self.reason = _text_box(self, self.tr("Why the exemption applies to this contract; kept in the audit log."))

        self.add_note(self.tr("The award goes to the bid the council has chosen; the one the social value results "
                              "rank first is marked. Dates as you write them (18/12/2026 or 18 Dec 2026)."))
        self.add_field(self.tr("Winning &bid"), self.bid)
        self.add_field(self.tr("Assessment &summaries sent"), self.summaries_sent_on)
        self.add_field(self.tr("Contract award &notice date"), self.notice_date)
        self.form.addRow("", self.standstill_line)
        self.add_field(self.tr("Contract &entered into"), self.entered_on)
        self.add_field(self.tr("Contract &start"), self.start_on)
        self.add_field(self.tr("Contract en&d"), self.end_on)
        self.add_field(self.tr("Awarded &value (£)"), self.value)
        self.form.addRow("", self.no_standstill)
        self.exemption_label = self.add_field(self.tr("E&xemption"), self.exemption)
        self.reason_label = self.add_field(self.tr("&Reason"), self.reason)
        self.finish_form()
        self.notice_date.textChanged.connect(self._update_standstill)
        self.no_standstill.toggled.connect(self._update_standstill)
        self._update_standstill()

    def _date(self, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setPlaceholderText(placeholder)
        return edit

    def _update_standstill(self) -> None:
        """The standstill's last day as the notice date is typed (the service works it out again on saving)."""
        exempt = self.no_standstill.isChecked()
        if self.exemption.isVisibleTo(self) != exempt:
            for widget in (self.exemption, self.exemption_label, self.reason, self.reason_label):
                widget.setVisible(exempt)
            self.adjustSize()
        if exempt:
            self.standstill_line.setText(self.tr("No standstill: say which exemption applies, and why."))
            return
        try:
            day = parse_date(self.notice_date.text(), self.tr("Notice date"))
        except InputError:
            day = None
        if day is None:
            self.standstill_line.setText(self.tr("Standstill: at least eight working days beginning with the day "
                                                 "the notice is published."))
            return
        last: dt.date = standstill.standstill_end(day)
        self.standstill_line.setText(self.tr("Standstill would end at the end of %1.").replace(
            "%1", long_date(last.isoformat())))

    def accept(self) -> None:
        exempt = self.no_standstill.isChecked()
        outcome = self.controller.op(
            awards.record_award, self.tender_id, bid=self.bid.currentData(), notice_date=self.notice_date.text(),
            start_on=self.start_on.text(), end_on=self.end_on.text(), value=self.value.text(),
            entered_on=self.entered_on.text().strip() or None,
            summaries_sent_on=self.summaries_sent_on.text().strip() or None,
            standstill_exemption=self.exemption.currentData() if exempt else "",
            standstill_reason=self.reason.toPlainText() if exempt else "", inline=self.say, parent=self)
        if outcome.ok:
            self.recorded = outcome.value
            super().accept()


class ReasonDialog(_Form):
    """Asks for a reason, then `act(reason, inline)` records; True closes the dialog."""

    def __init__(self, controller: WorkspaceController, title: str, ok_text: str, intro: str, label: str,
                 placeholder: str, act: Callable[[str, Inline], bool], parent: QWidget | None = None):
        super().__init__(controller, parent, width=480)
        self.set_texts(title, ok_text)
        self.act = act
        self.add_note(intro)
        self.reason = _text_box(self, placeholder, height=90)
        self.add_field(label, self.reason)
        self.finish_form()

    def accept(self) -> None:
        if self.act(self.reason.toPlainText(), self.say):
            super().accept()


class CommitmentDialog(_Form):
    """Add a contract commitment (`commitment` None) or edit one. Before delivery an edit is an ordinary,
    audited change; once delivery has started it is a contract change, and its reason is required."""

    def __init__(self, controller: WorkspaceController, tender_id: int, codes: list[str],
                 commitment: CommitmentView | None, *, in_delivery: bool, parent: QWidget | None = None):
        super().__init__(controller, parent, width=540, problem_name=self.tr("Problem with the commitment"))
        self.tender_id, self.commitment = tender_id, commitment
        adding = commitment is None
        self.set_texts(self.tr("Add a commitment") if adding else self.tr("Edit a commitment"),
                       self.tr("&Add commitment") if adding else self.tr("&Save commitment"))
        self.code = QComboBox(self)
        self.code.setEditable(True)
        self.code.addItems(codes)
        if commitment is not None:
            self.code.setEditText(commitment.code)
            self.code.setEnabled(False)  # a commitment stays under its measure; remove it and add another instead
        self.text = _text_box(self, self.tr("What the supplier will do, as the contract will say it."), height=90)
        self.target = QLineEdit(self)
        self.target.setPlaceholderText(self.tr("a number where one can be measured; empty where none can"))
        if commitment is not None:
            self.text.setPlainText(commitment.text)
            self.target.setText(commitment.target or "")
        self.reason = _text_box(self, self.tr("Why it changes: e.g. Varied by agreement on 3 May 2027."))
        unit = commitment.unit if commitment is not None and commitment.unit else ""
        self.add_field(self.tr("Measure &code"), self.code)
        self.add_field(self.tr("Co&mmitment"), self.text)
        self.add_field(self.tr("&Promised") + (f" ({unit})" if unit else ""), self.target)
        self.add_field(self.tr("&Reason"), self.reason)
        self.add_note(self.tr("Delivery has started: the commitments are part of the contract, so a change needs a "
                              "reason, and is recorded as a contract change.") if in_delivery else
                      self.tr("Until delivery starts, commitments can be changed freely (each change is in the "
                              "audit log); a reason is optional."))
        self.finish_form()

    def accept(self) -> None:
        c, reason = self.commitment, self.reason.toPlainText()
        if c is None:
            outcome = self.controller.op(commitments.add_commitment, self.tender_id, code=self.code.currentText().strip(),
                                         text=self.text.toPlainText(), target=self.target.text().strip() or None,
                                         reason=reason, inline=self.say, parent=self)
        else:
            text = self.text.toPlainText()
            target = self.target.text().strip()
            outcome = self.controller.op(commitments.update_commitment, c.id,
                                         text=text if text != c.text else None,
                                         target=target if target != (c.target or "") else None,
                                         reason=reason, inline=self.say, parent=self)
        if outcome.ok:
            super().accept()
