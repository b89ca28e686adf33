"""The Delivery page's dialogs: record what the supplier delivered in a period, give the reason for a query or a
rejection, and rate the KPIs for a rating period. Each records through the controller; a refusal is said on the
dialog's problem line and the dialog stays open with what was typed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coopeval.domain import ratings
from coopeval.domain.dates import date_text
from coopeval.domain.periods import Period, period_text
from coopeval.services.delivery.views import CommitmentView, DeliveryView
from coopeval.ui.controller import WorkspaceController
from coopeval.ui.delivery.grid import ANSWERS, answer_text, commitment_name, promised_text, rating_label
from coopeval.ui.i18n import translate
from coopeval.ui.widgets import PROBLEM_STYLE, FormDialog

Recorder = Callable[..., Any]  # a service function, handed in by the page (the dialogs import no service)


def period_label(period: Period) -> str:
    if period.short:
        return translate("DeliveryDialogs", "{period} — {name} (short: {first} to {last})").format(
            period=period.key, name=period_text(period.key), first=date_text(period.first),
            last=date_text(period.last))
    return f"{period.key} — {period_text(period.key)}"


class RecordDeliveryDialog(FormDialog):
    """What the supplier delivered for one commitment in one period: a figure for a quantitative commitment, else
    yes / no / partly; the supplier's evidence references and a note."""

    def __init__(self, controller: WorkspaceController, parent: QWidget | None, *, record: Recorder,
                 commitment: CommitmentView, periods: Sequence[Period], period: str | None,
                 entry: DeliveryView | None):
        super().__init__(controller, parent, width=520, problem_name=self.tr("Problem with this delivery entry"))
        self.record, self.commitment = record, commitment
        self.set_texts(self.tr("Record delivery: {code}").format(code=commitment.code), self.tr("&Record"))
        self.add_note(f"{commitment.code}  {commitment.title or ''}\n{commitment.text}\n"
                      + self.tr("Promised: {promised}").format(promised=promised_text(commitment)))
        self.period = QComboBox(self)
        for p in periods:
            self.period.addItem(period_label(p), p.key)
        if period is not None and self.period.findData(period) >= 0:
            self.period.setCurrentIndex(self.period.findData(period))
        self.add_field(self.tr("&Period:"), self.period)
        self.figure: QLineEdit | None = None
        self.answer: QComboBox | None = None
        if commitment.kind == "quantitative":
            self.figure = QLineEdit(self)
            self.figure.setPlaceholderText(self.tr("e.g. 12"))
            if entry is not None and entry.actual is not None:
                self.figure.setText(entry.actual)
            self.add_field(self.tr("&Delivered ({unit}):").format(unit=commitment.unit) if commitment.unit
                           else self.tr("&Delivered:"), self.figure)
        else:
            self.answer = QComboBox(self)
            for key in ANSWERS:
                self.answer.addItem(answer_text(key), key)
            if entry is not None and entry.answer:
                self.answer.setCurrentIndex(max(self.answer.findData(entry.answer), 0))
            self.add_field(self.tr("&Delivered?"), self.answer)
        self.refs = QLineEdit(self)
        self.refs.setPlaceholderText(self.tr("e.g. payroll extract p.3; photos 12–15"))
        self.add_field(self.tr("&Evidence references:"), self.refs)
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        self.add_field(self.tr("&Note:"), self.note)
        if entry is not None:
            self.refs.setText(entry.evidence_refs)
            self.note.setPlainText(entry.note)
        self.period.currentIndexChanged.connect(lambda _i: self.say(""))
        self.finish_form()

    def accept(self) -> None:
        kwargs: dict[str, Any] = {"evidence_refs": self.refs.text().strip(), "note": self.note.toPlainText().strip()}
        if self.figure is not None:
            kwargs["actual"] = self.figure.text().strip()
        elif self.answer is not None:
            kwargs["answer"] = self.answer.currentData()
        outcome = self.controller.op(self.record, self.commitment.id, self.period.currentData(), parent=self,
                                     inline=self.say, **kwargs)
        if outcome.ok:
            super().accept()


