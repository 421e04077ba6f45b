from nutrivoice_desktop.core.tools import Card, Tool, ToolInputError, ToolResult
from nutrivoice_desktop.core.wording import QT_TRANSLATE_NOOP
from nutrivoice_desktop.nutrition.budget import day_budget
from nutrivoice_desktop.nutrition import saved_meals
from nutrivoice_desktop.nutrition.food_names import food_notes, short_names
from nutrivoice_desktop.nutrition.macros import Macros
from nutrivoice_desktop.nutrition.tooling import (
    FOOD, GRAMS, MEAL_ENUM, card_day, diary_transaction, macro_bars, meal_eaten, meal_word, parse_day,
)

TITLE = QT_TRANSLATE_NOOP("Messages", "Saved meal logged")


def handle(ctx, args) -> ToolResult:
    day = parse_day(ctx, args.get("day"))
    found = saved_meals.find(ctx.store, args["name"])
    if found is None:
        known = [name for name, _ in ctx.store.saved_meals().values()]
        listing = ", ".join(known) if known else "none yet (save one with save_meal)"
        raise ToolInputError("unknown_saved_meal", f"There is no saved meal called {args['name']!r}. "
                             f"Saved meals: {listing}.", saved_meals=known)
    _, name, items = found
    meal = args["meal"]
    portions = float(args.get("portions", 1))
    before = day_budget(ctx.store, day)
    plan = ctx.store.day_plan(day)
    logged = []
    for item in items:
        food = ctx.foods.get(item.ref)
        grams = item.grams * portions
        logged.append((food, grams, food.macros_for(grams)))
    total = Macros.total(m for _, _, m in logged)
    said = {"name": name, "kcal": f"{total.kcal:.0f}", "meal": meal_word(meal)}
    if portions == 1:
        summary = QT_TRANSLATE_NOOP("Messages", "Logged “{name}” ({kcal} kcal) for {meal}.").format(**said)
    else:
        summary = QT_TRANSLATE_NOOP("Messages", "Logged {portions} × “{name}” ({kcal} kcal) for {meal}.").format(
            portions=f"{portions:g}", **said)
    with ctx.store.change(day, "log_saved_meal", summary) as change:
        for food, grams, macros in logged:
            change.log_food(meal, food.ref, grams, macros, planned=True, name=food.name, amount=f"{grams:.0f} g")
        change.set_plan(meal_eaten(plan, meal))
    after = day_budget(ctx.store, day)
    foods = [f for f, _, _ in logged]
    names = short_names(foods)
    rows = ((FOOD, GRAMS, "kcal"),) + tuple((name, f"{g:.0f}", f"{m.kcal:.0f}")
                                                for name, (_, g, m) in zip(names, logged))
    return ToolResult(True, {
        "ok": True, "saved_meal": name, "meal": meal, "total": total.as_dict(),
        "items": [{"food": f.name, "id": f.ref, "grams": round(g, 1)} for f, g, _ in logged],
        "day": day.isoformat(), "remaining": after.remaining.as_dict(0), "budget": after.as_data(),
        "undo_id": change.id,
    }, Card(TITLE, summary, rows, bars=macro_bars(before.eaten, after.eaten, after.budget),
            undo_id=change.id, day=card_day(ctx, day), notes=food_notes(foods, names)))


TOOL = Tool(
    name="log_saved_meal",
    action=QT_TRANSLATE_NOOP("Messages", "log that saved meal"),
    description="Log a meal saved earlier with save_meal, by its name ('my usual breakfast'), as part of a planned "
                "meal (marks that meal eaten). Amounts are the saved ones, times portions.",
    parameters={
        "type": "object",
        "properties": {
            "name": {"type": "string", "minLength": 1},
            "meal": {"type": "string", "enum": MEAL_ENUM},
            "portions": {"type": "number", "exclusiveMinimum": 0, "maximum": 10, "description": "Default 1."},
            "day": {"type": "string", "description": "ISO date; default today."},
        },
        "required": ["name", "meal"],
        "additionalProperties": False,
    },
    handler=diary_transaction(handle),
)
