"""The selected bid's details: who the bidder is, and its answers to the tender's record fields (legal form,
statuses, ownership model, register numbers, each with its evidence where the field takes it; recorded, never scored).

A plain form: it is given the tender's record fields (`set_fields`: one control per field, in the frameworks' order),
loads a bid, reports whether the user has changed anything, and hands back the values; the page decides when to save
them."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QPoint, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coopeval.domain.dates import date_text, parse_date
from coopeval.domain.framework import RecordField
from coopeval.domain.numbers import InputError
from coopeval.domain.records import RecordAnswer
from coopeval.services.views import BidView
from coopeval.ui.widgets import limit_to_field, set_read_only, show_stored_text

CHOICE = "recordChoice"  # a "choices" check box's property: the answer it stands for, as stored


def choice_of(check: QCheckBox) -> str:
    """The stored answer a check box stands for (its text is in the user's language)."""
    value = check.property(CHOICE)
    return str(value) if value is not None else check.text()


class BidDetailsForm(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.bid: BidView | None = None
        self._loading = False
        self.dirty = False
        self.identifier = QLineEdit(self)
        self.identifier.setPlaceholderText(self.tr("e.g. Companies House or FCA number"))
        self.legal_name = QLineEdit(self)
        self.trading_name = QLineEdit(self)
        self.address = QLineEdit(self)  # made in the order they show, which is the Tab order
        self.email = QLineEdit(self)
        self.received_on = QLineEdit(self)
        self.received_on.setPlaceholderText(self.tr("e.g. 10/01/2027"))
        self.received_pick = QToolButton(self)  # beside the date, so next in the Tab order
        self.received_pick.setText(self.tr("Calendar…"))
        self.received_pick.setToolTip(self.tr("Choose the date from a calendar"))
        self.received_pick.setAccessibleName(self.tr("Choose the received-on date from a calendar"))
        self.received_pick.clicked.connect(self.pick_received_on)
        self.calendar = QCalendarWidget(self)
        self.calendar.setWindowFlags(Qt.WindowType.Popup)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setGridVisible(True)
        self.calendar.setAccessibleName(self.tr("Received on"))
        self.calendar.clicked.connect(self._date_picked)
        self.calendar.activated.connect(self._date_picked)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.calendar, self.calendar.hide,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        received = QWidget(self)
        received_row = QHBoxLayout(received)
        received_row.setContentsMargins(0, 0, 0, 0)
        received_row.addWidget(self.received_on, 1)
        received_row.addWidget(self.received_pick)
        self.records_heading = QLabel(self.tr("Organisation (recorded, never scored)"), self)
        font = self.records_heading.font()
        font.setBold(True)
        self.records_heading.setFont(font)
        self.records_heading.setWordWrap(True)
        self.records_heading.setAccessibleName(self.records_heading.text())
        self.other_answers = QLabel(self)  # answers to fields this tender does not ask (kept as they are)
        self.other_answers.setWordWrap(True)
        self.other_answers.setAccessibleName(self.tr("Other organisation answers on record"))
        self.fields: tuple[RecordField, ...] = ()
        self.record_controls: dict[str, QWidget] = {}  # field code → its combo box, check boxes' box, or line edit
        self.choice_boxes: dict[str, list[QCheckBox]] = {}  # a "choices" field's check boxes, in the field's order
        self.evidence_edits: dict[str, QLineEdit] = {}  # field code → its evidence, where the field takes evidence
        self._extra: tuple[RecordAnswer, ...] = ()
        self._editable = True
        self._built = False

        self.rows = rows = QFormLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        for text, widget in (
            (self.tr("&Identifier"), self.identifier), (self.tr("&Legal name"), self.legal_name),
            (self.tr("&Trading name"), self.trading_name), (self.tr("Addr&ess"), self.address),
            (self.tr("E&mail"), self.email), (self.tr("Recei&ved on"), received),
        ):
            label = QLabel(text, self)
            label.setBuddy(self.received_on if widget is received else widget)
            (self.received_on if widget is received else widget).setAccessibleName(text.replace("&", ""))
            rows.addRow(label, widget)
        rows.addRow(self.records_heading)
        self._fixed_rows = rows.rowCount()
        rows.addRow(self.other_answers)

        for edit in (self.identifier, self.legal_name, self.trading_name, self.email, self.address,
                     self.received_on):
            edit.textEdited.connect(self._changed)
        for edit in (self.identifier, self.received_on):
            fit_placeholder(edit)
        for edit, field in self._limited():
            limit_to_field(edit, field)
        self.set_fields(())

    # the tender's record fields ------------------------------------------------------------
    def set_fields(self, fields: tuple[RecordField, ...]) -> None:
        """One control per record field, in order, under the heading (none: the heading is hidden). The controls
        follow the date's calendar button in the Tab order, as they do on screen."""
        if tuple(fields) == self.fields and self._built:
            return
        self._built = True
        while self.rows.rowCount() > self._fixed_rows + 1:  # the record rows, above the other answers' note
            self.rows.removeRow(self._fixed_rows)
        self.fields, self.record_controls, self.choice_boxes, self.evidence_edits = tuple(fields), {}, {}, {}
        row = self._fixed_rows
        for f in fields:
            control = self._control(f)
            self.record_controls[f.code] = control
            label = QLabel(f.local("title"), self)  # the framework's Welsh when the app is in Welsh (issue 22)
            label.setWordWrap(True)
            label.setToolTip(f.local("description"))
            label.setBuddy(self.choice_boxes[f.code][0] if self.choice_boxes.get(f.code) else control)
            self.rows.insertRow(row, label, control)
            row += 1
            if f.evidence:
                evidence = QLineEdit(self)
                evidence.setAccessibleName(self.tr("Evidence for {field}").format(field=f.local("title")))
                evidence.setToolTip(self.tr("Where the answer is shown to be true: a register entry, a document "
                                            "and its page"))
                limit_to_field(evidence, "bid_record.evidence")
                evidence.textEdited.connect(self._changed)
                self.evidence_edits[f.code] = evidence
                evidence_label = QLabel(self.tr("Evidence"), self)
                evidence_label.setBuddy(evidence)
                self.rows.insertRow(row, evidence_label, evidence)
                row += 1
        self.records_heading.setVisible(bool(fields))
        chain = [self.received_pick, *self.record_widgets()]
        for before, after in zip(chain, chain[1:]):
            QWidget.setTabOrder(before, after)
        self.set_editable(self._editable)

    def _control(self, f: RecordField) -> QWidget:
        """A field's control. Choices are shown in the user's language and stored as the framework's English."""
        title, description = f.local("title"), f.local("description")
        if f.kind == "choice":
            combo = QComboBox(self)
            combo.addItem(self.tr("Not stated"), "")
            for choice in f.choices:
                combo.addItem(f.local_choice(choice), choice)
            combo.setAccessibleName(title)
            combo.setToolTip(description)
            combo.currentIndexChanged.connect(self._changed)
            return combo
        if f.kind == "choices":
            box = QWidget(self)
            box.setAccessibleName(title)
            box.setToolTip(description)
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            self.choice_boxes[f.code] = []
            for choice in f.choices:
                check = QCheckBox(f.local_choice(choice), box)
                check.setProperty(CHOICE, choice)  # the stored answer (the English), whatever the text shows
                check.setAccessibleName(f"{title}: {f.local_choice(choice)}")
                check.setToolTip(description)
                check.toggled.connect(self._changed)
                column.addWidget(check)
                self.choice_boxes[f.code].append(check)
            return box
        edit = QLineEdit(self)
        edit.setAccessibleName(title)
        edit.setToolTip(description)
        limit_to_field(edit, "bid_record.value")
        edit.textEdited.connect(self._changed)
        return edit

    def record_widgets(self) -> list[QWidget]:
        """The record fields' controls a user can reach, in reading (and Tab) order."""
        out: list[QWidget] = []
        for f in self.fields:
            control = self.record_controls[f.code]
            out.extend(self.choice_boxes[f.code] if f.kind == "choices" else [control])
            if f.code in self.evidence_edits:
                out.append(self.evidence_edits[f.code])
        return out

    def load(self, bid: BidView | None) -> None:
        """Show `bid` (None: an empty form for a new bid); the form is then unchanged."""
        self._loading = True
        self.bid = bid
        for edit, field in self._limited():  # stored text is shown whole, even beyond today's limit
            show_stored_text(edit, getattr(bid, field.removeprefix("bid.")) if bid else "", field)
        self.received_on.setText(date_text(bid.received_on) if bid else "")  # shown as 10 Jan 2027
        self._load_answers(bid.records if bid else ())
        self._loading = False
        self.dirty = False

    def _load_answers(self, answers: tuple[RecordAnswer, ...]) -> None:
        by_code: dict[str, list[RecordAnswer]] = {}
        for a in answers:
            by_code.setdefault(a.code.casefold(), []).append(a)
        for f in self.fields:
            given = by_code.pop(f.code.casefold(), [])
            control = self.record_controls[f.code]
            if isinstance(control, QComboBox):
                while control.count() > len(f.choices) + 1:  # a stored value outside the choices, shown before
                    control.removeItem(control.count() - 1)
                value = given[0].value if given else ""
                if control.findData(value) < 0:  # kept as stored (an older list's choice) rather than lost
                    control.addItem(value, value)
                control.setCurrentIndex(control.findData(value))
            elif isinstance(control, QLineEdit):
                show_stored_text(control, given[0].value if given else "", "bid_record.value")
            else:
                chosen = {a.value for a in given}
                for check in self.choice_boxes[f.code]:
                    check.setChecked(choice_of(check) in chosen)
            if f.code in self.evidence_edits:
                evidence = next((a.evidence for a in given if a.evidence), "")
                show_stored_text(self.evidence_edits[f.code], evidence, "bid_record.evidence")
        self._extra = tuple(a for rest in by_code.values() for a in rest)
        self.other_answers.setText(self.tr("Also on record: {answers}").format(answers="; ".join(
            f"{a.code}: {a.value}" for a in self._extra)) if self._extra else "")
        self.other_answers.setVisible(bool(self._extra))

    def answers(self) -> list[RecordAnswer]:
        """The answers as the form shows them, in the fields' order (a field left empty has none; evidence typed for
        a field left empty is handed on, for the service to refuse), then any answers to fields not asked here."""
        out: list[RecordAnswer] = []
        for f in self.fields:
            control = self.record_controls[f.code]
            evidence = self.evidence_edits[f.code].text() if f.code in self.evidence_edits else ""
            if isinstance(control, QComboBox):
                values = [control.currentData() or ""]
            elif isinstance(control, QLineEdit):
                values = [control.text()]
            else:
                values = [choice_of(c) for c in self.choice_boxes[f.code] if c.isChecked()] or [""]
            out.extend(RecordAnswer(f.code, v, evidence) for v in values if v.strip() or evidence.strip())
        return [*out, *self._extra]

    def _limited(self) -> tuple[tuple[QLineEdit, str], ...]:
        return ((self.identifier, "bid.identifier"), (self.legal_name, "bid.legal_name"),
                (self.trading_name, "bid.trading_name"), (self.email, "bid.email"), (self.address, "bid.address"))

    def values(self) -> dict[str, Any]:
        """What the user typed, by the bid service's field names (received_on as typed: the service reads it)."""
        return {
            "identifier": self.identifier.text(), "legal_name": self.legal_name.text(),
            "trading_name": self.trading_name.text(), "email": self.email.text(), "address": self.address.text(),
            "received_on": self.received_on.text(), "records": self.answers(),
        }

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        edits = [w for w in self.record_widgets() if isinstance(w, QLineEdit)]
        set_read_only(not editable, self.identifier, self.legal_name, self.trading_name, self.address, self.email,
                      self.received_on, *edits)
        for w in self.record_widgets():  # a list or a check box has no read-only state: it is greyed instead
            if not isinstance(w, QLineEdit):
                w.setEnabled(editable)
        self.received_pick.setEnabled(editable)

    def pick_received_on(self) -> None:
        """Open the calendar under the date field, on the date typed there (today if none or unreadable)."""
        try:
            day = parse_date(self.received_on.text()) or dt.date.today()
        except InputError:
            day = dt.date.today()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.calendar.adjustSize()
        self.calendar.move(self.received_on.mapToGlobal(QPoint(0, self.received_on.height())))
        self.calendar.show()
        self.calendar.setFocus()

    def _date_picked(self, day: QDate) -> None:
        self.calendar.hide()
        self.received_on.setText(date_text(dt.date(day.year(), day.month(), day.day())))
        self.received_on.setFocus()
        self._changed()

    def _changed(self) -> None:
        if not self._loading:
            self.dirty = True
            self.edited.emit()


def fit_placeholder(edit: QLineEdit) -> None:
    """Keep a field wide enough to show its whole hint, however the form around it is squeezed."""
    edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 24)
