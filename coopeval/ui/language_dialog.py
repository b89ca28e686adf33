"""Settings → Language (issue 22): English, Cymraeg or the system's language, saved in the settings and applied
when CoopEval next starts (the screens read their words once, as they are built)."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QDialog, QDialogButtonBox, QLabel, QRadioButton, QVBoxLayout, QWidget

from coopeval.ui.i18n import LANGUAGE_CHOICES
from coopeval.ui.settings import Settings


class LanguageDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Language"))
        self.setAccessibleName(self.tr("Language"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The language of CoopEval's screens and messages:"), self))
        # Language names are written in their own language, whatever the screens are in.
        texts = {
            "en": "English",  # i18n: no - a language's own name
            "cy": "Cymraeg — " + self.tr("draft translation, to be reviewed"),  # i18n: no - Cymraeg is its own name
            "system": self.tr("The system's language (Cymraeg if the computer is set to Welsh, otherwise English)"),
        }
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for code in ("en", "cy", "system"):
            button = QRadioButton(texts[code], self)
            button.setObjectName(f"language_{code}")
            self.group.addButton(button)
            self.buttons[code] = button
            layout.addWidget(button)
        self.buttons[settings.language if settings.language in LANGUAGE_CHOICES else "system"].setChecked(True)
        self.note = QLabel(self.tr("The new language applies the next time CoopEval starts."), self)
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.box.accepted.connect(self.accept)
        self.box.rejected.connect(self.reject)
        layout.addWidget(self.box)

    def choice(self) -> str:
        return next(code for code, button in self.buttons.items() if button.isChecked())

    def accept(self) -> None:
        self.settings.language = self.choice()
        self.settings.sync()
        super().accept()
