"""Small painted charts (no browser, no chart library): macro bars, level meter, history columns."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

GREEN, AMBER, RED, GREY = QColor("#2e9d6a"), QColor("#e0a21b"), QColor("#d2553f"), QColor(128, 128, 128, 70)


def _fill_color(value: float, target: float) -> QColor:
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
            f"{label} {after:.0f} of {target:.0f}" for label, _b, after, target in self._rows))
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
        label_w, value_w = 58, 92
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
            painter.setBrush(_fill_color(after, target))
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
            unit = "" if label == "kcal" else " g"
            painter.drawText(QRectF(track.right() + 6, y, value_w, 16), Qt.AlignmentFlag.AlignVCenter,
                             f"{after:.0f}/{target:.0f}{unit}")
        painter.end()


class LevelMeter(QWidget):
    """Microphone level, -60…0 dBFS."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.level = -100.0
        self.setFixedHeight(10)
        self.setMinimumWidth(80)
        self.setAccessibleName("Microphone level")

    def set_level(self, dbfs: float) -> None:
        self.level = dbfs
        self.setAccessibleDescription(f"{dbfs:.0f} dB")
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


class HistoryChart(QWidget):
    """Daily kcal eaten against the target, one column per day."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._days: list[tuple[date, float, float]] = []  # day, eaten kcal, target kcal
        self.setMinimumHeight(110)
        self.setAccessibleName("Calorie history")

    def set_days(self, days: list[tuple[date, float, float]]) -> None:
        self._days = days
        logged = [f"{d:%a %d}: {kcal:.0f} kcal" for d, kcal, _t in days if kcal > 0]
        self.setAccessibleDescription("; ".join(logged) or "nothing logged yet")
        self.update()

    def days(self):
        return list(self._days)

    def paintEvent(self, _event) -> None:
        if not self._days:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_color = self.palette().windowText().color()
        if not any(kcal > 0 for _d, kcal, _t in self._days):
            painter.setPen(text_color)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             f"Nothing logged in the last {len(self._days)} days yet.")
            painter.end()
            return
        top, bottom = 6, self.height() - 18
        scale = max(max(max(k, t) for _d, k, t in self._days), 1.0) * 1.1
        width = self.width() / len(self._days)
        for i, (day, kcal, target) in enumerate(self._days):
            x = i * width
            h = (bottom - top) * kcal / scale
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(_fill_color(kcal, target))
            painter.drawRoundedRect(QRectF(x + width * 0.2, bottom - h, width * 0.6, h), 2, 2)
            if len(self._days) <= 10 or i % 5 == 0:
                painter.setPen(text_color)
                painter.drawText(QRectF(x, bottom + 2, width * (1 if len(self._days) <= 10 else 5), 14),
                                 Qt.AlignmentFlag.AlignLeft, f"{day:%a}" if len(self._days) <= 10 else f"{day:%d %b}")
        target = self._days[-1][2]
        y = bottom - (bottom - top) * target / scale
        painter.setPen(QPen(text_color, 1, Qt.PenStyle.DashLine))
        painter.drawLine(0, int(y), self.width(), int(y))
        painter.end()


class WeightChart(QWidget):
    """Weights over time: the logged points, a 7-day moving average as the trend, and the axis range in kg."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._points: list[tuple[date, float]] = []
        self.setMinimumHeight(120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_points(self, points: list[tuple[date, float]]) -> None:
        self._points = sorted(points)
        trend = self.trend()
        self.setAccessibleDescription(
            "No weights logged yet" if not self._points else
            f"{len(self._points)} weights from {self._points[0][0]:%d %b} to {self._points[-1][0]:%d %b}; "
            f"latest {self._points[-1][1]:g} kg, trend {trend[-1][1]:.1f} kg")
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

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().windowText().color()
        if not self._points:
            p.setPen(text)
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "Log your weight to see its trend here.")
            return
        left, top, bottom, right = 44.0, 8.0, self.height() - 20.0, self.width() - 8.0
        low = min(kg for _, kg in self._points) - 0.5
        high = max(kg for _, kg in self._points) + 0.5
        first, last = self._points[0][0], self._points[-1][0]
        span = max(1, (last - first).days)

        def at(day: date, kg: float) -> tuple[float, float]:
            x = left + (right - left) * ((day - first).days / span if len(self._points) > 1 else 0.5)
            return x, bottom - (bottom - top) * (kg - low) / (high - low)

        p.setPen(QPen(GREY, 1))
        p.drawLine(int(left), int(bottom), int(right), int(bottom))
        p.setPen(text)
        p.drawText(QRectF(0, top - 6, left - 4, 14), Qt.AlignmentFlag.AlignRight, f"{high:.1f}")
        p.drawText(QRectF(0, bottom - 8, left - 4, 14), Qt.AlignmentFlag.AlignRight, f"{low:.1f}")
        p.drawText(QRectF(left, bottom + 2, 100, 16), Qt.AlignmentFlag.AlignLeft, f"{first:%d %b}")
        p.drawText(QRectF(right - 100, bottom + 2, 100, 16), Qt.AlignmentFlag.AlignRight, f"{last:%d %b}")
        p.setPen(QPen(GREEN, 2))
        trend = [at(d, kg) for d, kg in self.trend()]
        for (x1, y1), (x2, y2) in zip(trend, trend[1:]):
            p.drawLine(int(x1), int(y1), int(x2), int(y2))
        p.setPen(QPen(text, 1))
        p.setBrush(text)
        for day, kg in self._points:
            x, y = at(day, kg)
            p.drawEllipse(QRectF(x - 2.5, y - 2.5, 5, 5))
