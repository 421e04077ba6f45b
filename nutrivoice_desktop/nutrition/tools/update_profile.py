from nutrivoice_desktop.core.tools import Tool
from nutrivoice_desktop.core.wording import QT_TRANSLATE_NOOP
from nutrivoice_desktop.nutrition.profile import ACTIVITY_NAMES, ACTIVITY_WORDS, BOUNDS, SEXES
from nutrivoice_desktop.nutrition.tooling import CONFIRMED, change_profile, checked_profile, diary_transaction, joined

FIELDS = ("weight_kg", "height_cm", "age", "sex", "activity")
# a field changed, as the card says it ("weight kg 81.5")
FIELD_WORDS = {"weight_kg": QT_TRANSLATE_NOOP("Messages", "weight kg {value}"),
               "height_cm": QT_TRANSLATE_NOOP("Messages", "height cm {value}"),
               "age": QT_TRANSLATE_NOOP("Messages", "age {value}"),
               "sex": QT_TRANSLATE_NOOP("Messages", "sex {value}"),
               "activity": QT_TRANSLATE_NOOP("Messages", "activity {value}")}
# values in words where they are choices (the stored keys stay "female", "very_active")
VALUE_WORDS = {"sex": {"female": QT_TRANSLATE_NOOP("Messages", "female"),
                       "male": QT_TRANSLATE_NOOP("Messages", "male")},
               "activity": ACTIVITY_NAMES}


def handle(ctx, args):
    new = checked_profile(ctx, **{k: args.get(k) for k in FIELDS})
    changed = [FIELD_WORDS[k].format(value=VALUE_WORDS.get(k, {}).get(args[k], args[k])) for k in FIELDS if k in args]
    said = joined(changed) if changed else QT_TRANSLATE_NOOP("Messages", "no change")
    return change_profile(ctx, "update_profile", new, args, QT_TRANSLATE_NOOP("Messages", "Profile: {changes}").format(
        changes=said))


def _number(field: str, unit: str) -> dict:
    low, high = BOUNDS[field]
    return {"type": "number", "unit": unit, "minimum": low, "maximum": high}


TOOL = Tool(
    name="update_profile",
    action=QT_TRANSLATE_NOOP("Messages", "update the profile"),
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
