"""The Delivery page's doors for supplier returns, built on the Bids page's (issue 18): "Delivery return template…"
writes the XLSX return for a reporting period, and "Import delivery returns…" (files, a folder, or files dropped on
the page) reads them on the worker, shows the preview — every problem as `FILE: Sheet!CELL: message`, Import
disabled while there is any — and imports them all at once when the officer says so."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QTreeWidgetItem, QWidget

from coopeval.domain.periods import period_text
from coopeval.services.bids.returns import AnyPreview
from coopeval.services.delivery.returns import (
    DeliveryPlan,
    DeliveryPreview,
    import_delivery_returns,
    preview_delivery_returns,
    write_delivery_template,
)
from coopeval.ui.bids.returns_import import ReturnsActions
from coopeval.ui.bids.returns_import import importable_drop as returns_drop
from coopeval.ui.bids.returns_preview import PLAN_ROLE, ReturnsPreviewDialog
from coopeval.ui.delivery.grid import answer_text, check_text

__all__ = ["DeliveryPreviewDialog", "DeliveryReturnsActions", "returns_drop"]


class DeliveryPreviewDialog(ReturnsPreviewDialog):
    """The bid returns' preview dialog (its problem list, Copy problems, and an Import button enabled only when
    there is no problem), showing per file the period and each entry it creates, changes or leaves unchanged."""

    def __init__(self, preview: DeliveryPreview, parent: QWidget | None = None):
        super().__init__(preview, parent)
        self.setWindowTitle(self.tr("Import delivery returns: preview"))
        self.setAccessibleName(self.windowTitle())
        self.tree.setHeaderLabels([self.tr("File, period and commitment"), self.tr("What it reports")])
        self.tree.setAccessibleName(self.tr("Delivery returns: each file's period and the entries it records"))
        self.problems.setAccessibleName(self.tr("Problems in the delivery returns, one a line"))

    def show_preview(self, preview: AnyPreview) -> None:
        self.preview = preview
        self.tree.clear()
        for plan in preview.plans:
            item = self._delivery_item(plan)
            self.tree.addTopLevelItem(item)
            item.setExpanded(True)
        self.tree.resizeColumnToContents(0)
        self.tree.setColumnWidth(0, max(min(self.tree.columnWidth(0), self.fontMetrics().averageCharWidth() * 48),
                                        self.fontMetrics().averageCharWidth() * 30))
        self.show_problems(preview.problems)

    def senders(self) -> str:
        return self.tr("the supplier")

    def summary_text(self, files: int) -> str:
        lines = [line for plan in self.preview.plans for line in plan.lines]
        new = sum(1 for line in lines if line.action == "create")
        changed = sum(1 for line in lines if line.action == "change")
        resets = sum(1 for line in lines if line.resets_check)
        text = (self.tr("1 return checked: {new} new entries, {changed} changed.") if files == 1 else
                self.tr("{count} returns checked: {new} new entries, {changed} changed.")).format(
            count=str(files), new=str(new), changed=str(changed))
        if resets:
            text += " " + (self.tr("1 checked entry goes back to pending: its figures change.") if resets == 1 else
                           self.tr("{count} checked entries go back to pending: their figures change.").format(
                               count=str(resets)))
        return text + " " + self.tr("Every imported entry starts pending: check each on the grid.")

    def _delivery_item(self, plan: DeliveryPlan) -> QTreeWidgetItem:
        action = (self.tr("{period} ({name}): already imported, nothing changes") if plan.action == "unchanged"
                  else self.tr("{period} ({name})"))
        top = QTreeWidgetItem([plan.file, action.format(period=plan.period, name=period_text(plan.period))])
        top.setData(0, PLAN_ROLE, plan)
        top.setToolTip(0, self.tr("SHA-256 {hash}").format(hash=plan.sha256))
        font = top.font(0)
        font.setBold(True)
        top.setFont(0, font)
        top.setFont(1, font)
        for line in plan.lines:
            held = answer_text(line.answer) if line.answer else f"{line.actual or '—'} {line.unit}".strip()
            if line.evidence_refs:
                held = self.tr("{reported} (evidence: {references})").format(reported=held,
                                                                             references=line.evidence_refs)
            if line.resets_check and line.action == "change":
                what = self.tr("changes {before}; was {check}, goes back to pending").format(
                    before=line.before or "", check=check_text(line.resets_check))
            elif line.resets_check:
                what = self.tr("{action}; was {check}, goes back to pending").format(
                    action=self._action_word(line.action), check=check_text(line.resets_check))
            elif line.action == "change":
                what = self.tr("changes {before}").format(before=line.before or "")
            else:
                what = self._action_word(line.action)
            item = QTreeWidgetItem([line.code, f"{held} — {what}"])
            item.setToolTip(1, line.note)
            top.addChild(item)
        return top

    def _action_word(self, action: str) -> str:
        return {"create": self.tr("new"), "unchanged": self.tr("unchanged")}.get(action, action)


class DeliveryReturnsActions(ReturnsActions):
    """The Bids page's returns actions (a preview on the worker, one dialog at a time, problems found while importing
    handed back to it), pointed at the delivery returns."""

    def write_return(self, period: str) -> None:
        """Write the delivery return for `period` ("2027-Q1") where the officer chooses."""
        if self.tender_id is None or not period:
            return
        suggested = str(self.controller.folder / (self.tr("{reference}-delivery-{period}.xlsx").format(
            reference=self.reference or self.tr("tender"), period=period)))
        name, _ = QFileDialog.getSaveFileName(self.widget, self.tr("Delivery return template"), suggested,
                                              self.tr("Excel workbook (*.xlsx)"))
        if not name:
            return
        path = Path(name) if name.lower().endswith(".xlsx") else Path(name + ".xlsx")
        self.controller.op(write_delivery_template, self.tender_id, period, path, background=True,
                           progress=self.tr("Writing the delivery return…"), parent=self.widget,
                           error_title=self.tr("Cannot write the delivery return"),
                           on_done=lambda _view: self.note.emit(
                               self.tr("Wrote the delivery return for {period} to {path}. Send it to the supplier; "
                                       "import it with Import delivery returns when it comes back.")
                               .format(period=period, path=str(path))))

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self.widget, self.tr("Import delivery returns"),
                                                str(self.controller.folder),
                                                self.tr("Excel workbooks (*.xlsx);;All files (*)"))
        if names:
            self.preview([Path(n) for n in names])

    CANCELLABLE_READ = False

    def reading(self) -> tuple[Callable[..., Any], str, str]:
        return (preview_delivery_returns, self.tr("Reading the delivery returns…"),
                self.tr("Cannot read the delivery returns"))

    def importing(self) -> tuple[Callable[..., Any], str, str]:
        return (import_delivery_returns, self.tr("Importing the delivery returns…"),
                self.tr("Cannot import the delivery returns"))

    def preview_dialog(self, preview: Any) -> DeliveryPreviewDialog:
        return DeliveryPreviewDialog(preview, self.widget)

    def imported_text(self, preview) -> str:  # noqa: ANN001 - a DeliveryPreview
        lines = [line for plan in preview.plans if plan.action != "unchanged" for line in plan.lines
                 if line.action != "unchanged"]
        if not lines:
            return self.tr("Nothing changed: every delivery return was already imported.")
        return (self.tr("Imported 1 delivery return: {entries} entries recorded, each pending until you check it.")
                if len(preview.plans) == 1 else
                self.tr("Imported {count} delivery returns: {entries} entries recorded, each pending until you check "
                        "it.")).format(count=str(len(preview.plans)), entries=str(len(lines)))
