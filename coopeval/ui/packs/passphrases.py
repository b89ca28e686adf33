"""Asking for a pack passphrase or one's own passphrase, hidden as it is typed. One place, so the
pack tests can answer the questions."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from coopeval.ui.i18n import translate


def ask(parent: QWidget, title: str, label: str) -> str | None:
    """A passphrase typed once (None: cancelled)."""
    text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
    return text if ok and text else None


def ask_new(parent: QWidget, title: str, label: str) -> str | None:
    """A new passphrase, typed twice to be sure (None: cancelled or the two differ, which is said)."""
    first = ask(parent, title, label)
    if first is None:
        return None
    again = ask(parent, title, translate("PackPassphrases", "Type the pack passphrase again, to be sure:"))
    if again is None:
        return None
    if again != first:
        QMessageBox.warning(parent, title, translate("PackPassphrases", "The two entries differ; nothing was exported. Try again."))
        return None
    return first
