"""A link that went quiet is noticed and re-established with its handle, and a user who is merely quiet
is left alone (core/liveness.py). Through the real SDK against the fake server, with the thresholds
shortened."""

from __future__ import annotations

import asyncio
import time

import pytest

from nutrivoice_desktop.core import events as ev
from nutrivoice_desktop.core import live_session, liveness
from nutrivoice_desktop.core.state import SessionState
from tests.conftest import run_async
from tests.fakes.live_server import FakeLiveServer, sets_up, tone
from tests.integration.live_harness import make_session

VOICE = tone(20, freq=300, rate=16_000)
SILENCE = b"\x00\x00" * 320


@pytest.fixture(autouse=True)
def quick(monkeypatch):
    monkeypatch.setattr(liveness, "UNANSWERED_S", 1.0)
    monkeypatch.setattr(liveness, "VOICE_UNHEARD_S", 1.0)
    monkeypatch.setattr(live_session, "TICK_S", 0.1)


async def goes_quiet(conn):
    """Set up, hand out a handle, then never say anything again (and never close)."""
    await conn.setup_complete()
    await conn.resumption("handle-1")
    await conn.hold(8)


def run_until(tmp_path, registry, tool_context, scenarios, act, until, **config):
    async def main(server):
        session, log, _ = make_session(server, registry, tool_context, **config)
        session.start()
        await log.wait_for(ev.StatusChanged, lambda e: e.state is SessionState.ACTIVE)
        await act(session)
        await until(session, log)
        await session.aclose()
        return log, session

    with FakeLiveServer(tmp_path, scenarios) as server:
        log, session = run_async(main(server), 30)
        return log, session, server.connections


async def reconnected(session, log):
    await log.wait_for(ev.StatusChanged, lambda e: e.state is SessionState.ACTIVE and session.connections == 2)


def test_typed_words_left_unanswered_reconnect_with_the_handle_and_say_so(tmp_path, registry, tool_context):
    async def act(session):
        session.send_text("what did I eat today?")

    log, session, connections = run_until(tmp_path, registry, tool_context, [goes_quiet, sets_up], act, reconnected)
    assert connections[1].setup["sessionResumption"] == {"handle": "handle-1"}
    problem = log.of(ev.Problem)[0]
    assert problem.title.startswith("Gemini did not answer") and not problem.fatal
    assert session.metrics.counters["liveness_reconnects"] == 1


def test_voice_with_nothing_at_all_coming_back_reconnects(tmp_path, registry, tool_context):
    async def act(session):
        for _ in range(10):
            session.push_audio(VOICE, time.perf_counter())
            await asyncio.sleep(0.02)

    log, _session, connections = run_until(tmp_path, registry, tool_context, [goes_quiet, sets_up], act, reconnected)
    assert log.of(ev.Problem)[0].title.startswith("Nothing came back from Gemini")


def test_a_long_silent_pause_of_the_user_is_not_a_dead_link(tmp_path, registry, tool_context):
    async def act(session):
        for _ in range(150):  # 3 s of a quiet room, three times the shortened thresholds
            session.push_audio(SILENCE, time.perf_counter())
            await asyncio.sleep(0.02)

    async def until(session, log):
        pass

    log, _session, connections = run_until(tmp_path, registry, tool_context, [goes_quiet], act, until)
    assert len(connections) == 1 and not log.of(ev.Problem)


def test_an_answered_question_expects_nothing_more(tmp_path, registry, tool_context):
    async def answers(conn):
        await conn.setup_complete()
        await conn.expect("text")
        await conn.say("You had an apple.")
        await conn.turn_complete()
        await conn.heard("what did I eat")  # the late transcription of what was just answered
        await conn.hold(8)

    async def act(session):
        session.send_text("what did I eat?")

    async def until(session, log):
        await log.wait_for(ev.TurnFinished)
        await asyncio.sleep(2.5)

    log, _session, connections = run_until(tmp_path, registry, tool_context, [answers], act, until)
    assert len(connections) == 1 and not log.of(ev.Problem)


def test_a_sleep_of_the_computer_reconnects_at_once(tmp_path, registry, tool_context, monkeypatch):
    async def act(session):
        await asyncio.sleep(0.3)
        ahead = liveness.suspend_aware_clock() - time.monotonic() + 120  # as if the lid was closed for 2 min
        monkeypatch.setattr(liveness, "suspend_aware_clock", lambda: time.monotonic() + ahead)

    log, _session, connections = run_until(tmp_path, registry, tool_context, [goes_quiet, sets_up], act, reconnected)
    assert log.of(ev.Problem)[0].title.startswith("The computer slept for 120 s")
    assert connections[1].setup["sessionResumption"] == {"handle": "handle-1"}


def test_a_turn_a_drop_cut_off_is_closed_in_the_transcript(tmp_path, registry, tool_context):
    async def drops_mid_answer(conn):
        await conn.setup_complete()
        await conn.resumption("handle-1")
        await conn.content(outputTranscription={"text": "You had an ap"})
        await asyncio.sleep(0.2)
        conn.drop()

    async def act(session):
        pass

    log, _session, _ = run_until(tmp_path, registry, tool_context, [drops_mid_answer, sets_up], act, reconnected)
    finished = log.of(ev.TurnFinished)
    assert finished and finished[0].interrupted and finished[0].turn == 0


def test_the_network_coming_back_refreshes_the_connection_with_its_handle(tmp_path, registry, tool_context):
    async def act(session):
        for _ in range(50):  # bounded: 5 s for the handle to arrive
            if session.resumption_handle:
                break
            await asyncio.sleep(0.1)
        session.network_changed(False)  # Wi-Fi gone...
        session.network_changed(True)  # ...and back: the old route is most likely dead

    log, _session, connections = run_until(tmp_path, registry, tool_context, [goes_quiet, sets_up], act, reconnected)
    assert connections[1].setup["sessionResumption"] == {"handle": "handle-1"}


def test_the_network_coming_back_cuts_a_reconnect_wait_short(tmp_path, registry, tool_context, monkeypatch):
    monkeypatch.setattr(live_session, "BACKOFF_S", (30.0,))  # without the network's word: half a minute

    async def drops(conn):
        await conn.setup_complete()
        await conn.resumption("handle-1")
        await asyncio.sleep(0.2)
        conn.drop()

    async def act(session):
        session.network_changed(False)
        await asyncio.sleep(1.0)  # the drop, and the reconnect waiting
        started = time.monotonic()
        session.network_changed(True)
        await session_reconnected(session)
        assert time.monotonic() - started < 5

    async def session_reconnected(session):
        for _ in range(100):  # bounded: 10 s
            if session.connections == 2 and session.state is SessionState.ACTIVE:
                return
            await asyncio.sleep(0.1)

    async def until(session, log):
        pass

    _log, session, connections = run_until(tmp_path, registry, tool_context, [drops, sets_up], act, until)
    assert len(connections) == 2 and connections[1].setup["sessionResumption"] == {"handle": "handle-1"}


def test_a_push_to_talk_tap_without_a_word_expects_no_answer(tmp_path, registry, tool_context):
    async def act(session):
        session.activity_start()
        session.push_audio(SILENCE, time.perf_counter())
        session.activity_end()
        await asyncio.sleep(2.5)  # over twice the shortened threshold

    async def until(session, log):
        pass

    log, _session, connections = run_until(tmp_path, registry, tool_context, [goes_quiet], act, until,
                                           manual_activity=True)
    assert len(connections) == 1 and not log.of(ev.Problem)
    assert [m.kind for m in connections[0].received if m.kind != "setup"][-1] == "activityEnd"
