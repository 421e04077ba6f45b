"""The session engine on the real google-genai SDK against the fake Live server over TLS on 127.0.0.1."""

from __future__ import annotations

import asyncio
import struct
import time

import pytest

from nutrivoice_desktop.core import events as ev
from nutrivoice_desktop.core.state import SessionState
from tests.conftest import FIXED_DAY, run_async
from tests.fakes.live_server import FakeLiveServer, sets_up, tone
from tests.integration.live_harness import add_slow_log, make_session, run_until_active

MIC_FRAME = tone(20, freq=300, rate=16_000)  # one 20 ms microphone frame


def run(coro):
    return run_async(coro, 30)


async def push_frames(session, n: int, pace_s: float = 0.0) -> None:
    for _ in range(n):
        session.push_audio(MIC_FRAME, time.perf_counter())
        await asyncio.sleep(pace_s)


def test_spoken_turn_with_tool_round_trip(tmp_path, registry, tool_context):
    async def scenario(conn):
        await conn.setup_complete()
        await conn.expect("audio", count=5)
        await conn.heard("I had an apple")
        await conn.tool_call("call-1", "unplanned_food", {"food": "apple", "quantity": 1})
        await conn.expect("toolResponse")
        await conn.say("Logged one apple.", ms=200)
        await conn.turn_complete()
        await conn.hold()

    async def main(server):
        session, log, buffer = make_session(server, registry, tool_context)
        session.start()
        await log.wait_for(ev.StatusChanged, lambda e: e.state is SessionState.ACTIVE)
        await push_frames(session, 5, 0.02)
        finished = await log.wait_for(ev.TurnFinished)
        pending = buffer.pending_ms
        await session.aclose()
        return log, pending, finished, session

    with FakeLiveServer(tmp_path, [scenario]) as server:
        log, pending_ms, finished, session = run(main(server))
        conn = server.connections[0]

    setup = conn.setup
    assert setup["model"] == "models/gemini-3.8-live"
    assert setup["generationConfig"]["responseModalities"] == ["AUDIO"]
    assert setup["generationConfig"]["speechConfig"]["voiceConfig"]["prebuiltVoiceConfig"]["voiceName"] == "Kore"
    declared = {d["name"] for d in setup["tools"][0]["functionDeclarations"]}
    assert {"missed_meal", "unplanned_food", "substitute_ingredient", "log_activity", "get_day_summary"} <= declared
    assert "inputAudioTranscription" in setup and "outputAudioTranscription" in setup
    assert "sessionResumption" in setup
    assert setup["contextWindowCompression"]["triggerTokens"] == 25600
    assert "2026-11-25" in setup["systemInstruction"]["parts"][0]["text"]
    assert conn.api_key == "test-key"

    sent_audio = conn.of_kind("audio")
    assert [m.body["bytes"] for m in sent_audio] == [MIC_FRAME] * 5  # url-safe base64, byte-exact
    assert all(m.body["mimeType"] == "audio/pcm;rate=16000" for m in sent_audio)

    response = conn.of_kind("toolResponse")[0].body["functionResponses"]
    assert len(response) == 1 and response[0]["id"] == "call-1" and response[0]["name"] == "unplanned_food"
    assert response[0]["response"]["ok"] is True

    assert pending_ms == pytest.approx(200, abs=1)  # 200 ms of model speech waiting for the speaker
    transcripts = [(e.role, e.text) for e in log.of(ev.TranscriptDelta)]
    assert ("user", "I had an apple") in transcripts and ("assistant", "Logged one apple.") in transcripts
    tool_done = log.of(ev.ToolFinished)[0]
    assert tool_done.result.ok and tool_done.result.card.title
    assert not finished.interrupted
    assert [row["food_key"] for row in tool_context.store.food_entries(FIXED_DAY)] == [tool_context.foods.search("apple").best.ref]
    assert session.metrics.summary("mic_to_send_ms")["n"] == 5
    assert session.metrics.summary("tool_round_trip_ms")["n"] == 1
    assert session.metrics.summary("connect_ms")["n"] == 1


