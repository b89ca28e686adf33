"""The selected bid's details: who the bidder is, its organisation form and the evidence for it.

A plain form: it loads a bid, reports whether the user has changed anything, and hands back the
values; the page decides when to save them."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QPoint, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from coopeval.domain.dates import date_text, parse_date
from coopeval.domain.numbers import InputError
from coopeval.services.bids.entry import ORG_FORMS
from coopeval.services.views import BidView
from coopeval.ui.bids.labels import evidence_hints, org_form_labels
from coopeval.ui.widgets import limit_to_field, set_read_only, show_stored_text


class BidDetailsForm(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.bid: BidView | None = None
        self._loading = False
        self.dirty = False
        self.identifier = QLineEdit(self)
        self.identifier.setPlaceholderText(self.tr("e.g. Companies House or FCA number"))
        self.legal_name = QLineEdit(self)
        self.trading_name = QLineEdit(self)
        self.address = QLineEdit(self)  # made in the order they show, which is the Tab order
        self.email = QLineEdit(self)
        self.received_on = QLineEdit(self)
        self.received_on.setPlaceholderText(self.tr("e.g. 10/01/2027"))
        self.received_pick = QToolButton(self)  # beside the date, so next in the Tab order
        self.received_pick.setText(self.tr("Calendar…"))
        self.received_pick.setToolTip(self.tr("Choose the date from a calendar"))
        self.received_pick.setAccessibleName(self.tr("Choose the received-on date from a calendar"))
        self.received_pick.clicked.connect(self.pick_received_on)
        self.calendar = QCalendarWidget(self)
        self.calendar.setWindowFlags(Qt.WindowType.Popup)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setGridVisible(True)
        self.calendar.setAccessibleName(self.tr("Received on"))
        self.calendar.clicked.connect(self._date_picked)
        self.calendar.activated.connect(self._date_picked)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.calendar, self.calendar.hide,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        received = QWidget(self)
        received_row = QHBoxLayout(received)
        received_row.setContentsMargins(0, 0, 0, 0)
        received_row.addWidget(self.received_on, 1)
        received_row.addWidget(self.received_pick)
        self.org_form = QComboBox(self)
        labels = org_form_labels()
        for form in ("", *ORG_FORMS):
            self.org_form.addItem(labels.get(form, form), form)
        self.org_evidence = QLineEdit(self)
        self.org_evidence.setPlaceholderText(self.tr("e.g. FCA register number 12345R"))
        self.evidence_hint = QLabel(self)
        self.evidence_hint.setWordWrap(True)
        self.evidence_hint.setAccessibleName(self.tr("What evidence proves this organisation form"))

        rows = QFormLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        for text, widget in (
            (self.tr("&Identifier"), self.identifier), (self.tr("&Legal name"), self.legal_name),
            (self.tr("&Trading name"), self.trading_name), (self.tr("Addr&ess"), self.address),
            (self.tr("E&mail"), self.email), (self.tr("Recei&ved on"), received),
            (self.tr("Organisation &form"), self.org_form), (self.tr("Evidence refe&rence"), self.org_evidence),
        ):
            label = QLabel(text, self)
            label.setBuddy(self.received_on if widget is received else widget)
            (self.received_on if widget is received else widget).setAccessibleName(text.replace("&", ""))
            rows.addRow(label, widget)
        rows.addRow("", self.evidence_hint)

        for edit in (self.identifier, self.legal_name, self.trading_name, self.email, self.address,
                     self.org_evidence, self.received_on):
            edit.textEdited.connect(self._changed)
        self.org_form.currentIndexChanged.connect(self._form_changed)
        for edit in (self.identifier, self.received_on, self.org_evidence):
            fit_placeholder(edit)
        for edit, field in self._limited():
            limit_to_field(edit, field)
        self._update_hint()

    def load(self, bid: BidView | None) -> None:
        """Show `bid` (None: an empty form for a new bid); the form is then unchanged."""
        self._loading = True
        self.bid = bid
        for edit, field in self._limited():  # stored text is shown whole, even beyond today's limit
            show_stored_text(edit, getattr(bid, field.removeprefix("bid.")) if bid else "", field)
        self.received_on.setText(date_text(bid.received_on) if bid else "")  # shown as 10 Jan 2027
        index = self.org_form.findData(bid.org_form if bid else "")
        self.org_form.setCurrentIndex(max(index, 0))
        self._loading = False
        self.dirty = False
        self._update_hint()

    def _limited(self) -> tuple[tuple[QLineEdit, str], ...]:
        return ((self.identifier, "bid.identifier"), (self.legal_name, "bid.legal_name"),
                (self.trading_name, "bid.trading_name"), (self.email, "bid.email"), (self.address, "bid.address"),
                (self.org_evidence, "bid.org_evidence"))

    def values(self) -> dict[str, Any]:
        """What the user typed, by the bid service's field names (received_on as typed: the service reads it)."""
        return {
            "identifier": self.identifier.text(), "legal_name": self.legal_name.text(),
            "trading_name": self.trading_name.text(), "email": self.email.text(), "address": self.address.text(),
            "org_form": self.org_form.currentData() or "", "org_evidence": self.org_evidence.text(),
            "received_on": self.received_on.text(),
        }

    def set_editable(self, editable: bool) -> None:
        set_read_only(not editable, self.identifier, self.legal_name, self.trading_name, self.address, self.email,
                      self.received_on, self.org_evidence)
        self.org_form.setEnabled(editable)  # a list has no read-only state: it is greyed instead
        self.received_pick.setEnabled(editable)

    def pick_received_on(self) -> None:
        """Open the calendar under the date field, on the date typed there (today if none or unreadable)."""
        try:
            day = parse_date(self.received_on.text()) or dt.date.today()
        except InputError:
            day = dt.date.today()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.calendar.adjustSize()
        self.calendar.move(self.received_on.mapToGlobal(QPoint(0, self.received_on.height())))
        self.calendar.show()
        self.calendar.setFocus()

    def _date_picked(self, day: QDate) -> None:
        self.calendar.hide()
        self.received_on.setText(date_text(dt.date(day.year(), day.month(), day.day())))
        self.received_on.setFocus()
        self._changed()

    def _form_changed(self) -> None:
        self._update_hint()
        self._changed()

    def _update_hint(self) -> None:
        self.evidence_hint.setText(evidence_hints().get(self.org_form.currentData() or "", ""))

    def _changed(self) -> None:
        if not self._loading:
            self.dirty = True
            self.edited.emit()


def fit_placeholder(edit: QLineEdit) -> None:
    """Keep a field wide enough to show its whole hint, however the form around it is squeezed."""
    edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 24)
