"""Declaring a conflict of interest, and the officer's resolution of one. Both append to the
register; nothing in it is edited or deleted."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from coopeval.services.panel import members as panel
from coopeval.services.views import BidView, DeclarationView, MemberView
from coopeval.ui.controller import WorkspaceController
from coopeval.ui.panel.labels import interest_labels, interest_text, nature_labels, resolution_labels, scope_text
from coopeval.ui.widgets import FormDialog


class _AppendDialog(FormDialog):
    """Declaring and resolving: a form that records one thing (see `FormDialog`)."""

    def __init__(self, controller: WorkspaceController, parent: QWidget | None):
        super().__init__(controller, parent, width=520)


class DeclareDialog(_AppendDialog):
    def __init__(self, controller: WorkspaceController, members: list[MemberView], bids: list[BidView],
                 member_id: int | None = None, parent: QWidget | None = None,
                 current: list[DeclarationView] | None = None):
        super().__init__(controller, parent)
        self.set_texts(self.tr("Declare a conflict of interest"), self.tr("&Record declaration"))
        self.current = [d for d in current or [] if d.current]
        self.member = QComboBox(self)
        for m in members:
            self.member.addItem(m.name, m.id)
        self.member.setCurrentIndex(max(self.member.findData(member_id), 0))
        self.scope = QComboBox(self)
        self.scope.addItem(self.tr("The whole tender (every bid)"), None)
        by_id = {b.id: b for b in bids}
        for b in bids:
            text = scope_text(b.id, by_id) + (self.tr(" (withdrawn)") if b.withdrawn else "")
            self.scope.addItem(text, b.id)
        self.interest = QComboBox(self)
        for key, text in interest_labels().items():
            self.interest.addItem(text, key)
        self.nature = QComboBox(self)
        for key, text in nature_labels().items():
            self.nature.addItem(text, key)
        self.details = QPlainTextEdit(self)
        self.details.setTabChangesFocus(True)
        self.details.setPlaceholderText(self.tr("Who or what, and how: e.g. My partner owns shares in the bidder."))
        self.add_note(self.tr("Declare before seeing any bid. Declare “No interest” for the whole tender if you have "
                              "none; declare each interest, for the whole tender or for one bid. A new declaration "
                              "replaces your current one for the same scope; the old one stays in the register."))
        for text, widget in ((self.tr("&Member"), self.member), (self.tr("&Scope"), self.scope),
                             (self.tr("&Interest"), self.interest), (self.tr("&Nature"), self.nature),
                             (self.tr("&Details"), self.details)):
            self.add_field(text, widget)
        self.warning = self.add_note("")
        self.warning.setAccessibleName(self.tr("Warning about this declaration"))
        self.finish_form()
        for combo in (self.member, self.scope, self.interest):
            combo.currentIndexChanged.connect(self._interest_changed)
        self._interest_changed()

    def _interest_changed(self) -> None:
        has_interest = self.interest.currentData() != "none"
        self.nature.setEnabled(has_interest)
        self.details.setEnabled(has_interest)
        replaced = next((d for d in self.current if d.member_id == self.member.currentData()
                         and d.bid_id == self.scope.currentData()), None)
        warning = ""
        if replaced is not None and replaced.resolution == "excluded":
            warning = self.tr("{member} is excluded from this by the officer's resolution (no. {number}). A new "
                              "declaration replaces that one; the exclusion stays in the register but no longer "
                              "applies.")
        elif replaced is not None and replaced.needs_resolution:
            warning = self.tr("{member}'s declaration no. {number} for this still awaits the officer's resolution; "
                              "a new declaration replaces it.")
        self.warning.setText(warning.format(member=self.member.currentText(), number=replaced.id)
                             if replaced is not None else "")
        self.warning.setVisible(bool(self.warning.text()))

    def accept(self) -> None:
        has_interest = self.interest.currentData() != "none"
        if self.controller.op(panel.declare, self.member.currentData(), interest=self.interest.currentData(),
                              nature=self.nature.currentData() if has_interest else None,
                              details=self.details.toPlainText() if has_interest else "",
                              bid_id=self.scope.currentData(), inline=self.message.setText, parent=self).ok:
            super().accept()


class ResolveDialog(_AppendDialog):
    def __init__(self, controller: WorkspaceController, pending: list[DeclarationView], members: dict[int, MemberView],
                 bids: dict[int, BidView], declaration_id: int | None = None, parent: QWidget | None = None):
        super().__init__(controller, parent)
        self.set_texts(self.tr("Resolve a declared interest"), self.tr("&Record resolution"))
        self.pending = {d.id: d for d in pending}
        self.members, self.bids = members, bids
        self.declaration = QComboBox(self)
        for d in pending:
            who = members[d.member_id].name if d.member_id in members else f"#{d.member_id}"
            self.declaration.addItem(self.tr("No. {number}: {member}, {interest} ({scope})").format(
                number=d.id, member=who, interest=interest_text(d).lower(), scope=scope_text(d.bid_id, bids)), d.id)
        self.declaration.setCurrentIndex(max(self.declaration.findData(declaration_id), 0))
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setAccessibleName(self.tr("What was declared"))
        self.resolution = QComboBox(self)
        for key, text in resolution_labels().items():
            self.resolution.addItem(text, key)
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("Why, and any conditions: e.g. Excluded from scoring this bid; left the room "
                                             "when it was discussed."))
        self.add_field(self.tr("&Declaration"), self.declaration)
        self.form.addRow(self.tr("Declared"), self.details)
        self.add_field(self.tr("Re&solution"), self.resolution)
        self.add_field(self.tr("N&ote"), self.note)
        self.add_note(self.tr("An excluded member cannot see or score the bids concerned. A resolution is recorded "
                              "under your name ({name}) and cannot be changed; if things change, the member makes a "
                              "new declaration.").format(
            name=controller.person or (controller.info.actor if controller.info else "")))
        self.finish_form()
        self.declaration.currentIndexChanged.connect(self._declaration_changed)
        self._declaration_changed()

    def _declaration_changed(self) -> None:
        d = self.pending.get(self.declaration.currentData())
        self.details.setText(d.details if d else self.tr("Nothing awaits resolution."))
        self.ok_button.setEnabled(d is not None)

    def accept(self) -> None:
        if self.controller.op(panel.resolve, self.declaration.currentData(), resolution=self.resolution.currentData(),
                              note=self.note.toPlainText(), inline=self.message.setText, parent=self).ok:
            super().accept()
