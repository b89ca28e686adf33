"""A horizontal stacked bar per bid, best first: its score out of 100 split by theme, drawn with
QPainter (PySide6-Essentials has no QtCharts).

Colour is never the only signal: each theme has a letter, printed in every segment wide enough
to hold it (with the value where that fits too) and in the legend; segments are parted by a
white gap; each bar ends with its total; hovering a segment names it. The chart paints its own
white background, so the palette's contrast (see `palette`) holds under any desktop theme. Its
text alternative is the ranking table, which holds the same figures.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from coopeval.ui.results import palette

ROW, BAR, LEGEND_ROW, AXIS, MARGIN, NAME_WIDTH, TOTAL_WIDTH = 28, 20, 20, 22, 10, 210, 120
HUNDRED = Decimal(100)


@dataclass(frozen=True)
class Theme:
    letter: str
    label: str  # e.g. "Equity and Equality (of 26)"


@dataclass(frozen=True)
class Bar:
    label: str  # e.g. "1. Hearth & Table Ltd"
    total: str  # as printed in the table
    values: tuple[str, ...]  # one figure per theme, as printed
    note: str = ""  # e.g. "disqualified"


class ThemeBarChart(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.themes: tuple[Theme, ...] = ()
        self.bars: tuple[Bar, ...] = ()
        self._drawn: tuple[tuple[int, int, float], QPixmap] | None = None  # the chart as last painted, by size
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable by keyboard, so a screen reader announces it

    def set_data(self, themes: tuple[Theme, ...], bars: tuple[Bar, ...]) -> None:
        self.themes, self.bars = tuple(themes), tuple(bars)
        self._drawn = None
        self.setMinimumHeight(self._height())
        self.updateGeometry()
        self.update()

    def text_alternative(self) -> str:
        """The chart in words, one line per bid."""
        lines = []
        for bar in self.bars:
            parts = "; ".join(f"{t.letter} {t.label}: {v}" for t, v in zip(self.themes, bar.values))
            lines.append(f"{bar.label}: {bar.total}{' (' + bar.note + ')' if bar.note else ''} — {parts}")
        return "\n".join(lines)

    # geometry --------------------------------------------------------------------------------
    def _legend_rows(self) -> int:
        return (len(self.themes) + 1) // 2

    def _height(self) -> int:
        if not self.bars:
            return 0
        return MARGIN * 2 + self._legend_rows() * LEGEND_ROW + MARGIN + len(self.bars) * ROW + AXIS

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(640, max(self._height(), 60))

    def _plot(self) -> tuple[float, float, float]:
        """(top of the first bar row, x of 0, pixels per point)."""
        top = MARGIN * 2 + self._legend_rows() * LEGEND_ROW
        left = MARGIN + NAME_WIDTH
        width = max(self.width() - left - TOTAL_WIDTH - MARGIN, 50)
        return top, left, width / float(HUNDRED)

    def _segments(self, row: int) -> list[tuple[QRectF, int]]:
        top, left, scale = self._plot()
        y = top + row * ROW + (ROW - BAR) / 2
        x, out = float(left), []
        for index, value in enumerate(self.bars[row].values):
            w = float(Decimal(value)) * scale
            if w > 0:
                out.append((QRectF(x, y, w, BAR), index))
            x += w
        return out

    # painting --------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        """Drawn once per data and size into a pixmap, which every later paint (scrolling, a tab
        shown again, a window uncovered) copies: no Python per bar on the main thread then."""
        ratio = self.devicePixelRatioF()
        size = (self.width(), self.height(), ratio)
        if self._drawn is None or self._drawn[0] != size:
            pixmap = QPixmap(max(1, round(self.width() * ratio)), max(1, round(self.height() * ratio)))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(QColor(palette.BACKGROUND))
            p = QPainter(pixmap)
            p.setFont(self.font())
            p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            if self.bars:
                self._legend(p)
                self._grid(p)
                for row in range(len(self.bars)):
                    self._bar(p, row)
            p.end()
            self._drawn = (size, pixmap)
        p = QPainter(self)
        p.drawPixmap(0, 0, self._drawn[1])
        p.end()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._drawn = None  # drawn again in the new font
        super().changeEvent(event)

    def _legend(self, p: QPainter) -> None:
        metrics = QFontMetrics(self.font())
        half = (self.width() - 2 * MARGIN) // 2
        for index, theme in enumerate(self.themes):
            column, line = index % 2, index // 2
            x, y = MARGIN + column * half, MARGIN + line * LEGEND_ROW
            swatch = QRect(x, y + 2, 16, LEGEND_ROW - 4)
            p.fillRect(swatch, QColor(palette.colour_for(index)))
            p.setPen(QColor(palette.LABEL_ON_BAR))
            p.drawText(swatch, Qt.AlignmentFlag.AlignCenter, theme.letter)
            p.setPen(QColor(palette.TEXT))
            text = metrics.elidedText(theme.label, Qt.TextElideMode.ElideRight, half - 24)
            p.drawText(QRect(x + 22, y, half - 24, LEGEND_ROW), Qt.AlignmentFlag.AlignVCenter, text)

    def _grid(self, p: QPainter) -> None:
        top, left, scale = self._plot()
        bottom = top + len(self.bars) * ROW
        p.setPen(QPen(QColor(palette.GRID), 1, Qt.PenStyle.DotLine))
        for mark in (0, 25, 50, 75, 100):
            x = left + mark * scale
            p.drawLine(QPointF(x, top), QPointF(x, bottom))
            p.drawText(QRectF(x - 20, bottom + 2, 40, AXIS - 4), Qt.AlignmentFlag.AlignCenter, str(mark))

    def _bar(self, p: QPainter, row: int) -> None:
        bar = self.bars[row]
        top, left, scale = self._plot()
        y = top + row * ROW
        metrics = QFontMetrics(self.font())
        p.setPen(QColor(palette.TEXT))
        name = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, NAME_WIDTH - 8)
        p.drawText(QRectF(MARGIN, y, NAME_WIDTH - 8, ROW), Qt.AlignmentFlag.AlignVCenter, name)
        end = left
        for rect, index in self._segments(row):
            p.fillRect(rect.adjusted(0, 0, -1, 0), QColor(palette.colour_for(index)))  # 1px white gap between themes
            end = rect.right()
            letter, value = self.themes[index].letter, bar.values[index]
            for text in (f"{letter} {value}", letter):
                if metrics.horizontalAdvance(text) + 8 <= rect.width() - 1:
                    p.setPen(QColor(palette.LABEL_ON_BAR))
                    p.drawText(rect.adjusted(0, 0, -1, 0), Qt.AlignmentFlag.AlignCenter, text)
                    break
        p.setPen(QColor(palette.TEXT))
        total = bar.total + (f"  {bar.note}" if bar.note else "")
        box = QRectF(end + 4, y + (ROW - BAR) / 2, metrics.horizontalAdvance(total) + 6, BAR)
        p.fillRect(box, QColor(palette.BACKGROUND))  # the guide lines pass behind the total, not through it
        p.drawText(box.adjusted(2, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, total)

    # hover -----------------------------------------------------------------------------------
    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip and isinstance(e, QHelpEvent):
            tip = self.tip_at(QPointF(e.pos()))
            if tip:
                QToolTip.showText(e.globalPos(), tip, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(e)

    def tip_at(self, point: QPointF) -> str:
        top = self._plot()[0]
        for row, bar in enumerate(self.bars):
            if point.x() < MARGIN + NAME_WIDTH and top + row * ROW <= point.y() < top + (row + 1) * ROW:
                return f"{bar.label}: {bar.total}"  # the name may be elided on the chart
            for rect, index in self._segments(row):
                if rect.contains(point):
                    t = self.themes[index]
                    return f"{bar.label}\n{t.letter} {t.label}: {bar.values[index]}"
        return ""
