"""The Scoring page's widgets and how they sit: who and in what order along the top, with progress
and Submit; the item list on the left; what to read above what to score on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coopeval.ui.scoring.declaration import DeclarationPrompt
from coopeval.ui.scoring.item_list import ItemList
from coopeval.ui.scoring.item_view import ItemView
from coopeval.ui.scoring.score_editor import ERROR_STYLE, WARN_STYLE, ScoreEditor
from coopeval.ui.widgets import named_button, named_label


def build(page) -> None:  # noqa: ANN001 - the ScoringPage; its widgets become its attributes
    tr = page.tr
    page.member = QComboBox(page)
    page.member.setAccessibleName(tr("I am (the panel member scoring)"))
    page.member.currentIndexChanged.connect(page.member_chosen)
    page.order = QComboBox(page)
    page.order.setAccessibleName(tr("Scoring order"))
    page.order.addItem(tr("Bid by bid"), "by_bid")
    page.order.addItem(tr("Measure by measure, across all bids"), "by_measure")
    saved_order = page.settings.scoring_order if page.settings else "by_bid"
    page.order.setCurrentIndex(max(0, page.order.findData(saved_order)))
    page.order.currentIndexChanged.connect(page.order_chosen)
    page.declare_button = named_button(page, tr("Declare an interest…"), tr("Declare a conflict of interest"),
                                  page.declare_interest)
    page.progress = QProgressBar(page)
    page.progress.setAccessibleName(tr("Scoring progress"))
    page.progress.setFormat(tr("%v of %m scored"))
    page.progress.setMinimumWidth(180)
    page.submit_button = named_button(page, tr("Submit my scores"),
                                 tr("Submit every score (Ctrl+Enter); they are then read-only until moderation"),
                                 page.submit)
    page.submit_button.setAccessibleName(tr("Submit my scores"))
    top = QHBoxLayout()
    for label, widget in ((tr("&I am:"), page.member), (tr("&Order:"), page.order)):
        caption = QLabel(label, page)
        caption.setBuddy(widget)
        top.addWidget(caption)
        top.addWidget(widget)
    top.addWidget(page.declare_button)
    top.addStretch(1)
    top.addWidget(page.progress)
    top.addWidget(page.submit_button)

    page.banner = named_label(page, tr("About your scores"), WARN_STYLE)
    page.notice = named_label(page, tr("Message"), ERROR_STYLE)
    page.message = named_label(page, tr("Scoring"), "")
    page.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
    page.declaration = DeclarationPrompt(page)
    page.declaration.no_interest.connect(page.declare_no_interest)
    page.declaration.declare_interest.connect(page.declare_interest)
    page.item_list = ItemList(page)
    page.item_list.currentRowChanged.connect(page.go_to)
    page.item_view = ItemView(page)
    page.editor = ScoreEditor(page)
    page.editor.typed.connect(page.autosaver.touch)
    page.editor.chosen.connect(page.autosaver.touch)
    page.editor.chosen.connect(page.autosaver.save_now)
    page.editor.left.connect(page.autosaver.save_now)
    page.previous_button = named_button(page, tr("◀ Previous"), tr("Previous item (Alt+Left)"), page.previous_item)
    page.next_button = named_button(page, tr("Next ▶"), tr("Next item (Alt+Right)"), page.next_item)
    page.unscored_button = named_button(page, tr("First unscored"), tr("First unscored item (Ctrl+U)"), page.first_unscored)
    nav = QHBoxLayout()
    for button in (page.previous_button, page.next_button, page.unscored_button):
        nav.addWidget(button)
    lower = QWidget(page)
    lower_layout = QVBoxLayout(lower)
    lower_layout.setContentsMargins(0, 4, 0, 0)
    lower_layout.addWidget(page.editor, 1)
    lower_layout.addLayout(nav)
    page.reading = QSplitter(Qt.Orientation.Vertical, page)  # read above, score below: both get the width
    page.reading.addWidget(page.item_view)
    page.reading.addWidget(lower)
    page.reading.setSizes([340, 440])
    page.work = QSplitter(Qt.Orientation.Horizontal, page)
    page.work.addWidget(page.item_list)
    page.work.addWidget(page.reading)
    page.work.setStretchFactor(1, 1)
    page.work.setSizes([240, 1000])
    page.stack = QStackedWidget(page)
    for widget in (page.message, page.declaration, page.work):
        page.stack.addWidget(widget)
    layout = QVBoxLayout(page)
    layout.addLayout(top)
    layout.addWidget(page.banner)
    layout.addWidget(page.notice)
    layout.addWidget(page.stack, 1)
    _order_tabs(page)


def _order_tabs(page) -> None:  # noqa: ANN001
    """Tab follows the work: who and in what order, declaring, the items, what to read, the score and
    its reasons, moving on; Submit comes last, once the work is done, rather than where it sits on
    screen (between the order and the items). The score buttons join before Abstain as the editor
    makes them (`ScoreEditor.set_scale`)."""
    editor = page.editor
    chain = (page.member, page.order, page.declare_button, page.declaration.none_button,
             page.declaration.interest_button, page.item_list, page.item_view, editor.abstain, editor.abstain_reason,
             editor.rationale, editor.evidence, page.previous_button, page.next_button, page.unscored_button,
             page.submit_button)
    for first, second in zip(chain, chain[1:]):
        QWidget.setTabOrder(first, second)


