"""The People dialog (officers): everyone the workspace knows, adding a person with workspace roles,
changing roles, and resetting a passphrase (the one-time code is shown once, to hand over in person)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopeval.domain.identity import CONTRACT_MANAGER, OFFICER, WORKSPACE_ROLES
from coopeval.services.identity import people
from coopeval.services.identity.people import PersonView
from coopeval.ui.controller import WorkspaceController
from coopeval.ui.i18n import translate
from coopeval.ui.identity.codes import CodeDialog, one_time_code_dialog
from coopeval.ui.identity.fields import problem_label
from coopeval.ui.widgets import limit_to_field


def role_labels() -> dict[str, str]:
    """A workspace role's code → its words on screen."""
    return {OFFICER: translate("PeopleDialog", "officer"), CONTRACT_MANAGER: translate("PeopleDialog", "contract manager")}


def roles_text(roles: tuple[str, ...]) -> str:
    labels = role_labels()
    return ", ".join(labels.get(r, r) for r in roles) or "—"


def passphrase_text(p: PersonView) -> str:
    if p.has_reset_code:
        return translate("PeopleDialog", "reset: waiting for the one-time code")
    return translate("PeopleDialog", "set") if p.has_passphrase else translate("PeopleDialog", "not set yet")


def reset_passphrase(controller: WorkspaceController, name: str, parent: QWidget) -> CodeDialog | None:
    """Ask, then reset `name`'s passphrase and show the one-time code once. None if not done."""
    answer = QMessageBox.question(parent, translate("PeopleDialog", "Reset passphrase"), translate(
        "PeopleDialog",
        "Reset {name}'s passphrase? Their old passphrase stops working at once. You are shown a one-time code to "
        "give them in person; they then choose a new passphrase that you never learn.").format(name=name))
    if answer != QMessageBox.StandardButton.Yes:
        return None
    outcome = controller.op(people.issue_reset_code, name, parent=parent)
    if not outcome.ok:
        return None
    dialog = one_time_code_dialog(name, outcome.value, parent)
    dialog.open()
    return dialog


class PeopleDialog(QDialog):
    def __init__(self, controller: WorkspaceController, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("peopleDialog")
        self.controller = controller
        self.setWindowTitle(self.tr("People"))
        self.setMinimumWidth(640)
        self.people: list[PersonView] = []
        self.code_dialog: CodeDialog | None = None
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Email"), self.tr("Workspace roles"),
                                              self.tr("Passphrase")])
        self.table.setAccessibleName(self.tr("People known to this workspace"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selected)

        chosen = QGroupBox(self.tr("The person chosen above"), self)
        self.role_boxes = {r: QCheckBox(role_labels()[r], chosen) for r in WORKSPACE_ROLES}
        self.save_roles_button = QPushButton(self.tr("Save &roles"), chosen)
        self.save_roles_button.clicked.connect(self.save_roles)
        self.reset_button = QPushButton(self.tr("Reset &passphrase…"), chosen)
        self.reset_button.clicked.connect(self.reset)
        row = QHBoxLayout(chosen)
        for box in self.role_boxes.values():
            row.addWidget(box)
        row.addWidget(self.save_roles_button)
        row.addStretch(1)
        row.addWidget(self.reset_button)

        adding = QGroupBox(self.tr("Add a person"), self)
        form = QFormLayout(adding)
        self.name = QLineEdit(adding)
        limit_to_field(self.name, "member.name")
        self.email = QLineEdit(adding)
        limit_to_field(self.email, "member.email")
        self.new_roles = {r: QCheckBox(role_labels()[r], adding) for r in WORKSPACE_ROLES}
        for text, widget in ((self.tr("&Name:"), self.name), (self.tr("&Email:"), self.email)):
            label = QLabel(text, adding)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(label, widget)
        roles_row = QHBoxLayout()
        for box in self.new_roles.values():
            roles_row.addWidget(box)
        roles_row.addStretch(1)
        form.addRow(QLabel(self.tr("Workspace roles:"), adding), roles_row)
        self.add_button = QPushButton(self.tr("&Add person"), adding)
        self.add_button.clicked.connect(self.add)
        form.addRow(self.add_button)
        note = QLabel(self.tr("People on a tender's panel are added from the Panel page; add someone here to give "
                              "them a workspace role. Each person chooses their own passphrase when they first "
                              "sign in."), self)
        note.setWordWrap(True)
        self.message = problem_label(self, self.tr("Problem"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(chosen)
        layout.addWidget(adding)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.reload()

    def reload(self, select: str | None = None) -> None:
        chosen = self.chosen()
        current = select or (chosen.name if chosen is not None else None)
        self.people = list(self.controller.read(people.people))
        self.table.setRowCount(len(self.people))
        for r, p in enumerate(self.people):
            for c, value in enumerate((p.name, p.email, roles_text(p.roles), passphrase_text(p))):
                self.table.setItem(r, c, QTableWidgetItem(value))
        names = [p.name for p in self.people]
        if current in names:
            self.table.selectRow(names.index(current))
        self._selected()

    def chosen(self) -> PersonView | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.people[rows[0].row()] if rows and rows[0].row() < len(self.people) else None

    def _selected(self) -> None:
        person = self.chosen()
        writable = not self.controller.read_only
        for role, box in self.role_boxes.items():
            box.setChecked(person is not None and role in person.roles)
            box.setEnabled(person is not None and writable)
        self.save_roles_button.setEnabled(person is not None and writable)
        self.reset_button.setEnabled(person is not None and writable)
        self.add_button.setEnabled(writable)

    def say(self, text: str) -> None:
        self.message.setText(text)

    def add(self) -> None:
        roles = tuple(r for r, box in self.new_roles.items() if box.isChecked())
        outcome = self.controller.op(people.add_person, name=self.name.text(), email=self.email.text(), roles=roles,
                                     inline=self.say, parent=self)
        if outcome.ok:
            self.say("")
            self.name.clear()
            self.email.clear()
            for box in self.new_roles.values():
                box.setChecked(False)
            self.reload(outcome.value.name)

    def save_roles(self) -> None:
        person = self.chosen()
        if person is None:
            return
        roles = tuple(r for r, box in self.role_boxes.items() if box.isChecked())
        if self.controller.op(people.set_roles, person.name, roles, inline=self.say, parent=self).ok:
            self.say("")
            self.reload(person.name)

    def reset(self) -> None:
        person = self.chosen()
        if person is None:
            return
        self.code_dialog = reset_passphrase(self.controller, person.name, self)
        self.reload(person.name)
