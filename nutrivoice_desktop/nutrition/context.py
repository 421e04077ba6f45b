"""What the nutrition tools work on: the food and activity tables, the diary, and today's date."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable

from nutrivoice_desktop.nutrition.activities import ActivityTable
from nutrivoice_desktop.nutrition.diary import open_diary
from nutrivoice_desktop.nutrition.food_db import FoodDatabase
from nutrivoice_desktop.nutrition.store import DiaryStore

FOOD_DB = "foods.sqlite"  # built by scripts/build_food_db: foods and activities


@dataclass
class NutritionContext:
    foods: FoodDatabase
    activities: ActivityTable
    store: DiaryStore
    today: Callable[[], date] = field(default=date.today)

    @classmethod
    def open(cls, db_path: Path, resources: Path) -> "NutritionContext":
        """The tables from *resources* and the diary at *db_path*; raises diary.DiaryOpenError, or
        food_db.FoodDataMissing when the food database was not built."""
        foods = FoodDatabase(resources / "data" / FOOD_DB)
        activities = ActivityTable.load(resources / "data" / FOOD_DB)
        store = open_diary(db_path)
        try:
            store.adopt_food_ids(foods.legacy_keys())
        except BaseException:
            store.close()
            raise
        return cls(foods=foods, activities=activities, store=store)
