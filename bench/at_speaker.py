"""Latency where the user is: at the speaker and at the microphone, through a real PulseAudio server.

    python -m bench.at_speaker --variant ours|cookbook --cell 240|40|mic|stream --samples N --out result.json

Needs PulseAudio with ci/pulse.pa's devices (``ci/with-services.sh`` starts it; ``./scripts/bench`` runs
there). Three processes besides the client measured: the fake Live server, a recorder on the speaker
sink's monitor (or on the virtual microphone's feed), and, for the microphone cell, an injector playing
short voice-like bursts into the virtual microphone. Times are CLOCK_MONOTONIC in every process.

- cells 240 and 40 (server chunk size in ms): the server answers with a continuous tone in chunks of that
  size, faster than real time as the service does, after a random pause; it sends ``interrupted`` at a
  random moment while the answer plays. Measured: first chunk sent → sound at the speaker, and
  ``interrupted`` sent → silence at the speaker.
- cell mic: bursts into the virtual microphone; measured: sound at the microphone → the first frame
  carrying it received by the server.
- cell stream: dropouts. N long answers (``--answer-s`` each, 40 ms chunks, full duplex: the microphone
  streams all along) played to their end; every break in the tone while an answer plays is a dropout the
  user hears (the recorder reports breaks from 1 ms: an underrun of the sound device, a late write).

*ours* is the app's own Assistant as app.py builds it (default settings: echo canceller and local barge-in
on) with its real PortAudio devices, in a qasync Qt loop; *cookbook* is bench/cookbook.py.
"""

from __future__ import annotations

import argparse
import asyncio
import faulthandler
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")
os.environ.setdefault("NO_PROXY", "127.0.0.1,localhost")

from bench.latency import app_assistant, open_tools  # noqa: E402
from nutrivoice_desktop.core.metrics import Metrics  # noqa: E402
from nutrivoice_desktop.core.models import DEFAULT_MODEL  # noqa: E402
from tests.fakes.live_server import OUT_RATE, ServerProcess, tone  # noqa: E402

EVENTS = "NV_AT_SPEAKER_EVENTS"  # where the server's scenario writes its send times (JSON lines)
SAMPLES = "NV_AT_SPEAKER_SAMPLES"
SEED = "NV_AT_SPEAKER_SEED"
ANSWER_MS = 1200
GENERATION_SPEED = 2.0  # the service sends speech faster than it plays
HEARD_PEAK = 1000  # a received mic frame with a sample above this carries the burst
MATCH_WITHIN_S = 0.5  # an event with no sound within this long is a miss, counted
STREAM_CHUNK_MS = 40  # the stream cell's chunks: the smaller size, more messages and more writes
END_MARGIN_S = 0.2


def log_event(events: Path, kind: str, at: float) -> None:
    with events.open("a") as out:
        out.write(json.dumps({"kind": kind, "at": at}) + "\n")


# -- the server's side (runs in the fake server's process) ------------------------------------------------
def make_scenario(chunk_ms: float):
    events = Path(os.environ[EVENTS])
    samples = int(os.environ[SAMPLES])
    rng = random.Random(int(os.environ.get(SEED, "1")))

    def log(kind: str, at: float) -> None:
        log_event(events, kind, at)

    async def speaking(conn) -> None:
        await conn.setup_complete()
        await asyncio.sleep(1.5)  # devices open and the streams run steadily
        log("ready", time.monotonic())
        step = OUT_RATE * 2 * int(chunk_ms) // 1000
        speech = tone(ANSWER_MS)  # one continuous sine, cut into chunks: no click at a chunk boundary
        for _ in range(samples):
            await asyncio.sleep(rng.uniform(0.5, 0.8))
            interrupt_at = rng.uniform(0.25, 0.9)  # any phase of the chunk rhythm, always while it plays
            first = time.monotonic()
            log("first", first)
            for offset in range(0, len(speech), step):
                due = first + offset / (OUT_RATE * 2) / GENERATION_SPEED
                if due >= first + interrupt_at:
                    break
                await asyncio.sleep(max(0.0, due - time.monotonic()))
                await conn.audio(speech[offset:offset + step], chunk_ms=int(chunk_ms))
            await asyncio.sleep(max(0.0, first + interrupt_at - time.monotonic()))
            log("interrupted", time.monotonic())
            await conn.interrupted()
            await conn.turn_complete()
        await asyncio.sleep(0.5)
        log("done", time.monotonic())
        await conn.hold(30)

    async def listening(conn) -> None:
        await conn.setup_complete()
        await asyncio.sleep(1.5)
        log("ready", time.monotonic())
        seen, quiet_since, heard = 0, 0.0, 0
        deadline = time.monotonic() + samples * 1.2 + 15
        while time.monotonic() < deadline and not conn.closed_by_client and heard < samples:
            try:
                await conn.wait_until(lambda: len(conn.received) > seen, timeout=1.0)
            except (TimeoutError, AssertionError):
                continue
            arrived, seen = conn.received[seen:], len(conn.received)
            for message in arrived:
                if message.kind != "audio":
                    continue
                pcm = message.body.get("bytes", b"")
                loud = any(abs(int.from_bytes(pcm[i:i + 2], "little", signed=True)) > HEARD_PEAK
                           for i in range(0, len(pcm) - 1, 2))
                if loud and quiet_since and message.at - quiet_since >= 0.2:
                    log("heard", message.at)
                    heard += 1
                    # a silent turn, as the service answers what it hears (else the client's liveness
                    # check reconnects after 20 s)
                    await conn.turn_complete()
                if loud:
                    quiet_since = 0.0
                elif not quiet_since:
                    quiet_since = message.at
        await asyncio.sleep(0.5)
        log("done", time.monotonic())

    return listening if chunk_ms == 0 else speaking


