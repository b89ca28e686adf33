"""Messages shown beside the control they concern (a refused edit, a finished import). The set-up
widgets hand `message.problem` to `controller.op(…, inline=…)`, so a user's mistake is shown here
and anything unexpected goes to the plain error dialog. Never a traceback."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

# Colour backs up the words; it is never the only signal.
STYLES = {
    "problem": "QLabel { background: #fde7e9; color: #5c0a10; border-left: 4px solid #a4262c; padding: 4px; }",  # i18n: no
    "note": "QLabel { background: #e8f3e8; color: #0b3d0b; border-left: 4px solid #107c10; padding: 4px; }",  # i18n: no
}


class InlineMessage(QLabel):
    """A message under a control: hidden when empty, worded so that colour is never needed."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setAccessibleName(accessible_name)
        self.kind = ""
        self.hide()

    def problem(self, text: str) -> None:
        self._show("problem", text)

    def note(self, text: str) -> None:
        self._show("note", text)

    def clear(self) -> None:
        self.kind = ""
        self.setText("")
        self.setAccessibleDescription("")
        self.hide()

    def _show(self, kind: str, text: str) -> None:
        self.kind = kind
        self.setStyleSheet(STYLES[kind])
        self.setText(text)
        self.setAccessibleDescription(text)
        self.show()

