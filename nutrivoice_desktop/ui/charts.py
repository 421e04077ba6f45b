"""Small painted charts (no browser, no chart library): macro bars, level meter, weight trend.
The calorie history has a module of its own (history_chart.py)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

GREEN, AMBER, RED, GREY = QColor("#2e9d6a"), QColor("#e0a21b"), QColor("#d2553f"), QColor(128, 128, 128, 70)


def _number(value: float) -> str:
    """A whole number as the user's locale writes it (2,000 or 2.000)."""
    return QLocale().toString(round(value))


def _kg(value: float) -> str:
    return QLocale().toString(value, "f", 1)


def fill_color(value: float, target: float) -> QColor:
    if target <= 0:
        return GREEN
    share = value / target
    return GREEN if share <= 1.0 else AMBER if share <= 1.1 else RED


class MacroBars(QWidget):
    """One row per macro: a track for the target, the value filled, a tick where it was before."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, float, float, float]] = []  # label, before, after, target
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_rows(self, rows) -> None:
        self._rows = [tuple(r) for r in rows]
        self.setAccessibleDescription("; ".join(
            self.tr("{label} {value} of {target}").format(label=label, value=_number(after), target=_number(target))
            for label, _b, after, target in self._rows))
        self.updateGeometry()
        self.update()

    def rows(self):
        return list(self._rows)

    def sizeHint(self) -> QSize:
        return QSize(240, 22 * max(1, len(self._rows)))

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_color = self.palette().windowText().color()
        # as wide as the longest label in the window's language ("Kohlenhydrate"), at least the old 58 px
        label_w = max([58, *(self.fontMetrics().horizontalAdvance(row[0]) + 8 for row in self._rows)])
        value_w = 92
        for i, (label, before, after, target) in enumerate(self._rows):
            y = i * 22 + 4
            track = QRectF(label_w, y + 3, max(10, self.width() - label_w - value_w - 8), 10)
            painter.setPen(text_color)
            painter.drawText(QRectF(0, y, label_w - 4, 16), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             label)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(GREY)
            painter.drawRoundedRect(track, 5, 5)
            scale = max(target, after, before, 1e-9) * 1.0
            filled = QRectF(track.left(), track.top(), track.width() * min(after, scale) / scale, track.height())
            painter.setBrush(fill_color(after, target))
            painter.drawRoundedRect(filled, 5, 5)
            if abs(before - after) > 1e-6:
                x = track.left() + track.width() * min(before, scale) / scale
                painter.setPen(QPen(text_color, 2))
                painter.drawLine(int(x), int(track.top() - 2), int(x), int(track.bottom() + 2))
            if target > 0:
                x = track.left() + track.width() * target / scale
                painter.setPen(QPen(text_color, 1, Qt.PenStyle.DashLine))
                painter.drawLine(int(x), int(track.top() - 3), int(x), int(track.bottom() + 3))
            painter.setPen(text_color)
            amounts = f"{_number(after)}/{_number(target)}"
            painter.drawText(QRectF(track.right() + 6, y, value_w, 16), Qt.AlignmentFlag.AlignVCenter,
                             amounts if label == "kcal" else self.tr("{amounts} g").format(amounts=amounts))
        painter.end()


class LevelMeter(QWidget):
    """Microphone level, -60…0 dBFS."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.level = -100.0
        self.setFixedHeight(10)
        self.setMinimumWidth(80)
        self.setAccessibleName(self.tr("Microphone level"))

    def set_level(self, dbfs: float) -> None:
        self.level = dbfs
        self.setAccessibleDescription(self.tr("{level} dB").format(level=_number(dbfs)))
        self.update()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(GREY)
        painter.drawRoundedRect(self.rect(), 4, 4)
        share = min(1.0, max(0.0, (self.level + 60) / 60))
        painter.setBrush(GREEN if self.level < -6 else AMBER)
        painter.drawRoundedRect(QRectF(0, 0, self.width() * share, self.height()), 4, 4)
        painter.end()


class ChartSelection:
    """One item of a chart selected at a time, by hover, click or Left/Right/Home/End on the focused chart; its
    lines show in a tooltip (hover) and, joined, in the accessible description, so a screen reader hears the
    values the eye reads. Mixed in before QWidget; the chart provides item_count(), index_at(x),
    item_lines(index), overview() (the description while nothing is selected) and focus_start(), calls
    _enable_selection() once, and paints the selection."""

    _selected: int | None = None

    def _enable_selection(self) -> None:
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self._describe()

    def selected_index(self) -> int | None:
        return self._selected

    def select(self, index: int | None) -> None:
        if index is not None:
            index = max(0, min(index, self.item_count() - 1)) if self.item_count() else None
        if index != self._selected:
            self._selected = index
            self._describe()
            self.update()

    def _describe(self) -> None:
        self.setAccessibleDescription(
            self.overview() if self._selected is None else ", ".join(self.item_lines(self._selected)))

    def mouseMoveEvent(self, event) -> None:
        index = self.index_at(event.position().x())
        if index is None:
            QToolTip.hideText()
            return
        self.select(index)
        QToolTip.showText(event.globalPosition().toPoint(), "\n".join(self.item_lines(index)), self)

    def mousePressEvent(self, event) -> None:
        self.select(self.index_at(event.position().x()))
        super().mousePressEvent(event)

    def leaveEvent(self, event) -> None:
        if not self.hasFocus():
            self.select(None)
        super().leaveEvent(event)

    def focusInEvent(self, event) -> None:
        if self._selected is None and self.item_count():
            self.select(self.focus_start())
        super().focusInEvent(event)
        self.update()  # the selection is drawn stronger while the chart has focus

    def focusOutEvent(self, event) -> None:
        if not self.underMouse():
            self.select(None)
        super().focusOutEvent(event)
        self.update()

    def keyPressEvent(self, event) -> None:
        last = self.item_count() - 1
        current = self.focus_start() if self._selected is None else self._selected
        moves = {Qt.Key.Key_Left: current - 1, Qt.Key.Key_Right: current + 1, Qt.Key.Key_Home: 0,
                 Qt.Key.Key_End: last}
        if event.key() in moves and last >= 0:
            self.select(moves[event.key()])
            event.accept()
            return
        super().keyPressEvent(event)