def make_stream_scenario(answer_s: float):
    """Long answers played to their end, one after another (the stream cell)."""
    events = Path(os.environ[EVENTS])
    samples = int(os.environ[SAMPLES])

    async def speaking(conn) -> None:
        await conn.setup_complete()
        await asyncio.sleep(1.5)
        step = OUT_RATE * 2 * STREAM_CHUNK_MS // 1000
        speech = tone(int(answer_s * 1000))  # before "ready": building it holds this loop for a moment
        log_event(events, "ready", time.monotonic())
        for _ in range(samples):
            await asyncio.sleep(0.7)
            first = time.monotonic()
            log_event(events, "first", first)
            for offset in range(0, len(speech), step):
                due = first + offset / (OUT_RATE * 2) / GENERATION_SPEED
                await asyncio.sleep(max(0.0, due - time.monotonic()))
                await conn.audio(speech[offset:offset + step], chunk_ms=STREAM_CHUNK_MS)
            await conn.turn_complete()
            await asyncio.sleep(max(0.0, first + answer_s - time.monotonic()))  # the rest plays out
        await asyncio.sleep(0.5)
        log_event(events, "done", time.monotonic())
        await conn.hold(30)

    return speaking


# -- the client's side -----------------------------------------------------------------------------------
def wait_for(events: Path, kind: str, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if events.exists() and f'"{kind}"' in events.read_text():
            return True
        time.sleep(0.05)
    return False


async def watch(events: Path, injector: list[str] | None, seconds: float) -> None:
    """Starts the injector when the server is ready; returns when the server says it is done."""
    if not await asyncio.to_thread(wait_for, events, "ready", 60):
        raise RuntimeError("the server never became ready (did the client connect?)")
    if injector is not None:
        subprocess.Popen(injector, cwd=ROOT)
    if not await asyncio.to_thread(wait_for, events, "done", seconds):
        raise RuntimeError("the scenario did not finish in time")


def run_ours(server, workdir: Path, events: Path, injector, seconds: float) -> float:
    from PySide6.QtWidgets import QApplication

    from nutrivoice_desktop.bridge.event_loop import EventLoop
    from nutrivoice_desktop.devices.audio import AudioSystem

    app = QApplication.instance() or QApplication([])
    loop = EventLoop(app)
    asyncio.set_event_loop(loop)
    cpu: list[float] = []

    async def main() -> None:
        # the real sound card, default devices, default settings
        assistant = app_assistant(server, workdir, Metrics(), sound_card=AudioSystem)
        await assistant.prepare()
        await assistant.start()
        wall0, cpu0 = time.perf_counter(), time.process_time()
        try:
            await watch(events, injector, seconds)
        finally:
            cpu.append(100 * (time.process_time() - cpu0) / (time.perf_counter() - wall0))
            await assistant.shutdown()

    with loop:
        loop.run_until_complete(main())
    return cpu[0]


def run_cookbook(server, workdir: Path, events: Path, injector, seconds: float) -> float:
    from bench import cookbook

    registry, context = open_tools(workdir)
    cpu: list[float] = []

    async def main() -> None:
        stop = asyncio.Event()
        client = asyncio.create_task(cookbook.run(server, DEFAULT_MODEL, registry, context, stop))
        wall0, cpu0 = time.perf_counter(), time.process_time()
        try:
            await watch(events, injector, seconds)
        finally:
            cpu.append(100 * (time.process_time() - cpu0) / (time.perf_counter() - wall0))
            stop.set()
            await client

    asyncio.run(main())
    context.store.close()
    return cpu[0]


# -- pairing what was sent with what was heard -----------------------------------------------------------
def pair(starts: list[float], sounds: list[float]) -> tuple[list[float], int]:
    """For each start, the first sound after it (ms); a start with none within MATCH_WITHIN_S is a miss."""
    found, missed = [], 0
    for at in starts:
        after = [s for s in sounds if s >= at - 0.001]
        if after and after[0] - at <= MATCH_WITHIN_S:
            found.append(max(0.0, after[0] - at) * 1000)
        else:
            missed += 1
    return found, missed


def count_dropouts(firsts: list[float], answer_s: float, heard: list[tuple[str, float]]) -> dict:
    """Breaks in each answer's tone from its first sound to END_MARGIN_S before its end (where it stops on
    purpose; the margin covers a first sound dated late by a recorder running behind): an "off" (10 ms or
    more of silence) or a "gap" (1 to 10 ms)."""
    on = [t for kind, t in heard if kind == "on"]
    breaks = [t for kind, t in heard if kind in ("off", "gap")]
    found: list[tuple[float, float]] = []  # (monotonic time, seconds into its answer)
    missed = 0
    for first in firsts:
        start = next((t for t in on if t >= first - 0.001), None)
        if start is None or start - first > MATCH_WITHIN_S:
            missed += 1
            continue
        found += [(t, round(t - start, 3)) for t in breaks if start < t < start + answer_s - END_MARGIN_S]
    # where in its answer says what caused a dropout; the monotonic time lines it up with other clocks (a
    # witness of machine pauses, bench/machine_pauses.py)
    return {"dropouts": len(found), "dropout_into_answer_s": [into for _at, into in found],
            "dropout_at": [at for at, _into in found], "streamed_s": (len(firsts) - missed) * answer_s,
            "misses": {"answers": missed}}


def measure(cell: str, events: list[dict], heard: list[tuple[str, float]], answer_s: float = 0.0) -> dict[str, dict]:
    times = {kind: [e["at"] for e in events if e["kind"] == kind] for kind in ("first", "interrupted", "heard")}
    if cell == "stream":
        return count_dropouts(times["first"], answer_s, heard)
    on = [t for kind, t in heard if kind == "on"]
    off = [t for kind, t in heard if kind == "off"]
    metrics, misses = Metrics(), {}
    if cell == "mic":
        # the sound at the microphone comes first here: for each burst, the first frame that carried it
        found, misses["mic_to_server_ms"] = pair(on, times["heard"])
        for value in found:
            metrics.add("mic_to_server_ms", value)
    else:
        for name, starts, sounds in ((f"first_chunk_to_sound_{cell}ms", times["first"], on),
                                     (f"interrupted_to_silence_{cell}ms", times["interrupted"], off)):
            found, misses[name] = pair(starts, sounds)
            for value in found:
                metrics.add(name, value)
    result = {name: {**metrics.summary(name), "samples": metrics.samples(name)} for name in metrics.names()}
    result["misses"] = misses
    return result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--variant", choices=("ours", "cookbook"), required=True)
    parser.add_argument("--cell", choices=("240", "40", "mic", "stream"), required=True)
    parser.add_argument("--samples", type=int, default=15)
    parser.add_argument("--answer-s", type=float, default=20.0, help="stream cell: each answer's length")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    seconds = args.samples * (args.answer_s + 1.0 if args.cell == "stream" else 2.0) + 30
    faulthandler.dump_traceback_later(seconds + 120, exit=True)
    with tempfile.TemporaryDirectory() as tmp:
        events = Path(tmp) / "events.jsonl"
        os.environ.update({EVENTS: str(events), SAMPLES: str(args.samples), SEED: str(args.seed)})
        listened = "vmicsink.monitor" if args.cell == "mic" else "vspk.monitor"
        recorder = subprocess.Popen([sys.executable, "-m", "bench.pulse_probe", "record", listened], cwd=ROOT,
                                    stdout=subprocess.PIPE, text=True)
        assert recorder.stdout is not None
        if recorder.stdout.readline().strip() != "ready":
            raise RuntimeError("the recorder did not start (is PulseAudio running? see ci/with-services.sh)")
        heard: list[tuple[str, float]] = []

        def collect() -> None:
            for line in recorder.stdout:
                kind, at = line.split()
                heard.append((kind, float(at)))
        threading.Thread(target=collect, daemon=True).start()
        injector = ([sys.executable, "-m", "bench.pulse_probe", "inject", "vmicsink", str(args.samples)]
                    if args.cell == "mic" else None)
        scenario, scenario_arg = (("make_stream_scenario", args.answer_s) if args.cell == "stream"
                                  else ("make_scenario", 0 if args.cell == "mic" else int(args.cell)))
        server = ServerProcess(Path(tmp), f"bench.at_speaker:{scenario}", scenario_arg, seconds + 60)
        try:
            runner = run_ours if args.variant == "ours" else run_cookbook
            cpu = runner(server, Path(tmp), events, injector, seconds)
        finally:
            server.close()
            time.sleep(0.3)
            recorder.terminate()
            recorder.wait(10)
        sent = [json.loads(line) for line in events.read_text().splitlines()]
    result = measure(args.cell, sent, heard, args.answer_s)
    result["cpu_percent"] = cpu
    result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    args.out.write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
