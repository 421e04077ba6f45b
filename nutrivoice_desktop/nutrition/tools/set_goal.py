from nutrivoice_desktop.core.tools import Tool, ToolInputError
from nutrivoice_desktop.core.wording import QT_TRANSLATE_NOOP
from nutrivoice_desktop.nutrition.profile import BOUNDS, GOALS
from nutrivoice_desktop.nutrition.tooling import CONFIRMED, change_profile, checked_profile, diary_transaction, joined

# the goal as the card says it ("Goal: lose 0.5 kg a week")
GOAL_WORDS = {"lose": QT_TRANSLATE_NOOP("Messages", "lose {rate} kg a week"),
              "keep": QT_TRANSLATE_NOOP("Messages", "keep the weight"),
              "gain": QT_TRANSLATE_NOOP("Messages", "gain {rate} kg a week")}

SPLIT = ("protein_pct", "carbs_pct", "fat_pct")
BY_HAND = ("kcal", "protein", "carbs", "fat")
# a target set by hand, as the card says it ("protein 150"); kcal is a unit, the same in every language
BY_HAND_WORDS = {"protein": QT_TRANSLATE_NOOP("Messages", "protein {value}"),
                 "carbs": QT_TRANSLATE_NOOP("Messages", "carbs {value}"),
                 "fat": QT_TRANSLATE_NOOP("Messages", "fat {value}")}


def handle(ctx, args):
    by_hand = {k: args[k] for k in BY_HAND if k in args}
    if by_hand and ("goal" in args or any(k in args for k in SPLIT)):
        raise ToolInputError("invalid_arguments", "Either targets by hand (kcal, protein, carbs, fat) or a goal and "
                                                  "macro shares, not both.")
    if by_hand:
        current = ctx.store.profile().target()
        values = {**dict(zip(BY_HAND, current.as_tuple())), **by_hand, "targets": "manual"}
        said = joined(BY_HAND_WORDS[k].format(value=f"{v:g}") if k in BY_HAND_WORDS else f"{k} {v:g}"
                      for k, v in by_hand.items())
    else:
        values = {k: args.get(k) for k in ("goal", "rate_kg_week", *SPLIT)}
        values["targets"] = "auto"
        said = None  # the goal in words, once the new profile says what it is
        if any(k in args for k in SPLIT) and not all(k in args for k in SPLIT):
            raise ToolInputError("invalid_arguments", "Give all three macro shares (protein, carbs, fat), adding up "
                                                      "to 100.")
    new = checked_profile(ctx, **values)
    if said is None:
        said = GOAL_WORDS[new.goal].format(rate=f"{new.rate_kg_week:g}") if "goal" in args or "rate_kg_week" in args \
            else QT_TRANSLATE_NOOP("Messages", "computed targets")
    if new.targets == "auto" and not new.complete:
        raise ToolInputError("profile_incomplete", "Targets are computed from height, age and sex: ask for them and "
                                                   "save them with update_profile first, or set targets by hand.")
    return change_profile(ctx, "set_goal", new, args, QT_TRANSLATE_NOOP("Messages", "Goal: {goal}").format(goal=said))


def _pct(field: str) -> dict:
    low, high = BOUNDS[field]
    return {"type": "number", "unit": "%", "minimum": low, "maximum": high}


TOOL = Tool(
    name="set_goal",
    action=QT_TRANSLATE_NOOP("Messages", "change the goal"),
    description="Set the user's goal (lose, keep or gain weight, and how fast) and so the daily targets; or the "
                "macro split as shares of energy; or targets by hand (kcal and grams). First call without "
                "confirmed, read the new targets back, and call again with confirmed=true only if the user agrees.",
    parameters={
        "type": "object",
        "properties": {
            "goal": {"type": "string", "enum": list(GOALS)},
            "rate_kg_week": {"type": "number", "unit": "kg/week", "minimum": BOUNDS["rate_kg_week"][0],
                             "maximum": BOUNDS["rate_kg_week"][1], "description": "For lose or gain; default 0.5."},
            "protein_pct": _pct("protein_pct"), "carbs_pct": _pct("carbs_pct"), "fat_pct": _pct("fat_pct"),
            "kcal": {"type": "number", "unit": "kcal", "minimum": BOUNDS["kcal"][0], "maximum": BOUNDS["kcal"][1],
                     "description": "A daily energy target set by hand."},
            "protein": {"type": "number", "unit": "g", "minimum": BOUNDS["protein"][0], "maximum": BOUNDS["protein"][1]},
            "carbs": {"type": "number", "unit": "g", "minimum": BOUNDS["carbs"][0], "maximum": BOUNDS["carbs"][1]},
            "fat": {"type": "number", "unit": "g", "minimum": BOUNDS["fat"][0], "maximum": BOUNDS["fat"][1]},
            "confirmed": {**CONFIRMED},
        },
        "additionalProperties": False,
    },
    handler=diary_transaction(handle),
)
