"""Exactly-once diary effects whatever the model does with its calls: a call repeated under a new id is
answered with the first one's result and changes nothing again; several calls cancelled together are all
taken back, whatever order they finish in. Through the real SDK against the fake server."""

from __future__ import annotations

import asyncio

from nutrivoice_desktop.core import events as ev
from nutrivoice_desktop.core import repeated_calls
from tests.conftest import FIXED_DAY, run_async
from tests.fakes.live_server import FakeLiveServer
from tests.integration.live_harness import add_slow_log, make_session

APPLE = {"food": "apple", "quantity": 1}


def responses(conn) -> dict[str, dict]:
    return {r["id"]: r["response"] for m in conn.of_kind("toolResponse") for r in m.body["functionResponses"]}


def run_scenario(tmp_path, registry, tool_context, scenario, until):
    async def main(server):
        session, log, _ = make_session(server, registry, tool_context)
        session.start()
        await until(log)
        await asyncio.sleep(0.3)
        await session.aclose()
        return log, session

    with FakeLiveServer(tmp_path, [scenario]) as server:
        log, session = run_async(main(server), 30)
        return log, session, server.connections[0]


def test_a_call_repeated_in_the_same_turn_logs_the_food_once(tmp_path, registry, tool_context):
    async def scenario(conn):
        await conn.setup_complete()
        await conn.tool_call("c1", "unplanned_food", APPLE)
        await conn.tool_call("c2", "unplanned_food", dict(APPLE))  # the model sends it again, new id
        await conn.expect("toolResponse", count=2)
        await conn.turn_complete()
        await conn.hold(3)

    async def until(log):
        await log.wait_for(ev.TurnFinished)

    log, session, conn = run_scenario(tmp_path, registry, tool_context, scenario, until)
    answers = responses(conn)
    assert answers["c1"]["ok"] and answers["c2"]["repeat_of"] == "c1"
    assert answers["c2"]["undo_id"] == answers["c1"]["undo_id"]  # the same change, not a second one
    assert [row["food_key"] for row in tool_context.store.food_entries(FIXED_DAY)] == [tool_context.foods.search("apple").best.ref]
    assert len(log.of(ev.ToolFinished)) == 1 and session.metrics.counters["tool_calls_repeated"] == 1


def test_the_same_food_said_again_later_is_logged_again(tmp_path, registry, tool_context, monkeypatch):
    monkeypatch.setattr(repeated_calls, "REPEAT_WINDOW_S", 0.3)

    async def scenario(conn):
        await conn.setup_complete()
        await conn.tool_call("c1", "unplanned_food", APPLE)
        await conn.expect("toolResponse")
        await conn.turn_complete()
        await asyncio.sleep(0.5)  # "and another apple", a turn and a while later
        await conn.tool_call("c2", "unplanned_food", APPLE)
        await conn.expect("toolResponse", count=2)
        await conn.turn_complete()
        await conn.hold(3)

    async def until(log):
        await log.wait_for(ev.TurnFinished, lambda e: e.turn == 1)

    log, _session, conn = run_scenario(tmp_path, registry, tool_context, scenario, until)
    assert "repeat_of" not in responses(conn)["c2"]
    assert len(tool_context.store.food_entries(FIXED_DAY)) == 2 and len(log.of(ev.ToolFinished)) == 2


def test_reading_the_day_twice_reads_it_twice(tmp_path, registry, tool_context):
    async def scenario(conn):
        await conn.setup_complete()
        await conn.tool_call("r1", "get_day_summary", {})
        await conn.tool_call("r2", "get_day_summary", {})
        await conn.expect("toolResponse", count=2)
        await conn.hold(3)

    async def until(log):
        await log.wait_for(ev.ToolFinished, lambda e: e.call_id == "r2")

    log, _session, conn = run_scenario(tmp_path, registry, tool_context, scenario, until)
    assert "repeat_of" not in responses(conn)["r2"] and len(log.of(ev.ToolFinished)) == 2


def test_calls_cancelled_together_are_all_taken_back_without_an_error(tmp_path, registry, tool_context):
    release = add_slow_log(registry)

    async def scenario(conn):
        await conn.setup_complete()
        await conn.tool_call("s1", "slow_log", {"food": "banana", "quantity": 1})
        await conn.tool_call("s2", "slow_log", {"food": "apple", "quantity": 1})
        await asyncio.sleep(0.2)
        await conn.interrupted()
        await conn.tool_cancel("s1", "s2")
        await conn.turn_complete()
        await conn.hold(5)

    async def until(log):
        await log.wait_for(ev.ToolCancelled, lambda e: e.call_id == "s2")
        release.set()  # both finish now; the diary's one worker runs them in turn
        for _ in range(2):
            await log.wait_for(ev.ToolFinished, lambda e: e.name == "undo_last_change"
                               and len([f for f in log.of(ev.ToolFinished) if f.name == "undo_last_change"]) == 2)

    log, _session, conn = run_scenario(tmp_path, registry, tool_context, scenario, until)
    undos = [e for e in log.of(ev.ToolFinished) if e.name == "undo_last_change"]
    assert len(undos) == 2 and all(e.result.ok for e in undos), [e.result.data for e in undos]
    assert tool_context.store.food_entries(FIXED_DAY) == []
    assert responses(conn) == {}


def test_a_retry_of_a_failed_call_runs_and_two_undos_undo_twice(tmp_path, registry, tool_context):
    async def scenario(conn):
        await conn.setup_complete()
        await conn.tool_call("f1", "unplanned_food", {"food": "unobtainium", "quantity": 1})
        await conn.expect("toolResponse")
        await conn.tool_call("f2", "unplanned_food", {"food": "unobtainium", "quantity": 1})  # tried again
        await conn.tool_call("a1", "unplanned_food", APPLE)
        await conn.tool_call("a2", "unplanned_food", {"food": "banana", "quantity": 1})
        await conn.expect("toolResponse", count=4)
        await conn.tool_call("u1", "undo_last_change", {})
        await conn.expect("toolResponse", count=5)
        await conn.tool_call("u2", "undo_last_change", {})  # "undo the last two changes"
        await conn.expect("toolResponse", count=6)
        await conn.hold(3)

    async def until(log):
        await log.wait_for(ev.ToolFinished, lambda e: e.call_id == "u2")

    log, session, conn = run_scenario(tmp_path, registry, tool_context, scenario, until)
    answers = responses(conn)
    assert "repeat_of" not in answers["f2"] and "repeat_of" not in answers["u2"]
    assert answers["u1"]["ok"] and answers["u2"]["ok"]
    assert tool_context.store.food_entries(FIXED_DAY) == []  # both logs undone
    assert session.metrics.counters.get("tool_calls_repeated", 0) == 0
