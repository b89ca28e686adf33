"""Showing a secret code once: the workspace's recovery code (kept by the officer, only its hash is
stored) and an officer's one-time code for someone whose passphrase was reset (handed over in
person). Nothing keeps the code after the dialog closes."""

from __future__ import annotations

from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coopeval.ui.i18n import translate
from coopeval.ui.identity.fields import code_font


class CodeDialog(QDialog):
    """A code shown once, with a Copy button. With `must_keep`, the dialog closes only once the
    user ticks that they have kept the code."""

    def __init__(self, title: str, explanation: str, code: str, parent: QWidget | None = None, *,
                 must_keep: bool = False):
        super().__init__(parent)
        self.setObjectName("codeDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.explanation = QLabel(explanation, self)
        self.explanation.setWordWrap(True)
        self.code = QLineEdit(code, self)
        self.code.setReadOnly(True)
        self.code.setFont(code_font())
        self.code.setAccessibleName(title)
        self.copy_button = QPushButton(self.tr("&Copy"), self)
        self.copy_button.setAccessibleName(self.tr("Copy the code"))
        self.copy_button.clicked.connect(self.copy)
        row = QHBoxLayout()
        row.addWidget(self.code, 1)
        row.addWidget(self.copy_button)
        self.copied = QLabel(self)
        self.copied.setAccessibleName(self.tr("Copied"))
        self.kept = QCheckBox(self.tr("I have &kept the recovery code"), self)
        self.kept.setVisible(must_keep)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(self.tr("Close"))
        self.buttons.rejected.connect(self.reject)
        self.buttons.accepted.connect(self.accept)
        self.close_button.clicked.connect(self.accept)
        self.must_keep = must_keep
        self.kept.toggled.connect(self.close_button.setEnabled)
        self.close_button.setEnabled(not must_keep)
        layout.addWidget(self.explanation)
        layout.addLayout(row)
        layout.addWidget(self.copied)
        layout.addWidget(self.kept)
        layout.addWidget(self.buttons)
        QWidget.setTabOrder(self.code, self.copy_button)
        QWidget.setTabOrder(self.copy_button, self.kept)
        QWidget.setTabOrder(self.kept, self.close_button)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.code.text())
        self.copied.setText(self.tr("Copied. Paste it where it will be safe, then clear the clipboard."))

    @property
    def may_close(self) -> bool:
        return not self.must_keep or self.kept.isChecked()

    def accept(self) -> None:
        if self.may_close:
            self._forget()
            super().accept()

    def reject(self) -> None:  # Esc and the title bar's close: only once the code is kept
        if self.may_close:
            self._forget()
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.may_close:
            super().closeEvent(event)
        else:
            event.ignore()

    def _forget(self) -> None:
        self.code.setText("")


def recovery_code_dialog(code: str, parent: QWidget | None = None) -> CodeDialog:
    return CodeDialog(translate("CodeDialog", "Recovery code"), translate("CodeDialog",
        "<p><b>Write this recovery code down, or store it in a safe place such as your council's password "
        "manager, now.</b> It is shown only this once: CoopEval keeps only a fingerprint of it (a hash), "
        "never the code.</p>"
        "<p>With it, an officer who has forgotten their passphrase can set a new one when there is no other "
        "officer to reset it (Sign in → Forgot your passphrase?). Using it gives you a new recovery code.</p>"
        "<p>Keep it away from this computer's workspace file: anyone with the code and the file can become "
        "an officer.</p>"), code, parent, must_keep=True)


def one_time_code_dialog(name: str, code: str, parent: QWidget | None = None) -> CodeDialog:
    return CodeDialog(translate("CodeDialog", "One-time code for {name}").format(name=name), translate(
        "CodeDialog",
        "<p>{name}'s old passphrase no longer works. Give {name} this one-time code <b>in person</b> (not by email). "
        "It is shown only this once.</p><p>{name} signs in by choosing their name, typing the code and choosing a "
        "new passphrase, which you never learn.</p>").format(name=name), code, parent)
