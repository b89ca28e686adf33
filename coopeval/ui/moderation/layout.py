"""The Moderation page's widgets and how they sit: the view controls along the top, the drafts to
settle above everything else, the grid on the left with its legend, and the item above its consensus
editor on the right. Also the page's keyboard shortcuts.

`ModerationWidgets` only builds and places; the page connects what the widgets do. Widgets are
created in the order Tab visits them (Qt's focus chain follows creation)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coopeval.ui.i18n import translate
from coopeval.ui.moderation.consensus_editor import ERROR_STYLE, ConsensusEditor
from coopeval.ui.moderation.drafts_panel import DraftsPanel
from coopeval.ui.moderation.grid_model import DISAGREEMENT_ORDER, FRAMEWORK_ORDER, ModerationGridModel, level_text
from coopeval.ui.moderation.item_view import ItemView
from coopeval.ui.moderation.palette import CONSENSUS_MARK, DRAFTS_MARK, SELECTED
from coopeval.ui.widgets import named_label

if TYPE_CHECKING:
    from coopeval.ui.pages.moderation import ModerationPage

WARN_STYLE = "QLabel { background: #fff4ce; color: #3b2f00; padding: 4px; }"  # i18n: no
IN_PAGE = Qt.ShortcutContext.WidgetWithChildrenShortcut
IN_WINDOW = Qt.ShortcutContext.WindowShortcut


def _button(parent: QWidget, text: str, name: str) -> QPushButton:
    button = QPushButton(text, parent)
    button.setAccessibleName(name)
    button.setToolTip(name)
    return button


class ModerationWidgets:
    """The widgets of one Moderation page, laid out on it (`page.ui = ModerationWidgets(page)`)."""

    def __init__(self, page: QWidget):
        self.open_button = _button(page, translate("ModerationWidgets", "Open moderation…"), translate("ModerationWidgets", "Open moderation: lock every individual score"))
        self.only_discussion = QCheckBox(translate("ModerationWidgets", "Only items needing &discussion"), page)
        self.only_discussion.setAccessibleName(translate("ModerationWidgets", "Show only measures with an item needing discussion"))
        self.order = QComboBox(page)
        self.order.setAccessibleName(translate("ModerationWidgets", "Order of the measures in the grid"))
        self.order.addItem(translate("ModerationWidgets", "Framework order"), FRAMEWORK_ORDER)
        self.order.addItem(translate("ModerationWidgets", "Most disagreement first"), DISAGREEMENT_ORDER)
        self.order.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.order.setMinimumContentsLength(12)
        for index in range(self.order.count()):
            self.order.setItemData(index, self.order.itemText(index), Qt.ItemDataRole.ToolTipRole)
        self.anonymise = QCheckBox(translate("ModerationWidgets", "&Anonymise evaluators"), page)
        self.anonymise.setAccessibleName(translate("ModerationWidgets", "Anonymise evaluators' names"))
        self.discussion_button = _button(page, translate("ModerationWidgets", "Next needing discussion"), translate("ModerationWidgets", "Next item needing discussion (Ctrl+D)"))
        self.history_button = _button(page, translate("ModerationWidgets", "History…"), translate("ModerationWidgets", "History of this item's scores and consensus (Ctrl+H)"))
        self.meeting_button = _button(page, translate("ModerationWidgets", "Meeting mode"), translate("ModerationWidgets", "Meeting mode: full screen, one item at a time (F11)"))
        top = QHBoxLayout()
        top.addWidget(self.open_button)
        top.addWidget(self.only_discussion)
        caption = QLabel(translate("ModerationWidgets", "&Order:"), page)
        caption.setBuddy(self.order)
        top.addWidget(caption)
        top.addWidget(self.order)
        top.addStretch(1)
        views = QHBoxLayout()  # a second row, so the page fits a window beside a bid's PDF
        views.addWidget(self.anonymise)
        views.addStretch(1)
        for button in self.view_buttons:
            views.addWidget(button)

        self.banner = named_label(page, translate("ModerationWidgets", "About this moderation"), WARN_STYLE)
        self.notice = named_label(page, translate("ModerationWidgets", "Message"), ERROR_STYLE)
        self.message = named_label(page, translate("ModerationWidgets", "Moderation"), "")
        self.message.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.message.setMargin(12)
        self.drafts = DraftsPanel(page)
        self.drafts.hide()

        self.model = ModerationGridModel(page)
        self.grid = self._grid(page)
        legend = " · ".join(level_text(level) for level in ("agree", "discuss", "split", "none", "quantitative"))
        self.legend = named_label(page, translate("ModerationWidgets", "Grid legend"), "QLabel { color: #323130; }")  # i18n: no
        recorded, settle = translate("ModerationWidgets", "consensus recorded"), translate("ModerationWidgets", "drafts to settle")
        self.legend.setText(f"{legend} · {CONSENSUS_MARK} {recorded} · {DRAFTS_MARK} {settle} · "
                            + translate("ModerationWidgets", "bold: needs discussion"))
        left = QWidget(page)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.grid, 1)
        left_layout.addWidget(self.legend)

        self.item_view = ItemView(page)
        self.editor = ConsensusEditor(page)
        self.accept_button = self.editor.accept_all  # beside a quantity: every commitment as committed
        self.right = QSplitter(Qt.Orientation.Vertical, page)
        self.right.addWidget(self.item_view)
        editor_scroll = QScrollArea(page)  # a short window scrolls the editor rather than growing the page
        editor_scroll.setWidget(self.editor)
        editor_scroll.setWidgetResizable(True)
        editor_scroll.setFrameShape(QFrame.Shape.NoFrame)
        editor_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop of its own between item and editor
        editor_scroll.setAccessibleName(translate("ModerationWidgets", "Consensus editor"))
        self.right.addWidget(editor_scroll)
        # the rationale's flags sit below it: keep them in view while the chair types
        # (once the editor's layout has made room for them)
        self.editor.flags_followed.connect(lambda: QTimer.singleShot(
            0, lambda: editor_scroll.ensureWidgetVisible(self.editor.flags, 0, 0)))
        self.right.setSizes([420, 330])
        self.work = QSplitter(Qt.Orientation.Horizontal, page)
        self.work.addWidget(left)
        self.work.addWidget(self.right)
        self.work.setStretchFactor(0, 2)
        self.work.setStretchFactor(1, 3)
        self.work.setSizes([560, 640])
        self.stack = QStackedWidget(page)
        self.stack.addWidget(self.message)
        self.stack.addWidget(self.work)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addLayout(views)
        layout.addWidget(self.banner)
        layout.addWidget(self.notice)
        layout.addWidget(self.drafts)
        layout.addWidget(self.stack, 1)
        self.banner.hide()
        self.notice.hide()

    @property
    def view_buttons(self) -> tuple[QPushButton, QPushButton, QPushButton]:
        """Next needing discussion, History, Meeting mode: usable only once moderation is open."""
        return self.discussion_button, self.history_button, self.meeting_button

    def _grid(self, page: QWidget) -> QTableView:
        grid = QTableView(page)
        grid.setModel(self.model)
        grid.setAccessibleName(translate("ModerationWidgets", "Moderation grid: measures down, bids across"))
        grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        grid.setWordWrap(True)
        grid.setTabKeyNavigation(False)  # arrows move between cells; Tab moves on to the item, not through every cell
        grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        grid.horizontalHeader().setMinimumSectionSize(100)
        grid.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        grid.verticalHeader().setDefaultSectionSize(2 * page.fontMetrics().height() + 10)
        colours = grid.palette()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            colours.setColor(group, QPalette.ColorRole.Highlight, QColor(SELECTED.background))
            colours.setColor(group, QPalette.ColorRole.HighlightedText, QColor(SELECTED.text))
        grid.setPalette(colours)
        return grid


def install_keys(page: ModerationPage) -> list[QShortcut]:
    shortcuts = []
    editor = page.ui.editor

    def add(sequence: str, slot: Callable[[], object], context: Qt.ShortcutContext = IN_WINDOW,
            on: QWidget | None = None) -> None:
        shortcut = QShortcut(QKeySequence(sequence), on or page)
        shortcut.setContext(context)
        shortcut.activated.connect(slot)
        shortcuts.append(shortcut)

    def choose(position: int) -> Callable[[], None]:
        return lambda: editor.choose_position(position)

    def choose_when_working(position: int) -> Callable[[], None]:
        def chosen() -> None:
            if page.working():
                editor.choose_position(position)
        return chosen

    for digit in range(10):
        add(str(digit), choose(digit), IN_PAGE, editor)
        add(f"Alt+{digit}", choose_when_working(digit))
    add("+", lambda: editor.step(1), IN_PAGE, editor)
    add("-", lambda: editor.step(-1), IN_PAGE, editor)
    add("Alt+Right", page.next_item)
    add("Alt+Left", page.previous_item)
    add("Ctrl+D", page.next_needing_discussion)
    add("Ctrl+H", page.show_history)
    add("F11", page.meeting_mode)
    add("Ctrl+Return", page.record)
    add("Ctrl+Enter", page.record)
    return shortcuts
