from nutrivoice_desktop.core.tools import READ_ONLY, Card, Tool, ToolResult
from nutrivoice_desktop.nutrition.tooling import AMOUNT_PROPERTIES, resolve_food, resolve_grams


def handle(ctx, args) -> ToolResult:
    food = resolve_food(ctx, args["food"])
    if "grams" in args or "quantity" in args:
        grams, amount_text = resolve_grams(food, args)
    else:
        grams, amount_text = 100.0, "100 g"
    macros = food.macros_for(grams)
    source = f"FDC {food.fdc_id}" if food.fdc_id else "typical recipe estimate"
    summary = (f"{amount_text} {food.name}: {macros.kcal:.0f} kcal, {macros.protein:.1f} g protein, "
               f"{macros.carbs:.1f} g carbs, {macros.fat:.1f} g fat ({source}).")
    rows = (("Portion", "grams"),) + tuple((name, f"{g:g}") for name, g in food.portions.items())
    return ToolResult(True, {
        "ok": True, "food": food.name, "fdc_id": food.fdc_id, "source": food.source, "grams": round(grams, 1),
        "macros": macros.as_dict(), "fibre_g": round(food.fibre * grams / 100, 1), "portions": food.portions,
    }, Card("Nutrition facts", summary, rows))


TOOL = Tool(
    name="find_food",
    description="Look up a food's calories and macros (per 100 g by default, or for an amount) and its usual "
                "portions. Read-only.",
    parameters={
        "type": "object",
        "properties": {"food": {"type": "string", "minLength": 1}, **AMOUNT_PROPERTIES},
        "required": ["food"],
        "additionalProperties": False,
    },
    handler=handle,
    policy=READ_ONLY,
)
