"""Real PyAudio through PulseAudio: espeak-ng speech into a virtual mic, model speech out to a null sink.

scripts/test starts PulseAudio with ci/pulse.pa: sink ``vspk`` (default output), sink ``vmicsink`` whose
monitor is remapped as source ``vmic`` (default input). What paplay writes to vmicsink, the app hears.
"""

from __future__ import annotations

import asyncio
import shutil
import subprocess

import numpy as np

from nutrivoice_desktop.assistant import Assistant
from nutrivoice_desktop.core import events as ev
from nutrivoice_desktop.devices.audio import AudioSystem
from nutrivoice_desktop.nutrition.diary_service import DiaryService
from nutrivoice_desktop.services.settings import Settings
from tests.conftest import need_service, pulse_available, run_async
from tests.fakes.live_server import FakeLiveServer
from tests.integration.live_harness import EventLog

REPLY_HZ = 440.0


def dominant_hz(pcm: bytes, rate: int) -> float:
    samples = np.frombuffer(pcm, dtype="<i2").astype(np.float32)
    spectrum = np.abs(np.fft.rfft(samples * np.hanning(samples.size)))
    return float(np.fft.rfftfreq(samples.size, 1 / rate)[int(np.argmax(spectrum[1:])) + 1])


def rms(pcm: bytes) -> float:
    samples = np.frombuffer(pcm, dtype="<i2").astype(np.float32)
    return float(np.sqrt(np.mean(samples ** 2))) if samples.size else 0.0


def test_spoken_question_in_model_speech_out(tmp_path, base_dir, registry, tool_context, monkeypatch):
    need_service("PulseAudio with espeak-ng", pulse_available() and shutil.which("espeak-ng") is not None,
                 "scripts/test starts PulseAudio with a null sink and a virtual mic")
    monkeypatch.setenv("GEMINI_API_KEY", "k")
    speech = tmp_path / "speech.wav"
    subprocess.run(["espeak-ng", "-w", str(speech), "I skipped breakfast today"], check=True, timeout=30)

    async def scenario(conn):
        await conn.setup_complete()
        await conn.expect("audio", count=100, timeout=15)  # 2 s of microphone
        await conn.heard("I skipped breakfast today")
        await conn.say("Okay.", ms=800, pace=True)
        await conn.turn_complete()
        await conn.hold(10)

    # Settings wraps a QSettings: made here, in the test's thread. Qt takes the thread that makes its first
    # object for the main one, and a later QApplication in this thread would then warn (and fail the test)
    settings = Settings()

    async def main(server):
        settings.set("endpoint", server.base_url)
        settings.set("ca_file", server.ca_file)
        assistant = Assistant(settings, DiaryService(registry, tool_context))  # as the app builds it: AEC on
        log = EventLog(assistant.events)
        recorder = subprocess.Popen(["parecord", "--device=vspk.monitor", "--raw", "--format=s16le",
                                     "--rate=24000", "--channels=1", str(tmp_path / "out.raw")])
        player = None
        try:
            await assistant.start()
            mic = assistant._mic
            assert mic is not None and assistant._speaker is not None
            player = subprocess.Popen(["paplay", "--device=vmicsink", str(speech)])
            await log.wait_for(ev.TurnFinished, timeout=20)
            buffer = assistant._speaker.buffer
            while buffer.playing:  # let the speaker drain to the sink
                await asyncio.sleep(0.05)
            await asyncio.sleep(0.4)
        finally:
            recorder.terminate()
            recorder.wait(5)
            if player is not None:
                player.wait(10)
            await assistant.shutdown()
        return assistant.metrics, mic

    with FakeLiveServer(tmp_path, [scenario]) as server:
        metrics, mic = run_async(main(server), 60)
        heard = b"".join(m.body["bytes"] for m in server.connections[0].of_kind("audio"))
    assert mic.frames_captured >= 100
    assert rms(heard) > 100, "the virtual microphone carried no speech"
    played = (tmp_path / "out.raw").read_bytes()
    loud = [played[i:i + 4800] for i in range(0, len(played) - 4800, 4800) if rms(played[i:i + 4800]) > 500]
    assert len(loud) >= 5, "the model's speech did not reach the output device"
    assert abs(dominant_hz(b"".join(loud), 24_000) - REPLY_HZ) < 15
    assert metrics.summary("receive_to_device_ms")["n"] >= 10
    assert metrics.summary("mic_to_send_ms")["n"] >= 100


def test_missing_and_unplugged_devices_are_explained(qtbot, base_dir, registry, tool_context, aloop, monkeypatch):
    need_service("PulseAudio", pulse_available(), "scripts/test starts PulseAudio")
    import pytest

    from nutrivoice_desktop.bridge.session_bridge import SessionBridge
    from nutrivoice_desktop.devices.audio import AudioDeviceError

    system = AudioSystem()
    try:
        with pytest.raises(AudioDeviceError, match="not connected. Available:"):
            system.find("input", "No Such Microphone")
    finally:
        system.close()

    monkeypatch.setenv("GEMINI_API_KEY", "watchdog-key")
    settings = Settings()
    settings.set("endpoint", "https://127.0.0.1:9")  # nothing listens: the session retries, audio stays open
    bridge = SessionBridge(Assistant(settings, DiaryService(registry, tool_context)))
    assistant = bridge.assistant
    said = []
    bridge.message.connect(said.append)
    task = bridge.start()
    qtbot.waitUntil(task.done, timeout=5000)
    assert assistant._mic is not None
    assistant._mic._stream.stop_stream()  # what an unplugged device looks like from here: no more callbacks
    qtbot.waitUntil(lambda: any(m.title == "The microphone stopped" for m in said), timeout=6000)
    assert assistant._mic is None
    stop = bridge.stop()
    qtbot.waitUntil(stop.done, timeout=5000)