def test_interruption_flushes_playback_and_drops_the_rest(tmp_path, registry, tool_context):
    async def scenario(conn):
        await conn.setup_complete()
        await conn.audio(tone(1000))
        await conn.expect("text")  # the test has seen the audio queued and "barges in" by typing
        await conn.interrupted()
        await conn.audio(tone(400))  # stale audio of the interrupted generation
        await conn.turn_complete()
        await conn.hold()

    async def main(server):
        session, log, buffer = make_session(server, registry, tool_context)
        session.start()
        await log.wait_for(ev.ModelSpeaking, lambda e: e.speaking)
        async with asyncio.timeout(5):
            while buffer.pending_ms < 1000:
                await asyncio.sleep(0.01)
        before = buffer.pending_ms
        session.send_text("stop, wait")
        finished = await log.wait_for(ev.TurnFinished)
        after = buffer.pending_ms
        await session.aclose()
        return before, after, finished, session

    with FakeLiveServer(tmp_path, [scenario]) as server:
        before, after, finished, session = run(main(server))
    assert before == pytest.approx(1000, abs=1)
    assert after == 0  # flushed, and the 400 ms that came after `interrupted` never reached the speaker
    assert finished.interrupted
    assert session.metrics.counters["audio_discarded_after_interrupt"] >= 1


def test_go_away_rotates_at_turn_boundary_with_newest_handle(tmp_path, registry, tool_context):
    turn_completed_at: list[float] = []

    async def first(conn):
        await conn.setup_complete()
        await conn.resumption("handle-old")
        await conn.resumption("handle-new")
        await conn.audio(tone(200))  # the model is mid-turn...
        await conn.go_away(30)  # ...when the server announces the end of this connection
        await asyncio.sleep(0.3)
        await conn.say("and that is all.")
        turn_completed_at.append(time.perf_counter())
        await conn.turn_complete()
        await conn.hold()

    async def second(conn):
        await conn.setup_complete()
        await conn.hold()

    async def main(server):
        session, log, _ = make_session(server, registry, tool_context)
        session.start()
        await log.wait_for(ev.SessionRotated)
        await log.wait_for(ev.StatusChanged, lambda e: e.state is SessionState.ACTIVE and session.connections == 2)
        await session.aclose()
        return log

    with FakeLiveServer(tmp_path, [first, second]) as server:
        log = run(main(server))
        old, new = server.wait_for_connections(2)
    assert new.setup["sessionResumption"] == {"handle": "handle-new"}
    assert old.closed_by_client
    assert new.received[0].at >= turn_completed_at[0]  # not before the turn finished
    assert log.of(ev.TurnFinished) and log.of(ev.SessionRotated)[0].resumed
    assert not log.of(ev.Problem)


def test_go_away_waits_while_the_user_talks_so_nothing_in_flight_is_lost(tmp_path, registry, tool_context):
    """The user is mid-sentence when goAway comes: rotating then would lose their words' transcription and
    the reply on the old connection. The session waits for the turn and a quiet moment, then rotates."""
    voice = struct.pack("<320h", *([3000, -3000] * 160))  # 20 ms, loud
    marks: dict[str, float] = {}

    async def first(conn):
        await conn.setup_complete()
        await conn.resumption("handle-1")
        await conn.go_away(30)
        await conn.expect("audio", count=10, where=lambda body: len(body["bytes"]) == 640)
        await conn.heard("I had a pear")
        await asyncio.sleep(0.2)
        await conn.say("Noted, a pear.")
        await conn.turn_complete()
        marks["turn_done"] = time.perf_counter()
        await conn.hold()

    async def second(conn):
        await conn.setup_complete()
        await conn.hold()

    async def main(server):
        session, log, _ = make_session(server, registry, tool_context)
        session.start()
        await log.wait_for(ev.StatusChanged, lambda e: e.state is SessionState.ACTIVE)
        for _ in range(40):  # the user talks for 0.8 s
            session.push_audio(voice, time.perf_counter())
            await asyncio.sleep(0.02)
        marks["last_voice"] = time.perf_counter()
        await log.wait_for(ev.SessionRotated, timeout=15)
        await session.aclose()
        return log

    with FakeLiveServer(tmp_path, [first, second]) as server:
        log = run(main(server))
        old, new = server.wait_for_connections(2)
    said = [(e.role, e.text) for e in log.of(ev.TranscriptDelta)]
    assert ("user", "I had a pear") in said and ("assistant", "Noted, a pear.") in said
    assert new.received[0].at >= marks["turn_done"]
    assert new.received[0].at >= marks["last_voice"] + 1.4  # the user had been quiet for a moment
    assert new.setup["sessionResumption"] == {"handle": "handle-1"}


