"""Issue 15's rules on the real diary and tools: undo and redo through any sequence of changes (also after a
restart), one budget for the tools and the window, targets from the profile, the meal plan, and a diary
of the previous format migrated with nothing lost."""

from __future__ import annotations

import json
import sqlite3
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nutrivoice_desktop.nutrition.budget import day_budget
from nutrivoice_desktop.nutrition.macros import Macros
from nutrivoice_desktop.nutrition.profile import Profile, ProfileError
from nutrivoice_desktop.nutrition.store import MIGRATIONS, DiaryStore, _statements
from tests.conftest import FIXED_DAY

FOODS = ("banana", "rice", "croissant", "an apple", "a glass of milk")
MEALS = ("breakfast", "lunch", "dinner", "snacks")

operations = st.lists(st.one_of(
    st.tuples(st.just("log"), st.sampled_from(FOODS), st.integers(20, 400), st.sampled_from(MEALS)),
    st.tuples(st.just("unplanned"), st.sampled_from(FOODS), st.integers(20, 400), st.sampled_from(MEALS)),
    st.tuples(st.just("edit"), st.integers(0, 5), st.integers(10, 500)),
    st.tuples(st.just("move"), st.integers(0, 5), st.sampled_from(MEALS)),
    st.tuples(st.just("delete"), st.integers(0, 5)),
    st.tuples(st.just("activity"), st.integers(5, 90)),
    st.tuples(st.just("undo")), st.tuples(st.just("redo")),
), min_size=1, max_size=14)


def snapshot(store):
    entries = [(r["id"], r["meal"], r["food_key"], round(r["grams"], 6), round(r["kcal"], 6))
               for r in store.food_entries(FIXED_DAY)]
    activities = [(r["id"], r["kcal"]) for r in store.activity_entries(FIXED_DAY)]
    plan = [(m.meal, tuple(round(v, 6) for v in m.target.as_tuple()), m.status) for m in store.day_plan(FIXED_DAY)]
    return entries, activities, plan


def run(registry, ctx, op):
    kind = op[0]
    entries = ctx.store.food_entries(FIXED_DAY)
    if kind == "log":
        return registry.call("log_food", {"food": op[1], "grams": op[2], "meal": op[3]}, ctx)
    if kind == "unplanned":
        return registry.call("unplanned_food", {"food": op[1], "grams": op[2], "meal": op[3]}, ctx)
    if kind in ("edit", "move", "delete") and entries:
        entry = str(entries[op[1] % len(entries)]["id"])
        if kind == "edit":
            return registry.call("edit_diary_entry", {"entry": entry, "grams": op[2]}, ctx)
        if kind == "move":
            return registry.call("edit_diary_entry", {"entry": entry, "meal": op[2]}, ctx)
        return registry.call("delete_diary_entry", {"entry": entry}, ctx)
    if kind == "activity":
        return registry.call("log_activity", {"activity": "brisk walk", "minutes": op[1]}, ctx)
    if kind == "undo":
        return registry.call("undo_last_change", {}, ctx)
    if kind == "redo":
        return registry.call("redo_last_change", {}, ctx)
    return None


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=operations)
def test_any_sequence_keeps_one_budget_and_undo_redo_walk_it_back_and_forth(registry, tmp_path_factory, ops):
    from nutrivoice_desktop.nutrition.context import NutritionContext
    from nutrivoice_desktop.services import paths

    ctx = NutritionContext.open(tmp_path_factory.mktemp("diary") / "d.sqlite3", paths.resources_dir())
    ctx.today = lambda: FIXED_DAY
    try:
        states = [snapshot(ctx.store)]
        for op in ops:
            result = run(registry, ctx, op)
            if result is None:
                continue
            assert result.ok or result.data["error"]["code"] in (
                "nothing_to_undo", "nothing_to_redo", "no_remaining_meals", "cannot_undo"), result.data
            # one budget: the tool's words, the summary tool and the window's reading agree
            summary = registry.call("get_day_summary", {}, ctx).data
            budget = day_budget(ctx.store, FIXED_DAY)
            eaten = Macros.total(Macros(r["kcal"], r["protein"], r["carbs"], r["fat"])
                                 for r in ctx.store.food_entries(FIXED_DAY))
            assert summary["remaining"]["kcal"] == round(budget.remaining.kcal)
            assert budget.eaten.kcal == pytest.approx(eaten.kcal)
            assert budget.remaining.kcal == pytest.approx(budget.target.kcal + budget.activity_kcal - eaten.kcal)
            if result.ok and "budget" in result.data:
                assert result.data["budget"]["remaining"]["kcal"] == round(budget.remaining.kcal)
            states.append(snapshot(ctx.store))
        # undo everything standing: the day is as it started; redo everything: as it ended (or as it was
        # when a later change ended what could be redone)
        final = snapshot(ctx.store)
        undone = 0
        while registry.call("undo_last_change", {}, ctx).ok:
            undone += 1
        assert snapshot(ctx.store)[:2] == states[0][:2]
        for _ in range(undone):
            assert registry.call("redo_last_change", {}, ctx).ok
        assert snapshot(ctx.store) == final
    finally:
        ctx.store.close()


