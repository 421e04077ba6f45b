from nutrivoice_desktop.core.tools import NEVER, Card, Tool, ToolInputError, ToolPolicy, ToolResult
from nutrivoice_desktop.core.wording import QT_TRANSLATE_NOOP
from nutrivoice_desktop.nutrition.store import UndoError
from nutrivoice_desktop.nutrition.tooling import card_day, diary_transaction, parse_day


def handle(ctx, args) -> ToolResult:
    day = parse_day(ctx, args.get("day"))
    try:
        change_id, summary = ctx.store.redo(day)
    except UndoError as exc:
        raise ToolInputError("nothing_to_redo", str(exc), NEVER) from None
    return ToolResult(True, {"ok": True, "redone": summary, "undo_id": change_id},
                      Card(QT_TRANSLATE_NOOP("Messages", "Redone"),
                           QT_TRANSLATE_NOOP("Messages", "Redid: {change}").format(change=summary), undo_id=change_id,
                           day=card_day(ctx, day)))


TOOL = Tool(
    name="redo_last_change",
    action=QT_TRANSLATE_NOOP("Messages", "redo that change"),
    description="Put back the diary change of the day that was undone last (after undo_last_change).",
    parameters={
        "type": "object",
        "properties": {"day": {"type": "string", "description": "ISO date; default today."}},
        "additionalProperties": False,
    },
    handler=diary_transaction(handle),
    policy=ToolPolicy(undo_on_cancel=False, redoes_changes=True),
)
