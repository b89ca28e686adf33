"""Showing errors: a user's mistake as a plain message, anything unexpected as a plain message with
the details written to the log. Never a traceback."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from coopeval.crashlog import plain_message, record_unexpected
from coopeval.domain.errors import CoopEvalError, InvalidFileError


def error_text(exc: BaseException) -> str:
    if isinstance(exc, InvalidFileError):
        lines = [str(p) for p in exc.problems[:15]]
        more = len(exc.problems) - 15
        return "\n".join(lines) + ("\n" + QCoreApplication.translate("ErrorDialog", "… and {count} more").format(count=more) if more > 0 else "")
    if isinstance(exc, CoopEvalError):
        return str(exc)
    return plain_message(exc, record_unexpected(exc))


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    expected = isinstance(exc, CoopEvalError)
    box = QMessageBox(QMessageBox.Icon.Warning if expected else QMessageBox.Icon.Critical,
                      title or (QCoreApplication.translate("ErrorDialog", "Cannot do that") if expected
                                else QCoreApplication.translate("ErrorDialog", "Unexpected problem")),
                      error_text(exc), QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorDialog")
    box.exec()
