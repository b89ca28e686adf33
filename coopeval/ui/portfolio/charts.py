"""The Portfolio window's two charts, drawn with QPainter as the Delivery page's chart is (PySide6-Essentials has no
QtCharts): the council's spend per financial year as a 100% stacked bar (co-operative or democratic / not / awaiting
review / unmatched), and the value awarded by ownership model as horizontal bars. Each paints its own white
background, so the colours hold under any desktop theme; colour is never the only signal (solid, hatched and
cross-hatched fills, a legend, the figures written beside the bars), and `text_alternative()` says every number in
words, as the widget's accessible description and tooltip."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from coopeval.services.portfolio.views import ModelShare, SpendYear
from coopeval.ui.portfolio.models import money, percent
from coopeval.ui.results import palette

MARGIN, LEGEND = 8, 20


@dataclass(frozen=True)
class Fill:
    colour: str
    pattern: Qt.BrushStyle


DEMOCRATIC = Fill("#1e6b3a", Qt.BrushStyle.SolidPattern)  # green, solid
NOT_DEMOCRATIC = Fill("#767676", Qt.BrushStyle.SolidPattern)  # grey, solid (the results palette's guide-line grey)
AWAITING = Fill("#a0410d", Qt.BrushStyle.DiagCrossPattern)  # burnt orange, cross-hatched
UNMATCHED = Fill("#4d4d4d", Qt.BrushStyle.BDiagPattern)  # dark grey, hatched
NOT_RECORDED = Fill("#0b5394", Qt.BrushStyle.BDiagPattern)  # blue, hatched


def _paint(p: QPainter, rect: QRectF, fill: Fill) -> None:
    if rect.width() <= 0 or rect.height() <= 0:
        return
    if fill.pattern != Qt.BrushStyle.SolidPattern:
        p.fillRect(rect, QColor(palette.BACKGROUND))
    p.fillRect(rect, QBrush(QColor(fill.colour), fill.pattern))
    p.setPen(QPen(QColor(fill.colour), 1))
    p.drawRect(rect)


class _Chart(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(150)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable by keyboard, so a screen reader announces it

    def text_alternative(self) -> str:  # pragma: no cover - both charts override it
        raise NotImplementedError

    def _described(self) -> None:
        said = self.text_alternative() or self.empty_text
        self.setAccessibleDescription(said)
        self.setToolTip(said)
        self.update()

    def _empty(self, p: QPainter) -> None:
        p.setPen(QColor(palette.TEXT))
        p.drawText(self.rect().adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN),
                   Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text)

    def _legend(self, p: QPainter, items: list[tuple[Fill, str]], metrics: QFontMetrics, y: float) -> float:
        """The legend in as many lines as the width needs; returns the y below it."""
        x = float(MARGIN)
        for fill, text in items:
            advance = metrics.horizontalAdvance(text)
            if x > MARGIN and x + 26 + advance > self.width() - MARGIN:
                x, y = float(MARGIN), y + LEGEND
            _paint(p, QRectF(x, y + 4, 18, LEGEND - 8), fill)
            p.setPen(QColor(palette.TEXT))
            p.drawText(QRectF(x + 24, y, advance + 4, LEGEND), Qt.AlignmentFlag.AlignVCenter, text)
            x += 24 + advance + 16
        return y + LEGEND


class SpendShareChart(_Chart):
    """Each financial year's spend as one bar of 100%: who it went to, with the unmatched and awaiting parts shown,
    never folded into "not co-operative"."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.years: tuple[SpendYear, ...] = ()
        self.current: str | None = None
        self.setAccessibleName(self.tr("Spend share per year"))

    def set_years(self, years: tuple[SpendYear, ...], current: str | None = None, empty_text: str = "") -> None:
        self.years, self.current, self.empty_text = tuple(years), current, empty_text
        self._described()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(420, 240)

    def parts(self) -> list[tuple[Fill, str]]:
        return [(DEMOCRATIC, self.tr("Co-operative or democratic")), (NOT_DEMOCRATIC, self.tr("Not")),
                (AWAITING, self.tr("Awaiting review")), (UNMATCHED, self.tr("Unmatched"))]

    def text_alternative(self) -> str:
        if not self.years:
            return ""
        lines = [self.tr("Spend per financial year:")]
        for y in self.years:
            lines.append(self.tr("{year}: {total} spent; {democratic} co-operative or democratic ({share}), "
                                 "{other} not, {awaiting} awaiting review, {unmatched} unmatched").format(
                year=y.year, total=money(y.total_pence), democratic=money(y.democratic_pence), share=percent(y.share),
                other=money(y.not_democratic_pence), awaiting=money(y.awaiting_pence),
                unmatched=money(y.unmatched_pence)))
        return "\n".join(lines)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        p = QPainter(self)
        p.fillRect(self.rect(), QColor(palette.BACKGROUND))
        if not self.years:
            self._empty(p)
            p.end()
            return
        metrics = QFontMetrics(self.font())
        top = self._legend(p, self.parts(), metrics, MARGIN) + MARGIN
        bottom = self.height() - MARGIN - 3 * metrics.height()  # under each bar: year, share, total
        height = max(bottom - top, 20)
        width = self.width() - 2 * MARGIN
        slot = width / len(self.years)
        bar = min(slot * 0.6, 70)
        fills = [f for f, _ in self.parts()]
        for i, y in enumerate(self.years):
            x = MARGIN + i * slot + (slot - bar) / 2
            amounts = (y.democratic_pence, y.not_democratic_pence, y.awaiting_pence, y.unmatched_pence)
            total = sum(max(a, 0) for a in amounts)
            level = float(bottom)
            if total > 0:
                for amount, fill in zip(amounts, fills, strict=True):
                    part = height * max(amount, 0) / total
                    _paint(p, QRectF(x, level - part, bar, part), fill)
                    level -= part
            else:
                p.setPen(QPen(QColor(palette.GRID), 1, Qt.PenStyle.DotLine))
                p.drawRect(QRectF(x, top, bar, height))
            p.setPen(QColor(palette.TEXT))
            font = p.font()
            font.setBold(y.year == self.current)
            p.setFont(font)
            below = [y.year, self.tr("{share} co-op").format(share=percent(y.share)) if slot > 90 else percent(y.share),
                     money(y.total_pence)]
            for line, text in enumerate(below):
                p.drawText(QRectF(MARGIN + i * slot, bottom + 2 + line * metrics.height(), slot, metrics.height()),
                           Qt.AlignmentFlag.AlignCenter, metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(slot)))
            font.setBold(False)
            p.setFont(font)
        p.end()


