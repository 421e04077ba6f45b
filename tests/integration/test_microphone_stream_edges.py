"""The edges of what the microphone sends: the last words after a push-to-talk release, a pause told to
the service's voice detection, and a Stop that closes the connection as a normal goodbye. Through the real
SDK against the fake server."""

from __future__ import annotations

import asyncio
import time

from nutrivoice_desktop.core import events as ev
from nutrivoice_desktop.core.live_session import AUDIO_PAUSE_S, PTT_TAIL_S
from nutrivoice_desktop.core.state import SessionState
from tests.conftest import run_async
from tests.fakes.live_server import FakeLiveServer, sets_up, tone
from tests.integration.live_harness import make_session

MIC_FRAME = tone(20, freq=300, rate=16_000)


async def push_frames(session, n: int, pace_s: float = 0.02) -> None:
    for _ in range(n):
        session.push_audio(MIC_FRAME, time.perf_counter())
        await asyncio.sleep(pace_s)


def run_session(tmp_path, registry, tool_context, talk, **config):
    async def main(server):
        session, log, _ = make_session(server, registry, tool_context, **config)
        session.start()
        await log.wait_for(ev.StatusChanged, lambda e: e.state is SessionState.ACTIVE)
        await talk(session)
        await session.aclose()

    with FakeLiveServer(tmp_path, [sets_up]) as server:
        run_async(main(server), 30)
        conn = server.connections[0]
        return [m.kind for m in conn.received if m.kind != "setup"], conn


def test_the_last_words_after_a_push_to_talk_release_are_sent(tmp_path, registry, tool_context):
    async def talk(session):
        session.activity_start()
        await push_frames(session, 3)
        session.activity_end()  # released as the last word is still being said...
        await push_frames(session, 4, pace_s=PTT_TAIL_S / 8)  # ...which the microphone delivers just after
        await asyncio.sleep(PTT_TAIL_S + 0.3)

    kinds, _ = run_session(tmp_path, registry, tool_context, talk, manual_activity=True)
    assert kinds == ["activityStart"] + ["audio"] * 7 + ["activityEnd"]


def test_pressing_again_within_the_tail_continues_the_same_activity(tmp_path, registry, tool_context):
    async def talk(session):
        session.activity_start()
        await push_frames(session, 2)
        session.activity_end()
        await asyncio.sleep(PTT_TAIL_S / 3)
        session.activity_start()  # a quick re-press
        await push_frames(session, 2)
        session.activity_end()
        await asyncio.sleep(PTT_TAIL_S + 0.3)

    kinds, _ = run_session(tmp_path, registry, tool_context, talk, manual_activity=True)
    assert kinds == ["activityStart"] + ["audio"] * 4 + ["activityEnd"]


def test_a_pause_in_the_microphone_is_told_once_with_automatic_detection(tmp_path, registry, tool_context):
    async def talk(session):
        await push_frames(session, 10)
        await asyncio.sleep(AUDIO_PAUSE_S + 0.5)  # muted, say: frames stop
        await push_frames(session, 5)  # back: a new stream
        await asyncio.sleep(AUDIO_PAUSE_S + 0.5)

    kinds, _ = run_session(tmp_path, registry, tool_context, talk)
    assert kinds == ["audio"] * 10 + ["audioStreamEnd"] + ["audio"] * 5 + ["audioStreamEnd"]


def test_stop_closes_the_connection_as_a_normal_goodbye(tmp_path, registry, tool_context):
    async def talk(session):
        await push_frames(session, 3)
        await session.stop()

    _, conn = run_session(tmp_path, registry, tool_context, talk)
    assert conn.ws.close_code == 1000
