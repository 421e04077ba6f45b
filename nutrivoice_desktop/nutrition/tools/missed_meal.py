from dataclasses import replace

from nutrivoice_desktop.core.tools import Card, Tool, ToolInputError, ToolResult
from nutrivoice_desktop.core.wording import QT_TRANSLATE_NOOP
from nutrivoice_desktop.nutrition import planning
from nutrivoice_desktop.nutrition.budget import day_words
from nutrivoice_desktop.nutrition.macros import Macros
from nutrivoice_desktop.nutrition.tooling import (
    MEAL_ENUM, PLAN_COMPACT, card_day, diary_transaction, joined, meal_word, parse_day, plan_data, plan_rows,
)

TITLE = QT_TRANSLATE_NOOP("Messages", "Missed meal rebalanced")


def handle(ctx, args) -> ToolResult:
    day = parse_day(ctx, args.get("day"))
    meal = args["meal"]
    plan = ctx.store.day_plan(day)
    missed = next((m for m in plan if m.meal == meal), None)
    if missed is None:
        raise ToolInputError("meal_not_planned", f"{meal} is not in the meal plan {day_words(day, ctx.today())}.")
    if missed.status != "planned":
        raise ToolInputError("meal_not_planned", f"{meal} is already marked {missed.status}.")
    receivers = [m.meal for m in plan if m.status == "planned" and m.meal != meal]
    if not receivers:
        raise ToolInputError("no_remaining_meals", f"There are no meals left {day_words(day, ctx.today())} to move {meal} into.")
    daily = ctx.store.daily_target(day)
    zeroed = [replace(m, target=Macros(), status="missed") if m.meal == meal else m for m in plan]
    after, leftover = planning.add_to_meals(zeroed, receivers, missed.target, daily)
    summary = QT_TRANSLATE_NOOP("Messages", "Moved the missed {meal} ({kcal} kcal) into {meals}.").format(
        meal=meal_word(meal), kcal=f"{missed.target.kcal:.0f}", meals=joined(meal_word(m) for m in receivers))
    if leftover.kcal > 1:
        summary = joined((summary, QT_TRANSLATE_NOOP("Messages", "{kcal} kcal did not fit without making a meal too "
                                                                 "large.").format(kcal=f"{leftover.kcal:.0f}")), " ")
    with ctx.store.change(day, "missed_meal", summary) as change:
        change.set_plan(after)
    return ToolResult(True, {
        "ok": True, "missed": meal, "moved": missed.target.as_dict(0), "not_placed": leftover.as_dict(0),
        "meals": plan_data(after), "undo_id": change.id,
    }, Card(TITLE, summary, plan_rows(plan, after), undo_id=change.id,
                                day=card_day(ctx, day), compact_columns=PLAN_COMPACT))


TOOL = Tool(
    name="missed_meal",
    action=QT_TRANSLATE_NOOP("Messages", "rebalance the missed meal"),
    description="The user skipped or missed a meal: spread its calories and macros over the remaining meals "
                "of the day, keeping the day's totals and every meal within sensible size.",
    parameters={
        "type": "object",
        "properties": {
            "meal": {"type": "string", "enum": MEAL_ENUM, "description": "The meal that was missed."},
            "day": {"type": "string", "description": "ISO date; default today."},
        },
        "required": ["meal"],
        "additionalProperties": False,
    },
    handler=diary_transaction(handle),
)