def test_dropped_connection_resumes_and_keeps_the_transcript(tmp_path, registry, tool_context):
    async def first(conn):
        await conn.setup_complete()
        await conn.say("Hello there.")
        await conn.turn_complete()
        await conn.resumption("handle-1")
        conn.drop()

    async def second(conn):
        await conn.setup_complete()
        await conn.expect("text")
        await conn.say("Still here.")
        await conn.turn_complete()
        await conn.hold()

    async def main(server):
        session, log, _ = make_session(server, registry, tool_context)
        session.start()
        await log.wait_for(ev.StatusChanged, lambda e: e.state is SessionState.RECONNECTING)
        await log.wait_for(ev.SessionRotated)
        session.send_text("are you there?")
        await log.wait_for(ev.TranscriptDelta, lambda e: e.text == "Still here.")
        await session.aclose()
        return log

    with FakeLiveServer(tmp_path, [first, second]) as server:
        log = run(main(server))
        _, resumed = server.wait_for_connections(2)
    assert resumed.setup["sessionResumption"] == {"handle": "handle-1"}
    said = [e.text for e in log.of(ev.TranscriptDelta) if e.role == "assistant"]
    assert said == ["Hello there.", "Still here."]
    problems = log.of(ev.Problem)
    assert problems and not problems[0].fatal  # "Connection dropped … reconnecting", not an error state


def test_rejected_key_stops_without_retrying(tmp_path, registry, tool_context):
    async def main(server):
        session, log, _ = make_session(server, registry, tool_context, api_key="bad-key")
        session.start()
        problem = await log.wait_for(ev.Problem)
        await asyncio.sleep(1.0)  # long enough for a retry to show up if there were one
        state = session.state
        await session.aclose()
        return problem, state

    with FakeLiveServer(tmp_path) as server:
        problem, state = run(main(server))
        assert len(server.connections) == 1
    assert problem.title == "API key rejected" and problem.fatal
    assert "Settings" in problem.next_step
    assert state is SessionState.ERROR


def test_hung_setup_times_out_then_gives_up(tmp_path, registry, tool_context):
    async def main(server):
        session, log, _ = make_session(server, registry, tool_context, api_key="silent",
                                       connect_timeout_s=0.3, max_attempts=1)
        session.start()
        problem = await log.wait_for(ev.Problem, lambda p: p.fatal)
        state = session.state
        await session.aclose()
        return problem, state

    with FakeLiveServer(tmp_path) as server:
        problem, state = run(main(server))
        assert len(server.connections) == 2  # first try + one retry
    assert problem.title == "The server did not answer"
    assert state is SessionState.ERROR


def test_every_call_gets_exactly_one_response_even_bad_ones(tmp_path, registry, tool_context):
    async def scenario(conn):
        await conn.setup_complete()
        await conn.send({"toolCall": {"functionCalls": [
            {"id": "a", "name": "no_such_tool", "args": {}},
            {"id": "b", "name": "unplanned_food", "args": {"food": "apple", "grams": "lots"}},
            {"id": "c", "name": "get_day_summary", "args": {}},
        ]}})
        await conn.expect("toolResponse", count=3)
        await asyncio.sleep(0.2)
        await conn.turn_complete()
        await conn.hold()

    async def main(server):
        session, log, _ = make_session(server, registry, tool_context)
        session.start()
        await log.wait_for(ev.TurnFinished)
        await session.aclose()
        return log

    with FakeLiveServer(tmp_path, [scenario]) as server:
        log = run(main(server))
        conn = server.connections[0]
    responses = [r for m in conn.of_kind("toolResponse") for r in m.body["functionResponses"]]
    by_id = {r["id"]: r["response"] for r in responses}
    assert len(responses) == 3 and set(by_id) == {"a", "b", "c"}
    assert by_id["a"]["error"]["code"] == "unknown_tool"
    assert by_id["b"]["error"]["code"] == "invalid_arguments"
    assert by_id["c"]["ok"] is True
    assert len(log.of(ev.ToolFinished)) == 3