def test_redo_survives_a_restart_and_a_new_change_ends_it(tmp_path, registry):
    from nutrivoice_desktop.nutrition.context import NutritionContext
    from nutrivoice_desktop.services import paths

    def opened():
        ctx = NutritionContext.open(tmp_path / "d.sqlite3", paths.resources_dir())
        ctx.today = lambda: FIXED_DAY
        return ctx

    ctx = opened()
    assert registry.call("log_food", {"food": "banana", "quantity": 1, "meal": "breakfast"}, ctx).ok
    assert registry.call("delete_diary_entry", {"entry": "banana"}, ctx).ok
    assert registry.call("undo_last_change", {}, ctx).ok
    ctx.store.close()
    ctx = opened()  # the app restarted: Redo still knows what was undone
    assert ctx.store.redoable_change(FIXED_DAY) is not None
    assert registry.call("redo_last_change", {}, ctx).ok and ctx.store.food_entries(FIXED_DAY) == []
    assert registry.call("undo_last_change", {}, ctx).ok
    assert registry.call("log_food", {"food": "rice", "grams": 100, "meal": "lunch"}, ctx).ok
    redo = registry.call("redo_last_change", {}, ctx)
    assert not redo.ok and redo.data["error"]["code"] == "nothing_to_redo"
    ctx.store.close()


def test_voice_corrections_by_name(registry, tool_context):
    assert registry.call("log_food", {"food": "rice", "grams": 200, "meal": "lunch"}, tool_context).ok
    assert registry.call("unplanned_food", {"food": "croissant", "quantity": 1}, tool_context).ok
    changed = registry.call("edit_diary_entry", {"entry": "the rice", "grams": 150}, tool_context)
    assert changed.ok and changed.data["entry"]["grams"] == 150
    moved = registry.call("edit_diary_entry", {"entry": "croissant", "meal": "breakfast"}, tool_context)
    assert moved.ok and moved.data["entry"]["meal"] == "breakfast"
    again = registry.call("relog_entry", {"entry": "croissant", "day": "2026-11-26"}, tool_context)
    assert again.ok and tool_context.store.food_entries(FIXED_DAY + timedelta(days=1))[0]["meal"] == "breakfast"
    missing = registry.call("delete_diary_entry", {"entry": "pizza"}, tool_context)
    assert missing.data["error"]["code"] == "unknown_entry" and len(missing.data["error"]["entries"]) == 2


def test_past_days_are_described_as_past(registry, tool_context):
    past = (FIXED_DAY - timedelta(days=3)).isoformat()
    result = registry.call("unplanned_food", {"food": "butter", "grams": 500, "day": past}, tool_context)
    assert result.ok and "ended about that much over" in result.card.summary and "today" not in result.card.summary
    assert result.card.day == past
    summary = registry.call("get_day_summary", {"day": past}, tool_context)
    assert summary.card.title == "Sunday 22 November" and "kcal over" in summary.card.summary
    assert registry.call("get_day_summary", {}, tool_context).card.title == "Today so far"


def test_targets_from_the_profile_with_confirmation_and_floors(registry, tool_context):
    profile = Profile(weight_kg=80, height_cm=180, age=30, sex="male", activity="moderate", goal="lose",
                      rate_kg_week=0.5)
    assert profile.resting_kcal() == pytest.approx(1780)  # Mifflin-St Jeor
    assert profile.target().kcal == pytest.approx(1780 * 1.55 - 550)
    small = Profile(weight_kg=45, height_cm=150, age=70, sex="female", activity="sedentary", goal="lose", rate_kg_week=1)
    assert small.target().kcal == 1200 and "floor" in small.explain()
    with pytest.raises(ProfileError, match="add up to 100"):
        profile.changed(protein_pct=50, carbs_pct=50, fat_pct=30)
    with pytest.raises(ProfileError, match="between 100 and 250 cm"):
        profile.changed(height_cm=20)

    before = tool_context.store.daily_target(FIXED_DAY)
    body = {"weight_kg": 80, "height_cm": 180, "age": 30, "sex": "male", "activity": "moderate"}
    asked = registry.call("update_profile", body, tool_context)
    assert asked.ok and asked.data["saved"] is False and tool_context.store.profile().height_cm is None
    assert registry.call("update_profile", {**body, "confirmed": True}, tool_context).data["saved"]
    goal = registry.call("set_goal", {"goal": "lose", "rate_kg_week": 0.5, "confirmed": True}, tool_context)
    assert goal.ok and goal.data["targets"]["kcal"] == round(1780 * 1.55 - 550)
    today = tool_context.store.daily_target(FIXED_DAY)
    assert today.kcal == pytest.approx(1780 * 1.55 - 550)
    plan = tool_context.store.day_plan(FIXED_DAY)
    assert sum(m.target.kcal for m in plan) == pytest.approx(today.kcal)  # the day's meals follow
    assert registry.call("undo_last_change", {}, tool_context).ok  # the goal, taken back
    assert registry.call("undo_last_change", {}, tool_context).ok  # the body data
    assert tool_context.store.daily_target(FIXED_DAY) == before and tool_context.store.profile().height_cm is None
    by_hand = registry.call("set_goal", {"kcal": 1800, "protein": 120, "confirmed": True}, tool_context)
    assert by_hand.ok and tool_context.store.profile().targets == "manual"
    assert tool_context.store.daily_target(FIXED_DAY).kcal == 1800


