"""The calorie history: one column per day, eaten against the day's target, readable at 7, 30 and 90 days.

What it survives: one huge day (the kcal axis is capped at a robust maximum and that bar is drawn to the top,
broken, with its value written beside it), days with nothing logged (a hollow "no data" ring, not a zero
bar), 90 thin columns (date labels thinned so they never collide) and both themes (palette colours for text
and lines; the bar colours read on either background).

A day's values reach the user three ways: a tooltip on hover; Left/Right on the focused chart, which
selects a day and writes it in words above the plot; and the accessible description (the same words), so
a screen reader hears what the eye sees. The over-target part of a bar is hatched and marked with a
triangle, so it does not rest on colour alone.

``chart_layout()`` is the one place geometry is computed: paintEvent draws it, hover and the keyboard find
days with it, and tests check the same numbers that are painted.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import date
from typing import NamedTuple

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from nutrivoice_desktop.ui.charts import GREEN, ChartSelection, fill_color

PLOT_HEIGHT = 112  # px of plot in the size hint: with the header and the day labels ≈ 160 px at 10.5 pt
MARKER_ROOM = 10  # px between the header and the plot, for the over-target marker of a bar at the top
LABEL_GAP = 10  # px at least between two day labels
LABEL_EVERY = (1, 2, 7, 14, 28, 56)  # days between labels: every day, every other, then whole weeks


class Label(NamedTuple):
    rect: QRectF
    text: str
    strong: bool = False


@dataclass(frozen=True)
class DayColumn:
    index: int
    day: date
    kcal: float
    target: float
    slot: QRectF  # the day's whole column: hover, selection and the today band
    bar: QRectF  # the eaten kcal; null when nothing was logged
    target_y: float
    clipped: bool  # above the axis: drawn to the top, broken, its value written beside it
    marker: QRectF  # the over-target triangle above the bar; null unless over

    @property
    def logged(self) -> bool:
        """A day with nothing logged reads as kcal 0 from the diary: it is "no data", not a zero bar."""
        return self.kcal > 0

    @property
    def over(self) -> bool:
        return over_target(self.kcal, self.target)


@dataclass(frozen=True)
class ChartLayout:
    header: QRectF  # the line above the plot: the unit, then the selected day or the summary
    plot: QRectF
    top_kcal: float  # kcal at the top of the plot
    ticks: list[Label]  # kcal axis labels, centred on their kcal
    target: Label | None  # "target" and its value, at the target line's height in the axis gutter
    columns: list[DayColumn]
    day_labels: list[Label]  # thinned, never overlapping
    clipped_values: list[Label]  # the values of the bars drawn broken

    def index_at(self, x: float) -> int | None:
        for column in self.columns:
            if column.slot.left() <= x < column.slot.right():
                return column.index
        return None


def over_target(kcal: float, target: float) -> bool:
    """Over as the words say it: by at least one whole kcal, on a day with something logged."""
    return kcal > 0 and round(kcal) > round(target)


def upper_quartile(values: list[float]) -> float:
    ordered = sorted(values)
    position = 0.75 * (len(ordered) - 1)
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def kcal_range(eaten: list[float], targets: list[float]) -> float:
    """The kcal at the top of the axis: the highest day or target with 10 % headroom, unless that is far
    above a robust maximum (1.5 × the larger of the highest target and the upper quartile of the logged
    days); then the robust maximum, and the days above it are drawn broken. The upper quartile, not a high
    percentile: over 7 days the 90th percentile is the outlier itself."""
    natural = max([*eaten, *targets, 100.0]) * 1.1
    if not eaten:
        return natural
    robust = 1.5 * max(max(targets, default=0.0), upper_quartile(eaten))
    # a day a little above the robust maximum squashes nothing: it is drawn whole
    return natural if natural <= 1.3 * robust else robust


def tick_step(top: float, most: int) -> float:
    """The smallest round step (1, 2, 2.5 or 5 × a power of ten) that gives at most *most* ticks above 0."""
    most = max(1, most)
    magnitude = 10 ** math.floor(math.log10(top / most))
    for multiple in (1, 2, 2.5, 5):
        if math.floor(top / (multiple * magnitude)) <= most:
            return multiple * magnitude
    return 10 * magnitude


def usual_target(targets: list[float]) -> float:
    """The target most days have (activity raises a day's own): the one the axis names."""
    rounded = [round(t) for t in targets]
    return max(set(rounded), key=lambda t: (rounded.count(t), t)) if rounded else 0.0


def kcal_text(kcal: float) -> str:
    return QLocale().toString(round(kcal))


class HistoryChart(ChartSelection, QWidget):
    """Daily kcal eaten against the day's target (activity included), one column per day, oldest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._days: list[tuple[date, float, float]] = []  # day, eaten kcal, target kcal
        self._today = date.today()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Calorie history"))
        self._enable_selection()

    # -- data -------------------------------------------------------------------------------------------
    def set_days(self, days: list[tuple[date, float, float]], today: date | None = None) -> None:
        """*days*: (day, eaten kcal, target kcal incl. activity), oldest first; *today* is marked (the
        diary's idea of today; the clock's when not given). A selected day stays selected if still shown."""
        selected = self.selected_day()
        self._days = list(days)
        self._today = today or date.today()
        shown = [d for d, _k, _t in self._days]
        self._selected = shown.index(selected) if selected in shown else None
        self._describe()
        self.update()

    def days(self) -> list[tuple[date, float, float]]:
        return list(self._days)

    def today_index(self) -> int | None:
        return next((i for i, (d, _k, _t) in enumerate(self._days) if d == self._today), None)

    def selected_day(self) -> date | None:
        return None if self._selected is None else self._days[self._selected][0]

    # -- what the selection reads (hover, click, Left/Right: ChartSelection) -----------------------------
    def item_count(self) -> int:
        return len(self._days)

    def focus_start(self) -> int:
        today = self.today_index()
        return len(self._days) - 1 if today is None else today

    def index_at(self, x: float) -> int | None:
        return self.chart_layout().index_at(x)

    def item_lines(self, index: int) -> list[str]:
        """A day in words, one fact a line: the tooltip's lines; joined, the header and the description."""
        day, kcal, target = self._days[index]
        when = QLocale().toString(QDate(day), self.tr("ddd d MMM", "date format of a day in the calorie history"))
        if day == self._today:
            when = self.tr("Today, {date}").format(date=when)
        target_line = self.tr("Target {kcal} kcal").format(kcal=kcal_text(target))
        if kcal <= 0:
            return [when, self.tr("Nothing logged"), target_line]
        difference = round(kcal) - round(target)
        if difference > 0:
            verdict = self.tr("{kcal} kcal over target").format(kcal=kcal_text(difference))
        elif difference < 0:
            verdict = self.tr("{kcal} kcal under target").format(kcal=kcal_text(-difference))
        else:
            verdict = self.tr("On target")
        return [when, self.tr("Eaten {kcal} kcal").format(kcal=kcal_text(kcal)), target_line, verdict]

    def summary(self) -> str:
        """The days shown, in one line: what the header says while no day is selected."""
        logged = [kcal for _d, kcal, _t in self._days if kcal > 0]
        if not logged:
            return self.tr("Nothing logged in the last %n day(s) yet.", "", len(self._days))
        over = sum(1 for _d, kcal, target in self._days if over_target(kcal, target))
        average = self.tr("Average {kcal} kcal over %n logged day(s)", "", len(logged)).format(
            kcal=kcal_text(sum(logged) / len(logged)))
        return " · ".join([average, self.tr("%n day(s) over target", "", over)])

    def overview(self) -> str:
        return self.tr("{summary} Use the Left and Right arrow keys to read each day.").format(summary=self.summary())

    def header_text(self) -> str:
        return self.summary() if self._selected is None else " · ".join(self.item_lines(self._selected))

    # -- geometry -----------------------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        line = QFontMetricsF(self.font()).height()
        return QSize(360, math.ceil(2 * line + MARKER_ROOM + PLOT_HEIGHT + 4))

    def minimumSizeHint(self) -> QSize:
        line = QFontMetricsF(self.font()).height()
        return QSize(200, math.ceil(2 * line + MARKER_ROOM + PLOT_HEIGHT * 0.6 + 4))

    def chart_layout(self) -> ChartLayout:
        """Where everything goes at the widget's current size and font."""
        metrics = QFontMetricsF(self.font())
        line = metrics.height()
        width, height = float(self.width()), float(self.height())
        eaten = [kcal for _d, kcal, _t in self._days if kcal > 0]
        targets = [target for _d, _k, target in self._days]
        top = kcal_range(eaten, targets)
        plot_top, plot_bottom = line + MARKER_ROOM, height - line - 4
        plot_height = max(1.0, plot_bottom - plot_top)
        step = tick_step(top, int(plot_height // (line * 1.5)))
        tick_kcal = [i * step for i in range(math.floor(top / step) + 1)] if self._days else []
        target_kcal = usual_target(targets)
        target_text = self.tr("target\n{kcal}").format(kcal=kcal_text(target_kcal))
        strong = QFontMetricsF(self._strong_font())  # the target's label is bold
        widths = [metrics.horizontalAdvance(kcal_text(k)) for k in tick_kcal]
        widths += [strong.horizontalAdvance(t) for t in target_text.split("\n")] if self._days else []
        gutter = max(widths, default=0.0) + 8
        plot = QRectF(gutter, plot_top, max(1.0, width - gutter - 2), plot_height)

        def y_of(kcal: float) -> float:
            return plot.bottom() - plot.height() * min(kcal, top) / top

        target = None
        if self._days:
            # two lines, the value's centred on the line: the label names the line where it starts
            rect = QRectF(0, y_of(target_kcal) - 1.5 * line, gutter - 6, 2 * line)
            target = Label(rect.translated(0, max(0.0, -rect.top())), target_text, True)
        ticks = [Label(QRectF(0, y_of(k) - line / 2, gutter - 6, line), kcal_text(k)) for k in tick_kcal]
        ticks = [t for t in ticks if target is None or not t.rect.intersects(target.rect)]
        columns = self._columns(plot, top, y_of)
        return ChartLayout(QRectF(0, 0, width, line), plot, top, ticks, target, columns,
                           self._day_labels(columns, plot, metrics), self._clipped_values(columns, plot, metrics))

    def _columns(self, plot: QRectF, top: float, y_of) -> list[DayColumn]:
        slot_width = plot.width() / max(1, len(self._days))
        bar_width = max(1.5, slot_width * 0.68)
        columns = []
        for i, (day, kcal, target) in enumerate(self._days):
            slot = QRectF(plot.left() + i * slot_width, plot.top(), slot_width, plot.height())
            left = slot.center().x() - bar_width / 2
            bar = QRectF(left, y_of(kcal), bar_width, plot.bottom() - y_of(kcal)) if kcal > 0 else QRectF()
            column = DayColumn(i, day, kcal, target, slot, bar, y_of(target), kcal > top, QRectF())
            if column.over:
                size = min(8.0, max(4.0, slot_width * 0.8))
                column = replace(column, marker=QRectF(slot.center().x() - size / 2, bar.top() - size - 2, size, size))
            columns.append(column)
        return columns

    def _day_name(self, day: date) -> str:
        if day == self._today:
            return self.tr("Today")
        if len(self._days) <= 14:
            return QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
        return QLocale().toString(QDate(day), self.tr("d MMM", "date format under the calorie history"))

    def _day_labels(self, columns: list[DayColumn], plot: QRectF, metrics: QFontMetricsF) -> list[Label]:
        """Every k-th day labelled, counted back from today so today always is; a label that would touch
        one already placed is left out (the first one, pushed inside the widget's left edge, may be)."""
        if not columns:
            return []
        strong = QFontMetricsF(self._strong_font())
        names = [self._day_name(c.day) for c in columns]
        widest = max(strong.horizontalAdvance(n) for n in names) + LABEL_GAP
        slot_width = columns[0].slot.width()
        every = next((k for k in LABEL_EVERY if k * slot_width >= widest), len(columns))
        anchor = self.focus_start()  # today, or the newest day
        order = [*range(anchor, -1, -every), *range(anchor + every, len(columns), every)]
        placed: list[Label] = []
        for i in order:
            is_today = columns[i].day == self._today
            text_width = (strong if is_today else metrics).horizontalAdvance(names[i])
            centre = columns[i].slot.center().x()
            rect = QRectF(centre - text_width / 2, plot.bottom() + 3, text_width, metrics.height())
            rect.moveLeft(max(0.0, min(rect.left(), self.width() - text_width)))
            spaced = rect.adjusted(-LABEL_GAP / 2, 0, LABEL_GAP / 2, 0)
            if not any(spaced.intersects(p.rect) for p in placed):
                placed.append(Label(rect, names[i], is_today))
        return sorted(placed, key=lambda label: label.rect.left())

    def _clipped_values(self, columns: list[DayColumn], plot: QRectF, metrics: QFontMetricsF) -> list[Label]:
        """The value of each broken bar beside its top (right of it, or left at the right edge); one that
        would cover another is left to the tooltip."""
        placed: list[Label] = []
        strong = QFontMetricsF(self._strong_font())
        for column in columns:
            if not column.clipped:
                continue
            text = kcal_text(column.kcal)
            rect = QRectF(column.bar.right() + 2, plot.top() + 1, strong.horizontalAdvance(text) + 6, metrics.height())
            if rect.right() > plot.right():
                rect.moveRight(column.bar.left() - 2)
            if not any(rect.intersects(p.rect) for p in placed):
                placed.append(Label(rect, text, True))
        return placed

    def _strong_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    # -- painting -----------------------------------------------------------------------------------------
    def paintEvent(self, _event) -> None:
        layout = self.chart_layout()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        self._paint_axis(painter, layout, text)
        self._paint_today_and_selection(painter, layout)
        for column in layout.columns:
            self._paint_column(painter, column, layout.plot)
        self._paint_target(painter, layout, text)
        self._paint_labels(painter, layout, text)
        painter.end()

    def _paint_axis(self, painter: QPainter, layout: ChartLayout, text: QColor) -> None:
        grid = QColor(text)
        grid.setAlphaF(0.14)
        for tick in layout.ticks:
            y = tick.rect.center().y()
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(layout.plot.left(), y), QPointF(layout.plot.right(), y))
        painter.setPen(text)
        for tick in layout.ticks:
            painter.drawText(tick.rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, tick.text)

    def _paint_today_and_selection(self, painter: QPainter, layout: ChartLayout) -> None:
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        today = self.today_index()
        if today is not None:
            band = QColor(highlight)
            band.setAlphaF(0.28)
            painter.fillRect(layout.columns[today].slot, band)
        if self._selected is not None:
            painter.setPen(QPen(highlight, 2.0 if self.hasFocus() else 1.2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(layout.columns[self._selected].slot.adjusted(1, -MARKER_ROOM + 1, -1, 1), 3, 3)

    def _paint_column(self, painter: QPainter, column: DayColumn, plot: QRectF) -> None:
        if not column.logged:
            # a hollow ring on the baseline: visibly "nothing logged", never mistaken for a day at 0 kcal
            radius = max(1.5, min(4.0, column.slot.width() * 0.3))
            centre = QPointF(column.slot.center().x(), plot.bottom() - radius - 1)
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.PlaceholderText), 1.2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(centre, radius, radius)
            return
        bar = column.bar
        painter.setPen(Qt.PenStyle.NoPen)
        if not column.over:
            painter.setBrush(GREEN)
            painter.drawRect(bar)
            return
        within = QRectF(bar.left(), column.target_y, bar.width(), bar.bottom() - column.target_y)
        excess = QRectF(bar.left(), bar.top(), bar.width(), column.target_y - bar.top())
        painter.setBrush(GREEN)
        painter.drawRect(within)
        colour = fill_color(column.kcal, column.target)
        painter.setBrush(colour)
        painter.drawRect(excess)
        painter.setBrush(QBrush(colour.darker(170), Qt.BrushStyle.BDiagPattern))  # not colour alone: hatched
        painter.drawRect(excess)
        painter.setBrush(colour.darker(130))
        marker = column.marker
        painter.drawPolygon(QPolygonF([QPointF(marker.center().x(), marker.top()), marker.bottomRight(),
                                       marker.bottomLeft()]))
        if column.clipped:
            # an axis break: two slanted cuts in the background colour just below the top
            y = bar.top() + min(12.0, bar.height() / 3)
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Window), 2.0))
            for dy in (0.0, 4.0):
                painter.drawLine(QPointF(bar.left() - 1, y + dy + 2), QPointF(bar.right() + 1, y + dy - 2))

    def _paint_target(self, painter: QPainter, layout: ChartLayout, text: QColor) -> None:
        if not layout.columns:
            return
        path = QPainterPath(QPointF(layout.plot.left() - 4, layout.columns[0].target_y))
        for column in layout.columns:  # a step line: a day with activity has a higher target of its own
            path.lineTo(column.slot.left(), column.target_y)
            path.lineTo(column.slot.right(), column.target_y)
        painter.setPen(QPen(text, 1.3, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)

    def _paint_labels(self, painter: QPainter, layout: ChartLayout, text: QColor) -> None:
        strong = self._strong_font()
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(QRectF(0, 0, layout.plot.left() - 6, layout.header.height()),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, self.tr("kcal"))
        painter.setPen(text)
        header = layout.header.adjusted(layout.plot.left(), 0, 0, 0)
        painter.drawText(header, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         self.fontMetrics().elidedText(self.header_text(), Qt.TextElideMode.ElideRight,
                                                       int(header.width())))
        if layout.target is not None:
            painter.setFont(strong)
            painter.drawText(layout.target.rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             layout.target.text)
        for label in layout.day_labels:
            painter.setFont(strong if label.strong else self.font())
            painter.drawText(label.rect, Qt.AlignmentFlag.AlignCenter, label.text)
        painter.setFont(strong)
        background = self.palette().color(QPalette.ColorRole.Window)
        for label in layout.clipped_values:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(background)
            painter.drawRoundedRect(label.rect, 3, 3)
            painter.setPen(text)
            painter.drawText(label.rect, Qt.AlignmentFlag.AlignCenter, label.text)
        painter.setFont(self.font())
