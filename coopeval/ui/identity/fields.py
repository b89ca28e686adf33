"""Passphrase fields shared by the identity dialogs: a new passphrase typed twice, checked as it is
typed against the one rule every door applies (`domain.identity.passphrase_problem`)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from coopeval.domain import identity
from coopeval.ui.widgets import PROBLEM_STYLE


def secret_edit(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(identity.PASSPHRASE_MAX)
    edit.setAccessibleName(name)
    return edit


def code_font() -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setBold(True)
    return font


def problem_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setAccessibleName(name)
    label.setStyleSheet(PROBLEM_STYLE)
    return label


class NewPassphrase(QObject):
    """Two edits and a line saying what is wrong with the new passphrase, if anything."""

    changed = Signal()

    def __init__(self, parent: QWidget, name_of: Callable[[], str]):
        super().__init__(parent)
        self.name_of = name_of
        self.first = secret_edit(parent, self.tr("New passphrase"))
        self.first.setPlaceholderText(self.tr("At least {count} characters; three random words are good").format(
            count=identity.PASSPHRASE_MIN))
        self.second = secret_edit(parent, self.tr("New passphrase again"))
        self.problem = problem_label(parent, self.tr("Problem with the new passphrase"))
        self.first.textChanged.connect(self._check)
        self.second.textChanged.connect(self._check)

    def problem_text(self) -> str | None:
        first, second = self.first.text(), self.second.text()
        problem = identity.passphrase_problem(first, name=self.name_of())
        if problem:
            return problem
        if first != second:
            return self.tr("The two passphrases are not the same.")
        return None

    def _check(self) -> None:
        # Said once something is typed; the length rule is said before the two are compared.
        typed = bool(self.first.text() or self.second.text())
        problem = self.problem_text() if typed else None
        if problem and not self.second.text() and identity.passphrase_problem(self.first.text(), name=self.name_of()) is None:
            problem = None  # the first is fine and the second not typed yet: nothing to complain about
        self.problem.setText(problem or "")
        self.changed.emit()

    def value(self) -> str | None:
        """The new passphrase, or None (and the problem shown) when it will not do."""
        problem = self.problem_text()
        self.problem.setText(problem or "")
        return None if problem else self.first.text()

    def set_visible(self, visible: bool) -> None:
        for widget in (self.first, self.second, self.problem):
            widget.setVisible(visible)

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()
        self.problem.clear()
