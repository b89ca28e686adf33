"""The evaluator's own score for one item: a point on the tender's scale (or an abstention with a
reason), the rationale, and where in the bid the evidence is. It says when the rationale is too short
and when the item was last saved; saving itself belongs to the page."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from html import escape

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coopeval.domain.scales import Scale
from coopeval.services.views import ScoreView
from coopeval.ui.widgets import remove_buttons, set_read_only

WARN_STYLE = "QLabel { background: #fff4ce; color: #3b2f00; padding: 4px; }"  # i18n: no
CHECKED_STYLE = "QPushButton:checked { background: #0f6cbd; color: white; border: 2px solid #0a4a82; border-radius: 3px; }"  # i18n: no
ERROR_STYLE = "QLabel { background: #fde7e9; color: #5c0011; padding: 4px; font-weight: bold; }"  # i18n: no


@dataclass(frozen=True)
class Draft:
    """What the editor holds for one item, saved or not."""

    value: int | None = None
    abstain: bool = False
    abstain_reason: str = ""
    rationale: str = ""
    evidence_refs: str = ""

    @classmethod
    def of(cls, score: ScoreView | None) -> Draft:
        if score is None:
            return cls()
        return cls(score.value, score.abstained, score.abstain_reason, score.rationale, score.evidence_refs)

    def kwargs(self) -> dict:
        return asdict(self)


class ScoreEditor(QWidget):
    typed = Signal()  # text changed by the evaluator: save once typing pauses
    chosen = Signal()  # a score or an abstention chosen: save now
    left = Signal()  # the focus left a text field (to a menu, a dialog, another page): save now

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._scale: Scale | None = None
        self._min_chars = 0
        self._value: int | None = None
        self._loading = False
        self.buttons: list[QAbstractButton] = []
        self.group = QButtonGroup(self)
        self.group.idClicked.connect(self._clicked)
        self.button_row = QHBoxLayout()
        self.descriptor = QLabel(self)
        self.descriptor.setWordWrap(True)
        self.descriptor.setAccessibleName(self.tr("The chosen score and what it means"))
        self.descriptor.setStyleSheet("QLabel { border: 1px solid #8a8886; padding: 6px; font-size: 11pt; }")
        self.abstain = QCheckBox(self.tr("&Abstain: I cannot score this item"), self)
        self.abstain.setAccessibleName(self.tr("Abstain from scoring this item"))
        self.abstain.toggled.connect(self._abstain_toggled)
        self.abstain_reason = QLineEdit(self)
        self.abstain_reason.setAccessibleName(self.tr("Reason for abstaining"))
        self.abstain_reason.setPlaceholderText(self.tr("Why you abstain, e.g. outside your expertise"))
        self.abstain_reason.textEdited.connect(self._typed)
        prompt = _plain_label(self.tr("&Rationale: the strengths, the weaknesses, and where in the bid the evidence is"), self)
        self.rationale = QPlainTextEdit(self)
        self.rationale.setAccessibleName(self.tr("Rationale"))
        self.rationale.setTabChangesFocus(True)
        self.rationale.setPlaceholderText(self.tr(
            "Strengths: what the response commits to, specifically…\n"
            "Weaknesses: what is missing, vague or unevidenced…\n"
            "Evidence: where in the bid you found it…"))
        self.rationale.textChanged.connect(self._typed)
        prompt.setBuddy(self.rationale)
        evidence_label = _plain_label(self.tr("&Where in the bid:"), self)
        self.evidence = QLineEdit(self)
        self.evidence.setAccessibleName(self.tr("Where in the bid the evidence is"))
        self.evidence.setPlaceholderText(self.tr("e.g. Method statement pp. 4–6; Appendix C"))
        self.evidence.textEdited.connect(self._typed)
        evidence_label.setBuddy(self.evidence)
        self.flag = QLabel(self)
        self.flag.setWordWrap(True)
        self.flag.setAccessibleName(self.tr("What this item still needs"))
        self.flag.setStyleSheet(WARN_STYLE)
        self.status = QLabel(self)
        self.status.setAccessibleName(self.tr("Save status"))
        for field in (self.abstain_reason, self.rationale, self.evidence):
            field.installEventFilter(self)
        self.descriptor.installEventFilter(self)
        prompt.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("<b>Your score</b> (digit keys; Alt+digit while typing)"), self))
        layout.addLayout(self.button_row)
        layout.addWidget(self.descriptor)
        abstain_row = QHBoxLayout()
        abstain_row.addWidget(self.abstain)
        abstain_row.addWidget(self.abstain_reason, 1)
        layout.addLayout(abstain_row)
        layout.addWidget(prompt)
        layout.addWidget(self.rationale, 1)
        evidence_row = QHBoxLayout()
        evidence_row.addWidget(evidence_label)
        evidence_row.addWidget(self.evidence, 1)
        layout.addLayout(evidence_row)
        layout.addWidget(self.flag)
        layout.addWidget(self.status)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.descriptor:
            if event.type() == QEvent.Type.Resize:
                self._fit_descriptor()
        elif event.type() == QEvent.Type.FocusOut:
            self.left.emit()
        return super().eventFilter(watched, event)

    # set-up ----------------------------------------------------------------------------------
    def set_scale(self, scale: Scale, min_chars: int) -> None:
        self._min_chars = min_chars
        if scale == self._scale:
            return
        self._scale = scale
        remove_buttons(self.group, self.buttons)
        for position, point in enumerate(scale.points):
            button = QPushButton(f"{point.value}\n{point.local('label')}", self)
            button.setCheckable(True)
            button.setMinimumHeight(44)
            button.setStyleSheet(CHECKED_STYLE)
            key = str(position) if position < 10 else ""
            button.setAccessibleName(self.tr("Score %1: %2").replace("%1", str(point.value)).replace("%2", point.local("label")))
            hint = self.tr("Key %1, or Alt+%1 while typing").replace("%1", key) if key else self.tr("+ raises the score")
            button.setToolTip(f"<b>{point.value} — {escape(point.local('label'))}</b><br>{escape(point.local('descriptor'))}<br><i>{hint}</i>")  # i18n: no
            self.group.addButton(button, position)
            self.button_row.addWidget(button)
            self.buttons.append(button)
        self._tab_to_buttons_before_abstain()

    def _tab_to_buttons_before_abstain(self) -> None:
        """New buttons join the end of the window's Tab order; put them just before Abstain, so Tab
        reaches the score before its reasons, as the editor reads top to bottom. (Qt ignores a
        setTabOrder from a widget that takes no focus, so start from the last one that does.)"""
        before = self.abstain.previousInFocusChain()
        while before is not None and before is not self.abstain and not before.focusPolicy() & Qt.FocusPolicy.TabFocus:
            before = before.previousInFocusChain()
        if before is None:  # not in a window's focus chain yet
            return
        for button in self.buttons:
            QWidget.setTabOrder(before, button)
            before = button

    def load(self, draft: Draft) -> None:
        """Show a saved score or a kept draft, without counting it as an edit."""
        self._loading = True
        try:
            self._value = None if draft.abstain else draft.value
            self.abstain.setChecked(draft.abstain)
            self.abstain_reason.setText(draft.abstain_reason)
            self.rationale.setPlainText(draft.rationale)
            self.evidence.setText(draft.evidence_refs)
            self._show_choice()
        finally:
            self._loading = False

    def draft(self) -> Draft:
        abstain = self.abstain.isChecked()
        return Draft(None if abstain else self._value, abstain, self.abstain_reason.text(),
                     self.rationale.toPlainText(), self.evidence.text())

    def set_editable(self, editable: bool) -> None:
        for button in self.buttons:
            button.setEnabled(editable)
        self.abstain.setEnabled(editable)
        set_read_only(not editable, self.abstain_reason, self.rationale, self.evidence)

    @property
    def editable(self) -> bool:
        return not self.rationale.isReadOnly()

    def set_status(self, text: str, *, problem: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(ERROR_STYLE if problem else "")

    # choosing --------------------------------------------------------------------------------
    def choose_position(self, position: int) -> None:
        """The evaluator pressed a digit: the scale's point at that position (0 is the lowest)."""
        if self.editable and self._scale and 0 <= position < len(self._scale.points):
            self._choose(self._scale.points[position].value)

    def step(self, delta: int) -> None:
        if not (self.editable and self._scale):
            return
        values = list(self._scale.values)
        position = values.index(self._value) + delta if self._value in values else (0 if delta > 0 else len(values) - 1)
        self.choose_position(max(0, min(len(values) - 1, position)))

    def _clicked(self, position: int) -> None:
        self.choose_position(position)

    def _choose(self, value: int) -> None:
        self._value = value
        self._loading = True
        self.abstain.setChecked(False)  # choosing a score ends an abstention
        self._loading = False
        self._show_choice()
        self.chosen.emit()

    def _abstain_toggled(self, checked: bool) -> None:
        self._show_choice()
        if not self._loading:
            if checked:
                self.abstain_reason.setFocus()
            self.chosen.emit()

    def _typed(self) -> None:
        self._update_flag()
        if not self._loading:
            self.typed.emit()

    # showing ---------------------------------------------------------------------------------
    def _show_choice(self) -> None:
        abstain = self.abstain.isChecked()
        values = list(self._scale.values) if self._scale else []
        self.group.setExclusive(False)
        for position, button in enumerate(self.buttons):
            button.setChecked(not abstain and self._value is not None and values[position] == self._value)
        self.group.setExclusive(True)
        self.abstain_reason.setEnabled(abstain)
        if abstain:
            self.descriptor.setText(self.tr("<b>Abstained.</b> Your abstention and its reason are recorded instead of a score."))
        elif self._value is not None and self._scale:
            point = self._scale.point(self._value)
            self.descriptor.setText(f"<b>{point.value} — {escape(point.local('label'))}</b><br>{escape(point.local('descriptor'))}")  # i18n: no
        else:
            self.descriptor.setText(self.tr("<b>Not scored yet.</b> Click a score, or press its digit key."))
        self._fit_descriptor()
        self._update_flag()

    def _fit_descriptor(self) -> None:
        """Keep the descriptor's whole text in view at any width: the rationale box gives up the height."""
        width = self.descriptor.width()
        if width > 0:
            self.descriptor.setMinimumHeight(0)  # a label's height for a width is never less than its minimum
            self.descriptor.setMinimumHeight(max(0, self.descriptor.heightForWidth(width)))  # -1: no height-for-width

    def _update_flag(self) -> None:
        problems = []
        length = len(self.rationale.toPlainText().strip())
        if length == 0:
            problems.append(self.tr("No rationale yet: give the strengths, the weaknesses and where the evidence is."))
        elif length < self._min_chars:
            problems.append(self.tr("Rationale too short: %1 characters; this tender asks for at least %2.")
                            .replace("%1", str(length)).replace("%2", str(self._min_chars)))
        if self.abstain.isChecked() and not self.abstain_reason.text().strip():
            problems.append(self.tr("Give a reason for abstaining."))
        self.flag.setText("\n".join(f"⚠ {p}" for p in problems))
        self.flag.setVisible(bool(problems))


def _plain_label(text: str, parent: QWidget) -> QLabel:
    """A bold plain-text caption, so its &-mnemonic works (rich text would show the ampersand)."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label
