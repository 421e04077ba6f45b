"""Diary export (CSV, JSON) and import (CSV) through the DiaryService: a round trip keeps every entry, a bad
file names its line and writes nothing, and Undo takes an imported day back."""

from __future__ import annotations

import csv
import json
from datetime import timedelta

import pytest

from nutrivoice_desktop.nutrition.diary_export import DiaryFileError
from nutrivoice_desktop.nutrition.diary_service import DiaryService
from tests.conftest import FIXED_DAY, run_async


def entries(store, days):
    return [(r["day"], r["meal"], r["food_key"], r["food_name"], round(r["grams"], 1), round(r["kcal"], 1))
            for d in days for r in store.food_entries(d)]


def test_csv_round_trip_json_shape_and_bad_lines(registry, tool_context, tmp_path):
    yesterday = (FIXED_DAY - timedelta(days=1)).isoformat()
    for args in ({"food": "banana", "quantity": 2, "meal": "breakfast"},
                 {"food": "rice", "grams": 180, "meal": "lunch", "day": yesterday}):
        assert registry.call("log_food", args, tool_context).ok
    assert registry.call("log_activity", {"activity": "cycling", "minutes": 40}, tool_context).ok
    days = [FIXED_DAY - timedelta(days=1), FIXED_DAY]
    logged = entries(tool_context.store, days)

    async def scenario():
        diary = DiaryService(registry, tool_context)
        n_csv = await diary.export_diary(tmp_path / "d.csv")
        n_json = await diary.export_diary(tmp_path / "d.json")
        await diary.aclose()
        return n_csv, n_json

    assert run_async(scenario()) == (2, 2)
    data = json.loads((tmp_path / "d.json").read_text(encoding="utf-8"))
    assert data["format"] == "nutrivoice-diary" and [d["date"] for d in data["days"]] == [d.isoformat() for d in days]
    today = data["days"][1]
    assert today["entries"][0]["food_id"].startswith("fdc:") and today["activities"][0]["kcal"] > 0
    assert today["remaining"]["kcal"] == pytest.approx(today["target"]["kcal"] + today["activity_kcal"] -
                                                       today["eaten"]["kcal"], abs=0.2)
    with (tmp_path / "d.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [r["kind"] for r in rows] == ["entry", "day_total", "entry", "day_total"]

    # into a fresh diary: the same entries, each day one change that Undo takes back
    from nutrivoice_desktop.nutrition.context import NutritionContext
    from nutrivoice_desktop.services import paths
    fresh = NutritionContext.open(tmp_path / "fresh.sqlite3", paths.resources_dir())
    fresh.today = lambda: FIXED_DAY

    async def importing():
        diary = DiaryService(registry, fresh)
        done = await diary.import_diary(tmp_path / "d.csv")
        await diary.aclose()
        return done

    try:
        assert run_async(importing()) == {d.isoformat(): 1 for d in days}
        fresh = NutritionContext.open(tmp_path / "fresh.sqlite3", paths.resources_dir())
        fresh.today = lambda: FIXED_DAY
        assert entries(fresh.store, days) == logged
        assert registry.call("undo_last_change", {}, fresh).ok and fresh.store.food_entries(FIXED_DAY) == []
    finally:
        fresh.store.close()

    bad = tmp_path / "bad.csv"
    text = (tmp_path / "d.csv").read_text(encoding="utf-8").splitlines()
    bad.write_text("\n".join(text[:2] + [text[1].replace("lunch", "brunch")]) + "\n", encoding="utf-8")
    from nutrivoice_desktop.nutrition import diary_export
    with pytest.raises(DiaryFileError, match="Line 3: meal must be one of"):
        diary_export.read_csv(bad)
    (tmp_path / "other.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(DiaryFileError, match="not a NutriVoice diary CSV"):
        diary_export.read_csv(tmp_path / "other.csv")