def test_cancelled_call_gets_no_response_and_its_change_is_undone(tmp_path, registry, tool_context):
    release = add_slow_log(registry)  # a tool that is still running when the user interrupts

    async def scenario(conn):
        await conn.setup_complete()
        await conn.tool_call("slow-1", "slow_log", {"food": "banana", "quantity": 1})
        await asyncio.sleep(0.2)
        await conn.interrupted()
        await conn.tool_cancel("slow-1")
        await conn.turn_complete()
        await conn.hold(3)

    async def main(server):
        session, log, _ = make_session(server, registry, tool_context)
        session.start()
        await log.wait_for(ev.ToolStarted)
        await push_frames(session, 3)  # the mic is paused while the tool runs
        await log.wait_for(ev.ToolCancelled)
        release.set()
        await log.wait_for(ev.ToolFinished, lambda e: e.name == "undo_last_change")
        await asyncio.sleep(0.3)
        await session.aclose()
        return log, session

    with FakeLiveServer(tmp_path, [scenario]) as server:
        log, session = run(main(server))
        conn = server.connections[0]
    assert conn.of_kind("toolResponse") == []
    assert conn.of_kind("audio") == []
    assert session.metrics.counters["mic_dropped_tool"] == 3
    assert tool_context.store.food_entries(FIXED_DAY) == []  # logged, then taken back


def test_push_to_talk_brackets_speech_with_activity_messages(tmp_path, registry, tool_context):
    async def scenario(conn):
        await conn.setup_complete()
        await conn.expect("activityEnd")
        await conn.hold(3)

    async def main(server):
        session, log, _ = make_session(server, registry, tool_context, manual_activity=True)
        session.start()
        await log.wait_for(ev.StatusChanged, lambda e: e.state is SessionState.ACTIVE)
        await push_frames(session, 2)  # not pressed: nothing is sent
        session.activity_start()
        await push_frames(session, 3)
        session.activity_end()
        await asyncio.sleep(0.4)  # past the release's tail (tests/integration/test_microphone_stream_edges.py)
        await push_frames(session, 2)  # released: nothing is sent
        await asyncio.sleep(0.3)
        await session.aclose()

    with FakeLiveServer(tmp_path, [scenario]) as server:
        run(main(server))
        conn = server.connections[0]
    kinds = [m.kind for m in conn.received if m.kind != "setup"]
    assert kinds == ["activityStart", "audio", "audio", "audio", "activityEnd"]
    assert conn.setup["realtimeInputConfig"]["automaticActivityDetection"]["disabled"] is True


def test_camera_frames_are_sent_at_most_once_a_second(tmp_path, registry, tool_context):
    async def scenario(conn):
        await conn.setup_complete()
        await conn.hold(5)

    async def main(server):
        session, log, _ = make_session(server, registry, tool_context)
        session.start()
        await log.wait_for(ev.StatusChanged, lambda e: e.state is SessionState.ACTIVE)
        started = time.monotonic()
        i = 0
        while time.monotonic() - started < 1.5:
            session.push_video(b"\xff\xd8frame%d" % i)
            i += 1
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.2)
        await session.aclose()
        return i

    with FakeLiveServer(tmp_path, [scenario]) as server:
        pushed = run(main(server))
        frames = server.connections[0].of_kind("video")
    assert pushed > 20
    assert len(frames) == 2  # t=0 and t≈1 s; the 28 frames in between were superseded, not queued
    assert frames[1].at - frames[0].at >= 0.95
    assert all(f.body["mimeType"] == "image/jpeg" for f in frames)


