"""What the nutrition tools work on: the food and activity tables, the diary, and today's date."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable

from nutrivoice_desktop.nutrition.activities import ActivityTable
from nutrivoice_desktop.nutrition.diary import open_diary
from nutrivoice_desktop.nutrition.foods import FoodDatabase
from nutrivoice_desktop.nutrition.store import DiaryStore


@dataclass
class NutritionContext:
    foods: FoodDatabase
    activities: ActivityTable
    store: DiaryStore
    today: Callable[[], date] = field(default=date.today)

    @classmethod
    def open(cls, db_path: Path, resources: Path) -> "NutritionContext":
        """The tables from *resources* and the diary at *db_path*; raises diary.DiaryOpenError."""
        return cls(
            foods=FoodDatabase.load(resources / "data" / "foods.csv"),
            activities=ActivityTable.load(resources / "data" / "activities.csv"),
            store=open_diary(db_path),
        )
