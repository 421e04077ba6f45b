"""Helpers shared by the nutrition tools: one diary transaction per call, resolving foods and amounts,
and presenting plans."""

from __future__ import annotations

import functools
import logging
import sqlite3
from datetime import date

from nutrivoice_desktop.core.tools import CHANGED, LATER, NEVER, Handler, ToolInputError, ToolResult
from nutrivoice_desktop.nutrition.context import NutritionContext
from nutrivoice_desktop.nutrition.diary_errors import LOCKED, write_failure
from nutrivoice_desktop.nutrition import portions
from nutrivoice_desktop.nutrition.food_db import Food, Found, looks_like_ref
from nutrivoice_desktop.nutrition.macros import Macros
from nutrivoice_desktop.nutrition.store import MEALS, MealPlan

log = logging.getLogger(__name__)

MEAL_ENUM = list(MEALS)

# JSON-schema fragments reused by several declarations
AMOUNT_PROPERTIES = {
    "grams": {"type": "number", "unit": "g", "exclusiveMinimum": 0, "maximum": 5000,
              "description": "Amount in grams. Give this or quantity (+ portion)."},
    "quantity": {"type": "number", "exclusiveMinimum": 0, "maximum": 100,
                 "description": "Number of portions, e.g. 2 for 'two eggs'."},
    "portion": {"type": "string", "description": "Portion word such as 'medium', 'slice', 'cup', 'glass', 'bowl' "
                                                 "(any of the five languages); default: the usual one."},
}


class DiaryWriteError(ToolInputError):
    """The diary could not be read or saved (disk full, read-only file, ...); code is diary_errors' kind.

    A ToolInputError so that the registry answers the model with the code and the plain-word message.
    """


def diary_transaction(handler: Handler) -> Handler:
    """Run a tool that reads or writes the diary as ONE transaction, and explain diary failures.

    A tool reads the day's plan, adjusts it and writes it back. Read in one transaction and written in
    another, a second process (``nutrivoice tool`` beside the app) can change the plan in between and one
    of the two adjustments is lost. BEGIN IMMEDIATE takes the write lock before the first read, so the
    plan a tool writes is derived from the plan it replaces; other processes wait for it (busy timeout).
    Every diary tool's handler is wrapped: ``handler=diary_transaction(handle)``.
    """

    @functools.wraps(handler)
    def in_one_transaction(ctx: NutritionContext, args: dict) -> ToolResult:
        try:
            with ctx.store.transaction():
                return handler(ctx, args)
        except sqlite3.Error as exc:
            failure = write_failure(exc, ctx.store.path)
            if failure is None:
                raise
            log.error("diary problem during a tool call: %s", exc)
            kind, words = failure
            raise DiaryWriteError(kind, words, LATER if kind == LOCKED else NEVER) from exc

    return in_one_transaction


FOOD_DESCRIPTION = ("The food: an id from find_food (e.g. 'fdc:171688'), or its name as the user said it, "
                    "with any amount ('two boiled eggs', 'a glass of milk').")


def resolve_food(ctx: NutritionContext, said: str) -> tuple[Food, Found | None]:
    """The food meant by *said* (an id from find_food, or a name) and the search that found it.

    A name is taken only when the match is clear (a curated name, or one food covering every word with no
    close second); otherwise the answer is the candidates, so the assistant asks ("raw or cooked?")
    instead of logging a guess.
    """
    if looks_like_ref(said):
        try:
            return ctx.foods.get(said), None
        except KeyError:
            raise ToolInputError("unknown_food", f"There is no food with the id {said!r}; use find_food.",
                                 CHANGED) from None
    found = ctx.foods.search(said)
    if found.best is None:
        raise ToolInputError("unknown_food", f"I could not find the food {said!r}. Try other words.", CHANGED,
                             suggestions=[])
    if not found.sure:
        options = [candidate(f) for f in found.foods]
        names = "; ".join(f"{o['name']} ({o['id']})" for o in options)
        raise ToolInputError("ambiguous_food", f"{said!r} could be several foods: {names}. Ask the user which, "
                             "then call again with the id.", CHANGED, candidates=options)
    return found.best, found


def candidate(food: Food) -> dict:
    """A food as find_food and ambiguity errors present it to the model."""
    return {"id": food.ref, "name": food.name, "usda_description": food.description,
            "kcal_per_100g": round(food.per_100g.kcal), "portions": [
                {"portion": p.label, "grams": round(p.grams, 1)} for p in food.portions[:6]]}


def resolve_grams(ctx: NutritionContext, food: Food, args: dict, found: Found | None = None) -> tuple[float, str]:
    """Grams eaten and how to say it ('150 g', '1 medium (118 g)', '2 × 1 slice (64 g)', '1 glass (240 ml, 247 g)').

    From the arguments (grams, or quantity and portion), else from the amount said with the food's name
    ("two boiled eggs", "a glass of milk", "200 g rice").
    """
    if "grams" in args and "quantity" in args:
        raise ToolInputError("invalid_arguments", "Give either grams or quantity, not both.")
    if "grams" in args:
        grams = float(args["grams"])
        return grams, f"{grams:g} g"
    said = found.search.amount if found is not None else None
    quantity, portion = args.get("quantity"), args.get("portion")
    if quantity is None and portion is None and said is not None and said.said:
        if said.grams:
            return said.grams * (said.quantity or 1), f"{said.grams * (said.quantity or 1):g} g"
        if said.millilitres:
            quantity, portion = said.millilitres / portions.VOLUME_ML["cup"], "cup"
        else:
            quantity, portion = said.quantity, said.unit
    if quantity is None and portion is None:
        raise ToolInputError("invalid_arguments", "Say how much: grams, or a quantity of portions.")
    try:
        amount = portions.resolve(ctx.foods, food, quantity, portion)
    except portions.PortionUnknown as exc:
        raise ToolInputError("unknown_portion", str(exc), CHANGED,
                             portions=[p.label for p in food.portions]) from None
    return amount.grams, amount.text


def parse_day(ctx: NutritionContext, value: str | None) -> date:
    if not value:
        return ctx.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ToolInputError("invalid_arguments", f"day must look like 2026-11-25, got {value!r}") from None


def plan_rows(before: list[MealPlan], after: list[MealPlan]) -> tuple[tuple[str, ...], ...]:
    rows = [("Meal", "Before kcal", "After kcal", "Protein g", "Carbs g", "Fat g")]
    for b, a in zip(before, after):
        t = a.target
        rows.append((a.meal + ("" if a.status == "planned" else f" ({a.status})"), f"{b.target.kcal:.0f}",
                     f"{t.kcal:.0f}", f"{t.protein:.0f}", f"{t.carbs:.0f}", f"{t.fat:.0f}"))
    return tuple(rows)


def plan_data(plan: list[MealPlan]) -> list[dict]:
    return [{"meal": m.meal, "status": m.status, **m.target.as_dict(0)} for m in plan]


def day_totals(ctx: NutritionContext, day: date) -> dict[str, Macros | float]:
    target = ctx.store.daily_target()
    eaten = Macros.total(ctx.store.eaten(day).values())
    activity = ctx.store.activity_kcal(day)
    remaining = target + Macros(kcal=activity) - eaten
    return {"target": target, "eaten": eaten, "activity_kcal": activity, "remaining": remaining}


def macro_bars(before: Macros, after: Macros, target: Macros) -> tuple[tuple[str, float, float, float], ...]:
    return tuple(
        (label, b, a, t)
        for label, b, a, t in zip(("kcal", "protein", "carbs", "fat"), before.as_tuple(), after.as_tuple(),
                                  target.as_tuple())
    )
