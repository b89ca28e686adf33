"""Small widget makers shared by the pages, so every button and status label gets its accessible
name (and a tooltip) the same way."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractButton, QButtonGroup, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QWidget

from coopeval.domain.text import FIELDS

ButtonT = TypeVar("ButtonT", bound=QAbstractButton)


def limit_to_field(edit: QLineEdit, field: str) -> None:
    """Hold a one-line edit to the length limit of its stored field (coopeval.domain.text.FIELDS)."""
    edit.setMaxLength(FIELDS[field].limit)


def show_stored_text(edit: QLineEdit, value: str, field: str) -> None:
    """Show stored text in a limited edit without cutting it: text stored before the limit existed
    may be longer, and the edit then holds it whole (the service holds only a change to the limit)."""
    edit.setMaxLength(max(FIELDS[field].limit, len(value)))
    edit.setText(value)


def named_button(parent: QWidget, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
    button = QPushButton(text, parent)
    button.setAccessibleName(name)
    button.setToolTip(name)
    button.clicked.connect(slot)
    return button


def named_label(parent: QWidget, name: str, style: str = "") -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setAccessibleName(name)
    label.setStyleSheet(style)
    return label


def remove_buttons(group: QButtonGroup, buttons: list[ButtonT]) -> None:
    """Take buttons out of their group, the window and the Tab order now, not at the next
    deleteLater (a scale change rebuilds the score buttons)."""
    for button in buttons:
        group.removeButton(button)
        button.setParent(None)
        button.deleteLater()
    buttons.clear()


def set_read_only(read_only: bool, *edits: QLineEdit | QPlainTextEdit) -> None:
    """Lock or unlock text fields so they look it: a read-only field takes no edits and is drawn on
    the window's colour, not an editable white, yet its text can still be read whole and copied."""
    for edit in edits:
        edit.setReadOnly(read_only)
        palette = edit.palette()
        if read_only:
            for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
                palette.setColor(group, QPalette.ColorRole.Base, palette.color(group, QPalette.ColorRole.Window))
            edit.setPalette(palette)
        else:
            edit.setPalette(QPalette())  # back to the inherited, editable look
