"""Report page (being built)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from coopeval.ui.controller import WorkspaceController
from coopeval.ui.pages.base import TenderPage


class ReportPage(TenderPage):
    title = "Report"

    def __init__(self, controller: WorkspaceController, parent: QWidget | None = None):
        super().__init__(controller, parent)
        self.note = QLabel(self.tr("This page is not built yet."), self)
        QVBoxLayout(self).addWidget(self.note)

    def reload(self) -> None:
        pass
