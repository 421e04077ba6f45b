"""The Assistant as the app builds it (settings, diary worker, audio chain with echo cancellation, video),
against the fake Live server through the real SDK; clocked virtual sound devices stand in for a sound card
(bench/virtual_devices.py), so these run with or without a sound server."""

from __future__ import annotations

import asyncio
import threading

import pytest

from bench.virtual_devices import ClockedSoundCard
from nutrivoice_desktop.assistant import Assistant
from nutrivoice_desktop.core import events as ev
from nutrivoice_desktop.core.persona import APP_NOTE_PREFIX
from nutrivoice_desktop.core.state import SessionState
from nutrivoice_desktop.nutrition.diary_service import MODEL, USER, DiaryService
from nutrivoice_desktop.services.settings import Settings
from tests.conftest import FIXED_DAY, run_async
from tests.fakes.camera_clip import write_clip
from tests.fakes.live_server import FakeLiveServer, tone
from tests.integration.live_harness import EventLog, add_slow_log

MIC = tone(1000, freq=220, rate=16_000, amplitude=3000)


@pytest.fixture
def settings(base_dir, monkeypatch):
    monkeypatch.setenv("GEMINI_API_KEY", "assistant-key")
    return Settings()


def reopened(tool_context):
    """The diary as the next start sees it (shutdown closed the assistant's connection)."""
    from nutrivoice_desktop.nutrition.diary import open_diary

    tool_context.store = open_diary(tool_context.store.path)  # the fixture closes it at the end
    return tool_context.store


def build(server, settings, registry, tool_context, **options) -> tuple[Assistant, EventLog]:
    settings.set("endpoint", server.base_url)
    settings.set("ca_file", server.ca_file)
    for name, value in options.items():
        settings.set(name, value)
    assistant = Assistant(settings, DiaryService(registry, tool_context), sound_card=lambda: ClockedSoundCard(MIC))
    return assistant, EventLog(assistant.events)


def test_stop_while_a_tool_runs_keeps_the_row_shows_the_card_and_refreshes(tmp_path, settings, registry,
                                                                           tool_context):
    release = add_slow_log(registry)

    async def scenario(conn):
        await conn.setup_complete()
        await conn.tool_call("slow-1", "slow_log", {"food": "banana", "quantity": 1})
        await conn.hold(10)

    async def main(server):
        assistant, log = build(server, settings, registry, tool_context)
        changes = []
        assistant.diary.changed.connect(changes.append)
        await assistant.start()
        await log.wait_for(ev.ToolStarted)
        stopping = asyncio.get_running_loop().create_task(assistant.stop())  # the user presses Stop
        await asyncio.sleep(0.2)
        assert not stopping.done()  # it waits for the tool (in the diary's thread; the loop runs on)
        threading.Timer(0.1, release.set).start()
        await asyncio.wait_for(stopping, 10)
        await assistant.shutdown()
        return assistant, log, changes

    with FakeLiveServer(tmp_path, [scenario]) as server:
        assistant, log, changes = run_async(main(server), 30)
        conn = server.connections[0]
    finished = log.of(ev.ToolFinished)
    assert [f.name for f in finished] == ["slow_log"] and finished[0].result.ok  # the card
    assert [c.tool for c in changes] == ["slow_log"] and changes[0].origin == MODEL  # the dashboard's refresh
    assert conn.of_kind("toolResponse") == []  # nobody left to answer
    assert assistant.state is SessionState.IDLE
    assert [row["food_key"] for row in reopened(tool_context).food_entries(FIXED_DAY)] == [tool_context.foods.search("banana").best.ref]  # kept


def test_undo_from_a_card_takes_the_change_back_and_tells_the_model(tmp_path, settings, registry, tool_context):
    async def scenario(conn):
        await conn.setup_complete()
        await conn.tool_call("log-1", "unplanned_food", {"food": "banana", "quantity": 1})
        await conn.expect("toolResponse")
        await conn.expect("text", where=lambda text: APP_NOTE_PREFIX in str(text), timeout=10)
        await conn.hold(5)

    async def main(server):
        assistant, log = build(server, settings, registry, tool_context)
        changes = []
        assistant.diary.changed.connect(changes.append)
        await assistant.start()
        logged = await log.wait_for(ev.ToolFinished)
        undone = await assistant.undo(logged.result.card.undo_id)  # the card's Undo button
        await asyncio.sleep(0.5)
        await assistant.shutdown()
        return logged, undone, changes

    with FakeLiveServer(tmp_path, [scenario]) as server:
        logged, undone, changes = run_async(main(server), 30)
        notes = [m.body for m in server.connections[0].of_kind("text")]
    assert logged.result.ok and undone is not None and undone.result.ok and undone.name == "undo_last_change"
    assert [(c.tool, c.origin) for c in changes] == [("unplanned_food", MODEL), ("undo_last_change", USER)]
    assert len(notes) == 1 and "banana" in str(notes[0]).lower()


def test_the_saved_mode_applies_at_start(tmp_path, settings, registry, tool_context):
    video = write_clip(tmp_path / "plate.avi")

    async def scenario(conn):
        await conn.setup_complete()
        await conn.expect("video", timeout=10)
        await conn.hold(5)

    async def main(server):
        assistant, _log = build(server, settings, registry, tool_context, mode="camera", camera=video)
        shared = []
        assistant.sharing_changed.connect(shared.append)
        await assistant.start()
        for _ in range(100):
            if server.connections and server.connections[0].of_kind("video"):
                break
            await asyncio.sleep(0.05)
        await assistant.shutdown()
        return shared


    with FakeLiveServer(tmp_path, [scenario]) as server:
        shared = run_async(main(server), 30)
        frames = server.connections[0].of_kind("video")
    assert shared[:1] == ["camera"] and frames


def test_talking_over_the_assistant_turns_it_down_and_moves_the_meter(tmp_path, settings, registry, tool_context):
    """Local barge-in as the app wires it: the level the microphone measures once per frame (after echo
    cancellation) feeds both the window's meter and the ducking (devices/barge_in.py)."""
    from nutrivoice_desktop.devices.barge_in import DUCK_GAIN, THRESHOLD_DBFS, WARMUP_S

    # the user: 300 ms bursts of voice-like tone with 200 ms pauses, louder than the speaker's echo
    talking = (tone(300, freq=220, rate=16_000, amplitude=8000) + bytes(16_000 * 2 // 5)) * 4

    async def scenario(conn):
        await conn.setup_complete()
        # the assistant speaks, generated at about real time: the queue runs empty between chunks
        await conn.audio(tone(int((WARMUP_S + 3) * 1000), freq=660), pace=True)
        await conn.hold(10)

    async def main(server):
        settings.set("endpoint", server.base_url)
        settings.set("ca_file", server.ca_file)
        assistant = Assistant(settings, DiaryService(registry, tool_context),
                              sound_card=lambda: ClockedSoundCard(talking))
        levels: list[float] = []
        assistant.mic_level.connect(levels.append)
        await assistant.start()
        gains = []
        for _ in range(int((WARMUP_S + 4) / 0.02)):
            gains.append(assistant._session.output.gain)  # what the speaker's writer applies
            if gains[-1] == DUCK_GAIN:
                break
            await asyncio.sleep(0.02)
        await assistant.shutdown()
        return levels, gains

    with FakeLiveServer(tmp_path, [scenario]) as server:
        levels, gains = run_async(main(server), 30)
    assert gains[-1] == DUCK_GAIN and gains[0] == 1.0  # turned down while it spoke, not before
    assert max(levels) > THRESHOLD_DBFS > min(levels)  # the meter saw the bursts and the pauses
