"""Small widget makers shared by the pages, so every button and status label gets its accessible
name (and a tooltip) the same way."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from coopeval.domain.text import FIELDS

if TYPE_CHECKING:
    from coopeval.ui.controller import WorkspaceController

PROBLEM_STYLE = "QLabel { color: #a4262c; }"  # i18n: no - style sheet; a problem said in a form, beside what caused it

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


class FormDialog(QDialog):
    """A dialog that records one thing: labelled fields, notes, an inline problem line and OK/Cancel.
    What it records goes through the controller's runner; a refusal is said on the problem line and
    the dialog stays open with what was typed. Subclasses add fields, then call `finish_form()`."""

    def __init__(self, controller: WorkspaceController, parent: QWidget | None, *, width: int = 480,
                 problem_name: str = ""):
        super().__init__(parent)
        self.controller = controller
        self.setMinimumWidth(width)
        self.form = QFormLayout(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(problem_name or self.tr("Problem with this entry"))
        self.message.setStyleSheet(PROBLEM_STYLE)
        ok, cancel = QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel
        self.buttons = QDialogButtonBox(ok | cancel, self)
        self.ok_button = self.buttons.button(ok)
        self.buttons.button(cancel).setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def set_texts(self, title: str, ok_text: str) -> None:
        self.setWindowTitle(title)
        self.ok_button.setText(ok_text)
        self.ok_button.setAccessibleName(ok_text.replace("&", ""))

    def add_field(self, text: str, widget: QWidget) -> QLabel:
        """A labelled field; the label's text names the widget unless it already has a name."""
        label = QLabel(text, self)
        label.setBuddy(widget)
        if not widget.accessibleName():
            widget.setAccessibleName(text.replace("&", ""))
        self.form.addRow(label, widget)
        return label

    def add_note(self, text: str) -> QLabel:
        note = QLabel(text, self)
        note.setWordWrap(True)
        self.form.addRow(note)
        return note

    def say(self, text: str) -> None:
        self.message.setText(text)

    def finish_form(self) -> None:
        self.form.addRow(self.message)
        self.form.addRow(self.buttons)
