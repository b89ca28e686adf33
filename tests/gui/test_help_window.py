"""The user guide window: it opens over the middle of the main window (kept whole on the screen), stays
where the user moved it while open, and closes with Esc as a dialog does."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from coopeval.ui.help_window import HelpWindow, show_user_guide

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen has no window stacking


def close_to(a: QPoint, b: QPoint) -> bool:
    return abs(a.x() - b.x()) <= 2 and abs(a.y() - b.y()) <= 2


def centre_at(window, x: int, y: int) -> None:
    frame = window.frameGeometry()
    frame.moveCenter(QPoint(x, y))
    window.move(frame.topLeft())
    QApplication.processEvents()


def test_the_guide_opens_centred_on_the_main_window(qtbot, window):
    centre_at(window, 400, 380)  # wherever its size, the main window's middle is on the (offscreen) screen
    guide = HelpWindow(window)
    guide.resize(400, 300)
    assert show_user_guide(window) is guide and guide.isVisible()
    assert close_to(guide.frameGeometry().center(), window.frameGeometry().center())
    guide.move(10, 20)  # moved by the user while open: left there when asked for again
    show_user_guide(window)
    assert close_to(guide.pos(), QPoint(10, 20))
    guide.close()
    centre_at(window, 330, 430)
    show_user_guide(window)  # opened again: over the main window where it is now
    assert close_to(guide.frameGeometry().center(), window.frameGeometry().center())


def test_a_guide_larger_than_the_screen_is_kept_on_it(qtbot, window):
    available = window.screen().availableGeometry()
    window.resize(500, 400)
    window.move(available.right() - 500, available.bottom() - 400)  # the main window in a corner
    guide = show_user_guide(window)
    assert available.contains(guide.frameGeometry())


def test_esc_closes_the_guide(qtbot, window):
    guide = show_user_guide(window)
    qtbot.waitExposed(guide)
    for widget in (guide.browser, guide.find_field):
        guide.activateWindow()
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
        qtbot.keyClick(widget, Qt.Key.Key_Escape)
        assert not guide.isVisible(), widget.accessibleName()
        guide = show_user_guide(window)
        qtbot.waitExposed(guide)
