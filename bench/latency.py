"""One benchmark run: full-duplex streaming against the fake Live server, ours or the cookbook baseline.

    python -m bench.latency --variant ours|baseline --seconds 20 --out result.json

The server (same for both, in its own process) speaks in 240 ms chunks (the size seen from the real
service, anchors.md) at twice real time, interrupts every other answer midway, and calls a tool after
every turn. The client
streams microphone audio all along and shares a camera (a video file) with a live preview.

- ours: the app's LiveSession + PlaybackBuffer + VideoSource + PreviewPane in a qasync Qt loop; virtual
  devices in callback style (20 ms mic frames, 20 ms speaker pulls).
- baseline: the design of Google's cookbook Get_started_LiveAPI.py on the same SDK: 1024-sample mic
  chunks read with blocking reads, unbounded asyncio queues, whole server chunks written with blocking
  writes, the playback queue emptied when the interrupted turn ends, tools run inline.
"""

from __future__ import annotations

import argparse
import asyncio
import faulthandler
import json
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")
os.environ.setdefault("NO_PROXY", "127.0.0.1,localhost")

from nutrivoice_desktop.core.metrics import Metrics  # noqa: E402
from nutrivoice_desktop.core.models import DEFAULT_MODEL  # noqa: E402
from tests.fakes.camera_clip import write_clip  # noqa: E402
from tests.fakes.live_server import ServerProcess, tone  # noqa: E402

MODEL = DEFAULT_MODEL
SERVER_CHUNK_MS = 240
CHUNKS_PER_ANSWER = 6
GENERATION_SPEED = 2.0  # the service sends speech faster than it plays: the client buffers


def make_scenario(seconds: float):
    async def streaming(conn) -> None:
        await conn.setup_complete()
        rng = random.Random(42)  # the same interruption points in every run and variant
        chunk = tone(SERVER_CHUNK_MS)
        deadline = time.monotonic() + seconds
        turn = 0
        while time.monotonic() < deadline and not conn.closed_by_client:
            turn += 1
            interrupt_at = rng.randint(2, CHUNKS_PER_ANSWER - 1) if turn % 2 == 0 else None
            for i in range(CHUNKS_PER_ANSWER):
                if i == interrupt_at:
                    await conn.interrupted()
                    break
                await conn.audio(chunk, chunk_ms=SERVER_CHUNK_MS)
                await asyncio.sleep(SERVER_CHUNK_MS / 1000 / GENERATION_SPEED)
            await conn.turn_complete()
            call_id = f"t{turn}"
            await conn.tool_call(call_id, "get_day_summary", {})
            try:
                await conn.expect("toolResponse", timeout=10, where=lambda body, cid=call_id: any(
                    r.get("id") == cid for r in body.get("functionResponses", [])))
            except (TimeoutError, AssertionError):
                return
            await asyncio.sleep(0.3)
    return streaming


def mic_source() -> bytes:
    return tone(1000, freq=220, rate=16_000, amplitude=3000)


def steady_cpu(metrics: Metrics, wall0: float, cpu0: float) -> None:
    """CPU while streaming, as % of one core (start-up imports and the connect are not in it)."""
    metrics.add("cpu_percent_streaming", 100 * (time.process_time() - cpu0) / (time.perf_counter() - wall0))


def make_video(path: Path) -> str:
    return write_clip(path, frames=45, size=(640, 480))


def open_tools(workdir: Path):
    """The app's own tools and diary, kept in ``workdir``."""
    from nutrivoice_desktop import cli
    from nutrivoice_desktop.services import paths

    paths.use_base_dir(workdir)
    return cli.open_tools()


# -- ours -------------------------------------------------------------------------------------------------
def app_assistant(server, workdir: Path, metrics: Metrics, sound_card=None):
    """The app's own Assistant, as app.py builds it (default settings: echo cancellation on), pointed at the
    bench server; on clocked virtual sound devices unless ``sound_card`` says otherwise (the real one:
    ``AudioSystem``)."""
    from bench.virtual_devices import ClockedSoundCard
    from nutrivoice_desktop.assistant import Assistant
    from nutrivoice_desktop.nutrition.diary_service import DiaryService
    from nutrivoice_desktop.services.settings import Settings

    os.environ["GEMINI_API_KEY"] = "bench"  # the key comes from the environment, not the keyring
    diary = DiaryService(*open_tools(workdir))  # also keeps settings in workdir
    settings = Settings()
    for name, value in (("endpoint", server.base_url), ("ca_file", server.ca_file), ("model", MODEL),
                        ("voice", "Puck")):
        settings.set(name, value)
    return Assistant(settings, diary, sound_card=sound_card or (lambda: ClockedSoundCard(mic_source())),
                     metrics=metrics)


