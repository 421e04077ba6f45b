"""Pure arithmetic behind the tools: moving macros between meals within bounds, matching a substitute.

No I/O and no randomness: the same inputs always give the same plan, which the property tests rely on.
"""

from __future__ import annotations

from dataclasses import replace

from nutrivoice_desktop.nutrition.macros import FIELDS, Macros
from nutrivoice_desktop.nutrition.store import MealPlan

# A meal may hold at most this share of the day's target of any field, and grow at most this factor
# (small meals may always grow to MIN_ROOM_SHARE of the day): beyond that a "meal" stops being one.
MAX_MEAL_SHARE = 0.5
MAX_GROWTH = 2.0
MIN_ROOM_SHARE = 0.15
# Compensation never cuts a meal below this fraction of its current target: skipping meals is not the goal.
MIN_KEEP = 0.3


def water_fill(amount: float, weights: list[float], room: list[float]) -> list[float]:
    """Split *amount* over slots in proportion to *weights*, never beyond each slot's *room*.

    Returns the allocation; its sum is min(amount, sum(room)). Slots with zero weight but room left get
    an equal share only when no weighted slot can take more. At most len(slots) rounds.
    """
    n = len(weights)
    alloc = [0.0] * n
    remaining = max(0.0, amount)
    active = [i for i in range(n) if room[i] > 1e-12]
    for _ in range(n + 1):
        if remaining <= 1e-12 or not active:
            break
        w = {i: weights[i] for i in active if weights[i] > 0} or {i: 1.0 for i in active}
        total = sum(w.values())
        # shares first: remaining * w / total would lose precision for subnormal weights
        share = {i: w[i] / total for i in w}
        capped = [i for i in w if remaining * share[i] >= room[i] - alloc[i] - 1e-12]
        if not capped:
            for i in w:
                alloc[i] += remaining * share[i]
            remaining = 0.0
            break
        for i in capped:
            remaining -= room[i] - alloc[i]
            alloc[i] = room[i]
            active.remove(i)
    return alloc


def upper_bound(current: float, daily: float) -> float:
    return max(current, min(MAX_MEAL_SHARE * daily, max(MAX_GROWTH * current, MIN_ROOM_SHARE * daily)))


def add_to_meals(plan: list[MealPlan], receivers: list[str], extra: Macros, daily: Macros) -> tuple[list[MealPlan], Macros]:
    """Add *extra* to the *receivers* meals (weighted by their kcal), within bounds; returns (plan, leftover)."""
    index = [i for i, m in enumerate(plan) if m.meal in receivers]
    weights = [plan[i].target.kcal for i in index]
    new_values = [list(m.target.as_tuple()) for m in plan]
    leftover = []
    for f, name in enumerate(FIELDS):
        amount = getattr(extra, name)
        room = [upper_bound(new_values[i][f], getattr(daily, name)) - new_values[i][f] for i in index]
        alloc = water_fill(amount, weights, room)
        for slot, i in enumerate(index):
            new_values[i][f] += alloc[slot]
        leftover.append(max(0.0, amount - sum(alloc)))
    return _rebuild(plan, new_values), Macros(*leftover)


def remove_from_meals(plan: list[MealPlan], givers: list[str], amount: Macros) -> tuple[list[MealPlan], Macros]:
    """Take *amount* out of the *givers* meals (weighted by their kcal), keeping MIN_KEEP of each."""
    index = [i for i, m in enumerate(plan) if m.meal in givers]
    weights = [plan[i].target.kcal for i in index]
    new_values = [list(m.target.as_tuple()) for m in plan]
    leftover = []
    for f, name in enumerate(FIELDS):
        want = max(0.0, getattr(amount, name))
        room = [new_values[i][f] * (1 - MIN_KEEP) for i in index]
        alloc = water_fill(want, weights, room)
        for slot, i in enumerate(index):
            new_values[i][f] -= alloc[slot]
        leftover.append(max(0.0, want - sum(alloc)))
    return _rebuild(plan, new_values), Macros(*leftover)


def _rebuild(plan: list[MealPlan], values: list[list[float]]) -> list[MealPlan]:
    return [replace(m, target=Macros(*v)) for m, v in zip(plan, values)]


# -- substitution --------------------------------------------------------------------------------------
# Differences are weighed in kcal: 1 g protein or carbs is 4 kcal, 1 g fat 9 kcal (Atwater). Measuring every
# field against the ingredient's energy keeps a 0.3 g -> 1.9 g fat change from looking like a 500% error.
_ENERGY_FACTORS = (1.0, 4.0, 4.0, 9.0)
_KCAL_EMPHASIS = 2.0  # the energy itself counts twice: calories are what a plan is built on


def match_grams(original: Macros, per_100g: Macros) -> float:
    """Grams of a food (given per 100 g) that best reproduce *original*: weighted least squares, closed form."""
    num = den = 0.0
    for i, (o, r, f) in enumerate(zip(original.as_tuple(), per_100g.as_tuple(), _ENERGY_FACTORS)):
        w = f * f * (_KCAL_EMPHASIS if i == 0 else 1.0)
        num += w * r * o
        den += w * r * r
    return 100.0 * num / den if den > 0 else 0.0


def residuals(original: Macros, achieved: Macros) -> dict[str, float]:
    """Per-field difference of *achieved* vs *original*, in kcal-equivalent percent of the original's energy."""
    energy = max(original.kcal, 1.0)
    return {
        name: 100.0 * f * (a - o) / energy
        for name, o, a, f in zip(FIELDS, original.as_tuple(), achieved.as_tuple(), _ENERGY_FACTORS)
    }


def fit_error(original: Macros, achieved: Macros) -> float:
    return max(abs(v) for v in residuals(original, achieved).values())
