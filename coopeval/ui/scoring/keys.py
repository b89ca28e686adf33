"""The Scoring page's keyboard: digits choose a score (Alt+digit while typing in a text field, where a
plain digit is text), + and − step it, Alt+Right / Alt+Left move to the next / previous item, Ctrl+U
to the first unscored item, Ctrl+Enter submits. Digits only act while the focus is in the page; the
rest act whenever the page is showing (a hidden page's window shortcuts are inactive)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

IN_PAGE = Qt.ShortcutContext.WidgetWithChildrenShortcut
IN_WINDOW = Qt.ShortcutContext.WindowShortcut


def install(page) -> list[QShortcut]:  # noqa: ANN001 - the ScoringPage (a circular import otherwise)
    shortcuts = []

    def add(sequence: str, slot, context: Qt.ShortcutContext = IN_WINDOW) -> None:  # noqa: ANN001
        shortcut = QShortcut(QKeySequence(sequence), page)
        shortcut.setContext(context)
        shortcut.activated.connect(slot)
        shortcuts.append(shortcut)

    def choose(position: int):  # noqa: ANN202
        return lambda: _when_scoring(page) and page.editor.choose_position(position)

    for digit in range(10):
        add(str(digit), choose(digit), IN_PAGE)
        add(f"Alt+{digit}", choose(digit))
    add("+", lambda: _when_scoring(page) and page.editor.step(1), IN_PAGE)
    add("-", lambda: _when_scoring(page) and page.editor.step(-1), IN_PAGE)
    add("Alt+Right", page.next_item)
    add("Alt+Left", page.previous_item)
    add("Ctrl+U", page.first_unscored)
    add("Ctrl+Return", page.submit)
    add("Ctrl+Enter", page.submit)
    return shortcuts


def _when_scoring(page: QWidget) -> bool:
    return page.stack.currentWidget() is page.work and page.current_item is not None
