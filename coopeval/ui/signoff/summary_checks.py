"""The Sign-off page's "Assessment summaries" box: the regulation 31 check of every bidder's summary
(`services.reports.summary_checks`), before sign-off and after. Each problem is said in words with a cross and the
word "Problem" (a warning with "Warning"; never colour alone) and a button that goes to the page and item that fixes
it: the Moderation page's bid × measure, the Results page (the other award criteria), or the Set-up page. While a
large tender's check is read on the worker, the box says so (`show_loading`)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from coopeval.services.reports.summary_checks import SummaryCheck, SummaryChecks, SummaryWhere
from coopeval.ui.signoff.checklist import DONE_STYLE, TODO_STYLE
from coopeval.ui.signoff.pages import page_name

WARNING_STYLE = "QLabel { color: #6b4e00; font-weight: bold; }"  # 7:1 on white  # i18n: no
SHOWN = 40  # rows at most; the rest are counted (the summaries command lists them all)
ROWS_AT_ONCE = 24  # rows (and headings) made in one turn of the event loop; the rest follow in the next turns


class SummaryChecksBox(QGroupBox):
    go_to = Signal(object)  # a SummaryWhere: the page, and the item on it, that fixes a gap

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Assessment summaries"))
        self.setAccessibleName(self.tr("Assessment summaries: regulation 31 check"))
        self.checks: SummaryChecks | None = None
        self.tender_id: int | None = None  # the tender whose checks (or loading) are shown
        self.loading = False
        self._pending: list[SummaryCheck | str] = []  # rows still to be made
        self._filling = 0  # which list the rows being made belong to
        self._next_row = 0
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

    def show_loading(self, tender_id: int) -> None:
        """The tender's checks are being read: said in place of the verdict. The rows of the same tender's last check
        stay (nothing below moves) until the new ones come; another tender's go at once."""
        if tender_id != self.tender_id:
            self.show_checks(None)
        self.tender_id = tender_id
        self.loading = True
        self.summary.setText(self.tr("Checking the assessment summaries…"))
        self.summary.setStyleSheet("")

    def show_checks(self, checks: SummaryChecks | None, note: str = "", *, tender_id: int | None = None) -> None:
        """`checks` as read (of `tender_id`), or None with `note` saying why there is nothing to show. The same checks
        of the same tender again (kept for the audit head, or nothing changed them) leave the rows as they are."""
        same = checks is not None and checks.checked and tender_id == self.tender_id and self.checks is not None \
            and (checks is self.checks or checks == self.checks)
        self.checks = checks
        self.tender_id = tender_id
        self.loading = False
        if same:
            assert checks is not None
            self._say_verdict(checks)
            return
        self._clear()
        if checks is None or not checks.checked:
            self.summary.setText(note or (checks.note if checks else ""))
            self.summary.setStyleSheet("")
            self.scroller.setVisible(False)
            return
        problems = checks.problems
        self._say_verdict(checks)
        lines: list[SummaryCheck | str] = [*checks.warnings, *checks.general]  # a check's row, or a line of text
        shown = 0
        for bidder in checks.bidders:
            if not bidder.problems:
                continue
            lines.append(self.tr("<b>%1</b> (%2): %3 problem(s)").replace("%1", escape(bidder.identifier))
                         .replace("%2", escape(bidder.name)).replace("%3", str(len(bidder.problems))))
            for check in bidder.problems:
                if shown >= SHOWN:
                    break
                lines.append(check)
                shown += 1
        if len(problems) > shown + len(checks.general):
            lines.append(self.tr("… and {count} more: `coopeval summaries` lists them all.").format(
                count=len(problems) - shown - len(checks.general)))
        self._pending = lines
        self._add_lines(self._filling)
        self.scroller.setVisible(bool(lines))

    @property
    def filling(self) -> bool:
        """Rows still to be made (a long list is made a few rows per turn of the event loop)."""
        return bool(self._pending)

    def _add_lines(self, filling: int) -> None:
        """The next few rows of the list (a whole list of a large tender at once held the window up); the rest in the
        next turn of the event loop. `filling` names the list: one cleared meanwhile is not added to."""
        if filling != self._filling:
            return
        lines, self._pending = self._pending[:ROWS_AT_ONCE], self._pending[ROWS_AT_ONCE:]
        for line in lines:
            if isinstance(line, str):
                label = QLabel(line, self.rows)
                label.setWordWrap(True)
                self.grid.addWidget(label, self._next_row, 0, 1, 2)
                self._next_row += 1
            else:
                self._next_row = self._row(self._next_row, line)
        if self._pending:
            QTimer.singleShot(0, self, lambda: self._add_lines(filling))

    def _say_verdict(self, checks: SummaryChecks) -> None:
        problems = checks.problems
        if problems:
            self.summary.setText(self.tr("✗ Problem: {count} thing(s) regulation 31 asks for are missing from the bidders' "
                                         "summaries. Writing them is refused until they are fixed, or written "
                                         "anyway (recorded in the audit log).").format(count=len(problems)))
            self.summary.setStyleSheet(TODO_STYLE)
        else:
            self.summary.setText(self.tr("✓ Done: every bidder's summary has what regulation 31 asks for."))
            self.summary.setStyleSheet(DONE_STYLE)

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
        self._filling += 1  # rows of the list shown until now are no longer wanted
        self._pending = []
        self._next_row = 0
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
