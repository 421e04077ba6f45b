"""The food tools on the real database (issue 13): candidates, ids, portions in words, saved meals, old
diaries, activities with the profile's weight."""

from __future__ import annotations

import sqlite3

import pytest

from nutrivoice_desktop.nutrition.context import NutritionContext
from nutrivoice_desktop.nutrition.macros import Macros
from nutrivoice_desktop.nutrition.store import MIGRATIONS
from nutrivoice_desktop.services import paths
from tests.conftest import FIXED_DAY


def ref_of(ctx, phrase: str) -> str:
    return ctx.foods.search(phrase).best.ref


def test_find_food_returns_candidates_with_ids_kcal_and_portions(registry, tool_context):
    result = registry.call("find_food", {"food": "chicken breast"}, tool_context)
    assert result.ok
    candidates = result.data["candidates"]
    assert 2 <= len(candidates) <= 5
    for c in candidates:
        food = tool_context.foods.get(c["id"])
        assert c["kcal_per_100g"] == round(food.per_100g.kcal) and c["name"] == food.name
    assert result.card.source.startswith("USDA ")


def test_a_vague_name_is_not_logged_the_model_gets_candidates_and_logs_by_id(registry, tool_context):
    vague = registry.call("log_food", {"food": "chicken tikka cheese crust", "grams": 150, "meal": "lunch"},
                          tool_context)
    assert not vague.ok and vague.data["error"]["code"] == "ambiguous_food"
    options = vague.data["error"]["candidates"]
    assert options and all(o["id"] for o in options)
    assert tool_context.store.food_entries(FIXED_DAY) == []
    chosen = options[0]["id"]
    logged = registry.call("log_food", {"food": chosen, "grams": 150, "meal": "lunch"}, tool_context)
    assert logged.ok and logged.data["food_id"] == chosen
    food = tool_context.foods.get(chosen)
    entry = tool_context.store.food_entries(FIXED_DAY)[0]
    assert entry["food_key"] == chosen and entry["food_name"] == food.name
    assert entry["kcal"] == pytest.approx(food.per_100g.kcal * 1.5)


def test_the_amount_said_with_the_food_is_used(registry, tool_context):
    result = registry.call("log_food", {"food": "two boiled eggs", "meal": "breakfast"}, tool_context)
    assert result.ok, result.data
    egg = tool_context.foods.get(result.data["food_id"])
    assert "boiled" in egg.description.lower()
    one = [p for p in egg.portions if "large" in p.label or "medium" in p.label][0]
    assert result.data["grams"] == pytest.approx(2 * one.grams, rel=0.3)


@pytest.mark.parametrize("args", [
    {"quantity": 1, "portion": "cup"}, {"quantity": 1, "portion": "slice"}, {"quantity": 2, "portion": "large"},
    {"quantity": 1, "portion": "glass"}, {"quantity": 1, "portion": "bowl"}, {"quantity": 0.5, "portion": "plate"},
    {"quantity": 1, "portion": "Scheibe"}, {"quantity": 1, "portion": "katori"},
])
def test_portions_in_words_resolve_from_usda_measures_or_documented_containers(registry, tool_context, args):
    food = {"cup": "rice", "slice": "whole wheat bread", "large": "egg", "glass": "milk", "bowl": "rice",
            "plate": "rice", "Scheibe": "whole wheat bread", "katori": "dal"}[args["portion"]]
    result = registry.call("find_food", {"food": food, **args}, tool_context)
    assert result.ok, result.data
    grams = result.data["best"]["grams"]
    assert 10 < grams < 800, (food, args, grams)


def test_a_portion_the_food_does_not_have_is_refused_with_the_ones_it_has(registry, tool_context):
    result = registry.call("find_food", {"food": "banana", "quantity": 1, "portion": "slice of cake"}, tool_context)
    assert not result.ok
    assert result.data["error"]["code"] == "unknown_portion" and result.data["error"]["portions"]


def test_saved_meal_is_stored_once_and_logged_by_name_from_real_rows(registry, tool_context):
    saved = registry.call("save_meal", {"name": "My usual breakfast", "items": [
        {"food": "milk", "grams": 200}, {"food": "a banana"}, {"food": "oats", "grams": 40}]}, tool_context)
    assert saved.ok, saved.data
    items = saved.data["items"]
    expected = Macros.total(tool_context.foods.get(i["id"]).macros_for(i["grams"]) for i in items)
    assert saved.data["total"]["kcal"] == pytest.approx(expected.kcal, abs=0.1)
    logged = registry.call("log_saved_meal", {"name": "usual breakfast", "meal": "breakfast"}, tool_context)
    assert logged.ok, logged.data
    entries = tool_context.store.food_entries(FIXED_DAY)
    assert [e["food_key"] for e in entries] == [i["id"] for i in items]
    assert sum(e["kcal"] for e in entries) == pytest.approx(expected.kcal, abs=0.1)
    # one change: one Undo takes the whole meal back
    registry.call("undo_last_change", {"undo_id": logged.card.undo_id}, tool_context)
    assert tool_context.store.food_entries(FIXED_DAY) == []
    unknown = registry.call("log_saved_meal", {"name": "dinner party", "meal": "dinner"}, tool_context)
    assert unknown.data["error"]["code"] == "unknown_saved_meal"
    assert unknown.data["error"]["saved_meals"] == ["My usual breakfast"]


