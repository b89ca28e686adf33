"""Results → "Other award criteria…" (issue 21): the tender's award criteria other than social value (price,
quality…), assessed outside CoopEval, with each bid's score and reasons, and the whole result they make with the
social value results.

The dialog lists the criteria (weight, out of, how scored) and a grid of bids × criteria; Add…, Edit…, Remove…,
Score… record through the controller (an officer, until the award), and Import… reads a spreadsheet, shows what it
would do (or every problem) and imports only when asked. Every change reloads the dialog; a refusal is said on its
problem line."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopeval.domain import lifecycle
from coopeval.domain.numbers import number_text
from coopeval.services.bids.entry import list_bids
from coopeval.services.criteria import criteria as service
from coopeval.services.criteria import spreadsheet
from coopeval.services.criteria.views import CriterionView, WholeResult
from coopeval.services.criteria.whole import whole_result
from coopeval.services.setup.tenders import get_tender
from coopeval.services.views import BidView
from coopeval.ui.controller import WorkspaceController
from coopeval.ui.i18n import QT_TRANSLATE_NOOP, translate
from coopeval.ui.widgets import FormDialog

PROBLEM_STYLE = "QLabel { background: #fde7e9; color: #5c0010; padding: 6px; }"  # i18n: no
COMPLETE_STYLE = "QLabel { background: #dff6dd; color: #0b3d0b; padding: 6px; }"  # i18n: no
INCOMPLETE_STYLE = "QLabel { background: #fff4ce; color: #3b2f00; padding: 6px; }"  # i18n: no
KIND_LABELS = {"price": QT_TRANSLATE_NOOP("OtherCriteria", "Price"),
               "quality": QT_TRANSLATE_NOOP("OtherCriteria", "Quality"),
               "other": QT_TRANSLATE_NOOP("OtherCriteria", "Other")}


def kind_label(kind: str) -> str:
    """An award criterion's kind ("price", "quality", "other") in the user's language."""
    return translate("OtherCriteria", KIND_LABELS[kind]) if kind in KIND_LABELS else kind  # i18n: no - marked above


def whole_html(result: WholeResult, tr: object = None) -> str:
    """The whole result as rich text: a table of points of the whole tender, then the verdict or what is missing
    (said in words, never by colour alone). `tr` is no longer used (the words are translated here, in the context
    "WholeResult"); it stays so that callers passing their own `self.tr` keep working."""
    if not result.recorded:
        return ""

    names = [n for n, _ in result.lines[0].other_points] if result.lines else []
    head = "".join(f"<th align='right'>{escape(n)}</th>" for n in names)
    rows = []
    out, not_scored = translate("WholeResult", "out"), translate("WholeResult", "not scored")
    for ln in result.lines:
        rank = out if ln.disqualified else ("—" if ln.rank is None else str(ln.rank))
        cells = "".join(f"<td align='right'>{escape(p) if p is not None else not_scored}</td>"
                        for _, p in ln.other_points)
        rows.append(f"<tr><td>{rank}</td><td>{escape(ln.name)} ({escape(ln.bid_identifier)})</td>"  # i18n: no
                    f"<td align='right'>{ln.social_value_points}</td>{cells}"
                    f"<td align='right'><b>{ln.total or '—'}</b></td></tr>")
    heads = (translate("WholeResult", "Rank"), translate("WholeResult", "Bid"),
             translate("WholeResult", "Social value"), translate("WholeResult", "Total /100"))
    table = ("<table cellspacing='0' cellpadding='3'><tr><th>{0}</th><th align='left'>{1}</th>"  # i18n: no - markup
             "<th align='right'>{2}</th>{head}<th align='right'>{3}</th></tr>").format(*heads, head=head) + "".join(
        rows) + "</table>"
    if result.complete and result.most_advantageous:
        best = next((ln for ln in result.lines if ln.bid_identifier == result.most_advantageous), None)
        named = f"{best.name} ({best.bid_identifier})" if best else result.most_advantageous
        verdict = translate("WholeResult", "<b>Whole result: complete.</b> The most advantageous tender is {name}."
                            ).format(name=escape(named))
    elif result.complete:
        verdict = translate("WholeResult", "<b>Whole result: complete, but tied.</b>")
    else:
        verdict = translate("WholeResult", "<b>Whole result: not complete.</b> Until it is, the summaries and the "
                            "report state the social value part of the assessment only.")
    problems = "".join(f"<li>{escape(p)}</li>" for p in result.problems)
    return verdict + (f"<ul>{problems}</ul>" if problems else "") + table


class CriterionDialog(FormDialog):
    """Add a criterion (`criterion` None) or edit one."""

    def __init__(self, controller: WorkspaceController, tender_id: int, criterion: CriterionView | None,
                 parent: QWidget | None = None):
        super().__init__(controller, parent, width=480, problem_name=self.tr("Problem with the criterion"))
        self.tender_id, self.criterion = tender_id, criterion
        self.set_texts(self.tr("Edit award criterion") if criterion else self.tr("Add award criterion"),
                       self.tr("&Save") if criterion else self.tr("&Add"))
        self.name = QLineEdit(criterion.name if criterion else "", self)
        self.name.setPlaceholderText(self.tr("e.g. Price, Quality of the method statement"))
        self.kind = QComboBox(self)
        for key in KIND_LABELS:
            self.kind.addItem(kind_label(key), key)
        if criterion:
            self.kind.setCurrentIndex(max(0, self.kind.findData(criterion.kind)))
        self.weight = QLineEdit(criterion.weight if criterion else "", self)
        self.weight.setPlaceholderText(self.tr("% of the whole tender, e.g. 60"))
        self.max_score = QLineEdit(criterion.max_score if criterion else "", self)
        self.max_score.setPlaceholderText(self.tr("the top of its scale, e.g. 100 or 5"))
        self.method = QPlainTextEdit(criterion.method if criterion else "", self)
        self.method.setTabChangesFocus(True)
        self.method.setMaximumHeight(70)
        self.method.setPlaceholderText(self.tr("How it is scored, as the tender documents say"))
        self.add_field(self.tr("&Name"), self.name)
        self.add_field(self.tr("&Kind"), self.kind)
        self.add_field(self.tr("&Weight (%)"), self.weight)
        self.add_field(self.tr("&Out of"), self.max_score)
        self.add_field(self.tr("&How it is scored"), self.method)
        self.finish_form()

    def accept(self) -> None:
        values = {"name": self.name.text(), "kind": self.kind.currentData(), "weight": self.weight.text(),
                  "max_score": self.max_score.text(), "method": self.method.toPlainText()}
        if self.criterion is None:
            outcome = self.controller.op(service.add_criterion, self.tender_id, **values, inline=self.say, parent=self)
        else:
            outcome = self.controller.op(service.update_criterion, self.criterion.id, **values, inline=self.say,
                                         parent=self)
        if outcome.ok:
            super().accept()


class ScoreDialog(FormDialog):
    """One bid's score on one criterion, with the reasons by reference to the bid."""

    def __init__(self, controller: WorkspaceController, criterion: CriterionView, bid: BidView,
                 parent: QWidget | None = None):
        super().__init__(controller, parent, width=520, problem_name=self.tr("Problem with the score"))
        self.criterion, self.bid = criterion, bid
        held = next((s for s in criterion.scores if s.bid_id == bid.id), None)
        self.set_texts(self.tr("Score {identifier} on {criterion}").format(identifier=bid.identifier, criterion=criterion.name),
                       self.tr("&Record score"))
        self.add_note(self.tr("{criterion} ({name}): {percent}%, out of {top}.").format(
            criterion=criterion.name, name=bid.display_name, percent=number_text(criterion.weight),
            top=number_text(criterion.max_score)) + (f" {criterion.method}" if criterion.method else ""))
        self.score = QLineEdit(held.score if held else "", self)
        self.score.setPlaceholderText(self.tr("0 to {top}").format(top=number_text(criterion.max_score)))
        self.reasons = QPlainTextEdit(held.reasons if held else "", self)
        self.reasons.setTabChangesFocus(True)
        self.reasons.setMaximumHeight(110)
        self.reasons.setPlaceholderText(self.tr("Why, by reference to the bid: its section or page"))
        self.add_field(self.tr("&Score"), self.score)
        self.add_field(self.tr("&Reasons"), self.reasons)
        self.finish_form()

    def accept(self) -> None:
        outcome = self.controller.op(service.record_other_score, self.criterion.id, self.bid.id,
                                     score=self.score.text(), reasons=self.reasons.toPlainText(), inline=self.say,
                                     parent=self)
        if outcome.ok:
            super().accept()