class ReasonDialog(FormDialog):
    """The reason for querying or rejecting a delivery entry (required: the service refuses an empty one)."""

    def __init__(self, controller: WorkspaceController, parent: QWidget | None, *, check: Recorder,
                 entry: DeliveryView, state: str, title: str, ok_text: str, about: str):
        super().__init__(controller, parent, width=480, problem_name=self.tr("Problem with this check"))
        self.check, self.entry, self.state = check, entry, state
        self.set_texts(title, ok_text)
        self.add_note(about)
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        if entry.check == state:
            self.reason.setPlainText(entry.check_reason)
        self.add_field(self.tr("&Reason:"), self.reason)
        self.finish_form()

    def accept(self) -> None:
        reason = self.reason.toPlainText().strip()
        if not reason:
            self.say(self.tr("Give a reason: the supplier is told why."))
            return
        outcome = self.controller.op(self.check, self.entry.id, self.state, reason=reason, parent=self,
                                     inline=self.say)
        if outcome.ok:
            super().accept()


class RatingDialog(QDialog):
    """The KPIs' ratings for one rating period (a financial year): each KPI with what was promised and delivered in
    the period, CoopEval's suggestion, and the officer's rating in the PA 2023 words; a reason is required where the
    rating differs from the suggestion. `load(period)` gives the lines (the page reads them through the controller);
    `record(ws, commitment_id, period, rating, reason=…)` records one."""

    def __init__(self, controller: WorkspaceController, parent: QWidget | None, *, periods: Sequence[Period],
                 period: str | None, load: Callable[[str], Sequence[Any]], record: Recorder):
        super().__init__(parent)
        self.controller, self.load, self.record = controller, load, record
        self.setWindowTitle(self.tr("Rate KPIs"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumSize(self.fontMetrics().averageCharWidth() * 160, self.fontMetrics().lineSpacing() * 34)
        self.period = QComboBox(self)
        self.period.setAccessibleName(self.tr("Rating period"))
        for p in periods:
            self.period.addItem(period_label(p), p.key)
        if period is not None and self.period.findData(period) >= 0:
            self.period.setCurrentIndex(self.period.findData(period))
        top = QLabel(self.tr("Rating &period:"), self)
        top.setBuddy(self.period)
        self.intro = QLabel(self.tr(
            "Rate each KPI for the period in the words of a contract performance notice. CoopEval suggests a rating "
            "from delivered ÷ promised; where yours differs, say why."), self)
        self.intro.setWordWrap(True)
        self.grid_host = QWidget(self)
        self.grid = QGridLayout(self.grid_host)
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(5, 4)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        scroll.setAccessibleName(self.tr("KPIs to rate"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(PROBLEM_STYLE)
        self.message.setAccessibleName(self.tr("Problem with these ratings"))
        ok, cancel = QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel
        self.buttons = QDialogButtonBox(ok | cancel, self)
        self.ok_button = self.buttons.button(ok)
        self.ok_button.setText(self.tr("&Record ratings"))
        self.ok_button.setAccessibleName(self.tr("Record ratings"))
        self.buttons.button(cancel).setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        row = QGridLayout()
        row.addWidget(top, 0, 0)
        row.addWidget(self.period, 0, 1)
        row.setColumnStretch(2, 1)
        layout.addLayout(row)
        layout.addWidget(self.intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.lines: list[Any] = []
        self.combos: list[QComboBox] = []
        self.reasons: list[QLineEdit] = []
        self.period.currentIndexChanged.connect(lambda _i: self.show_period())
        self.show_period()

    def show_period(self) -> None:
        self.message.clear()
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        self.combos, self.reasons = [], []
        key = self.period.currentData()
        self.lines = list(self.load(key)) if key else []
        heads = (self.tr("KPI"), self.tr("Promised"), self.tr("Delivered in the period"), self.tr("Suggested"),
                 self.tr("Rating"), self.tr("Reason (required where the rating differs)"))
        for column, text in enumerate(heads):
            head = QLabel(f"<b>{text}</b>", self.grid_host)
            head.setWordWrap(True)
            self.grid.addWidget(head, 0, column)
        if not self.lines:
            self.grid.addWidget(QLabel(self.tr("No KPIs to rate: mark commitments as KPIs on the Award page."),
                                       self.grid_host), 1, 0, 1, 6)
        for row, line in enumerate(self.lines, start=1):
            c = line.commitment
            name = QLabel(commitment_name(c), self.grid_host)
            name.setWordWrap(True)
            name.setToolTip(c.text)
            self.grid.addWidget(name, row, 0)
            delivered = _figure(line.delivered, c.unit)
            if line.delivered is None and line.answers:  # a qualitative commitment: its accepted answers, in order
                delivered = ", ".join(answer_text(a) for a in line.answers)
            if line.achievement is not None:
                delivered += f" ({line.achievement} %)"
            if line.unchecked:
                delivered += "\n" + (self.tr("1 entry not yet accepted") if line.unchecked == 1 else
                                     self.tr("{count} entries not yet accepted").format(count=str(line.unchecked)))
            for column, text in ((1, _figure(line.promised, c.unit)), (2, delivered),
                                 (3, rating_label(line.suggestion))):
                self.grid.addWidget(QLabel(text, self.grid_host), row, column)
            combo = QComboBox(self.grid_host)
            combo.setAccessibleName(self.tr("Rating for {code}").format(code=c.code))
            for key_ in ratings.RATINGS:
                combo.addItem(rating_label(key_), key_)
            combo.setCurrentIndex(combo.findData(line.rating or line.suggestion))
            reason = QLineEdit(self.grid_host)
            reason.setAccessibleName(self.tr("Reason for the rating of {code}").format(code=c.code))
            reason.setText(line.reason or "")
            reason.setCursorPosition(0)  # a long reason shows its start
            reason.setToolTip(line.reason or "")
            combo.currentIndexChanged.connect(lambda _i, r=row - 1: self._rating_changed(r))
            self.grid.addWidget(combo, row, 4)
            self.grid.addWidget(reason, row, 5)
            self.combos.append(combo)
            self.reasons.append(reason)
            self._rating_changed(row - 1)
        self.grid.setRowStretch(len(self.lines) + 2, 1)
        for index in range(self.grid.count()):  # made while the dialog may be showing: shown now, not later
            item = self.grid.itemAt(index)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.show()

    def _rating_changed(self, index: int) -> None:
        differs = self.combos[index].currentData() != self.lines[index].suggestion
        reason = self.reasons[index]
        reason.setPlaceholderText(self.tr("Required: why it differs") if differs
                                  else self.tr("Optional"))

    def missing_reasons(self) -> list[str]:
        return [line.commitment.code for line, combo, reason in zip(self.lines, self.combos, self.reasons)
                if combo.currentData() != line.suggestion and not reason.text().strip()]

    def accept(self) -> None:
        missing = self.missing_reasons()
        if missing:
            self.message.setText(self.tr("Give a reason for each rating that differs from the suggestion: {codes}.")
                                 .format(codes=", ".join(missing)))
            return
        key = self.period.currentData()
        for line, combo, reason in zip(self.lines, self.combos, self.reasons):
            rating, why = combo.currentData(), reason.text().strip()
            if rating == line.rating and why == (line.reason or ""):
                continue  # unchanged: nothing to record
            code = line.commitment.code

            def said(text: str, code: str = code) -> None:
                self.message.setText(f"{code}: {text}")

            outcome = self.controller.op(self.record, line.commitment.id, key, rating, reason=why, parent=self,
                                         inline=said)
            if not outcome.ok:
                return
        super().accept()


def _figure(value: object, unit: str | None) -> str:
    if value is None or value == "":
        return "—"
    return f"{value} {unit or ''}".strip()



