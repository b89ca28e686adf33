"""The user guide in a window: `docs/guide.md` from the installation (so it works offline), its
screenshots resolved beside it, a contents list of its tasks, and a find box. A guide missing from
the installation is said plainly in the window, never as an error."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, Qt, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QImageReader,
    QKeySequence,
    QShortcut,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from coopeval.paths import shipped

GUIDE_FILE = "guide.md"
MAX_IMAGE_WIDTH = 760  # screenshots are taken at 1280 px; narrower reads better beside the contents
BLOCK_ROLE = Qt.ItemDataRole.UserRole + 1


def guide_path() -> Path | None:
    """The installed user guide, or None when the installation lacks it."""
    try:
        path = shipped("docs") / GUIDE_FILE
    except FileNotFoundError:
        return None
    return path if path.is_file() else None


class HelpWindow(QWidget):
    """A window of its own (not modal), so the guide can stay open beside the work it explains."""

    def __init__(self, parent: QWidget | None = None, *, path: Path | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("CoopEval user guide"))
        self.setAccessibleName(self.tr("CoopEval user guide"))
        self.resize(1100, 760)
        self.path = path if path is not None else guide_path()
        self._page = QUrl()

        self.find_field = QLineEdit(self)
        self.find_field.setAccessibleName(self.tr("Find in the guide"))
        self.find_field.setPlaceholderText(self.tr("Find in the guide (Ctrl+F), then Enter for the next"))
        self.find_field.setClearButtonEnabled(True)
        self.find_field.returnPressed.connect(self.find_next)
        self.find_button = QPushButton(self.tr("Find &next"), self)
        self.find_button.setAccessibleName(self.tr("Find the next match"))
        self.find_button.clicked.connect(self.find_next)
        self.back_button = QPushButton(self.tr("◀ &Back"), self)
        self.back_button.setAccessibleName(self.tr("Back to the page before"))
        self.back_button.setToolTip(self.tr("Back to the page before (Alt+Left)"))
        self.back_button.setEnabled(False)
        self.back_button.hide()  # shown once a link has led to another page
        self.find_status = QLabel(self)
        self.find_status.setAccessibleName(self.tr("Search result"))
        find_shortcut = QShortcut(QKeySequence.StandardKey.Find, self)
        find_shortcut.activated.connect(self.find_field.setFocus)
        close_shortcut = QShortcut(QKeySequence.StandardKey.Close, self)
        close_shortcut.activated.connect(self.close)
        escape_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)  # as a dialog closes
        escape_shortcut.activated.connect(self.close)

        self.contents = QListWidget(self)
        self.contents.setAccessibleName(self.tr("Contents of the user guide"))
        self.contents.itemActivated.connect(self._go_to_item)
        self.contents.currentItemChanged.connect(lambda item, _previous: self._go_to_item(item))
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setOpenLinks(False)  # local pages open here, the web in the browser (see _link)
        self.browser.anchorClicked.connect(self._link)
        self.browser.sourceChanged.connect(self._loaded)  # also after following a link to another page
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.browser.backwardAvailable.connect(lambda available: self.back_button.setVisible(available))
        self.back_button.clicked.connect(self.browser.backward)

        find_row = QHBoxLayout()
        find_row.addWidget(self.back_button)
        find_row.addWidget(self.find_field, 1)
        find_row.addWidget(self.find_button)
        find_row.addWidget(self.find_status)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 800])
        layout = QVBoxLayout(self)
        layout.addLayout(find_row)
        layout.addWidget(splitter, 1)
        self.load()

    def centre_on(self, widget: QWidget) -> None:
        """Place the window over the middle of `widget`'s window, kept whole on that screen (made smaller
        if the screen is). Its frame is taken to be as wide as the main window's, which it will have."""
        main = widget.window()
        over = main.frameGeometry()
        frame_w, frame_h = over.width() - main.width(), over.height() - main.height()
        screen = main.screen() or self.screen()
        available = screen.availableGeometry() if screen is not None else QRect(over)
        self.resize(min(self.width(), available.width() - frame_w), min(self.height(), available.height() - frame_h))
        frame = QRect(0, 0, self.width() + frame_w, self.height() + frame_h)
        frame.moveCenter(over.center())
        frame.moveLeft(max(available.left(), min(frame.left(), available.right() - frame.width() + 1)))
        frame.moveTop(max(available.top(), min(frame.top(), available.bottom() - frame.height() + 1)))
        self.move(frame.topLeft())

    # loading ---------------------------------------------------------------------------------
    @property
    def found(self) -> bool:
        return self.path is not None and self.path.is_file()

    def load(self) -> None:
        if self.path is None or not self.found:
            self.browser.setHtml(self.tr(
                "<h2>The user guide is not installed</h2><p>This copy of CoopEval has no user guide "
                "(docs/guide.md). Everything else works as usual. To get the guide back, reinstall "
                "CoopEval, or ask your IT team for the guide file.</p>"))
            self._loaded(QUrl())
            return
        self.browser.setSearchPaths([str(self.path.parent)])
        self.browser.setSource(QUrl.fromLocalFile(str(self.path)), QTextDocument.ResourceType.MarkdownResource)

    def _loaded(self, url: QUrl) -> None:
        self._page = url  # source() may not say so yet while sourceChanged is being emitted
        self._fit_images()
        self._fill_contents()

    def _fit_images(self) -> None:
        """Scale wide screenshots down to MAX_IMAGE_WIDTH (height follows, keeping the proportions)."""
        document = self.browser.document()
        block = document.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                fmt = fragment.charFormat()
                if fmt.isImageFormat():
                    image_format = fmt.toImageFormat()
                    size = QImageReader(self.image_file(image_format.name())).size()  # the header only
                    if size.width() > MAX_IMAGE_WIDTH:
                        scaled = QTextImageFormat(image_format)
                        scaled.setWidth(MAX_IMAGE_WIDTH)
                        scaled.setHeight(size.height() * MAX_IMAGE_WIDTH / size.width())
                        cursor = QTextCursor(document)
                        cursor.setPosition(fragment.position())
                        cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                        cursor.setCharFormat(scaled)
                it += 1
            block = block.next()
        document.setModified(False)

    def image_file(self, name: str) -> str:
        """The file an image reference in the guide points at (relative to the page shown)."""
        url = QUrl(name)
        return (self._page.resolved(url) if url.isRelative() else url).toLocalFile()

    def _fill_contents(self) -> None:
        self.contents.blockSignals(True)
        try:
            self.contents.clear()
            block = self.browser.document().begin()
            while block.isValid():
                level = block.blockFormat().headingLevel()
                if level in (1, 2, 3) and block.text().strip():
                    item = QListWidgetItem(("    " * (level - 1)) + block.text().strip(), self.contents)
                    item.setData(BLOCK_ROLE, block.blockNumber())
                    if level == 1:
                        font = item.font()
                        font.setBold(True)
                        item.setFont(font)
                block = block.next()
        finally:
            self.contents.blockSignals(False)

    # moving about ----------------------------------------------------------------------------
    def headings(self) -> list[str]:
        return [self.contents.item(n).text().strip() for n in range(self.contents.count())]

    def show_section(self, heading: str) -> bool:
        """Scroll to the first heading that starts with `heading` (case-insensitive)."""
        wanted = heading.casefold()
        for n, text in enumerate(self.headings()):
            if text.casefold().startswith(wanted):
                self.contents.setCurrentRow(n)
                self._go_to_item(self.contents.item(n))
                return True
        return False

    def _go_to_item(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        block = self.browser.document().findBlockByNumber(item.data(BLOCK_ROLE))
        if not block.isValid():
            return
        self.browser.setTextCursor(QTextCursor(block))
        top = self.browser.document().documentLayout().blockBoundingRect(block).top()
        self.browser.verticalScrollBar().setValue(int(top))

    def find_next(self) -> None:
        text = self.find_field.text()
        if not text:
            self.find_status.clear()
            return
        if not self.browser.find(text):  # from the top again
            self.browser.moveCursor(QTextCursor.MoveOperation.Start)
            if not self.browser.find(text):
                self.find_status.setText(self.tr("Not found"))
                return
        self.find_status.setText("")

    def _link(self, url: QUrl) -> None:
        if url.isRelative() and not url.path():
            return  # an in-page anchor; Qt's Markdown has none, so nothing to follow
        target = self.browser.source().resolved(url) if url.isRelative() else url
        if target.isLocalFile() and target.toLocalFile().endswith(".md") and Path(target.toLocalFile()).is_file():
            self.browser.setSource(target, QTextDocument.ResourceType.MarkdownResource)
        else:
            QDesktopServices.openUrl(target)


def show_user_guide(parent: QWidget, section: str | None = None) -> HelpWindow:
    """Show the guide (one window per parent, reused), optionally at a section."""
    window = parent.findChild(HelpWindow, options=Qt.FindChildOption.FindDirectChildrenOnly)
    if window is None:
        window = HelpWindow(parent)
    if not window.isVisible():  # opening: over the middle of the main window (left where it was moved if open)
        window.centre_on(parent)
    window.show()
    window.raise_()
    window.activateWindow()
    if section:
        window.show_section(section)
    return window
