"""The Scoring page's keyboard: digits choose a score (Alt+digit while typing in a text field, where a
plain digit is text), + and − step it, Alt+Right / Alt+Left move to the next / previous item, Ctrl+U
to the first unscored item, Ctrl+Enter submits. Digits only act while the focus is in the page; the
rest act whenever the page is showing (a hidden page's window shortcuts are inactive)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut

if TYPE_CHECKING:  # the page imports this module
    from coopeval.ui.pages.scoring import ScoringPage

IN_PAGE = Qt.ShortcutContext.WidgetWithChildrenShortcut
IN_WINDOW = Qt.ShortcutContext.WindowShortcut


def install(page: ScoringPage) -> list[QShortcut]:
    shortcuts = []
    editor = page.ui.editor

    def add(sequence: str, slot: Callable[[], object], context: Qt.ShortcutContext = IN_WINDOW) -> None:
        shortcut = QShortcut(QKeySequence(sequence), page)
        shortcut.setContext(context)
        shortcut.activated.connect(slot)
        shortcuts.append(shortcut)

    def choose(position: int) -> Callable[[], None]:
        def chosen() -> None:
            if _when_scoring(page):
                editor.choose_position(position)
        return chosen

    def step(by: int) -> Callable[[], None]:
        def stepped() -> None:
            if _when_scoring(page):
                editor.step(by)
        return stepped

    for digit in range(10):
        add(str(digit), choose(digit), IN_PAGE)
        add(f"Alt+{digit}", choose(digit))
    add("+", step(1), IN_PAGE)
    add("-", step(-1), IN_PAGE)
    add("Alt+Right", page.next_item)
    add("Alt+Left", page.previous_item)
    add("Ctrl+U", page.first_unscored)
    add("Ctrl+Return", page.submit)
    add("Ctrl+Enter", page.submit)
    return shortcuts


def _when_scoring(page: ScoringPage) -> bool:
    return page.ui.stack.currentWidget() is page.ui.work and page.current_item is not None
