"""Delivery (issue 19): for a contract in delivery, what each commitment promised and what the supplier delivered,
quarter by quarter — a grid of commitments × reporting periods with each entry's check in a mark, a word and a
colour, overdue quarters marked — a chart of the selected commitment's promise against its delivery, and the lists
of what is overdue and what is queried. The officer records and checks entries, attaches evidence, sends and reads
supplier returns, rates the KPIs and writes the performance notice and the delivery report. Every action goes
through the controller."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coopeval.domain import lifecycle
from coopeval.domain.dates import date_text
from coopeval.domain.periods import Period, period_text
from coopeval.services.changes import ChangeKind
from coopeval.services.delivery import entries, ratings
from coopeval.services.delivery.award import current_award
from coopeval.services.delivery.views import AwardView, CommitmentView, DeliveryView
from coopeval.services.reports import writing as reports
from coopeval.services.setup.tenders import get_tender
from coopeval.services.views import TenderView
from coopeval.ui.controller import WorkspaceController
from coopeval.ui.delivery.chart import DeliveryChart, Point, Series
from coopeval.ui.delivery.dialogs import RatingDialog, ReasonDialog, RecordDeliveryDialog
from coopeval.ui.delivery.grid import DeliveryGridModel, GridData, check_text, commitment_name, reported_text
from coopeval.ui.delivery.returns import DeliveryReturnsActions, returns_drop
from coopeval.ui.delivery.thresholds import RatingThresholdsDialog
from coopeval.ui.i18n import QT_TRANSLATE_NOOP, translate
from coopeval.ui.pages.base import TenderPage
from coopeval.ui.widgets import named_button, named_label

_BACKED_OUT = object()  # the officer backed out of signing: nothing is written
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1  # a list item's (commitment id, period)
NOTE_STYLE = "QLabel { background: #eef1f6; color: #1f2a3d; padding: 6px; }"  # i18n: no - style sheet
EVIDENCE_FILTER = QT_TRANSLATE_NOOP("DeliveryPage", "Evidence (*.pdf *.png *.jpg *.jpeg *.gif *.tif *.tiff *.webp *.doc "
                                  "*.docx *.xls *.xlsx *.ppt *.pptx *.odt *.ods *.odp *.csv *.txt);;All files (*)")


@dataclass(frozen=True)
class Loaded:
    tender: TenderView
    award: AwardView | None
    grid: entries.DeliveryGrid | None  # None before delivery starts
    rating_periods: tuple[Period, ...]


def load_delivery(ws, tender_id: int) -> Loaded:  # noqa: ANN001 - the controller's workspace
    tender = get_tender(ws, tender_id)
    award = current_award(ws, tender_id) if tender.status in lifecycle.AFTER_AWARD else None
    grid = None
    if award is not None and tender.status in (lifecycle.IN_DELIVERY, lifecycle.CLOSED):
        grid = entries.delivery_grid(ws, tender_id)
    years = tuple(ratings.rating_periods(ws, tender_id)) if grid is not None else ()
    return Loaded(tender, award, grid, years)


class DeliveryPage(TenderPage):
    title = QT_TRANSLATE_NOOP("TenderPage", "Delivery")  # the key select_page uses; shown translated
    relevant = frozenset({ChangeKind.TENDER, ChangeKind.AWARD, ChangeKind.COMMITMENT, ChangeKind.DELIVERY,
                          ChangeKind.RATING, ChangeKind.TENDER_FILE})

    def __init__(self, controller: WorkspaceController, parent: QWidget | None = None):
        super().__init__(controller, parent)
        self.loaded: Loaded | None = None
        self.dialog: QDialog | None = None  # the dialog an action opened, while it is open
        self.setAcceptDrops(True)
        self.status = named_label(self, self.tr("Delivery status"), NOTE_STYLE)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.note = named_label(self, self.tr("Last action"))
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.returns = DeliveryReturnsActions(controller, self)
        self.returns.note.connect(self.note.setText)

        self.record_button = named_button(self, self.tr("&Record delivery…"),
                                          self.tr("Record what was delivered for the selected commitment and period"),
                                          self.record_delivery)
        self.evidence_button = named_button(self, self.tr("Attach &evidence…"),
                                            self.tr("Attach an evidence file to the selected entry"),
                                            self.attach_evidence)
        self.accept_button = named_button(self, self.tr("&Accept"), self.tr("Accept the selected entry"),
                                          lambda: self.check("accepted"))
        self.query_button = named_button(self, self.tr("&Query…"), self.tr("Query the selected entry, with a reason"),
                                         lambda: self.ask_reason("queried"))
        self.reject_button = named_button(self, self.tr("Re&ject…"),
                                          self.tr("Reject the selected entry, with a reason"),
                                          lambda: self.ask_reason("rejected"))
        self.template_button = named_button(self, self.tr("Delivery return &template…"),
                                            self.tr("Write a delivery return for the supplier to fill in"),
                                            self.write_template)
        self.import_button = named_button(self, self.tr("&Import delivery returns…"),
                                          self.tr("Import the supplier's filled delivery returns, with a preview"),
                                          self.returns.choose_files)
        self.rate_button = named_button(self, self.tr("Rate &KPIs…"), self.tr("Rate the KPIs for a rating period"),
                                        self.rate_kpis)
        self.thresholds_button = named_button(self, self.tr("Rating thre&sholds…"),
                                              self.tr("Set the % of promised delivery from which each rating is "
                                                      "suggested"),
                                              self.set_rating_thresholds)
        self.notice_button = named_button(self, self.tr("Performance &notice…"),
                                          self.tr("Write the details of a contract performance notice"),
                                          self.write_notice)
        self.report_button = named_button(self, self.tr("Delivery re&port…"),
                                          self.tr("Write the delivery report: delivered against promised"),
                                          self.write_report)
        self.entry_buttons = (self.evidence_button, self.accept_button, self.query_button, self.reject_button)
        self.delivery_buttons = (self.record_button, self.template_button, self.import_button, *self.entry_buttons)
        self.rating_buttons = (self.rate_button, self.thresholds_button, self.notice_button, self.report_button)

        self.model = DeliveryGridModel(self)
        self.grid = QTableView(self)
        self.grid.setModel(self.model)
        self.grid.setAccessibleName(self.tr("Delivery by commitment and reporting period"))
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setTabKeyNavigation(False)
        self.grid.setWordWrap(True)
        self.grid.setCornerButtonEnabled(False)
        self.grid.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.grid.selectionModel().currentChanged.connect(lambda *_: self._selection_changed())
        self.grid.doubleClicked.connect(lambda _i: self.record_delivery())

        self.chart = DeliveryChart(self)
        self.chart.setAccessibleName(self.tr("Chart of the selected commitment: promised against delivered"))
        self.overdue_list = self._list(self.tr("Overdue: quarters ended with nothing reported"))
        self.queried_list = self._list(self.tr("Queried entries"))
        self.lists = QTabWidget(self)
        self.lists.setAccessibleName(self.tr("Overdue and queried"))
        self.lists.addTab(self.overdue_list, self.tr("Overdue"))
        self.lists.addTab(self.queried_list, self.tr("Queried"))

        lower = QSplitter(Qt.Orientation.Horizontal, self)
        lower.addWidget(self.chart)
        lower.addWidget(self.lists)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        lower.setChildrenCollapsible(False)
        self.split = QSplitter(Qt.Orientation.Vertical, self)
        self.split.addWidget(self.grid)
        self.split.addWidget(lower)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        self.split.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        # three rows, so the page fits a 900-pixel-wide window: the selected entry, the supplier's files, the year
        for buttons in ((self.record_button, self.evidence_button, self.accept_button, self.query_button,
                         self.reject_button),
                        (self.template_button, self.import_button),
                        (self.rate_button, self.thresholds_button, self.notice_button, self.report_button)):
            row = QHBoxLayout()
            for button in buttons:
                row.addWidget(button)
            row.addStretch(1)
            layout.addLayout(row)
        layout.addWidget(self.note)
        layout.addWidget(self.split, 1)
        self._show(None)

    def _list(self, name: str) -> QListWidget:
        widget = QListWidget(self)
        widget.setAccessibleName(name)
        widget.setWordWrap(True)
        widget.itemActivated.connect(self._go_to_item)
        widget.itemClicked.connect(self._go_to_item)
        return widget

    # loading ------------------------------------------------------------------------------------------------------
    def forget(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()
        self.returns.forget()
        self.note.clear()
        self._show(None)

    def reload(self) -> None:
        if self.tender_id is None or not self.controller.is_open:
            self._show(None)
            return
        loaded = self.controller.read(load_delivery, self.tender_id)
        self.returns.show_tender(self.tender_id, loaded.tender.reference)
        self._show(loaded)

    def _show(self, loaded: Loaded | None) -> None:
        where = self._where()
        self.loaded = loaded
        grid = loaded.grid if loaded is not None else None
        if grid is None:
            self.model.set_data(GridData((), (), {}, frozenset()))
        else:
            self.model.set_data(GridData(tuple(c for c in grid.commitments if not c.removed), grid.periods,
                                         dict(grid.entries), frozenset((c.id, p.key) for c, p in grid.overdue)))
            self._fit()
        self.status.setText(self._status_text(loaded))
        self.split.setVisible(grid is not None)
        self._fill_lists(grid)
        self._restore(where)
        self._enable()

    def _fit(self) -> None:
        metrics = self.grid.fontMetrics()
        self.grid.verticalHeader().setFixedWidth(min(metrics.averageCharWidth() * 50, 420))
        for column in range(self.model.columnCount()):
            lines = [line for row in range(self.model.rowCount())
                     for line in self.model.cell_text(row, column).split("\n")]
            widest = max((metrics.horizontalAdvance(line) for line in lines), default=0)
            self.grid.setColumnWidth(column, max(widest + 20, metrics.horizontalAdvance(check_text("accepted")) + 24, 96))
        header = self.grid.verticalHeader()
        for row in range(self.model.rowCount()):
            header.resizeSection(row, metrics.lineSpacing() * 2 + 10)
        self._size_split()

    def _size_split(self) -> None:
        """The grid as tall as its rows (up to 55% of the page); the chart and lists take the rest."""
        rows = sum(self.grid.rowHeight(r) for r in range(self.model.rowCount()))
        wanted = (self.grid.horizontalHeader().sizeHint().height() + max(rows, 60)
                  + self.grid.horizontalScrollBar().sizeHint().height() + 6)
        total = max(self.split.height(), 400)
        grid = min(wanted, int(total * 0.55))
        self.split.setSizes([grid, total - grid])

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's name
        super().resizeEvent(event)
        if self.model.rowCount():
            self._size_split()

    def _status_text(self, loaded: Loaded | None) -> str:
        if loaded is None:
            return self.tr("Choose a tender.")
        tender, award, grid = loaded.tender, loaded.award, loaded.grid
        if tender.status not in lifecycle.AFTER_AWARD or award is None:
            return self.tr("%1 is %2. Delivery is recorded once the contract is awarded and delivery starts (on the "
                           "Award page).").replace("%1", tender.reference).replace("%2", lifecycle.label(tender.status))
        contract = self.tr("Contract with %1 from %2 to %3.").replace("%1", award.supplier).replace(
            "%2", _uk(award.start_on)).replace("%3", _uk(award.end_on))
        if tender.status == lifecycle.AWARDED or grid is None:
            return contract + " " + self.tr("Awarded: delivery has not started yet. Start delivery on the Award page; "
                                            "the supplier then reports each quarter.")
        counts = self.tr("%1 overdue, %2 queried.").replace("%1", str(len(grid.overdue))).replace(
            "%2", str(len(grid.queried)))
        if tender.status == lifecycle.CLOSED:
            return contract + " " + self.tr("The contract is closed: its delivery record is frozen.") + " " + counts
        short = next((p for p in grid.periods if p.short and p is grid.periods[0]), None)
        extra = (" " + self.tr("The first quarter (%1) is short: %2 to %3.").replace("%1", short.key).replace(
            "%2", date_text(short.first)).replace("%3", date_text(short.last))) if short else ""
        return contract + " " + self.tr("In delivery:") + " " + counts + extra

    def _fill_lists(self, grid: entries.DeliveryGrid | None) -> None:
        self.overdue_list.clear()
        self.queried_list.clear()
        if grid is None:
            return
        for c, p in grid.overdue:
            item = QListWidgetItem(self.tr("%1 — %2 (%3): nothing reported").replace("%1", commitment_name(c))
                                   .replace("%2", p.key).replace("%3", period_text(p.key)))
            item.setData(ENTRY_ROLE, (c.id, p.key))
            self.overdue_list.addItem(item)
        codes = {c.id: commitment_name(c) for c in grid.commitments}
        units = {c.id: c.unit for c in grid.commitments}
        for e in grid.queried:
            item = QListWidgetItem(self.tr("%1 — %2: %3 — %4").replace("%1", codes.get(e.commitment_id, "?"))
                                   .replace("%2", e.period).replace("%3", reported_text(e, units.get(e.commitment_id)))
                                   .replace("%4", e.check_reason))
            item.setData(ENTRY_ROLE, (e.commitment_id, e.period))
            self.queried_list.addItem(item)
        self.lists.setTabText(0, self.tr("Overdue (%1)").replace("%1", str(len(grid.overdue))))
        self.lists.setTabText(1, self.tr("Queried (%1)").replace("%1", str(len(grid.queried))))
        for widget, text in ((self.overdue_list, self.tr("Nothing is overdue.")),
                             (self.queried_list, self.tr("No entry is queried."))):
            if widget.count() == 0:
                empty = QListWidgetItem(text)
                empty.setFlags(Qt.ItemFlag.NoItemFlags)
                widget.addItem(empty)

    # where the officer is -----------------------------------------------------------------------------------------
    def _where(self) -> tuple[int, str | None] | None:
        c = self.selected_commitment()
        if c is None:
            return None
        period = self.model.period_at(self.grid.currentIndex().column())
        return c.id, period.key if period is not None else None

    def _restore(self, where: tuple[int, str | None] | None) -> None:
        if self.model.rowCount() == 0:
            self._selection_changed()
            return
        row, column = 0, 0
        if where is not None:
            row = max(self.model.row_of(where[0]), 0)
            column = max(self.model.column_of(where[1]) if where[1] else 0, 0)
        else:  # the first cell that needs the officer: queried, then pending, else the latest period reported
            column = self._first_column_to_check()
        self.select_cell(row if where is not None else self._first_row_to_check(), column)

    def _first_row_to_check(self) -> int:
        for state in ("queried", "pending"):
            for r in range(self.model.rowCount()):
                if any((e := self.model.entry_at(r, col)) is not None and e.check == state
                       for col in range(self.model.columnCount())):
                    return r
        return 0

    def _first_column_to_check(self) -> int:
        row = self._first_row_to_check()
        for state in ("queried", "pending"):
            for col in range(self.model.columnCount()):
                e = self.model.entry_at(row, col)
                if e is not None and e.check == state:
                    return col
        return 0

    def select_cell(self, row: int, column: int) -> None:
        index = self.model.index(row, column)
        if index.isValid():
            self.grid.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.grid.scrollTo(index)
        self._selection_changed()

    def select_entry(self, commitment_id: int, period: str) -> None:
        self.select_cell(self.model.row_of(commitment_id), self.model.column_of(period))

    def _go_to_item(self, item: QListWidgetItem) -> None:
        found = item.data(ENTRY_ROLE)
        if found:
            self.select_entry(*found)
            self.grid.setFocus()

    def selected_commitment(self) -> CommitmentView | None:
        index = self.grid.currentIndex()
        return self.model.commitment_at(index.row()) if index.isValid() else None

    def selected_period(self) -> Period | None:
        index = self.grid.currentIndex()
        return self.model.period_at(index.column()) if index.isValid() else None

    def selected_entry(self) -> DeliveryView | None:
        index = self.grid.currentIndex()
        return self.model.entry_at(index.row(), index.column()) if index.isValid() else None

    def _selection_changed(self) -> None:
        self._show_chart(self.selected_commitment())
        self._enable()

    def _enable(self) -> None:
        status = self.loaded.tender.status if self.loaded is not None else None
        writable = self.controller.is_open and not self.controller.read_only
        live = writable and status == lifecycle.IN_DELIVERY and self.loaded is not None and self.loaded.grid is not None
        rated = (writable and status in (lifecycle.IN_DELIVERY, lifecycle.CLOSED)
                 and self.loaded is not None and self.loaded.grid is not None)
        entry = self.selected_entry()
        self.record_button.setEnabled(live and self.selected_commitment() is not None)
        self.template_button.setEnabled(live)
        self.import_button.setEnabled(live)
        for button in self.entry_buttons:
            button.setEnabled(live and entry is not None)
        self.accept_button.setEnabled(live and entry is not None and entry.check != "accepted")
        for button in self.rating_buttons:
            button.setEnabled(rated)

    # the chart ----------------------------------------------------------------------------------------------------
    def _show_chart(self, c: CommitmentView | None) -> None:
        grid = self.loaded.grid if self.loaded is not None else None
        if c is None or grid is None:
            self.chart.set_series(None, self.tr("Choose a commitment in the grid to see its delivery over time."))
            return
        if c.kind != "quantitative":
            answers = [f"{p.key}: {reported_text(e)} ({check_text(e.check)})" for p in grid.periods
                       if (e := grid.entries.get((c.id, p.key))) is not None]
            self.chart.set_series(None, self.tr("%1 is a qualitative commitment: each quarter is answered yes, no or "
                                                "partly.").replace("%1", c.code) + ("\n" + "\n".join(answers)
                                                                                  if answers else ""))
            return
        level = entries.is_level_unit(c.unit)
        running, points = Decimal(0), []
        for p in grid.periods:
            if p.first > _today():
                break  # a quarter still to come: nothing to show yet
            e = grid.entries.get((c.id, p.key))
            figure = Decimal(e.actual) if e is not None and e.actual not in (None, "") else None
            accepted = figure if e is not None and e.check == "accepted" else None
            unchecked = figure if e is not None and e.check in ("pending", "queried") else None
            if level:
                points.append(Point(p.key, accepted, unchecked, p.short))
            else:
                running += accepted or 0
                points.append(Point(p.key, running, unchecked, p.short))
        promised = Decimal(c.target) if c.target not in (None, "") else None
        self.chart.set_series(Series(f"{c.code} {c.title}".strip(), c.unit or "", not level, promised, tuple(points),
                                     c.direction == "lower"))

    # actions ------------------------------------------------------------------------------------------------------
    def record_delivery(self) -> None:
        c, grid = self.selected_commitment(), self.loaded.grid if self.loaded is not None else None
        if c is None or grid is None or not self.record_button.isEnabled():
            return
        period = self.selected_period()
        started = [p for p in grid.periods if p.first <= _today()] or list(grid.periods[:1])
        key = period.key if period is not None else started[-1].key
        dialog = RecordDeliveryDialog(self.controller, self, record=entries.record_delivery, commitment=c,
                                      periods=started, period=key, entry=grid.entries.get((c.id, key)))

        def recorded() -> None:
            key = dialog.period.currentData()
            self.note.setText(self.tr("Recorded %1 for %2; check it with Accept, Query or Reject.")
                              .replace("%1", c.code).replace("%2", key))
            self.select_entry(c.id, key)

        self._open(dialog, recorded)

    def check(self, state: str) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        outcome = self.controller.op(entries.check_delivery, entry.id, state, parent=self,
                                     error_title=self.tr("Cannot check the entry"))
        if outcome.ok:
            self.note.setText(self.tr("%1 %2: %3.").replace("%1", self._code(entry.commitment_id))
                              .replace("%2", entry.period).replace("%3", check_text(state)))

    def ask_reason(self, state: str) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        what = f"{self._code(entry.commitment_id)} {entry.period}"
        if state == "queried":
            title, ok_text = self.tr("Query %1").replace("%1", what), self.tr("&Query")
            about = self.tr("Say what the supplier must answer or send (the entry stays out of the totals until "
                            "accepted).")
        else:
            title, ok_text = self.tr("Reject %1").replace("%1", what), self.tr("Re&ject")
            about = self.tr("Say why the figure is not accepted (it counts in no total).")
        dialog = ReasonDialog(self.controller, self, check=entries.check_delivery, entry=entry, state=state,
                              title=title, ok_text=ok_text, about=about)
        self._open(dialog, lambda: self.note.setText(
            self.tr("%1: %2 — %3").replace("%1", what).replace("%2", check_text(state))
            .replace("%3", dialog.reason.toPlainText().strip())))

    def attach_evidence(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Attach evidence"), str(self.controller.folder),
                                              translate("DeliveryPage", EVIDENCE_FILTER))  # i18n: no
        if not name:
            return
        self.controller.op(entries.attach_evidence, entry.id, Path(name), parent=self,
                           error_title=self.tr("Cannot attach the evidence"),
                           on_done=lambda view: self.note.setText(
                               self.tr("Attached %1 to %2 %3 (SHA-256 %4…).").replace("%1", view.name)
                               .replace("%2", self._code(entry.commitment_id)).replace("%3", entry.period)
                               .replace("%4", view.sha256[:12])))

    def write_template(self) -> None:
        grid = self.loaded.grid if self.loaded is not None else None
        if grid is None or not grid.periods:
            return
        started = [p for p in grid.periods if p.first <= _today()] or list(grid.periods[:1])
        chosen = self.selected_period()
        key = self._choose_period(self.tr("Delivery return template"), self.tr("Reporting period:"), started,
                                  chosen.key if chosen is not None else started[-1].key)
        if key is not None:
            self.returns.write_return(key)

    def rate_kpis(self) -> None:
        if self.loaded is None or self.tender_id is None or not self.loaded.rating_periods:
            return
        tender_id = self.tender_id
        periods = self.loaded.rating_periods
        current = next((p.key for p in periods if p.contains(_today())), periods[-1].key)
        dialog = RatingDialog(self.controller, self, periods=periods, period=current,
                              load=lambda key: self.controller.read(ratings.rating_lines, tender_id, key),
                              record=ratings.record_rating)
        self._open(dialog, lambda: self.note.setText(
            self.tr("Ratings recorded for %1.").replace("%1", dialog.period.currentData())))

    def set_rating_thresholds(self) -> None:
        if self.loaded is None or self.tender_id is None or not self.thresholds_button.isEnabled():
            return
        tender_id, reference = self.tender_id, self.loaded.tender.reference
        current = self.controller.op(ratings.rating_thresholds, tender_id, parent=self,
                                     error_title=self.tr("Cannot read the rating thresholds"))
        if not current.ok:
            return
        dialog = RatingThresholdsDialog(self.controller, self, tender=tender_id, reference=reference,
                                        current=current.value, record=ratings.set_thresholds)
        self._open(dialog, lambda: self.note.setText(
            self.tr("Rating thresholds for %1: Good from %2 %, Approaching target from %3 %, Requires improvement "
                    "from %4 %. Suggestions use them from now on; recorded ratings are unchanged.")
            .replace("%1", reference).replace("%2", dialog.good.text().strip())
            .replace("%3", dialog.approaching.text().strip()).replace("%4", dialog.improvement.text().strip())))

    def write_notice(self) -> None:
        from coopeval.services.delivery import documents

        if self.loaded is None or self.tender_id is None or not self.loaded.rating_periods:
            return
        periods = self.loaded.rating_periods
        current = next((p.key for p in periods if p.contains(_today())), periods[-1].key)
        key = self._choose_period(self.tr("Performance notice"), self.tr("Rating period:"), periods, current)
        if key is None:
            return
        suggested = str(self.controller.folder / f"{self.loaded.tender.reference}-performance-{key}.pdf")
        name, chosen = QFileDialog.getSaveFileName(self, self.tr("Performance notice"), suggested,
                                                   self.tr("PDF (*.pdf);;JSON (*.json)"))
        if not name:
            return
        path = _with_suffix(name, ".json" if "json" in chosen.lower() else ".pdf", (".pdf", ".json"))
        self.controller.op(documents.write_performance_notice, self.tender_id, key, path, background=True,
                           progress=self.tr("Writing the performance notice…"), parent=self,
                           error_title=self.tr("Cannot write the performance notice"),
                           on_done=lambda _v: self.note.setText(
                               self.tr("Wrote the performance notice for %1 to %2. File it as a contract performance "
                                       "notice.").replace("%1", key).replace("%2", str(path))))

    def write_report(self) -> None:
        from coopeval.services.delivery import documents

        if self.loaded is None or self.tender_id is None:
            return
        suggested = str(self.controller.folder / f"{self.loaded.tender.reference}-delivery.pdf")
        name, chosen = QFileDialog.getSaveFileName(self, self.tr("Delivery report"), suggested,
                                                   self.tr("PDF (*.pdf);;Excel workbook (*.xlsx)"))
        if not name:
            return
        path = _with_suffix(name, ".xlsx" if "xlsx" in chosen.lower() else ".pdf", (".pdf", ".xlsx"))
        key = self._signing_key() if path.suffix.lower() == ".pdf" else None
        if key is _BACKED_OUT:
            return
        self.controller.op(documents.write_delivery_report, self.tender_id, path, sign=key, background=True,
                           progress=self.tr("Writing the delivery report…"), parent=self,
                           error_title=self.tr("Cannot write the delivery report"),
                           on_done=lambda _v: self.note.setText(
                               self.tr("Wrote the delivery report to %1.").replace("%1", str(path))))

    def _open(self, dialog: QDialog, done: Callable[[], object]) -> None:
        """Show an action's dialog (window-modal) as `self.dialog`; `done()` once it is accepted."""
        if self.dialog is not None:
            self.dialog.reject()
        self.dialog = dialog
        dialog.accepted.connect(done)
        dialog.finished.connect(lambda _r, d=dialog: self._closed(d))
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _signing_key(self) -> object:
        """The officer's own signing key when they choose to sign the PDF (as the moderation report is signed), None
        for unsigned, `_BACKED_OUT` when they backed out or the key could not be had (already said)."""
        answer = QMessageBox.question(
            self, self.tr("Delivery report"),
            self.tr("Sign the delivery report with your CoopEval signing key, as the moderation report is signed?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Cancel:
            return _BACKED_OUT
        if answer != QMessageBox.StandardButton.Yes:
            return None
        signer = self.controller.op(reports.user_signer, uses_workspace=False, parent=self)
        if not signer.ok:
            return _BACKED_OUT
        if signer.value is None:
            QMessageBox.information(self, self.tr("Delivery report"), self.tr(
                "You have no signing certificate yet: make one on the Report page (Make a new signing certificate…), "
                "then write the delivery report again."))
            return _BACKED_OUT
        got = self.controller.op(reports.user_signing_key, uses_workspace=False, parent=self)
        return got.value if got.ok else _BACKED_OUT

    def _choose_period(self, title: str, label: str, periods: tuple[Period, ...] | list[Period],
                       current: str) -> str | None:
        texts = [f"{p.key} — {period_text(p.key)}" for p in periods]
        keys = [p.key for p in periods]
        text, ok = QInputDialog.getItem(self, title, label, texts, keys.index(current) if current in keys else 0,
                                        False)
        return keys[texts.index(text)] if ok and text in texts else None

    def _code(self, commitment_id: int) -> str:
        row = self.model.row_of(commitment_id)
        c = self.model.commitment_at(row)
        return c.code if c is not None else str(commitment_id)

    # files dropped on the page ------------------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        self._offered(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt's name
        self._offered(event)

    def _offered(self, event: QDropEvent) -> None:
        if self.import_button.isEnabled() and returns_drop(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        paths = returns_drop(event.mimeData().urls()) if self.import_button.isEnabled() else []
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.returns.preview(paths)

    def prepare_screenshot(self) -> None:
        """For `make screenshots`: the first queried entry selected (its chart below), else the first cell."""
        self.grid.horizontalScrollBar().setValue(0)
        if self.queried_list.count() and self.queried_list.item(0).data(ENTRY_ROLE):
            self.lists.setCurrentWidget(self.queried_list)
            self._go_to_item(self.queried_list.item(0))


def _uk(iso: str) -> str:
    import datetime as dt

    return date_text(dt.date.fromisoformat(iso))


def _today():  # noqa: ANN202 - a date
    import datetime as dt

    return dt.date.today()


def _with_suffix(name: str, default: str, allowed: tuple[str, ...]) -> Path:
    return Path(name) if name.lower().endswith(allowed) else Path(name + default)

