from nutrivoice_desktop.core.tools import READ_ONLY, Card, Tool, ToolResult
from nutrivoice_desktop.core.wording import QT_TRANSLATE_NOOP
from nutrivoice_desktop.nutrition import saved_meals
from nutrivoice_desktop.nutrition.food_names import food_notes, short_names
from nutrivoice_desktop.nutrition.tooling import diary_transaction

TITLE = QT_TRANSLATE_NOOP("Messages", "Saved meals")


def handle(ctx, args) -> ToolResult:
    meals, notes = [], []
    rows = [(QT_TRANSLATE_NOOP("Messages", "Saved meal"), QT_TRANSLATE_NOOP("Messages", "foods"), "kcal")]
    for name, items in ctx.store.saved_meals().values():
        total = saved_meals.totals(ctx.foods, items)
        meals.append({"name": name, "total": total.as_dict(0),
                      "items": [{"food": i.name, "id": i.ref, "grams": i.grams, "amount": i.amount} for i in items]})
        foods = [ctx.foods.get(i.ref) for i in items]
        names = short_names(foods)
        rows.append((name, ", ".join(names), f"{total.kcal:.0f}"))
        notes += food_notes(foods, names)
    if meals:
        summary = "; ".join(f"{m['name']} ({m['total']['kcal']:.0f} kcal)" for m in meals)
    else:
        summary = QT_TRANSLATE_NOOP("Messages", "No saved meals yet.")
    return ToolResult(True, {"ok": True, "saved_meals": meals},
                      Card(TITLE, summary, tuple(rows) if meals else (), notes=tuple(notes)))


TOOL = Tool(
    name="list_saved_meals",
    action=QT_TRANSLATE_NOOP("Messages", "list the saved meals"),
    description="The meals the user saved with save_meal: names, foods with amounts, and totals. Read-only.",
    parameters={"type": "object", "properties": {}, "additionalProperties": False},
    handler=diary_transaction(handle),
    policy=READ_ONLY,
)
