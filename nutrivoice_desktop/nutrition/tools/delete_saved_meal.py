from nutrivoice_desktop.core.tools import NEVER, Card, Tool, ToolInputError, ToolPolicy, ToolResult
from nutrivoice_desktop.core.wording import QT_TRANSLATE_NOOP
from nutrivoice_desktop.nutrition import saved_meals
from nutrivoice_desktop.nutrition.tooling import diary_transaction


def handle(ctx, args) -> ToolResult:
    found = saved_meals.find(ctx.store, args["name"])
    if found is None:
        known = [name for name, _ in ctx.store.saved_meals().values()]
        raise ToolInputError("unknown_saved_meal", f"There is no saved meal called {args['name']!r}. "
                             f"Saved meals: {', '.join(known) or 'none'}.", NEVER, saved_meals=known)
    key, name, _ = found
    ctx.store.delete_saved_meal(key)
    return ToolResult(True, {"ok": True, "deleted": name}, Card(
        QT_TRANSLATE_NOOP("Messages", "Saved meal deleted"),
        QT_TRANSLATE_NOOP("Messages", "Deleted “{name}”.").format(name=name)))


TOOL = Tool(
    name="delete_saved_meal",
    action=QT_TRANSLATE_NOOP("Messages", "delete that saved meal"),
    description="Delete a saved meal by name (what was already logged from it stays in the diary). Only when "
                "the user asks to.",
    parameters={
        "type": "object",
        "properties": {"name": {"type": "string", "minLength": 1}},
        "required": ["name"],
        "additionalProperties": False,
    },
    handler=diary_transaction(handle),
    policy=ToolPolicy(undo_on_cancel=False),
)
