"""The selected bid's details: who the bidder is, its organisation form and the evidence for it.

A plain form: it loads a bid, reports whether the user has changed anything, and hands back the
values; the page decides when to save them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from coopeval.services.bids.entry import ORG_FORMS
from coopeval.services.views import BidView
from coopeval.ui.bids.labels import evidence_hints, org_form_labels
from coopeval.ui.widgets import set_read_only


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
        self.received_on.setPlaceholderText(self.tr("YYYY-MM-DD"))
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
            (self.tr("E&mail"), self.email), (self.tr("Recei&ved on"), self.received_on),
            (self.tr("Organisation &form"), self.org_form), (self.tr("Evidence refe&rence"), self.org_evidence),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", ""))
            rows.addRow(label, widget)
        rows.addRow("", self.evidence_hint)

        for edit in (self.identifier, self.legal_name, self.trading_name, self.email, self.address,
                     self.org_evidence, self.received_on):
            edit.textEdited.connect(self._changed)
        self.org_form.currentIndexChanged.connect(self._form_changed)
        self._update_hint()

    def load(self, bid: BidView | None) -> None:
        """Show `bid` (None: an empty form for a new bid); the form is then unchanged."""
        self._loading = True
        self.bid = bid
        self.identifier.setText(bid.identifier if bid else "")
        self.legal_name.setText(bid.legal_name if bid else "")
        self.trading_name.setText(bid.trading_name if bid else "")
        self.email.setText(bid.email if bid else "")
        self.address.setText(bid.address if bid else "")
        self.org_evidence.setText(bid.org_evidence if bid else "")
        self.received_on.setText((bid.received_on or "") if bid else "")
        index = self.org_form.findData(bid.org_form if bid else "")
        self.org_form.setCurrentIndex(max(index, 0))
        self._loading = False
        self.dirty = False
        self._update_hint()

    def values(self) -> dict[str, Any]:
        """What the user typed, by the bid service's field names (received_on as typed)."""
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

    def _form_changed(self) -> None:
        self._update_hint()
        self._changed()

    def _update_hint(self) -> None:
        self.evidence_hint.setText(evidence_hints().get(self.org_form.currentData() or "", ""))

    def _changed(self) -> None:
        if not self._loading:
            self.dirty = True
            self.edited.emit()
