"""The home screen's charts (QtCharts): applications per day and funds in and out per day as bars, the overdue
rate by month as a line. Dates read MM-dd, amounts in yuan (万元 when large), in the widget's font (CJK through Qt's
fallback) and the palette's colours. A click on a bar or a point says which one (`picked`), and the home screen
opens the list behind it."""

import math

from PySide6.QtCharts import (QBarCategoryAxis, QBarSeries, QBarSet, QCategoryAxis, QChart, QChartView, QLineSeries,
                              QValueAxis)
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy

ACCENT = QColor("#1f5fbf")
IN_COLOUR = QColor("#1a7f37")
OUT_COLOUR = QColor("#b42318")
LATE_COLOUR = QColor("#b54708")


STEPS = (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10)


def nice_top(value: float, ticks: int = 4, whole: bool = False) -> float:
    """An axis end a little above `value` that splits into `ticks` round steps (0, 5, 10, 15, 20 — not 6.25)."""
    if value <= 0:
        return ticks
    need = max(value * 1.05 / ticks, 1) if whole else value * 1.05 / ticks
    magnitude = 10 ** math.floor(math.log10(need))
    step = next(m * magnitude for m in STEPS
                if m * magnitude >= need and (not whole or float(m * magnitude).is_integer()))
    return step * ticks


class HomeChart(QChartView):
    picked = Signal(str, int)  # the series' key (applications, in, out, rate), the index of the bar or point

    def __init__(self, name: str, title: str, parent=None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        chart = QChart()
        chart.setTitle(title)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(0)
        palette = self.palette()
        chart.setBackgroundBrush(palette.color(QPalette.ColorRole.Base))
        chart.setTitleBrush(palette.color(QPalette.ColorRole.Text))
        font = self.font()
        title_font = self.font()
        title_font.setBold(True)
        chart.setTitleFont(title_font)
        chart.legend().setFont(font)
        chart.legend().setLabelColor(palette.color(QPalette.ColorRole.Text))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.setChart(chart)
        self.categories: list[str] = []

    def _axis_font(self):
        font = self.font()
        font.setPointSizeF(max(font.pointSizeF() * 0.85, 7))
        return font

    def _axes(self, series, categories: list[str], top: float, label_format: str, title: str = "",
              every: int = 1, x_title: str = "") -> None:
        chart = self.chart()
        text = self.palette().color(QPalette.ColorRole.Text)
        grid = self.palette().color(QPalette.ColorRole.Mid)
        if every > 1:  # many days: a label every few days, the last one (today) always, upright and whole
            x = QCategoryAxis()
            x.setRange(-0.5, len(categories) - 0.5)
            x.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
            for index in sorted(range(len(categories) - 1, -1, -every)):
                x.append(categories[index], index)
        else:
            x = QBarCategoryAxis()
            x.append(categories)
        x.setLabelsFont(self._axis_font())
        x.setLabelsColor(text)
        x.setGridLineVisible(False)
        if x_title:
            x.setTitleText(x_title)
            x.setTitleFont(self._axis_font())
            x.setTitleBrush(text)
        y = QValueAxis()
        y.setRange(0, top)
        y.setTickCount(5)
        if label_format == "%.1f" and float(top / 4).is_integer():
            label_format = "%.0f"  # whole steps read without a decimal
        y.setLabelFormat(label_format)
        y.setLabelsFont(self._axis_font())
        y.setLabelsColor(text)
        y.setGridLineColor(grid)
        if title:
            y.setTitleText(title)
            y.setTitleFont(self._axis_font())
            y.setTitleBrush(text)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        for s in series:
            s.attachAxis(x)
            s.attachAxis(y)
        self.categories = categories

    def bars(self, categories: list[str], sets: list[tuple[str, str, QColor, list[float]]], label_format: str,
             title: str = "", every: int = 5) -> None:
        """Bars per category: sets of (key, legend, colour, values)."""
        series = QBarSeries()
        series.setBarWidth(0.8)
        top = 0.0
        for key, legend, colour, values in sets:
            bar_set = QBarSet(legend)
            bar_set.setObjectName(key)
            bar_set.setColor(colour)
            bar_set.setBorderColor(colour)
            bar_set.append(values)
            bar_set.clicked.connect(lambda index, k=key: self.picked.emit(k, index))
            series.append(bar_set)
            top = max([top, *values])
        self.chart().addSeries(series)
        self.chart().legend().setVisible(len(sets) > 1)
        self._axes([series], categories, nice_top(top, whole=label_format == "%d"), label_format, title, every)
        self.series = series

    def line(self, categories: list[str], key: str, legend: str, colour: QColor, values: list[float],
             label_format: str, title: str = "", x_title: str = "") -> None:
        series = QLineSeries()
        series.setName(legend)
        series.setColor(colour)
        series.setPointsVisible(True)
        pen = series.pen()
        pen.setWidth(2)
        series.setPen(pen)
        for index, value in enumerate(values):
            series.append(index, value)
        series.clicked.connect(lambda point, k=key: self.picked.emit(k, round(point.x())))
        self.chart().addSeries(series)
        self.chart().legend().setVisible(False)
        self._axes([series], categories, nice_top(max(values or [0])), label_format, title, x_title=x_title)
        self.series = series
