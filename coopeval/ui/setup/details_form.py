"""The tender's details on the Set-up page: title, authority, value, duration, scale, the social value
section's weight of the whole tender (warned below PPN 002's 10%), moderation cut-offs and thresholds, and what the
published questionnaire tells bidders: the deadline for returns (checked as it is typed, shown back in words) and how
to ask clarification questions. Each field is saved when the officer leaves it, as one audited change.

"Documents in" chooses the language of the tender's documents (English, Welsh, or both with Welsh first; issue 22).
It changes no score, so unlike the other fields it stays editable at every stage."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coopeval.domain.dates import deadline_text, iso_deadline
from coopeval.domain.errors import CoopEvalError
from coopeval.domain.numbers import pence_to_text, pounds_to_pence
from coopeval.domain.scales import Scale
from coopeval.domain.scoring import section_weight_warning
from coopeval.services.setup import tenders
from coopeval.services.views import TenderView
from coopeval.ui.controller import WorkspaceController
from coopeval.ui.i18n import translate
from coopeval.ui.setup.inline import InlineMessage
from coopeval.ui.widgets import limit_to_field, show_stored_text

# The choices of "Documents in": each language is named in itself; the tooltip says what each means.
DOCUMENT_LANGUAGES = ("en", "cy", "cy+en")


def document_language_texts() -> dict[str, tuple[str, str]]:
    """code → (the text in the list, its tooltip)."""
    return {
        "en": ("English", translate("TenderDetailsForm", "Documents in English")),  # i18n: no
        "cy": ("Cymraeg", translate("TenderDetailsForm", "Documents in Welsh")),  # i18n: no
        "cy+en": (translate("TenderDetailsForm", "Cymraeg a Saesneg (Welsh first)"),
                  translate("TenderDetailsForm", "Each document in both languages: the Welsh part first, then the "
                                                 "English part")),
    }


def _percent_box(parent: QWidget, low: float, suffix: str) -> QDoubleSpinBox:
    box = QDoubleSpinBox(parent)
    box.setRange(low, 100)
    box.setDecimals(2)
    box.setSuffix(suffix)
    return box


class TenderDetailsForm(QGroupBox):
    def __init__(self, controller: WorkspaceController, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Tender details"))
        self.controller = controller
        self.scales: dict[str, Scale] = {}
        self.tender: TenderView | None = None
        self.title_edit = QLineEdit(self)
        self.authority = QLineEdit(self)
        limit_to_field(self.title_edit, "tender.title")
        limit_to_field(self.authority, "tender.authority")
        self.value = QLineEdit(self)
        self.value.setPlaceholderText(self.tr("e.g. 250000"))
        self.duration = QSpinBox(self)
        self.duration.setRange(0, 600)
        self.duration.setSpecialValueText(self.tr("not set"))
        self.duration.setSuffix(self.tr(" months"))
        self.scale = QComboBox(self)
        self.section_weight = _percent_box(self, 0.01, self.tr(" % of the whole tender"))
        self.discuss_at = _percent_box(self, 0, self.tr(" % of the scale"))
        self.split_above = _percent_box(self, 0, self.tr(" % of the scale"))
        self.min_rationale = QSpinBox(self)
        self.min_rationale.setRange(0, 2000)
        self.min_rationale.setSuffix(self.tr(" characters"))
        self.section_weight.setToolTip(self.tr("The social value section's weight of the whole tender. "
                                               "PPN 002 expects at least 10%."))
        self.discuss_at.setToolTip(self.tr("In moderation, scores spread by at least this share of the scale "
                                           "are flagged for discussion."))
        self.split_above.setToolTip(self.tr("In moderation, scores spread by more than this share of the scale "
                                            "are flagged as split."))
        self.disqualify = QCheckBox(self.tr("&Disqualify a bid below any minimum"), self)
        self.description = QPlainTextEdit(self)
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 10)
        self.description.installEventFilter(self)
        self.deadline = QLineEdit(self)
        self.deadline.setPlaceholderText(self.tr("e.g. 15/01/2027 12:00"))
        self.deadline.setToolTip(self.tr("The date and time (UK time) by which bidders must return the questionnaire, "
                                         "e.g. 15/01/2027 12:00 or 15 Jan 2027 2pm."))
        self.deadline_note = QLabel(self)
        self.deadline_note.setWordWrap(True)
        self.deadline_note.setTextFormat(Qt.TextFormat.PlainText)
        self.deadline_note.setAccessibleName(self.tr("Deadline for returns, as bidders will read it"))
        self.clarification = QPlainTextEdit(self)
        self.clarification.setTabChangesFocus(True)
        self.clarification.setPlaceholderText(self.tr("e.g. Through the council's e-tendering portal, by 12:00 on "
                                                      "8 January 2027; answers are shared with every bidder."))
        self.clarification.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 10)
        self.clarification.installEventFilter(self)
        self.weight_warning = QLabel(self)
        self.weight_warning.setWordWrap(True)
        self.weight_warning.setAccessibleName(self.tr("Social value weight warning"))
        self.weight_warning.setStyleSheet("QLabel { background: #fff4ce; color: #3b2f00; padding: 4px; }")
        self.message = InlineMessage(self.tr("Tender details message"), self)
        self.document_language = QComboBox(self)
        for code, (text, tip) in document_language_texts().items():
            self.document_language.addItem(text, code)
            self.document_language.setItemData(self.document_language.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
        self.document_language.setToolTip(self.tr(
            "The language of the questionnaire, the response template, the moderation report and the assessment "
            "summaries. It can be changed at any stage; each document can still be written in another language "
            "when it is made."))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels go above fields when narrow
        for label, field in (
            (self.tr("Tit&le"), self.title_edit), (self.tr("Authorit&y"), self.authority),
            (self.tr("&Contract value (£)"), self.value), (self.tr("D&uration"), self.duration),
            (self.tr("Scale"), self.scale), (self.tr("Social value &weight"), self.section_weight),
            (None, self.weight_warning),
            (self.tr("Discuss scores spread by"), self.discuss_at),
            (self.tr("Split scores spread above"), self.split_above),
            (self.tr("Minimum rationale length"), self.min_rationale), (None, self.disqualify),
            (self.tr("D&escription"), self.description),
            (self.tr("Deadline for returns"), self.deadline), (None, self.deadline_note),
            (self.tr("How bidders ask clarification questions"), self.clarification),
            (self.tr("Documents in"), self.document_language),
        ):
            if label is None:
                form.addRow(field)
            else:
                form.addRow(label, field)
                field.setAccessibleName(label.replace("&", ""))
        self.disqualify.setAccessibleName(self.tr("Disqualify a bid that misses any minimum threshold"))
        self.section_weight.setAccessibleName(self.tr("Social value weight, as a percentage of the whole tender"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)

        self.deadline.textEdited.connect(self._check_deadline)
        self.deadline.editingFinished.connect(self._save_deadline)
        self.title_edit.editingFinished.connect(lambda: self._save_text("title", self.title_edit.text()))
        self.authority.editingFinished.connect(lambda: self._save_text("authority", self.authority.text()))
        self.value.editingFinished.connect(self._save_value)
        self.duration.editingFinished.connect(
            lambda: self._save("duration_months", self.duration.value() or None))
        self.scale.activated.connect(self._save_scale)
        self.section_weight.valueChanged.connect(self._show_weight_warning)
        for key, box in (("section_weight", self.section_weight), ("discuss_at", self.discuss_at),
                         ("split_above", self.split_above)):
            box.editingFinished.connect(lambda key=key, box=box: self._save(key, f"{box.value():.2f}"))
        self.min_rationale.editingFinished.connect(
            lambda: self._save("min_rationale_chars", self.min_rationale.value()))
        self.disqualify.clicked.connect(lambda checked: self._save("disqualify_on_threshold", checked))
        self.document_language.activated.connect(self._save_document_language)

    # showing ------------------------------------------------------------------------------------
    def load(self, tender: TenderView | None, scales: dict[str, Scale], editable: bool) -> None:
        self.tender = tender
        self.scales = dict(scales)
        widgets = (self.title_edit, self.authority, self.value, self.duration, self.scale, self.section_weight,
                   self.discuss_at, self.split_above, self.min_rationale, self.disqualify, self.description,
                   self.deadline, self.clarification)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.scale.clear()
            for scale in self.scales.values():
                self.scale.addItem(scale.name, scale.id)
                self.scale.setItemData(self.scale.count() - 1, scale.description, Qt.ItemDataRole.ToolTipRole)
            self.document_language.blockSignals(True)
            if tender is not None:
                self.document_language.setCurrentIndex(max(0, self.document_language.findData(
                    tender.document_language or "en")))
            self.document_language.blockSignals(False)
            # not frozen by a stage: only a read-only workspace (or no tender) stops it changing
            self.document_language.setEnabled(tender is not None and not self.controller.read_only)
            if tender is None:
                return
            show_stored_text(self.title_edit, tender.title, "tender.title")  # whole, even beyond today's limit
            show_stored_text(self.authority, tender.authority, "tender.authority")
            self.value.setText(pence_to_text(tender.contract_value_pence).removeprefix("£"))
            self.duration.setValue(tender.duration_months or 0)
            self.scale.setCurrentIndex(self.scale.findData(tender.scale_id))
            self.section_weight.setValue(float(tender.section_weight))
            self.discuss_at.setValue(float(tender.discuss_at))
            self.split_above.setValue(float(tender.split_above))
            self.min_rationale.setValue(tender.min_rationale_chars)
            self.disqualify.setChecked(tender.disqualify_on_threshold)
            if self.description.toPlainText() != tender.description:
                self.description.setPlainText(tender.description)
            self.deadline.setText(_typed_deadline(tender.deadline))
            if self.clarification.toPlainText() != tender.clarification_route:
                self.clarification.setPlainText(tender.clarification_route)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
            for widget in widgets:
                widget.setEnabled(editable and tender is not None)
            self._show_weight_warning(self.section_weight.value())
            self._show_deadline(tender.deadline if tender is not None else None)

    def _show_deadline(self, stored: str | None, problem: str = "") -> None:
        """Under the field: the deadline in words as bidders will read it, or why what is typed is not a deadline."""
        if problem:
            text, style = problem, "QLabel { background: #fde7e9; color: #5c0a10; padding: 4px; }"  # i18n: no
        elif stored:
            text, style = self.tr("Returns are due by {deadline} (UK time).").format(deadline=deadline_text(stored)), ""
        else:
            text, style = self.tr("Not set: the questionnaire cannot be published without it."), ""
        self.deadline_note.setText(text)
        self.deadline_note.setStyleSheet(style)
        self.deadline_note.setAccessibleDescription(text)
        self.deadline_note.setVisible(self.tender is not None)

    def _check_deadline(self, text: str) -> str | None:
        """Check what is typed as it is typed; the stored form ('2027-01-15T12:00'), None when empty or refused."""
        try:
            stored = iso_deadline(text, self.tr("Deadline for returns"))
        except CoopEvalError as exc:
            self._show_deadline(None, str(exc))
            return None
        self._show_deadline(stored)
        return stored

    def _show_weight_warning(self, value: float) -> None:
        low = section_weight_warning(Decimal(f"{value:.2f}")) is not None
        self.weight_warning.setText(self.tr(
            "Warning: {weight}% is below the 10% minimum that PPN 002 expects. Allowed, but record the reason in "
            "the evaluation report.").format(weight=f"{value:g}")
            if low else "")
        self.weight_warning.setVisible(low)

    # saving -------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.description and event.type() == QEvent.Type.FocusOut:
            self._save_text("description", self.description.toPlainText(), strip=False)
        if watched is self.clarification and event.type() == QEvent.Type.FocusOut:
            self._save_text("clarification_route", self.clarification.toPlainText())
        return False

    def _save_deadline(self) -> None:
        if self.tender is None:
            return
        text = self.deadline.text().strip()
        if text and self._check_deadline(text) is None:
            return  # the reason stays under the field with what was typed; nothing is saved
        if (self._check_deadline(text) if text else None) == (self.tender.deadline or None):
            return
        self._save("deadline", text)

    def _save_text(self, key: str, text: str, strip: bool = True) -> None:
        self._save(key, text.strip() if strip else text)

    def _save_value(self) -> None:
        if self.tender is None:
            return
        tender_id = self.tender.id
        text = self.value.text().strip()
        self._call(lambda ws: tenders.update_tender(
            ws, tender_id, contract_value_pence=pounds_to_pence(text) if text else None))

    def _save(self, key: str, value: Any) -> None:
        if self.tender is None or not self.isEnabled() or not self.title_edit.isEnabled():
            return
        current = getattr(self.tender, key)
        if key in ("section_weight", "discuss_at", "split_above") and Decimal(current) == Decimal(value):
            return
        if current == value:
            return
        if key == "deadline" and current is None and value == "":
            return
        tender_id = self.tender.id
        self._call(lambda ws: tenders.update_tender(ws, tender_id, **{key: value}))

    def _save_document_language(self, _index: int) -> None:
        """Saved at any stage (it changes no score); a refusal is said under the form and the choice goes back."""
        code = self.document_language.currentData()
        if self.tender is None or code is None or code == (self.tender.document_language or "en"):
            return
        tender_id = self.tender.id
        outcome = self.controller.op(tenders.set_document_language, tender_id, code, inline=self.message.problem,
                                     parent=self)
        if outcome.ok:
            self.message.clear()
            if isinstance(outcome.value, TenderView):  # the page reloads it too, on the change announced
                self.tender = outcome.value
        else:
            self.document_language.setCurrentIndex(max(0, self.document_language.findData(
                self.tender.document_language or "en")))

    def _save_scale(self, _index: int) -> None:
        scale = self.scales.get(self.scale.currentData())
        if self.tender is not None and scale is not None and scale.id != self.tender.scale_id:
            tender_id = self.tender.id
            self._call(lambda ws: tenders.set_scale(ws, tender_id, scale))

    def _call(self, fn: Callable[..., Any]) -> None:
        """Save; a refused value is explained here and the field goes back to the saved value."""
        if self.tender is None:
            return
        if self.controller.op(fn, inline=self.message.problem, parent=self).ok:
            self.message.clear()
        else:
            self.load(self.tender, self.scales, True)


def _typed_deadline(stored: str | None) -> str:
    """A stored deadline ('2027-01-15T12:00') as it is typed in the field ('15/01/2027 12:00')."""
    if not stored:
        return ""
    date, _, time = stored.partition("T")
    parts = date.split("-")
    if len(parts) != 3 or not time:
        return stored
    return f"{parts[2]}/{parts[1]}/{parts[0]} {time[:5]}"
