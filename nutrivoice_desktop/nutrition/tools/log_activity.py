from nutrivoice_desktop.core.tools import Card, Tool, ToolInputError, ToolResult
from nutrivoice_desktop.nutrition.budget import day_budget, day_words
from nutrivoice_desktop.nutrition.tooling import card_day, diary_transaction, parse_day


def handle(ctx, args) -> ToolResult:
    day = parse_day(ctx, args.get("day"))
    activity, hints = ctx.activities.lookup(args["activity"])
    if activity is None:
        hint = f" Similar: {'; '.join(hints)}." if hints else ""
        raise ToolInputError("unknown_activity", f"I don't know the activity {args['activity']!r}.{hint}",
                             suggestions=hints)
    minutes = float(args["minutes"])
    weight = float(args.get("weight_kg") or ctx.store.profile().weight_kg)
    net = bool(args.get("net", True))
    kcal = activity.kcal(weight, minutes, net=net)
    kind = "net " if net else ""
    summary = (f"{activity.label}: {minutes:g} min at {weight:g} kg burns about {kcal:.0f} {kind}kcal "
               f"(MET {activity.met:g}); added to the budget of {day_words(day, ctx.today())}.")
    before = day_budget(ctx.store, day)
    with ctx.store.change(day, "log_activity", summary) as change:
        change.log_activity(activity.code, minutes, weight, activity.met, kcal, net=net)
    after = day_budget(ctx.store, day)
    rows = (("", "kcal"), ("Burned", f"{kcal:.0f}"), ("Remaining before", f"{before.remaining.kcal:.0f}"),
            ("Remaining now", f"{after.remaining.kcal:.0f}"))
    return ToolResult(True, {
        "ok": True, "activity": activity.label, "compendium": activity.description, "compendium_code": activity.code, "met": activity.met,
        "minutes": minutes, "weight_kg": weight, "net": net, "kcal": round(kcal),
        "day": day.isoformat(), "remaining_kcal": round(after.remaining.kcal), "budget": after.as_data(),
        "undo_id": change.id,
    }, Card("Activity logged", summary, rows, undo_id=change.id, source=f"Compendium 2011, code {activity.code}",
                 day=card_day(ctx, day)))


TOOL = Tool(
    name="log_activity",
    action="log that activity",
    description="Log physical activity and add its energy to today's budget: kcal = MET x body weight (kg) x "
                "hours (Compendium of Physical Activities). By default counts net calories (MET - 1), since "
                "resting energy is already in the daily target.",
    parameters={
        "type": "object",
        "properties": {
            "activity": {"type": "string", "minLength": 1,
                         "description": "As said, any of five languages: 'brisk walk', 'Radfahren', 'योग'; or a "
                                        "5-digit Compendium code."},
            "minutes": {"type": "number", "unit": "min", "exclusiveMinimum": 0, "maximum": 1440},
            "weight_kg": {"type": "number", "unit": "kg", "minimum": 25, "maximum": 350,
                          "description": "Body weight; default: the profile's."},
            "net": {"type": "boolean", "description": "Count only calories above rest (default true)."},
            "day": {"type": "string", "description": "ISO date; default today."},
        },
        "required": ["activity", "minutes"],
        "additionalProperties": False,
    },
    handler=diary_transaction(handle),
)
