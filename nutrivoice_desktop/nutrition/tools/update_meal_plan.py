from nutrivoice_desktop.core.tools import Card, Tool, ToolInputError, ToolResult
from nutrivoice_desktop.core.wording import QT_TRANSLATE_NOOP
from nutrivoice_desktop.nutrition.macros import Macros
from nutrivoice_desktop.nutrition.meal_plan import MAX_SHARE, MIN_SHARE, MealPlanError
from nutrivoice_desktop.nutrition.store import MealPlan
from nutrivoice_desktop.nutrition.tooling import MEAL_ENUM, diary_transaction, joined, meal_word

TITLE = QT_TRANSLATE_NOOP("Messages", "Meal plan changed")


def handle(ctx, args) -> ToolResult:
    slots = ctx.store.meal_slots()
    share = args.get("share_percent")
    try:
        slots = slots.changed(args["meal"], share=None if share is None else share / 100,
                              time_of_day=args.get("time"), enabled=args.get("in_plan"))
    except MealPlanError as exc:
        raise ToolInputError("invalid_meal_plan", str(exc)) from None
    planned = slots.planned()
    words = joined(QT_TRANSLATE_NOOP("Messages", "{meal} {share} at {time}").format(
        meal=meal_word(s.meal), share=f"{s.share:.0%}", time=s.time) for s in planned)
    summary = QT_TRANSLATE_NOOP("Messages", "Meal plan from tomorrow (and today's meals not eaten yet): "
                                            "{meals}.").format(meals=words)
    day = ctx.today()
    with ctx.store.change(day, "update_meal_plan", summary) as change:
        change.set_meal_slots(slots)
        change.set_plan(_replanned(ctx, day, planned))
    rows = ((QT_TRANSLATE_NOOP("Messages", "Meal"), QT_TRANSLATE_NOOP("Messages", "time"),
             QT_TRANSLATE_NOOP("Messages", "share")),) + tuple(
        (meal_word(s.meal), s.time, f"{s.share:.0%}") for s in planned)
    return ToolResult(True, {"ok": True, "meals": [{"meal": s.meal, "time": s.time, "share": round(s.share, 3)}
                                                   for s in planned], "undo_id": change.id},
                      Card(TITLE, summary, rows, undo_id=change.id))


def _replanned(ctx, day, planned):
    """Today's plan on the new shares: meals already eaten or missed keep their targets; what is left of the
    day's target is shared by the meals still planned (a meal switched off leaves today's plan unless eaten)."""
    current = {m.meal: m for m in ctx.store.day_plan(day)}
    done = [m for m in current.values() if m.status != "planned"]
    open_slots = [s for s in planned if s.meal not in {m.meal for m in done}]
    left = ctx.store.daily_target(day) - Macros.total(m.target for m in done)
    left = Macros(*(max(0.0, v) for v in left.as_tuple()))
    total = sum(s.share for s in open_slots) or 1.0
    fresh = {s.meal: MealPlan(s.meal, left.scaled(s.share / total), "planned") for s in open_slots}
    order = [s.meal for s in planned] + [m.meal for m in done if m.meal not in {s.meal for s in planned}]
    return [fresh.get(meal) or current[meal] for meal in order]


TOOL = Tool(
    name="update_meal_plan",
    action=QT_TRANSLATE_NOOP("Messages", "change the meal plan"),
    description="Change the user's meal plan: a meal's share of the day's energy, its usual time, or whether the "
                "day has that meal at all. Missed-meal and unplanned-food rebalancing use this plan.",
    parameters={
        "type": "object",
        "properties": {
            "meal": {"type": "string", "enum": MEAL_ENUM},
            "share_percent": {"type": "number", "unit": "%", "minimum": MIN_SHARE * 100, "maximum": MAX_SHARE * 100},
            "time": {"type": "string", "description": "Usual time, 24-hour 'HH:MM'."},
            "in_plan": {"type": "boolean", "description": "false: the day has no such meal."},
        },
        "required": ["meal"],
        "additionalProperties": False,
    },
    handler=diary_transaction(handle),
)
