"""The one definition of a day's budget, used by the dashboard, the cards and the tools alike:

    budget = the day's target + what activity burned;   left = budget − eaten   (over when negative)

and the words for a day ("today", "yesterday", "on Monday 23 November"), so a past day is never "today".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from nutrivoice_desktop.core.wording import QT_TRANSLATE_NOOP, Phrase
from nutrivoice_desktop.nutrition.macros import Macros

WEEKDAYS = (QT_TRANSLATE_NOOP("Messages", "Monday"), QT_TRANSLATE_NOOP("Messages", "Tuesday"),
            QT_TRANSLATE_NOOP("Messages", "Wednesday"), QT_TRANSLATE_NOOP("Messages", "Thursday"),
            QT_TRANSLATE_NOOP("Messages", "Friday"), QT_TRANSLATE_NOOP("Messages", "Saturday"),
            QT_TRANSLATE_NOOP("Messages", "Sunday"))
MONTHS = (QT_TRANSLATE_NOOP("Messages", "January"), QT_TRANSLATE_NOOP("Messages", "February"),
          QT_TRANSLATE_NOOP("Messages", "March"), QT_TRANSLATE_NOOP("Messages", "April"),
          QT_TRANSLATE_NOOP("Messages", "May"), QT_TRANSLATE_NOOP("Messages", "June"),
          QT_TRANSLATE_NOOP("Messages", "July"), QT_TRANSLATE_NOOP("Messages", "August"),
          QT_TRANSLATE_NOOP("Messages", "September"), QT_TRANSLATE_NOOP("Messages", "October"),
          QT_TRANSLATE_NOOP("Messages", "November"), QT_TRANSLATE_NOOP("Messages", "December"))


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
        """'1234 kcal left', '310 kcal over' or 'right on target' (a phrase: the window translates it)."""
        left = round(self.remaining.kcal)
        if left > 0:
            return QT_TRANSLATE_NOOP("Messages", "{kcal} kcal left").format(kcal=left)
        if left < 0:
            return QT_TRANSLATE_NOOP("Messages", "{kcal} kcal over").format(kcal=-left)
        return QT_TRANSLATE_NOOP("Messages", "right on target")

    def as_data(self) -> dict:
        """What a tool tells the model."""
        return {"day": self.day.isoformat(), "target": self.target.as_dict(0), "activity_kcal": round(self.activity_kcal),
                "eaten": self.eaten.as_dict(0), "budget_kcal": round(self.budget.kcal),
                "remaining": self.remaining.as_dict(0), "over_kcal": round(self.over_kcal)}


def day_budget(store, day: date) -> DayBudget:
    eaten = Macros.total(store.eaten(day).values())
    return DayBudget(day, store.daily_target(day), store.activity_kcal(day), eaten)


def date_words(day: date) -> Phrase:
    """'Sunday 22 November', in the window's language on a card."""
    return QT_TRANSLATE_NOOP("Messages", "{weekday} {day} {month}").format(
        weekday=WEEKDAYS[day.weekday()], day=day.day, month=MONTHS[day.month - 1])


def day_words(day: date, today: date) -> Phrase:
    """How to name *day* seen from *today* after a verb or noun: 'today', 'yesterday', 'tomorrow' or 'on
    Monday 23 November' (a phrase: the window translates it, the model reads the English)."""
    if day == today:
        return QT_TRANSLATE_NOOP("Messages", "today")
    if day == today - timedelta(days=1):
        return QT_TRANSLATE_NOOP("Messages", "yesterday")
    if day == today + timedelta(days=1):
        return QT_TRANSLATE_NOOP("Messages", "tomorrow")
    if day.year == today.year:
        return QT_TRANSLATE_NOOP("Messages", "on {weekday} {day} {month}").format(
            weekday=WEEKDAYS[day.weekday()], day=day.day, month=MONTHS[day.month - 1])
    return QT_TRANSLATE_NOOP("Messages", "on {weekday} {day} {month} {year}").format(
        weekday=WEEKDAYS[day.weekday()], day=day.day, month=MONTHS[day.month - 1], year=day.year)


def day_title(day: date, today: date) -> Phrase:
    """*day* at the start of a line: 'Today', 'Yesterday', 'Tomorrow' or 'Monday 23 November'."""
    if day == today:
        return QT_TRANSLATE_NOOP("Messages", "Today")
    if day == today - timedelta(days=1):
        return QT_TRANSLATE_NOOP("Messages", "Yesterday")
    if day == today + timedelta(days=1):
        return QT_TRANSLATE_NOOP("Messages", "Tomorrow")
    return date_words(day)
