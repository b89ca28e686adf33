"""The main window. For now it holds the framework browser; later the workspace's pages join it."""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QVBoxLayout, QWidget

from coopeval import __version__
from coopeval.services.catalogue import Catalogue
from coopeval.ui.framework_browser import FrameworkBrowser


class MainWindow(QMainWindow):
    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None):
        super().__init__(parent)
        self.catalogue = catalogue
        self.setWindowTitle(self.tr("CoopEval – frameworks"))
        self.resize(1200, 760)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        self.problems_banner = QLabel(self)
        self.problems_banner.setWordWrap(True)
        self.problems_banner.setAccessibleName(self.tr("Framework files that could not be loaded"))
        self.problems_banner.setStyleSheet("QLabel { background: #fff4ce; color: #3b2f00; padding: 6px; }")
        self.problems_banner.setVisible(bool(catalogue.problems))
        if catalogue.problems:
            lines = "<br>".join(escape(str(p)) for p in catalogue.problems[:10])
            more = len(catalogue.problems) - 10
            self.problems_banner.setText(
                self.tr("Some framework files could not be loaded and are not shown:")
                + f"<br>{lines}" + (f"<br>… and {more} more" if more > 0 else "")
            )
        self.browser = FrameworkBrowser(catalogue.frameworks, self)
        layout.addWidget(self.problems_banner)
        layout.addWidget(self.browser)
        self.setCentralWidget(central)
        self._build_menus()
        count = sum(len(fw.measures()) for fw in catalogue.frameworks)
        self.statusBar().showMessage(
            self.tr("Frameworks: %1 · Measures: %2").replace("%1", str(len(catalogue.frameworks))).replace("%2", str(count))
        )

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About CoopEval"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About CoopEval"),
            self.tr(
                "<h3>CoopEval %1</h3><p>Score the co-operative social value of tender bids, "
                "beside your council's own TOMs.</p>"
            ).replace("%1", __version__),
        )