def test_unreadable_ca_file_is_a_clear_error(tmp_path, registry, tool_context):
    async def main(server):
        session, log, _ = make_session(server, registry, tool_context, ca_file=str(tmp_path / "missing.pem"))
        session.start()
        problem = await log.wait_for(ev.Problem)
        state = session.state
        await session.aclose()
        return problem, state

    with FakeLiveServer(tmp_path) as server:
        problem, state = run(main(server))
        assert server.connections == []
    assert problem.title == "Cannot set up the connection" and "CA file" in problem.next_step
    assert state is SessionState.ERROR


def test_closing_while_a_tool_runs_waits_for_it_without_blocking_the_loop(tmp_path, registry, tool_context):
    """Stop (or quit) while a diary write waits out another process's lock: the tool finishes in its thread
    and the close waits for it, but the event loop (the window) keeps running meanwhile."""
    release = add_slow_log(registry)

    async def scenario(conn):
        await conn.setup_complete()
        await conn.tool_call("slow-1", "slow_log", {"food": "banana", "quantity": 1})
        await conn.hold(3)

    async def main(server):
        session, log, _ = make_session(server, registry, tool_context)
        session.start()
        await log.wait_for(ev.ToolStarted)
        beats: list[float] = []

        async def heartbeat() -> None:
            while True:
                beats.append(time.perf_counter())
                await asyncio.sleep(0.005)

        ticking = asyncio.get_running_loop().create_task(heartbeat())
        asyncio.get_running_loop().call_later(0.5, release.set)  # the other process lets go after 0.5 s
        started = time.perf_counter()
        await session.aclose()
        closed_after = time.perf_counter() - started
        ticking.cancel()
        beats.append(time.perf_counter())
        return closed_after, max(b - a for a, b in zip(beats, beats[1:]))

    with FakeLiveServer(tmp_path, [scenario]) as server:
        closed_after, longest_gap = run(main(server))
    assert closed_after >= 0.45  # it did wait for the tool
    assert longest_gap < 0.1, longest_gap  # ...without holding the loop (it used to block for the whole wait)
    assert tool_context.store.food_entries(FIXED_DAY)  # and the tool's write landed


def numbered_frame(i: int) -> bytes:
    return struct.pack("<I", i) + MIC_FRAME[4:]


def test_a_full_outbox_drops_the_oldest_speech_and_keeps_the_newest(tmp_path, registry, tool_context):
    """Frames captured while the connection is still being set up wait in the outbox, at most
    MIC_QUEUE_FRAMES of them: the oldest go first, so what the model hears is the latest second."""
    from nutrivoice_desktop.core.live_session import MIC_QUEUE_FRAMES

    async def scenario(conn):
        await asyncio.sleep(0.5)  # a slow setup: the microphone keeps capturing meanwhile
        await conn.setup_complete()
        await conn.expect("audio", count=MIC_QUEUE_FRAMES)
        await conn.hold(2)

    async def main(server):
        session, log, _ = make_session(server, registry, tool_context)
        session.start()
        await asyncio.sleep(0.1)
        assert session.state is SessionState.CONNECTING
        for i in range(MIC_QUEUE_FRAMES + 10):
            session.push_audio(numbered_frame(i), time.perf_counter())
        await log.wait_for(ev.StatusChanged, lambda e: e.state is SessionState.ACTIVE)
        await asyncio.sleep(0.5)
        await session.aclose()
        return session

    with FakeLiveServer(tmp_path, [scenario]) as server:
        session = run(main(server))
        heard = [struct.unpack("<I", m.body["bytes"][:4])[0] for m in server.connections[0].of_kind("audio")]
    assert heard == list(range(10, MIC_QUEUE_FRAMES + 10))
    assert session.metrics.counters["mic_dropped_full"] == 10