def run_ours(server, seconds: float, workdir: Path) -> Metrics:
    from PySide6.QtCore import QTimer, Qt
    from PySide6.QtWidgets import QApplication

    from nutrivoice_desktop.bridge.event_loop import EventLoop
    from nutrivoice_desktop.core.state import SessionState
    from nutrivoice_desktop.ui.preview import PreviewPane

    app = QApplication.instance() or QApplication([])
    loop = EventLoop(app)
    asyncio.set_event_loop(loop)
    metrics = Metrics()
    connected: dict[str, int] = {}  # samples per series when the session became active
    video_file = make_video(workdir / "camera.avi")

    async def main() -> None:
        assistant = app_assistant(server, workdir, metrics)
        assistant.settings.set("camera", video_file)
        pane = PreviewPane()
        pane.resize(480, 360)
        pane.show()
        assistant.sharing_changed.connect(pane.set_sharing)
        assistant.preview.connect(pane.show_frame)
        last = [time.perf_counter()]

        def probe() -> None:
            now = time.perf_counter()
            metrics.add("loop_lag_ms", max(0.0, (now - last[0] - 0.010) * 1000))
            last[0] = now
        timer = QTimer()
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.timeout.connect(probe)
        timer.start(10)
        await assistant.start()
        async with asyncio.timeout(30):  # steady state only; connect is measured apart
            while assistant.state is not SessionState.ACTIVE:
                await asyncio.sleep(0.01)
        # the microphone opened at Start: what it captured while connecting waited for the connection (and
        # was sent then, nothing lost); the streaming figures are the steady state after it
        connected.update({name: len(metrics.samples(name)) for name in metrics.names()})
        await assistant.set_sharing("camera")
        wall0, cpu0 = time.perf_counter(), time.process_time()
        await asyncio.sleep(seconds)
        steady_cpu(metrics, wall0, cpu0)
        timer.stop()
        await assistant.shutdown()
        metrics.count("preview_frames", pane.frames_shown)

    with loop:
        loop.run_until_complete(main())
    steady = Metrics()
    for name in metrics.names():
        for value in metrics.samples(name)[connected.get(name, 0):]:
            steady.add(name, value)
    steady.counters.update(metrics.counters)
    return steady


# -- baseline (cookbook design) -----------------------------------------------------------------------
def run_baseline(server, seconds: float, workdir: Path) -> Metrics:
    from google.genai import types

    from bench.cookbook import cookbook_client

    from bench.virtual_devices import BlockingMic, BlockingSpeaker
    from nutrivoice_desktop.devices.video import encode_jpeg

    metrics = Metrics()
    registry, context = open_tools(workdir)
    video_file = make_video(workdir / "camera.avi")

    async def main() -> None:
        import cv2

        client, config = cookbook_client(server, registry)
        mic, speaker = BlockingMic(mic_source()), BlockingSpeaker()
        audio_in_queue: asyncio.Queue = asyncio.Queue()  # unbounded, as in the cookbook
        out_queue: asyncio.Queue = asyncio.Queue()
        interrupted_at: dict[int, float] = {}
        last_write_end: dict[int, float] = {}
        turn = [0]
        started = time.perf_counter()
        async with client.aio.live.connect(model=MODEL, config=config) as session:
            metrics.add("connect_ms", (time.perf_counter() - started) * 1000)

            async def listen_audio() -> None:
                while True:
                    data = await asyncio.to_thread(mic.read, 1024)
                    await out_queue.put(("audio", data, time.perf_counter()))

            async def send_realtime() -> None:
                while True:
                    kind, data, at = await out_queue.get()
                    if kind == "video":
                        await session.send_realtime_input(video=types.Blob(data=data, mime_type="image/jpeg"))
                        continue
                    await session.send_realtime_input(audio=types.Blob(data=data, mime_type="audio/pcm;rate=16000"))
                    now = time.perf_counter()
                    metrics.add("mic_to_send_ms", (now - at) * 1000)
                    metrics.add("speech_age_at_send_ms", (now - at + 1024 / 16_000) * 1000)

            playing_until = [0.0]  # when the chunk in speaker.write will have finished
            queued_s = [0.0]  # speech waiting in audio_in_queue

            async def receive_audio() -> None:
                while True:
                    async for response in session.receive():
                        now = time.perf_counter()
                        if response.data:
                            due = now + max(0.0, playing_until[0] - now) + queued_s[0]
                            queued_s[0] += len(response.data) / 48_000
                            audio_in_queue.put_nowait((response.data, due, turn[0]))
                        content = response.server_content
                        if content is not None and content.interrupted:
                            interrupted_at[turn[0]] = now
                        if response.tool_call:
                            responses = []
                            for call in response.tool_call.function_calls:
                                result = registry.call(call.name, dict(call.args or {}), context)
                                responses.append(types.FunctionResponse(id=call.id, name=call.name,
                                                                        response=result.data))
                            await session.send_tool_response(function_responses=responses)
                            metrics.add("tool_round_trip_ms", (time.perf_counter() - now) * 1000)
                    turn[0] += 1
                    # the cookbook empties the playback queue when a turn ends (its interruption handling)
                    while not audio_in_queue.empty():
                        audio_in_queue.get_nowait()
                    queued_s[0] = 0.0

            async def play_audio() -> None:
                while True:
                    data, due, tid = await audio_in_queue.get()
                    duration = len(data) / 48_000
                    queued_s[0] = max(0.0, queued_s[0] - duration)
                    now = time.perf_counter()
                    metrics.add("receive_to_device_ms", max(0.0, now - due) * 1000)
                    playing_until[0] = now + duration
                    await asyncio.to_thread(speaker.write, data)
                    last_write_end[tid] = time.perf_counter()

            async def get_frames() -> None:
                cap = await asyncio.to_thread(cv2.VideoCapture, video_file)
                while True:
                    ok, frame = await asyncio.to_thread(cap.read)
                    if not ok:
                        cap.set(cv2.CAP_PROP_POS_FRAMES, 0)
                        continue
                    jpeg = encode_jpeg(cv2.cvtColor(frame, cv2.COLOR_BGR2RGB))
                    await asyncio.sleep(1.0)
                    await out_queue.put(("video", jpeg, time.perf_counter()))

            async def probe() -> None:
                while True:
                    before = time.perf_counter()
                    await asyncio.sleep(0.010)
                    metrics.add("loop_lag_ms", max(0.0, (time.perf_counter() - before - 0.010) * 1000))

            tasks = [asyncio.create_task(f()) for f in (listen_audio, send_realtime, receive_audio, play_audio,
                                                         get_frames, probe)]
            wall0, cpu0 = time.perf_counter(), time.process_time()
            await asyncio.sleep(seconds)
            steady_cpu(metrics, wall0, cpu0)
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
        for tid, at in interrupted_at.items():
            metrics.add("interrupt_to_silence_ms", max(0.0, last_write_end.get(tid, at) - at) * 1000)

    asyncio.run(main())
    context.store.close()
    return metrics


