from nutrivoice_desktop.core.tools import READ_ONLY, Card, Tool, ToolResult
from nutrivoice_desktop.nutrition.macros import Macros
from nutrivoice_desktop.nutrition.tooling import day_totals, diary_transaction, macro_bars, parse_day, plan_data


def handle(ctx, args) -> ToolResult:
    day = parse_day(ctx, args.get("day"))
    totals = day_totals(ctx, day)
    plan = ctx.store.day_plan(day)
    eaten_by_meal = ctx.store.eaten(day)
    target, eaten, remaining = totals["target"], totals["eaten"], totals["remaining"]
    activity = totals["activity_kcal"]
    extra = f" plus {activity:.0f} from activity" if activity else ""
    summary = f"{day.isoformat()}: eaten {eaten.kcal:.0f} of {target.kcal:.0f} kcal{extra}; {remaining.kcal:.0f} kcal left."
    rows = [("Meal", "status", "target kcal", "eaten kcal")]
    rows += [(m.meal, m.status, f"{m.target.kcal:.0f}", f"{eaten_by_meal[m.meal].kcal:.0f}") for m in plan]
    return ToolResult(True, {
        "ok": True, "day": day.isoformat(), "target": target.as_dict(0), "eaten": eaten.as_dict(0),
        "activity_kcal": round(activity), "remaining": remaining.as_dict(0), "meals": plan_data(plan),
    }, Card("Today so far", summary, tuple(rows), bars=macro_bars(eaten, eaten, target + Macros(kcal=activity))))


TOOL = Tool(
    name="get_day_summary",
    description="Targets vs eaten vs remaining for a day (calories, protein, carbs, fat), per meal and in total.",
    parameters={
        "type": "object",
        "properties": {"day": {"type": "string", "description": "ISO date; default today."}},
        "additionalProperties": False,
    },
    handler=diary_transaction(handle),
    policy=READ_ONLY,
)
