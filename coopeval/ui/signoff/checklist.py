"""The sign-off checklist: one row per condition, each saying in words whether it is met (with a
tick or a cross, never colour alone) and, when it is not, a button that goes to the page where it
is fixed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton, QWidget

from coopeval.domain import lifecycle
from coopeval.services.signoff.view import CONSENSUS, DECLARATIONS, DRAFTS, MODERATION_OPEN, SIGNATURES, SignOffState
from coopeval.ui.signoff.pages import page_name

DONE_STYLE = "QLabel { color: #0b5d1e; font-weight: bold; }"  # 7:1 on white  # i18n: no
TODO_STYLE = "QLabel { color: #a4262c; font-weight: bold; }"  # 6.5:1 on white  # i18n: no
ORDER = (MODERATION_OPEN, CONSENSUS, DECLARATIONS, DRAFTS, SIGNATURES)


class ChecklistBox(QGroupBox):
    go_to = Signal(str)  # the title of the page where an item is fixed

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Sign-off checklist"))
        self.setAccessibleName(self.tr("Sign-off checklist"))
        self.marks: dict[str, QLabel] = {}
        self.texts: dict[str, QLabel] = {}
        self.links: dict[str, QPushButton] = {}
        self.targets: dict[str, str] = {}
        grid = QGridLayout(self)
        grid.setColumnStretch(1, 1)
        for row, key in enumerate(ORDER):
            mark, text, link = QLabel(self), QLabel(self), QPushButton(self)
            text.setWordWrap(True)
            link.clicked.connect(lambda _=False, k=key: self.go_to.emit(self.targets[k]))
            grid.addWidget(mark, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(text, row, 1)
            grid.addWidget(link, row, 2, Qt.AlignmentFlag.AlignTop)
            self.marks[key], self.texts[key], self.links[key] = mark, text, link
        self.show_state(None)

    def show_state(self, state: SignOffState | None) -> None:
        items = {i.key: i for i in state.items} if state else {}
        for key in ORDER:
            item = items.get(key)
            done = bool(item and item.done)
            text, target = self._describe(key, state, item.count if item else 0, done)
            self.marks[key].setText(self.tr("✓ Done") if done else self.tr("✗ To do"))
            self.marks[key].setStyleSheet(DONE_STYLE if done else TODO_STYLE)
            self.marks[key].setAccessibleName(self.tr("Done") if done else self.tr("To do"))
            self.marks[key].setVisible(item is not None)
            self.texts[key].setText(text)
            self.texts[key].setAccessibleName((self.tr("Done: ") if done else self.tr("To do: ")) + text)
            self.targets[key] = target
            link = self.links[key]
            link.setVisible(item is not None and not done and bool(target))
            page = page_name(target)
            link.setText(self.tr("Go to %1").replace("%1", page) if target else "")
            link.setAccessibleName(self.tr("Go to the %1 page to fix: %2").replace("%1", page).replace("%2", text))

    def _describe(self, key: str, state: SignOffState | None, count: int, done: bool) -> tuple[str, str]:
        """The item's sentence, and the page that fixes it ("" when it is fixed here)."""
        if state is None:
            return "", ""
        status = state.tender.status
        if key == MODERATION_OPEN:
            if done and status in lifecycle.SIGNED_OFF_OR_LATER:
                return self.tr("Moderation is complete."), ""
            if done:
                return self.tr("Moderation is open."), ""
            if status == lifecycle.DRAFT:
                return self.tr("Evaluation has not started: the officer starts it on the Set-up page."), "Set-up"  # i18n: no - the page's key
            return self.tr("Moderation has not opened: open it once every evaluator has submitted."), "Moderation"  # i18n: no - the page's key
        if key == CONSENSUS:
            if done:
                return self.tr("Every bid × measure has a consensus score."), ""
            if count == 0:
                return self.tr("Consensus scores are agreed in moderation."), "Moderation"  # i18n: no - the page's key
            return self.tr("{count} bid × measure item(s) have no consensus score.").format(count=count), "Moderation"  # i18n: no - the page's key
        if key == DECLARATIONS:
            if done:
                return self.tr("Every declared interest is resolved."), ""
            return self.tr("{count} declared interest(s) await the officer's resolution.").format(count=count), "Panel"  # i18n: no - the page's key
        if key == DRAFTS:
            if done:
                return self.tr("No draft scores: every score was submitted."), ""
            return self.tr("{count} draft score(s) were never submitted.").format(count=count), "Scoring"  # i18n: no - the page's key
        if done:
            return self.tr("Every panel member who scored has signed this round."), ""
        names = ", ".join(m.name for m in state.to_sign)
        return self.tr("Still to sign this round: %1.").replace("%1", names), ""