def test_text_typed_during_a_drop_is_sent_after_the_reconnect(tmp_path, registry, tool_context):
    async def drops(conn):
        await conn.setup_complete()
        await conn.resumption("handle-1")
        await asyncio.sleep(0.2)
        conn.drop()

    async def resumed(conn):
        await conn.setup_complete()
        await conn.expect("text", where=lambda text: text == "two eggs for breakfast")
        await conn.hold(3)

    async def main(server):
        session, log, _ = make_session(server, registry, tool_context)
        session.start()
        await log.wait_for(ev.StatusChanged, lambda e: e.state is SessionState.RECONNECTING)
        session.send_text("two eggs for breakfast")  # typed while the link is down
        await log.wait_for(ev.SessionRotated)
        await asyncio.sleep(0.5)
        await session.aclose()

    with FakeLiveServer(tmp_path, [drops, resumed]) as server:
        run(main(server))
        first, second = server.connections[:2]
    assert first.of_kind("text") == [] and [m.body for m in second.of_kind("text")] == ["two eggs for breakfast"]
    assert second.setup.get("sessionResumption", {}).get("handle") == "handle-1"


def test_backoff_starts_again_after_a_connection_that_held(tmp_path, registry, tool_context, monkeypatch):
    """Retries back off (0.5, 1, 2 s …) while connections keep failing at once; one that held for a while
    (STABLE_AFTER_S) resets the series, so a drop after a long talk is bridged at the first, shortest delay."""
    from nutrivoice_desktop.core import live_session

    monkeypatch.setattr(live_session, "STABLE_AFTER_S", 1.0)

    async def fails_at_once(conn):
        await conn.setup_complete()
        conn.drop()

    async def holds_then_drops(conn):
        await conn.setup_complete()
        await asyncio.sleep(1.3)  # "stable" with the patched threshold
        conn.drop()

    async def stays(conn):
        await conn.setup_complete()
        await conn.hold(5)

    async def main(server):
        session, log, _ = make_session(server, registry, tool_context)
        session.start()
        await log.wait_for(ev.SessionRotated, lambda e: len(log.of(ev.SessionRotated)) >= 3, timeout=20)
        await session.aclose()
        return [e.detail for e in log.of(ev.StatusChanged) if e.state is SessionState.RECONNECTING]

    with FakeLiveServer(tmp_path, [fails_at_once, fails_at_once, holds_then_drops, stays]) as server:
        waits = run(main(server))
        started = [c.received[0].at for c in server.connections[:4]]
    gaps = [b - a for a, b in zip(started, started[1:])]
    # 0.5 s then 1 s (±20 % jitter) after instant failures; after the connection that held: 0.5 s again
    assert 0.35 <= gaps[0] <= 0.9 and 0.75 <= gaps[1] <= 1.5, (gaps, waits)
    assert 1.3 + 0.35 <= gaps[2] <= 1.3 + 0.9, (gaps, waits)


def test_the_setup_declares_every_tool_the_way_the_service_reads_it(tmp_path, registry, tool_context):
    """The fake reads declarations as the service does (`parameters` only; `additionalProperties` in them is a
    1007): every tool arrives with all its parameters, and the setup is accepted."""
    with FakeLiveServer(tmp_path, [sets_up]) as server:
        run(run_until_active(server, registry, tool_context))
        conn = server.connections[0]
    for name in registry.names():
        declared = conn.declared(name)
        assert declared is not None and set(declared.get("properties", {})) == set(
            registry._tools[name].parameters.get("properties", {})), name


@pytest.mark.parametrize("kind, resolution", [("", None), ("camera", "MEDIA_RESOLUTION_MEDIUM"),
                                              ("screen", "MEDIA_RESOLUTION_HIGH")])
def test_frames_are_asked_for_at_the_resolution_their_kind_needs(tmp_path, registry, tool_context, kind, resolution):
    async def main(server):
        session, log, _ = make_session(server, registry, tool_context)
        session.set_video_kind(kind)  # before Start: it is part of the setup
        session.start()
        await log.wait_for(ev.StatusChanged, lambda e: e.state is SessionState.ACTIVE)
        await session.aclose()

    with FakeLiveServer(tmp_path, [sets_up]) as server:
        run(main(server))
        setup = server.connections[0].setup
    assert setup.get("generationConfig", {}).get("mediaResolution") == resolution
