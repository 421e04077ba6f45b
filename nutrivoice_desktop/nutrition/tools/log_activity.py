from nutrivoice_desktop.core.tools import Card, Tool, ToolInputError, ToolResult
from nutrivoice_desktop.core.wording import QT_TRANSLATE_NOOP
from nutrivoice_desktop.nutrition.budget import day_budget, day_words
from nutrivoice_desktop.nutrition.tooling import card_day, diary_transaction, parse_day

TITLE = QT_TRANSLATE_NOOP("Messages", "Activity logged")


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
    numbers = {"activity": activity.label, "minutes": f"{minutes:g}", "weight": f"{weight:g}", "kcal": f"{kcal:.0f}",
               "met": f"{activity.met:g}", "day": day_words(day, ctx.today())}
    if net:
        summary = QT_TRANSLATE_NOOP("Messages", "{activity}: {minutes} min at {weight} kg burns about {kcal} net kcal "
                                                "(MET {met}); added to the budget {day}.").format(**numbers)
    else:
        summary = QT_TRANSLATE_NOOP("Messages", "{activity}: {minutes} min at {weight} kg burns about {kcal} kcal "
                                                "(MET {met}); added to the budget {day}.").format(**numbers)
    before = day_budget(ctx.store, day)
    with ctx.store.change(day, "log_activity", summary) as change:
        change.log_activity(activity.code, minutes, weight, activity.met, kcal, net=net)
    after = day_budget(ctx.store, day)
    rows = (("", "kcal"), (QT_TRANSLATE_NOOP("Messages", "Burned"), f"{kcal:.0f}"),
            (QT_TRANSLATE_NOOP("Messages", "Remaining before"), f"{before.remaining.kcal:.0f}"),
            (QT_TRANSLATE_NOOP("Messages", "Remaining now"), f"{after.remaining.kcal:.0f}"))
    return ToolResult(True, {
        "ok": True, "activity": activity.label, "compendium": activity.description, "compendium_code": activity.code, "met": activity.met,
        "minutes": minutes, "weight_kg": weight, "net": net, "kcal": round(kcal),
        "day": day.isoformat(), "remaining_kcal": round(after.remaining.kcal), "budget": after.as_data(),
        "undo_id": change.id,
    }, Card(TITLE, summary, rows, undo_id=change.id,
            source=QT_TRANSLATE_NOOP("Messages", "Compendium 2011, code {code}").format(code=activity.code),
            day=card_day(ctx, day)))


TOOL = Tool(
    name="log_activity",
    action=QT_TRANSLATE_NOOP("Messages", "log that activity"),
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