def test_weights_and_the_meal_plan(registry, tool_context):
    assert registry.call("log_weight", {"kg": 81.4, "day": "2026-11-20"}, tool_context).ok
    logged = registry.call("log_weight", {"kg": 80.6}, tool_context)
    assert logged.ok and "-0.8 kg since 2026-11-20" in logged.card.summary
    assert tool_context.store.profile().weight_kg == 80.6
    assert registry.call("log_weight", {"kg": 82.0, "day": "2026-11-18"}, tool_context).ok  # older: not the profile's
    assert tool_context.store.profile().weight_kg == 80.6
    assert [kg for _, kg in tool_context.store.weights(FIXED_DAY, 30)] == [82.0, 81.4, 80.6]

    assert registry.call("update_meal_plan", {"meal": "snacks", "in_plan": False}, tool_context).ok
    assert registry.call("update_meal_plan", {"meal": "breakfast", "share_percent": 30, "time": "07:15"},
                         tool_context).ok
    tomorrow = tool_context.store.day_plan(FIXED_DAY + timedelta(days=1))
    assert [m.meal for m in tomorrow] == ["breakfast", "lunch", "dinner"]
    assert tomorrow[0].target.kcal == pytest.approx(tool_context.store.daily_target().kcal * 0.30 / 0.95)
    missed = registry.call("missed_meal", {"meal": "breakfast", "day": "2026-11-26"}, tool_context)
    assert missed.ok and [m["meal"] for m in missed.data["meals"]] == ["breakfast", "lunch", "dinner"]
    bad = registry.call("update_meal_plan", {"meal": "lunch", "time": "noonish"}, tool_context)
    assert bad.data["error"]["code"] == "invalid_meal_plan"


def test_a_diary_of_the_previous_format_is_migrated_with_nothing_lost(tmp_path):
    path = tmp_path / "old.sqlite3"
    db = sqlite3.connect(path, isolation_level=None)
    for number, script in enumerate(MIGRATIONS[:2], start=1):
        for statement in _statements(script):
            db.execute(statement)
        db.execute(f"PRAGMA user_version = {number}")
    day = FIXED_DAY.isoformat()
    db.execute("INSERT INTO profile VALUES ('kcal', 1800), ('weight_kg', 77)")
    plan = [["breakfast", [450, 25, 62, 17], "planned"], ["lunch", [630, 35, 87, 23], "planned"],
            ["dinner", [540, 30, 75, 20], "planned"], ["snacks", [180, 10, 25, 7], "planned"]]
    for position, (meal, values, status) in enumerate(plan):
        db.execute("INSERT INTO day_meals VALUES (?,?,?,?,?,?,?,?)", (day, meal, position, *values, status))
    db.execute("INSERT INTO changes(id, day, tool, summary, created_at, meals_before) VALUES "
               "(1, ?, 'log_food', 'Logged a banana', '2026-11-25T08:00:00', ?)", (day, json.dumps(plan)))
    db.execute("INSERT INTO food_log(day, meal, food_key, grams, kcal, protein, carbs, fat, planned, change_id, "
               "created_at, food_name) VALUES (?, 'breakfast', 'fdc:173944', 118, 105, 1.3, 27, 0.4, 1, 1, "
               "'2026-11-25T08:00:00', 'Banana')", (day,))
    db.close()
    store = DiaryStore(path)
    try:
        assert store.schema_version == len(MIGRATIONS)
        assert store.profile().weight_kg == 77 and store.profile().targets == "manual"
        assert store.daily_target(FIXED_DAY).kcal == 1800  # the day keeps the target it was planned with
        assert [r["kcal"] for r in store.food_entries(FIXED_DAY)] == [105]  # values as logged
        store.undo(1)  # a change from before redo existed: undone ...
        assert store.food_entries(FIXED_DAY) == []
        assert store.redo(FIXED_DAY)[0] == 1  # ... and redone
        assert [r["kcal"] for r in store.food_entries(FIXED_DAY)] == [105]
    finally:
        store.close()
