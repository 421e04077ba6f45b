"""The day at a glance: target vs eaten vs remaining, and a 7/30-day history."""

from __future__ import annotations

from typing import Any, Awaitable, Callable

from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from nutrivoice_desktop.ui.charts import HistoryChart, MacroBars
from nutrivoice_desktop.ui.diary_reads import FoldedReads


class DayDashboard(QWidget):
    def __init__(self, overview_provider: Callable[[int], Awaitable[dict[str, Any]]],
                 parent: QWidget | None = None) -> None:
        """``overview_provider(history_days)`` is SessionBridge.day_overview: the diary's worker reads it, so
        the window never waits on SQLite. Refreshes asked for while one is reading are folded into one."""
        super().__init__(parent)
        self._reads = FoldedReads(lambda: overview_provider(self.history_days), self.show_overview,
                                  lambda _exc: self.headline.setText("The diary could not be read just now."),
                                  "dashboard-read")
        self.shown = 0  # overviews shown: a test can wait for the next one
        self.history_days = 7
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.headline = QLabel()
        self.headline.setAccessibleName("Today's calories")
        layout.addWidget(self.headline)
        self.bars = MacroBars()
        self.bars.setAccessibleName("Eaten against today's targets")
        layout.addWidget(self.bars)
        switch = QHBoxLayout()
        switch.addWidget(QLabel("History:"))
        group = QButtonGroup(self)
        for days in (7, 30):
            button = QPushButton(f"{days} days")
            button.setCheckable(True)
            button.setChecked(days == 7)
            button.setAccessibleName(f"Show {days} days of history")
            button.clicked.connect(lambda _=False, d=days: self.show_history(d))
            group.addButton(button)
            switch.addWidget(button)
        switch.addStretch(1)
        layout.addLayout(switch)
        self.history = HistoryChart()
        layout.addWidget(self.history)
        self.headline.setText("Reading the diary…")

    def show_history(self, days: int) -> None:
        self.history_days = days
        self.refresh()

    def refresh(self) -> None:
        self._reads.request()

    def show_overview(self, data: dict[str, Any]) -> None:
        budget = data["budget"]  # nutrition.budget.DayBudget: the same numbers the cards and tools use
        eaten, target = budget.eaten, budget.target
        extra = f" (+{budget.activity_kcal:.0f} from activity)" if budget.activity_kcal else ""
        left = budget.left_words()
        words = f"<b>{left.split(' ', 1)[0]}</b> {left.split(' ', 1)[1]}" if left[0].isdigit() else left
        self.headline.setText(f"<b>{eaten.kcal:.0f}</b> of {budget.budget.kcal:.0f} kcal eaten{extra} · {words}")
        self.headline.setProperty("over", budget.over_kcal > 0)
        self.bars.set_rows([("kcal", eaten.kcal, eaten.kcal, budget.budget.kcal),
                            ("protein", eaten.protein, eaten.protein, target.protein),
                            ("carbs", eaten.carbs, eaten.carbs, target.carbs),
                            ("fat", eaten.fat, eaten.fat, target.fat)])
        self.history.set_days([(day, macros.kcal, day_target.kcal + act)
                               for day, macros, act, day_target in data["history"]])
        self.shown += 1
