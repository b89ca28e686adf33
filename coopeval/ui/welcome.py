"""What the window shows with no workspace open: create, open, the demo, and recent files. It only
says what the user asked for; the main window does it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    open_read_only_requested = Signal()
    demo_requested = Signal()
    frameworks_requested = Signal()
    recent_chosen = Signal(Path)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        intro = QLabel(self.tr(
            "<h2>CoopEval</h2><p>Everything an evaluation panel records for its tenders is kept in one "
            "workspace file. Create one, open one, or explore the demo.</p>"), self)
        intro.setWordWrap(True)
        self.new_button = QPushButton(self.tr("Create a &new workspace…"), self)
        self.open_button = QPushButton(self.tr("&Open a workspace…"), self)
        self.open_read_only_button = QPushButton(self.tr("Open a workspace &read-only…"), self)
        self.open_read_only_button.setToolTip(self.tr("Look at a workspace without being able to change it, "
                                                      "such as an archived, signed-off record"))
        self.demo_button = QPushButton(self.tr("Explore the &demo workspace"), self)
        self.frameworks_button = QPushButton(self.tr("Browse the &frameworks"), self)
        self.recent = QListWidget(self)
        self.recent.setAccessibleName(self.tr("Recent workspaces"))
        self.recent.itemActivated.connect(lambda item: self.recent_chosen.emit(Path(item.text())))
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.open_read_only_button.clicked.connect(self.open_read_only_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        self.frameworks_button.clicked.connect(self.frameworks_requested)
        layout = QVBoxLayout(self)
        for widget in (intro, self.new_button, self.open_button, self.open_read_only_button, self.demo_button,
                       self.frameworks_button):
            layout.addWidget(widget)
            if isinstance(widget, QPushButton):
                widget.setAccessibleName(widget.text().replace("&", "").rstrip("…"))
        layout.addWidget(QLabel(self.tr("Recent workspaces:"), self))
        layout.addWidget(self.recent)  # the list of recent workspaces takes the height left below the buttons

    def set_recent(self, files: list[str]) -> None:
        self.recent.clear()
        for path in files:
            QListWidgetItem(path, self.recent)
