"""What the window shows with no workspace open: create, open, the demo, and recent files."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from coopeval.ui.main_window import MainWindow


class WelcomePage(QWidget):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.main_window = window
        intro = QLabel(self.tr(
            "<h2>CoopEval</h2><p>Everything an evaluation panel records for its tenders is kept in one "
            "workspace file. Create one, open one, or explore the demo.</p>"), self)
        intro.setWordWrap(True)
        self.new_button = QPushButton(self.tr("Create a &new workspace…"), self)
        self.open_button = QPushButton(self.tr("&Open a workspace…"), self)
        self.demo_button = QPushButton(self.tr("Explore the &demo workspace"), self)
        self.frameworks_button = QPushButton(self.tr("Browse the &frameworks"), self)
        self.recent = QListWidget(self)
        self.recent.setAccessibleName(self.tr("Recent workspaces"))
        self.recent.itemActivated.connect(lambda item: window.file_actions.open_path(Path(item.text())))
        self.new_button.clicked.connect(lambda: window.file_actions.new_workspace())
        self.open_button.clicked.connect(lambda: window.file_actions.open_dialog())
        self.demo_button.clicked.connect(self._open_demo)
        self.frameworks_button.clicked.connect(window.show_frameworks)
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        for widget in (intro, self.new_button, self.open_button, self.demo_button, self.frameworks_button):
            layout.addWidget(widget)
            if isinstance(widget, QPushButton):
                widget.setAccessibleName(widget.text().replace("&", "").rstrip("…"))
        layout.addWidget(QLabel(self.tr("Recent workspaces:"), self))
        layout.addWidget(self.recent)

    def set_recent(self, files: list[str]) -> None:
        self.recent.clear()
        for path in files:
            QListWidgetItem(path, self.recent)

    def _open_demo(self) -> None:
        from coopeval.services.demo import ensure_demo
        from coopeval.ui.errors import show_error

        try:
            path = ensure_demo()
        except Exception as exc:  # shown plainly
            show_error(self.main_window, exc)
            return
        self.main_window.file_actions.open_path(path)
