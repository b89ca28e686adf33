"""What importing bidders' returns would do, shown before anything is written: per file the bid it creates, updates
or leaves unchanged, each response and quantity, and every difference from what the workspace holds. When any file
has a problem, every problem is listed as `FILE: Sheet!CELL: message` (selectable, with a button that copies them
all) and the Import button stays disabled: nothing is imported until every file is fixed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopeval.services.bids.returns import AnyPreview, ReturnPlan, ReturnProblem
from coopeval.ui.setup.inline import STYLES

PLAN_ROLE = Qt.ItemDataRole.UserRole + 1


class ReturnsPreviewDialog(QDialog):
    """`import_requested` asks the page to import the files; the page closes the dialog once they are in, or hands
    the problems found meanwhile back through `show_problems`."""

    import_requested = Signal()

    def __init__(self, preview: AnyPreview, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import returns: preview"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumSize(self.fontMetrics().averageCharWidth() * 110, self.fontMetrics().lineSpacing() * 30)
        self.preview = preview
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setAccessibleName(self.tr("What importing would do"))
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("File, bid and response"), self.tr("What it holds")])
        self.tree.setAccessibleName(self.tr("Returns: the bid each file creates or updates, its responses and "
                                            "what differs"))
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.header().setStretchLastSection(True)
        self.problems_label = QLabel(self)
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet(STYLES["problem"])
        self.problems = QPlainTextEdit(self)
        self.problems.setReadOnly(True)
        self.problems.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.problems.setAccessibleName(self.tr("Problems in the returns, one a line"))
        self.copy_button = QPushButton(self.tr("C&opy problems"), self)
        self.copy_button.setAccessibleName(self.tr("Copy problems"))
        self.copy_button.clicked.connect(self.copy_problems)
        self.problems_box = QWidget(self)
        problems_layout = QVBoxLayout(self.problems_box)
        problems_layout.setContentsMargins(0, 0, 0, 0)
        problems_layout.addWidget(self.problems_label)
        problems_layout.addWidget(self.problems, 1)
        copy_row = QHBoxLayout()
        copy_row.addStretch(1)
        copy_row.addWidget(self.copy_button)
        problems_layout.addLayout(copy_row)

        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._import_clicked)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems_box, 1)
        layout.addWidget(self.tree, 2)
        layout.addWidget(self.buttons)
        self.show_preview(preview)

    # showing ------------------------------------------------------------------------------------
    def show_preview(self, preview: AnyPreview) -> None:
        self.preview = preview
        self.tree.clear()
        for plan in preview.plans:
            item = self._plan_item(plan)
            self.tree.addTopLevelItem(item)
            item.setExpanded(True)  # once in the tree: Qt expands only items that are in one
            for part in (item.child(j) for j in range(item.childCount())):
                if part is not None:
                    part.setExpanded(part.childCount() <= 30)
        self.tree.resizeColumnToContents(0)
        self.tree.setColumnWidth(0, min(self.tree.columnWidth(0), self.fontMetrics().averageCharWidth() * 48))
        self.show_problems(preview.problems)

    def show_problems(self, problems: tuple[ReturnProblem, ...]) -> None:
        """List every problem (also those the import itself found); with any, Import stays disabled."""
        files = len(self.preview.plans)
        self.problems.setPlainText("\n".join(str(p) for p in problems))
        self.problems_box.setVisible(bool(problems))
        if problems:
            bad = len({p.file for p in problems})
            found = (self.tr("1 problem in 1 file.") if len(problems) == 1 else
                     self.tr("{problems} problems in 1 file.") if bad == 1 else
                     self.tr("{problems} problems in {files} files.")).format(problems=len(problems), files=bad)
            self.problems_label.setText(found + " " + self.tr(
                "Nothing will be imported until every file is fixed: correct the cells named below (copy the list "
                "for {senders} if it helps) and import the returns again.").format(senders=self.senders()))
            self.summary.setText(self.tr("Nothing can be imported yet."))
        else:
            self.summary.setText(self.summary_text(files))
        self.import_button.setText(self.tr("Import") if files == 0 else self.tr("Import 1 return") if files == 1
                                   else self.tr("Import {count} returns").format(count=files))
        self.import_button.setAccessibleName(self.import_button.text())
        self.import_button.setEnabled(not problems and files > 0)
        self.import_button.setToolTip(self.tr("Fix every problem listed first.") if problems else "")
        self.summary.setAccessibleDescription(self.summary.text())

    def senders(self) -> str:
        """Who sent the returns, as the problems' advice names them."""
        return self.tr("the bidders")

    def summary_text(self, files: int) -> str:
        """What the returns do, when none has a problem."""
        counts = {action: sum(1 for p in self.preview.plans if p.action == action)
                  for action in ("create", "update", "unchanged")}
        parts = []
        if counts["create"]:
            parts.append((self.tr("1 new bid") if counts["create"] == 1 else self.tr("{count} new bids"))
                         .format(count=counts["create"]))
        if counts["update"]:
            parts.append((self.tr("1 bid updated") if counts["update"] == 1 else self.tr("{count} bids updated"))
                         .format(count=counts["update"]))
        if counts["unchanged"]:
            parts.append(self.tr("{count} unchanged (already imported)").format(count=counts["unchanged"]))
        checked = (self.tr("1 return checked: {outcome}.") if files == 1 else
                   self.tr("{count} returns checked: {outcome}.")).format(count=files,
                                                                         outcome=", ".join(parts) or self.tr("none"))
        return checked + " " + self.tr("Check each below, then import them all at once.")

    def _plan_item(self, plan: ReturnPlan) -> QTreeWidgetItem:
        who = f"{plan.legal_name} ({plan.bid_identifier})" if plan.bid_identifier else plan.legal_name
        action = {"create": self.tr("Creates a new bid: {bidder}"), "update": self.tr("Updates the bid of {bidder}"),
                  "unchanged": self.tr("Leaves the bid of {bidder} unchanged (this file was already imported)")}
        top = QTreeWidgetItem([plan.file, action[plan.action].format(bidder=who) if plan.action in action else who])
        top.setData(0, PLAN_ROLE, plan)
        top.setToolTip(0, self.tr("SHA-256 {hash}").format(hash=plan.sha256))
        font = top.font(0)
        font.setBold(True)
        top.setFont(0, font)
        top.setFont(1, font)
        if plan.action == "update":
            changes = QTreeWidgetItem([self.tr("Differences ({count})").format(count=len(plan.changes)),
                                       self.tr("before → after")])
            for c in plan.changes:
                item = QTreeWidgetItem([c.what, self.tr("{before} → {after}").format(
                    before=_shown(c.before, self.tr("(empty)")), after=_shown(c.after, self.tr("(empty)")))])
                item.setToolTip(1, self.tr("Before:\n{before}\n\nAfter:\n{after}").format(before=c.before,
                                                                                          after=c.after))
                changes.addChild(item)
            top.addChild(changes)
        responses = QTreeWidgetItem([self.tr("Responses ({count})").format(count=len(plan.responses)), ""])
        for r in plan.responses:
            held = _shown(r.text, self.tr("(no response)"))
            if r.quantity is not None:
                held = self.tr("Quantity {quantity} — {response}").format(
                    quantity=f"{r.quantity} {r.unit or ''}".strip(), response=held)
            if r.page_refs:
                held += self.tr(" (pages: {pages})").format(pages=r.page_refs)
            item = QTreeWidgetItem([f"{r.code}  {r.title}", held])
            item.setToolTip(1, r.text)
            responses.addChild(item)
        top.addChild(responses)
        return top

    # acting -------------------------------------------------------------------------------------
    def copy_problems(self) -> None:
        QGuiApplication.clipboard().setText(self.problems.toPlainText())

    def _import_clicked(self) -> None:
        if self.import_button.isEnabled():
            self.import_requested.emit()


def _shown(text: str, empty: str) -> str:
    """One line of a longer text for the tree (the whole text is in the tooltip)."""
    text = text.strip()
    if not text:
        return empty
    first = text.splitlines()[0]
    return first[:160] + "…" if len(first) > 160 or len(text.splitlines()) > 1 else first
