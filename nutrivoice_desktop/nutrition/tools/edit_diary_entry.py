from datetime import date

from nutrivoice_desktop.core.tools import Card, Tool, ToolInputError, ToolResult
from nutrivoice_desktop.core.wording import QT_TRANSLATE_NOOP
from nutrivoice_desktop.nutrition.budget import day_budget
from nutrivoice_desktop.nutrition.food_db import looks_like_ref
from nutrivoice_desktop.nutrition.tooling import (
    AMOUNT_PROPERTIES, ENTRY_DESCRIPTION, MEAL_ENUM, card_day, diary_transaction, entry_card_name, entry_data,
    find_entry, joined, macro_bars, meal_eaten, meal_word, parse_day, resolve_grams,
)

TITLE = QT_TRANSLATE_NOOP("Messages", "Diary entry changed")


def handle(ctx, args) -> ToolResult:
    row = find_entry(ctx, parse_day(ctx, args.get("day")), args["entry"])
    day = date.fromisoformat(row["day"])
    name = row["food_name"] or row["food_key"]
    amount = {k: args[k] for k in ("grams", "quantity", "portion") if k in args}
    meal = args.get("meal")
    if not amount and meal is None:
        raise ToolInputError("invalid_arguments", "Say what to change: the amount (grams, or quantity and portion) "
                                                  "or the meal.")
    grams = amount_text = None
    if amount:
        if "grams" not in amount and not looks_like_ref(row["food_key"]):
            raise ToolInputError("invalid_arguments", f"{name} was logged from the old food table: give grams.")
        food = ctx.foods.get(row["food_key"]) if looks_like_ref(row["food_key"]) else None
        grams, amount_text = resolve_grams(ctx, food, amount) if food else (float(amount["grams"]), f"{amount['grams']:g} g")
    parts = []
    if grams is not None:
        parts.append(f"{row['amount'] or str(round(row['grams'])) + ' g'} → {amount_text}")
    if meal is not None and meal != row["meal"]:
        parts.append(joined((meal_word(row["meal"]), meal_word(meal)), " → "))
    shown, notes = entry_card_name(ctx, row)
    if parts:
        summary = QT_TRANSLATE_NOOP("Messages", "Changed {food}: {changes}.").format(food=shown, changes=joined(parts))
    else:
        summary = QT_TRANSLATE_NOOP("Messages", "Changed {food}: nothing to change.").format(food=shown)
    before = day_budget(ctx.store, day)
    plan = ctx.store.day_plan(day)
    with ctx.store.change(day, "edit_diary_entry", summary) as change:
        change.update_food(row["id"], meal=meal, grams=grams, amount=amount_text)
        if meal is not None and row["planned"]:
            change.set_plan(meal_eaten(plan, meal))
    after = day_budget(ctx.store, day)
    entry = entry_data(ctx.store.food_entry(row["id"]))
    return ToolResult(True, {"ok": True, "entry": entry, "budget": after.as_data(), "undo_id": change.id},
                      Card(TITLE, summary, bars=macro_bars(before.eaten, after.eaten, after.budget),
                           undo_id=change.id, day=card_day(ctx, day), notes=notes))


TOOL = Tool(
    name="edit_diary_entry",
    action=QT_TRANSLATE_NOOP("Messages", "change that entry"),
    description="Correct a food already in the diary: its amount ('change the rice to 150 g') and/or its meal "
                "('move the croissant to breakfast'). The entry keeps its food; macros follow the new amount.",
    parameters={
        "type": "object",
        "properties": {
            "entry": {"type": "string", "minLength": 1, "description": ENTRY_DESCRIPTION},
            **AMOUNT_PROPERTIES,
            "meal": {"type": "string", "enum": MEAL_ENUM, "description": "Move the entry to this meal."},
            "day": {"type": "string", "description": "ISO date of the entry when given by name; default today."},
        },
        "required": ["entry"],
        "additionalProperties": False,
    },
    handler=diary_transaction(handle),
)
