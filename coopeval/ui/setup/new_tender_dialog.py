"""New tender: the few details needed to start; everything else is on the Set-up page."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from coopeval.domain.scales import Scale
from coopeval.services.changes import Changes
from coopeval.services.setup import tenders
from coopeval.services.views import TenderView
from coopeval.ui.controller import WorkspaceController
from coopeval.ui.widgets import limit_to_field


class NewTenderDialog(QDialog):
    def __init__(self, controller: WorkspaceController, scales: dict[str, Scale], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New tender"))
        self.controller = controller
        self.scales = scales
        self.created: TenderView | None = None
        self.reference = QLineEdit(self)
        self.title_edit = QLineEdit(self)
        self.authority = QLineEdit(self)
        for edit, field in ((self.reference, "tender.reference"), (self.title_edit, "tender.title"),
                            (self.authority, "tender.authority")):
            limit_to_field(edit, field)
        self.value = QLineEdit(self)
        self.value.setPlaceholderText(self.tr("e.g. £250,000"))
        self.value.setMinimumWidth(self.value.fontMetrics().horizontalAdvance(self.value.placeholderText()) + 24)
        self.duration = QSpinBox(self)
        self.duration.setRange(0, 600)
        self.duration.setSpecialValueText(self.tr("not set"))
        self.duration.setSuffix(self.tr(" months"))
        self.scale = QComboBox(self)
        for scale in scales.values():
            self.scale.addItem(f"{scale.name} — {scale.description}", scale.id)
        self.weight = QDoubleSpinBox(self)
        self.weight.setRange(0.01, 100)
        self.weight.setDecimals(2)
        self.weight.setValue(10)
        self.weight.setSuffix(" %")
        self.weight_note = QLabel(self)
        self.weight_note.setWordWrap(True)
        self.weight.valueChanged.connect(self._weight_changed)
        form = QFormLayout(self)
        for label, widget in (
            (self.tr("&Reference"), self.reference), (self.tr("&Title"), self.title_edit),
            (self.tr("&Authority"), self.authority), (self.tr("Contract &value (£)"), self.value),
            (self.tr("&Duration"), self.duration), (self.tr("&Scale"), self.scale),
            (self.tr("Social value &weight of the whole tender"), self.weight),
        ):
            form.addRow(label, widget)
            widget.setAccessibleName(label.replace("&", ""))
        form.addRow("", self.weight_note)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Problems with the new tender"))
        form.addRow(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._weight_changed(self.weight.value())

    def _not_created(self, problem: str) -> None:
        lines = problem.splitlines()
        if len(lines) > 1:  # one line per problem, each naming its field
            self.message.setText(self.tr("Not created, {count} problems:\n{problems}").format(
                count=len(lines), problems="\n".join(f"• {line}" for line in lines)))
        else:
            self.message.setText(self.tr("Not created: {problem}").format(problem=problem))

    def _weight_changed(self, value: float) -> None:
        self.weight_note.setText(
            self.tr("Below the 10% that central government guidance (PPN 002) sets as a floor.") if value < 10 else "")

    def accept(self) -> None:
        self.message.setText("")

        def create(ws) -> tuple[TenderView, Changes]:  # noqa: ANN001 - the runner's workspace
            # The service reads every field, the value too, and reports all their problems at once.
            return tenders.create_tender(
                ws, reference=self.reference.text(), title=self.title_edit.text(),
                authority=self.authority.text(), contract_value=self.value.text(),
                duration_months=self.duration.value() or None, scale=self.scales[self.scale.currentData()],
                section_weight=f"{self.weight.value():.2f}",
            )

        # a refusal is shown in the dialog, which stays open with what was typed
        outcome = self.controller.op(create, inline=self._not_created, parent=self)
        if outcome.ok:
            self.created = outcome.value
            super().accept()
