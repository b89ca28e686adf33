"""The Moderation page's widgets and how they sit: the view controls along the top, the drafts to
settle above everything else, the grid on the left with its legend, and the item above its consensus
editor on the right. Also the page's keyboard shortcuts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coopeval.ui.moderation.consensus_editor import ERROR_STYLE, ConsensusEditor
from coopeval.ui.moderation.drafts_panel import DraftsPanel
from coopeval.ui.moderation.grid_model import DISAGREEMENT_ORDER, FRAMEWORK_ORDER, ModerationGridModel, level_text
from coopeval.ui.moderation.item_view import ItemView
from coopeval.ui.moderation.palette import CONSENSUS_MARK, DRAFTS_MARK, SELECTED
from coopeval.ui.widgets import named_button, named_label

WARN_STYLE = "QLabel { background: #fff4ce; color: #3b2f00; padding: 4px; }"
IN_PAGE = Qt.ShortcutContext.WidgetWithChildrenShortcut
IN_WINDOW = Qt.ShortcutContext.WindowShortcut


def build(page) -> None:  # noqa: ANN001 - the ModerationPage; its widgets become its attributes
    tr = page.tr
    page.open_button = named_button(page, tr("Open moderation…"), tr("Open moderation: lock every individual score"),
                               page.open_moderation)
    page.only_discussion = QCheckBox(tr("Only items needing &discussion"), page)
    page.only_discussion.setAccessibleName(tr("Show only measures with an item needing discussion"))
    page.only_discussion.toggled.connect(page.view_changed)
    page.order = QComboBox(page)
    page.order.setAccessibleName(tr("Order of the measures in the grid"))
    page.order.addItem(tr("Framework order"), FRAMEWORK_ORDER)
    page.order.addItem(tr("Most disagreement first"), DISAGREEMENT_ORDER)
    page.order.currentIndexChanged.connect(page.view_changed)
    page.anonymise = QCheckBox(tr("&Anonymise evaluators"), page)
    page.anonymise.setAccessibleName(tr("Anonymise evaluators' names"))
    page.anonymise.toggled.connect(page.anonymise_changed)
    page.discussion_button = named_button(page, tr("Next needing discussion"), tr("Next item needing discussion (Ctrl+D)"),
                                     page.next_needing_discussion)
    page.history_button = named_button(page, tr("History…"), tr("History of this item's scores and consensus (Ctrl+H)"),
                                  page.show_history)
    page.meeting_button = named_button(page, tr("Meeting mode"), tr("Meeting mode: full screen, one item at a time (F11)"),
                                  page.meeting_mode)
    top = QHBoxLayout()
    top.addWidget(page.open_button)
    top.addWidget(page.only_discussion)
    caption = QLabel(tr("&Order:"), page)
    caption.setBuddy(page.order)
    top.addWidget(caption)
    top.addWidget(page.order)
    top.addWidget(page.anonymise)
    top.addStretch(1)
    for button in (page.discussion_button, page.history_button, page.meeting_button):
        top.addWidget(button)

    page.banner = named_label(page, tr("About this moderation"), WARN_STYLE)
    page.notice = named_label(page, tr("Message"), ERROR_STYLE)
    page.message = named_label(page, tr("Moderation"), "")
    page.message.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    page.message.setTextFormat(Qt.TextFormat.RichText)
    page.message.setMargin(12)
    page.drafts = DraftsPanel(page)
    page.drafts.submit_requested.connect(page.submit_drafts)
    page.drafts.withdraw_requested.connect(page.withdraw_drafts)
    page.drafts.hide()

    page.model = ModerationGridModel(page)
    page.grid = QTableView(page)
    page.grid.setModel(page.model)
    page.grid.setAccessibleName(tr("Moderation grid: measures down, bids across"))
    page.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    page.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    page.grid.setWordWrap(True)
    page.grid.setTabKeyNavigation(False)  # arrows move between cells; Tab moves on to the item, not through every cell
    page.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    page.grid.horizontalHeader().setMinimumSectionSize(100)
    page.grid.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
    page.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    page.grid.verticalHeader().setDefaultSectionSize(2 * page.fontMetrics().height() + 10)
    page.grid.selectionModel().currentChanged.connect(page.cell_changed)
    colours = page.grid.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        colours.setColor(group, QPalette.ColorRole.Highlight, QColor(SELECTED.background))
        colours.setColor(group, QPalette.ColorRole.HighlightedText, QColor(SELECTED.text))
    page.grid.setPalette(colours)
    legend = " · ".join(level_text(level) for level in ("agree", "discuss", "split", "none", "quantitative"))
    page.legend = named_label(page, tr("Grid legend"), "QLabel { color: #323130; }")
    page.legend.setText(f"{legend} · {CONSENSUS_MARK} {tr('consensus recorded')} · {DRAFTS_MARK} {tr('drafts to settle')} · "
                        + tr("bold: needs discussion"))
    left = QWidget(page)
    left_layout = QVBoxLayout(left)
    left_layout.setContentsMargins(0, 0, 0, 0)
    left_layout.addWidget(page.grid, 1)
    left_layout.addWidget(page.legend)

    page.item_view = ItemView(page)
    page.editor = ConsensusEditor(page)
    page.editor.record.connect(page.record)
    page.right = QSplitter(Qt.Orientation.Vertical, page)
    page.right.addWidget(page.item_view)
    page.right.addWidget(page.editor)
    page.right.setSizes([420, 330])
    page.work = QSplitter(Qt.Orientation.Horizontal, page)
    page.work.addWidget(left)
    page.work.addWidget(page.right)
    page.work.setStretchFactor(0, 2)
    page.work.setStretchFactor(1, 3)
    page.work.setSizes([560, 640])
    page.stack = QStackedWidget(page)
    page.stack.addWidget(page.message)
    page.stack.addWidget(page.work)
    layout = QVBoxLayout(page)
    layout.addLayout(top)
    layout.addWidget(page.banner)
    layout.addWidget(page.notice)
    layout.addWidget(page.drafts)
    layout.addWidget(page.stack, 1)
    page.banner.hide()
    page.notice.hide()


def install_keys(page) -> list[QShortcut]:  # noqa: ANN001
    shortcuts = []

    def add(sequence: str, slot, context: Qt.ShortcutContext = IN_WINDOW, on: QWidget | None = None) -> None:  # noqa: ANN001
        shortcut = QShortcut(QKeySequence(sequence), on or page)
        shortcut.setContext(context)
        shortcut.activated.connect(slot)
        shortcuts.append(shortcut)

    for digit in range(10):
        add(str(digit), lambda d=digit: page.editor.choose_position(d), IN_PAGE, page.editor)
        add(f"Alt+{digit}", lambda d=digit: page.working() and page.editor.choose_position(d))
    add("+", lambda: page.editor.step(1), IN_PAGE, page.editor)
    add("-", lambda: page.editor.step(-1), IN_PAGE, page.editor)
    add("Alt+Right", page.next_item)
    add("Alt+Left", page.previous_item)
    add("Ctrl+D", page.next_needing_discussion)
    add("Ctrl+H", page.show_history)
    add("F11", page.meeting_mode)
    add("Ctrl+Return", page.record)
    add("Ctrl+Enter", page.record)
    return shortcuts


