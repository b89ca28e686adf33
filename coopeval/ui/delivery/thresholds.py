"""The Delivery page's rating thresholds dialog (issue 19, section 4): the % of promised delivery from which CoopEval
suggests Good, Approaching target and Requires improvement for the tender (below the last, Inadequate). Prefilled with
the tender's thresholds; saved through the controller; a refusal (the service's message) is said on the dialog's
problem line and the dialog stays open with what was typed. Suggestions change from then on, recorded ratings never."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from coopeval.domain.numbers import decimal_text
from coopeval.domain.ratings import Thresholds
from coopeval.ui.controller import WorkspaceController
from coopeval.ui.widgets import FormDialog

Recorder = Callable[..., Any]  # `set_thresholds(ws, tender, good, approaching, improvement)`, handed in by the page


class RatingThresholdsDialog(FormDialog):
    """Three percentages, each above the next: Good from, Approaching target from, Requires improvement from."""

    def __init__(self, controller: WorkspaceController, parent: QWidget | None, *, tender: int, reference: str,
                 current: Thresholds, record: Recorder):
        super().__init__(controller, parent, width=480, problem_name=self.tr("Problem with these rating thresholds"))
        self.tender, self.record = tender, record
        self.set_texts(self.tr("Rating thresholds: {reference}").format(reference=reference), self.tr("&Save thresholds"))
        self.add_note(self.tr("CoopEval suggests a KPI's rating from delivered ÷ promised in a rating period: Good from "
                              "the first threshold, Approaching target from the second, Requires improvement from the "
                              "third, and Inadequate below it."))
        self.good = self._percent(self.tr("&Good from (%):"), self.tr("Good from (%)"), current.good)
        self.approaching = self._percent(self.tr("&Approaching target from (%):"),
                                         self.tr("Approaching target from (%)"), current.approaching)
        self.improvement = self._percent(self.tr("Requires &improvement from (%):"),
                                         self.tr("Requires improvement from (%)"), current.improvement)
        self.add_note(self.tr("Suggestions use the new thresholds from now on; ratings already recorded never change "
                              "(each keeps the suggestion it was made beside)."))
        self.finish_form()

    def _percent(self, label: str, name: str, value: Decimal) -> QLineEdit:
        edit = QLineEdit(decimal_text(value), self)
        edit.setAccessibleName(name)
        edit.setPlaceholderText(self.tr("e.g. 90"))
        edit.textEdited.connect(lambda _t: self.say(""))
        self.add_field(label, edit)
        return edit

    def values(self) -> tuple[str, str, str]:
        return self.good.text().strip(), self.approaching.text().strip(), self.improvement.text().strip()

    def accept(self) -> None:
        outcome = self.controller.op(self.record, self.tender, *self.values(), parent=self, inline=self.say)
        if outcome.ok:
            super().accept()
