"""What each Live model is sent (core/models.py), and going on with another model when the chosen one is
refused or keeps failing. Through the real SDK against the fake server."""

from __future__ import annotations

import asyncio

import pytest

from nutrivoice_desktop.core import events as ev
from nutrivoice_desktop.core.live_session import MODEL_FAILURES_BEFORE_SWITCH
from nutrivoice_desktop.core.models import DEFAULT_MODEL, traits
from nutrivoice_desktop.core.state import SessionState
from tests.conftest import run_async
from tests.fakes.live_server import LISTED_MODELS, FakeLiveServer, sets_up
from tests.integration.live_harness import make_session


def behaviors(conn) -> set:
    return {f.get("behavior") for tool in conn.setup.get("tools", []) for f in tool["functionDeclarations"]}


def run_with(tmp_path, registry, tool_context, scenarios, until, listed=LISTED_MODELS, **config):
    async def main(server):
        session, log, _ = make_session(server, registry, tool_context, **config)
        session.start()
        await until(session, log)
        await session.aclose()
        return log, session

    with FakeLiveServer(tmp_path, scenarios) as server:
        server.listed_models = listed
        log, session = run_async(main(server), 40)
        return log, session, server.connections


async def answers_a_call_and_a_bad_one(conn):
    await conn.setup_complete()
    await conn.tool_call("ok-1", "unplanned_food", {"food": "apple", "quantity": 1})
    await conn.tool_call("bad-1", "unplanned_food", {"food": "unobtainium", "grams": 10})
    await conn.expect("toolResponse", count=2)
    await conn.hold(3)


async def until_two_answers(session, log):
    await log.wait_for(ev.ToolFinished, lambda e: len(log.of(ev.ToolFinished)) == 2)
    await asyncio.sleep(0.3)


@pytest.mark.parametrize("model, behavior, scheduled", [
    ("gemini-3.8-live", "BLOCKING", False),  # 3.8 would make every call NON_BLOCKING if not told
    ("gemini-3.8-live-extended-thinking", "NON_BLOCKING", True),  # it accepts nothing else
    ("gemini-3.1-flash-live-preview", None, False),  # no asynchronous calls: the field is not sent
    ("gemini-2.5-flash-native-audio-preview-09-2025", "BLOCKING", False),
])
def test_each_model_is_sent_the_call_semantics_it_reads(tmp_path, registry, tool_context, model, behavior, scheduled):
    _, _, connections = run_with(tmp_path, registry, tool_context, [answers_a_call_and_a_bad_one],
                                 until_two_answers, model=model)
    conn = connections[0]
    assert conn.setup["model"] == f"models/{model}" and behaviors(conn) == {behavior}
    responses = {r["id"]: r for m in conn.of_kind("toolResponse") for r in m.body["functionResponses"]}
    if scheduled:
        assert responses["ok-1"]["scheduling"] == "WHEN_IDLE" and responses["bad-1"]["scheduling"] == "INTERRUPT"
    else:
        assert all("scheduling" not in r for r in responses.values())


async def refuses(conn):  # the service's words (a close reason is at most 123 bytes)
    await conn.close(1008, f"{conn.setup['model'][:40]} is not found for API version v1beta")


async def internal_error(conn):
    await conn.setup_complete()
    await conn.close(1011, "Internal error encountered.")


async def until_active_on_another(session, log):
    await log.wait_for(ev.StatusChanged, lambda e: e.state is SessionState.ACTIVE)


def test_a_refused_model_is_replaced_by_the_next_known_one_and_said(tmp_path, registry, tool_context):
    retired = "gemini-2.0-flash-live-001"  # shut down 2025-12-09
    log, session, connections = run_with(tmp_path, registry, tool_context, [refuses, sets_up],
                                         until_active_on_another, model=retired)
    assert [c.setup["model"] for c in connections] == [f"models/{retired}", f"models/{DEFAULT_MODEL}"]
    switched = [p for p in log.of(ev.Problem) if p.title == "Switched to another model"]
    assert switched and retired in switched[0].message and DEFAULT_MODEL in switched[0].message
    assert not any(p.fatal for p in log.of(ev.Problem)) and session.config.model == DEFAULT_MODEL


def test_a_model_that_keeps_failing_is_replaced_once(tmp_path, registry, tool_context):
    failing = "gemini-2.5-flash-native-audio-preview-12-2025"
    scenarios = [internal_error] * MODEL_FAILURES_BEFORE_SWITCH + [sets_up]

    async def until_on_the_next(session, log):
        await log.wait_for(ev.StatusChanged, lambda e: e.state is SessionState.ACTIVE
                           and session.connections == MODEL_FAILURES_BEFORE_SWITCH + 1, timeout=20)

    log, session, connections = run_with(tmp_path, registry, tool_context, scenarios, until_on_the_next,
                                         model=failing)
    models = [c.setup["model"] for c in connections]
    assert models == [f"models/{failing}"] * MODEL_FAILURES_BEFORE_SWITCH + [f"models/{DEFAULT_MODEL}"]
    assert "sessionResumption" not in connections[-1].setup or "handle" not in connections[-1].setup["sessionResumption"]


def test_when_every_offered_model_is_refused_the_error_is_final(tmp_path, registry, tool_context):
    async def until_final(session, log):
        await log.wait_for(ev.Problem, lambda p: p.fatal)

    log, session, connections = run_with(tmp_path, registry, tool_context, [refuses], until_final)
    # the default, then the one other Live model the service lists (2.5-09 is known but not offered)
    assert [c.setup["model"] for c in connections] == ["models/gemini-3.8-live", "models/gemini-3.1-flash-live-preview"]
    final = [p for p in log.of(ev.Problem) if p.fatal][0]
    assert final.title == "Model not available"
    assert [e.state for e in log.of(ev.StatusChanged)][-2] is SessionState.ERROR  # then Stop: idle


def test_a_live_model_the_app_does_not_know_yet_is_used_when_it_is_all_there_is(tmp_path, registry, tool_context):
    newer = [{"name": "models/gemini-4-live", "supportedGenerationMethods": ["bidiGenerateContent"]},
             {"name": "models/gemini-4-pro", "supportedGenerationMethods": ["generateContent"]}]
    _log, session, connections = run_with(tmp_path, registry, tool_context, [refuses, sets_up],
                                          until_active_on_another, listed=newer)
    assert connections[1].setup["model"] == "models/gemini-4-live" and session.config.model == "gemini-4-live"


def test_without_the_model_list_the_known_list_is_used(tmp_path, registry, tool_context):
    _log, _session, connections = run_with(tmp_path, registry, tool_context, [refuses, sets_up],
                                           until_active_on_another, listed=None)
    assert connections[1].setup["model"] == "models/gemini-3.1-flash-live-preview"


def test_unknown_models_are_sent_only_what_every_model_reads():
    assert traits("models/gemini-9-live-experimental").tool_behavior is None
    assert traits("models/gemini-3.8-live").tool_behavior == "BLOCKING"
