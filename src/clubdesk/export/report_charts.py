"""The charts of the annual report's PDF: active persons month by month, and persons present
each opening day (reportlab drawings)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from clubdesk.model.french_numbers import fr_number

MONTH_ABBR = ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.",
              "oct.", "nov.", "déc.")


def axis_max(highest: float) -> tuple[float, float]:
    """A round top for a value axis and its step (about five steps)."""
    if highest <= 0:
        return 5, 1
    raw = highest / 5
    magnitude = 10 ** (len(str(int(raw))) - 1) if raw >= 1 else 1
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    top = step * (int(highest // step) + 1)
    return float(top), float(step)


def month_chart(months: Sequence[int], width: float, regular: str) -> Any:
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib import colors

    drawing = Drawing(width, 175)
    chart = VerticalBarChart()
    chart.x, chart.y = 42, 26
    chart.width, chart.height = width - 52, 135
    chart.data = [list(months)]
    chart.bars[0].fillColor = colors.HexColor("#4a78b0")
    chart.bars[0].strokeColor = None
    chart.barSpacing = 2
    chart.groupSpacing = 8
    chart.categoryAxis.categoryNames = list(MONTH_ABBR)
    chart.categoryAxis.labels.fontName = regular
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.dy = -4
    top, step = axis_max(max(months, default=0))
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = regular
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.labelTextFormat = lambda v: fr_number(v)
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    chart.valueAxis.visibleGrid = True
    chart.barLabelFormat = lambda v: fr_number(v)
    chart.barLabels.fontName = regular
    chart.barLabels.fontSize = 7.5
    chart.barLabels.nudge = 6
    drawing.add(chart)
    return drawing



def daily_chart(daily: Sequence[tuple[date, int]], year: int, width: float,
                 regular: str) -> Any:
    from reportlab.graphics.charts.lineplots import LinePlot
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib import colors

    first = date(year, 1, 1).toordinal()
    last = date(year, 12, 31).toordinal() - first + 1
    points = [(day.toordinal() - first + 1, count) for day, count in daily]
    drawing = Drawing(width, 160)
    plot = LinePlot()
    plot.x, plot.y = 42, 24
    plot.width, plot.height = width - 52, 122
    plot.data = [points]
    plot.lines[0].strokeColor = colors.HexColor("#2f7d5b")
    plot.lines[0].strokeWidth = 0.9
    plot.joinedLines = 1
    month_starts = [date(year, m, 1).toordinal() - first + 1 for m in range(1, 13)]
    plot.xValueAxis.valueMin = 1
    plot.xValueAxis.valueMax = last
    plot.xValueAxis.valueSteps = month_starts
    plot.xValueAxis.labelTextFormat = (
        lambda v: MONTH_ABBR[month_starts.index(int(v))] if int(v) in month_starts else "")
    plot.xValueAxis.labels.fontName = regular
    plot.xValueAxis.labels.fontSize = 8
    plot.xValueAxis.labels.boxAnchor = "nw"
    plot.xValueAxis.labels.dy = -3
    top, step = axis_max(max((c for _d, c in daily), default=0))
    plot.yValueAxis.valueMin = 0
    plot.yValueAxis.valueMax = top
    plot.yValueAxis.valueStep = step
    plot.yValueAxis.labels.fontName = regular
    plot.yValueAxis.labels.fontSize = 8
    plot.yValueAxis.labelTextFormat = lambda v: fr_number(v)
    plot.yValueAxis.visibleGrid = True
    plot.yValueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    drawing.add(plot)
    return drawing
