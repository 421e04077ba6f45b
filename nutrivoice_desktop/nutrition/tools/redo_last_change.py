from nutrivoice_desktop.core.tools import NEVER, Card, Tool, ToolInputError, ToolPolicy, ToolResult
from nutrivoice_desktop.nutrition.store import UndoError
from nutrivoice_desktop.nutrition.tooling import card_day, diary_transaction, parse_day


def handle(ctx, args) -> ToolResult:
    day = parse_day(ctx, args.get("day"))
    try:
        change_id, summary = ctx.store.redo(day)
    except UndoError as exc:
        raise ToolInputError("nothing_to_redo", str(exc), NEVER) from None
    return ToolResult(True, {"ok": True, "redone": summary, "undo_id": change_id},
                      Card("Redone", f"Redid: {summary}", undo_id=change_id, day=card_day(ctx, day)))


TOOL = Tool(
    name="redo_last_change",
    action="redo that change",
    description="Put back the diary change of the day that was undone last (after undo_last_change).",
    parameters={
        "type": "object",
        "properties": {"day": {"type": "string", "description": "ISO date; default today."}},
        "additionalProperties": False,
    },
    handler=diary_transaction(handle),
    policy=ToolPolicy(undo_on_cancel=False, redoes_changes=True),
)