class WeightChart(ChartSelection, QWidget):
    """Weights over time: the logged points, a 7-day moving average as the trend, and the axis range in kg."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._points: list[tuple[date, float]] = []
        self.setMinimumHeight(120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Weight trend"))
        self._enable_selection()

    def set_points(self, points: list[tuple[date, float]]) -> None:
        self._points = sorted(points)
        self._selected = None
        self._describe()
        self.update()

    def points(self) -> list[tuple[date, float]]:
        return list(self._points)

    def trend(self) -> list[tuple[date, float]]:
        """The mean of the weights logged in the 7 days up to each point (the day-to-day water swings fade)."""
        out = []
        for day, _ in self._points:
            window = [kg for d, kg in self._points if 0 <= (day - d).days < 7]
            out.append((day, sum(window) / len(window)))
        return out

    def sizeHint(self) -> QSize:
        return QSize(320, 140)

    # -- what the selection reads -------------------------------------------------------------------------
    def item_count(self) -> int:
        return len(self._points)

    def focus_start(self) -> int:
        return len(self._points) - 1  # the latest weight

    def index_at(self, x: float) -> int | None:
        """The point nearest to *x*."""
        positions = self.positions()
        if not positions:
            return None
        return min(range(len(positions)), key=lambda i: abs(positions[i].x() - x))

    def item_lines(self, index: int) -> list[str]:
        day, kg = self._points[index]
        return [QLocale().toString(QDate(day), self.tr("ddd d MMM", "date format of a weight")),
                self.tr("{kg} kg").format(kg=QLocale().toString(kg, "g", 4)),
                self.tr("trend {kg} kg").format(kg=_kg(self.trend()[index][1]))]

    def overview(self) -> str:
        if not self._points:
            return self.tr("No weights logged yet")
        return self.tr("%n weight(s) from {first} to {last}; latest {latest} kg, trend {trend} kg. "
                       "Use the Left and Right arrow keys to read each weight.", "", len(self._points)).format(
            first=self._date(self._points[0][0]), last=self._date(self._points[-1][0]),
            latest=QLocale().toString(self._points[-1][1], "g", 4), trend=_kg(self.trend()[-1][1]))

    def _date(self, day: date) -> str:
        return QLocale().toString(QDate(day), self.tr("d MMM", "date format on the weight chart"))

    # -- geometry and painting ----------------------------------------------------------------------------
    def _frame(self) -> tuple[QRectF, float, float]:
        """The plot's rectangle and the kg at its bottom and top."""
        low = min(kg for _, kg in self._points) - 0.5
        high = max(kg for _, kg in self._points) + 0.5
        return QRectF(44.0, 8.0, self.width() - 52.0, self.height() - 28.0), low, high

    def positions(self) -> list[QPointF]:
        """Where each weight is drawn (hover and keys find points with the same numbers)."""
        if not self._points:
            return []
        plot, low, high = self._frame()
        first = self._points[0][0]
        span = max(1, (self._points[-1][0] - first).days)

        def at(day: date, kg: float) -> QPointF:
            share = (day - first).days / span if len(self._points) > 1 else 0.5
            height = plot.height() * (kg - low) / (high - low)
            return QPointF(plot.left() + plot.width() * share, plot.bottom() - height)

        return [at(day, kg) for day, kg in self._points]

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().windowText().color()
        if not self._points:
            p.setPen(text)
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Log your weight to see its trend here."))
            return
        plot, low, high = self._frame()
        left, top, bottom, right = plot.left(), plot.top(), plot.bottom(), plot.right()
        first, last = self._points[0][0], self._points[-1][0]
        p.setPen(QPen(GREY, 1))
        p.drawLine(int(left), int(bottom), int(right), int(bottom))
        p.setPen(text)
        p.drawText(QRectF(0, top - 6, left - 4, 14), Qt.AlignmentFlag.AlignRight, _kg(high))
        p.drawText(QRectF(0, bottom - 8, left - 4, 14), Qt.AlignmentFlag.AlignRight, _kg(low))
        p.drawText(QRectF(left, bottom + 2, 100, 16), Qt.AlignmentFlag.AlignLeft, self._date(first))
        p.drawText(QRectF(right - 100, bottom + 2, 100, 16), Qt.AlignmentFlag.AlignRight, self._date(last))
        positions = self.positions()
        trend = [QPointF(point.x(), bottom - plot.height() * (kg - low) / (high - low))
                 for point, (_d, kg) in zip(positions, self.trend())]
        p.setPen(QPen(GREEN, 2))
        for a, b in zip(trend, trend[1:]):
            p.drawLine(a, b)
        p.setPen(QPen(text, 1))
        p.setBrush(text)
        for point in positions:
            p.drawEllipse(point, 2.5, 2.5)
        if self._selected is not None:
            p.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2.0 if self.hasFocus() else 1.2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawEllipse(positions[self._selected], 6, 6)
        p.end()
