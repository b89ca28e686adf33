"""Results: the ranking with totals and subtotals, a bar chart of each bid's score by theme, the
outcome subtotals, the points of each bid per measure, and whether first place survives a ±25% change to any one weight. Every
figure comes from `results_json`, exactly as `coopeval results --json` prints it, and both
tables copy to the clipboard as tab-separated text. Provisional until the tender is signed off,
and said so in words."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from coopeval.domain import lifecycle
from coopeval.services.changes import ChangeKind
from coopeval.services.criteria.views import WholeResult
from coopeval.services.results.compute import ResultsHiddenError
from coopeval.services.results.view import ResultsDisplay, display_cost, page_whole, results_display
from coopeval.ui.controller import WorkspaceController
from coopeval.ui.i18n import QT_TRANSLATE_NOOP
from coopeval.ui.pages.base import TenderPage
from coopeval.ui.pages.loading import Loader
from coopeval.ui.results import palette
from coopeval.ui.results.bar_chart import Bar, Theme, ThemeBarChart
from coopeval.ui.results.other_criteria import OtherCriteriaDialog, whole_html
from coopeval.ui.results.tables import (
    HEADING,
    MEASURE,
    NAME,
    MeasureTableModel,
    OutcomeTableModel,
    Prepared,
    RankingTableModel,
    TextTableModel,
)

SHOWN_HINGES = 6  # weight changes named in the sensitivity line per bid that would lead; the rest in its tooltip
PROVISIONAL_STYLE = "QLabel { background: #fff4ce; color: #3b2f00; padding: 6px; }"  # i18n: no - style sheet
FINAL_STYLE = "QLabel { background: #dff6dd; color: #0b3d0b; padding: 6px; }"  # i18n: no - style sheet
PROBLEM_STYLE = "QLabel { background: #fde7e9; color: #5c0010; padding: 6px; }"  # i18n: no - style sheet
Filling = tuple[Prepared, Prepared, Prepared, tuple[tuple[Theme, ...], tuple[Bar, ...]]]  # the tables' and chart's


CELL_PADDING = 14  # a cell's text margins and focus frame, either side together
NUMERIC_CANDIDATES = 6  # in a column of figures, the longest texts measured to fit its width


def bold_font(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


def widest_candidates(texts: set[str], numeric: bool) -> set[str]:
    """The texts whose width decides a column's: all of them, or for a column of figures (whose
    digits are as wide as each other) only the longest few, so a 40 × 60 grid is not measured
    cell by cell on the main thread."""
    if not numeric or len(texts) <= NUMERIC_CANDIDATES:
        return texts
    return set(sorted(texts, key=len, reverse=True)[:NUMERIC_CANDIDATES])


def fit_columns(view: QTableView, model: TextTableModel, *, widest: dict[int, int] | None = None,
                fixed: dict[int, int] | None = None) -> None:
    """Size each column to its widest text (cell or header line), from the model's texts alone;
    `widest` caps a column, `fixed` sets it."""
    cells, header = QFontMetrics(bold_font(view.font())), view.horizontalHeader()
    heads = QFontMetrics(header.font())
    grid = model.grid()
    for column, spec in enumerate(model.columns):
        if fixed and column in fixed:
            view.setColumnWidth(column, fixed[column])
            continue
        texts = widest_candidates({row[column] for row in grid}, spec.numeric)
        text = max((cells.horizontalAdvance(t) for t in texts), default=0) + CELL_PADDING
        head = max(heads.horizontalAdvance(line) for line in spec.header.split("\n")) + 2 * CELL_PADDING
        width = max(text, head, header.minimumSectionSize())
        view.setColumnWidth(column, min(width, widest[column]) if widest and column in widest else width)


class ResultsPage(TenderPage):
    title = QT_TRANSLATE_NOOP("TenderPage", "Results")  # the key select_page uses; shown translated
    relevant = frozenset({ChangeKind.TENDER, ChangeKind.TENDER_MEASURE, ChangeKind.BID, ChangeKind.RESPONSE,
                          ChangeKind.SCORE, ChangeKind.CONSENSUS, ChangeKind.SIGN_OFF, ChangeKind.OTHER_CRITERIA})

    def __init__(self, controller: WorkspaceController, parent: QWidget | None = None):
        super().__init__(controller, parent)
        self._user_sized = True  # until the page is built: no splitter to size yet
        self.display: ResultsDisplay | None = None
        self._filled: ResultsDisplay | None = None  # the display the tables and chart hold
        self.loader = Loader(controller, self)
        self._shown_tender: int | None = None  # the tender whose results (or refusal) are shown
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setAccessibleName(self.tr("Whether these results are provisional or final"))
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(PROVISIONAL_STYLE)
        self.warning.setAccessibleName(self.tr("Section weight warning"))
        self.sensitivity = QLabel(self)
        self.sensitivity.setWordWrap(True)
        self.sensitivity.setAccessibleName(self.tr("Weight sensitivity"))
        self.ranking = RankingTableModel(self)
        self.ranking_view = self._table(self.ranking, self.tr("Ranking: totals and subtotals per bid"))
        self.outcomes = OutcomeTableModel(self)
        self.outcome_view = self._table(self.outcomes, self.tr("Subtotals by framework, theme and outcome"))
        self.outcome_view.setWordWrap(True)  # outcomes are sentences: wrapped in a column of fixed width
        self.outcome_view.horizontalHeader().sectionResized.connect(
            lambda column, _old, _new: self._fit_outcome_rows() if column == HEADING else None)
        self.measures = MeasureTableModel(self)
        self.measure_view = self._table(self.measures, self.tr("Points per measure for each bid"))
        self.chart = ThemeBarChart(self)
        self.chart.setAccessibleName(self.tr("Bar chart of each bid's score by theme"))
        self.copy_button = self._button(self.tr("&Copy table"), self.tr("Copy the ranking table as tab-separated text"),
                                        lambda: self.copy(self.ranking))
        self.copy_outcomes_button = self._button(
            self.tr("Copy &outcome subtotals"), self.tr("Copy the outcome subtotals as tab-separated text"),
            lambda: self.copy(self.outcomes))
        self.copied = QLabel(self)
        self.copied.setAccessibleName(self.tr("Clipboard"))
        # issue 21: the other award criteria (price, quality…) and the whole result below the social value ranking
        self.other_button = self._button(self.tr("Other award &criteria…"),
                                         self.tr("Other award criteria and the whole result"), self.open_other_criteria)
        # A text browser, not a label: a label measures its rich text (a table of every bid) on each layout, which on a
        # large tender took tens of milliseconds of the main thread each time; the browser scrolls a tall table.
        self.whole = QTextBrowser(self)
        self.whole.setOpenLinks(False)
        self.whole.setTabChangesFocus(True)
        self.whole.setFrameShape(QFrame.Shape.NoFrame)
        self.whole.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)  # sized in `_size_split`
        self._whole_html = ""  # what the browser holds, so the same whole result is not laid out again
        self._whole_measured: tuple[str, int, int] = ("", 0, 0)  # (text, width, height) last measured
        self.whole.setAccessibleName(self.tr("The whole result across every award criterion"))
        self.whole.hide()

        chart_area = QScrollArea(self)
        chart_area.setWidget(self.chart)
        chart_area.setWidgetResizable(True)
        chart_area.setAccessibleName(self.tr("Scores by theme"))
        chart_area.setStyleSheet(f"QScrollArea {{ background: {palette.BACKGROUND}; }}")
        self.lower_tabs = QTabWidget(self)
        self.lower_tabs.setAccessibleName(self.tr("Chart and outcome subtotals"))
        self.lower_tabs.addTab(chart_area, self.tr("Scores by &theme (chart)"))
        self.lower_tabs.addTab(self.outcome_view, self.tr("Subtotals by theme and o&utcome"))
        self.lower_tabs.addTab(self.measure_view, self.tr("Scores by &measure"))
        self.split = QSplitter(Qt.Orientation.Vertical, self)
        upper = QWidget(self)  # the social value ranking, and the whole result below it when recorded (issue 21)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.ranking_view, 1)
        upper_layout.addWidget(self.whole)
        self.split.addWidget(upper)
        self.split.addWidget(self.lower_tabs)
        self.split.setChildrenCollapsible(False)
        self._user_sized = False  # the ranking table takes its rows' height until the user drags the divider
        self._sizing = False  # a `_size_split` is queued: the page's several changes in one event are sized once
        self.split.splitterMoved.connect(lambda *_: setattr(self, "_user_sized", True))
        buttons = QHBoxLayout()
        for widget in (self.copy_button, self.copy_outcomes_button, self.other_button, self.copied):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        for widget in (self.status, self.warning, self.sensitivity):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addWidget(self.split, 1)
        self._show(None)

    def _table(self, model: TextTableModel, name: str) -> QTableView:
        view = QTableView(self)
        view.setModel(model)
        view.setAccessibleName(name)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setTabKeyNavigation(False)
        view.setCornerButtonEnabled(False)
        view.setWordWrap(False)  # long names are elided; the tooltip holds the whole name
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # fitted in `_show`
        view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        view.horizontalHeader().setStretchLastSection(True)
        return view

    def _fit_outcome_rows(self) -> None:
        """Each outcome row as tall as its heading, wrapped in the heading column's width."""
        if not self.outcomes.columnCount():
            return
        metrics = QFontMetrics(bold_font(self.outcome_view.font()))
        width = max(self.outcome_view.columnWidth(HEADING) - CELL_PADDING, 40)
        lowest = self.outcome_view.verticalHeader().defaultSectionSize()
        header = self.outcome_view.verticalHeader()
        for row, cells in enumerate(self.outcomes.grid()):
            height = metrics.boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, cells[HEADING]).height()
            header.resizeSection(row, max(lowest, height + 8))

    def _size_split(self) -> None:
        """Size the divider once the page's changes in this event are made (loading sets the tables,
        the whole result and the status line one after another): queued, so it is done once."""
        if self._user_sized or self._sizing:
            return
        self._sizing = True
        QTimer.singleShot(0, self, self._sized)

    def _sized(self) -> None:
        self._sizing = False
        self.size_split_now()

    def size_split_now(self) -> None:
        """Give the ranking table the height of its rows (up to 40% of the page, 60% with the whole
        result below it), until the user drags the divider; the chart and outcome tabs take the rest.
        The whole result takes its table's height, up to a third of the page (it scrolls beyond)."""
        if self._user_sized:
            return
        view = self.ranking_view
        rows = view.verticalHeader().length() if self.ranking.rowCount() else 0
        wanted = view.horizontalHeader().sizeHint().height() + max(rows, 60) + view.horizontalScrollBar().sizeHint().height() + 6
        total = max(self.split.height(), 400)
        if not self.whole.isHidden():
            height = min(self._whole_height(), total // 3)
            if height != self.whole.height():
                self.whole.setFixedHeight(height)
            wanted += height + 6
        table = min(wanted, int(total * (0.6 if not self.whole.isHidden() else 0.4)))
        if self.split.sizes() != [table, total - table]:
            self.split.setSizes([table, total - table])

    def _whole_height(self) -> int:
        """The whole result's height laid out at the browser's width (the page's, less a scroll bar: known
        before the browser is laid out): measured once per text and width (a table of every bid takes a few
        milliseconds to lay out)."""
        frame = self.whole.frameWidth()
        width = max(self.split.width() - 2 * frame - self.whole.verticalScrollBar().sizeHint().width(), 200)
        if self._whole_measured[:2] != (self._whole_html, width):
            document = self.whole.document().clone()  # the browser's own keeps its layout
            document.setTextWidth(width)
            self._whole_measured = (self._whole_html, width, int(document.size().height()) + 2 * frame + 4)
        return self._whole_measured[2]

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's name
        super().resizeEvent(event)
        self._size_split()

    def _button(self, text: str, name: str, slot) -> QPushButton:  # noqa: ANN001
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.clicked.connect(slot)
        return button

    def forget(self) -> None:
        """Another workspace (or none) is open: its results and the last "copied" note go."""
        self.loader.cancel()
        self._shown_tender = None
        self.copied.clear()
        self._show(None)
        self.show_whole(None)

    # showing -----------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the results on the worker (a large tender takes a moment to score): the page says it is
        loading meanwhile, keeps the figures it shows for the same tender, and input is never blocked."""
        self.copied.clear()
        if self.tender_id is None or not self.controller.is_open:
            self.loader.cancel()
            self._shown_tender = None
            self._show(None)
            self.show_whole(None)
            return
        tender_id = self.tender_id
        background = self.loader.worth_background(display_cost, tender_id)
        if background:
            if self._shown_tender != tender_id:
                self._show(None)  # another tender's figures go at once
            else:  # the figures stay while the new ones load: nothing below the status line moves (its colours
                # stay too: restyling it would lay out and paint the whole page again while the worker computes)
                self.status.setMinimumHeight(self.status.height())
            self.status.setText(self.tr("Loading the results…"))
        problems: list[str] = []
        hidden: list[str] = []

        # A tender that cannot be scored yet (e.g. weights not yet 100) is refused inline: said in the
        # status line below, never a traceback.
        def still_blind(exc: BaseException) -> bool:
            if isinstance(exc, ResultsHiddenError):
                hidden.append(str(exc))
                self._loaded(tender_id, None, hidden, problems)
                return True
            return False

        def said(text: str) -> None:
            problems.append(text)
            self._loaded(tender_id, None, hidden, problems)

        def load_results(ws, tender: int) -> tuple[ResultsDisplay, Filling | None, WholeResult | None]:  # noqa: ANN001
            """On the worker for a large tender: the results, and every table cell's text (unless
            the page already shows these very results), so the main thread only hands them over; and the whole
            result when other award criteria are recorded (issue 21)."""
            display = results_display(ws, tender)
            return display, None if display is self._filled else self._filling(display), page_whole(ws, tender)

        self.loader.start(load_results, tender_id,
                          on_done=lambda loaded: self._loaded(tender_id, loaded[0], [], [], loaded[1], loaded[2]),
                          on_error=still_blind, inline=said, background=background)

    def _loaded(self, tender_id: int, display: ResultsDisplay | None, hidden: list[str], problems: list[str],
                filling: Filling | None = None, whole: WholeResult | None = None) -> None:
        self._shown_tender = tender_id
        self._show(display, filling)
        self.show_whole(whole)
        if hidden:  # before moderation opens: said in place of the ranking, not as an error
            self._say(PROVISIONAL_STYLE, escape(hidden[0]))
            self.chart.setAccessibleDescription(hidden[0])
        elif problems:
            self._say(PROBLEM_STYLE, escape(self.tr("No results yet: %1").replace("%1", problems[0])))

    def _filling(self, display: ResultsDisplay | None) -> Filling:
        """What the tables and chart show for `display`, every text worked out (no widget touched)."""
        return (self.ranking.prepare(display), self.outcomes.prepare(display), self.measures.prepare(display),
                self._chart_data(display))

    def _show(self, display: ResultsDisplay | None, filling: Filling | None = None) -> None:
        self.display = display
        self.status.setMinimumHeight(0)
        if display is None or display is not self._filled:  # the same results again: the tables stay as they are
            ranking, outcomes, measures, chart = filling or self._filling(display)
            self.ranking.set_prepared(ranking)
            self.outcomes.set_prepared(outcomes)
            self.measures.set_prepared(measures)
            # Columns fit their text, measured here once from the models' texts: Qt's fitting to contents
            # asks every cell for every role, again on each layout, which takes most of a second on a large
            # tender. A long name or measure title is elided (its tooltip whole); headings wrap at 380 px.
            fit_columns(self.ranking_view, self.ranking, widest={NAME: 300})
            fit_columns(self.outcome_view, self.outcomes, fixed={HEADING: 380})
            self._fit_outcome_rows()
            fit_columns(self.measure_view, self.measures, widest={MEASURE: 320})
            self.chart.set_data(*chart)
            self.chart.setAccessibleDescription("" if display is None else self.tr(
                "Each bid's score out of 100, split by theme, best first. The same figures are in the ranking table.")
                + "\n" + self.chart.text_alternative())
            self._filled = display
        self._size_split()
        self.copy_button.setEnabled(display is not None and bool(display.data["ranking"]))
        self.copy_outcomes_button.setEnabled(self.copy_button.isEnabled())
        if display is None:
            self._say("", "")
            self.warning.hide()
            self.sensitivity.setText("")
            self.sensitivity.setToolTip("")
            return
        data = display.data
        if data["provisional"]:
            self._say(PROVISIONAL_STYLE, self.tr(
                "<b>PROVISIONAL</b> — %1 is in %2, not signed off. Figures use the panel's consensus where it has "
                "agreed one, otherwise the median of the individual scores or the bid's committed quantity.")
                .replace("%1", escape(data["tender"])).replace("%2", escape(lifecycle.label(data["status"]))))
        else:
            self._say(FINAL_STYLE, self.tr(
                "<b>FINAL</b> — %1 is signed off. These results cannot change unless an officer reopens the tender.")
                .replace("%1", escape(data["tender"])))
        self.warning.setText(data["section_weight_warning"] or "")
        self.warning.setVisible(bool(data["section_weight_warning"]))
        self.sensitivity.setText(self.sensitivity_text(display))
        self.sensitivity.setToolTip("\n".join(
            f"{h['measure']} {h['change'].replace('-', '−')}: " + ", ".join(display.bid_names().get(b, b) for b in h["leaders"])
            for h in data["sensitivity"]["hinges_on"]))

    def _say(self, style: str, text: str) -> None:
        """The status line's words and colours; restyled only when its colours change (each restyle lays
        the page out again)."""
        if self.status.styleSheet() != style:
            self.status.setStyleSheet(style)
        self.status.setText(text)

    def sensitivity_text(self, display: ResultsDisplay) -> str:
        s, names = display.data["sensitivity"], display.bid_names()

        def who(bids: list[str]) -> str:
            return self.tr(" and ").join(names.get(b, b) for b in bids)

        if not display.data["ranking"]:
            return self.tr("Sensitivity: there are no bids to rank yet.")
        if not s["leaders"]:
            return self.tr("Sensitivity: every bid is disqualified, so no bid comes first.")
        if s["holds"]:
            return self.tr("Sensitivity: first place (%1) holds when any one measure's weight moves by ±25%.").replace(
                "%1", who(s["leaders"]))
        groups: dict[tuple[str, ...], list[str]] = {}  # who would come first → under which changes
        for h in s["hinges_on"]:
            groups.setdefault(tuple(h["leaders"]), []).append(f"{h['measure']} {h['change'].replace('-', '−')}")
        parts = []
        for leaders, changes in groups.items():
            shown = ", ".join(changes[:SHOWN_HINGES])
            if len(changes) > SHOWN_HINGES:
                shown += self.tr(" and {count} more").format(count=len(changes) - SHOWN_HINGES)
            parts.append(self.tr("%1 would come first if one of these weights moved: %2.").replace(
                "%1", who(list(leaders))).replace("%2", shown))
        return self.tr("Sensitivity: first place (%1) does not hold.").replace("%1", who(s["leaders"])) + " " + " ".join(parts)

    def _chart_data(self, display: ResultsDisplay | None) -> tuple[tuple[Theme, ...], tuple[Bar, ...]]:
        if display is None:
            return (), ()
        themes = display.themes
        repeated = {h.theme for h in themes if sum(1 for o in themes if o.theme == h.theme) > 1}
        keys = tuple(
            Theme(palette.letter_for(i), (f"{h.framework}: " if h.theme in repeated else "") + self.tr("%1 (of %2)")
                  .replace("%1", h.theme).replace("%2", h.available.rstrip("0").rstrip(".")))
            for i, h in enumerate(themes))
        bars = tuple(
            Bar(f"{'—' if r['rank'] is None else r['rank']}. {r['name']}", r["total"],
                tuple(r["by_theme"][h.key] for h in themes), self.tr("disqualified") if r["disqualified"] else "")
            for r in display.data["ranking"])
        return keys, bars

    # the whole result (issue 21) ---------------------------------------------------------
    def show_whole(self, whole: WholeResult | None) -> None:
        """The whole result below the ranking, when other award criteria are recorded; hidden otherwise."""
        html = whole_html(whole, self.tr) if whole is not None else ""
        if html != self._whole_html:  # the same whole result again (the results kept): nothing laid out again
            self._whole_html = html
            self.whole.setHtml(html)
        style = (FINAL_STYLE if whole is not None and whole.complete and whole.most_advantageous
                 else PROVISIONAL_STYLE).replace("QLabel", "QTextBrowser")
        if self.whole.styleSheet() != style:
            self.whole.setStyleSheet(style)
        self.whole.setVisible(whole is not None and whole.recorded)
        self._size_split()
        self.other_button.setEnabled(self.tender_id is not None and self.controller.is_open)

    def open_other_criteria(self) -> None:
        if self.tender_id is not None and self.controller.is_open:
            OtherCriteriaDialog(self.controller, self.tender_id, self).exec()

    # copying -----------------------------------------------------------------------------
    def copy(self, model: TextTableModel) -> None:
        QGuiApplication.clipboard().setText(model.tsv())
        self.copied.setText(self.tr("Copied {count} row(s) and a header row as tab-separated text.").format(count=model.rowCount()))

    def prepare_screenshot(self) -> None:
        """For `make screenshots`: the top of the table and chart (nothing to choose)."""
        self.ranking_view.scrollToTop()
