from nutrivoice_desktop.core.tools import READ_ONLY, Card, Tool, ToolResult
from nutrivoice_desktop.core.wording import QT_TRANSLATE_NOOP
from nutrivoice_desktop.nutrition.budget import day_budget, day_title
from nutrivoice_desktop.nutrition.tooling import (
    STATUS_WORDS, card_day, date_words, diary_transaction, entry_data, macro_bars, meal_word, parse_day, plan_data,
)


def handle(ctx, args) -> ToolResult:
    day = parse_day(ctx, args.get("day"))
    budget = day_budget(ctx.store, day)
    plan = ctx.store.day_plan(day)
    eaten_by_meal = ctx.store.eaten(day)
    activity = budget.activity_kcal
    numbers = {"day": day_title(day, ctx.today()), "eaten": f"{budget.eaten.kcal:.0f}",
               "target": f"{budget.target.kcal:.0f}", "left": budget.left_words()}
    if activity:
        summary = QT_TRANSLATE_NOOP("Messages", "{day}: eaten {eaten} of {target} kcal plus {activity} from activity; "
                                                "{left}.").format(activity=f"{activity:.0f}", **numbers)
    else:
        summary = QT_TRANSLATE_NOOP("Messages", "{day}: eaten {eaten} of {target} kcal; {left}.").format(**numbers)
    rows = [(QT_TRANSLATE_NOOP("Messages", "Meal"), QT_TRANSLATE_NOOP("Messages", "status"),
             QT_TRANSLATE_NOOP("Messages", "target kcal"), QT_TRANSLATE_NOOP("Messages", "eaten kcal"))]
    rows += [(meal_word(m.meal), STATUS_WORDS.get(m.status, m.status), f"{m.target.kcal:.0f}",
              f"{eaten_by_meal[m.meal].kcal:.0f}") for m in plan]
    entries = [entry_data(r) for r in ctx.store.food_entries(day)]
    activities = [{"id": r["id"], "activity_code": r["activity_key"], "minutes": r["minutes"], "kcal": round(r["kcal"])}
                  for r in ctx.store.activity_entries(day)]
    title = QT_TRANSLATE_NOOP("Messages", "Today so far") if day == ctx.today() else date_words(day)
    return ToolResult(True, {"ok": True, **budget.as_data(), "meals": plan_data(plan), "entries": entries,
                             "activities": activities},
                      Card(title, summary, tuple(rows), bars=macro_bars(budget.eaten, budget.eaten, budget.budget),
                           day=card_day(ctx, day)))


TOOL = Tool(
    name="get_day_summary",
    action=QT_TRANSLATE_NOOP("Messages", "sum up that day"),
    description="A day's targets vs eaten vs remaining (calories, protein, carbs, fat), per meal and in total, "
                "and every food entry with its id (for edit_diary_entry, delete_diary_entry, relog_entry).",
    parameters={
        "type": "object",
        "properties": {"day": {"type": "string", "description": "ISO date; default today."}},
        "additionalProperties": False,
    },
    handler=diary_transaction(handle),
    policy=READ_ONLY,
)
