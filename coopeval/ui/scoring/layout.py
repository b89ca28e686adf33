"""The Scoring page's widgets and how they sit: who and in what order along the top, with progress
and Submit; the item list on the left; what to read above what to score on the right.

`ScoringWidgets` is the page's form (as `self.ui`), in the manner of a Designer `Ui_` class: it
makes, names, lays out and orders the widgets; the page connects them to what they do."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coopeval.ui.i18n import translate
from coopeval.ui.scoring.declaration import DeclarationPrompt
from coopeval.ui.scoring.item_list import ItemList
from coopeval.ui.scoring.item_view import ItemView
from coopeval.ui.scoring.score_editor import ERROR_STYLE, WARN_STYLE, ScoreEditor
from coopeval.ui.widgets import named_label


class ScoringWidgets:
    """Every widget on the Scoring page, laid out on `page`."""

    def __init__(self, page: QWidget):
        self.member = QComboBox(page)
        self.member.setAccessibleName(translate("ScoringWidgets", "I am (the panel member scoring)"))
        self.order = QComboBox(page)
        self.order.setAccessibleName(translate("ScoringWidgets", "Scoring order"))
        self.order.addItem(translate("ScoringWidgets", "Bid by bid"), "by_bid")
        self.order.addItem(translate("ScoringWidgets", "Measure by measure, across all bids"), "by_measure")
        for index in range(self.order.count()):
            self.order.setItemData(index, self.order.itemText(index), Qt.ItemDataRole.ToolTipRole)
        self.declare_button = _button(page, translate("ScoringWidgets", "Declare an interest…"), translate("ScoringWidgets", "Declare a conflict of interest"))
        self.progress = QProgressBar(page)
        self.progress.setAccessibleName(translate("ScoringWidgets", "Scoring progress"))
        self.progress.setFormat(translate("ScoringWidgets", "%v of %m scored"))
        self.progress.setMinimumWidth(120)
        for box in (self.member, self.order):  # narrow windows: the box shrinks, its items' tooltips keep the names
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(12)
        self.submit_button = _button(page, translate("ScoringWidgets", "Submit my scores"),
                                     translate("ScoringWidgets", "Submit every score (Ctrl+Enter); they are then read-only until moderation"))
        self.submit_button.setAccessibleName(translate("ScoringWidgets", "Submit my scores"))
        self.top_bar = top_bar = QWidget(page)  # its own widget, so a button shown or hidden while the page is away resizes the row
        self.top_row = top = QHBoxLayout(top_bar)
        top.setContentsMargins(0, 0, 0, 0)
        for label, widget in ((translate("ScoringWidgets", "&I am:"), self.member), (translate("ScoringWidgets", "&Order:"), self.order)):
            caption = QLabel(label, top_bar)
            caption.setBuddy(widget)
            top.addWidget(caption)
            top.addWidget(widget, 1 if widget is self.member else 0)  # "I am" takes spare room: names stay whole
        top.addWidget(self.declare_button)
        top.addStretch(1)
        top.addWidget(self.progress)
        top.addWidget(self.submit_button)

        self.banner = named_label(page, translate("ScoringWidgets", "About your scores"), WARN_STYLE)
        self.notice = named_label(page, translate("ScoringWidgets", "Message"), ERROR_STYLE)
        self.message = named_label(page, translate("ScoringWidgets", "Scoring"), "")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.declaration = DeclarationPrompt(page)
        # Another member's work stays hidden until they sign in: this says so, with the way to sign in.
        self.gate = QWidget(page)
        self.gate_text = named_label(self.gate, translate("ScoringWidgets", "Signing in"), "")
        self.gate_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.gate_button = _button(self.gate, translate("ScoringWidgets", "Sign in…"), translate("ScoringWidgets", "Sign in as this member"))
        gate_layout = QVBoxLayout(self.gate)
        gate_layout.addStretch(1)
        gate_layout.addWidget(self.gate_text)
        gate_layout.addWidget(self.gate_button, 0, Qt.AlignmentFlag.AlignHCenter)
        gate_layout.addStretch(1)
        self.item_list = ItemList(page)
        self.item_view = ItemView(page)
        self.editor = ScoreEditor(page)
        self.previous_button = _button(page, translate("ScoringWidgets", "◀ Previous"), translate("ScoringWidgets", "Previous item (Alt+Left)"))
        self.next_button = _button(page, translate("ScoringWidgets", "Next ▶"), translate("ScoringWidgets", "Next item (Alt+Right)"))
        self.unscored_button = _button(page, translate("ScoringWidgets", "First unscored"), translate("ScoringWidgets", "First unscored item (Ctrl+U)"))
        nav = QHBoxLayout()
        for button in (self.previous_button, self.next_button, self.unscored_button):
            nav.addWidget(button)
        lower = QWidget(page)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 4, 0, 0)
        lower_layout.addWidget(self.editor, 1)
        lower_layout.addLayout(nav)
        self.reading = QSplitter(Qt.Orientation.Vertical, page)  # read above, score below: both get the width
        self.reading.addWidget(self.item_view)
        self.reading.addWidget(lower)
        self.reading.setSizes([340, 440])
        self.work = QSplitter(Qt.Orientation.Horizontal, page)
        self.work.addWidget(self.item_list)
        self.work.addWidget(self.reading)
        self.work.setStretchFactor(1, 1)
        self.work.setSizes([240, 1000])
        self.stack = QStackedWidget(page)
        for face in (self.message, self.declaration, self.gate, self.work):
            self.stack.addWidget(face)
        layout = QVBoxLayout(page)
        layout.addWidget(top_bar)
        layout.addWidget(self.banner)
        layout.addWidget(self.notice)
        layout.addWidget(self.stack, 1)
        self._order_tabs()

    def refit_top(self) -> None:
        """Size the top row afresh after Declare or the progress bar is shown or hidden: Qt keeps the old
        size while the page is not showing, which would hold the window wider than it need be."""
        self.top_row.invalidate()
        self.top_bar.updateGeometry()

    def choose_order(self, order: str) -> None:
        """Show `order` ("by_bid" or "by_measure"; anything else: by bid) in the Order box."""
        self.order.setCurrentIndex(max(0, self.order.findData(order)))

    def _order_tabs(self) -> None:
        """Tab follows the work: who and in what order, declaring, the items, what to read, the score
        and its reasons, moving on; Submit comes last, once the work is done, rather than where it sits
        on screen (between the order and the items). The score buttons join before Abstain as the
        editor makes them (`ScoreEditor.set_scale`)."""
        editor = self.editor
        chain: tuple[QWidget, ...] = (
            self.member, self.order, self.declare_button, self.gate_button, self.declaration.none_button,
            self.declaration.interest_button, self.item_list, self.item_view, editor.abstain, editor.abstain_reason,
            editor.rationale, editor.evidence, self.previous_button, self.next_button, self.unscored_button,
            self.submit_button)
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)


def _button(parent: QWidget, text: str, name: str) -> QPushButton:
    """A push button named for screen readers, its name also its tooltip; the page connects it."""
    button = QPushButton(text, parent)
    button.setAccessibleName(name)
    button.setToolTip(name)
    return button
