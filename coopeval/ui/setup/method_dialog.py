"""Edit how a quantitative measure is marked on this tender: method, direction, target and bands.
A refused change is explained in the dialog, which stays open with the officer's input."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from coopeval.services.setup import tenders
from coopeval.services.setup.params import bands_text, parse_bands
from coopeval.services.views import MeasureView
from coopeval.ui.controller import WorkspaceController
from coopeval.ui.setup.inline import InlineMessage


class SetupMethodDialog(QDialog):
    def __init__(self, controller: WorkspaceController, measure: MeasureView, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller, self.measure = controller, measure
        self.setWindowTitle(self.tr("How {code} is marked").format(code=measure.code))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)  # room for a few bands; follows the font
        self.method = QComboBox(self)
        for label, key in ((self.tr("Relative to the best bid"), "relative"), (self.tr("Towards a target"), "target"),
                           (self.tr("In bands"), "banded"), (self.tr("Recorded only, not marked"), "record_only")):
            self.method.addItem(label, key)
        self.method.setCurrentIndex(max(0, self.method.findData(measure.method)))
        self.direction = QComboBox(self)
        self.direction.addItem(self.tr("Higher is better"), "higher")
        self.direction.addItem(self.tr("Lower is better"), "lower")
        self.direction.setCurrentIndex(1 if measure.direction == "lower" else 0)
        self.target = QLineEdit(measure.target or "", self)
        self.target.setPlaceholderText(self.tr("e.g. 20"))
        self.bands = QLineEdit(bands_text(measure.bands), self)
        self.bands.setPlaceholderText(self.tr("threshold: share; … e.g. 10: 0.25; 25: 0.5; 50: 1"))
        self.help = QLabel(self)
        self.help.setWordWrap(True)
        self.message = InlineMessage(self.tr("Method message"), self)
        heading = QLabel(f"<b>{measure.code}</b> {measure.title}" + (f" ({measure.unit})" if measure.unit else ""), self)
        heading.setWordWrap(True)

        form = QFormLayout(self)
        form.addRow(heading)
        for label, widget in ((self.tr("&Method"), self.method), (self.tr("&Direction"), self.direction),
                              (self.tr("&Target"), self.target), (self.tr("&Bands"), self.bands)):
            form.addRow(label, widget)
            widget.setAccessibleName(label.replace("&", ""))
        form.addRow(self.help)
        form.addRow(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.method.currentIndexChanged.connect(self._update)
        self.direction.currentIndexChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        method = self.method.currentData()
        self.target.setEnabled(method == "target")
        self.bands.setEnabled(method == "banded")
        self.direction.setEnabled(method != "record_only")
        lower = self.direction.currentData() == "lower"
        self.help.setText({
            "relative": self.tr("Each bid gets its share of the marks against the best bid's commitment."),
            "target": self.tr("Each bid gets its progress towards the target, full marks once it is met."),
            "banded": self.tr("A bid gets the share (0 to 1) of the first band whose threshold it does not exceed.")
            if lower else self.tr("A bid gets the share (0 to 1) of the last band whose threshold it reaches."),
            "record_only": self.tr("The quantity is recorded and reported but earns no marks."),
        }[method])

    def accept(self) -> None:
        method = self.method.currentData()
        params = {"method": method}
        if method == "target":  # a disabled field's text is not sent
            params["target"] = self.target.text().strip() or None
        direction = self.direction.currentData()
        if direction != (self.measure.direction or "higher"):
            params["direction"] = direction
        bands = self.bands.text()

        def save(ws):  # noqa: ANN001, ANN202 - parsing inside, so a badly written band is explained too
            if method == "banded":
                params["bands"] = parse_bands(bands, f"{self.measure.code} bands")
            return tenders.set_measure(ws, self.measure.id, **params)

        if self.controller.op(save, inline=self.message.problem, parent=self).ok:
            self.message.clear()
            super().accept()
