"""Adding a panel member, or changing a member's role or email (a name, once recorded, stays:
declarations and scores are kept under it)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from coopeval.domain import lifecycle
from coopeval.services.panel import members as panel
from coopeval.services.views import MemberView
from coopeval.ui.controller import WorkspaceController
from coopeval.ui.panel.labels import role_labels
from coopeval.ui.widgets import show_stored_text


class MemberDialog(QDialog):
    def __init__(self, controller: WorkspaceController, tender_id: int, member: MemberView | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.controller, self.tender_id, self.member = controller, tender_id, member
        self.saved_member_id: int | None = None
        self.setWindowTitle(self.tr("Edit panel member") if member else self.tr("Add panel member"))
        self.name = QLineEdit(self)
        show_stored_text(self.name, member.name if member else "", "member.name")
        self.name.setReadOnly(member is not None)
        self.role = QComboBox(self)
        for role in lifecycle.ROLES:
            self.role.addItem(role_labels().get(role, role), role)
        self.role.setCurrentIndex(max(self.role.findData(member.role if member else "evaluator"), 0))
        self.email = QLineEdit(self)
        show_stored_text(self.email, member.email if member else "", "member.email")
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Problem with the member's details"))
        form = QFormLayout(self)
        for text, widget in ((self.tr("&Name"), self.name), (self.tr("&Role"), self.role), (self.tr("&Email"), self.email)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", ""))
            form.addRow(label, widget)
        if member:
            form.addRow("", QLabel(self.tr("A member's name cannot change: their declarations and scores are kept under it."), self))
        form.addRow(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Save member") if member else self.tr("&Add member"))
        self.ok_button.setAccessibleName(self.ok_button.text().replace("&", ""))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    def accept(self) -> None:
        """Record the member; a refusal is shown in the dialog, which stays open with what was typed."""
        if self.member is None:
            done = self.controller.op(panel.add_member, self.tender_id, name=self.name.text(),
                                      role=self.role.currentData(), email=self.email.text(),
                                      inline=self.message.setText, parent=self)
            if not done.ok:
                return
            self.saved_member_id = done.value.id
        else:
            if not self.controller.op(panel.update_member, self.member.id, role=self.role.currentData(),
                                      email=self.email.text(), inline=self.message.setText, parent=self).ok:
                return
            self.saved_member_id = self.member.id
        super().accept()
