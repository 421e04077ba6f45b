from nutrivoice_desktop.core.tools import Tool
from nutrivoice_desktop.nutrition.profile import ACTIVITY_WORDS, BOUNDS, SEXES
from nutrivoice_desktop.nutrition.tooling import CONFIRMED, change_profile, checked_profile, diary_transaction

FIELDS = ("weight_kg", "height_cm", "age", "sex", "activity")


def handle(ctx, args):
    new = checked_profile(ctx, **{k: args.get(k) for k in FIELDS})
    said = ", ".join(f"{k.replace('_', ' ')} {args[k]}" for k in FIELDS if k in args) or "no change"
    return change_profile(ctx, "update_profile", new, args, f"Profile: {said}")


def _number(field: str, unit: str) -> dict:
    low, high = BOUNDS[field]
    return {"type": "number", "unit": unit, "minimum": low, "maximum": high}


TOOL = Tool(
    name="update_profile",
    action="update the profile",
    description="Change the user's body data, from which the daily targets are computed (Mifflin-St Jeor × "
                "activity factor, and the goal). First call without confirmed to get the new targets, read them "
                "back, and call again with confirmed=true only if the user agrees. For today's weigh-in use "
                "log_weight.",
    parameters={
        "type": "object",
        "properties": {
            "weight_kg": _number("weight_kg", "kg"),
            "height_cm": _number("height_cm", "cm"),
            "age": {**_number("age", "years"), "type": "integer"},
            "sex": {"type": "string", "enum": list(SEXES), "description": "For the resting-energy formula."},
            "activity": {"type": "string", "enum": list(ACTIVITY_WORDS),
                         "description": "; ".join(f"{k}: {v}" for k, v in ACTIVITY_WORDS.items())},
            "confirmed": CONFIRMED,
        },
        "additionalProperties": False,
    },
    handler=diary_transaction(handle),
)
