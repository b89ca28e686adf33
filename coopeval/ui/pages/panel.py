"""Panel: the members and their roles, and the conflicts-of-interest register. Who still has to
declare and which declarations await the officer's resolution are said in words at the top.
The register is read-only: declarations and resolutions are appended through dialogs."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QAbstractTableModel, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coopeval.domain import lifecycle
from coopeval.services.bids import entry as bids
from coopeval.services.changes import ChangeKind
from coopeval.services.identity import seats
from coopeval.services.panel.standing import PanelStanding, panel_standing
from coopeval.services.setup import tenders
from coopeval.services.views import BidView
from coopeval.ui.controller import WorkspaceController
from coopeval.ui.i18n import QT_TRANSLATE_NOOP
from coopeval.ui.identity.codes import CodeDialog
from coopeval.ui.identity.people_dialog import PeopleDialog, reset_passphrase
from coopeval.ui.packs.panel_actions import PackActions
from coopeval.ui.pages.base import TenderPage
from coopeval.ui.panel import member_table, register_table
from coopeval.ui.panel.declaration_dialogs import DeclareDialog, ResolveDialog
from coopeval.ui.panel.labels import scope_text
from coopeval.ui.panel.member_dialog import MemberDialog
from coopeval.ui.panel.member_table import MemberTableModel
from coopeval.ui.panel.register_table import RegisterTableModel


class PanelPage(TenderPage):
    title = QT_TRANSLATE_NOOP("TenderPage", "Panel")  # the key select_page uses; shown translated
    relevant = frozenset({ChangeKind.TENDER, ChangeKind.BID, ChangeKind.MEMBER, ChangeKind.DECLARATION})

    def __init__(self, controller: WorkspaceController, parent: QWidget | None = None):
        super().__init__(controller, parent)
        self.standing: PanelStanding | None = None
        self.bids: dict[int, BidView] = {}
        self.editable = False
        self.status: str | None = None
        self.dialog: MemberDialog | DeclareDialog | ResolveDialog | None = None
        self.packs = PackActions(controller, self)

        self.state_note = QLabel(self)
        self.state_note.setWordWrap(True)
        self.state_note.setAccessibleName(self.tr("Why the panel cannot be changed"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAccessibleName(self.tr("Declarations still needed"))
        self.members = MemberTableModel(self)
        self.member_view = self._table(self.members, self.tr("Panel members"), (member_table.CONFLICTS,))
        self.register = RegisterTableModel(self)
        self.register_view = self._table(self.register, self.tr("Conflicts of interest register"),
                                         (register_table.DETAILS, register_table.NOTE))
        self.member_view.selectionModel().currentRowChanged.connect(lambda *_: self._update_controls())
        self.register_view.selectionModel().currentRowChanged.connect(lambda *_: self._update_controls())
        self.add_button = self._button(self.tr("&Add member…"), self.tr("Add panel member"), self.add_member)
        self.edit_button = self._button(self.tr("&Edit member…"), self.tr("Edit panel member"), self.edit_member)
        self.declare_button = self._button(self.tr("&Declare…"), self.tr("Declare a conflict of interest"), self.declare)
        self.resolve_button = self._button(self.tr("&Resolve…"), self.tr("Resolve a declared interest"), self.resolve)
        self.export_pack_button = self._button(self.tr("E&xport evaluator pack…"), self.tr("Export evaluator pack"),
                                               lambda: self.packs.export_pack())
        self.import_pack_button = self._button(self.tr("I&mport evaluator pack…"), self.tr("Import evaluator pack"),
                                               lambda: self.packs.import_pack())

        self.reset_button = self._button(self.tr("Reset &passphrase…"), self.tr("Reset the member's passphrase"),
                                         self.reset_passphrase)
        self.people_button = self._button(self.tr("P&eople…"), self.tr("People known to the workspace"),
                                          self.show_people)
        self.code_dialog: CodeDialog | None = None
        self.people_dialog: PeopleDialog | None = None

        members_box = QGroupBox(self.tr("Panel members"), self)
        members_layout = QVBoxLayout(members_box)
        members_layout.addWidget(self.member_view)
        # two rows of buttons, so the page fits a narrow window
        members_layout.addLayout(self._row(self.add_button, self.edit_button, self.declare_button))
        members_layout.addLayout(self._row(self.export_pack_button, self.import_pack_button))
        members_layout.addLayout(self._row(self.reset_button, self.people_button))
        register_box = QGroupBox(self.tr("Conflicts of interest register"), self)
        register_layout = QVBoxLayout(register_box)
        register_note = QLabel(self.tr("Every declaration and resolution is kept here. Nothing is edited or deleted: "
                                       "a new declaration supersedes the member's current one for the same scope."), self)
        register_note.setWordWrap(True)
        register_layout.addWidget(register_note)
        register_layout.addWidget(self.register_view)
        register_layout.addLayout(self._row(self.resolve_button))
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(members_box)
        split.addWidget(register_box)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state_note)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        self._update_controls()

    def _table(self, model: QAbstractTableModel, name: str, stretch: tuple[int, ...]) -> QTableView:
        view = QTableView(self)
        view.setModel(model)
        view.setAccessibleName(name)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setTabKeyNavigation(False)
        view.setCornerButtonEnabled(False)
        view.setWordWrap(True)
        view.verticalHeader().setVisible(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in stretch:  # long free text wraps in the columns that share the spare width
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return view

    def _button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.clicked.connect(slot)
        return button

    @staticmethod
    def _row(*buttons: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        for b in buttons:
            row.addWidget(b)
        row.addStretch(1)
        return row

    def forget(self) -> None:
        """Another workspace (or none) is open: a member or declaration dialog still open was for the old
        file's panel (its ids may coincide with the new file's), so it closes unsaved."""
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.reject()
        for other in (self.code_dialog, self.people_dialog):
            if other is not None:
                other.reject()
        self.code_dialog = self.people_dialog = None
        self.standing, self.bids, self.status, self.editable = None, {}, None, False

    # showing -----------------------------------------------------------------------------
    def reload(self) -> None:
        if self.tender_id is None or not self.controller.is_open:
            self.standing, self.bids = None, {}
            self.members.set_members([], {})
            self.register.set_register([], {}, {})
            self.summary.setText("")
            self._update_controls()
            return
        keep_member, keep_declaration = self.selected_member_id(), self.selected_declaration_id()
        tender = self.controller.read(tenders.get_tender, self.tender_id)
        self.status = tender.status
        self.editable = tender.status not in lifecycle.SIGNED_OFF_OR_LATER and not self.controller.read_only
        self.bids = {b.id: b for b in self.controller.read(bids.list_bids, self.tender_id)}
        self.standing = self.controller.read(panel_standing, self.tender_id)
        self.members.set_members(list(self.standing.members), self.bids)
        self.register.set_register(list(self.standing.register), {s.member.id: s.member for s in self.standing.members},
                                   self.bids)
        self._reselect(self.member_view, self.members.row_of(keep_member))
        rows = [d.id for d in self.standing.register]
        self._reselect(self.register_view, rows.index(keep_declaration) if keep_declaration in rows else None)
        self.summary.setText(self._summary_text())
        note = ""
        if self.controller.read_only:
            note = self.tr("This workspace is open read-only: nothing can be changed.")
        elif tender.status in lifecycle.SIGNED_OFF_OR_LATER:
            note = self.tr("The tender is signed off: the panel and the register cannot change unless an officer reopens it.")
        self.state_note.setText(note)
        self.state_note.setVisible(bool(note))
        self._update_controls()

    def _summary_text(self) -> str:
        s = self.standing
        if s is None:
            return ""
        if not s.members:
            return escape(self.tr("No one is on the panel yet. Add the members, then each declares any conflict of interest."), quote=False)
        lines = []
        if s.to_declare:
            lines.append(escape(self.tr("Still to declare (cannot see any bid until they do): %1").replace(
                "%1", ", ".join(m.name for m in s.to_declare)), quote=False))
        if s.awaiting:
            def name(member_id: int) -> str:
                member = s.member(member_id)
                return member.name if member else str(member_id)
            items = ", ".join(f"{name(d.member_id)} ({scope_text(d.bid_id, self.bids)})" for d in s.awaiting)
            lines.append(escape(self.tr("Awaiting the officer's resolution: %1").replace("%1", items), quote=False))
        if not lines:
            lines.append(escape(self.tr("Every member has declared, and no declared interest awaits resolution."), quote=False))
        return "<br>".join(lines)

    @staticmethod
    def _reselect(view: QTableView, row: int | None) -> None:
        if row is not None:
            view.selectionModel().setCurrentIndex(view.model().index(row, 0),
                                                  QItemSelectionModel.SelectionFlag.ClearAndSelect
                                                  | QItemSelectionModel.SelectionFlag.Rows)

    def selected_member_id(self) -> int | None:
        s = self.members.standing_at(self.member_view.currentIndex().row())
        return s.member.id if s else None

    def selected_declaration_id(self) -> int | None:
        d = self.register.declaration_at(self.register_view.currentIndex().row())
        return d.id if d else None

    def _update_controls(self) -> None:
        has_members = bool(self.standing and self.standing.members)
        self.add_button.setEnabled(self.editable)
        self.edit_button.setEnabled(self.editable and self.selected_member_id() is not None)
        writable = self.controller.is_open and not self.controller.read_only
        self.reset_button.setEnabled(writable and self.selected_member_id() is not None)
        self.people_button.setEnabled(self.controller.is_open)
        self.declare_button.setEnabled(self.editable and has_members)
        self.resolve_button.setEnabled(self.editable and bool(self.standing and self.standing.awaiting))
        packs = self.editable and self.status == lifecycle.EVALUATION  # packs carry scoring, open only in evaluation
        self.export_pack_button.setEnabled(packs and has_members)
        self.import_pack_button.setEnabled(packs)

    # appending ---------------------------------------------------------------------------
    def _open(self, dialog: MemberDialog | DeclareDialog | ResolveDialog) -> None:
        self.dialog = dialog
        dialog.open()

    def add_member(self) -> None:
        if self.tender_id is not None:
            self._open(MemberDialog(self.controller, self.tender_id, None, self))

    def edit_member(self) -> None:
        s = self.members.standing_at(self.member_view.currentIndex().row())
        if s is not None and self.tender_id is not None:
            self._open(MemberDialog(self.controller, self.tender_id, s.member, self))

    def declare(self) -> None:
        if self.standing is None:
            return
        members = [s.member for s in self.standing.members]
        # declared by the member signed in: their own seat unless another row is chosen (the service checks)
        member_id = self.selected_member_id()
        if member_id is None and self.tender_id is not None:
            member_id = self.controller.read(seats.my_seat, self.tender_id)
        self._open(DeclareDialog(self.controller, members, list(self.bids.values()), member_id, self,
                                 current=list(self.standing.register)))

    def resolve(self) -> None:
        if self.standing is None:
            return
        members = {s.member.id: s.member for s in self.standing.members}
        self._open(ResolveDialog(self.controller, list(self.standing.awaiting), members, self.bids,
                                 self.selected_declaration_id(), self))

    # people ------------------------------------------------------------------------------
    def reset_passphrase(self) -> None:
        """An officer resets the chosen member's passphrase; the one-time code is shown once."""
        member_id = self.selected_member_id()
        if member_id is None:
            return
        holder = self.controller.read(seats.seat_holder, member_id)
        self.code_dialog = reset_passphrase(self.controller, holder.person_name, self)

    def show_people(self) -> None:
        self.people_dialog = PeopleDialog(self.controller, self)
        self.people_dialog.open()
