"""Meeting mode: one item at a time, full screen in large type for a projector, driven by the keyboard.
Individual scores (and the statistics that would give them away) stay hidden until revealed, and are
hidden again on the next item. Leaving returns the grid to the item on screen."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QVBoxLayout, QWidget

from coopeval.services.moderation.view import ModerationGrid
from coopeval.ui.moderation.grid_model import consensus_text
from coopeval.ui.moderation.item_view import (
    conflict_text,
    consensus_html,
    heading_html,
    level_html,
    scores_html,
    stats_html,
)
from coopeval.ui.moderation.palette import CONFLICT_STYLE

SCALE = 2.0  # type size against the system font
KEYS = {
    "next": ("Right", "PgDown", "N"),
    "previous": ("Left", "PgUp", "P"),
    "next_discussion": ("D",),
    "reveal": ("R", "Space"),
    "leave": ("Esc", "Q"),
}


class MeetingMode(QWidget):
    left_at = Signal(object)  # the (bid_id, measure_id) on screen when leaving

    def __init__(self, grid: ModerationGrid, keys: list[tuple[int, int]], start: tuple[int, int] | None, *,
                 anonymise: bool, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Meeting mode — %1").replace("%1", grid.tender.reference))
        self.setAccessibleName(self.tr("Meeting mode"))
        self.grid, self.keys, self.anonymise = grid, list(keys), anonymise
        self.index = self.keys.index(start) if start in self.keys else 0
        self.revealed = False
        self._left = False
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
        content = QWidget(self)
        inner = QVBoxLayout(content)
        for label in (self.body, self.scores, self.consensus):
            inner.addWidget(label)
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
        layout.addWidget(self.hints)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for sequence, step in (("Down", 1), ("Up", -1)):  # scroll a long item on the projector
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.activated.connect(lambda step=step: self._scroll(step))
        for action, sequences in KEYS.items():
            for sequence in sequences:
                shortcut = QShortcut(QKeySequence(sequence), self)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.activated.connect(getattr(self, action))
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

    # showing -------------------------------------------------------------------------------------
    def show_current(self) -> None:
        key = self.current_key
        self.hints.setText(self._keys_hint())
        if key is None:
            self.body.setText(f"<h2>{escape(self.tr('Nothing to show: no items in the grid.'))}</h2>")
            self.scores.setText("")
            self.consensus.setText("")
            self.conflicts.hide()
            return
        item = self.grid.items[key]
        position = self.tr("Item %1 of %2").replace("%1", str(self.index + 1)).replace("%2", str(len(self.keys)))
        conflict = conflict_text(item)
        self.conflicts.setText(conflict)
        self.conflicts.setVisible(bool(conflict))
        body = [heading_html(item, position)]
        if item.kind == "qualitative" and not self.revealed:
            body.append(f"<p>{level_html(item)} &nbsp; {escape(consensus_text(item))}</p>")
        else:
            body.append(stats_html(item))
        self.body.setText("".join(body))
        self.consensus.setText(f"<h3>{escape(self.tr('Consensus'))}</h3>{consensus_html(item)}")
        if item.kind != "qualitative":
            self.scores.setText("")
        elif self.revealed:
            self.scores.setText(f"<h3>{escape(self.tr('Individual scores'))}</h3>{scores_html(item, self.anonymise)}")
        else:
            self.scores.setText(f"<h3>{escape(self.tr('Individual scores hidden'))}</h3><p>"
                                + escape(self.tr("%1 score(s). Press R to reveal them.").replace("%1", str(len(item.scores))))
                                + "</p>")
        self.scroll_area.verticalScrollBar().setValue(0)

    def _scroll(self, step: int) -> None:
        bar = self.scroll_area.verticalScrollBar()
        bar.setValue(bar.value() + step * bar.pageStep() // 2)

    def _keys_hint(self) -> str:
        return self.tr("→ next · ← previous · D next needing discussion · R reveal or hide scores · ↑ ↓ scroll · Esc leave")

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
