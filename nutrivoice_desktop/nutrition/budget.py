"""The one definition of a day's budget, used by the dashboard, the cards and the tools alike:

    budget = the day's target + what activity burned;   left = budget − eaten   (over when negative)

and the words for a day ("today", "yesterday", "on Monday 23 November"), so a past day is never "today".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from nutrivoice_desktop.nutrition.macros import Macros


@dataclass(frozen=True)
class DayBudget:
    day: date
    target: Macros  # the day's own target (store.daily_target(day))
    activity_kcal: float
    eaten: Macros

    @property
    def budget(self) -> Macros:
        return self.target + Macros(kcal=self.activity_kcal)

    @property
    def remaining(self) -> Macros:
        return self.budget - self.eaten

    @property
    def over_kcal(self) -> float:
        return max(0.0, -self.remaining.kcal)

    def left_words(self) -> str:
        """'1234 kcal left', '310 kcal over' or 'right on target'."""
        left = round(self.remaining.kcal)
        if left > 0:
            return f"{left} kcal left"
        if left < 0:
            return f"{-left} kcal over"
        return "right on target"

    def as_data(self) -> dict:
        """What a tool tells the model."""
        return {"day": self.day.isoformat(), "target": self.target.as_dict(0), "activity_kcal": round(self.activity_kcal),
                "eaten": self.eaten.as_dict(0), "budget_kcal": round(self.budget.kcal),
                "remaining": self.remaining.as_dict(0), "over_kcal": round(self.over_kcal)}


def day_budget(store, day: date) -> DayBudget:
    eaten = Macros.total(store.eaten(day).values())
    return DayBudget(day, store.daily_target(day), store.activity_kcal(day), eaten)


def day_words(day: date, today: date) -> str:
    """How to name *day* seen from *today*: 'today', 'yesterday', 'tomorrow' or 'on Monday 23 November'."""
    if day == today:
        return "today"
    if day == today - timedelta(days=1):
        return "yesterday"
    if day == today + timedelta(days=1):
        return "tomorrow"
    return f"on {day:%A} {day.day} {day:%B}" + ("" if day.year == today.year else f" {day.year}")
