from datetime import date

from nutrivoice_desktop.core.tools import Card, Tool, ToolResult
from nutrivoice_desktop.core.wording import QT_TRANSLATE_NOOP
from nutrivoice_desktop.nutrition.budget import day_budget
from nutrivoice_desktop.nutrition.tooling import (
    ENTRY_DESCRIPTION, card_day, diary_transaction, entry_card_name, find_entry, macro_bars, meal_word, parse_day,
)

TITLE = QT_TRANSLATE_NOOP("Messages", "Diary entry removed")


def handle(ctx, args) -> ToolResult:
    row = find_entry(ctx, parse_day(ctx, args.get("day")), args["entry"])
    day = date.fromisoformat(row["day"])
    name = row["food_name"] or row["food_key"]
    shown, notes = entry_card_name(ctx, row)
    amount = row["amount"] or f"{round(row['grams'])} g"
    summary = QT_TRANSLATE_NOOP("Messages", "Removed {amount} {food} ({kcal} kcal) from {meal}.").format(
        amount=amount, food=shown, kcal=f"{row['kcal']:.0f}", meal=meal_word(row["meal"]))
    before = day_budget(ctx.store, day)
    with ctx.store.change(day, "delete_diary_entry", summary) as change:
        change.delete_food(row["id"])
    after = day_budget(ctx.store, day)
    return ToolResult(True, {"ok": True, "removed": name, "budget": after.as_data(), "undo_id": change.id},
                      Card(TITLE, summary, bars=macro_bars(before.eaten, after.eaten, after.budget),
                           undo_id=change.id, day=card_day(ctx, day), notes=notes))


TOOL = Tool(
    name="delete_diary_entry",
    action=QT_TRANSLATE_NOOP("Messages", "remove that entry"),
    description="Remove a food from the diary (logged by mistake, or not eaten after all).",
    parameters={
        "type": "object",
        "properties": {
            "entry": {"type": "string", "minLength": 1, "description": ENTRY_DESCRIPTION},
            "day": {"type": "string", "description": "ISO date of the entry when given by name; default today."},
        },
        "required": ["entry"],
        "additionalProperties": False,
    },
    handler=diary_transaction(handle),
)
