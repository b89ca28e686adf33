"""Picking a tender's measures: a searchable tree of the workspace's frameworks with a check box per
measure, a framework's suggested sets (light, core, full) to add at once, and the ways to bring
frameworks into the workspace (the shipped ones, a framework file, a council spreadsheet)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from coopeval.domain.framework import Framework
from coopeval.services.setup import frameworks as framework_service
from coopeval.services.setup import tenders
from coopeval.services.setup.shipped import add_shipped_frameworks, missing_shipped
from coopeval.services.setup.table_import import import_table
from coopeval.services.views import MeasureView
from coopeval.ui.controller import WorkspaceController
from coopeval.ui.framework_browser import companion_label, measure_label
from coopeval.ui.ops import Outcome
from coopeval.ui.setup.inline import InlineMessage
from coopeval.ui.setup.spreadsheet_dialog import SetupSpreadsheetDialog, SpreadsheetRequest

PAYLOAD_ROLE = Qt.ItemDataRole.UserRole + 1  # (framework id, code) on a measure's item
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2


class MeasurePicker(QGroupBox):
    def __init__(self, controller: WorkspaceController, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Measures from the workspace's frameworks"))
        self.controller = controller
        self.tender_id: int | None = None
        self.editable = False
        self.selected: dict[str, MeasureView] = {}
        self.frameworks: list[Framework] = []
        self._signature: tuple | None = None
        self._updating = False
        self._measure_items: list[QStandardItem] = []
        self._framework_items: dict[str, QStandardItem] = {}

        self.add_shipped_button = self._button(self.tr("Add the shi&pped frameworks"), self.add_shipped)
        self.import_file_button = self._button(self.tr("Import framewor&k…"), self.import_framework_file)
        self.import_sheet_button = self._button(self.tr("&Import spreadsheet…"), self.ask_spreadsheet)
        self.import_file_button.setToolTip(self.tr("Import a CoopEval framework file (.toml)."))
        self.import_sheet_button.setToolTip(self.tr("Import the council's own table of measures (.xlsx or .csv)."))
        self.set_combo = QComboBox(self)
        self.set_combo.setAccessibleName(self.tr("Suggested set of measures"))
        self.set_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.set_combo.setMinimumContentsLength(16)
        self.apply_set_button = self._button(self.tr("&Add this set"), self.apply_set)
        self.apply_set_button.setToolTip(self.tr("Adds the set's measures to those already chosen."))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search codes, titles and descriptions"))
        self.search.setAccessibleName(self.tr("Search measures to pick"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)

        self.model = QStandardItemModel(self)
        self.model.itemChanged.connect(self._item_changed)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(SEARCH_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setAutoAcceptChildRows(True)
        self.tree = QTreeView(self)
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAccessibleName(self.tr("Measures to pick: check a measure to add it to the tender"))
        self.empty_note = QLabel(self)
        self.empty_note.setWordWrap(True)
        self.empty_note.setAccessibleName(self.tr("Measure picker note"))
        self.message = InlineMessage(self.tr("Measure picker message"), self)

        imports = QHBoxLayout()
        for button in (self.add_shipped_button, self.import_file_button, self.import_sheet_button):
            imports.addWidget(button)
        imports.addStretch(1)
        sets = QHBoxLayout()
        set_label = QLabel(self.tr("Su&ggested set:"), self)
        set_label.setBuddy(self.set_combo)
        sets.addWidget(set_label)
        sets.addWidget(self.set_combo, 1)
        sets.addWidget(self.apply_set_button)
        layout = QVBoxLayout(self)
        layout.addLayout(imports)
        layout.addLayout(sets)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.message)

    def _button(self, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.replace("&", "").removesuffix("…"))
        button.clicked.connect(slot)
        return button

    # showing ------------------------------------------------------------------------------------
    def load(self, tender_id: int | None, measures: list[MeasureView], editable: bool) -> None:
        self.tender_id, self.editable = tender_id, editable
        self.selected = {m.code: m for m in measures}
        if tender_id is None:  # nothing to pick for (the page is not shown): the frameworks are read with a tender
            if self._signature is not None or self.frameworks:
                self._signature, self.frameworks = None, []
                self.add_shipped_button.setVisible(False)
                self._rebuild()
            held: list = []
        else:
            held = self.controller.read(framework_service.list_frameworks) if self.controller.is_open else []
        info = self.controller.info
        signature = (str(info.path) if info else None, tuple((f.framework_id, f.version) for f in held))
        if tender_id is not None and signature != self._signature:
            self._signature = signature
            newest = dict.fromkeys(f.framework_id for f in held)  # get_framework gives the newest version
            self.frameworks = [self.controller.read(framework_service.get_framework, fid) for fid in newest]
            missing = self.controller.read(missing_shipped) if self.controller.is_open else []
            self.add_shipped_button.setVisible(bool(missing))
            self.add_shipped_button.setToolTip(", ".join(s.name for s in missing))
            self._rebuild()
        writable = editable and self.controller.is_open and not self.controller.read_only
        for button in (self.add_shipped_button, self.import_file_button, self.import_sheet_button):
            button.setEnabled(writable)
        self.set_combo.setEnabled(editable and self.set_combo.count() > 0)
        self.apply_set_button.setEnabled(editable and self.set_combo.count() > 0)
        self._refresh_checks()

    def _rebuild(self) -> None:
        self._updating = True
        self.model.clear()
        self.set_combo.clear()
        self._measure_items, self._framework_items = [], {}
        for fw in self.frameworks:
            # framework text in the user's language where the framework has it (issue 22); search finds either
            fw_item = self._item(f"{fw.info.local('name')} ({fw.info.version})",
                                 f"{fw.info.id} {fw.info.name} {fw.info.name_cy}")
            self._framework_items[fw.info.id] = fw_item
            for theme in fw.themes:
                theme_item = self._item(theme.local("name"), f"{theme.id} {theme.name} {theme.name_cy}")
                for outcome in theme.outcomes:
                    for m in outcome.measures:
                        kind = self.tr("qualitative") if m.type == "qualitative" else self.tr("quantitative")
                        item = self._item(measure_label(m), " ".join(
                            [m.code, m.title, m.title_cy, m.description, m.description_cy, m.unit or "", outcome.name,
                             outcome.name_cy, companion_label() if m.companion else ""]))
                        tip = f"{m.code} — {m.local('title')}\n{kind}; {outcome.local('name')}"
                        if m.companion:
                            tip += "\n" + self.tr("A quality companion: service quality rather than co-operative "
                                                   "value, in none of the scored sets.")
                        item.setToolTip(tip)
                        item.setData((fw.info.id, m.code), PAYLOAD_ROLE)
                        item.setCheckable(True)
                        theme_item.appendRow(item)
                        self._measure_items.append(item)
                fw_item.appendRow(theme_item)
            self.model.appendRow(fw_item)
            for s in fw.sets:
                self.set_combo.addItem(self.tr("{set} ({count} measures) — {framework}").format(
                    framework=fw.info.local("name"), set=s.name, count=len(s.measures)), (fw.info.id, s.name))
                self.set_combo.setItemData(self.set_combo.count() - 1, s.local("description"), Qt.ItemDataRole.ToolTipRole)
        self._updating = False
        self.tree.expandAll()
        self._update_note()

    @staticmethod
    def _item(label: str, search_text: str) -> QStandardItem:
        item = QStandardItem(label)
        item.setEditable(False)
        item.setData(search_text, SEARCH_ROLE)
        return item

    def _refresh_checks(self) -> None:
        self._updating = True
        try:
            counts: dict[str, int] = {}
            for item in self._measure_items:
                fw_id, code = item.data(PAYLOAD_ROLE)
                chosen = code in self.selected and self.selected[code].framework_id == fw_id
                counts[fw_id] = counts.get(fw_id, 0) + chosen
                item.setCheckable(self.editable)  # first: making an item checkable unchecks it
                item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
            for fw in self.frameworks:
                total = len(fw.measures())
                self._framework_items[fw.info.id].setText(self.tr("{framework} ({version}) — {chosen} of {total} chosen").format(
                    framework=fw.info.local("name"), version=fw.info.version, chosen=counts.get(fw.info.id, 0),
                    total=total))
        finally:
            self._updating = False

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self.tree.expandAll()
        self._update_note()

    def _update_note(self) -> None:
        if not self.frameworks:
            text = self.tr("This workspace holds no frameworks yet. Add the shipped frameworks, or import a "
                           "framework file or a council spreadsheet.")
        elif self.proxy.rowCount() == 0:
            text = self.tr("No measure matches “{search}”.").format(search=self.search.text())
        else:
            text = ""
        self.empty_note.setText(text)
        self.empty_note.setVisible(bool(text))

    def visible_codes(self) -> list[str]:
        """Codes of the measures the search leaves showing (for tests and screen readers' counts)."""
        return [item.data(PAYLOAD_ROLE)[1] for item in self._measure_items
                if self.proxy.mapFromSource(item.index()).isValid()]

    # changing -----------------------------------------------------------------------------------
    def _item_changed(self, item: QStandardItem) -> None:
        payload = item.data(PAYLOAD_ROLE)
        if self._updating or payload is None or self.tender_id is None:
            return
        fw_id, code = payload
        if item.checkState() == Qt.CheckState.Checked:
            ok = self._change(tenders.add_measures, self.tender_id, fw_id, codes=[code]).ok
        elif code in self.selected:
            ok = self._change(tenders.remove_measure, self.selected[code].id).ok
        else:
            ok = True
        if not ok:
            self._refresh_checks()  # the box goes back to what the tender holds

    def apply_set(self) -> None:
        data = self.set_combo.currentData()
        if data is None or self.tender_id is None:
            return
        outcome = self._change(tenders.add_measures, self.tender_id, data[0], set_name=data[1])
        if outcome.ok:
            added = outcome.value
            self.message.note(self.tr("Added {count} measures from the {set} set.").format(count=len(added), set=data[1])
                              if added else
                              self.tr("Every measure of the {set} set is already chosen.").format(set=data[1]))

    def add_shipped(self) -> None:
        outcome = self._change(add_shipped_frameworks)
        if not outcome.ok:
            return
        result = outcome.value
        if result.problems:
            self.message.problem("\n".join(result.problems))
        elif result.added:
            self.message.note(self.tr("Added to this workspace: {frameworks}.").format(frameworks=", ".join(result.added)))

    def import_framework_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a framework file"), str(self.controller.folder),
                                              self.tr("Framework files (*.toml)"))
        if path:
            self._import_file(Path(path))

    def _import_file(self, path: Path, extra: str = "") -> None:
        outcome = self._change(framework_service.import_framework, path)
        if outcome.ok:
            summary = outcome.value
            self.message.note(self.tr("{framework} version {version} is in this workspace.").format(
                framework=summary.name, version=summary.version) + extra)

    def ask_spreadsheet(self) -> None:
        dialog = SetupSpreadsheetDialog(self.controller.folder, self)
        if dialog.exec() and dialog.request is not None:
            self.import_spreadsheet(dialog.request)

    def import_spreadsheet(self, request: SpreadsheetRequest) -> None:
        """Convert the spreadsheet in the background, then keep the framework it became."""
        self.import_sheet_button.setEnabled(False)
        self.message.note(self.tr("Reading {file}…").format(file=request.path.name))

        def done(summary: Any) -> None:
            self.import_sheet_button.setEnabled(True)
            extra = self.tr(" Read {measures} measures in {themes} themes; the framework file is saved as {file}.").format(
                measures=summary.measures, themes=summary.themes, file=summary.out)
            self._import_file(summary.out, extra)

        def failed(_exc: BaseException) -> bool:
            self.import_sheet_button.setEnabled(True)
            self.message.clear()  # "Reading…" is over; a refusal is shown in its place, anything else in a dialog
            return False

        # The conversion reads and writes files only: it needs no workspace, so it can run in the background.
        self.controller.op(import_table, request.path, request.out, licence=request.licence, source=request.source,
                           name=request.name, uses_workspace=False, background=True, on_done=done, on_error=failed,
                           inline=self.message.problem, parent=self)

    def _change(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Outcome:
        """Run a change; a refusal is shown under the tree, and cleared by the next change that goes through."""
        outcome = self.controller.op(fn, *args, inline=self.message.problem, parent=self, **kwargs)
        if outcome.ok:
            self.message.clear()
        return outcome
