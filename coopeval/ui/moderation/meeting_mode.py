"""Meeting mode: one item at a time, full screen in large type for a projector, driven by the keyboard.
Individual scores (and the statistics that would give them away) stay hidden until revealed, and are
hidden again on the next item. The bid's response sits beside the scores, and a compact consensus
entry below records the panel's consensus (the page records it, through the same service as its own
editor). Leaving returns the grid to the item on screen."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from coopeval.services.moderation.quality import item_flags
from coopeval.services.moderation.view import ModerationGrid, ModerationItem
from coopeval.ui.moderation.consensus_editor import ConsensusEditor
from coopeval.ui.moderation.grid_model import consensus_text
from coopeval.ui.moderation.item_view import (
    conflict_text,
    consensus_html,
    heading_html,
    level_html,
    response_html,
    scores_html,
    stats_html,
)
from coopeval.ui.moderation.palette import CONFLICT_STYLE

SCALE = 2.0  # type size against the system font
KEYS = {
    "next": ("Right", "PgDown", "N"),  # i18n: no
    "previous": ("Left", "PgUp", "P"),  # i18n: no
    "next_discussion": ("D",),
    "reveal": ("R", "Space"),  # i18n: no
    "leave": ("Esc", "Q"),  # i18n: no
}


class MeetingMode(QWidget):
    left_at = Signal(object)  # the (bid_id, measure_id) on screen when leaving
    record_requested = Signal(object)  # the (bid_id, measure_id) whose consensus `editor` holds

    def __init__(self, grid: ModerationGrid, keys: list[tuple[int, int]], start: tuple[int, int] | None, *,
                 anonymise: bool, editable: bool = False, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Meeting mode — %1").replace("%1", grid.tender.reference))
        self.setAccessibleName(self.tr("Meeting mode"))
        self.grid, self.keys, self.anonymise = grid, list(keys), anonymise
        self.index = self.keys.index(start) if start in self.keys else 0
        self.revealed = False
        self.editable = editable
        self._left = False
        self._shown: tuple | None = None  # (key, consensus recorded_at) the editor holds
        font = QApplication.font()
        font.setPointSizeF(font.pointSizeF() * SCALE)
        self.setFont(font)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.conflicts = QLabel(self)
        self.conflicts.setWordWrap(True)
        self.conflicts.setAccessibleName(self.tr("Conflicts of interest in this bid"))
        bg, fg = CONFLICT_STYLE
        self.conflicts.setStyleSheet(f"QLabel {{ background: {bg}; color: {fg}; padding: 8px; font-weight: bold; }}")
        self.body = QLabel(self)
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body.setAccessibleName(self.tr("The item under discussion"))
        self.body.setMargin(16)
        self.scores = QLabel(self)
        self.scores.setWordWrap(True)
        self.scores.setTextFormat(Qt.TextFormat.RichText)
        self.scores.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.scores.setAccessibleName(self.tr("Individual scores"))
        self.scores.setMargin(16)
        self.consensus = QLabel(self)
        self.consensus.setWordWrap(True)
        self.consensus.setTextFormat(Qt.TextFormat.RichText)
        self.consensus.setAccessibleName(self.tr("Consensus"))
        self.consensus.setMargin(16)
        self.response = QLabel(self)
        self.response.setWordWrap(True)
        self.response.setTextFormat(Qt.TextFormat.RichText)
        self.response.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.response.setAccessibleName(self.tr("The bid's response"))
        self.response.setMargin(16)
        content = QWidget(self)
        inner = QVBoxLayout(content)
        inner.addWidget(self.body)
        beside = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.scores)
        left.addWidget(self.consensus)
        left.addStretch(1)
        beside.addLayout(left, 1)
        beside.addWidget(self.response, 1)
        inner.addLayout(beside)
        inner.addStretch(1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(content)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.hints = QLabel(self)
        self.hints.setWordWrap(True)
        self.hints.setAccessibleName(self.tr("Meeting mode keys"))
        self.hints.setStyleSheet("QLabel { color: #323130; padding: 6px; }")
        layout = QVBoxLayout(self)
        layout.addWidget(self.conflicts)
        layout.addWidget(self.scroll_area, 1)
        self.editor = ConsensusEditor(self, compact=True)
        self.editor.setFont(QApplication.font())  # the entry is for the chair, not the projector
        self.editor.record.connect(self.record)
        self.editor.setVisible(editable)
        layout.addWidget(self.editor)
        layout.addWidget(self.hints)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for sequence, step in (("Down", 1), ("Up", -1)):  # scroll a long item on the projector  # i18n: no
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.activated.connect(lambda step=step: self._scroll(step))
        for action, sequences in KEYS.items():
            for sequence in sequences:
                shortcut = QShortcut(QKeySequence(sequence), self)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.activated.connect(getattr(self, action))
        for digit in range(10):  # typed into the rationale when it has the focus
            for sequence in (str(digit), f"Alt+{digit}"):
                shortcut = QShortcut(QKeySequence(sequence), self)
                shortcut.activated.connect(lambda digit=digit: self.editor.choose_position(digit))
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(sequence), self).activated.connect(self.record)
        self.show_current()

    @property
    def current_key(self) -> tuple[int, int] | None:
        return self.keys[self.index] if 0 <= self.index < len(self.keys) else None

    def start(self) -> None:
        self.showFullScreen()
        self.activateWindow()
        self.setFocus()

    # moving --------------------------------------------------------------------------------------
    def go_to(self, index: int) -> None:
        if 0 <= index < len(self.keys) and index != self.index:
            self.index, self.revealed = index, False
            self.show_current()

    def next(self) -> None:
        self.go_to(self.index + 1)

    def previous(self) -> None:
        self.go_to(self.index - 1)

    def next_discussion(self) -> None:
        for n in range(self.index + 1, len(self.keys)):
            if self.grid.items[self.keys[n]].needs_discussion:
                self.go_to(n)
                return
        self.hints.setText(self.tr("No later item needs discussion.   ") + self._keys_hint())

    def reveal(self) -> None:
        self.revealed = not self.revealed
        self.show_current()

    def leave(self) -> None:
        self.close()

    def record(self) -> None:
        if self.editable and self.current_key is not None:
            self.record_requested.emit(self.current_key)

    def recorded(self, grid: ModerationGrid) -> None:
        """The consensus was recorded: show it from the reloaded `grid`, keys back to the window."""
        self.grid = grid
        self.editor.show_problem("")
        self.show_current()
        self.setFocus()

    # showing -------------------------------------------------------------------------------------
    def show_current(self) -> None:
        key = self.current_key
        self.hints.setText(self._keys_hint())
        item = self.grid.items.get(key) if key is not None else None
        if item is None:
            nothing = self.tr("Nothing to show: no items in the grid.")
            self.body.setText(f"<h2>{escape(nothing)}</h2>")
            for label in (self.scores, self.consensus, self.response):
                label.setText("")
            self.conflicts.hide()
            self.editor.hide()
            return
        position = self.tr("Item %1 of %2").replace("%1", str(self.index + 1)).replace("%2", str(len(self.keys)))
        conflict = conflict_text(item)
        self.conflicts.setText(conflict)
        self.conflicts.setVisible(bool(conflict))
        body = [heading_html(item, position)]
        if item.kind == "qualitative" and not self.revealed:
            body.append(f"<p>{level_html(item)} &nbsp; {escape(consensus_text(item))}</p>")  # i18n: no
        else:
            body.append(stats_html(item))
        self.body.setText("".join(body))
        heading = self.tr("Consensus")
        self.consensus.setText(f"<h3>{escape(heading)}</h3>{consensus_html(item, item_flags(item, self.grid))}")
        self.scores.setVisible(item.kind == "qualitative")  # no individual scores for a quantity
        if item.kind != "qualitative":
            self.scores.setText("")
        elif self.revealed:
            heading = self.tr("Individual scores")
            self.scores.setText(f"<h3>{escape(heading)}</h3>{scores_html(item, self.anonymise)}")
        else:
            heading = self.tr("Individual scores hidden")
            self.scores.setText(f"<h3>{escape(heading)}</h3><p>"
                                + escape(self.tr("%1 score(s). Press R to reveal them.").replace("%1", str(len(item.scores))))
                                + "</p>")
        self.response.setText(response_html(item))
        self._show_entry(item)
        self.scroll_area.verticalScrollBar().setValue(0)

    def _show_entry(self, item: ModerationItem) -> None:
        shown = (item.key, item.consensus.recorded_at if item.consensus else None)
        self.editor.setVisible(self.editable)
        self.editor.show_item(item, self.grid, editable=self.editable and not item.pending_drafts,
                              keep_typed=shown == self._shown)
        self.editor.show_proposal(self.revealed)  # the proposed median would give the scores away
        self._shown = shown

    def _scroll(self, step: int) -> None:
        bar = self.scroll_area.verticalScrollBar()
        bar.setValue(bar.value() + step * bar.pageStep() // 2)

    def _keys_hint(self) -> str:
        keys = self.tr("→ next · ← previous · D next needing discussion · R reveal or hide scores · ↑ ↓ scroll · Esc leave")
        if self.editable:
            keys += self.tr(" · digits choose the consensus score · Ctrl+Enter record")
        return keys

    # leaving -------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Escape:  # Esc ends full screen on some platforms before a shortcut sees it
            self.leave()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if not self._left:
            self._left = True
            self.left_at.emit(self.current_key)
        super().closeEvent(event)
