"""Property tests: redistribution conserves the day and respects meal bounds; compensation never starves."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from nutrivoice_desktop.nutrition import planning
from nutrivoice_desktop.nutrition.macros import Macros
from nutrivoice_desktop.nutrition.store import MEALS, MealPlan

kcal = st.floats(50, 1500)


@st.composite
def plans(draw):
    meals = []
    for name in MEALS:
        k = draw(kcal)
        meals.append(MealPlan(name, Macros(k, k * 0.05, k * 0.12, k * 0.035), "planned"))
    return meals


def total(plan) -> Macros:
    out = Macros()
    for m in plan:
        out = out + m.target
    return out


@settings(max_examples=300, deadline=None)
@given(plan=plans(), missed=st.sampled_from(MEALS))
def test_redistribution_conserves_and_bounds(plan, missed):
    daily = total(plan)
    target = next(m for m in plan if m.meal == missed).target
    zeroed = [MealPlan(m.meal, Macros() if m.meal == missed else m.target, m.status) for m in plan]
    receivers = [m for m in MEALS if m != missed]
    after, leftover = planning.add_to_meals(zeroed, receivers, target, daily)
    placed_total = total(after) + leftover
    for field in ("kcal", "protein", "carbs", "fat"):
        assert getattr(placed_total, field) == pytest.approx(getattr(daily, field), rel=0.01)
    for before, now in zip(zeroed, after):
        assert now.target.kcal >= before.target.kcal - 1e-6  # receiving never shrinks a meal
        assert now.target.kcal <= planning.upper_bound(before.target.kcal, daily.kcal) + 1e-6
        assert now.target.kcal <= max(before.target.kcal, planning.MAX_MEAL_SHARE * daily.kcal) + 1e-6


@settings(max_examples=300, deadline=None)
@given(plan=plans(), eaten=st.floats(0, 3000))
def test_compensation_keeps_a_minimum_of_every_meal(plan, eaten):
    amount = Macros(eaten, eaten * 0.04, eaten * 0.1, eaten * 0.05)
    after, leftover = planning.remove_from_meals(plan, list(MEALS), amount)
    removed = total(plan) - total(after)
    assert removed.kcal + leftover.kcal == pytest.approx(eaten, rel=0.01, abs=0.01)
    for before, now in zip(plan, after):
        assert now.target.kcal >= before.target.kcal * planning.MIN_KEEP - 1e-6


@settings(max_examples=200, deadline=None)
@given(amount=st.floats(0, 1e4), weights=st.lists(st.floats(0, 100), min_size=1, max_size=6),
       data=st.data())
@example(amount=4018.5, weights=[100.0, 100.0, 100.0, 5e-324], data=None)  # found by hypothesis
def test_water_fill_never_exceeds_room_and_places_what_fits(amount, weights, data):
    room = [20.0, 0.0, 701.0, 5000.0] if data is None else data.draw(
        st.lists(st.floats(0, 5000), min_size=len(weights), max_size=len(weights)))
    alloc = planning.water_fill(amount, weights, room)
    assert all(-1e-9 <= a <= r + 1e-6 for a, r in zip(alloc, room))
    assert sum(alloc) == pytest.approx(min(amount, sum(room)), rel=1e-6, abs=1e-6)


def test_substitution_match_is_exact_for_a_pure_fat():
    butter, oil = Macros(717, 0.85, 0.06, 81.1), Macros(884, 0, 0, 100)
    grams = planning.match_grams(butter.scaled(0.2), oil)
    achieved = oil.scaled(grams / 100)
    assert abs(planning.residuals(butter.scaled(0.2), achieved)["kcal"]) < 5
