"""What one microphone frame costs the GUI thread's event loop, before any sending: the app's loop
(bridge/event_loop.py) against qasync's own.

    .venv/bin/python -m bench.event_loop        (also run by ./scripts/bench)

A thread hands FRAMES frames to the loop with ``call_soon_threadsafe``, one every 2 ms; a task wakes for each
(an ``asyncio.Event``, as the session's send loop does) and yields once, as an awaited send does. The GUI
thread's CPU time (``time.thread_time``) over the run, per frame. Each variant runs in a process of its own
(a QApplication each), interleaved, RUNS times.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import threading
import time
from collections import deque
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FRAMES = 2000
RUNS = 7
VARIANTS = ("ours", "qasync")


def one(variant: str, frames: int) -> float:
    """GUI-thread CPU microseconds per frame, in this process."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_API", "pyside6")
    import qasync
    from PySide6.QtWidgets import QApplication

    from nutrivoice_desktop.bridge.event_loop import EventLoop

    app = QApplication.instance() or QApplication([])
    loop = EventLoop(app) if variant == "ours" else qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)

    async def main() -> float:
        box: deque[int] = deque()
        wake = asyncio.Event()
        taken = 0

        def push(i: int) -> None:
            box.append(i)
            wake.set()

        def producer() -> None:
            for i in range(frames):
                loop.call_soon_threadsafe(push, i)
                time.sleep(0.002)

        cpu0 = time.thread_time()
        thread = threading.Thread(target=producer, daemon=True)
        thread.start()
        while taken < frames:
            if not box:
                wake.clear()
                await asyncio.wait_for(wake.wait(), 5)
                continue
            box.popleft()
            taken += 1
            await asyncio.sleep(0)
        cpu = time.thread_time() - cpu0
        thread.join(5)
        return cpu / frames * 1e6

    with loop:
        return loop.run_until_complete(main())


def measure(runs: int = RUNS, frames: int = FRAMES) -> dict[str, list[float]]:
    out: dict[str, list[float]] = {v: [] for v in VARIANTS}
    for _ in range(runs):
        for variant in VARIANTS:  # interleaved, so machine noise hits both alike
            done = subprocess.run([sys.executable, "-m", "bench.event_loop", "--one", variant, "--frames", str(frames)],
                                  cwd=ROOT, capture_output=True, text=True, timeout=120, check=True)
            out[variant].append(json.loads(done.stdout.strip().splitlines()[-1])["us_per_frame"])
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--one", choices=VARIANTS, help=argparse.SUPPRESS)
    parser.add_argument("--frames", type=int, default=FRAMES)
    parser.add_argument("--runs", type=int, default=RUNS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps({"us_per_frame": one(args.one, args.frames)}))
        return 0
    print(json.dumps(measure(args.runs, args.frames), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
