"""Helpers shared by the nutrition tools: one diary transaction per call, resolving foods and amounts,
and presenting plans.

A card's fixed words are phrases (core/wording.py): English as written here for the model, the logs and the
tests, shown in the window's language (ui/i18n.shown). Food names, numbers, units and ids are their values."""

from __future__ import annotations

import functools
import logging
import sqlite3
from dataclasses import replace
from datetime import date
from typing import Iterable

from nutrivoice_desktop.core.tools import CHANGED, LATER, NEVER, Card, Handler, ToolInputError, ToolResult
from nutrivoice_desktop.core.wording import QT_TRANSLATE_NOOP, Phrase
from nutrivoice_desktop.nutrition.budget import date_words  # noqa: F401  (tools take it from here)
from nutrivoice_desktop.nutrition.context import NutritionContext
from nutrivoice_desktop.nutrition.diary_errors import LOCKED, write_failure
from nutrivoice_desktop.nutrition import portions
from nutrivoice_desktop.nutrition.food_db import Food, Found, looks_like_ref
from nutrivoice_desktop.nutrition.food_names import food_notes, short_name
from nutrivoice_desktop.nutrition.food_text import content_words, words
from nutrivoice_desktop.nutrition.macros import Macros
from nutrivoice_desktop.nutrition.profile import SOURCES as PROFILE_SOURCES, Profile, ProfileError
from nutrivoice_desktop.nutrition.store import MEALS, MealPlan

log = logging.getLogger(__name__)

MEAL_ENUM = list(MEALS)

# The meals as a card names them (the diary, the arguments and the model keep the English keys)
MEAL_WORDS = {
    "breakfast": QT_TRANSLATE_NOOP("Messages", "breakfast"),
    "lunch": QT_TRANSLATE_NOOP("Messages", "lunch"),
    "dinner": QT_TRANSLATE_NOOP("Messages", "dinner"),
    "snacks": QT_TRANSLATE_NOOP("Messages", "snacks"),
}
# A meal's status in a day's plan, as a card's table says it
STATUS_WORDS = {
    "planned": QT_TRANSLATE_NOOP("Messages", "planned"),
    "eaten": QT_TRANSLATE_NOOP("Messages", "eaten"),
    "missed": QT_TRANSLATE_NOOP("Messages", "missed"),
}
# Bar and row labels of the macros; "kcal" is a unit, the same in every language (and the one bar that
# ui/charts.MacroBars shows without " g")
PROTEIN, CARBS, FAT = (QT_TRANSLATE_NOOP("Messages", "protein"), QT_TRANSLATE_NOOP("Messages", "carbs"),
                       QT_TRANSLATE_NOOP("Messages", "fat"))
MACRO_GRAMS = ("kcal", QT_TRANSLATE_NOOP("Messages", "protein g"), QT_TRANSLATE_NOOP("Messages", "carbs g"),
               QT_TRANSLATE_NOOP("Messages", "fat g"))
FOOD, GRAMS = QT_TRANSLATE_NOOP("Messages", "Food"), QT_TRANSLATE_NOOP("Messages", "grams")


def meal_word(meal: str) -> str:
    """*meal* (a diary key: "lunch") as a card shows it."""
    return MEAL_WORDS.get(meal, meal)


def joined(parts: Iterable[str], sep: str = ", ") -> Phrase:
    """*parts* one after the other, as one phrase whose parts are each shown in the window's language: a list
    of meals, or a sentence added to another. Its template is no catalogue's (it holds no words); the
    separator stays as it is."""
    parts = list(parts)
    return Phrase(sep.join(f"{{p{i}}}" for i in range(len(parts))), {f"p{i}": part for i, part in enumerate(parts)})


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


PLAN_COMPACT = (0, 2)  # a compact plan table keeps each meal's new kcal (``Card.compact_columns``)
PLAN_HEADER = (QT_TRANSLATE_NOOP("Messages", "Meal"), QT_TRANSLATE_NOOP("Messages", "Before kcal"),
               QT_TRANSLATE_NOOP("Messages", "After kcal"), QT_TRANSLATE_NOOP("Messages", "Protein g"),
               QT_TRANSLATE_NOOP("Messages", "Carbs g"), QT_TRANSLATE_NOOP("Messages", "Fat g"))
# A meal of a plan table that is no longer planned: "lunch (missed)"
PLAN_MEAL_DONE = {"eaten": QT_TRANSLATE_NOOP("Messages", "{meal} (eaten)"),
                  "missed": QT_TRANSLATE_NOOP("Messages", "{meal} (missed)")}


def plan_meal(meal: MealPlan) -> str:
    """A plan table's name of *meal*: its word, and its status when it is no longer planned."""
    if meal.status == "planned":
        return meal_word(meal.meal)
    done = PLAN_MEAL_DONE.get(meal.status)
    return done.format(meal=meal_word(meal.meal)) if done is not None else f"{meal.meal} ({meal.status})"


def plan_rows(before: list[MealPlan], after: list[MealPlan]) -> tuple[tuple[str, ...], ...]:
    rows = [PLAN_HEADER]
    for b, a in zip(before, after):
        t = a.target
        rows.append((plan_meal(a), f"{b.target.kcal:.0f}",
                     f"{t.kcal:.0f}", f"{t.protein:.0f}", f"{t.carbs:.0f}", f"{t.fat:.0f}"))
    return tuple(rows)


def plan_data(plan: list[MealPlan]) -> list[dict]:
    return [{"meal": m.meal, "status": m.status, **m.target.as_dict(0)} for m in plan]


