"""The shipped food and activity tables, and how spoken names resolve."""

from __future__ import annotations

import csv

import pytest

from nutrivoice_desktop.nutrition.activities import ActivityTable
from nutrivoice_desktop.nutrition.foods import FoodDatabase, normalize
from nutrivoice_desktop.services import paths

DATA = paths.resources_dir() / "data"


@pytest.fixture(scope="module")
def foods() -> FoodDatabase:
    return FoodDatabase.load(DATA / "foods.csv")


@pytest.fixture(scope="module")
def activities() -> ActivityTable:
    return ActivityTable.load(DATA / "activities.csv")


def test_table_is_large_sourced_and_physically_plausible(foods):
    assert len(foods) >= 300
    with open(DATA / "foods.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    fdc_ids = [r["fdc_id"] for r in rows if r["fdc_id"]]
    assert len(fdc_ids) == len(set(fdc_ids)) and len(fdc_ids) >= 250  # unique FoodData Central ids
    for r in rows:
        assert r["source"] in ("fdc_sr_legacy", "fdc_foundation", "estimate"), r["key"]
        assert bool(r["fdc_id"]) == (r["source"] != "estimate"), r["key"]
        for lang in ("en", "es", "de", "fr", "hi"):
            assert r[f"aliases_{lang}"].strip(), f"{r['key']} has no {lang} alias"
    for food in foods:
        m = food.per_100g
        assert 0 <= m.protein + m.carbs + m.fat <= 100.5, food.key
        assert 0 <= m.kcal <= 900, food.key


@pytest.mark.parametrize("spoken, key", [
    ("eggs", "egg"), ("Huevos", "egg"), ("Eier", "egg"), ("œufs", "egg"), ("ande", "egg"),
    ("arroz", "rice_white_cooked"), ("Reis", "rice_white_cooked"), ("chawal", "rice_white_cooked"),
    ("Rührei", "egg_scrambled"), ("bananna", "banana"), ("  APPLE! ", "apple"),
])
def test_spoken_names_resolve_in_five_languages(foods, spoken, key):
    assert foods.lookup(spoken).food.key == key


def test_unknown_food_gets_suggestions_not_a_guess(foods):
    result = foods.lookup("grilled salmon fillet with dill")
    assert result.food is None and any("salmon" in s.lower() for s in result.suggestions)
    assert foods.lookup("zzzz").food is None


def test_normalize_is_accent_and_punctuation_insensitive():
    assert normalize("Crème  Fraîche!") == "creme fraiche"
    assert normalize("Straße") == "strasse"


def test_portions(foods):
    egg = foods.get("egg")
    assert egg.portion_grams("1 large")[1] == 50
    assert egg.macros_for(100).kcal == pytest.approx(egg.per_100g.kcal)


def test_activity_burn_is_met_times_kg_times_hours(activities):
    running, _ = activities.lookup("running")
    assert running is not None and running.met > 5
    assert running.kcal(70, 60, net=False) == pytest.approx(running.met * 70 * 1.0)
    # net of rest: the 1 MET the body burns anyway is not extra
    assert running.kcal(70, 60, net=True) == pytest.approx((running.met - 1) * 70 * 1.0)
    assert len(activities) >= 30


def test_activity_inside_a_sentence_and_hints(activities):
    found, _ = activities.lookup("30 minutes of yoga in the park")
    assert found is not None and "yoga" in found.key
    missing, hints = activities.lookup("qqqq")
    assert missing is None


ALCOHOLIC = {"beer", "wine_red", "wine_white", "spirits"}  # alcohol's 7 kcal/g is not among the macros


def test_energy_agrees_with_the_macros(foods):
    """Atwater factors (4/4/9 kcal per g) within max(20 kcal, 20 %): catches a mistyped row."""
    for food in foods:
        if food.key in ALCOHOLIC:
            continue
        m = food.per_100g
        estimate = 4 * m.protein + 4 * m.carbs + 9 * m.fat
        assert abs(estimate - m.kcal) <= max(20.0, 0.2 * m.kcal), (food.key, m.kcal, estimate)
