"""Starting the Qt application, and the one handler that turns an unexpected error into a plain
message (details to the log file) instead of a traceback or a silent exit."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from coopeval import __version__
from coopeval.crashlog import plain_message, record_unexpected
from coopeval.services.catalogue import Catalogue
from coopeval.ui.main_window import MainWindow


def install_exception_hook(app: QApplication) -> None:
    def hook(exc_type, exc, tb):  # noqa: ANN001 - signature fixed by sys.excepthook
        if issubclass(exc_type, KeyboardInterrupt):
            app.quit()
            return
        message = plain_message(exc, record_unexpected(exc))
        QMessageBox.critical(app.activeWindow(), app.tr("Unexpected problem"), message)

    sys.excepthook = hook


def run(*, catalogue: Catalogue, argv: list[str] | None = None) -> int:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("CoopEval")
    app.setOrganizationName("CoopEval")
    app.setApplicationVersion(__version__)
    install_exception_hook(app)
    window = MainWindow(catalogue)
    window.show()
    return app.exec()
