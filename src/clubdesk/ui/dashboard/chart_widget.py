"""A small chart drawn with QPainter: bars, lines, or bars with a line over them.

No Qt Charts (not in PySide6-Essentials). Colour is never the only signal: each series also
has its own fill pattern (bars) or pen dash and marker shape (lines), shown again in a legend
written in words. Colours come from the widget's palette (a high-contrast theme works) and
every text from the widget's font (a larger text size makes a larger chart).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

BARS = "bars"
LINE = "line"

# Bars: solid, then hatched, then crossed. Lines: solid with discs, dashed with squares...
BAR_PATTERNS = (Qt.BrushStyle.SolidPattern, Qt.BrushStyle.BDiagPattern,
                Qt.BrushStyle.DiagCrossPattern)
LINE_DASHES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine)
MARKERS = ("disc", "square", "triangle")


@dataclass(frozen=True)
class ChartSeries:
    """One series as drawn: its name in the legend, one value per category, bars or line."""

    name: str
    values: Sequence[float]
    style: str = BARS


def nice_step(top: float, ticks: int = 5) -> float:
    """A round step (1, 2 or 5 × a power of ten, never below 1) for about ``ticks`` ticks."""
    raw = max(top, 1.0) / ticks
    magnitude: float = 10.0 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if factor * magnitude >= raw:
            return max(1.0, factor * magnitude)
    return max(1.0, 10 * magnitude)  # pragma: no cover - the loop always returns


class ChartWidget(QWidget):
    """Set the data with ``set_chart``; the accessible name and description are the
    caller's (a summary of the figures in words)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels: list[str] = []
        self.series: list[ChartSeries] = []
        self.y_title = ""
        self.empty_text = ""
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a screen reader can reach it
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAutoFillBackground(False)

    # -- data -----------------------------------------------------------------------------

    def set_chart(self, labels: Sequence[str], series: Sequence[ChartSeries], *,
                  y_title: str = "", empty_text: str = "") -> None:
        for one in series:
            if len(one.values) != len(labels):
                raise ValueError(f"series {one.name!r} has {len(one.values)} values for "
                                 f"{len(labels)} categories")
        self.labels = list(labels)
        self.series = list(series)
        self.y_title = y_title
        self.empty_text = empty_text
        self.update()

    @property
    def has_data(self) -> bool:
        return bool(self.labels) and any(any(v for v in s.values) for s in self.series)

    # -- geometry -------------------------------------------------------------------------

    def sizeHint(self) -> QSize:  # noqa: N802
        line = QFontMetrics(self.font()).height()
        return QSize(30 * line, 12 * line)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        line = QFontMetrics(self.font()).height()
        return QSize(16 * line, 9 * line)

    def _legend_rows(self, width: int) -> list[list[tuple[int, int]]]:
        """Legend entries (series index, entry width) placed in rows that fit ``width``."""
        metrics = QFontMetrics(self.font())
        swatch = 2 * metrics.height()
        rows: list[list[tuple[int, int]]] = [[]]
        used = 0
        for index, one in enumerate(self.series):
            entry = swatch + metrics.height() // 2 + metrics.horizontalAdvance(one.name)
            gap = 2 * metrics.height() if rows[-1] else 0
            if rows[-1] and used + gap + entry > width:
                rows.append([])
                used, gap = 0, 0
            rows[-1].append((index, entry))
            used += gap + entry
        return rows if rows[0] else []

    def _top(self) -> float:
        values = [v for s in self.series for v in s.values]
        return max(values, default=0.0)

    def _axis(self) -> tuple[float, float]:
        """(step, top of the y axis)."""
        step = nice_step(self._top())
        return step, step * max(1, math.ceil(self._top() / step))

    def plot_rect(self) -> QRect:
        """Where the bars and lines are drawn (inside the axes)."""
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        pad = max(4, line // 3)
        legend = len(self._legend_rows(self.width() - 2 * pad))
        top = pad + legend * (line + pad) + (line + pad if self.y_title else 0) + line // 2
        step, axis_top = self._axis()
        widest = max(metrics.horizontalAdvance(self._number(k * step))
                     for k in range(int(round(axis_top / step)) + 1))
        left = pad + widest + pad
        right = self.width() - pad - line // 2
        _every, rows = self._x_labels(max(1, right - left))
        bottom = self.height() - pad - rows * line - pad
        return QRect(left, top, max(1, right - left), max(1, bottom - top))

    def _x_labels(self, plot_width: int) -> tuple[int, int]:
        """(show one label in ``every``, rows of labels). When every other label would be
        dropped, the labels go on two staggered rows instead, so that none is lost."""
        if not self.labels:
            return 1, 1
        metrics = QFontMetrics(self.font())
        slot = plot_width / len(self.labels)
        widest = max(metrics.horizontalAdvance(label) for label in self.labels)
        every = max(1, math.ceil((widest + metrics.height()) / slot))
        if every == 2 and widest + metrics.height() // 2 <= 2 * slot:
            return 1, 2
        return every, 1

    @staticmethod
    def _number(value: float) -> str:
        return f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}".replace(".", ",")

    # -- painting -------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        text = palette.color(QPalette.ColorRole.Text)
        painter.setFont(self.font())
        if not self.has_data:
            painter.setPen(text)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.empty_text)
            self._paint_focus(painter)
            painter.end()
            return
        plot = self.plot_rect()
        self._paint_legend(painter)
        self._paint_axes(painter, plot)
        bars = [i for i, s in enumerate(self.series) if s.style == BARS]
        for order, index in enumerate(bars):
            self._paint_bars(painter, plot, index, order, len(bars))
        for order, index in enumerate(i for i, s in enumerate(self.series) if s.style == LINE):
            self._paint_line(painter, plot, index, order)
        self._paint_focus(painter)
        painter.end()

    def _colour(self, index: int) -> QColor:
        """The first series in the palette's highlight colour, the others in the text colour
        (so that a high-contrast palette gives high-contrast series)."""
        role = QPalette.ColorRole.Highlight if index == 0 else QPalette.ColorRole.Text
        return self.palette().color(role)

    def _bar_brush(self, order: int, colour: QColor) -> QBrush:
        return QBrush(colour, BAR_PATTERNS[order % len(BAR_PATTERNS)])

    def _line_pen(self, order: int, colour: QColor) -> QPen:
        line = QFontMetrics(self.font()).height()
        pen = QPen(colour, max(2.0, line / 8))
        pen.setStyle(LINE_DASHES[order % len(LINE_DASHES)])
        return pen

    def _marker(self, painter: QPainter, centre: QPointF, order: int, size: float) -> None:
        shape = MARKERS[order % len(MARKERS)]
        half = size / 2
        if shape == "disc":
            painter.drawEllipse(centre, half, half)
        elif shape == "square":
            painter.drawRect(QRectF(centre.x() - half, centre.y() - half, size, size))
        else:
            painter.drawPolygon([QPointF(centre.x(), centre.y() - half),
                                 QPointF(centre.x() + half, centre.y() + half),
                                 QPointF(centre.x() - half, centre.y() + half)])

    def _paint_legend(self, painter: QPainter) -> None:
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        pad = max(4, line // 3)
        text = self.palette().color(QPalette.ColorRole.Text)
        y = pad
        bar_order = line_order = 0
        orders: dict[int, int] = {}
        for index, one in enumerate(self.series):
            if one.style == BARS:
                orders[index], bar_order = bar_order, bar_order + 1
            else:
                orders[index], line_order = line_order, line_order + 1
        for row in self._legend_rows(self.width() - 2 * pad):
            x = pad
            for index, width in row:
                one = self.series[index]
                swatch = QRectF(x, y + line * 0.15, 2 * line, line * 0.7)
                colour = self._colour(index)
                if one.style == BARS:
                    painter.setPen(QPen(text, 1))
                    painter.setBrush(self._bar_brush(orders[index], colour))
                    painter.drawRect(swatch)
                else:
                    painter.setPen(self._line_pen(orders[index], colour))
                    middle = swatch.center().y()
                    painter.drawLine(QPointF(swatch.left(), middle),
                                     QPointF(swatch.right(), middle))
                    painter.setPen(QPen(colour, 1.5))
                    painter.setBrush(colour)
                    self._marker(painter, swatch.center(), orders[index], line * 0.45)
                painter.setPen(text)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawText(QRectF(swatch.right() + line // 2, y, width, line),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                 one.name)
                x += width + 2 * line
            y += line + pad

    def _paint_axes(self, painter: QPainter, plot: QRect) -> None:
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        pad = max(4, line // 3)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        grid = QColor(palette.color(QPalette.ColorRole.Mid))
        step, top = self._axis()
        if self.y_title:
            painter.setPen(text)
            painter.drawText(QRectF(pad, plot.top() - line // 2 - line - pad, self.width(), line),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             self.y_title)
        for k in range(int(round(top / step)) + 1):
            value = k * step
            y = plot.bottom() - plot.height() * value / top
            painter.setPen(QPen(grid, 1, Qt.PenStyle.DotLine if k else Qt.PenStyle.SolidLine))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            painter.drawText(QRectF(0, y - line / 2, plot.left() - pad, line),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             self._number(value))
        painter.setPen(QPen(text, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())
        # x labels: as many as fit without overlapping, always the last one
        slot = plot.width() / len(self.labels)
        widest = max(metrics.horizontalAdvance(label) for label in self.labels) + line
        every, rows = self._x_labels(plot.width())
        last = len(self.labels) - 1
        shown = [i for i in range(len(self.labels)) if (last - i) % every == 0]
        for i in shown:
            centre = plot.left() + slot * (i + 0.5)
            row = (last - i) % 2 if rows == 2 else 0
            painter.drawLine(QPointF(centre, plot.bottom()),
                             QPointF(centre, plot.bottom() + 3 + row * line))
            # kept inside the widget: the first and last labels may not be centred
            left = min(max(0.0, centre - widest / 2), self.width() - widest)
            painter.drawText(QRectF(left, plot.bottom() + pad + row * line, widest, line),
                             Qt.AlignmentFlag.AlignCenter, self.labels[i])

    def _paint_bars(self, painter: QPainter, plot: QRect, index: int, order: int,
                    count: int) -> None:
        _step, top = self._axis()
        slot = plot.width() / len(self.labels)
        group = slot * 0.7
        width = group / count
        colour = self._colour(index)
        outline = self.palette().color(QPalette.ColorRole.Text)
        painter.setPen(QPen(outline, 1))
        painter.setBrush(self._bar_brush(order, colour))
        for i, value in enumerate(self.series[index].values):
            if value <= 0:
                continue
            height = plot.height() * value / top
            x = plot.left() + slot * i + (slot - group) / 2 + width * order
            painter.drawRect(QRectF(x, plot.bottom() - height, width, height))

    def _paint_line(self, painter: QPainter, plot: QRect, index: int, order: int) -> None:
        _step, top = self._axis()
        slot = plot.width() / len(self.labels)
        points = [QPointF(plot.left() + slot * (i + 0.5),
                          plot.bottom() - plot.height() * value / top)
                  for i, value in enumerate(self.series[index].values)]
        colour = self._colour(index)
        painter.setPen(self._line_pen(order, colour))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPolyline(points)
        size = QFontMetrics(self.font()).height() * 0.45
        if slot >= size * 1.5:  # markers only where they do not pile up
            painter.setPen(QPen(colour, 1.5))
            painter.setBrush(colour)
            for point in points:
                self._marker(painter, point, order, size)

    def _paint_focus(self, painter: QPainter) -> None:
        if self.hasFocus():
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.rect().adjusted(1, 1, -2, -2))

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.update()
