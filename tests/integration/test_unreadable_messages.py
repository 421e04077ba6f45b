"""One message the app cannot use never ends the conversation: a new kind of message is skipped and the
session goes on; a frame that is not JSON ends only that connection, and the engine resumes with its
handle and says what happened. Through the real SDK against the fake server."""

from __future__ import annotations

import asyncio

import pytest

from nutrivoice_desktop.core import events as ev
from nutrivoice_desktop.core.state import SessionState
from tests.conftest import run_async
from tests.fakes.live_server import FakeLiveServer, sets_up
from tests.integration.live_harness import make_session, run_until_active


def test_a_new_kind_of_message_is_skipped_and_the_conversation_goes_on(tmp_path, registry, tool_context):
    async def scenario(conn):
        await conn.setup_complete()
        await conn.send({"brandNewThing": {"detail": 1}})
        await conn.content(outputTranscription={"text": "Still here."})
        await conn.turn_complete()
        await conn.hold(3)

    async def main(server):
        session, log, _ = make_session(server, registry, tool_context)
        session.start()
        await log.wait_for(ev.TurnFinished)
        state = session.state
        await session.aclose()
        return log, state, session

    with FakeLiveServer(tmp_path, [scenario]) as server:
        log, state, session = run_async(main(server), 30)
        assert len(server.connections) == 1
    assert state is SessionState.ACTIVE and not log.of(ev.Problem)
    assert [e.text for e in log.of(ev.TranscriptDelta)] == ["Still here."]


@pytest.mark.parametrize("frame", [b"\x00\xff\xfe not json", b'{"serverContent": {"turnComp'])
def test_an_unreadable_frame_resumes_the_session_with_its_handle(tmp_path, registry, tool_context, frame):
    async def breaks(conn):
        await conn.setup_complete()
        await conn.resumption("handle-1")
        await asyncio.sleep(0.2)
        await conn.ws.send(frame)
        await conn.hold(3)

    with FakeLiveServer(tmp_path, [breaks, sets_up]) as server:
        _, log = run_async(run_until_active(server, registry, tool_context, connections=2), 30)
        assert server.connections[1].setup["sessionResumption"] == {"handle": "handle-1"}
    problem = log.of(ev.Problem)[0]
    assert not problem.fatal and problem.title == "Gemini sent something unreadable"
    assert "not valid JSON" in problem.message and "conversation is kept" in problem.next_step
