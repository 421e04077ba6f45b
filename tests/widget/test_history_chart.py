"""The calorie history chart and the dashboard's range switch, driven as a user drives them: the mouse over a
bar, the arrow keys on the focused chart, a click on a range. Geometry is checked through the chart's own
chart_layout(), the same numbers paintEvent draws."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QToolTip

from nutrivoice_desktop.nutrition.budget import DayBudget
from nutrivoice_desktop.nutrition.macros import Macros
from nutrivoice_desktop.services.settings import Settings
from nutrivoice_desktop.ui.charts import WeightChart
from nutrivoice_desktop.ui.dashboard import HISTORY_RANGES, DayDashboard
from nutrivoice_desktop.ui.history_chart import HistoryChart, kcal_range, tick_step
from tests.conftest import FIXED_DAY
from tests.widget.conftest import make_bridge

TODAY = date(2026, 11, 25)


def week(*kcal: float, target: float = 2000.0) -> list[tuple[date, float, float]]:
    return [(TODAY - timedelta(days=len(kcal) - 1 - i), k, target) for i, k in enumerate(kcal)]


def shown_chart(qtbot, days, width: int = 480) -> HistoryChart:
    chart = HistoryChart()
    qtbot.addWidget(chart)
    chart.set_days(days, TODAY)
    chart.resize(width, chart.sizeHint().height())
    chart.show()
    qtbot.waitExposed(chart)
    return chart


def kcal(value: float) -> str:
    return QLocale().toString(value)


def test_a_size_that_can_be_read(qapp):
    chart = HistoryChart()
    assert 140 <= chart.sizeHint().height() <= 180
    assert chart.minimumSizeHint().height() <= chart.sizeHint().height()


def test_one_huge_day_does_not_squash_the_others(qtbot):
    chart = shown_chart(qtbot, week(1900, 2100, 2000, 9000, 1800, 2200, 2000))
    layout = chart.chart_layout()
    plot, huge = layout.plot, layout.columns[3]
    assert huge.clipped and huge.bar.top() == pytest.approx(plot.top())
    assert [label.text for label in layout.clipped_values] == [kcal(9000)]
    label = layout.clipped_values[0].rect
    assert abs(label.center().x() - huge.bar.center().x()) < huge.slot.width() * 1.5  # beside its bar
    for column in layout.columns[:3] + layout.columns[4:]:
        assert not column.clipped
        assert column.bar.height() > 0.45 * plot.height()  # unclipped, 2000 of 9900 would be a fifth


def test_a_day_only_a_little_higher_is_drawn_whole(qtbot):
    chart = shown_chart(qtbot, week(1900, 2100, 2000, 3300, 1800, 2200, 2000))
    layout = chart.chart_layout()
    assert not any(c.clipped for c in layout.columns) and layout.clipped_values == []
    assert layout.top_kcal >= 3300


def test_the_axis_has_a_few_round_ticks():
    assert kcal_range([2000.0] * 6 + [9000.0], [2000.0] * 7) == pytest.approx(3000)  # 1.5 × 2,000
    assert tick_step(3000, 4) == 1000
    assert tick_step(3000, 2) == 2000
    assert tick_step(1100, 4) == 250 and tick_step(1100, 2) == 500


def test_the_axis_and_the_target_line_are_labelled(qtbot):
    chart = shown_chart(qtbot, week(1900, 2100, 2000, 2500, 1800, 2200, 2000))
    layout = chart.chart_layout()
    texts = [tick.text for tick in layout.ticks]
    assert texts[0] == "0" and 2 <= len(texts) <= 5
    assert layout.target is not None and layout.target.text.split("\n") == ["target", kcal(2000)]
    assert layout.target.rect.bottom() > layout.columns[0].target_y > layout.target.rect.top()
    rects = [tick.rect for tick in layout.ticks] + [layout.target.rect]
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])


def test_hovering_a_bar_shows_its_day_in_a_tooltip(qtbot):
    chart = shown_chart(qtbot, week(1900, 2100, 2000, 2480, 1800, 2200, 2000))
    column = chart.chart_layout().columns[3]
    QTest.mouseMove(chart, column.slot.center().toPoint())
    qtbot.waitUntil(lambda: QToolTip.isVisible() and kcal(2480) in QToolTip.text(), timeout=3000)
    tip = QToolTip.text()
    assert kcal(2000) in tip and "480 kcal over target" in tip
    assert chart.selected_index() == 3 and kcal(2480) in chart.header_text()
    QToolTip.hideText()


def test_the_arrow_keys_read_each_day_aloud(qtbot):
    chart = shown_chart(qtbot, week(1900, 2100, 2000, 2480, 0, 1750, 2000))
    assert chart.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert "Left and Right" in chart.accessibleDescription()
    chart.activateWindow()
    chart.setFocus()
    qtbot.waitUntil(chart.hasFocus, timeout=3000)
    assert chart.selected_index() == 6  # focus starts on today
    assert chart.accessibleDescription().startswith("Today")
    qtbot.keyClick(chart, Qt.Key.Key_Left)
    assert chart.selected_index() == 5
    assert kcal(1750) in chart.accessibleDescription() and "250 kcal under target" in chart.accessibleDescription()
    assert kcal(1750) in chart.header_text()  # shown in words above the plot too
    qtbot.keyClick(chart, Qt.Key.Key_Left)
    assert "Nothing logged" in chart.accessibleDescription()
    qtbot.keyClick(chart, Qt.Key.Key_Home)
    qtbot.keyClick(chart, Qt.Key.Key_Left)  # stays on the first day
    assert chart.selected_index() == 0 and kcal(1900) in chart.accessibleDescription()
    qtbot.keyClick(chart, Qt.Key.Key_End)
    assert chart.selected_index() == 6


def test_a_day_with_nothing_logged_is_no_data_not_zero(qtbot):
    chart = shown_chart(qtbot, week(1900, 0, 2000, 2100, 1800, 2200, 2000))
    empty = chart.chart_layout().columns[1]
    assert not empty.logged and empty.bar.isNull() and not empty.over
    assert chart.item_lines(1)[1] == "Nothing logged"
    assert "6 logged" in chart.summary()


@pytest.mark.parametrize("width", [300, 480, 900])
def test_ninety_day_labels_never_overlap(qtbot, width):
    days = [(TODAY - timedelta(days=89 - i), 1800.0 + 10 * (i % 7), 2000.0) for i in range(90)]
    chart = shown_chart(qtbot, days, width)
    labels = chart.chart_layout().day_labels
    assert len(labels) >= 2
    for i, a in enumerate(labels):
        assert 0 <= a.rect.left() and a.rect.right() <= width
        for b in labels[i + 1:]:
            assert not a.rect.adjusted(-3, 0, 3, 0).intersects(b.rect), (a.text, b.text)


def test_today_is_marked(qtbot):
    chart = shown_chart(qtbot, week(1900, 2100, 2000, 2100, 1800, 2200, 1500))
    layout = chart.chart_layout()
    assert chart.today_index() == 6
    today_labels = [label for label in layout.day_labels if label.strong]
    assert [label.text for label in today_labels] == ["Today"]
    assert layout.columns[6].slot.contains(today_labels[0].rect.center().x(), layout.columns[6].slot.center().y())
    image = chart.grab().toImage()
    ratio = chart.devicePixelRatioF()

    def colour_above_bar(i: int) -> QColor:  # the plot's background in the column, above its bar
        slot = layout.columns[i].slot
        return image.pixelColor(QPoint(int(slot.center().x() * ratio), int((slot.top() + 3) * ratio)))

    assert colour_above_bar(6) != colour_above_bar(2)  # the today band


def test_an_over_target_day_is_marked_not_by_colour_alone(qtbot):
    chart = shown_chart(qtbot, week(1900, 1950, 2000, 1980, 1800, 2600, 1500))
    columns = chart.chart_layout().columns
    over, under = columns[5], columns[4]
    assert over.over and not over.marker.isNull() and over.marker.bottom() <= over.bar.top()
    assert over.target_y > over.bar.top()  # the bar crosses the target line
    assert not under.over and under.marker.isNull()
    assert [c.index for c in columns if c.over] == [5] and "1 day" in chart.summary()


@pytest.mark.parametrize("window, text", [("#f6f7f5", "#1d2420"), ("#1b1f1d", "#e4e9e6")])
def test_painted_in_the_palettes_colours(qtbot, window, text):
    chart = HistoryChart()
    qtbot.addWidget(chart)
    palette = chart.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(window))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
    chart.setPalette(palette)
    chart.set_days(week(1900, 2100, 2000, 2100, 1800, 2200, 1500), TODAY)
    chart.resize(480, chart.sizeHint().height())
    chart.show()
    qtbot.waitExposed(chart)
    image = chart.grab().toImage()
    ratio = chart.devicePixelRatioF()
    label = chart.chart_layout().day_labels[0].rect
    pixels = [image.pixelColor(QPoint(int(x * ratio), int(y * ratio)))
              for x in range(int(label.left()), int(label.right()))
              for y in range(int(label.top()), int(label.bottom()))]
    ink = max(pixels, key=lambda c: abs(c.lightness() - QColor(window).lightness()))
    assert abs(ink.lightness() - QColor(text).lightness()) < 40  # the day's name is in the palette's text colour


def test_numbers_follow_the_locale(qtbot):
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        chart = shown_chart(qtbot, week(1900, 2100, 2000, 9000, 1800, 2200, 2000))
        layout = chart.chart_layout()
        assert layout.clipped_values[0].text == "9.000"
        assert "2.000" in layout.target.text
    finally:
        QLocale.setDefault(before)


# -- the dashboard's range switch ----------------------------------------------------------------------------
class Overviews:
    """A stand-in for SessionBridge.day_overview that counts its reads."""

    def __init__(self) -> None:
        self.asked: list[int] = []

    async def __call__(self, history_days: int) -> dict:
        self.asked.append(history_days)
        target = Macros(2000, 100, 250, 70)
        history = [(TODAY - timedelta(days=history_days - 1 - i), Macros(kcal=1900), 0.0, target)
                   for i in range(history_days)]
        return {"budget": DayBudget(TODAY, target, 0.0, Macros(1900, 90, 230, 60)), "history": history,
                "day": TODAY, "today": TODAY}


@pytest.fixture
def dashboard(qtbot, aloop):
    overviews = Overviews()
    board = DayDashboard(overviews)
    qtbot.addWidget(board)
    board.show()
    board.refresh()
    qtbot.waitUntil(lambda: board.shown == 1, timeout=5000)
    board.overviews = overviews
    return board


def checked(board) -> list[int]:
    return [days for days, button in board.range_buttons.items() if button.isChecked()]


def test_picking_a_range_reads_it_and_says_so(qtbot, dashboard):
    assert tuple(dashboard.range_buttons) == HISTORY_RANGES == (7, 30, 90)
    assert checked(dashboard) == [7] and dashboard.range_buttons[7].font().bold()
    with qtbot.waitSignal(dashboard.historyRangeChanged, timeout=2000) as signal:
        qtbot.mouseClick(dashboard.range_buttons[90], Qt.MouseButton.LeftButton)
    assert signal.args == [90] and dashboard.history_days == 90
    qtbot.waitUntil(lambda: dashboard.shown == 2, timeout=5000)
    assert checked(dashboard) == [90] and dashboard.range_buttons[90].font().bold()
    assert not dashboard.range_buttons[7].font().bold()
    assert len(dashboard.history.days()) == 90 and dashboard.overviews.asked == [7, 90]
    with qtbot.assertNotEmitted(dashboard.historyRangeChanged):
        qtbot.mouseClick(dashboard.range_buttons[90], Qt.MouseButton.LeftButton)  # already shown: no read
    assert dashboard.overviews.asked == [7, 90] and checked(dashboard) == [90]


def test_setting_the_range_restores_it_without_a_signal_or_a_needless_read(qtbot, dashboard):
    with qtbot.assertNotEmitted(dashboard.historyRangeChanged):
        dashboard.set_history_days(30)
        qtbot.waitUntil(lambda: dashboard.shown == 2, timeout=5000)
        dashboard.set_history_days(30)
    assert checked(dashboard) == [30] and dashboard.overviews.asked == [7, 30]
    with pytest.raises(ValueError):
        dashboard.set_history_days(14)


def test_a_dashboard_can_start_on_the_users_range(qtbot, aloop):
    overviews = Overviews()
    board = DayDashboard(overviews, history_days=30)
    qtbot.addWidget(board)
    board.refresh()
    qtbot.waitUntil(lambda: board.shown == 1, timeout=5000)
    assert overviews.asked == [30] and checked(board) == [30]


def test_ninety_days_through_the_real_bridge(qtbot, base_dir, registry, tool_context, aloop):
    board = DayDashboard(make_bridge(Settings(), registry, tool_context).day_overview, history_days=90)
    qtbot.addWidget(board)
    board.refresh()
    qtbot.waitUntil(lambda: board.shown == 1, timeout=5000)
    days = board.history.days()
    assert len(days) == 90 and days[-1][0] == FIXED_DAY and board.history.today_index() == 89


# -- the weight chart reads the same way ---------------------------------------------------------------------
def test_weights_are_read_by_hover_and_by_keys(qtbot):
    chart = WeightChart()
    qtbot.addWidget(chart)
    chart.set_points([(TODAY - timedelta(days=14), 81.2), (TODAY - timedelta(days=7), 80.6), (TODAY, 79.9)])
    chart.resize(400, 140)
    chart.show()
    qtbot.waitExposed(chart)
    middle = chart.positions()[1]
    QTest.mouseMove(chart, QPoint(int(middle.x()) + 3, 20))
    qtbot.waitUntil(lambda: QToolTip.isVisible() and "80.6 kg" in QToolTip.text(), timeout=3000)
    QToolTip.hideText()
    chart.activateWindow()
    chart.setFocus()
    qtbot.waitUntil(chart.hasFocus, timeout=3000)
    qtbot.keyClick(chart, Qt.Key.Key_End)
    assert chart.selected_index() == 2 and "79.9 kg" in chart.accessibleDescription()
    qtbot.keyClick(chart, Qt.Key.Key_Home)
    assert chart.selected_index() == 0 and "81.2 kg" in chart.accessibleDescription()
