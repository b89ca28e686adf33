"""One commitment's promised figure against what was delivered, period by period, drawn with QPainter as the
Results page's bar chart is (PySide6-Essentials has no QtCharts): a bar per reporting period, a dashed line at the
promise. For a count the bars are cumulative (delivered to date); for a percentage or a rate, each period's own
figure. Accepted figures are solid; a figure reported but not yet accepted is hatched on top, so colour is never the
only signal, and the legend says which is which. The chart paints its own white background, so the palette's
contrast holds under any desktop theme; `text_alternative()` says the same in words."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from coopeval.ui.delivery import palette as delivery_palette
from coopeval.ui.results import palette

MARGIN, LEGEND, AXIS_LEFT, AXIS_BOTTOM = 10, 22, 60, 36


@dataclass(frozen=True)
class Point:
    period: str  # "2027-Q1"
    accepted: Decimal | None  # delivered, from accepted figures (to date for a count)
    unchecked: Decimal | None = None  # reported this period, not yet accepted (pending or queried)
    short: bool = False


@dataclass(frozen=True)
class Series:
    title: str  # "LOC-01 Local jobs"
    unit: str
    cumulative: bool
    promised: Decimal | None
    points: tuple[Point, ...]
    lower_is_better: bool = False


def _fmt(value: Decimal) -> str:
    text = f"{value:,f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


class DeliveryChart(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.series: Series | None = None
        self.empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(200)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable by keyboard, so a screen reader announces it

    def set_series(self, series: Series | None, empty_text: str = "") -> None:
        self.series, self.empty_text = series, empty_text
        self.setAccessibleDescription(self.text_alternative() or empty_text)
        self.setToolTip(self.text_alternative() or empty_text)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(520, 260)

    def text_alternative(self) -> str:
        s = self.series
        if s is None:
            return ""
        lines = [self.tr("{title}: promised {figure}").format(title=s.title,
                                                                 figure=f"{_fmt(s.promised)} {s.unit}".strip())
                 if s.promised is not None else self.tr("{title}: no figure promised").format(title=s.title)]
        for p in s.points:
            accepted = _fmt(p.accepted) if p.accepted is not None else "—"
            if p.unchecked is None:
                said = (self.tr("{period}: {accepted} accepted to date") if s.cumulative
                        else self.tr("{period}: {accepted} accepted in the period"))
            else:
                said = (self.tr("{period}: {accepted} accepted to date, {unchecked} reported, not yet accepted")
                        if s.cumulative else
                        self.tr("{period}: {accepted} accepted in the period, {unchecked} reported, not yet accepted"))
            lines.append(said.format(period=p.period, accepted=accepted,
                                     unchecked=_fmt(p.unchecked) if p.unchecked is not None else ""))
        return "\n".join(lines)

    # geometry --------------------------------------------------------------------------------------
    def _top_value(self) -> Decimal:
        s = self.series
        assert s is not None
        values = [(p.accepted or 0) + (p.unchecked or 0) for p in s.points]
        top = max([Decimal(v) for v in values] + ([s.promised] if s.promised is not None else []) + [Decimal(1)])
        return top * Decimal("1.15")

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        p = QPainter(self)
        p.fillRect(self.rect(), QColor(palette.BACKGROUND))
        p.setPen(QColor(palette.TEXT))
        s = self.series
        if s is None or not s.points:
            p.drawText(self.rect().adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN),
                       Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text)
            p.end()
            return
        metrics = QFontMetrics(self.font())
        self._legend(p, s, metrics)
        top = MARGIN * 2 + LEGEND * 2
        left = MARGIN + AXIS_LEFT
        bottom = self.height() - AXIS_BOTTOM
        width = max(self.width() - left - MARGIN, 50)
        height = max(bottom - top, 40)
        high = self._top_value()

        def y_of(value: Decimal) -> float:
            return bottom - float(value / high) * height

        # guide lines and the axis
        p.setPen(QPen(QColor(palette.GRID), 1, Qt.PenStyle.DotLine))
        for step in range(5):
            value = high * step / 4
            y = y_of(value)
            p.drawLine(QPointF(left, y), QPointF(left + width, y))
            p.setPen(QColor(palette.TEXT))
            p.drawText(QRectF(MARGIN, y - 10, AXIS_LEFT - 6, 20), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       _fmt(value.quantize(Decimal(1)) if high > 10 else value.quantize(Decimal("0.1"))))
            p.setPen(QPen(QColor(palette.GRID), 1, Qt.PenStyle.DotLine))
        slot = width / len(s.points)
        bar = min(slot * 0.6, 60)
        for i, point in enumerate(s.points):
            x = left + i * slot + (slot - bar) / 2
            base = Decimal(0)
            if point.accepted is not None and point.accepted > 0:
                rect = QRectF(x, y_of(point.accepted), bar, y_of(Decimal(0)) - y_of(point.accepted))
                p.fillRect(rect, QColor(delivery_palette.DELIVERED))
                base = point.accepted
            if point.unchecked is not None and point.unchecked > 0:
                rect = QRectF(x, y_of(base + point.unchecked), bar, y_of(base) - y_of(base + point.unchecked))
                p.fillRect(rect, QBrush(QColor(delivery_palette.UNCHECKED), Qt.BrushStyle.BDiagPattern))
                p.setPen(QPen(QColor(delivery_palette.UNCHECKED), 1))
                p.drawRect(rect)
            shown = base + (point.unchecked or 0)
            p.setPen(QColor(palette.TEXT))
            label = "—" if point.accepted is None and point.unchecked is None else _fmt(shown)
            if point.unchecked and point.accepted is not None:
                label = f"{_fmt(point.accepted)} + {_fmt(point.unchecked)}"
            p.drawText(QRectF(x - 20, y_of(shown) - 18, bar + 40, 16), Qt.AlignmentFlag.AlignCenter, label)
            name = point.period + ("*" if point.short else "")
            p.drawText(QRectF(left + i * slot, bottom + 4, slot, 16), Qt.AlignmentFlag.AlignCenter,
                       metrics.elidedText(name, Qt.TextElideMode.ElideRight, int(slot)))
        if s.promised is not None:
            y = y_of(s.promised)
            p.setPen(QPen(QColor(delivery_palette.PROMISED), 2, Qt.PenStyle.DashLine))
            p.drawLine(QPointF(left, y), QPointF(left + width, y))
        if any(point.short for point in s.points):
            p.setPen(QColor(palette.TEXT))
            p.drawText(QRectF(left, bottom + 18, width, 16), Qt.AlignmentFlag.AlignLeft, self.tr("* a short period"))
        p.end()

    def _legend(self, p: QPainter, s: Series, metrics: QFontMetrics) -> None:
        x, y = MARGIN, MARGIN
        p.setPen(QColor(palette.TEXT))
        heading = (self.tr("{title} — delivered to date (cumulative)") if s.cumulative
                   else self.tr("{title} — delivered in each period")).format(title=s.title)
        p.drawText(QRectF(x, y, self.width() - 2 * MARGIN, LEGEND), Qt.AlignmentFlag.AlignVCenter,
                   metrics.elidedText(heading, Qt.TextElideMode.ElideRight, self.width() - 2 * MARGIN))
        y += LEGEND
        items = []
        if s.promised is not None:
            promise = f"{_fmt(s.promised)} {s.unit}".strip()
            items.append(("line", self.tr("Promised: {figure} or less").format(figure=promise) if s.lower_is_better
                          else self.tr("Promised: {figure}").format(figure=promise)))
        items += [("solid", self.tr("Delivered (accepted)")), ("hatched", self.tr("Reported, not yet accepted"))]
        for kind, text in items:
            swatch = QRectF(x, y + 4, 22, LEGEND - 8)
            if kind == "line":
                p.setPen(QPen(QColor(delivery_palette.PROMISED), 2, Qt.PenStyle.DashLine))
                p.drawLine(QPointF(swatch.left(), swatch.center().y()), QPointF(swatch.right(), swatch.center().y()))
            elif kind == "solid":
                p.fillRect(swatch, QColor(delivery_palette.DELIVERED))
            else:
                p.fillRect(swatch, QBrush(QColor(delivery_palette.UNCHECKED), Qt.BrushStyle.BDiagPattern))
                p.setPen(QPen(QColor(delivery_palette.UNCHECKED), 1))
                p.drawRect(swatch)
            p.setPen(QColor(palette.TEXT))
            advance = metrics.horizontalAdvance(text)
            p.drawText(QRectF(x + 28, y, advance + 4, LEGEND), Qt.AlignmentFlag.AlignVCenter, text)
            x += 28 + advance + 20
