"""The Spend and registers window (File → Spend and registers…): import the council's spend files and the registers
of co-operative and democratic businesses, decide the review queue's candidates, and look up any supplier. It reads
through `controller.read` and changes through `controller.op` (imports in the background with progress), and reloads
when spend, registers or matches change. A read-only workspace shows everything with the changing actions disabled."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coopeval.domain.numbers import number_text, pence_to_text
from coopeval.services.changes import ChangeKind, Changes
from coopeval.services.registers.imports import import_register, list_register_imports
from coopeval.services.registers.matching import (
    accept_candidate,
    pick_entry,
    reject_candidate,
    review_queue,
    search_entries,
    set_by_hand,
    suppliers,
)
from coopeval.services.registers.views import EntryView, MatchView, RegisterImportView
from coopeval.services.spend.imports import import_spend, list_spend_imports, preview_spend
from coopeval.services.spend.mappings import list_mappings, save_mapping
from coopeval.services.spend.views import MappingView, SpendImportView, SpendPreview
from coopeval.ui.controller import WorkspaceController
from coopeval.ui.ops import route_error
from coopeval.ui.spend.decisions import PickEntryDialog, SetByHandDialog
from coopeval.ui.spend.mapping_dialog import MappingDialog
from coopeval.ui.spend.register_dialog import RegisterDialog
from coopeval.ui.spend.spend_preview import SpendPreviewDialog
from coopeval.ui.spend.tables import (
    RegisterImportsModel,
    ReviewModel,
    ReviewRow,
    SpendImportsModel,
    SuppliersModel,
    kind_label,
    status_label,
    when_text,
)

OWNERSHIP_FIELD = "CV-REC-OWNERSHIP"
WATCHED = frozenset({ChangeKind.SPEND, ChangeKind.REGISTER, ChangeKind.SUPPLIER_MATCH})
SUPPLIER_PAGE = 200
STATUSES = ("democratic", "not-democratic", "awaiting-review", "unmatched")


def ownership_models(catalogue: Any) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The framework's ownership choices and those it counts as democratic (CV-REC-OWNERSHIP); without the
    framework in the catalogue, the same choices as the matching service knows them."""
    from coopeval.domain.registers import DEMOCRATIC_MODELS, MODELS

    for framework in catalogue.frameworks:
        for record in framework.record_fields:
            if record.code == OWNERSHIP_FIELD:
                return tuple(record.choices), tuple(record.democratic)
    return MODELS, tuple(m for m in MODELS if m in DEMOCRATIC_MODELS)


def open_spend_window(parent: QWidget, controller: WorkspaceController, catalogue: Any) -> SpendWindow:
    """Show the window (one per main window), made the first time it is asked for."""
    window = parent.findChild(SpendWindow)
    if window is None:
        window = SpendWindow(controller, *ownership_models(catalogue), parent=parent)
    window.show()
    window.raise_()
    window.activateWindow()
    return window


def _table(parent: QWidget, model: Any, name: str) -> QTableView:
    table = QTableView(parent)
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    table.setTabKeyNavigation(False)  # Tab moves on to the buttons
    return table


def _fit(table: QTableView, widest: int = 260) -> None:
    """Columns as wide as their contents (looked at on the first rows only), none wider than `widest`."""
    header = table.horizontalHeader()
    header.setResizeContentsPrecision(200)
    table.resizeColumnsToContents()
    for column in range(header.count() - 1):
        header.resizeSection(column, min(header.sectionSize(column), widest))
    header.setStretchLastSection(True)


def _button(parent: QWidget, text: str, slot: Any, tip: str = "") -> QPushButton:
    button = QPushButton(text, parent)
    button.setAccessibleName(text.replace("&", "").rstrip("…"))
    if tip:
        button.setToolTip(tip)
    button.clicked.connect(slot)
    return button


