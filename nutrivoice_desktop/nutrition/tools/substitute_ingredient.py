from nutrivoice_desktop.core.tools import READ_ONLY, Card, Tool, ToolResult
from nutrivoice_desktop.nutrition import planning
from nutrivoice_desktop.nutrition.food_names import food_notes, short_names
from nutrivoice_desktop.nutrition.tooling import AMOUNT_PROPERTIES, resolve_food, resolve_grams

GOOD_FIT = 5.0  # percent: within this on every field the swap keeps the meal's macros


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
        verdict = "keeps the macros" if error <= GOOD_FIT else f"is off by up to {error:.0f}% on one macro"
        old_name, new_name = names = short_names((source, target))
        summary = f"Use {new_grams:.0f} g {new_name} instead of {amount_text} {old_name}: the swap {verdict}."
        rows = (("", "kcal", "protein g", "carbs g", "fat g"),
                (f"{old_name} {grams:.0f} g", *(f"{v:.1f}" for v in original.as_tuple())),
                (f"{new_name} {new_grams:.0f} g", *(f"{v:.1f}" for v in achieved.as_tuple())),
                ("difference %", *(f"{res[k]:+.0f}" for k in ("kcal", "protein", "carbs", "fat"))))
        return ToolResult(True, {
            "ok": True, "original": {"food": source.name, "id": source.ref, "grams": round(grams, 1), **original.as_dict()},
            "replacement": {"food": target.name, "id": target.ref, "grams": round(new_grams, 1), **achieved.as_dict()},
            "residual_percent_of_energy": {k: round(v, 1) for k, v in res.items()}, "within_5_percent": error <= GOOD_FIT,
        }, Card("Ingredient swap", summary, rows, notes=food_notes((source, target), names)))
    # No replacement named: suggest the closest foods of the same kind.
    ranked = sorted((_fit(original, f) + (f,) for f in ctx.foods.similar(source)), key=lambda t: t[2])[:3]
    options = [{"food": f.name, "id": f.ref, "grams": round(g, 1), "max_error_percent": round(e, 1)} for g, _, e, f in ranked]
    foods = [source] + [f for *_, f in ranked]
    source_name, *names = shown = short_names(foods)
    summary = f"Swaps for {amount_text} {source_name}: " + "; ".join(
        f"{o['grams']:.0f} g {name}" for o, name in zip(options, names))
    rows = (("Option", "grams", "max error %"),) + tuple(
        (name, f"{o['grams']:.0f}", f"{o['max_error_percent']:.0f}") for o, name in zip(options, names))
    return ToolResult(True, {"ok": True, "original": {"food": source.name, "grams": round(grams, 1)},
                             "suggestions": options}, Card("Swap ideas", summary, rows, notes=food_notes(foods, shown)))


TOOL = Tool(
    name="substitute_ingredient",
    action="find a swap",
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