def meal_eaten(plan: list[MealPlan], meal: str) -> list[MealPlan]:
    """*plan* with *meal* marked eaten, if it was still planned (logging food for a meal means it was had)."""
    return [replace(m, status="eaten") if m.meal == meal and m.status == "planned" else m for m in plan]


def card_day(ctx: NutritionContext, day: date) -> str:
    """The date a card shows: none for today, the day otherwise."""
    return "" if day == ctx.today() else day.isoformat()


def macro_bars(before: Macros, after: Macros, target: Macros) -> tuple[tuple[str, float, float, float], ...]:
    return tuple(
        (label, b, a, t)
        for label, b, a, t in zip(("kcal", PROTEIN, CARBS, FAT), before.as_tuple(), after.as_tuple(),
                                  target.as_tuple())
    )


def entry_data(row) -> dict:
    """A diary food entry as the model and the diary view see it."""
    return {"id": row["id"], "meal": row["meal"], "food": row["food_name"] or row["food_key"], "food_id": row["food_key"],
            "amount": row["amount"] or f"{row['grams']:g} g", "grams": round(row["grams"], 1), "kcal": round(row["kcal"]),
            "protein": round(row["protein"], 1), "carbs": round(row["carbs"], 1), "fat": round(row["fat"], 1)}


def entry_card_name(ctx: NutritionContext, row) -> tuple[str, tuple[tuple[str, str], ...]]:
    """How a card names a diary entry's food, and the note that shows its USDA row on hover. An entry of
    the old hand-typed table has no USDA row: its stored name, no note."""
    if looks_like_ref(row["food_key"]):
        try:
            food = ctx.foods.get(row["food_key"])
        except KeyError:
            pass
        else:
            name = short_name(food)
            return name, food_notes([food], [name])
    return row["food_name"] or row["food_key"], ()


ENTRY_DESCRIPTION = ("The diary entry: its id from get_day_summary, or the food's name as the user says it "
                     "('the rice', 'croissant').")


def find_entry(ctx: NutritionContext, day: date, said: str | int):
    """The food entry meant by *said*: an entry id, or words of its food's name on *day* ("the rice"), or
    another way to say that food ("arroz" finds the entry logged as "Rice"). Several matches are not
    guessed between: the error lists them with their ids, for the assistant to ask which."""
    if isinstance(said, int) or str(said).strip().isdigit():
        row = ctx.store.food_entry(int(said))
        if row is None:
            raise ToolInputError("unknown_entry", f"There is no diary entry {said}; get_day_summary lists them.")
        return row
    rows = ctx.store.food_entries(day)
    wanted = set(content_words(words(str(said))))
    matches = [r for r in rows if wanted and wanted <= set(content_words(words(r["food_name"] or r["food_key"])))]
    if not matches:
        refs = {f.ref for f in ctx.foods.search(str(said)).foods}
        matches = [r for r in rows if r["food_key"] in refs]
    if not matches:
        listing = "; ".join(f"{r['id']}: {r['food_name'] or r['food_key']} ({r['meal']})" for r in rows) or "none"
        raise ToolInputError("unknown_entry", f"No entry of {day.isoformat()} matches {said!r}. Entries: {listing}.",
                             entries=[entry_data(r) for r in rows])
    if len(matches) > 1:
        raise ToolInputError("ambiguous_entry", f"{said!r} matches several entries; ask which, then call again "
                             "with the id.", entries=[entry_data(r) for r in matches])
    return matches[0]


CONFIRMED = {"type": "boolean", "description": "true only after the user agreed to exactly this change; without it "
                                               "nothing is saved and the answer says what would change, to read back."}


def change_profile(ctx: NutritionContext, tool: str, new: Profile, args: dict, what: str) -> ToolResult:
    """Save *new* (when the user confirmed) and give today the target it implies; otherwise say what would
    change. Past days keep their targets; days not planned yet take the new one."""
    old = ctx.store.profile()
    day = ctx.today()
    before, after = old.target(), new.target()
    rows = (("", QT_TRANSLATE_NOOP("Messages", "now"), QT_TRANSLATE_NOOP("Messages", "new")),) + tuple(
        (label, f"{b:.0f}", f"{a:.0f}") for label, b, a in zip(MACRO_GRAMS, before.as_tuple(), after.as_tuple()))
    data = {"profile": _profile_data(new), "targets": after.as_dict(0), "previous_targets": before.as_dict(0),
            "how": str(new.explain()), "sources": str(PROFILE_SOURCES)}  # the model gets plain text
    summary = joined((what, new.explain()), ". ")  # "Goal: lose 0.5. Resting 1650 kcal …"
    if not args.get("confirmed"):
        return ToolResult(True, {"ok": True, "saved": False, **data,
                                 "next": "Read this back to the user; call again with confirmed=true if they agree."},
                          Card(QT_TRANSLATE_NOOP("Messages", "Profile change (not saved yet)"), summary, rows))
    with ctx.store.change(day, tool, summary) as change:
        change.set_profile(new)
        if after != ctx.store.daily_target(day):
            change.set_target(after)
    return ToolResult(True, {"ok": True, "saved": True, **data, "undo_id": change.id},
                      Card(QT_TRANSLATE_NOOP("Messages", "Profile updated"), summary, rows, undo_id=change.id,
                           source=PROFILE_SOURCES))


def _profile_data(profile: Profile) -> dict:
    values = profile.values()
    return {k: (round(v, 1) if isinstance(v, float) else v) for k, v in values.items()}


def checked_profile(ctx: NutritionContext, **values) -> Profile:
    try:
        return ctx.store.profile().changed(**{k: v for k, v in values.items() if v is not None})
    except ProfileError as exc:
        raise ToolInputError("invalid_profile", str(exc)) from None