class SpendWindow(QWidget):
    def __init__(self, controller: WorkspaceController, models: Sequence[str] = (), democratic: Sequence[str] = (),
                 parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.controller = controller
        self.models, self.democratic = tuple(models), tuple(democratic)
        self.setObjectName("spend-window")
        self.setAccessibleName(self.tr("Spend and registers"))
        self.resize(900, 600)
        self.setMinimumSize(640, 420)
        self.preview_dialog: SpendPreviewDialog | None = None
        self.mapping_dialog: MappingDialog | None = None
        self.dialog: QDialog | None = None  # the open decision or register dialog
        self._path: Path | None = None
        self._stale = True
        self._select_after: tuple[str, Any] | None = None  # ("match", id) / ("supplier", key) to select on reload

        # top: the imports and what was last done
        self.import_spend_button = _button(self, self.tr("Import &spend…"), self.import_spend_file,
                                           self.tr("Read a spend file (CSV) and show what importing it would do"))
        self.import_register_button = _button(self, self.tr("Import &register…"), self.import_register_file,
                                              self.tr("Import a register of co-operative and democratic businesses"))
        self._tips = {b: b.toolTip() for b in (self.import_spend_button, self.import_register_button)}
        self.refresh_button = _button(self, self.tr("Refresh"), self.reload)
        self.refresh_button.setShortcut(QKeySequence.StandardKey.Refresh)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Spend and matching in short"))
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note.setAccessibleName(self.tr("What was last done"))
        top = QHBoxLayout()
        top.addWidget(self.import_spend_button)
        top.addWidget(self.import_register_button)
        top.addStretch(1)
        top.addWidget(self.refresh_button)

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Review, suppliers and imports"))
        self.tabs.addTab(self._review_tab(), self.tr("Review queue"))
        self.tabs.addTab(self._suppliers_tab(), self.tr("Suppliers"))
        self.tabs.addTab(self._imports_tab(), self.tr("Imports"))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.note)
        layout.addWidget(self.tabs, 1)
        self.note.hide()

        controller.data_changed.connect(self._data_changed)
        controller.workspace_opened.connect(self._workspace_opened)
        self._set_title()
        self.update_actions()

    # the tabs -----------------------------------------------------------------------------------
    def _review_tab(self) -> QWidget:
        tab = QWidget(self)
        self.review_model = ReviewModel(self)
        self.review = _table(tab, self.review_model, self.tr("Review queue: suppliers and the register entries "
                                                             "proposed for them"))
        self.review.selectionModel().currentRowChanged.connect(self._review_selected)
        self.review_detail = QLabel(tab)
        self.review_detail.setWordWrap(True)
        self.review_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.review_detail.setAccessibleName(self.tr("The candidate in detail"))
        self.review_detail.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.review_detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.accept_button = _button(tab, self.tr("&Accept"), self.accept_selected,
                                     self.tr("This entry is the supplier (Alt+A)"))
        self.reject_button = _button(tab, self.tr("Re&ject"), self.reject_selected,
                                     self.tr("This entry is not the supplier; it is never proposed again"))
        self.pick_button = _button(tab, self.tr("&Pick another…"), self.pick_for_selected,
                                   self.tr("Search the registers for the supplier's entry"))
        self.hand_button = _button(tab, self.tr("Set by &hand…"), self.hand_for_selected,
                                   self.tr("Say the supplier's ownership model yourself, with the evidence"))
        buttons = QHBoxLayout()
        for b in (self.accept_button, self.reject_button, self.pick_button, self.hand_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.review, 1)
        layout.addWidget(self.review_detail)
        layout.addLayout(buttons)
        return tab

    def _suppliers_tab(self) -> QWidget:
        tab = QWidget(self)
        self.search = QLineEdit(tab)
        self.search.setPlaceholderText(self.tr("Search suppliers by name"))
        self.search.setAccessibleName(self.tr("Search suppliers"))
        self.search.textChanged.connect(lambda _t: self.reload_suppliers())
        self.status = QComboBox(tab)
        self.status.addItem(self.tr("Every status"), "")
        for status in STATUSES:
            self.status.addItem(status_label(status), status)
        self.status.setAccessibleName(self.tr("Show suppliers whose status is"))
        self.status.currentIndexChanged.connect(lambda _i: self.reload_suppliers())
        search_label = QLabel(self.tr("Sear&ch:"), tab)
        search_label.setBuddy(self.search)
        row = QHBoxLayout()
        row.addWidget(search_label)
        row.addWidget(self.search, 1)
        row.addWidget(self.status)
        self.suppliers_model = SuppliersModel(self)
        self.suppliers = _table(tab, self.suppliers_model, self.tr("Suppliers: their spend and what is known of them"))
        self.suppliers.selectionModel().currentRowChanged.connect(lambda *_: self.update_actions())
        self.suppliers_more = QLabel(tab)
        self.supplier_pick_button = _button(tab, self.tr("Pick an &entry…"), self.pick_for_supplier,
                                            self.tr("Search the registers for this supplier's entry"))
        self.supplier_hand_button = _button(tab, self.tr("Set by han&d…"), self.hand_for_supplier,
                                            self.tr("Say this supplier's ownership model yourself, with the evidence"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.suppliers_more, 1)
        buttons.addWidget(self.supplier_pick_button)
        buttons.addWidget(self.supplier_hand_button)
        layout = QVBoxLayout(tab)
        layout.addLayout(row)
        layout.addWidget(self.suppliers, 1)
        layout.addLayout(buttons)
        return tab

    def _imports_tab(self) -> QWidget:
        tab = QSplitter(Qt.Orientation.Vertical, self)
        self.spend_imports_model = SpendImportsModel(self)
        self.register_imports_model = RegisterImportsModel(self)
        for title, model, name in (
                (self.tr("Spend files imported"), self.spend_imports_model, self.tr("Spend files imported")),
                (self.tr("Registers imported"), self.register_imports_model, self.tr("Registers imported"))):
            part = QWidget(tab)
            layout = QVBoxLayout(part)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(QLabel(title, part))
            table = _table(part, model, name)
            layout.addWidget(table, 1)
            tab.addWidget(part)
            if model is self.spend_imports_model:
                self.spend_imports = table
            else:
                self.register_imports = table
        return tab

    # loading ------------------------------------------------------------------------------------
    def _set_title(self) -> None:
        info = self.controller.info
        name = info.path.name if info is not None else ""
        if not name:
            self.setWindowTitle(self.tr("Spend and registers"))
        elif info is not None and info.read_only:
            self.setWindowTitle(self.tr("Spend and registers — {name} [read-only]").format(name=name))
        else:
            self.setWindowTitle(self.tr("Spend and registers — {name}").format(name=name))

    def _workspace_opened(self, info: Any) -> None:
        self._close_dialogs()
        if info is None:
            self.hide()
            for model in (self.review_model, self.suppliers_model, self.spend_imports_model,
                          self.register_imports_model):
                model.set_rows([])
            return
        self._set_title()
        self.say("")
        self._stale = True
        if self.isVisible():
            self.reload()
        self.update_actions()

    def _data_changed(self, changes: Changes) -> None:
        if not (changes.kinds & WATCHED):
            return
        self._stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        if not self.controller.is_open:
            return
        self._stale = False
        try:
            queue = self.controller.read(review_queue)
            spend_imports = self.controller.read(list_spend_imports)
            register_imports = self.controller.read(list_register_imports)
        except Exception as exc:  # noqa: BLE001 - said in the window, never a traceback
            route_error(exc, parent=self, on_error=None, inline=self.say, title=self.tr("Cannot read the spend"))
            return
        target = self._select_after
        self._select_after = None
        current = self.review.currentIndex().row()
        self.review_model.set_queue(queue)
        self.spend_imports_model.set_rows(spend_imports)
        self.register_imports_model.set_rows(register_imports)
        self._select_review(target, current)
        for table in (self.review, self.spend_imports, self.register_imports):
            _fit(table)
        self.reload_suppliers()
        waiting = self.review_model.suppliers()
        self.tabs.setTabText(0, self.tr("Review queue ({count})").format(count=number_text(waiting)) if waiting
                             else self.tr("Review queue"))
        self.summary.setText(self.summary_text(spend_imports, register_imports, waiting))
        self.update_actions()

    def reload_suppliers(self) -> None:
        if not self.controller.is_open:
            return
        key = self._current_supplier_key()
        try:
            found = self.controller.read(suppliers, status=self.status.currentData() or None,
                                         search=self.search.text().strip(), limit=SUPPLIER_PAGE + 1)
        except Exception as exc:  # noqa: BLE001
            route_error(exc, parent=self, on_error=None, inline=self.say, title=self.tr("Cannot read the suppliers"))
            return
        self.suppliers_model.set_rows(found[:SUPPLIER_PAGE])
        _fit(self.suppliers)
        self.suppliers_more.setText(
            self.tr("Showing the first {count} suppliers (largest spend first): search to find others.")
            .format(count=number_text(SUPPLIER_PAGE)) if len(found) > SUPPLIER_PAGE else "")
        row = self.suppliers_model.row_of_supplier(key) if key else None
        if row is None and self.suppliers_model.rowCount():
            row = 0
        if row is not None:
            self.suppliers.selectRow(row)
        self.update_actions()

    def summary_text(self, spend_imports: Sequence[SpendImportView], register_imports: Sequence[RegisterImportView],
                     waiting: int) -> str:
        if not spend_imports and not register_imports:
            return self.tr("Nothing imported yet. Import the council's spend files (Import spend…) and a register "
                           "of co-operatives (Import register…); suppliers are then matched to the register.")
        lines = sum(v.lines_added for v in spend_imports)
        pence = sum(v.added_pence for v in spend_imports)
        registers = ", ".join(f"{kind_label(v.kind)} ({when_text(v.imported_at)})"
                              for v in register_imports if v.current) or self.tr("none yet")
        text = (self.tr("{lines} spend lines, {amount}, from 1 file. Registers in use: {registers}.")
                if len(spend_imports) == 1 else
                self.tr("{lines} spend lines, {amount}, from {files} files. Registers in use: {registers}.")
                ).format(lines=number_text(lines), amount=pence_to_text(pence),
                         files=number_text(len(spend_imports)), registers=registers)
        if waiting:
            text += " " + (self.tr("1 supplier awaits review.") if waiting == 1 else
                           self.tr("{count} suppliers await review.").format(count=number_text(waiting)))
        return text

    def say(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    # selection ----------------------------------------------------------------------------------
    def _select_review(self, target: tuple[str, Any] | None, fallback: int) -> None:
        model = self.review_model
        row: int | None = None
        if target is not None:
            row = model.row_of_match(target[1]) if target[0] == "match" else model.row_of_supplier(target[1])
        if row is None and model.rowCount():
            row = min(max(fallback, 0), model.rowCount() - 1)
        if row is not None:
            self.review.selectRow(row)
            self.review.setCurrentIndex(model.index(row, 0))
        self._review_selected()

    def current_review(self) -> ReviewRow | None:
        return self.review_model.row(self.review.currentIndex().row())

    def _current_supplier_key(self) -> str | None:
        supplier = self.suppliers_model.row(self.suppliers.currentIndex().row())
        return supplier.supplier_key if supplier is not None else None

    def _review_selected(self, *_: QModelIndex) -> None:
        row = self.current_review()
        self.review_detail.setText(self.detail_text(row) if row is not None else (
            self.tr("No supplier awaits review.") if self.controller.is_open else ""))
        self.update_actions()

    def detail_text(self, row: ReviewRow) -> str:
        item, entry = row.item, row.candidate.entry
        spend = (self.tr("{name}: {amount} in {count} payments, company number {number}.")
                 if item.company_number else self.tr("{name}: {amount} in {count} payments.")).format(
            name=item.supplier_name, amount=pence_to_text(item.spend_pence), count=number_text(item.lines),
            number=item.company_number)
        if entry is None:
            return spend
        classification = "" if entry.classification.casefold() == entry.model.casefold() else entry.classification
        parts = [entry.name, f"{kind_label(entry.kind)} {entry.number}".strip(), entry.legal_form,
                 classification, (self.tr("{model} (democratic)") if entry.democratic else
                                  self.tr("{model} (not democratic)")).format(model=entry.model), entry.postcode]
        state = (self.tr("dissolved {date}").format(date=when_text(entry.dissolved_on)) if not entry.live else "")
        return spend + "\n" + self.tr("Candidate: {details}").format(
            details="; ".join(p for p in (*parts, state) if p and p.strip()))

    def _next_target(self, row: int, *, same_supplier: bool) -> tuple[str, Any] | None:
        """What to select once the row's decision is in: the next candidate of the queue (for a rejection), or the
        next supplier's first candidate (when the supplier is decided)."""
        current = self.review_model.row(row)
        for later in self.review_model.rows[row + 1:]:
            if current is None or same_supplier or later.item.supplier_key != current.item.supplier_key:
                return ("match", later.candidate.id)
        return None

    def update_actions(self) -> None:
        can_change = self.controller.is_open and not self.controller.read_only
        row = self.current_review()
        for button in (self.accept_button, self.reject_button, self.pick_button, self.hand_button):
            button.setEnabled(can_change and row is not None)
        if row is not None and row.candidate.entry is not None and not row.candidate.entry.live:
            self.accept_button.setToolTip(self.tr("The entry is dissolved: accept only if the supplier traded with "
                                                  "this organisation while it was registered"))
        else:
            self.accept_button.setToolTip(self.tr("This entry is the supplier (Alt+A)"))
        supplier = self.suppliers_model.row(self.suppliers.currentIndex().row())
        self.supplier_pick_button.setEnabled(can_change and supplier is not None)
        self.supplier_hand_button.setEnabled(can_change and supplier is not None and bool(self.models))
        self.hand_button.setEnabled(self.hand_button.isEnabled() and bool(self.models))
        self.import_spend_button.setEnabled(can_change)
        self.import_register_button.setEnabled(can_change)
        self.refresh_button.setEnabled(self.controller.is_open)
        for button, tip in self._tips.items():
            button.setToolTip(self.tr("The workspace is open read-only: nothing can be changed.")
                              if self.controller.is_open and self.controller.read_only else tip)

    # deciding -----------------------------------------------------------------------------------
    def _decide(self, fn: Any, *args: Any, target: tuple[str, Any] | None, done: str, **kwargs: Any) -> None:
        self._select_after = target
        self.controller.op(fn, *args, parent=self, error_title=self.tr("Cannot record the decision"),
                           on_done=lambda view: self._decided(view, done), **kwargs)

    def _decided(self, view: MatchView, done: str) -> None:
        what = view.entry.name if view.entry is not None else view.model
        self.say(done.format(name=view.supplier_name, entry=what))
        self.review.setFocus()

    def accept_selected(self) -> None:
        row = self.current_review()
        if row is None or not self.accept_button.isEnabled():
            return
        index = self.review.currentIndex().row()
        self._decide(accept_candidate, row.candidate.id, target=self._next_target(index, same_supplier=False),
                     done=self.tr("Accepted: {name} is {entry} on the register."))

    def reject_selected(self) -> None:
        row = self.current_review()
        if row is None or not self.reject_button.isEnabled():
            return
        index = self.review.currentIndex().row()
        self._decide(reject_candidate, row.candidate.id, target=self._next_target(index, same_supplier=True),
                     done=self.tr("Rejected: {name} is not {entry}; that entry will not be proposed again."))

    def pick_for_selected(self) -> None:
        row = self.current_review()
        if row is not None and self.pick_button.isEnabled():
            index = self.review.currentIndex().row()
            self._pick(row.item.supplier_key, row.item.supplier_name,
                       self._next_target(index, same_supplier=False))

    def hand_for_selected(self) -> None:
        row = self.current_review()
        if row is not None and self.hand_button.isEnabled():
            index = self.review.currentIndex().row()
            model = row.candidate.entry.model if row.candidate.entry is not None else ""
            self._hand(row.item.supplier_key, row.item.supplier_name, model,
                       self._next_target(index, same_supplier=False))

    def pick_for_supplier(self) -> None:
        supplier = self.suppliers_model.row(self.suppliers.currentIndex().row())
        if supplier is not None and self.supplier_pick_button.isEnabled():
            self._pick(supplier.supplier_key, supplier.supplier_name, None)

    def hand_for_supplier(self) -> None:
        supplier = self.suppliers_model.row(self.suppliers.currentIndex().row())
        if supplier is not None and self.supplier_hand_button.isEnabled():
            self._hand(supplier.supplier_key, supplier.supplier_name, supplier.model, None)

    def search_registers(self, text: str) -> list[EntryView]:
        try:
            return list(self.controller.read(search_entries, text, limit=20))
        except Exception as exc:  # noqa: BLE001
            route_error(exc, parent=self, on_error=None, inline=self.say, title=self.tr("Cannot search the registers"))
            return []

    def pick_dialog(self, name: str) -> PickEntryDialog:
        return PickEntryDialog(name, self.search_registers, self)

    def hand_dialog(self, name: str, model: str) -> SetByHandDialog:
        return SetByHandDialog(name, self.models, self.democratic, self, model=model)

    def _show_dialog(self, dialog: QDialog, accepted: Any) -> None:
        """Open a decision dialog (window-modal, not blocking: `self.dialog` while it is open)."""
        if self.dialog is not None:
            self.dialog.reject()
        self.dialog = dialog
        dialog.accepted.connect(lambda: accepted(dialog))
        dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
        dialog.open()

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _pick(self, key: str, name: str, target: tuple[str, Any] | None) -> None:
        def picked(dialog: PickEntryDialog) -> None:
            entry, reason = dialog.chosen()
            self._decide(pick_entry, key, entry.id, reason, target=target,
                         done=self.tr("Picked: {name} is {entry} on the register."))

        self._show_dialog(self.pick_dialog(name), picked)

    def _hand(self, key: str, name: str, model: str, target: tuple[str, Any] | None) -> None:
        def chosen(dialog: SetByHandDialog) -> None:
            model, democratic, evidence = dialog.chosen()
            self._decide(set_by_hand, key, model=model, democratic=democratic, evidence=evidence, target=target,
                         done=self.tr("Set by hand: {name} is {entry}."))

        self._show_dialog(self.hand_dialog(name, model), chosen)

    # importing spend ----------------------------------------------------------------------------
    def import_spend_file(self) -> None:
        if not self.import_spend_button.isEnabled():
            return
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import spend"), str(self.controller.folder),
                                              self.tr("Spend files (*.csv *.txt *.tsv);;All files (*)"))
        if name:
            self.preview_file(Path(name))

    def preview_file(self, path: Path, mapping: MappingView | None = None) -> None:
        """Read the file on the worker, then show what importing it would do."""
        self._path = path
        self.controller.op(preview_spend, path, mapping=mapping, background=True, parent=self,
                           progress=self.tr("Reading {file}…").format(file=path.name),
                           error_title=self.tr("Cannot read the spend file"), on_done=self._show_preview)

    def _show_preview(self, preview: SpendPreview) -> None:
        if self.preview_dialog is None:
            dialog = SpendPreviewDialog(preview, self, read_only=self.controller.read_only)
            dialog.import_requested.connect(self._import)
            dialog.choose_columns_requested.connect(self.choose_columns)
            dialog.finished.connect(lambda _r, d=dialog: self._preview_closed(d))
            self.preview_dialog = dialog
            dialog.open()
        else:
            self.preview_dialog.show_preview(preview)
        if preview.mapping is None and preview.headers and not preview.file_problem:
            self.choose_columns()

    def _preview_closed(self, dialog: SpendPreviewDialog) -> None:
        if self.preview_dialog is dialog:
            self.preview_dialog = None
        dialog.deleteLater()

    def choose_columns(self) -> None:
        dialog = self.preview_dialog
        if dialog is None or self._path is None:
            return
        preview = dialog.preview
        try:
            saved = self.controller.read(list_mappings)
        except Exception:  # noqa: BLE001 - the saved mappings are a convenience: without them, choose by hand
            saved = []
        mapping = MappingDialog(preview.headers, dialog, current=preview.mapping.columns if preview.mapping else None,
                                saved=saved, file_name=preview.file_name, recognised=preview.mapping is not None,
                                can_save=not self.controller.read_only)
        self.mapping_dialog = mapping
        mapping.accepted.connect(lambda m=mapping: self._columns_chosen(m))
        mapping.finished.connect(lambda _r, m=mapping: self._mapping_closed(m))
        mapping.open()

    def _mapping_closed(self, dialog: MappingDialog) -> None:
        if self.mapping_dialog is dialog:
            self.mapping_dialog = None
        dialog.deleteLater()

    def _columns_chosen(self, dialog: MappingDialog) -> None:
        path, chosen = self._path, dialog.mapping()
        if path is None:
            return
        if chosen.name and not self.controller.read_only:
            self.controller.op(save_mapping, chosen.name, chosen.columns, parent=self,
                               error_title=self.tr("Cannot save the mapping"),
                               on_done=lambda view: self.preview_file(path, view))
        else:
            self.preview_file(path, chosen)

    def _import(self, skip_bad_lines: bool) -> None:
        dialog, path = self.preview_dialog, self._path
        if dialog is None or path is None:
            return

        def imported(view: SpendImportView) -> None:
            if self.preview_dialog is dialog:
                dialog.accept()
            self.say(self.imported_text(view))

        self.controller.op(import_spend, path, mapping=dialog.preview.mapping, skip_bad_lines=skip_bad_lines,
                           background=True, cancellable=True, parent=dialog,
                           progress=self.tr("Importing {file}…").format(file=path.name),
                           error_title=self.tr("Cannot import the spend file"), on_done=imported)

    def imported_text(self, view: SpendImportView) -> str:
        if not view.lines_added:
            return self.tr("Nothing new: every line of {file} is already in the workspace.").format(
                file=view.file_name)
        text = (self.tr("Imported {count} new lines ({amount}) from {file}; {already} were already in the "
                        "workspace.").format(count=number_text(view.lines_added),
                                             amount=pence_to_text(view.added_pence), file=view.file_name,
                                             already=number_text(view.lines_already)))
        if view.lines_refused:
            text += " " + self.tr("{count} lines with problems were left out.").format(
                count=number_text(view.lines_refused))
        return text + " " + self.matched_text(view.matched, view.candidates)

    def matched_text(self, matched: int, candidates: int) -> str:
        return (self.tr("{matched} suppliers matched to a register; {waiting} wait in the review queue.")
                .format(matched=number_text(matched), waiting=number_text(candidates)))

    # importing registers ------------------------------------------------------------------------
    def register_dialog(self) -> RegisterDialog:
        return RegisterDialog(self, folder=self.controller.folder)

    def import_register_file(self) -> None:
        if self.import_register_button.isEnabled():
            self._show_dialog(self.register_dialog(), self._import_register)

    def _import_register(self, dialog: RegisterDialog) -> None:
        path, kind, source = dialog.chosen()

        def imported(view: RegisterImportView) -> None:
            self.say(self.tr("Imported {kind}: {count} entries ({live} live) from {file}.")
                     .format(kind=kind_label(view.kind), count=number_text(view.entries),
                             live=number_text(view.live_entries), file=view.file_name)
                     + " " + self.matched_text(view.matched, view.candidates))

        self.controller.op(import_register, path, kind=kind, source=source, background=True, cancellable=True,
                           parent=self, progress=self.tr("Importing {file}…").format(file=path.name),
                           error_title=self.tr("Cannot import the register"), on_done=imported)

    # closing ------------------------------------------------------------------------------------
    def _close_dialogs(self) -> None:
        for dialog in (self.dialog, self.mapping_dialog, self.preview_dialog):
            if dialog is not None:
                dialog.reject()


__all__ = ["SpendWindow", "open_spend_window", "ownership_models"]
