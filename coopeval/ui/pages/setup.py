"""Set-up (officer): the tender's details and scale, the measures picked from the workspace's
frameworks with their weights, thresholds and methods, and "Start evaluation", which freezes all of
it after a confirmation that says what will be frozen. Once evaluation starts the page shows the
frozen set-up read-only, with a line saying why. Under the details, the questionnaire for bidders: publishing it
(once the set-up is complete), its versions, and a banner when the set-up has changed since the latest one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from coopeval.domain import lifecycle
from coopeval.services.bids.entry import items_count
from coopeval.services.catalogue import Catalogue
from coopeval.services.changes import ChangeKind
from coopeval.services.setup import frameworks, start, tenders
from coopeval.services.setup.shipped import headers_pending, shipped_frameworks
from coopeval.services.setup.start import FreezeSummary, freeze_summary, start_problem
from coopeval.services.workspace import Workspace
from coopeval.ui.controller import WorkspaceController
from coopeval.ui.i18n import QT_TRANSLATE_NOOP
from coopeval.ui.ops import route_error
from coopeval.ui.pages.base import TenderPage, loading_text
from coopeval.ui.pages.loading import Loader
from coopeval.ui.setup.details_form import TenderDetailsForm
from coopeval.ui.setup.inline import InlineMessage
from coopeval.ui.setup.measure_picker import MeasurePicker
from coopeval.ui.setup.publish_panel import PublishPanel
from coopeval.ui.setup.weights_panel import WeightsPanel

MAX_LISTED = 30  # measures listed by name in the confirmation; more are counted


def setup_cost(ws: Workspace, tender_id: int) -> int:
    """How much the page's read would hold the window up: the tender's bid × measure items while a framework it
    shows is not parsed yet (0 once they are: the rest is quick)."""
    pending = frameworks.parse_pending(ws) or headers_pending()
    return items_count(ws, tender_id) if pending else 0


def parse_frameworks(ws: Workspace) -> None:
    """Parse (and so keep) the workspace's frameworks and the shipped files' headers, which the picker shows."""
    for held in dict.fromkeys(f.framework_id for f in frameworks.list_frameworks(ws)):
        frameworks.get_framework(ws, held)
    shipped_frameworks()


class SetupPage(TenderPage):
    title = QT_TRANSLATE_NOOP("TenderPage", "Set-up")  # the key select_page uses; shown translated
    relevant = frozenset({ChangeKind.TENDER, ChangeKind.TENDER_MEASURE, ChangeKind.FRAMEWORK, ChangeKind.TENDER_FILE})

    def __init__(self, controller: WorkspaceController, catalogue: Catalogue, parent: QWidget | None = None):
        super().__init__(controller, parent)
        self.catalogue = catalogue
        self.loader = Loader(controller, self)  # a large tender's frameworks are first parsed on the worker
        self._shown_tender: int | None = None  # the tender whose set-up the forms show
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName(self.tr("Set-up status"))
        self.banner.setStyleSheet("QLabel { background: #e5f1fb; color: #0b2a4a; border-left: 4px solid #0f6cbd; "
                                  "padding: 6px; }")
        self.banner.hide()
        self.details = TenderDetailsForm(controller, self)
        self.publish = PublishPanel(controller, self)
        self.picker = MeasurePicker(controller, self)
        self.weights = WeightsPanel(controller, self)
        self.start_button = QPushButton(self.tr("Start evaluati&on…"), self)
        self.start_button.setAccessibleName(self.tr("Start evaluation"))
        self.start_button.clicked.connect(self.start_evaluation)
        self.start_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.start_note = start_note = QLabel(self.tr("Starting evaluation freezes the scale, the weights, the thresholds and the "
                                    "methods. The weights must total exactly 100 and the panel needs an evaluator."), self)
        start_note.setWordWrap(True)
        self.start_message = InlineMessage(self.tr("Start evaluation message"), self)

        top = QSplitter(Qt.Orientation.Horizontal, self)
        top.setChildrenCollapsible(False)
        self.details_scroll = details_scroll = QScrollArea(self)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.details)
        left_layout.addWidget(self.publish)
        left_layout.addStretch(1)
        left.setAutoFillBackground(False)
        details_scroll.setWidget(left)
        details_scroll.setWidgetResizable(True)
        details_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        details_scroll.viewport().setAutoFillBackground(False)
        self.details.setAutoFillBackground(False)
        details_scroll.setAccessibleName(self.tr("Tender details"))
        top.addWidget(details_scroll)
        top.addWidget(self.picker)
        top.setSizes([500, 500])
        body = QSplitter(Qt.Orientation.Vertical, self)
        body.setChildrenCollapsible(False)
        body.addWidget(top)
        body.addWidget(self.weights)
        body.setSizes([400, 300])
        start_row = QHBoxLayout()
        start_row.addWidget(self.start_button)
        start_row.addWidget(start_note, 1)
        start_row.addStretch(0)  # keeps the button at the left once the note is hidden
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.publish.banner)
        layout.addWidget(body, 1)
        layout.addLayout(start_row)
        layout.addWidget(self.start_message)
        self.setTabOrder(self.details, self.publish)
        self.setTabOrder(self.publish, self.picker)
        self.setTabOrder(self.picker, self.weights)
        self.setTabOrder(self.weights, self.start_button)

    def forget(self) -> None:
        """Another workspace (or none) is open: what was said about its edits goes with it (the forms
        themselves are emptied by `reload()`, which follows)."""
        self.loader.cancel()
        for message in (self.details.message, self.picker.message, self.weights.message, self.start_message,
                        self.publish.message):
            message.clear()

    # showing ------------------------------------------------------------------------------------
    def reload(self) -> None:
        if self.tender_id is None or not self.controller.is_open:
            self.loader.cancel()
            self._show_nothing()
            return
        tender_id = self.tender_id
        if self.loader.worth_background(setup_cost, tender_id):
            # A large tender, and frameworks not parsed yet in this session (a quarter of a megabyte of TOML for the
            # shipped ones): parsed on the worker first, the page saying so, then read as usual, at once.
            if self._shown_tender != tender_id:  # another tender's set-up goes at once
                self._show_nothing()
            self.banner.setText(loading_text())
            self.banner.setVisible(True)
            self.loader.start(parse_frameworks, on_done=lambda _: self._parsed(tender_id))
            return
        self.loader.cancel()
        self._read(tender_id)

    def _parsed(self, tender_id: int) -> None:
        try:
            self._read(tender_id)
        except Exception as exc:  # noqa: BLE001 - shown like any reload's failure (TenderPage.refresh)
            route_error(exc, parent=self, on_error=None, inline=None, title=None)

    def _show_nothing(self) -> None:
        self._shown_tender = None
        self.details.load(None, {}, False)
        self.picker.load(None, [], False)
        self.weights.load(None, [], False)
        self.publish.load(None)
        self.start_button.setEnabled(False)
        self.banner.hide()

    def _read(self, tender_id: int) -> None:
        if tender_id != self.tender_id or not self.controller.is_open:
            return
        t = self.controller.read(tenders.get_tender, tender_id)
        self._shown_tender = tender_id
        measures = self.controller.read(tenders.list_measures, tender_id)
        scales = dict(self.catalogue.scales)
        current = self.controller.read(tenders.tender_scale, tender_id)
        scales.setdefault(current.id, current)
        editable = t.status == lifecycle.DRAFT and not self.controller.read_only
        self.details.load(t, scales, editable)
        self.picker.load(t.id, measures, editable)
        self.weights.load(t.id, measures, editable)
        self.publish.load(t.id, t.reference)
        self.start_button.setEnabled(editable)
        self.start_note.setVisible(t.status == lifecycle.DRAFT)
        if not editable:  # what was said about earlier edits no longer applies
            for message in (self.details.message, self.picker.message, self.weights.message, self.start_message):
                message.clear()
        self._show_banner(t.status)

    def _show_banner(self, status: str) -> None:
        if status in lifecycle.SIGNED_OFF_OR_LATER:
            text = self.tr("Read-only: this tender is signed off, so its set-up is part of the final record. These "
                           "are the measures, weights, thresholds and methods the panel scored against; none of them "
                           "can change.")
        elif status != lifecycle.DRAFT:
            text = self.tr("Read-only: evaluation has started (the tender is now at the %1 stage), so this set-up is "
                           "frozen. The panel scores against these measures, weights, thresholds and methods, so none "
                           "of them can change.").replace("%1", lifecycle.label(status))
        elif self.controller.read_only:
            text = self.tr("This workspace is open read-only, so the set-up is shown but cannot be changed.")
        else:
            text = ""
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def flush(self) -> None:
        """Save a field still being edited (the main window calls this before closing)."""
        focused = QApplication.focusWidget()
        if focused is not None and self.isAncestorOf(focused):
            focused.clearFocus()

    # starting -----------------------------------------------------------------------------------
    def start_evaluation(self) -> None:
        if self.tender_id is None:
            return
        self.flush()
        problem = self.controller.read(start_problem, self.tender_id)
        if problem:
            self.start_message.problem(problem)
            return
        self.start_message.clear()
        summary = self.controller.read(freeze_summary, self.tender_id)
        yes, cancel = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Cancel
        answer = QMessageBox.question(self, self.tr("Start evaluation?"), self.freeze_text(summary), yes | cancel, cancel)
        if answer == yes and self.controller.op(start.start_evaluation, self.tender_id,
                                                inline=self.start_message.problem, parent=self).ok:
            self.start_message.clear()

    def freeze_text(self, s: FreezeSummary) -> str:
        listed = [f"    {m.code}  {m.title} — {m.weight}%" for m in s.measures[:MAX_LISTED]]
        if len(s.measures) > MAX_LISTED:
            listed.append(self.tr("    … and %1 more").replace("%1", str(len(s.measures) - MAX_LISTED)))
        minimums = [f"{m.code} ≥ {m.minimum}" for m in s.measures if m.minimum is not None]
        methods = sum(1 for m in s.measures if m.method)
        lines = [
            self.tr("Starting evaluation of %1 — %2 freezes its set-up. After this none of the following can change:")
            .replace("%1", s.reference).replace("%2", s.title),
            "",
            self.tr("• Scale: %1").replace("%1", s.scale_name),
            self.tr("• Social value weight: %1% of the whole tender").replace("%1", s.section_weight),
            self.tr("• %1 measures and their weights:").replace("%1", str(len(s.measures))),
            *listed,
            self.tr("• Minimum thresholds: %1").replace("%1", ", ".join(minimums) or self.tr("none")),
            self.tr("• Methods, targets and bands of %1 quantitative measures").replace("%1", str(methods)),
            self.tr("• Moderation: discuss spreads from %1%, split above %2%; %3").replace("%1", s.discuss_at)
            .replace("%2", s.split_above).replace("%3", self.tr("a bid missing a minimum is disqualified")
                                                  if s.disqualify_on_threshold else self.tr("no disqualification")),
            "",
            self.tr("Evaluators can then declare interests and score the bids. Start evaluation now?"),
        ]
        return "\n".join(lines)
