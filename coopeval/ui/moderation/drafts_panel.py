"""Drafts left unsubmitted when moderation opened, listed before anything else: each evaluator
submits theirs as they stand or withdraws them with a reason. Both are done as the evaluator, who
confirms by name; a withdrawn draft is kept and shown, but counts in no statistics."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopeval.services.moderation.drafts import PendingDraft


class DraftsPanel(QGroupBox):
    submit_requested = Signal(list)  # the PendingDrafts chosen
    withdraw_requested = Signal(list)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Draft scores left unsubmitted"))
        self.drafts: list[PendingDraft] = []
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setAccessibleName(self.tr("What to do with the drafts"))
        self.table = QTableWidget(0, 5, self)
        self.table.setAccessibleName(self.tr("Unsubmitted draft scores"))
        self.table.setHorizontalHeaderLabels([self.tr("Evaluator"), self.tr("Item"), self.tr("Score"),
                                              self.tr("Rationale"), self.tr("Can it be submitted?")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(self.fontMetrics().height() * 7)
        self.submit_button = QPushButton(self.tr("&Submit selected…"), self)
        self.submit_button.setAccessibleName(self.tr("Submit the selected drafts as their evaluator"))
        self.submit_button.clicked.connect(lambda: self._request(self.submit_requested))
        self.withdraw_button = QPushButton(self.tr("&Withdraw selected…"), self)
        self.withdraw_button.setAccessibleName(self.tr("Withdraw the selected drafts as their evaluator, with a reason"))
        self.withdraw_button.clicked.connect(lambda: self._request(self.withdraw_requested))
        buttons = QHBoxLayout()
        buttons.addWidget(self.intro, 1)
        buttons.addWidget(self.submit_button)
        buttons.addWidget(self.withdraw_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)

    def set_drafts(self, drafts: list[PendingDraft], editable: bool) -> None:
        self.drafts = list(drafts)
        self.setTitle(self.tr("⚠ %1 draft score(s) left unsubmitted: settle these first").replace("%1", str(len(drafts))))
        self.intro.setText(self.tr("Each evaluator submits their own drafts as they stand, or withdraws them with a reason. "
                                   "An item's consensus can be recorded once its drafts are settled."))
        self.table.setRowCount(len(drafts))
        for row, d in enumerate(drafts):
            value = "abstained" if d.abstained else ("—" if d.value is None else str(d.value))
            cells = (d.member_name, f"{d.code} · {d.bid_name}", value, d.rationale.strip().replace("\n", " ") or "—",
                     self.tr("yes") if d.submittable else self.tr("no: %1").replace("%1", d.problem))
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.table.setItem(row, col, cell)
        self.submit_button.setEnabled(editable)
        self.withdraw_button.setEnabled(editable)
        self.setVisible(bool(drafts))

    def selected(self) -> list[PendingDraft]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.drafts[r] for r in rows if r < len(self.drafts)]

    def select_member(self, member_id: int) -> None:
        """Select every draft of one evaluator (what they usually settle together)."""
        self.table.clearSelection()
        mode = self.table.selectionMode()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for row, d in enumerate(self.drafts):
            if d.member_id == member_id:
                self.table.selectRow(row)
        self.table.setSelectionMode(mode)

    def _request(self, signal) -> None:  # noqa: ANN001
        chosen = self.selected()
        if chosen:
            signal.emit(chosen)
