"""The self-test's desktop check: Qt loads its platform plugin, the main window is built, opens a
workspace read-only and draws. Kept in `coopeval.ui` because only this package imports Qt;
`coopeval.selftest` imports it lazily.

The window is never shown on screen (WA_DontShowOnScreen) and its settings go to an INI file in the
self-test's folder, so running the self-test on an officer's laptop leaves their window layout and
recent files as they were. With no display on Linux, Qt's offscreen platform is used.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QSettings, Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication

from coopeval.paths import resources_dir
from coopeval.services.catalogue import load_catalogue
from coopeval.ui.application import build_window, widget_application
from coopeval.ui.settings import Settings

# Qt's offscreen platform says this about a window-manager feature it lacks; it is no fault of ours.
_KNOWN_NOISE = ("This plugin does not support propagateSizeHints",)  # i18n: no - Qt's own words


def _no_display() -> bool:
    return sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def check_main_window(folder: Path, workspace: Path | None) -> str:
    """Build the main window, open `workspace` read-only in it (when given) and grab its pixels."""
    if QApplication.instance() is None and not os.environ.get("QT_QPA_PLATFORM") and _no_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = widget_application(["coopeval"])
    warnings: list[str] = []

    problems: list[str] = []

    def collect(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if message.startswith(_KNOWN_NOISE) or kind in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg):
            return
        (warnings if kind == QtMsgType.QtWarningMsg else problems).append(message)

    previous = qInstallMessageHandler(collect)
    try:
        detail = _draw_main_window(app, folder, workspace)
    finally:
        qInstallMessageHandler(previous)
    if problems:  # a critical message means something is broken; a warning is told, not failed
        raise RuntimeError(f"Qt reported: {'; '.join(problems[:3])}")  # i18n: no - the self-test reports in English
    return detail + (f" (Qt warned: {'; '.join(warnings[:3])})" if warnings else "")  # i18n: no - command line


def _draw_main_window(app: QApplication, folder: Path, workspace: Path | None) -> str:
    folder.mkdir(parents=True, exist_ok=True)
    pixmap = QPixmap(str(resources_dir() / "icons" / "coopeval-256.png"))
    if pixmap.isNull():
        raise RuntimeError("the application icon could not be loaded")  # i18n: no - command line
    settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    window = build_window(load_catalogue(), settings=settings)
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    window.setWindowIcon(QIcon(pixmap))
    try:
        window.show()
        opened = ""
        if workspace is not None:
            window.controller.open(workspace, read_only=True)
            opened = f", {workspace.name} open read-only"  # i18n: no - command line
        image = window.grab().toImage()
        if image.isNull() or image.width() < 100 or image.height() < 100:
            raise RuntimeError("the main window did not draw")  # i18n: no - command line
        return f"{app.platformName()} platform, main window drew {image.width()}x{image.height()}{opened}"  # i18n: no
    finally:
        window.controller.close(emit=False)
        window.close()
        window.deleteLater()
