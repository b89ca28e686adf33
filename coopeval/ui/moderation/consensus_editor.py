"""The panel's consensus for one item. Qualitative: a point on the scale (its descriptor shown beside
it) and a rationale, both required; within tolerance the median is offered, and accepting it still
needs a confirming rationale. Quantitative: the bid's commitment, or a lower accepted figure with the
reason. Who was present defaults to the scoring members without a declared interest in the bid.
The editor only gathers the values; recording (and any refusal) belongs to the service. Below the
rationale, its quality flags (`services.moderation.quality`) follow what the chair types, a moment
after typing stops: words with a mark, never a refusal."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from coopeval.domain.scales import Scale
from coopeval.services.moderation.quality import item_flags
from coopeval.services.moderation.view import ModerationGrid, ModerationItem
from coopeval.ui.i18n import QT_TRANSLATE_NOOP, translate
from coopeval.ui.widgets import remove_buttons

CHECKED_STYLE = "QPushButton:checked { background: #0f6cbd; color: white; border: 2px solid #0a4a82; border-radius: 3px; }"  # i18n: no
ERROR_STYLE = "QLabel { background: #fde7e9; color: #5c0011; padding: 4px; font-weight: bold; }"  # i18n: no
# no style-sheet padding or border: a word-wrapped label's height for its width would not count them
FLAGS_STYLE = "QLabel { background: #fff4ce; color: #3b2e00; }"  # i18n: no
CLEAR_STYLE = "QLabel { color: #0e4a0e; }"  # i18n: no
FLAG_DELAY_MS = 400  # the flags follow the typing once it pauses, not at every keystroke
REASONS = ("over-claim", "double counting", "business as usual", "other")  # i18n: no - stored in the reason
REASON_LABELS = {
    "over-claim": QT_TRANSLATE_NOOP("ConsensusEditor", "over-claim"),
    "double counting": QT_TRANSLATE_NOOP("ConsensusEditor", "double counting"),
    "business as usual": QT_TRANSLATE_NOOP("ConsensusEditor", "business as usual"),
    "other": QT_TRANSLATE_NOOP("ConsensusEditor", "other"),
}


class ConsensusEditor(QWidget):
    record = Signal()
    accept_all_requested = Signal()  # every quantitative item without a consensus, as committed
    flags_followed = Signal()  # the flags were checked again after typing paused (the page keeps them in view)

    def __init__(self, parent: QWidget | None = None, *, compact: bool = False):
        """`compact` (meeting mode): no state line and no "present" row (who was present is still
        the default for the item), and a short rationale box."""
        super().__init__(parent)
        self._scale: Scale | None = None
        self._item: ModerationItem | None = None
        self._grid: ModerationGrid | None = None
        self._value: int | None = None
        self._proposal_taken = False
        self.buttons: list[QPushButton] = []
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.state.setAccessibleName(self.tr("Consensus so far"))
        # qualitative
        self.score_box = QWidget(self)
        self.group = QButtonGroup(self)
        self.group.idClicked.connect(self.choose_position)
        self.button_row = QHBoxLayout()
        self.descriptor = QLabel(self)
        self.descriptor.setWordWrap(True)
        self.descriptor.setAccessibleName(self.tr("The chosen consensus score and what it means"))
        self.descriptor.setStyleSheet("QLabel { border: 1px solid #8a8886; padding: 6px; }")
        self.descriptor.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.descriptor.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.descriptor.installEventFilter(self)
        self._reserved_for = -1  # the descriptor width its reserved height was measured at
        self.proposal = QLabel(self)
        self.proposal.setWordWrap(True)
        self.proposal.setAccessibleName(self.tr("Proposed score"))
        self.accept_proposed = QPushButton(self)
        self.accept_proposed.setAccessibleName(self.tr("Use the proposed median as the consensus score"))
        self.accept_proposed.clicked.connect(self.take_proposal)
        score_layout = QVBoxLayout(self.score_box)
        score_layout.setContentsMargins(0, 0, 0, 0)
        choice = QHBoxLayout()
        choice.addLayout(self.button_row)
        choice.setAlignment(self.button_row, Qt.AlignmentFlag.AlignTop)  # the buttons never move with the descriptor
        choice.addWidget(self.descriptor, 1)
        score_layout.addLayout(choice)
        proposal_row = QHBoxLayout()
        proposal_row.addWidget(self.proposal, 1)
        proposal_row.addWidget(self.accept_proposed)
        score_layout.addLayout(proposal_row)
        # quantitative
        self.quantity_box = QWidget(self)
        self.committed = QLabel(self.quantity_box)
        self.committed.setAccessibleName(self.tr("The bid's committed quantity"))
        self.committed.setWordWrap(True)
        self.accepted = QLineEdit(self.quantity_box)
        self.accepted.setAccessibleName(self.tr("Accepted quantity"))
        self.reason_kind = QComboBox(self.quantity_box)
        self.reason_kind.setAccessibleName(self.tr("Why the accepted quantity differs from the commitment"))
        self.reason_kind.addItem(self.tr("(accepted as committed)"), "")
        for reason in REASONS:
            self.reason_kind.addItem(translate("ConsensusEditor", REASON_LABELS[reason]), reason)  # i18n: no
        self.reason_details = QLineEdit(self.quantity_box)
        self.reason_details.setAccessibleName(self.tr("Details of the reason for a lower quantity"))
        self.reason_details.setPlaceholderText(self.tr("e.g. six of the posts are TUPE transfers, not new jobs"))
        self.accept_all = QPushButton(self.tr("Accept every commitment as committed…"), self.quantity_box)
        self.accept_all.setAccessibleName(self.tr("Accept every commitment as committed: a consensus for each quantitative "
                                                  "item without one, at the bid's commitment, with one rationale"))
        self.accept_all.setToolTip(self.accept_all.accessibleName())
        self.accept_all.clicked.connect(self.accept_all_requested.emit)
        q_layout = QGridLayout(self.quantity_box)
        q_layout.setContentsMargins(0, 0, 0, 0)
        q_layout.addWidget(self.committed, 0, 0, 1, 3)
        for row, (caption, widget) in enumerate(((self.tr("A&ccepted:"), self.accepted),
                                                 (self.tr("&Reason:"), self.reason_kind)), start=1):
            label = QLabel(caption, self.quantity_box)
            label.setBuddy(widget)
            q_layout.addWidget(label, row, 0)
            q_layout.addWidget(widget, row, 1)
        q_layout.addWidget(self.reason_details, 2, 2)
        q_layout.addWidget(self.accept_all, 1, 2, Qt.AlignmentFlag.AlignRight)
        q_layout.setColumnStretch(2, 1)
        # both
        prompt = QLabel(self.tr("Ra&tionale (required): why the panel agreed this, by reference to the bid and the scale"), self)
        prompt.setWordWrap(True)
        self.rationale = QPlainTextEdit(self)
        self.rationale.setAccessibleName(self.tr("Consensus rationale"))
        self.rationale.setTabChangesFocus(True)
        self.rationale.setMaximumHeight(110)
        prompt.setBuddy(self.rationale)
        self.flags = QLabel(self)
        self.flags.setWordWrap(True)
        self.flags.setMargin(4)
        self.flags.setAccessibleName(self.tr("Rationale checks (flags only: recording is never refused for them)"))
        self.flags.hide()
        self.flag_timer = QTimer(self)
        self.flag_timer.setSingleShot(True)
        self.flag_timer.setInterval(FLAG_DELAY_MS)
        self.flag_timer.timeout.connect(self._typing_paused)
        self.rationale.textChanged.connect(self.flag_timer.start)
        self.present = QListWidget(self)
        self.present.setAccessibleName(self.tr("Panel members present"))
        self.present.setFlow(QListWidget.Flow.LeftToRight)
        self.present.setWrapping(True)
        self.present.setMaximumHeight(self.fontMetrics().height() * 2 + 14)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Why the consensus was not recorded"))
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.hide()
        self.record_button = QPushButton(self.tr("Record consensus"), self)
        self.record_button.setAccessibleName(self.tr("Record the consensus (Ctrl+Enter)"))
        self.record_button.setToolTip(self.tr("Record the consensus (Ctrl+Enter)"))
        self.record_button.clicked.connect(self.record.emit)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.state)
        layout.addWidget(self.score_box)
        layout.addWidget(self.quantity_box)
        layout.addWidget(prompt)
        rationale_row = QHBoxLayout()
        rationale_row.addWidget(self.rationale, 1)
        layout.addLayout(rationale_row)
        layout.addWidget(self.flags)
        present_row = QHBoxLayout()
        present_label = QLabel(self.tr("&Present:"), self)
        present_label.setBuddy(self.present)
        present_row.addWidget(present_label)
        present_row.addWidget(self.present, 1)
        layout.addLayout(present_row)
        layout.addWidget(self.problem)
        if compact:
            for widget in (self.state, present_label, self.present, self.accept_all):
                widget.hide()
            self.rationale.setMaximumHeight(self.fontMetrics().lineSpacing() * 2 + 12)
            rationale_row.addWidget(self.record_button, 0, Qt.AlignmentFlag.AlignBottom)
        else:
            bottom = QHBoxLayout()
            bottom.addStretch(1)
            bottom.addWidget(self.record_button)
            layout.addLayout(bottom)

    # set-up ------------------------------------------------------------------------------------
    def set_scale(self, scale: Scale) -> None:
        if scale == self._scale:
            return
        self._scale = scale
        remove_buttons(self.group, self.buttons)
        for position, point in enumerate(scale.points):
            button = QPushButton(str(point.value), self.score_box)  # the label is beside, in the descriptor
            button.setCheckable(True)
            button.setFixedSize(48, 44)
            button.setStyleSheet(CHECKED_STYLE)
            button.setAccessibleName(self.tr("Consensus score %1: %2").replace("%1", str(point.value)).replace("%2", point.local("label")))
            button.setToolTip(f"<b>{point.value} — {escape(point.local('label'))}</b><br>{escape(point.local('descriptor'))}")  # i18n: no
            self.group.addButton(button, position)
            self.button_row.addWidget(button)
            self.buttons.append(button)
        self._tab_to_buttons_first()
        self._reserved_for = -1
        self._reserve_descriptor_space()

    def _tab_to_buttons_first(self) -> None:
        """New buttons join the end of the window's Tab order (after Record consensus); put them first
        in the editor, before "use the proposed" and the rationale, as it reads top to bottom. (Qt
        ignores a setTabOrder from a widget that takes no focus, so start from the last one that does.)"""
        before = self.accept_proposed.previousInFocusChain()
        while before is not None and before is not self.accept_proposed \
                and not before.focusPolicy() & Qt.FocusPolicy.TabFocus:
            before = before.previousInFocusChain()
        if before is None:  # not in a focus chain (Qt's chain is a ring, so this does not happen)
            return
        for button in self.buttons:
            QWidget.setTabOrder(before, button)
            before = button

    def show_item(self, item: ModerationItem, grid: ModerationGrid, *, editable: bool, keep_typed: bool = False) -> None:
        """Show `item`; its saved consensus is loaded unless `keep_typed` (the same item, refreshed)."""
        self._item, self._grid = item, grid
        self.set_scale(grid.scale)
        qualitative = item.kind == "qualitative"
        self.score_box.setVisible(qualitative)
        self.quantity_box.setVisible(not qualitative)
        c = item.consensus
        if c is None:
            self.state.setText(self.tr("<b>Consensus</b>: not recorded yet."))
        else:
            self.state.setText(self.tr("<b>Consensus</b>: recorded; recording again revises it (the earlier one stays in the history)."))
        if not keep_typed:
            self._proposal_taken = False
            self._value = c.value if c else None
            self.rationale.setPlainText(c.rationale if c else "")
            self.accepted.setText((c.accepted_quantity if c else item.committed) or "")
            kind, details = _split_reason(c.quantity_reason if c else "")
            self.reason_kind.setCurrentIndex(max(0, self.reason_kind.findData(kind)))
            self.reason_details.setText(details)
            names = c.present_names if c else grid.present_by_default(item)
            self.present.clear()
            for member in grid.scorers:
                row = QListWidgetItem(member.name, self.present)
                row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                row.setCheckState(Qt.CheckState.Checked if member.name in names else Qt.CheckState.Unchecked)
            self.problem.hide()
        unit = f" {item.unit}" if item.unit else ""
        self.committed.setText(self.tr("Committed: %1").replace("%1", (item.committed or "—") + unit))
        proposed = item.stats.proposed if item.stats else None
        self.proposal.setText(self.tr("Within tolerance: the median %1 is proposed; accepting it still needs a confirming rationale.")
                              .replace("%1", str(proposed)) if proposed is not None else
                              self.tr("No score is proposed: the scores do not agree within tolerance, so the panel discusses them."))
        self.accept_proposed.setText(self.tr("Use the proposed %1").replace("%1", str(proposed)) if proposed is not None else self.tr("Use the proposed"))
        self.accept_proposed.setEnabled(editable and proposed is not None)
        for widget in (*self.buttons, self.accepted, self.reason_kind, self.record_button, self.present):
            widget.setEnabled(editable)
        for text in (self.rationale, self.reason_details):
            text.setReadOnly(not editable)
        self._show_choice()
        self.flag_timer.stop()
        self.refresh_flags()

    def _typing_paused(self) -> None:
        self.refresh_flags()
        self.flags_followed.emit()

    def refresh_flags(self) -> None:
        """Check the rationale as it now reads; nothing is said while it is empty (recording says
        that a rationale is required)."""
        typed = self.rationale.toPlainText()
        if self._item is None or self._grid is None or not typed.strip():
            self.flags.hide()
            return
        flags = item_flags(self._item, self._grid, typed)
        if flags:
            self.flags.setStyleSheet(FLAGS_STYLE)
            self.flags.setText("\n".join([self.tr("Check the rationale (you can still record it):"),
                                           *(f"⚠ {flag}" for flag in flags)]))
        else:
            self.flags.setStyleSheet(CLEAR_STYLE)
            self.flags.setText("✓ " + self.tr("Rationale checks: nothing flagged."))
        self.flags.show()

    def show_proposal(self, on: bool) -> None:
        """Show or hide the proposed median (meeting mode hides it with the scores until revealed)."""
        self.proposal.setVisible(on)
        self.accept_proposed.setVisible(on)

    # choosing ----------------------------------------------------------------------------------
    def choose_position(self, position: int) -> None:
        if self._scale and 0 <= position < len(self._scale.points) and self.record_button.isEnabled():
            self._value = self._scale.points[position].value
            self._show_choice()

    def step(self, delta: int) -> None:
        if not self._scale:
            return
        values = list(self._scale.values)
        position = values.index(self._value) + delta if self._value in values else (0 if delta > 0 else len(values) - 1)
        self.choose_position(max(0, min(len(values) - 1, position)))

    def take_proposal(self) -> None:
        proposed = self._item.stats.proposed if self._item and self._item.stats else None
        if proposed is not None and self.record_button.isEnabled():
            self._value, self._proposal_taken = proposed, True
            self._show_choice()
            self.rationale.setFocus()

    def _show_choice(self) -> None:
        values = list(self._scale.values) if self._scale else []
        self.group.setExclusive(False)
        for position, button in enumerate(self.buttons):
            button.setChecked(self._value is not None and values[position] == self._value)
        self.group.setExclusive(True)
        self.descriptor.setText(self._descriptor_text(self._value))

    def _descriptor_text(self, value: int | None) -> str:
        if value is not None and self._scale:
            point = self._scale.point(value)
            return f"<b>{point.value} — {escape(point.local('label'))}</b>: {escape(point.local('descriptor'))}"
        return self.tr("<b>No score chosen.</b> Click a score, or press Alt and its digit.")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.descriptor and event.type() == QEvent.Type.Resize:
            self._reserve_descriptor_space()
        return super().eventFilter(watched, event)

    def _reserve_descriptor_space(self) -> None:
        """Keep room for the tallest descriptor of the scale at the present width, so choosing a score
        (or none) never changes the editor's layout: nothing moves under the mouse."""
        width = self.descriptor.width()
        if self._scale is None or width <= 0 or width == self._reserved_for:
            return
        self._reserved_for = width
        shown = self.descriptor.text()
        self.descriptor.setMinimumHeight(0)  # a label's height for a width is never less than its minimum
        tallest = 0
        for value in (None, *self._scale.values):
            self.descriptor.setText(self._descriptor_text(value))
            tallest = max(tallest, self.descriptor.heightForWidth(width))
        self.descriptor.setText(shown)
        self.descriptor.setMinimumHeight(tallest)

    # reading -----------------------------------------------------------------------------------
    @property
    def value(self) -> int | None:
        return self._value

    def present_names(self) -> list[str]:
        return [self.present.item(n).text() for n in range(self.present.count())
                if self.present.item(n).checkState() == Qt.CheckState.Checked]

    def values(self) -> dict[str, Any]:
        """Keyword arguments for `moderation.record_consensus`."""
        item = self._item
        out: dict[str, Any] = {"rationale": self.rationale.toPlainText(), "present": self.present_names()}
        if item is not None and item.kind == "qualitative":
            proposed = item.stats.proposed if item.stats else None
            within = self._proposal_taken and self._value is not None and self._value == proposed
            out.update(value=self._value, reached_by="within_tolerance" if within else "discussion")
        else:
            accepted = self.accepted.text().strip()
            kind, details = self.reason_kind.currentData() or "", self.reason_details.text().strip()
            reason = f"{kind}: {details}" if kind and details else (kind or details)
            differs = accepted not in ("", item.committed if item else "")
            out.update(accepted_quantity=accepted or None, quantity_reason=reason if differs else "")
        return out

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))


def _split_reason(reason: str) -> tuple[str, str]:
    for kind in REASONS:
        if reason == kind:
            return kind, ""
        if reason.startswith(kind + ": "):
            return kind, reason[len(kind) + 2:]
    return ("other", reason) if reason else ("", "")