class AwardModelChart(_Chart):
    """The value awarded by the winner's ownership model: a bar each, longest first, the figures written beside."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.shares: tuple[ModelShare, ...] = ()
        self.title = ""
        self.setAccessibleName(self.tr("Value awarded by ownership model"))

    def set_shares(self, shares: tuple[ModelShare, ...], title: str = "", empty_text: str = "") -> None:
        self.shares = tuple(sorted(shares, key=lambda s: -s.pence))
        self.title, self.empty_text = title, empty_text
        self._described()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(420, 240)

    def fill_of(self, share: ModelShare) -> Fill:
        if share.democratic is None:
            return NOT_RECORDED
        return DEMOCRATIC if share.democratic else NOT_DEMOCRATIC

    def text_alternative(self) -> str:
        if not self.shares:
            return ""
        lines = [self.title or self.tr("Value awarded by ownership model:")]
        lines += [self.tr("{model}: {amount} ({share})").format(model=s.model, amount=money(s.pence),
                                                                  share=percent(s.share)) for s in self.shares]
        return "\n".join(lines)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        p = QPainter(self)
        p.fillRect(self.rect(), QColor(palette.BACKGROUND))
        if not self.shares:
            self._empty(p)
            p.end()
            return
        metrics = QFontMetrics(self.font())
        legend = [(DEMOCRATIC, self.tr("Co-operative or democratic")), (NOT_DEMOCRATIC, self.tr("Not")),
                  (NOT_RECORDED, self.tr("Not recorded"))]
        top = self._legend(p, legend, metrics, MARGIN)
        if self.title:
            p.setPen(QColor(palette.TEXT))
            p.drawText(QRectF(MARGIN, top, self.width() - 2 * MARGIN, LEGEND), Qt.AlignmentFlag.AlignVCenter,
                       metrics.elidedText(self.title, Qt.TextElideMode.ElideRight, self.width() - 2 * MARGIN))
            top += LEGEND
        # each model: its name on a line, then its bar with the figures after it
        line = metrics.height()
        row = min(max((self.height() - top - MARGIN) / len(self.shares), 2 * line + 4), 3 * line)
        figures = max(metrics.horizontalAdvance(f"{money(s.pence)} ({percent(s.share)})") for s in self.shares) + 8
        span = max(self.width() - 2 * MARGIN - figures, 20)
        high = max(max(s.pence for s in self.shares), 1)
        for i, s in enumerate(self.shares):
            y = top + i * row
            if y + 2 * line > self.height():
                break  # the rest is in the words (the tooltip and the screen reader's description)
            p.setPen(QColor(palette.TEXT))
            p.drawText(QRectF(MARGIN, y, self.width() - 2 * MARGIN, line), Qt.AlignmentFlag.AlignVCenter,
                       metrics.elidedText(s.model, Qt.TextElideMode.ElideRight, self.width() - 2 * MARGIN))
            length = span * max(s.pence, 0) / high
            _paint(p, QRectF(MARGIN, y + line + 2, max(length, 1), line - 2), self.fill_of(s))
            p.setPen(QColor(palette.TEXT))
            p.drawText(QRectF(MARGIN + length + 6, y + line, figures, line), Qt.AlignmentFlag.AlignVCenter,
                       f"{money(s.pence)} ({percent(s.share)})")
        p.end()
