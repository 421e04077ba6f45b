"""The user's meal plan: which meals the day has, each one's share of the day's target, and its usual time.

The four meals are fixed names (the tools' schemas list them, and the model and the diary use them); the
user chooses which of them the day has, their shares and their times. Shares are kept as the user set
them and divided by their sum when a day is planned, so "breakfast 30 %" stays 30 even while another meal
is switched off for a while.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import time

MEALS = ("breakfast", "lunch", "dinner", "snacks")
MIN_SHARE, MAX_SHARE = 0.05, 0.8


class MealPlanError(ValueError):
    """A meal plan the user cannot have, in words."""


@dataclass(frozen=True)
class MealSlot:
    meal: str
    share: float  # of the day, before the plan's shares are divided by their sum
    time: str  # "HH:MM", the usual time
    enabled: bool = True


DEFAULT_SLOTS = (MealSlot("breakfast", 0.25, "08:00"), MealSlot("lunch", 0.35, "13:00"),
                 MealSlot("dinner", 0.30, "19:30"), MealSlot("snacks", 0.10, "16:30"))


@dataclass(frozen=True)
class MealSlots:
    slots: tuple[MealSlot, ...] = DEFAULT_SLOTS

    @classmethod
    def from_value(cls, value: object) -> "MealSlots":
        """From the stored JSON list; anything unreadable gives the default plan (never a failure to start)."""
        plan = cls()
        if not isinstance(value, list):
            return plan
        for item in value:
            try:
                plan = plan.changed(item["meal"], share=item.get("share"), time_of_day=item.get("time"),
                                    enabled=item.get("enabled"))
            except (MealPlanError, KeyError, TypeError):
                continue
        return plan

    def to_value(self) -> list[dict]:
        return [{"meal": s.meal, "share": s.share, "time": s.time, "enabled": s.enabled} for s in self.slots]

    def slot(self, meal: str) -> MealSlot:
        for s in self.slots:
            if s.meal == meal:
                return s
        raise MealPlanError(f"There is no meal {meal!r}; the meals are {', '.join(MEALS)}.")

    def planned(self) -> list[MealSlot]:
        """The day's meals in time order, their shares summing to 1."""
        on = [s for s in self.slots if s.enabled]
        total = sum(s.share for s in on)
        return [replace(s, share=s.share / total) for s in sorted(on, key=lambda s: s.time)]

    def changed(self, meal: str, *, share: float | None = None, time_of_day: str | None = None,
                enabled: bool | None = None) -> "MealSlots":
        slot = self.slot(meal)
        if share is not None:
            share = float(share)
            if not MIN_SHARE <= share <= MAX_SHARE:
                raise MealPlanError(f"A meal's share must be between {MIN_SHARE:.0%} and {MAX_SHARE:.0%} of the day.")
            slot = replace(slot, share=share)
        if time_of_day is not None:
            slot = replace(slot, time=_clock(time_of_day))
        if enabled is not None:
            slot = replace(slot, enabled=bool(enabled))
        slots = tuple(slot if s.meal == meal else s for s in self.slots)
        if not any(s.enabled for s in slots):
            raise MealPlanError("The day needs at least one meal.")
        return MealSlots(slots)


def _clock(text: str) -> str:
    try:
        return time.fromisoformat(str(text)).strftime("%H:%M")
    except ValueError:
        raise MealPlanError(f"A meal's time looks like 08:30, not {text!r}.") from None
