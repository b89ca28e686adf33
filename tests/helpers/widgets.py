"""Driving Qt widgets from the keyboard as a user would, and finding controls without an accessible
name. GUI tests only: this imports PySide6, so nothing under tests/unit may import it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)

ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier


def press(qtbot, button) -> None:
    """Activate a button from the keyboard, as a user without a mouse would."""
    assert button.isEnabled(), button.text()
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def press_visible(qtbot, button: QAbstractButton) -> None:
    """`press`, for a button that must also be visible."""
    assert button.isEnabled() and button.isVisibleTo(button.window()), button.text()
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def choose(qtbot, combo: QComboBox, data: str) -> None:
    """Pick a combo item with the keyboard: focus it and step down to the item."""
    combo.setFocus()
    target = combo.findData(data)
    assert target >= 0, data
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(target):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == data


def controls_of(page) -> list:
    """The controls a user can reach: buttons, fields, combos and views (not Qt's own headers,
    corner buttons or combo pop-ups, which Qt names itself)."""
    found = [w for cls in (QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox, QAbstractItemView)
             for w in page.findChildren(cls)]
    return [w for w in found if not isinstance(w, QHeaderView) and not w.objectName().startswith("qt_")
            and w.window() is page.window()]


def unnamed_controls(page: QWidget) -> list[str]:
    """Controls on the page without an accessible name (Qt's own parts of a table, combo or tab bar aside)."""
    kinds = (QAbstractButton, QComboBox, QPlainTextEdit, QAbstractItemView)
    parts_of = (QAbstractItemView, QComboBox, QTabBar)
    return [f"{type(w).__name__} {getattr(w, 'text', lambda: '')()}" for w in page.findChildren(QWidget)
            if isinstance(w, kinds) and not isinstance(w.parent(), parts_of)
            and not isinstance(w.parent().parent() if w.parent() else None, QComboBox) and not w.accessibleName()]
