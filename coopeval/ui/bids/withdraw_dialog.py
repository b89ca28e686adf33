"""Withdrawing a bid: asks for the reason (kept with the bid and in the audit log)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from coopeval.services.bids import entry as bids
from coopeval.services.views import BidView
from coopeval.ui.controller import WorkspaceController


class WithdrawBidDialog(QDialog):
    def __init__(self, controller: WorkspaceController, bid: BidView, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller, self.bid = controller, bid
        self.withdrawn = False
        self.setWindowTitle(self.tr("Withdraw bid"))
        intro = QLabel(self.tr("Withdraw the bid from {bidder}? It stays on record, marked withdrawn, and is no "
                               "longer scored.").format(bidder=bid.display_name), self)
        intro.setWordWrap(True)
        label = QLabel(self.tr("&Reason for withdrawal"), self)
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason.setAccessibleName(self.tr("Reason for withdrawal"))
        self.reason.setPlaceholderText(self.tr("e.g. The bidder withdrew by email on 3 March 2026."))
        label.setBuddy(self.reason)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Problem with the withdrawal"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Withdraw bid"))
        self.ok_button.setAccessibleName(self.tr("Withdraw bid"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (intro, label, self.reason, self.message, self.buttons):
            layout.addWidget(w)

    def accept(self) -> None:
        # A refusal is shown in the dialog, which stays open with the reason kept.
        if self.controller.op(bids.withdraw_bid, self.bid.id, self.reason.toPlainText(),
                              inline=self.message.setText, parent=self).ok:
            self.withdrawn = True
            super().accept()
