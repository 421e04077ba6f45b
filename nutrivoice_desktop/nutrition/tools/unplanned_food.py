from nutrivoice_desktop.core.tools import Card, Tool, ToolInputError, ToolResult
from nutrivoice_desktop.core.wording import QT_TRANSLATE_NOOP
from nutrivoice_desktop.nutrition.budget import day_budget, day_words
from nutrivoice_desktop.nutrition import planning
from nutrivoice_desktop.nutrition.food_names import food_notes, short_name
from nutrivoice_desktop.nutrition.tooling import (
    AMOUNT_PROPERTIES, MEAL_ENUM, PLAN_COMPACT, card_day, diary_transaction, joined, macro_bars, meal_word, parse_day,
    plan_data,
    plan_rows, resolve_food, resolve_grams, FOOD_DESCRIPTION,
)

TITLE = QT_TRANSLATE_NOOP("Messages", "Unplanned food compensated")


def handle(ctx, args) -> ToolResult:
    day = parse_day(ctx, args.get("day"))
    food, found = resolve_food(ctx, args["food"])
    grams, amount_text = resolve_grams(ctx, food, args, found)
    eaten = food.macros_for(grams)
    meal = args.get("meal", "snacks")
    plan = ctx.store.day_plan(day)
    givers = [m.meal for m in plan if m.status == "planned"]
    if not givers:
        raise ToolInputError("no_remaining_meals", f"All meals {day_words(day, ctx.today())} are done; log it with "
                             "log_food instead.")
    totals_before = day_budget(ctx.store, day)
    after, over = planning.remove_from_meals(plan, givers, eaten)
    name = short_name(food)
    summary = QT_TRANSLATE_NOOP("Messages", "Logged {amount} {food} ({kcal} kcal) and trimmed {meals}.").format(
        amount=amount_text, food=name, kcal=f"{eaten.kcal:.0f}", meals=joined(meal_word(m) for m in givers))
    if over.kcal > 1:
        if day >= ctx.today():
            over_words = QT_TRANSLATE_NOOP("Messages", "The remaining meals cannot absorb {kcal} kcal: the day will "
                                                       "end about that much over.").format(kcal=f"{over.kcal:.0f}")
        else:
            over_words = QT_TRANSLATE_NOOP("Messages", "The remaining meals cannot absorb {kcal} kcal: the day ended "
                                                       "about that much over.").format(kcal=f"{over.kcal:.0f}")
        summary = joined((summary, over_words), " ")
    with ctx.store.change(day, "unplanned_food", summary) as change:
        change.log_food(meal, food.ref, grams, eaten, planned=False, name=food.name, amount=amount_text)
        change.set_plan(after)
    totals_after = day_budget(ctx.store, day)
    return ToolResult(True, {
        "ok": True, "food": food.name, "food_id": food.ref, "source": food.source_label, "grams": round(grams, 1), "eaten": eaten.as_dict(),
        "over_budget": over.as_dict(0), "meals": plan_data(after), "budget": totals_after.as_data(),
        "undo_id": change.id,
    }, Card(TITLE, summary, plan_rows(plan, after),
            bars=macro_bars(totals_before.eaten, totals_after.eaten, totals_after.budget), undo_id=change.id, source=food.source_label,
            day=card_day(ctx, day), notes=food_notes([food], [name]), compact_columns=PLAN_COMPACT))


TOOL = Tool(
    name="unplanned_food",
    action=QT_TRANSLATE_NOOP("Messages", "log that food"),
    description="The user ate something that was not in the plan: log it and reduce the upcoming meals of the "
                "day to compensate. Give the amount in grams, or as a quantity of portions.",
    parameters={
        "type": "object",
        "properties": {
            "food": {"type": "string", "minLength": 1, "description": FOOD_DESCRIPTION},
            **AMOUNT_PROPERTIES,
            "meal": {"type": "string", "enum": MEAL_ENUM, "description": "Meal to file it under; default snacks."},
            "day": {"type": "string", "description": "ISO date; default today."},
        },
        "required": ["food"],
        "additionalProperties": False,
    },
    handler=diary_transaction(handle),
)
