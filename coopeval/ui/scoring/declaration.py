"""Declaring conflicts of interest from the Scoring page: no bid is shown until the evaluator has
declared; the prompt names the bidders they declare about. "No interest" opens the bids at once; an
interest waits for the officer's resolution (for one bid, only that bid waits)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coopeval.services.panel.members import INTERESTS, NATURES
from coopeval.services.views import BidView
from coopeval.ui.i18n import QT_TRANSLATE_NOOP, translate


class DeclarationPrompt(QWidget):
    """Asks a member who has not declared to do so (or says what they are waiting for)."""

    no_interest = Signal()
    declare_interest = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Declaration of interests"))
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.bidders = QLabel(self)  # whom the member declares about, beside the buttons
        self.bidders.setWordWrap(True)
        self.bidders.setAccessibleName(self.tr("The bidders"))
        self.bidders.setTextFormat(Qt.TextFormat.RichText)
        self.bidders.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.none_button = QPushButton(self.tr("I have no interest to declare"), self)
        self.none_button.setAccessibleName(self.tr("I have no interest to declare"))
        self.none_button.clicked.connect(self.no_interest)
        self.interest_button = QPushButton(self.tr("Declare an interest…"), self)
        self.interest_button.setAccessibleName(self.tr("Declare an interest"))
        self.interest_button.clicked.connect(self.declare_interest)
        buttons = QHBoxLayout()
        buttons.addWidget(self.none_button)
        buttons.addWidget(self.interest_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.bidders)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def ask(self, name: str, bidders: list[str] | tuple[str, ...]) -> None:
        self.message.setText(self.tr(
            "<h3>Declare any conflict of interest first</h3><p>%1, before you see any bid, declare whether "
            "you have a personal, professional or financial interest in any bidder or in the outcome of this "
            "tender. The declaration is kept in the tender's register.</p>").replace("%1", escape(name)))
        if bidders:
            names = "".join(f"<li>{escape(b, quote=False)}</li>" for b in bidders)
            lead = self.tr("The bidders are:")
            self.bidders.setText(f"<p>{escape(lead, quote=False)}</p><ul>{names}</ul>")
        else:
            none_yet = self.tr("No bid has been received yet.")
            self.bidders.setText(f"<p>{escape(none_yet, quote=False)}</p>")
        self.bidders.show()
        self.none_button.show()
        self.interest_button.show()

    def forget(self) -> None:
        """Drop the bidders' names (asked again when the prompt is next shown)."""
        self.bidders.clear()
        self.bidders.hide()

    def waiting(self, message: str) -> None:
        heading = self.tr("Waiting for the officer")
        self.message.setText(f"<h3>{escape(heading)}</h3><p>{escape(message, quote=False)}</p>")
        self.bidders.hide()
        self.none_button.hide()
        self.interest_button.hide()


# the panel's codes for an interest and its nature (`services.panel.members`), as words
WORDS = {
    "personal": QT_TRANSLATE_NOOP("DeclareInterestDialog", "Personal"),
    "professional": QT_TRANSLATE_NOOP("DeclareInterestDialog", "Professional"),
    "financial": QT_TRANSLATE_NOOP("DeclareInterestDialog", "Financial"),
    "actual": QT_TRANSLATE_NOOP("DeclareInterestDialog", "Actual"),
    "potential": QT_TRANSLATE_NOOP("DeclareInterestDialog", "Potential"),
    "perceived": QT_TRANSLATE_NOOP("DeclareInterestDialog", "Perceived"),
}


class DeclareInterestDialog(QDialog):
    """The interest, its nature, whom it concerns, and the details the officer needs to resolve it."""

    WHOLE_TENDER = -1

    def __init__(self, bids: list[BidView], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Declare an interest"))
        self.interest = QComboBox(self)
        self.interest.setAccessibleName(self.tr("Kind of interest"))
        for value in INTERESTS:
            if value != "none":
                self.interest.addItem(translate("DeclareInterestDialog", WORDS.get(value, value)), value)  # i18n: no
        self.nature = QComboBox(self)
        self.nature.setAccessibleName(self.tr("Nature of the interest"))
        for value in NATURES:
            self.nature.addItem(translate("DeclareInterestDialog", WORDS.get(value, value)), value)  # i18n: no
        self.concerning = QComboBox(self)
        self.concerning.setAccessibleName(self.tr("Whom the interest concerns"))
        self.concerning.addItem(self.tr("The tender as a whole"), self.WHOLE_TENDER)
        for bid in bids:
            self.concerning.addItem(bid.display_name, bid.id)
        self.details = QPlainTextEdit(self)
        self.details.setAccessibleName(self.tr("Details of the interest"))
        self.details.setTabChangesFocus(True)
        self.details.setPlaceholderText(self.tr("Who or what the interest concerns, and how."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Declare"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Interest"), self.interest)
        form.addRow(self.tr("Nature"), self.nature)
        form.addRow(self.tr("Concerning"), self.concerning)
        form.addRow(self.tr("Details"), self.details)
        form.addRow(QLabel(self.tr("The officer resolves the interest; until then the bids it concerns stay hidden."), self))
        form.addRow(buttons)

    def values(self) -> dict:
        bid = self.concerning.currentData()
        return {"interest": self.interest.currentData(), "nature": self.nature.currentData(),
                "details": self.details.toPlainText(), "bid_id": None if bid == self.WHOLE_TENDER else bid}
