from nutrivoice_desktop.core.tools import NEVER, Card, Tool, ToolInputError, ToolPolicy, ToolResult
from nutrivoice_desktop.core.wording import QT_TRANSLATE_NOOP
from nutrivoice_desktop.nutrition.store import UndoError
from nutrivoice_desktop.nutrition.tooling import diary_transaction, parse_day


def handle(ctx, args) -> ToolResult:
    day = parse_day(ctx, args.get("day"))
    change_id = args.get("undo_id") or ctx.store.latest_change(day)
    if change_id is None:
        raise ToolInputError("nothing_to_undo", "There is no change to undo for that day.", NEVER)
    try:
        summary = ctx.store.undo(int(change_id))
    except UndoError as exc:
        raise ToolInputError("cannot_undo", str(exc), NEVER) from None
    return ToolResult(True, {"ok": True, "undone": summary},
                      Card(QT_TRANSLATE_NOOP("Messages", "Undone"),
                           QT_TRANSLATE_NOOP("Messages", "Undid: {change}").format(change=summary)))


TOOL = Tool(
    name="undo_last_change",
    action=QT_TRANSLATE_NOOP("Messages", "undo that change"),
    description="Undo the most recent diary change of the day (or the change with the given undo_id).",
    parameters={
        "type": "object",
        "properties": {
            "undo_id": {"type": "integer", "minimum": 1},
            "day": {"type": "string", "description": "ISO date; default today."},
        },
        "additionalProperties": False,
    },
    handler=diary_transaction(handle),
    policy=ToolPolicy(undo_on_cancel=False, undoes_changes=True),
)
