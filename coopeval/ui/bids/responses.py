"""One bid's responses, measure by measure: the response text (pasted or typed), page references,
and for a quantitative measure the committed quantity in the measure's unit.

Typed text is never lost: the response is saved when a field loses focus, before moving to another
measure or bid, and when the page is hidden or the window closes (`flush`). A quantity the service
refuses is kept in its field with the service's message beside it, and the written response is
still saved (with the last accepted quantity), so only the bad number waits for a fix."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coopeval.services.bids import entry as bids
from coopeval.services.bids.input import quantity_problem
from coopeval.services.views import MeasureView, ResponseView
from coopeval.ui.controller import WorkspaceController
from coopeval.ui.widgets import set_read_only

MEASURE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def answered(response: ResponseView | None) -> bool:
    return bool(response and (response.text.strip() or response.quantity))


class ResponsesEditor(QWidget):
    answered_changed = Signal(int, int)  # bid id, number of measures answered

    def __init__(self, controller: WorkspaceController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.bid_id: int | None = None
        self.measures: list[MeasureView] = []
        self.responses: dict[int, ResponseView] = {}
        self.measure: MeasureView | None = None
        self.dirty = False
        self._loading = False

        self.measure_list = QListWidget(self)
        self.measure_list.setAccessibleName(self.tr("Measures to respond to"))
        self.measure_list.setWordWrap(True)
        self.measure_list.currentRowChanged.connect(self._measure_chosen)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setAccessibleName(self.tr("Measure being answered"))
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)  # Tab leaves the field, so the keyboard never gets stuck
        self.text.setPlaceholderText(self.tr("Paste or type the bid's response to this measure."))
        self.page_refs = QLineEdit(self)
        self.page_refs.setPlaceholderText(self.tr("e.g. pp. 12–14, appendix C"))
        self.quantity = QLineEdit(self)
        self.quantity.setPlaceholderText(self.tr("a number, 0 or more"))
        self.unit = QLabel(self)
        self.unit.setAccessibleName(self.tr("Unit of the committed quantity"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Response status"))
        self.save_button = QPushButton(self.tr("Save res&ponse"), self)
        self.save_button.setAccessibleName(self.tr("Save response"))
        self.save_button.clicked.connect(self.save_current)

        form = QFormLayout()
        self.text_label = QLabel(self.tr("Respo&nse"), self)
        self.refs_label = QLabel(self.tr("Pa&ge references"), self)
        self.quantity_label = QLabel(self.tr("Committed &quantity"), self)
        quantity_row = QHBoxLayout()
        quantity_row.addWidget(self.quantity, 1)
        quantity_row.addWidget(self.unit, 1)
        for label, widget, row in ((self.text_label, self.text, self.text),
                                   (self.refs_label, self.page_refs, self.page_refs),
                                   (self.quantity_label, self.quantity, quantity_row)):
            label.setBuddy(widget)
            widget.setAccessibleName(label.text().replace("&", ""))
            form.addRow(label, row)
        editor = QVBoxLayout()
        editor.addWidget(self.heading)
        editor.addLayout(form, 1)
        editor.addWidget(self.message)
        editor.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.measure_list, 2)
        layout.addLayout(editor, 3)

        for edit in (self.text, self.page_refs, self.quantity):
            edit.installEventFilter(self)
        self.text.textChanged.connect(self._edited)
        self.page_refs.textEdited.connect(self._edited)
        self.quantity.textEdited.connect(self._quantity_edited)
        self._show_measure(None)

    # what is shown -----------------------------------------------------------------------
    def show_bid(self, bid_id: int | None, measures: list[MeasureView], responses: list[ResponseView],
                 editable: bool) -> None:
        """Show a bid's responses. Call `flush` first; fields the service refused stay as typed when
        the same bid and measure are shown again."""
        keep = self.measure.id if self.measure else None
        keep_fields = self.dirty and bid_id == self.bid_id and keep in {m.id for m in measures}
        self.bid_id, self.measures = bid_id, list(measures)
        self.responses = {r.measure_id: r for r in responses}
        with QSignalBlocker(self.measure_list):
            self.measure_list.clear()
            for m in self.measures:
                item = QListWidgetItem(self.measure_list)
                item.setData(MEASURE_ID_ROLE, m.id)
                self._label_item(item, m)
        set_read_only(not editable, self.text, self.page_refs, self.quantity)
        self.save_button.setEnabled(editable and bid_id is not None)
        self.measure_list.setEnabled(bid_id is not None)
        ids = [m.id for m in self.measures]
        row = ids.index(keep) if keep in ids else (0 if ids else -1)
        with QSignalBlocker(self.measure_list):
            self.measure_list.setCurrentRow(row)
        if keep_fields:
            self.measure = self.measures[row]
        else:
            self._show_measure(self.measures[row] if row >= 0 and bid_id is not None else None)

    def select_measure(self, measure_id: int) -> bool:
        """Move to a measure (saving the current one first); False if the current one could not be saved."""
        ids = [m.id for m in self.measures]
        self.measure_list.setCurrentRow(ids.index(measure_id))
        return self.measure is not None and self.measure.id == measure_id

    def _label_item(self, item: QListWidgetItem, m: MeasureView) -> None:
        state = self.tr("answered") if answered(self.responses.get(m.id)) else self.tr("no response yet")
        item.setText(f"{m.code}  {m.title}\n    {state}")

    def _show_measure(self, m: MeasureView | None) -> None:
        self._loading = True
        self.measure = m
        r = self.responses.get(m.id) if m else None
        self.text.setPlainText(r.text if r else "")
        self.page_refs.setText(r.page_refs if r else "")
        self.quantity.setText((r.quantity or "") if r else "")
        quantitative = m is not None and m.kind == "quantitative"
        for w in (self.quantity_label, self.quantity, self.unit):
            w.setVisible(quantitative)
        self.unit.setText(m.unit or self.tr("(no unit given)") if quantitative and m else "")
        self.quantity.setAccessibleDescription(self.tr("Unit: {unit}").format(unit=m.unit or "") if quantitative and m else "")
        for field in (self.text, self.page_refs, self.quantity):
            field.setEnabled(m is not None)
        if m is None:
            self.heading.setText(self.tr("Choose a bid to see its responses.") if self.bid_id is None
                                 else self.tr("This tender has no measures yet."))
        else:
            kind = self.tr("quantitative: a committed quantity and the response that supports it") if quantitative \
                else self.tr("qualitative: a written response")
            self.heading.setText(self.tr("<b>{code} — {title}</b><br>{kind}").format(
                code=escape(m.code), title=escape(m.title), kind=escape(kind)))
            guidance = str(m.detail.get("bidder_guidance", ""))
            self.heading.setToolTip(guidance)
            self.heading.setAccessibleDescription(guidance)
        self.message.setText("")
        self._loading = False
        self.dirty = False

    # saving ------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FocusOut and watched in (self.text, self.page_refs, self.quantity):
            self.save_current()
        return super().eventFilter(watched, event)

    def flush(self) -> bool:
        return self.save_current()

    def save_current(self) -> bool:
        """Save what is in the fields, if changed; False (with the reason shown) if it was refused."""
        if not self.dirty or self.bid_id is None or self.measure is None or self.text.isReadOnly():
            return True
        if not self.controller.is_open:
            return True
        m, bid_id = self.measure, self.bid_id
        quantity = self.quantity.text().strip() if m.kind == "quantitative" else None

        def refused(problem: str) -> None:  # shown beside the fields, which keep their text
            self.message.setText(self.tr("Not saved: {problem}").format(problem=problem))
            if quantity:
                self._save_text_only(bid_id, m)

        outcome = self.controller.op(bids.set_response, bid_id, m.id, text=self.text.toPlainText(),
                                     page_refs=self.page_refs.text(), quantity=quantity or None,
                                     inline=refused, parent=self)
        if not outcome.ok:
            return False
        self._saved(bid_id, m, outcome.value)
        self.dirty = False
        self.message.setText(self.tr("Saved."))
        return True

    def _save_text_only(self, bid_id: int, m: MeasureView) -> None:
        """Keep the written response safe while the refused quantity waits in its field."""
        previous = self.responses.get(m.id)
        outcome = self.controller.op(bids.set_response, bid_id, m.id, text=self.text.toPlainText(),
                                     page_refs=self.page_refs.text(), quantity=previous.quantity if previous else None,
                                     inline=lambda _problem: None,  # the quantity's refusal already says enough
                                     parent=self)
        if not outcome.ok:
            return
        self._saved(bid_id, m, outcome.value)
        self.message.setText(self.message.text() + " " + self.tr("The written response was saved; the quantity was not."))

    def _saved(self, bid_id: int, m: MeasureView, view: ResponseView) -> None:
        self.responses[m.id] = view
        row = next((i for i, x in enumerate(self.measures) if x.id == m.id), None)
        if row is not None:
            self._label_item(self.measure_list.item(row), m)
        self.answered_changed.emit(bid_id, sum(1 for r in self.responses.values() if answered(r)))

    def _edited(self) -> None:
        if not self._loading:
            self.dirty = True
            if self.message.text() == self.tr("Saved."):
                self.message.setText("")

    def _quantity_edited(self) -> None:
        self._edited()
        problem = quantity_problem(self.quantity.text(), self.tr("Committed quantity"))
        self.message.setText(problem or "")

    def _measure_chosen(self, row: int) -> None:
        if self.measure is not None and not self.save_current():
            back = next((i for i, x in enumerate(self.measures) if x.id == self.measure.id), -1)
            with QSignalBlocker(self.measure_list):
                self.measure_list.setCurrentRow(back)
            self.quantity.setFocus() if self.quantity.isVisible() else self.text.setFocus()
            return
        self._show_measure(self.measures[row] if 0 <= row < len(self.measures) else None)