def test_saving_a_meal_with_an_unknown_food_names_the_item_and_stores_nothing(registry, tool_context):
    result = registry.call("save_meal", {"name": "lunch box", "items": [
        {"food": "milk", "grams": 200}, {"food": "zzzz qqqq", "grams": 10}]}, tool_context)
    assert not result.ok and "Item 2" in result.data["error"]["message"]
    assert tool_context.store.saved_meals() == {}


def test_an_old_diary_keeps_its_values_and_gets_real_food_ids(tmp_path):
    path = tmp_path / "diary.sqlite3"
    old = sqlite3.connect(path)
    old.executescript(MIGRATIONS[0])
    old.execute("PRAGMA user_version = 1")
    old.execute("INSERT INTO food_log(day, meal, food_key, grams, kcal, protein, carbs, fat, planned, created_at) "
                "VALUES ('2026-11-01', 'snacks', 'banana', 118, 105, 1.3, 27, 0.4, 0, '2026-11-01T10:00:00')")
    old.execute("INSERT INTO food_log(day, meal, food_key, grams, kcal, protein, carbs, fat, planned, created_at) "
                "VALUES ('2026-11-01', 'lunch', 'no_such_key', 100, 250, 10, 30, 9, 0, '2026-11-01T13:00:00')")
    old.commit()
    old.close()
    ctx = NutritionContext.open(path, paths.resources_dir())
    try:
        from datetime import date
        rows = {r["legacy_key"]: r for r in ctx.store.food_entries(date(2026, 11, 1))}
        banana = rows["banana"]
        assert banana["food_key"].startswith("fdc:")
        assert "banana" in ctx.foods.get(banana["food_key"]).description.lower()
        assert (banana["grams"], banana["kcal"], banana["carbs"]) == (118, 105, 27)  # as logged
        unknown = rows["no_such_key"]
        assert unknown["food_key"] == "no_such_key" and unknown["food_name"] == "no such key"
        assert ctx.store.adopt_food_ids({}) == 0  # idempotent: done once
    finally:
        ctx.store.close()


def test_activity_uses_the_profile_weight_and_finds_common_and_rare_activities(registry, tool_context):
    assert registry.call("log_weight", {"kg": 82}, tool_context).ok  # "I weigh 82 kg today"
    result = registry.call("log_activity", {"activity": "went for a run", "minutes": 30}, tool_context)
    assert result.ok and result.data["weight_kg"] == 82.0
    met = result.data["met"]
    assert result.data["kcal"] == round((met - 1) * 82 * 0.5)
    for said, code in [("badminton", "15030"), ("cricket", "15150"), ("jump rope", "15551")]:
        activity, _ = tool_context.activities.lookup(said)
        assert activity is not None and activity.code == code, said
    # any of the 820 rows can be found by its own words
    activity, _ = tool_context.activities.lookup("snow shoveling by hand")
    assert activity is not None and "shovel" in activity.description


def test_activity_burn_is_met_times_kg_times_hours_net_of_rest(tool_context):
    running, _ = tool_context.activities.lookup("running")
    assert running is not None and running.met > 5
    assert running.kcal(70, 60, net=False) == pytest.approx(running.met * 70)
    assert running.kcal(70, 60, net=True) == pytest.approx((running.met - 1) * 70)  # rest is in the target


@pytest.mark.parametrize("said, word", [
    ("30 minutes of yoga in the park", "yoga"), ("Radfahren", "bicycling"), ("योग", "yoga"),
    ("45 min de vélo", "bicycling"), ("eine Stunde Fußball", "soccer"), ("natation", "swimming"),
])
def test_activities_are_found_in_sentences_and_five_languages(tool_context, said, word):
    activity, hints = tool_context.activities.lookup(said)
    assert activity is not None and word in activity.description.lower(), (said, hints)


def test_labelled_activity_phrases(tool_context):
    """tests/data/activity_phrases.csv: 222 ways people say what they did, five languages, labelled from the
    Compendium. 87.8 % found today (docs/FOOD_DATA.md); held at 85 %. Misses are mostly sentences that name
    the activity only by an irregular verb or a pace ("ran 5k in 30 minutes")."""
    import csv
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "data" / "activity_phrases.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    found = 0
    for row in rows:
        activity, _ = tool_context.activities.lookup(row["phrase"])
        found += activity is not None and activity.code in row["expected"].split("|")
    assert found / len(rows) >= 0.85, found / len(rows)
