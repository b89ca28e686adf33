"""The Sign-off page's "Assessment summaries" box: the regulation 31 check of every bidder's summary
(`services.reports.summary_checks`), before sign-off and after. Each problem is said in words with a cross and the
word "Problem" (a warning with "Warning"; never colour alone) and a button that goes to the page and item that fixes
it: the Moderation page's bid × measure, the Results page (the other award criteria), or the Set-up page."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from coopeval.services.reports.summary_checks import SummaryCheck, SummaryChecks, SummaryWhere
from coopeval.ui.signoff.checklist import DONE_STYLE, TODO_STYLE
from coopeval.ui.signoff.pages import page_name

WARNING_STYLE = "QLabel { color: #6b4e00; font-weight: bold; }"  # 7:1 on white  # i18n: no
SHOWN = 40  # rows at most; the rest are counted (the summaries command lists them all)


class SummaryChecksBox(QGroupBox):
    go_to = Signal(object)  # a SummaryWhere: the page, and the item on it, that fixes a gap

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Assessment summaries"))
        self.setAccessibleName(self.tr("Assessment summaries: regulation 31 check"))
        self.checks: SummaryChecks | None = None
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Assessment summaries check"))
        self.rows = QWidget(self)
        self.grid = QGridLayout(self.rows)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(1, 1)
        self.scroller = QScrollArea(self)
        self.scroller.setWidgetResizable(True)
        self.scroller.setWidget(self.rows)
        self.scroller.setMinimumHeight(160)
        self.scroller.setMaximumHeight(320)
        self.scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        self.links: list[QPushButton] = []  # in the order shown, for tests and keyboard users
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.scroller)
        self.show_checks(None)

    def show_checks(self, checks: SummaryChecks | None, note: str = "") -> None:
        """`checks` as read, or None with `note` saying why there is nothing to show."""
        self.checks = checks
        self._clear()
        if checks is None or not checks.checked:
            self.summary.setText(note or (checks.note if checks else ""))
            self.summary.setStyleSheet("")
            self.scroller.setVisible(False)
            return
        problems = checks.problems
        if problems:
            self.summary.setText(self.tr("✗ Problem: {count} thing(s) regulation 31 asks for are missing from the bidders' "
                                         "summaries. Writing them is refused until they are fixed, or written "
                                         "anyway (recorded in the audit log).").format(count=len(problems)))
            self.summary.setStyleSheet(TODO_STYLE)
        else:
            self.summary.setText(self.tr("✓ Done: every bidder's summary has what regulation 31 asks for."))
            self.summary.setStyleSheet(DONE_STYLE)
        row = 0
        for check in checks.warnings:
            row = self._row(row, check)
        for check in checks.general:
            row = self._row(row, check)
        shown = 0
        for bidder in checks.bidders:
            if not bidder.problems:
                continue
            heading = QLabel(self.tr("<b>%1</b> (%2): %3 problem(s)").replace("%1", escape(bidder.identifier))
                             .replace("%2", escape(bidder.name)).replace("%3", str(len(bidder.problems))), self.rows)
            heading.setWordWrap(True)
            self.grid.addWidget(heading, row, 0, 1, 2)
            row += 1
            for check in bidder.problems:
                if shown >= SHOWN:
                    break
                row = self._row(row, check)
                shown += 1
        if len(problems) > shown + len(checks.general):
            more = QLabel(self.tr("… and {count} more: `coopeval summaries` lists them all.").format(
                count=len(problems) - shown - len(checks.general)), self.rows)
            self.grid.addWidget(more, row, 0, 1, 2)
            row += 1
        self.scroller.setVisible(row > 0)

    def _row(self, row: int, check: SummaryCheck) -> int:
        mark = QLabel(self.tr("⚠ Warning") if check.warning else self.tr("✗ Problem"), self.rows)
        mark.setStyleSheet(WARNING_STYLE if check.warning else TODO_STYLE)
        text = QLabel(check.message, self.rows)
        text.setWordWrap(True)
        text.setAccessibleName((self.tr("Warning: ") if check.warning else self.tr("Problem: ")) + check.message)
        link = QPushButton(self._link_text(check.where), self.rows)
        link.setAccessibleName(self.tr("Go to the %1 page to fix: %2").replace("%1", page_name(check.where.page))
                               .replace("%2", check.message))
        link.clicked.connect(lambda _=False, where=check.where: self.go_to.emit(where))
        self.links.append(link)
        self.grid.addWidget(mark, row, 0, Qt.AlignmentFlag.AlignTop)
        self.grid.addWidget(text, row, 1)
        self.grid.addWidget(link, row + 1, 1, Qt.AlignmentFlag.AlignLeft)
        return row + 2

    def _link_text(self, where: SummaryWhere) -> str:
        page = page_name(where.page)
        if where.bid_identifier and where.code:
            return self.tr("Go to %1: %2, %3").replace("%1", page).replace("%2", where.bid_identifier).replace(
                "%3", where.code)
        return self.tr("Go to %1").replace("%1", page)

    def _clear(self) -> None:
        self.links = []
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()


def select_item(page: QWidget, where: SummaryWhere) -> bool:
    """On the Moderation page, choose the bid × measure `where` names (True when it was there to choose)."""
    grid = getattr(page, "data", None)
    select = getattr(page, "select", None)
    if grid is None or select is None or not where.bid_identifier or not where.code:
        return False
    for item in getattr(grid, "items", {}).values():
        if item.bid_identifier == where.bid_identifier and item.code == where.code:
            select(item.key)
            return True
    return False
