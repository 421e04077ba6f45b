"""The diary's one worker: every call runs on its one thread, a change is published once with who made it,
and a caller that gives up (Stop) does not lose the change or its news."""

from __future__ import annotations

import asyncio
import threading

import pytest

from nutrivoice_desktop.core.tools import Tool, ToolResult
from nutrivoice_desktop.nutrition.diary_service import MODEL, USER, DiaryService
from tests.conftest import FIXED_DAY, run_async
from tests.integration.live_harness import add_slow_log


def test_changes_are_published_once_with_their_origin_and_reads_are_not(registry, tool_context):
    async def scenario():
        diary = DiaryService(registry, tool_context)
        changes = []
        diary.changed.connect(changes.append)
        logged = await diary.call("unplanned_food", {"food": "croissant", "quantity": 1})
        await diary.call("find_food", {"food": "croissant"})  # read only
        await diary.call("unplanned_food", {"food": "unobtainium", "grams": 10})  # an error changes nothing
        tool, undone = await diary.undo(logged.card.undo_id)
        overview = await diary.day_overview(FIXED_DAY)
        await diary.aclose()
        return logged, tool, undone, changes, overview

    logged, tool, undone, changes, overview = run_async(scenario())
    assert logged.ok and tool == "undo_last_change" and undone.ok
    assert [(c.tool, c.origin, c.change_id) for c in changes] == [
        ("unplanned_food", MODEL, logged.card.undo_id), ("undo_last_change", USER, undone.card.undo_id)]
    assert overview["budget"].eaten.kcal == 0 and overview["day"] == FIXED_DAY


def test_every_call_runs_on_the_one_diary_thread(registry, tool_context):
    seen = set()
    find = registry._tools["find_food"]

    def where(ctx, args) -> ToolResult:
        seen.add(threading.current_thread().name)
        return find.handler(ctx, args)

    registry.register(Tool("where", "Which thread.", find.parameters, where, find.policy))

    async def scenario():
        diary = DiaryService(registry, tool_context)
        await asyncio.gather(*(diary.call("where", {"food": "apple"}) for _ in range(8)))
        await diary.aclose()

    run_async(scenario())
    assert len(seen) == 1 and next(iter(seen)).startswith("diary")


def test_a_caller_that_stops_waiting_does_not_lose_the_change_or_its_news(registry, tool_context):
    release = add_slow_log(registry)

    async def scenario():
        diary = DiaryService(registry, tool_context)
        changes = []
        diary.changed.connect(changes.append)
        waiting = asyncio.get_running_loop().create_task(diary.call("slow_log", {"food": "banana", "quantity": 1}))
        await asyncio.sleep(0.1)
        waiting.cancel()  # the session was stopped while the tool ran
        release.set()
        await diary.aclose()  # waits for the work in flight
        return changes

    changes = run_async(scenario())
    assert [c.tool for c in changes] == ["slow_log"]


def test_a_closed_diary_refuses_work_in_words(registry, tool_context):
    async def scenario():
        diary = DiaryService(registry, tool_context)
        await diary.aclose()
        with pytest.raises(RuntimeError, match="the diary is closed"):
            await diary.call("find_food", {"food": "apple"})

    run_async(scenario())