def run_session_starts(server, variant: str, workdir: Path, count: int = 12) -> Metrics:
    """Start → setupComplete, repeatedly (Start, Stop, Start … as a user does); the first start of a process
    (cold) is reported apart."""
    from nutrivoice_desktop.core.state import SessionState

    metrics = Metrics()
    assistant = app_assistant(server, workdir, Metrics()) if variant == "ours" else None
    registry, context = (assistant.diary.registry, None) if assistant is not None else open_tools(workdir)

    async def ours() -> float:
        """What a user waits for after pressing Start: the key, the sound devices and the connection."""
        started = time.perf_counter()
        await assistant.start()
        async with asyncio.timeout(30):
            while assistant.state is not SessionState.ACTIVE:
                await asyncio.sleep(0.0005)
        elapsed = time.perf_counter() - started
        await assistant.stop()
        return elapsed

    async def baseline() -> float:
        from bench.cookbook import cookbook_client

        started = time.perf_counter()
        client, config = cookbook_client(server, registry)
        async with client.aio.live.connect(model=MODEL, config=config):
            return time.perf_counter() - started

    async def main() -> None:
        if assistant is not None:
            await assistant.prepare()  # as app.py does once the window shows
        for i in range(count):
            elapsed = await (ours() if variant == "ours" else baseline())
            metrics.add("session_start_cold_ms" if i == 0 else "session_start_ms", elapsed * 1000)
        if assistant is not None:
            await assistant.shutdown()

    asyncio.run(main())
    if context is not None:
        context.store.close()
    return metrics


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--variant", choices=("ours", "baseline"), required=True)
    parser.add_argument("--starts", action="store_true", help="measure session starts instead of streaming")
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    # a run that gets stuck says where (every thread's stack on stderr) and ends, instead of hanging the bench
    faulthandler.dump_traceback_later(args.seconds + 180, exit=True)
    with tempfile.TemporaryDirectory() as tmp:
        server = ServerProcess(Path(tmp), "bench.latency:make_scenario", args.seconds + 5, args.seconds + 60)
        try:
            if args.starts:
                metrics = run_session_starts(server, args.variant, Path(tmp))
            else:
                runner = run_ours if args.variant == "ours" else run_baseline
                metrics = runner(server, args.seconds, Path(tmp))
        finally:
            server.close()
    result = {name: metrics.summary(name) for name in metrics.names()}
    result["counters"] = dict(metrics.counters)
    result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    args.out.write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