class RemoveDialog(FormDialog):
    def __init__(self, controller: WorkspaceController, criterion: CriterionView, parent: QWidget | None = None):
        super().__init__(controller, parent, width=460)
        self.criterion = criterion
        self.set_texts(self.tr("Remove award criterion"), self.tr("&Remove"))
        self.add_note(self.tr("“{criterion}” leaves the tender's criteria; it and its scores stay in the record.")
                      .format(criterion=criterion.name))
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(80)
        self.add_field(self.tr("R&eason"), self.reason)
        self.finish_form()

    def accept(self) -> None:
        outcome = self.controller.op(service.remove_criterion, self.criterion.id, self.reason.toPlainText(),
                                     inline=self.say, parent=self)
        if outcome.ok:
            super().accept()


class ImportPreviewDialog(QDialog):
    """What importing a spreadsheet would do, or every problem with it; Import only when there are none."""

    def __init__(self, preview: spreadsheet.CriteriaPreview, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import other award criteria"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        summary = QLabel(self)
        summary.setWordWrap(True)
        if preview.problems:
            summary.setText((self.tr("{file} cannot be imported: 1 problem. Nothing will be written until it is "
                                     "fixed.") if len(preview.problems) == 1 else
                             self.tr("{file} cannot be imported: {count} problems. Nothing will be written until "
                                     "every one is fixed.")).format(file=preview.file,
                                                                    count=number_text(len(preview.problems))))
            summary.setStyleSheet(PROBLEM_STYLE)
            lines = list(preview.problems)
        else:
            changed = sum(c.action != "unchanged" for c in preview.criteria) + \
                sum(sc.action != "unchanged" for sc in preview.scores)
            summary.setText(self.tr("{file}: {criteria} criteria and {scores} scores; {changed} to add or change.")
                            .format(file=preview.file, criteria=str(len(preview.criteria)),
                                    scores=str(len(preview.scores)), changed=str(changed)))
            criterion_said = {"create": self.tr("New criterion: {name} ({kind}, {percent}%, out of {top})"),
                              "update": self.tr("Changed criterion: {name} ({kind}, {percent}%, out of {top})"),
                              "unchanged": self.tr("Unchanged criterion: {name} ({kind}, {percent}%, out of {top})")}
            score_said = {"create": self.tr("New score: {criterion}, {identifier} {value} — {reasons}"),
                          "update": self.tr("Changed score: {criterion}, {identifier} {value} — {reasons}"),
                          "unchanged": self.tr("Unchanged score: {criterion}, {identifier} {value} — {reasons}")}
            lines = [criterion_said[c.action].format(name=c.name, kind=kind_label(c.kind), percent=number_text(c.weight),
                                                     top=number_text(c.max_score)) for c in preview.criteria]
            lines += [score_said[sc.action].format(criterion=sc.criterion, identifier=sc.bid_identifier,
                                                   value=number_text(sc.score), reasons=sc.reasons)
                      for sc in preview.scores]
        summary.setAccessibleName(self.tr("What importing would do"))
        details = QPlainTextEdit("\n".join(lines), self)
        details.setReadOnly(True)
        details.setAccessibleName(self.tr("Problems") if preview.problems else self.tr("Rows to import"))
        ok, cancel = QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel
        buttons = QDialogButtonBox(ok | cancel, self)
        self.import_button = buttons.button(ok)
        self.import_button.setText(self.tr("&Import"))
        self.import_button.setEnabled(not preview.problems and preview.changes_anything)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for widget in (summary, details, buttons):
            layout.addWidget(widget)


class OtherCriteriaDialog(QDialog):
    """The tender's other award criteria, every bid's score on them and the whole result."""

    def __init__(self, controller: WorkspaceController, tender_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller, self.tender_id = controller, tender_id
        self.criteria: list[CriterionView] = []
        self.bids: list[BidView] = []
        self.editable = False
        self.setWindowTitle(self.tr("Other award criteria"))
        self.setMinimumSize(760, 560)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = self._table(self.tr("Award criteria other than social value"))
        self.grid = self._table(self.tr("Each bid's score on each criterion"))
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.grid.horizontalHeader().setStretchLastSection(False)
        self.grid.horizontalHeader().setMinimumSectionSize(110)
        self.table.verticalHeader().setVisible(False)
        self.grid.cellDoubleClicked.connect(lambda *_: self.score_selected())
        self.table.itemSelectionChanged.connect(self._enable)
        self.grid.itemSelectionChanged.connect(self._enable)
        self.add_button = self._button(self.tr("&Add criterion…"), self.add_criterion)
        self.edit_button = self._button(self.tr("&Edit…"), self.edit_selected)
        self.remove_button = self._button(self.tr("&Remove…"), self.remove_selected)
        self.import_button = self._button(self.tr("&Import…"), self.choose_file)
        self.score_button = self._button(self.tr("&Score…"), self.score_selected)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(PROBLEM_STYLE)
        self.message.setAccessibleName(self.tr("Problem"))
        self.message.hide()
        self.whole = QLabel(self)
        self.whole.setWordWrap(True)
        self.whole.setTextFormat(Qt.TextFormat.RichText)
        self.whole.setAccessibleName(self.tr("The whole result"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        top = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.remove_button, self.import_button):
            top.addWidget(b)
        top.addStretch(1)
        scores = QHBoxLayout()
        scores.addWidget(self.score_button)
        scores.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addWidget(self.table, 2)
        layout.addWidget(QLabel(self.tr("Scores (double-click a cell, or select it and press Score…; the reasons "
                                        "show when you point at a score)"), self))
        layout.addLayout(scores)
        layout.addWidget(self.grid, 3)
        layout.addWidget(self.message)
        layout.addWidget(self.whole)
        layout.addWidget(close)
        self.reload()

    def _table(self, name: str) -> QTableWidget:
        t = QTableWidget(self)
        t.setAccessibleName(name)
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        t.setTabKeyNavigation(False)
        t.horizontalHeader().setStretchLastSection(True)
        t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return t

    def _button(self, text: str, slot) -> QPushButton:  # noqa: ANN001
        b = QPushButton(text, self)
        b.setAccessibleName(text.replace("&", "").rstrip("…"))
        b.clicked.connect(slot)
        return b

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def reload(self) -> None:
        tender = self.controller.read(get_tender, self.tender_id)
        self.criteria = self.controller.read(service.list_criteria, self.tender_id)
        self.bids = self.controller.read(list_bids, self.tender_id, include_withdrawn=False)
        self.editable = not self.controller.read_only and tender.status not in lifecycle.AFTER_AWARD
        self.intro.setText(self.tr(
            "Social value is {weight}% of the whole tender in {tender}. Record here the council's other award criteria "
            "(price, quality…), assessed outside CoopEval, and each bid's score with its reasons, so the summaries and "
            "the report can state the whole result. The weights of the other criteria and social value must add up "
            "to 100.").format(weight=number_text(tender.section_weight), tender=tender.reference)
            + ("" if self.editable else " " + self.tr(
                "They cannot change now: the tender is awarded (withdraw the award first) or the workspace is "
                "read-only.")))
        headers = [self.tr("Criterion"), self.tr("Kind"), self.tr("Weight %"), self.tr("Out of"),
                   self.tr("How it is scored")]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(self.criteria))
        for r, c in enumerate(self.criteria):
            for col, text in enumerate((c.name, kind_label(c.kind), number_text(c.weight),
                                        number_text(c.max_score), c.method)):
                item = QTableWidgetItem(text)
                if col in (2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, col, item)
        self.grid.clear()
        self.grid.setColumnCount(len(self.criteria))
        self.grid.setHorizontalHeaderLabels([f"{c.name}\n/{number_text(c.max_score)}" for c in self.criteria])
        self.grid.setRowCount(len(self.bids))
        self.grid.setVerticalHeaderLabels([f"{b.identifier} {b.display_name}" for b in self.bids])
        for r, b in enumerate(self.bids):
            for col, c in enumerate(self.criteria):
                held = next((s for s in c.scores if s.bid_id == b.id), None)
                item = QTableWidgetItem(number_text(held.score) if held else self.tr("not scored"))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(held.reasons if held else self.tr("No score yet"))
                self.grid.setItem(r, col, item)
        result = self.controller.read(whole_result, self.tender_id)
        self.whole.setText(whole_html(result) if result.recorded else self.tr(
            "No other award criteria are recorded: the summaries and the report state the social value part of the "
            "assessment only."))
        self.whole.setStyleSheet(COMPLETE_STYLE if result.complete and result.most_advantageous else INCOMPLETE_STYLE)
        self._enable()

    def _enable(self) -> None:
        picked = self.table.currentRow() >= 0 and bool(self.table.selectedItems())
        cell = bool(self.grid.selectedItems())
        self.add_button.setEnabled(self.editable)
        self.import_button.setEnabled(self.editable)
        self.edit_button.setEnabled(self.editable and picked)
        self.remove_button.setEnabled(self.editable and picked)
        self.score_button.setEnabled(self.editable and cell)

    def _selected_criterion(self) -> CriterionView | None:
        row = self.table.currentRow()
        return self.criteria[row] if 0 <= row < len(self.criteria) and self.table.selectedItems() else None

    def _run(self, dialog: QDialog) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.say("")
            self.reload()

    def add_criterion(self) -> None:
        self._run(CriterionDialog(self.controller, self.tender_id, None, self))

    def edit_selected(self) -> None:
        c = self._selected_criterion()
        if c is not None:
            self._run(CriterionDialog(self.controller, self.tender_id, c, self))

    def remove_selected(self) -> None:
        c = self._selected_criterion()
        if c is not None:
            self._run(RemoveDialog(self.controller, c, self))

    def score_selected(self) -> None:
        if not self.editable:
            return
        r, col = self.grid.currentRow(), self.grid.currentColumn()
        if 0 <= r < len(self.bids) and 0 <= col < len(self.criteria):
            self._run(ScoreDialog(self.controller, self.criteria[col], self.bids[r], self))

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import other award criteria"),
                                              str(self.controller.folder),
                                              self.tr("Spreadsheets (*.xlsx *.csv)"))
        if name:
            self.import_file(Path(name))

    def preview_dialog(self, path: Path) -> ImportPreviewDialog | None:
        outcome = self.controller.op(spreadsheet.preview_other_criteria, self.tender_id, path, inline=self.say,
                                     parent=self)
        return ImportPreviewDialog(outcome.value, self) if outcome.ok else None

    def import_file(self, path: Path) -> None:
        preview = self.preview_dialog(path)
        if preview is None or preview.exec() != QDialog.DialogCode.Accepted:
            return
        outcome = self.controller.op(spreadsheet.import_other_criteria, self.tender_id, path, inline=self.say,
                                     parent=self)
        if outcome.ok:
            self.say("")
            self.reload()
