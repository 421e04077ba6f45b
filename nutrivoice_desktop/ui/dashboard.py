"""The day at a glance: target vs eaten vs remaining, and a 7/30/90-day calorie history."""

from __future__ import annotations

from typing import Any, Awaitable, Callable

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from nutrivoice_desktop.ui.charts import MacroBars
from nutrivoice_desktop.ui.diary_reads import FoldedReads
from nutrivoice_desktop.ui.history_chart import HistoryChart

HISTORY_RANGES = (7, 30, 90)  # days of history the switch offers


class DayDashboard(QWidget):
    historyRangeChanged = Signal(int)  # days; only when the user picks a range (to remember it)

    def __init__(self, overview_provider: Callable[[int], Awaitable[dict[str, Any]]],
                 parent: QWidget | None = None, history_days: int = 7) -> None:
        """``overview_provider(history_days)`` is SessionBridge.day_overview: the diary's worker reads it, so
        the window never waits on SQLite. Refreshes asked for while one is reading are folded into one.
        *history_days*: the range shown first (the user's last choice), so start-up reads it once."""
        super().__init__(parent)
        self._check_range(history_days)
        self._reads = FoldedReads(lambda: overview_provider(self.history_days), self.show_overview,
                                  lambda _exc: self.headline.setText(self.tr("The diary could not be read just now.")),
                                  "dashboard-read")
        self.shown = 0  # overviews shown: a test can wait for the next one
        self.history_days = history_days
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.headline = QLabel()
        self.headline.setAccessibleName(self.tr("Today's calories"))
        layout.addWidget(self.headline)
        self.bars = MacroBars()
        self.bars.setAccessibleName(self.tr("Eaten against today's targets"))
        layout.addWidget(self.bars)
        layout.addLayout(self._range_switch())
        self.history = HistoryChart()
        layout.addWidget(self.history)
        self.headline.setText(self.tr("Reading the diary…"))

    def _range_switch(self) -> QHBoxLayout:
        """One segmented switch: the buttons sit edge to edge, and the theme styles them by objectName
        ``historyRange`` and the ``segment`` property (first, middle, last) and their :checked state."""
        switch = QHBoxLayout()
        switch.addWidget(QLabel(self.tr("History:")))
        segments = QHBoxLayout()
        segments.setSpacing(0)
        self.range_group = QButtonGroup(self)
        self.range_buttons: dict[int, QPushButton] = {}
        for i, days in enumerate(HISTORY_RANGES):
            button = QPushButton(self.tr("%n day(s)", "history range", days))
            button.setObjectName("historyRange")
            button.setProperty("segment", "first" if i == 0 else "last" if i == len(HISTORY_RANGES) - 1 else "middle")
            button.setCheckable(True)
            button.setChecked(days == self.history_days)
            button.setAccessibleName(self.tr("Show %n day(s) of history", "", days))
            button.setToolTip(button.accessibleName())
            button.toggled.connect(lambda checked, b=button: self._mark_checked(b, checked))
            self._mark_checked(button, button.isChecked())
            button.clicked.connect(lambda _=False, d=days: self._pick_range(d))
            self.range_group.addButton(button, days)
            self.range_buttons[days] = button
            segments.addWidget(button)
        switch.addLayout(segments)
        switch.addStretch(1)
        return switch

    @staticmethod
    def _mark_checked(button: QPushButton, checked: bool) -> None:
        """The checked range in bold too: obvious without colour, whatever the theme's :checked style."""
        font = button.font()
        font.setBold(checked)
        button.setFont(font)

    @staticmethod
    def _check_range(days: int) -> None:
        if days not in HISTORY_RANGES:
            raise ValueError(f"history range must be one of {HISTORY_RANGES}, not {days}")

    def _pick_range(self, days: int) -> None:
        if days != self.history_days:
            self.set_history_days(days)
            self.historyRangeChanged.emit(days)

    def set_history_days(self, days: int) -> None:
        """Show *days* of history (7, 30 or 90) and check its button; reads the diary only when the range
        changes. Emits nothing: this is how the window restores the user's choice."""
        self._check_range(days)
        self.range_buttons[days].setChecked(True)
        if days != self.history_days:
            self.history_days = days
            self.refresh()

    show_history = set_history_days  # the name the window tests use

    def refresh(self) -> None:
        self._reads.request()

    def show_overview(self, data: dict[str, Any]) -> None:
        budget = data["budget"]  # nutrition.budget.DayBudget: the same numbers the cards and tools use
        eaten, target = budget.eaten, budget.target
        self.headline.setText(f"{self._eaten_words(budget)} · {self._left_words(budget)}")
        self.headline.setProperty("over", budget.over_kcal > 0)
        self.bars.set_rows([("kcal", eaten.kcal, eaten.kcal, budget.budget.kcal),
                            (self.tr("protein"), eaten.protein, eaten.protein, target.protein),
                            (self.tr("carbs"), eaten.carbs, eaten.carbs, target.carbs),
                            (self.tr("fat"), eaten.fat, eaten.fat, target.fat)])
        self.history.set_days([(day, macros.kcal, day_target.kcal + act)
                               for day, macros, act, day_target in data["history"]], data["today"])
        self.shown += 1

    def _eaten_words(self, budget) -> str:
        number = QLocale().toString
        if budget.activity_kcal:
            return self.tr("<b>{eaten}</b> of {budget} kcal eaten (+{activity} from activity)").format(
                eaten=number(round(budget.eaten.kcal)), budget=number(round(budget.budget.kcal)),
                activity=number(round(budget.activity_kcal)))
        return self.tr("<b>{eaten}</b> of {budget} kcal eaten").format(
            eaten=number(round(budget.eaten.kcal)), budget=number(round(budget.budget.kcal)))

    def _left_words(self, budget) -> str:
        """As DayBudget.left_words, translated, the number in bold."""
        left = round(budget.remaining.kcal)
        if left > 0:
            return self.tr("<b>{kcal}</b> kcal left").format(kcal=QLocale().toString(left))
        if left < 0:
            return self.tr("<b>{kcal}</b> kcal over").format(kcal=QLocale().toString(-left))
        return self.tr("right on target")
