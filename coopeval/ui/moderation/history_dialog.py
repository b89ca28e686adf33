"""The history of one item's individual scores and consensus, from the audit log: when, who, what
changed from what to what, and any note (e.g. why a draft was withdrawn). Read-only."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopeval.services.moderation.view import HistoryEntry, ModerationItem
from coopeval.ui.i18n import QT_TRANSLATE_NOOP, translate

ACTIONS = {
    "score": QT_TRANSLATE_NOOP("HistoryDialog", "scored"),
    "rescore": QT_TRANSLATE_NOOP("HistoryDialog", "changed the score"),
    "submit": QT_TRANSLATE_NOOP("HistoryDialog", "submitted"),
    "submit_draft": QT_TRANSLATE_NOOP("HistoryDialog", "submitted a draft at moderation"),
    "withdraw_draft": QT_TRANSLATE_NOOP("HistoryDialog", "withdrew a draft"),
    "consensus": QT_TRANSLATE_NOOP("HistoryDialog", "recorded the consensus"),
    "revise_consensus": QT_TRANSLATE_NOOP("HistoryDialog", "revised the consensus"),
}
FIELDS = {
    "value": QT_TRANSLATE_NOOP("HistoryDialog", "score"),
    "abstained": QT_TRANSLATE_NOOP("HistoryDialog", "abstained"),
    "abstain_reason": QT_TRANSLATE_NOOP("HistoryDialog", "reason for abstaining"),
    "rationale": QT_TRANSLATE_NOOP("HistoryDialog", "rationale"),
    "evidence_refs": QT_TRANSLATE_NOOP("HistoryDialog", "where in the bid"),
    "status": QT_TRANSLATE_NOOP("HistoryDialog", "status"),
    "accepted_quantity": QT_TRANSLATE_NOOP("HistoryDialog", "accepted quantity"),
    "quantity_reason": QT_TRANSLATE_NOOP("HistoryDialog", "reason for the quantity"),
    "reached_by": QT_TRANSLATE_NOOP("HistoryDialog", "reached by"),
    "present": QT_TRANSLATE_NOOP("HistoryDialog", "present"),
}


def _field(name: str) -> str:
    """A changed field's name as the reader sees it (a name the table does not know is shown as stored)."""
    return translate("HistoryDialog", FIELDS[name]) if name in FIELDS else name  # i18n: no


class HistoryDialog(QDialog):
    def __init__(self, item: ModerationItem, entries: list[HistoryEntry], *, anonymise: bool,
                 aliases: dict[int, str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of %1 · %2").replace("%1", item.code).replace("%2", item.bid_name))
        self.setAccessibleName(self.tr("History of this item"))
        self.resize(980, 520)
        intro = QLabel(self.tr("Every change to this item's individual scores and consensus, oldest first, from the "
                               "workspace's tamper-evident audit log."), self)
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setAccessibleName(self.tr("Changes to this item"))
        self.table.setHorizontalHeaderLabels([self.tr("When (UTC)"), self.tr("Recorded by"), self.tr("What"),
                                              self.tr("Before → after"), self.tr("Note")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for col in (0, 1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setRowCount(len(entries))
        for row, e in enumerate(entries):
            subject = self.tr("consensus") if e.entity == "consensus" else (
                self.tr("Evaluator %1").replace("%1", "?" if e.member_id is None else aliases.get(e.member_id, "?")) if anonymise else e.member_name)
            action = translate("HistoryDialog", ACTIONS[e.action]) if e.action in ACTIONS else e.action  # i18n: no
            what = f"{subject}: {action}"
            changes = "\n".join(f"{_field(c.name)}: {c.before or '∅'} → {c.after or '∅'}"
                                for c in e.changes)
            for col, text in enumerate((e.at[:19].replace("T", " "), e.actor, what, changes, e.note)):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.table.setItem(row, col, cell)
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close the history"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's name
        super().showEvent(event)
        self.table.resizeRowsToContents()  # once the columns have their final widths

    def text(self) -> str:
        """Everything the table shows, row by row (for tests and for copying)."""
        return "\n".join(" | ".join(self._cell_text(r, c) for c in range(self.table.columnCount()))
                         for r in range(self.table.rowCount()))

    def _cell_text(self, row: int, column: int) -> str:
        cell = self.table.item(row, column)
        return "" if cell is None else cell.text()
