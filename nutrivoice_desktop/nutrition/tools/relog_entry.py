from nutrivoice_desktop.core.tools import Card, Tool, ToolResult
from nutrivoice_desktop.core.wording import QT_TRANSLATE_NOOP
from nutrivoice_desktop.nutrition.budget import day_budget
from nutrivoice_desktop.nutrition.macros import Macros
from nutrivoice_desktop.nutrition.tooling import (
    ENTRY_DESCRIPTION, MEAL_ENUM, card_day, diary_transaction, entry_card_name, find_entry, macro_bars, meal_eaten,
    meal_word, parse_day,
)

TITLE = QT_TRANSLATE_NOOP("Messages", "Logged again")


def handle(ctx, args) -> ToolResult:
    row = find_entry(ctx, parse_day(ctx, args.get("from_day")), args["entry"])
    day = parse_day(ctx, args.get("day"))
    meal = args.get("meal") or row["meal"]
    name = row["food_name"] or row["food_key"]
    amount = row["amount"] or f"{row['grams']:g} g"
    macros = Macros(row["kcal"], row["protein"], row["carbs"], row["fat"])
    shown, notes = entry_card_name(ctx, row)
    summary = QT_TRANSLATE_NOOP("Messages", "Logged {amount} {food} ({kcal} kcal) for {meal} again, as on "
                                            "{day}.").format(
        amount=amount, food=shown, kcal=f"{macros.kcal:.0f}", meal=meal_word(meal), day=row["day"])
    before = day_budget(ctx.store, day)
    plan = ctx.store.day_plan(day)
    with ctx.store.change(day, "relog_entry", summary) as change:
        change.log_food(meal, row["food_key"], row["grams"], macros, planned=True, name=name, amount=row["amount"])
        change.set_plan(meal_eaten(plan, meal))
    after = day_budget(ctx.store, day)
    return ToolResult(True, {"ok": True, "food": name, "grams": row["grams"], "meal": meal, "day": day.isoformat(),
                             "budget": after.as_data(), "undo_id": change.id},
                      Card(TITLE, summary, bars=macro_bars(before.eaten, after.eaten, after.budget),
                           undo_id=change.id, day=card_day(ctx, day), notes=notes))


TOOL = Tool(
    name="relog_entry",
    action=QT_TRANSLATE_NOOP("Messages", "log that again"),
    description="Log a food from the diary again, same amount ('I had the same oatmeal as yesterday').",
    parameters={
        "type": "object",
        "properties": {
            "entry": {"type": "string", "minLength": 1, "description": ENTRY_DESCRIPTION},
            "from_day": {"type": "string", "description": "ISO date the entry is on when given by name; default today."},
            "meal": {"type": "string", "enum": MEAL_ENUM, "description": "Default: the entry's meal."},
            "day": {"type": "string", "description": "ISO date to log it on; default today."},
        },
        "required": ["entry"],
        "additionalProperties": False,
    },
    handler=diary_transaction(handle),
)
