"""Who signs: the name (and optionally role and council) the signing officer's own certificate
carries, asked before the first key is made and when a new one replaces it. Reports signed with
that key, and `coopeval verify`, name this person ("Olu Adebayo, Procurement officer, Example
Council"), not the computer account."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from coopeval.services.reports import writing as reports
from coopeval.ui.controller import WorkspaceController


class SignerDialog(QDialog):
    """Asks who signs, then makes the key and certificate (the old one, if any, is kept aside).
    `made` is the new certificate's SignerView once accepted."""

    def __init__(self, controller: WorkspaceController, *, name: str = "", role: str = "", council: str = "",
                 current: reports.SignerView | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.made: reports.SignerView | None = None
        self.setObjectName("signerDialog")
        if current is None:
            self.setWindowTitle(self.tr("Who signs the report"))
            intro = self.tr("Reports you sign name you. CoopEval makes a signing key and certificate for you, kept in "
                            "your own user folder on this computer (never in the workspace). Give your name as "
                            "reports should show it; role and council are optional.")
        else:
            self.setWindowTitle(self.tr("Make a new signing certificate"))
            intro = self.tr("Your certificate names %1. A new one replaces it; the old one is kept, so reports it "
                            "signed still verify. Give whoever checks your reports the new certificate "
                            "(Export my certificate).").replace("%1", current.label)
        self.intro = QLabel(intro, self)
        self.intro.setWordWrap(True)
        self.name = QLineEdit(name, self)
        self.role = QLineEdit(role, self)
        self.role.setPlaceholderText(self.tr("e.g. Procurement officer"))
        self.council = QLineEdit(council, self)
        self.council.setPlaceholderText(self.tr("e.g. Example Council"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Problem with the signer's details"))
        form = QFormLayout(self)
        form.addRow(self.intro)
        for text, widget in ((self.tr("&Name"), self.name), (self.tr("&Role (optional)"), self.role),
                             (self.tr("&Council (optional)"), self.council)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", ""))
            form.addRow(label, widget)
        form.addRow(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Make my certificate") if current is None
                               else self.tr("&Make the new certificate"))
        self.ok_button.setAccessibleName(self.ok_button.text().replace("&", ""))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.name.textChanged.connect(self._name_changed)
        self._name_changed(self.name.text())

    def _name_changed(self, text: str) -> None:
        self.ok_button.setEnabled(bool(text.strip()))

    def accept(self) -> None:
        """Make the key and certificate; a refusal is shown in the dialog, which stays open."""
        done = self.controller.op(reports.new_user_signing_key, self.name.text(), self.role.text(), self.council.text(),
                                  uses_workspace=False, inline=self.message.setText, parent=self)
        if not done.ok:
            return
        self.made = done.value
        super().accept()
