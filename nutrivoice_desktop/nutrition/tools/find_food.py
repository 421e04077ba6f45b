from nutrivoice_desktop.core.tools import READ_ONLY, Card, Tool, ToolInputError, ToolResult
from nutrivoice_desktop.core.wording import QT_TRANSLATE_NOOP
from nutrivoice_desktop.nutrition.food_db import looks_like_ref
from nutrivoice_desktop.nutrition.food_names import food_notes, short_names
from nutrivoice_desktop.nutrition.tooling import AMOUNT_PROPERTIES, FOOD, candidate, joined, resolve_grams

MAX_RESULTS = 5

TITLE = QT_TRANSLATE_NOOP("Messages", "Nutrition facts")


def handle(ctx, args) -> ToolResult:
    said = args["food"]
    if looks_like_ref(said):
        try:
            foods, found = (ctx.foods.get(said),), None
        except KeyError:
            raise ToolInputError("unknown_food", f"There is no food with the id {said!r}.") from None
    else:
        found = ctx.foods.search(said, MAX_RESULTS)
        foods = found.foods
    if not foods:
        raise ToolInputError("unknown_food", f"I could not find the food {said!r}. Try other words.")
    best = foods[0]
    asked_amount = any(k in args for k in ("grams", "quantity", "portion")) or (
        found is not None and found.search.amount.said)
    if asked_amount:
        grams, amount_text = resolve_grams(ctx, best, args, found)
    else:
        grams, amount_text = 100.0, "100 g"
    macros = best.macros_for(grams)
    sure = found is None or found.sure
    names = short_names(foods)  # the card's; the model gets USDA's rows as they are
    summary = QT_TRANSLATE_NOOP("Messages", "{amount} {food}: {kcal} kcal, {protein} g protein, {carbs} g carbs, "
                                            "{fat} g fat ({source}).").format(
        amount=amount_text, food=names[0], kcal=f"{macros.kcal:.0f}", protein=f"{macros.protein:.1f}",
        carbs=f"{macros.carbs:.1f}", fat=f"{macros.fat:.1f}", source=best.source_label)
    if not sure:
        summary = joined((summary, QT_TRANSLATE_NOOP("Messages", "Other matches below: ask which one is meant.")), " ")
    rows = ((FOOD, QT_TRANSLATE_NOOP("Messages", "kcal / 100 g"), QT_TRANSLATE_NOOP("Messages", "source")),) + tuple(
        (name, f"{f.per_100g.kcal:.0f}", f.source_label) for f, name in zip(foods, names))
    data = {
        "ok": True, "best_match_is_clear": sure, "candidates": [candidate(f) for f in foods],
        "best": {"id": best.ref, "name": best.name, "source": best.source_label, "grams": round(grams, 1),
                 "amount": amount_text, "macros": macros.as_dict(),
                 "fibre_g": None if best.fibre is None else round(best.fibre * grams / 100, 1)},
    }
    if found is not None and found.search.corrected:
        data["spelling_assumed"] = found.search.corrected
    if found is not None and found.search.split:
        data["compound_read_as"] = found.search.split  # "spinatlasagn": "spinat lasagn", a reading to confirm
    card = Card(TITLE, summary, rows, source=best.source_label, notes=food_notes(foods, names))
    return ToolResult(True, data, card)


TOOL = Tool(
    name="find_food",
    action=QT_TRANSLATE_NOOP("Messages", "find that food"),
    description="Search the USDA food database (13,000 foods and dishes; any of English, Spanish, German, French, "
                "Hindi). Returns up to 5 candidates best first, each with an id, kcal per 100 g and household "
                "portions, plus the best one's calories and macros for an amount. When best_match_is_clear is "
                "false, ask the user which candidate they mean (e.g. raw or cooked) before logging; then log with "
                "the candidate's id. Read-only.",
    parameters={
        "type": "object",
        "properties": {
            "food": {"type": "string", "minLength": 1,
                     "description": "What the user said, e.g. 'two boiled eggs', 'un café', 'chawal', or an id."},
            **AMOUNT_PROPERTIES,
        },
        "required": ["food"],
        "additionalProperties": False,
    },
    handler=handle,
    policy=READ_ONLY,
)
