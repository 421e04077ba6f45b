from nutrivoice_desktop.core.tools import Card, Tool, ToolResult
from nutrivoice_desktop.core.wording import QT_TRANSLATE_NOOP
from nutrivoice_desktop.nutrition.budget import day_budget, day_words
from nutrivoice_desktop.nutrition.food_names import food_notes, short_name
from nutrivoice_desktop.nutrition.tooling import (
    AMOUNT_PROPERTIES, MEAL_ENUM, card_day, diary_transaction, macro_bars, meal_eaten, meal_word, parse_day,
    resolve_food, resolve_grams, FOOD_DESCRIPTION,
)

TITLE = QT_TRANSLATE_NOOP("Messages", "Food logged")


def handle(ctx, args) -> ToolResult:
    day = parse_day(ctx, args.get("day"))
    food, found = resolve_food(ctx, args["food"])
    grams, amount_text = resolve_grams(ctx, food, args, found)
    macros = food.macros_for(grams)
    meal = args["meal"]
    before = day_budget(ctx.store, day)
    name = short_name(food)
    said = {"amount": amount_text, "food": name, "kcal": f"{macros.kcal:.0f}", "meal": meal_word(meal)}
    if day == ctx.today():
        summary = QT_TRANSLATE_NOOP("Messages", "Logged {amount} {food} ({kcal} kcal) for {meal}.").format(**said)
    else:
        summary = QT_TRANSLATE_NOOP("Messages", "Logged {amount} {food} ({kcal} kcal) for {meal} {day}.").format(
            day=day_words(day, ctx.today()), **said)
    plan = ctx.store.day_plan(day)
    with ctx.store.change(day, "log_food", summary) as change:
        change.log_food(meal, food.ref, grams, macros, planned=True, name=food.name, amount=amount_text)
        change.set_plan(meal_eaten(plan, meal))
    after = day_budget(ctx.store, day)
    return ToolResult(True, {
        "ok": True, "food": food.name, "food_id": food.ref, "source": food.source_label, "grams": round(grams, 1), "meal": meal,
        "macros": macros.as_dict(), "day": day.isoformat(), "remaining": after.remaining.as_dict(0), "budget": after.as_data(),
        "undo_id": change.id,
    }, Card(TITLE, summary, bars=macro_bars(before.eaten, after.eaten, after.budget),
            undo_id=change.id, source=food.source_label, day=card_day(ctx, day),
            notes=food_notes([food], [name])))


TOOL = Tool(
    name="log_food",
    action=QT_TRANSLATE_NOOP("Messages", "log that food"),
    description="Log food eaten as part of a planned meal (breakfast, lunch, dinner, snacks); marks that meal "
                "as eaten. For food outside the plan use unplanned_food.",
    parameters={
        "type": "object",
        "properties": {
            "food": {"type": "string", "minLength": 1, "description": FOOD_DESCRIPTION},
            **AMOUNT_PROPERTIES,
            "meal": {"type": "string", "enum": MEAL_ENUM},
            "day": {"type": "string", "description": "ISO date; default today."},
        },
        "required": ["food", "meal"],
        "additionalProperties": False,
    },
    handler=diary_transaction(handle),
)
