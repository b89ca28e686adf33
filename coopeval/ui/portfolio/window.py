"""File → Portfolio…: how much of the council's awards and spend went to co-operative and democratic businesses,
across the open workspace and any others the officer adds (remembered in the settings). Read only: nothing here
changes a workspace.

The window shows at once, saying "Reading…", and fills in when one `build_portfolio` call on the task runner ends
(through `controller.op`, like every action). It reads again when the year or baseline is chosen, a workspace is
added or removed, Refresh is pressed, or the open workspace's spend, registers, supplier matches, awards,
commitments, delivery or ratings change while it is open (a hidden window catches up when shown again). The tables
are thin models over the portfolio's views: nothing loads every row into widgets."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStringListModel, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coopeval.domain.numbers import number_text
from coopeval.domain.periods import parse_short_year, short_year
from coopeval.services.changes import ChangeKind, Changes
from coopeval.services.portfolio.views import ModelShare, PortfolioView, SpendYear
from coopeval.ui.controller import WorkspaceController
from coopeval.ui.portfolio.charts import AwardModelChart, SpendShareChart
from coopeval.ui.portfolio.models import (
    AreaTableModel,
    ConflictTableModel,
    MeasureTableModel,
    ModelShareTableModel,
    TenderTableModel,
    ViewTableModel,
    money,
    percent,
)
from coopeval.ui.settings import Settings

if TYPE_CHECKING:
    from coopeval.services.workspace import WorkspaceInfo

REFRESH_PAUSE_MS = 300  # a burst of changes (an import's several kinds, autosaves) reads once
PATH_ROLE = Qt.ItemDataRole.UserRole + 1
SIDEBAR_WIDTH = 180
MAX_COLUMN_WIDTH = 240  # a long title is cut here, whole in its tooltip


def year_before(year: str) -> str | None:
    try:
        return short_year(parse_short_year(year) - 1)
    except Exception:  # noqa: BLE001 - a year text the view did not make: no "last year" then
        return None


def awarded_by_model(view: PortfolioView) -> tuple[ModelShare, ...]:
    """The value awarded by ownership model for the year the view was built for, or summed over every year."""
    chosen = [a for a in view.award_years if view.year is None or a.year == view.year]
    if len(chosen) == 1:
        return chosen[0].by_model
    totals: dict[str, list] = {}
    for award_year in chosen:
        for share in award_year.by_model:
            entry = totals.setdefault(share.model, [share.democratic, 0])
            entry[1] += share.pence
    whole = sum(pence for _, pence in totals.values())
    return tuple(ModelShare(model, democratic, pence,
                            str((Decimal(pence) * 100 / whole).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))
                            if whole else None)
                 for model, (democratic, pence) in totals.items())


class PortfolioWindow(QWidget):
    """A window of its own (not modal), kept by the File menu and raised when asked for again."""

    relevant = frozenset({ChangeKind.SPEND, ChangeKind.REGISTER, ChangeKind.SUPPLIER_MATCH, ChangeKind.AWARD,
                          ChangeKind.DELIVERY, ChangeKind.COMMITMENT, ChangeKind.RATING})

    def __init__(self, controller: WorkspaceController, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.controller = controller
        self.settings = settings
        self.view: PortfolioView | None = None
        self.reading = False
        self._pending = False  # asked to read while the runner was busy: read when it is free
        self._stale = False  # changed while hidden: read when shown
        self._asked: tuple[str | None, str | None] = (None, None)  # the year and baseline asked for
        self.setWindowTitle(self.tr("Portfolio — CoopEval"))
        self.setAccessibleName(self.tr("Portfolio"))
        self.resize(1100, 720)
        self.setMinimumSize(880, 560)
        self._build()
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_PAUSE_MS)
        self._refresh_timer.timeout.connect(lambda: self.rebuild(quiet=True))
        controller.data_changed.connect(self._on_data_changed)
        controller.workspace_opened.connect(self._workspace_opened)
        controller.busy_changed.connect(self._busy_changed)
        QShortcut(QKeySequence.StandardKey.Close, self).activated.connect(self.close)
        QShortcut(QKeySequence.StandardKey.Refresh, self).activated.connect(self.rebuild)
        self.fill_workspaces()
        self.show_view(None)

    # building the window ----------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.year = QComboBox(self)
        self.year.setAccessibleName(self.tr("Financial year"))
        self.year.addItem(self.tr("All years"), None)
        self.year.activated.connect(self._choice_changed)
        self.baseline = QComboBox(self)
        self.baseline.setAccessibleName(self.tr("Baseline year"))
        self.baseline.addItem(self.tr("No baseline"), None)
        self.baseline.activated.connect(self._choice_changed)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setAccessibleName(self.tr("Read the workspaces again"))
        self.refresh_button.clicked.connect(lambda: self.rebuild())
        self.export_button = QPushButton(self.tr("&Export…"), self)
        self.export_button.setAccessibleName(self.tr("Export the portfolio as PDF or XLSX"))
        self.export_button.clicked.connect(self.export)
        self.status = QLabel(self)
        self.status.setAccessibleName(self.tr("Portfolio status"))
        self.status.setWordWrap(True)
        year_label, baseline_label = QLabel(self.tr("&Year:"), self), QLabel(self.tr("Compared &with:"), self)
        year_label.setBuddy(self.year)
        baseline_label.setBuddy(self.baseline)
        bar = QHBoxLayout()
        for widget in (year_label, self.year, baseline_label, self.baseline, self.refresh_button, self.export_button):
            bar.addWidget(widget)
        bar.addWidget(self.status, 1)

        # the workspaces read
        self.workspaces = QListWidget(self)
        self.workspaces.setAccessibleName(self.tr("Workspaces in the portfolio"))
        self.workspaces.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.workspaces.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.add_button.setAccessibleName(self.tr("Add workspaces to the portfolio"))
        self.add_button.clicked.connect(self.add_workspaces)
        self.remove_button = QPushButton(self.tr("Re&move"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the chosen workspaces from the portfolio"))
        self.remove_button.clicked.connect(self.remove_workspaces)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Wor&kspaces"), side)
        heading.setBuddy(self.workspaces)
        side_layout.addWidget(heading)
        side_layout.addWidget(self.workspaces, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        side_layout.addLayout(buttons)

        # the headline figures
        self.spend_card = self._card(self.tr("Spend"))
        self.award_card = self._card(self.tr("Awards"))
        self.change_card = self._card(self.tr("Change and supply chain"))
        cards = QHBoxLayout()
        for card in (self.spend_card, self.award_card, self.change_card):
            frame = card.parentWidget()
            assert frame is not None
            cards.addWidget(frame, 1)

        # charts and tables
        self.spend_chart = SpendShareChart(self)
        self.award_chart = AwardModelChart(self)
        charts = QWidget(self)
        charts_layout = QHBoxLayout(charts)
        charts_layout.setContentsMargins(0, 0, 0, 0)
        charts_layout.addWidget(self.spend_chart, 1)
        charts_layout.addWidget(self.award_chart, 1)
        self.tender_model, self.measure_model = TenderTableModel(self), MeasureTableModel(self)
        self.area_model, self.model_model = AreaTableModel(self), ModelShareTableModel(self)
        self.conflict_model, self.notes_model = ConflictTableModel(self), QStringListModel(self)
        self.tender_table = self._table(self.tender_model, self.tr("Tenders awarded"))
        self.measure_table = self._table(self.measure_model, self.tr("Measures promised and delivered"))
        self.area_table = self._table(self.area_model, self.tr("Spend by expense area"))
        self.model_table = self._table(self.model_model, self.tr("Spend by ownership model"))
        self.conflict_table = self._table(self.conflict_model, self.tr("Conflicts between workspaces"))
        self.notes = QListView(self)
        self.notes.setModel(self.notes_model)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.notes.setWordWrap(True)
        conflicts = QWidget(self)
        conflicts_layout = QVBoxLayout(conflicts)
        conflicts_layout.setContentsMargins(0, 0, 0, 0)
        conflicts_layout.addWidget(QLabel(self.tr("Tenders left out of the sums, because workspaces disagree:"), conflicts))
        conflicts_layout.addWidget(self.conflict_table, 1)
        conflicts_layout.addWidget(QLabel(self.tr("Notes:"), conflicts))
        conflicts_layout.addWidget(self.notes, 1)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Portfolio details"))
        self.tabs.addTab(charts, self.tr("Charts"))
        self.tabs.addTab(self.tender_table, self.tr("Tenders"))
        self.tabs.addTab(self.measure_table, self.tr("Measures"))
        self.tabs.addTab(self.area_table, self.tr("Spend by area"))
        self.tabs.addTab(self.model_table, self.tr("Spend by model"))
        self.tabs.addTab(conflicts, self.tr("Conflicts and notes"))

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(side)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([SIDEBAR_WIDTH, 1100 - SIDEBAR_WIDTH])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(cards)
        layout.addWidget(self.splitter, 1)

    def _card(self, title: str) -> QLabel:
        frame = QFrame(self)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame_layout = QVBoxLayout(frame)
        frame_layout.setContentsMargins(8, 6, 8, 6)
        heading = QLabel(f"<b>{title}</b>", frame)
        body = QLabel(frame)
        body.setWordWrap(True)
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        body.setAccessibleName(title)
        frame_layout.addWidget(heading)
        frame_layout.addWidget(body, 1)
        return body

    def _table(self, model: ViewTableModel, name: str) -> QTableView:
        table = QTableView(self)
        table.setModel(model)
        table.setAccessibleName(name)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.horizontalHeader().setResizeContentsPrecision(100)  # widths from the first 100 rows, however many
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    # the workspaces --------------------------------------------------------------------------------------------
    def open_path(self) -> Path | None:
        info: WorkspaceInfo | None = self.controller.info
        return Path(info.path) if info is not None else None

    def other_paths(self) -> list[Path]:
        """The other files to read, in the order added; the open one is never among them."""
        here = self.open_path()
        return [Path(p) for p in self.settings.portfolio_workspaces if here is None or Path(p) != here]

    def fill_workspaces(self) -> None:
        self.workspaces.clear()
        here = self.open_path()
        if here is not None:
            item = QListWidgetItem(self.tr("{name} (open)").format(name=here.name))
            item.setToolTip(self.tr("{path}\nThe open workspace is always in the portfolio.").format(path=str(here)))
            item.setData(PATH_ROLE, None)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # not selectable, so never removed
            self.workspaces.addItem(item)
        for path in self.other_paths():
            item = QListWidgetItem(path.name)
            item.setToolTip(str(path))
            item.setData(PATH_ROLE, str(path))
            self.workspaces.addItem(item)
        self._update_buttons()

    def add_workspaces(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Add workspaces to the portfolio"),
                                                str(self.controller.folder),
                                                self.tr("CoopEval workspaces (*.coopeval);;All files (*)"))
        self.add_paths([Path(n) for n in names])

    def add_paths(self, paths: list[Path]) -> None:
        here = self.open_path()
        known = self.settings.portfolio_workspaces
        added = [str(p.expanduser().absolute()) for p in paths if p.expanduser().absolute() != here]
        new = [p for p in added if p not in known]
        if not new:
            return
        self.settings.portfolio_workspaces = known + new
        self.fill_workspaces()
        self.rebuild()

    def remove_workspaces(self) -> None:
        chosen = {item.data(PATH_ROLE) for item in self.workspaces.selectedItems() if item.data(PATH_ROLE)}
        if not chosen:
            return
        self.settings.portfolio_workspaces = [p for p in self.settings.portfolio_workspaces if p not in chosen]
        self.fill_workspaces()
        self.rebuild()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(any(item.data(PATH_ROLE) for item in self.workspaces.selectedItems()))
        self.export_button.setEnabled(self.view is not None and not self.reading)

    # reading -----------------------------------------------------------------------------------------------------
    def rebuild(self, *, quiet: bool = False) -> None:
        """Read the portfolio again: one `build_portfolio` call on the task runner. `quiet` (a change elsewhere):
        no progress dialog, only "Reading…" in the window."""
        from coopeval.services.portfolio.build import build_portfolio

        self._stale = False
        if self.controller.busy:  # one operation at a time: read as soon as the runner is free
            self._pending = True
            self._set_reading(True)
            return
        self._pending = False
        year, baseline = self.year.currentData(), self.baseline.currentData()
        self._asked = (year, baseline)
        others = self.other_paths()
        uses_workspace = self.controller.is_open
        args: tuple = (others,) if uses_workspace else (None, others)
        self._set_reading(True)
        self.controller.op(build_portfolio, *args, year=year, baseline=baseline, background=True,
                           progress=None if quiet else self.tr("Reading the portfolio…"), cancellable=not quiet,
                           parent=self, uses_workspace=uses_workspace, inline=self._failed, on_done=self._built)

    def _built(self, view: PortfolioView) -> None:
        self.reading = False
        if self._pending or (view.year, view.baseline) != self._asked:
            return  # asked again meanwhile: that reading shows
        self.show_view(view)

    def _failed(self, text: str) -> None:
        self.reading = False
        self._pending = False
        self.status.setText(text)
        self._update_buttons()

    def _set_reading(self, reading: bool) -> None:
        self.reading = reading
        if reading:
            count = len(self.other_paths()) + (1 if self.controller.is_open else 0)
            self.status.setText(self.tr("Reading 1 workspace…") if count == 1 else
                                self.tr("Reading {count} workspaces…").format(count=number_text(count)))
        self._update_buttons()

    def _busy_changed(self, busy: bool) -> None:
        if not busy and self._pending:
            QTimer.singleShot(0, self._run_pending)

    def _run_pending(self) -> None:
        if self._pending and not self.controller.busy:
            self.rebuild(quiet=True)

    def _choice_changed(self, _index: int) -> None:
        if (self.year.currentData(), self.baseline.currentData()) != self._asked:
            self.rebuild()

    def _on_data_changed(self, changes: Changes) -> None:
        if not changes.touches(self.relevant):
            return
        if self.isVisible():
            self._refresh_timer.start()
        else:
            self._stale = True

    def _workspace_opened(self, _info: object) -> None:
        self.view = None
        self.show_view(None)
        self.fill_workspaces()
        if self.isVisible():
            QTimer.singleShot(0, self.rebuild)
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            QTimer.singleShot(0, self.rebuild)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_cards()

    def _fit_cards(self) -> None:
        """Wrapped text in a row of boxes: Qt's layouts do not ask a label its height for its width, so the cards
        are given the height their longest text needs at the width they have."""
        cards = (self.spend_card, self.award_card, self.change_card)
        width = max(min(card.width() for card in cards), 120)
        need = max(card.heightForWidth(width) for card in cards)
        for card in cards:
            card.setMinimumHeight(need)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self._refresh_timer.stop()
        super().closeEvent(event)

    # showing ---------------------------------------------------------------------------------------------------
    def _fill_choosers(self, view: PortfolioView) -> None:
        for combo, first, chosen in ((self.year, self.tr("All years"), view.year),
                                     (self.baseline, self.tr("No baseline"), view.baseline)):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(first, None)
            for year in view.years:
                combo.addItem(year, year)
            if chosen is not None and chosen not in view.years:
                combo.addItem(chosen, chosen)
            combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen is not None else 0)
            combo.blockSignals(False)

    def show_view(self, view: PortfolioView | None) -> None:
        self.view = view
        if view is None:
            reading = self.tr("Reading…")
            for card in (self.spend_card, self.award_card, self.change_card):
                card.setText(reading)
            for model in (self.tender_model, self.measure_model, self.area_model, self.model_model,
                          self.conflict_model):
                model.set_rows(())
            self.notes_model.setStringList([])
            self.spend_chart.set_years((), empty_text=reading)
            self.award_chart.set_shares((), empty_text=reading)
            self.tabs.setTabText(5, self.tr("Conflicts and notes"))
            self._update_buttons()
            return
        self._fill_choosers(view)
        chosen = view.year
        self.tender_model.set_rows([t for t in view.tenders if chosen is None or t.year == chosen])
        self.measure_model.set_rows(view.measures)
        self.area_model.set_rows([a for a in view.spend_areas if chosen is None or a.year == chosen])
        self.model_model.set_rows(view.spend_models)
        self.conflict_model.set_rows(view.conflicts)
        self.notes_model.setStringList(list(view.notes))
        for table in (self.tender_table, self.measure_table, self.area_table, self.model_table, self.conflict_table):
            table.resizeColumnsToContents()
            header = table.horizontalHeader()
            for column in range(header.count()):
                header.resizeSection(column, min(header.sectionSize(column), MAX_COLUMN_WIDTH))
        count = len(view.conflicts) + len(view.notes)
        self.tabs.setTabText(5, self.tr("Conflicts and notes ({count})").format(count=number_text(count)) if count
                             else self.tr("Conflicts and notes"))
        self.spend_card.setText(self.spend_text(view))
        self.award_card.setText(self.award_text(view))
        self.change_card.setText(self.change_text(view))
        self._fit_cards()
        self.spend_chart.set_years(view.spend_years, self.headline_year(view),
                                   self.tr("No spend has been imported into these workspaces."))
        award_title = (self.tr("Value awarded in {year} by ownership model:").format(year=chosen) if chosen
                       else self.tr("Value awarded in every year by ownership model:"))
        self.award_chart.set_shares(awarded_by_model(view), award_title,
                                    self.tr("No tender in these workspaces has been awarded in {year}.").format(
                                        year=chosen) if chosen else
                                    self.tr("No tender in these workspaces has been awarded."))
        read = len(view.workspaces)
        clashes = len(view.conflicts)
        self.status.setText((self.tr("Read 1 workspace.") if read == 1 else self.tr("Read {count} workspaces.").format(
            count=number_text(read))) + ("" if not clashes else " " + (
                self.tr("1 tender left out of the sums: the workspaces disagree.") if clashes == 1 else
                self.tr("{count} tenders left out of the sums: the workspaces disagree.").format(
                    count=number_text(clashes)))))
        self._update_buttons()

    # the headline figures --------------------------------------------------------------------------------------
    @staticmethod
    def headline_year(view: PortfolioView) -> str | None:
        """"This year": the year asked for, else the latest year with spend (or awards)."""
        if view.year is not None:
            return view.year
        years = [s.year for s in view.spend_years] or [a.year for a in view.award_years]
        return max(years, key=_year_order) if years else None

    def spend_text(self, view: PortfolioView) -> str:
        this = self.headline_year(view)
        by_year: dict[str, SpendYear] = {s.year: s for s in view.spend_years}
        now = by_year.get(this) if this else None
        if now is None:
            return self.tr("No spend imported for {year}.").format(year=this) if this else self.tr(
                "No spend has been imported: File → Spend and registers… imports a council's spend file.")
        before_year = year_before(now.year)
        before = by_year.get(before_year) if before_year else None
        if before is not None:
            text = self.tr("This year ({year}): {share} of spend went to co-operative and democratic businesses; "
                           "last year ({last_year}): {last_share}.").format(
                year=now.year, share=percent(now.share), last_year=before.year, last_share=percent(before.share))
        else:
            text = self.tr("This year ({year}): {share} of spend went to co-operative and democratic businesses; "
                           "no spend imported for the year before.").format(year=now.year, share=percent(now.share))
        text += "\n" + self.tr("Of {total} in {lines} lines: {unmatched} unmatched, {awaiting} awaiting review, "
                               "counted neither way.").format(
            total=money(now.total_pence), lines=number_text(now.lines), unmatched=money(now.unmatched_pence),
            awaiting=money(now.awaiting_pence))
        return text

    def award_text(self, view: PortfolioView) -> str:
        this = view.year
        years = [a for a in view.award_years if this is None or a.year == this]
        if not years:
            return self.tr("No tender awarded in {year}.").format(year=this) if this else self.tr(
                "No tender in these workspaces has been awarded yet.")
        value = sum(a.value_pence for a in years)
        democratic = sum(a.democratic_pence for a in years)
        tenders = sum(a.tenders for a in years)
        share = years[0].share if len(years) == 1 else (
            str((Decimal(democratic) * 100 / value).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)) if value else None)
        if this and tenders == 1:
            text = self.tr("Awarded in {year}: {value} across 1 tender; {share} of it to co-operative and democratic "
                           "businesses.")
        elif this:
            text = self.tr("Awarded in {year}: {value} across {count} tenders; {share} of it to co-operative and "
                           "democratic businesses.")
        elif tenders == 1:
            text = self.tr("Awarded in every year: {value} across 1 tender; {share} of it to co-operative and "
                           "democratic businesses.")
        else:
            text = self.tr("Awarded in every year: {value} across {count} tenders; {share} of it to co-operative and "
                           "democratic businesses.")
        text = text.format(year=this, value=money(value), share=percent(share), count=number_text(tenders))
        text += "\n" + self.tr("Co-operative or democratic businesses bid in {bid} of them and won {won}.").format(
            bid=number_text(sum(a.coop_bid_tenders for a in years)),
            won=number_text(sum(a.coop_won_tenders for a in years)))
        return text

    def change_text(self, view: PortfolioView) -> str:
        lines = []
        this = self.headline_year(view)
        trend = next((t for t in view.trend if t.year == this), None)
        if view.baseline is None:
            lines.append(self.tr("Choose a baseline year under “Compared with” to see the change."))
        elif trend is None:
            lines.append(self.tr("Nothing to compare with {year} yet.").format(year=view.baseline))
        else:
            parts = []
            if trend.spend_change is not None:
                parts.append(self.tr("spend share {change} points").format(change=trend.spend_change))
            if trend.award_change is not None:
                parts.append(self.tr("award share {change} points").format(change=trend.award_change))
            lines.append(self.tr("{year} against {baseline}: {changes}.").format(
                year=trend.year, baseline=view.baseline, changes=", ".join(parts)) if parts else
                self.tr("Nothing to compare with {year} yet.").format(year=view.baseline))
        if view.supply_chain_promised_pence or view.supply_chain_delivered_pence:
            lines.append(self.tr("Supply chain spend with co-operatives: {promised} promised, {delivered} delivered so "
                                 "far.").format(promised=money(view.supply_chain_promised_pence),
                                                delivered=money(view.supply_chain_delivered_pence)))
        else:
            lines.append(self.tr("No contract here promises supply-chain spend with co-operatives (CV-CC-01)."))
        if view.duplicate_lines:
            lines.append(self.tr("{count} spend lines found in more than one workspace, counted once.").format(
                count=number_text(view.duplicate_lines)))
        return "\n".join(lines)

    # export ----------------------------------------------------------------------------------------------------
    def export(self) -> None:
        if self.view is None:
            return
        suggested = self.controller.folder / (self.tr("portfolio {year}.pdf").format(year=self.view.year)
                                              if self.view.year else self.tr("portfolio all years.pdf"))
        pdf_filter, xlsx_filter = self.tr("PDF (*.pdf)"), self.tr("Excel workbook (*.xlsx)")
        name, chosen = QFileDialog.getSaveFileName(self, self.tr("Export the portfolio"), str(suggested),
                                                   f"{pdf_filter};;{xlsx_filter}")
        if name:
            self.export_to(Path(name), xlsx=chosen == xlsx_filter)

    def export_to(self, path: Path, *, xlsx: bool = False) -> None:
        from coopeval.services.portfolio.documents import write_portfolio

        if self.view is None:
            return
        if path.suffix.lower() not in (".pdf", ".xlsx"):
            path = path.with_name(path.name + (".xlsx" if xlsx else ".pdf"))
        self.controller.op(write_portfolio, self.view, path, uses_workspace=False, background=True, parent=self,
                           progress=self.tr("Writing {file}…").format(file=path.name),
                           error_title=self.tr("Cannot export the portfolio"),
                           on_done=lambda _out: self.status.setText(self.tr("Exported to {path}").format(path=str(path))))


def _year_order(year: str) -> int:
    try:
        return parse_short_year(year)
    except Exception:  # noqa: BLE001 - an unknown text sorts first
        return -1
