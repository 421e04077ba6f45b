from datetime import timedelta

from nutrivoice_desktop.core.tools import Card, Tool, ToolResult
from nutrivoice_desktop.core.wording import QT_TRANSLATE_NOOP
from nutrivoice_desktop.nutrition.budget import day_words
from nutrivoice_desktop.nutrition.profile import BOUNDS
from nutrivoice_desktop.nutrition.tooling import card_day, checked_profile, diary_transaction, parse_day

TITLE = QT_TRANSLATE_NOOP("Messages", "Weight logged")


def handle(ctx, args) -> ToolResult:
    day = parse_day(ctx, args.get("day"))
    kg = float(args["kg"])
    checked_profile(ctx, weight_kg=kg)  # the same bounds and words as the profile
    earlier = ctx.store.weights(day - timedelta(days=1), 30)
    said = {"day": day_words(day, ctx.today()), "kg": f"{kg:g}"}
    if earlier:
        first_day, first = earlier[0]
        summary = QT_TRANSLATE_NOOP("Messages", "Weight {day}: {kg} kg. {change} kg since {since}.").format(
            change=f"{kg - first:+.1f}", since=first_day.isoformat(), **said)
    else:
        summary = QT_TRANSLATE_NOOP("Messages", "Weight {day}: {kg} kg.").format(**said)
    with ctx.store.change(day, "log_weight", summary) as change:
        change.log_weight(kg)
    profile = ctx.store.profile()
    return ToolResult(True, {"ok": True, "day": day.isoformat(), "kg": kg, "profile_weight_kg": profile.weight_kg,
                             "targets": profile.target().as_dict(0), "undo_id": change.id},
                      Card(TITLE, summary, undo_id=change.id, day=card_day(ctx, day)))


TOOL = Tool(
    name="log_weight",
    action=QT_TRANSLATE_NOOP("Messages", "log that weight"),
    description="Record the user's body weight for a day ('I weigh 81.4 kg today'). The latest weight is the "
                "profile's: activity estimates and computed targets use it.",
    parameters={
        "type": "object",
        "properties": {
            "kg": {"type": "number", "unit": "kg", "minimum": BOUNDS["weight_kg"][0], "maximum": BOUNDS["weight_kg"][1]},
            "day": {"type": "string", "description": "ISO date; default today."},
        },
        "required": ["kg"],
        "additionalProperties": False,
    },
    handler=diary_transaction(handle),
)
