from nutrivoice_desktop.core.tools import Card, Tool, ToolInputError, ToolPolicy, ToolResult
from nutrivoice_desktop.core.wording import QT_TRANSLATE_NOOP
from nutrivoice_desktop.nutrition import saved_meals
from nutrivoice_desktop.nutrition.food_names import food_notes, short_names
from nutrivoice_desktop.nutrition.store import SavedItem
from nutrivoice_desktop.nutrition.tooling import (
    AMOUNT_PROPERTIES, FOOD, FOOD_DESCRIPTION, GRAMS, diary_transaction, resolve_food, resolve_grams,
)

TITLE = QT_TRANSLATE_NOOP("Messages", "Meal saved")


def handle(ctx, args) -> ToolResult:
    name = args["name"].strip()
    key = saved_meals.meal_key(name)
    if not key:
        raise ToolInputError("invalid_arguments", "Give the meal a name, e.g. 'usual breakfast'.")
    items, foods = [], []
    for number, item in enumerate(args["items"], start=1):
        try:
            food, found = resolve_food(ctx, item["food"])
            grams, amount = resolve_grams(ctx, food, item, found)
        except ToolInputError as exc:
            # which item failed, so the model fixes that one and sends the list again
            raise ToolInputError(exc.code, f"Item {number} ({item['food']!r}): {exc}", exc.retry, item=number,
                                 **exc.extra) from None
        items.append(SavedItem(food.ref, food.name, round(grams, 1), amount))
        foods.append(food)
    replaced = ctx.store.save_meal(key, name, items)
    total = saved_meals.totals(ctx.foods, items)
    names = short_names(foods)
    listing = ", ".join(f"{i.amount} {shown}" for i, shown in zip(items, names))
    said = {"name": name, "foods": listing, "kcal": f"{total.kcal:.0f}"}
    if replaced:
        summary = QT_TRANSLATE_NOOP("Messages", "Updated “{name}”: {foods} — {kcal} kcal.").format(**said)
    else:
        summary = QT_TRANSLATE_NOOP("Messages", "Saved “{name}”: {foods} — {kcal} kcal.").format(**said)
    rows = ((FOOD, GRAMS, "kcal"),) + tuple(
        (shown, f"{i.grams:g}", f"{f.macros_for(i.grams).kcal:.0f}") for i, f, shown in zip(items, foods, names))
    return ToolResult(True, {
        "ok": True, "name": name, "replaced_existing": replaced, "total": total.as_dict(),
        "items": [{"food": i.name, "id": i.ref, "grams": i.grams, "amount": i.amount} for i in items],
    }, Card(TITLE, summary, rows, notes=food_notes(foods, names)))


TOOL = Tool(
    name="save_meal",
    action=QT_TRANSLATE_NOOP("Messages", "save that meal"),
    description="Save a meal the user eats often under a name ('my usual breakfast is 200 ml milk, a banana and "
                "40 g oats'), to log it later with log_saved_meal. Saving under an existing name replaces it. "
                "Does not log anything.",
    parameters={
        "type": "object",
        "properties": {
            "name": {"type": "string", "minLength": 1, "maxLength": 80, "description": "e.g. 'usual breakfast'."},
            "items": {
                "type": "array", "minItems": 1, "maxItems": 30,
                "items": {
                    "type": "object",
                    "properties": {"food": {"type": "string", "minLength": 1, "description": FOOD_DESCRIPTION},
                                   **AMOUNT_PROPERTIES},
                    "required": ["food"],
                    "additionalProperties": False,
                },
            },
        },
        "required": ["name", "items"],
        "additionalProperties": False,
    },
    handler=diary_transaction(handle),
    # a saved meal is not a change of a day's diary: there is nothing to undo if the call is cancelled,
    # and saving the same list again is harmless
    policy=ToolPolicy(undo_on_cancel=False),
)
