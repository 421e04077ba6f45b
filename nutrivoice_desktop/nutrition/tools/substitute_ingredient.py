from nutrivoice_desktop.core.tools import READ_ONLY, Card, Tool, ToolResult
from nutrivoice_desktop.core.wording import QT_TRANSLATE_NOOP
from nutrivoice_desktop.nutrition import planning
from nutrivoice_desktop.nutrition.food_names import food_notes, short_names
from nutrivoice_desktop.nutrition.tooling import AMOUNT_PROPERTIES, GRAMS, MACRO_GRAMS, resolve_food, resolve_grams

GOOD_FIT = 5.0  # percent: within this on every field the swap keeps the meal's macros
SWAP_TITLE, IDEAS_TITLE = QT_TRANSLATE_NOOP("Messages", "Ingredient swap"), QT_TRANSLATE_NOOP("Messages", "Swap ideas")


def _fit(original, food):
    grams = planning.match_grams(original, food.per_100g)
    achieved = food.macros_for(grams)
    return grams, achieved, planning.fit_error(original, achieved)


def handle(ctx, args) -> ToolResult:
    source, found = resolve_food(ctx, args["ingredient"])
    grams, amount_text = resolve_grams(ctx, source, args, found)
    original = source.macros_for(grams)
    if args.get("replacement"):
        target, _ = resolve_food(ctx, args["replacement"])
        new_grams, achieved, error = _fit(original, target)
        res = planning.residuals(original, achieved)
        old_name, new_name = names = short_names((source, target))
        said = {"grams": f"{new_grams:.0f}", "new": new_name, "amount": amount_text, "old": old_name}
        if error <= GOOD_FIT:
            summary = QT_TRANSLATE_NOOP("Messages", "Use {grams} g {new} instead of {amount} {old}: the swap keeps the "
                                                    "macros.").format(**said)
        else:
            summary = QT_TRANSLATE_NOOP("Messages", "Use {grams} g {new} instead of {amount} {old}: the swap is off by "
                                                    "up to {error}% on one macro.").format(error=f"{error:.0f}", **said)
        rows = (("", *MACRO_GRAMS),
                (f"{old_name} {grams:.0f} g", *(f"{v:.1f}" for v in original.as_tuple())),
                (f"{new_name} {new_grams:.0f} g", *(f"{v:.1f}" for v in achieved.as_tuple())),
                (QT_TRANSLATE_NOOP("Messages", "difference %"),
                 *(f"{res[k]:+.0f}" for k in ("kcal", "protein", "carbs", "fat"))))
        return ToolResult(True, {
            "ok": True, "original": {"food": source.name, "id": source.ref, "grams": round(grams, 1), **original.as_dict()},
            "replacement": {"food": target.name, "id": target.ref, "grams": round(new_grams, 1), **achieved.as_dict()},
            "residual_percent_of_energy": {k: round(v, 1) for k, v in res.items()}, "within_5_percent": error <= GOOD_FIT,
        }, Card(SWAP_TITLE, summary, rows, notes=food_notes((source, target), names)))
    # No replacement named: suggest the closest foods of the same kind.
    ranked = sorted((_fit(original, f) + (f,) for f in ctx.foods.similar(source)), key=lambda t: t[2])[:3]
    options = [{"food": f.name, "id": f.ref, "grams": round(g, 1), "max_error_percent": round(e, 1)} for g, _, e, f in ranked]
    foods = [source] + [f for *_, f in ranked]
    source_name, *names = shown = short_names(foods)
    summary = QT_TRANSLATE_NOOP("Messages", "Swaps for {amount} {food}: {options}").format(
        amount=amount_text, food=source_name,
        options="; ".join(f"{o['grams']:.0f} g {name}" for o, name in zip(options, names)))
    rows = ((QT_TRANSLATE_NOOP("Messages", "Option"), GRAMS, QT_TRANSLATE_NOOP("Messages", "max error %")),) + tuple(
        (name, f"{o['grams']:.0f}", f"{o['max_error_percent']:.0f}") for o, name in zip(options, names))
    return ToolResult(True, {"ok": True, "original": {"food": source.name, "grams": round(grams, 1)},
                             "suggestions": options}, Card(IDEAS_TITLE, summary, rows, notes=food_notes(foods, shown)))


TOOL = Tool(
    name="substitute_ingredient",
    action=QT_TRANSLATE_NOOP("Messages", "find a swap"),
    description="Swap an ingredient for another while keeping the meal's calories and macros: returns how many "
                "grams of the replacement to use and the remaining difference per field (as a percent of the ingredient's energy, 1 g protein/carbs = 4 kcal, fat = 9 kcal). Without a replacement, "
                "suggests the closest alternatives of the same kind.",
    parameters={
        "type": "object",
        "properties": {
            "ingredient": {"type": "string", "minLength": 1,
                           "description": "The ingredient to replace: a name, or an id from find_food."},
            **AMOUNT_PROPERTIES,
            "replacement": {"type": "string", "description": "What to use instead: a name or an id (optional)."},
        },
        "required": ["ingredient"],
        "additionalProperties": False,
    },
    handler=handle,
    policy=READ_ONLY,
)
